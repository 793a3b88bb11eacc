/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.schedule.util;

import org.backlot.model.production.Identified;

import org.backlot.model.schedule.*;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.backlot.model.schedule.SchedulePackage
 * @generated
 */
public class ScheduleAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static SchedulePackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ScheduleAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = SchedulePackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ScheduleSwitch<Adapter> modelSwitch =
		new ScheduleSwitch<Adapter>() {
			@Override
			public Adapter caseSchedule(Schedule object) {
				return createScheduleAdapter();
			}
			@Override
			public Adapter caseScheduleItem(ScheduleItem object) {
				return createScheduleItemAdapter();
			}
			@Override
			public Adapter caseStrip(Strip object) {
				return createStripAdapter();
			}
			@Override
			public Adapter caseShootDay(ShootDay object) {
				return createShootDayAdapter();
			}
			@Override
			public Adapter caseDoodRule(DoodRule object) {
				return createDoodRuleAdapter();
			}
			@Override
			public Adapter caseHoliday(Holiday object) {
				return createHolidayAdapter();
			}
			@Override
			public Adapter caseCostWeights(CostWeights object) {
				return createCostWeightsAdapter();
			}
			@Override
			public Adapter caseScheduleEvent(ScheduleEvent object) {
				return createScheduleEventAdapter();
			}
			@Override
			public Adapter caseIdentified(Identified object) {
				return createIdentifiedAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.backlot.model.schedule.Schedule <em>Schedule</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.backlot.model.schedule.Schedule
	 * @generated
	 */
	public Adapter createScheduleAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.backlot.model.schedule.ScheduleItem <em>Item</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.backlot.model.schedule.ScheduleItem
	 * @generated
	 */
	public Adapter createScheduleItemAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.backlot.model.schedule.Strip <em>Strip</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.backlot.model.schedule.Strip
	 * @generated
	 */
	public Adapter createStripAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.backlot.model.schedule.ShootDay <em>Shoot Day</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.backlot.model.schedule.ShootDay
	 * @generated
	 */
	public Adapter createShootDayAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.backlot.model.schedule.DoodRule <em>Dood Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.backlot.model.schedule.DoodRule
	 * @generated
	 */
	public Adapter createDoodRuleAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.backlot.model.schedule.Holiday <em>Holiday</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.backlot.model.schedule.Holiday
	 * @generated
	 */
	public Adapter createHolidayAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.backlot.model.schedule.CostWeights <em>Cost Weights</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.backlot.model.schedule.CostWeights
	 * @generated
	 */
	public Adapter createCostWeightsAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.backlot.model.schedule.ScheduleEvent <em>Event</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.backlot.model.schedule.ScheduleEvent
	 * @generated
	 */
	public Adapter createScheduleEventAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.backlot.model.production.Identified <em>Identified</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.backlot.model.production.Identified
	 * @generated
	 */
	public Adapter createIdentifiedAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //ScheduleAdapterFactory
