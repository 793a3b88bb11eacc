/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.schedule;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Cost Weights</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The cost the optimiser minimises: a price per unit of each term.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.backlot.model.schedule.CostWeights#getCompanyMove <em>Company Move</em>}</li>
 *   <li>{@link org.backlot.model.schedule.CostWeights#getLocationChange <em>Location Change</em>}</li>
 *   <li>{@link org.backlot.model.schedule.CostWeights#getCastDay <em>Cast Day</em>}</li>
 *   <li>{@link org.backlot.model.schedule.CostWeights#getShootDay <em>Shoot Day</em>}</li>
 *   <li>{@link org.backlot.model.schedule.CostWeights#getStageDay <em>Stage Day</em>}</li>
 *   <li>{@link org.backlot.model.schedule.CostWeights#getNightToDay <em>Night To Day</em>}</li>
 * </ul>
 *
 * @see org.backlot.model.schedule.SchedulePackage#getCostWeights()
 * @model
 * @generated
 */
public interface CostWeights extends EObject {
	/**
	 * Returns the value of the '<em><b>Company Move</b></em>' attribute.
	 * The default value is <code>"30000.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A move between locations within a shoot day.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Company Move</em>' attribute.
	 * @see #setCompanyMove(double)
	 * @see org.backlot.model.schedule.SchedulePackage#getCostWeights_CompanyMove()
	 * @model default="30000.0"
	 * @generated
	 */
	double getCompanyMove();

	/**
	 * Sets the value of the '{@link org.backlot.model.schedule.CostWeights#getCompanyMove <em>Company Move</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Company Move</em>' attribute.
	 * @see #getCompanyMove()
	 * @generated
	 */
	void setCompanyMove(double value);

	/**
	 * Returns the value of the '<em><b>Location Change</b></em>' attribute.
	 * The default value is <code>"5000.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Starting a day at another place than the day before.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Location Change</em>' attribute.
	 * @see #setLocationChange(double)
	 * @see org.backlot.model.schedule.SchedulePackage#getCostWeights_LocationChange()
	 * @model default="5000.0"
	 * @generated
	 */
	double getLocationChange();

	/**
	 * Sets the value of the '{@link org.backlot.model.schedule.CostWeights#getLocationChange <em>Location Change</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Location Change</em>' attribute.
	 * @see #getLocationChange()
	 * @generated
	 */
	void setLocationChange(double value);

	/**
	 * Returns the value of the '<em><b>Cast Day</b></em>' attribute.
	 * The default value is <code>"3000.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A cast work or hold day, for cast without a daily rate.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cast Day</em>' attribute.
	 * @see #setCastDay(double)
	 * @see org.backlot.model.schedule.SchedulePackage#getCostWeights_CastDay()
	 * @model default="3000.0"
	 * @generated
	 */
	double getCastDay();

	/**
	 * Sets the value of the '{@link org.backlot.model.schedule.CostWeights#getCastDay <em>Cast Day</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cast Day</em>' attribute.
	 * @see #getCastDay()
	 * @generated
	 */
	void setCastDay(double value);

	/**
	 * Returns the value of the '<em><b>Shoot Day</b></em>' attribute.
	 * The default value is <code>"150000.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A shoot day of the whole unit.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Shoot Day</em>' attribute.
	 * @see #setShootDay(double)
	 * @see org.backlot.model.schedule.SchedulePackage#getCostWeights_ShootDay()
	 * @model default="150000.0"
	 * @generated
	 */
	double getShootDay();

	/**
	 * Sets the value of the '{@link org.backlot.model.schedule.CostWeights#getShootDay <em>Shoot Day</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Shoot Day</em>' attribute.
	 * @see #getShootDay()
	 * @generated
	 */
	void setShootDay(double value);

	/**
	 * Returns the value of the '<em><b>Stage Day</b></em>' attribute.
	 * The default value is <code>"20000.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A day a stage is held, from its first to its last shoot day.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Stage Day</em>' attribute.
	 * @see #setStageDay(double)
	 * @see org.backlot.model.schedule.SchedulePackage#getCostWeights_StageDay()
	 * @model default="20000.0"
	 * @generated
	 */
	double getStageDay();

	/**
	 * Sets the value of the '{@link org.backlot.model.schedule.CostWeights#getStageDay <em>Stage Day</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stage Day</em>' attribute.
	 * @see #getStageDay()
	 * @generated
	 */
	void setStageDay(double value);

	/**
	 * Returns the value of the '<em><b>Night To Day</b></em>' attribute.
	 * The default value is <code>"40000.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A rest day forced by the turnaround after a night.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Night To Day</em>' attribute.
	 * @see #setNightToDay(double)
	 * @see org.backlot.model.schedule.SchedulePackage#getCostWeights_NightToDay()
	 * @model default="40000.0"
	 * @generated
	 */
	double getNightToDay();

	/**
	 * Sets the value of the '{@link org.backlot.model.schedule.CostWeights#getNightToDay <em>Night To Day</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Night To Day</em>' attribute.
	 * @see #getNightToDay()
	 * @generated
	 */
	void setNightToDay(double value);

} // CostWeights
