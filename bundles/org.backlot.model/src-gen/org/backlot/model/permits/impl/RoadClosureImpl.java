/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.permits.impl;

import java.util.Date;

import org.backlot.model.permits.PermitsPackage;
import org.backlot.model.permits.RoadClosure;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Road Closure</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.backlot.model.permits.impl.RoadClosureImpl#getRoad <em>Road</em>}</li>
 *   <li>{@link org.backlot.model.permits.impl.RoadClosureImpl#getStart <em>Start</em>}</li>
 *   <li>{@link org.backlot.model.permits.impl.RoadClosureImpl#getEnd <em>End</em>}</li>
 *   <li>{@link org.backlot.model.permits.impl.RoadClosureImpl#getTrafficPlan <em>Traffic Plan</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RoadClosureImpl extends EObjectImpl implements RoadClosure {
	/**
	 * The default value of the '{@link #getRoad() <em>Road</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRoad()
	 * @generated
	 * @ordered
	 */
	protected static final String ROAD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRoad() <em>Road</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRoad()
	 * @generated
	 * @ordered
	 */
	protected String road = ROAD_EDEFAULT;

	/**
	 * The default value of the '{@link #getStart() <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStart()
	 * @generated
	 * @ordered
	 */
	protected static final Date START_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStart() <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStart()
	 * @generated
	 * @ordered
	 */
	protected Date start = START_EDEFAULT;

	/**
	 * The default value of the '{@link #getEnd() <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnd()
	 * @generated
	 * @ordered
	 */
	protected static final Date END_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEnd() <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnd()
	 * @generated
	 * @ordered
	 */
	protected Date end = END_EDEFAULT;

	/**
	 * The default value of the '{@link #getTrafficPlan() <em>Traffic Plan</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrafficPlan()
	 * @generated
	 * @ordered
	 */
	protected static final String TRAFFIC_PLAN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTrafficPlan() <em>Traffic Plan</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrafficPlan()
	 * @generated
	 * @ordered
	 */
	protected String trafficPlan = TRAFFIC_PLAN_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RoadClosureImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PermitsPackage.Literals.ROAD_CLOSURE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRoad() {
		return road;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRoad(String newRoad) {
		String oldRoad = road;
		road = newRoad;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PermitsPackage.ROAD_CLOSURE__ROAD, oldRoad, road));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getStart() {
		return start;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStart(Date newStart) {
		Date oldStart = start;
		start = newStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PermitsPackage.ROAD_CLOSURE__START, oldStart, start));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getEnd() {
		return end;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnd(Date newEnd) {
		Date oldEnd = end;
		end = newEnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PermitsPackage.ROAD_CLOSURE__END, oldEnd, end));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTrafficPlan() {
		return trafficPlan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTrafficPlan(String newTrafficPlan) {
		String oldTrafficPlan = trafficPlan;
		trafficPlan = newTrafficPlan;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PermitsPackage.ROAD_CLOSURE__TRAFFIC_PLAN, oldTrafficPlan, trafficPlan));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PermitsPackage.ROAD_CLOSURE__ROAD:
				return getRoad();
			case PermitsPackage.ROAD_CLOSURE__START:
				return getStart();
			case PermitsPackage.ROAD_CLOSURE__END:
				return getEnd();
			case PermitsPackage.ROAD_CLOSURE__TRAFFIC_PLAN:
				return getTrafficPlan();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case PermitsPackage.ROAD_CLOSURE__ROAD:
				setRoad((String)newValue);
				return;
			case PermitsPackage.ROAD_CLOSURE__START:
				setStart((Date)newValue);
				return;
			case PermitsPackage.ROAD_CLOSURE__END:
				setEnd((Date)newValue);
				return;
			case PermitsPackage.ROAD_CLOSURE__TRAFFIC_PLAN:
				setTrafficPlan((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case PermitsPackage.ROAD_CLOSURE__ROAD:
				setRoad(ROAD_EDEFAULT);
				return;
			case PermitsPackage.ROAD_CLOSURE__START:
				setStart(START_EDEFAULT);
				return;
			case PermitsPackage.ROAD_CLOSURE__END:
				setEnd(END_EDEFAULT);
				return;
			case PermitsPackage.ROAD_CLOSURE__TRAFFIC_PLAN:
				setTrafficPlan(TRAFFIC_PLAN_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case PermitsPackage.ROAD_CLOSURE__ROAD:
				return ROAD_EDEFAULT == null ? road != null : !ROAD_EDEFAULT.equals(road);
			case PermitsPackage.ROAD_CLOSURE__START:
				return START_EDEFAULT == null ? start != null : !START_EDEFAULT.equals(start);
			case PermitsPackage.ROAD_CLOSURE__END:
				return END_EDEFAULT == null ? end != null : !END_EDEFAULT.equals(end);
			case PermitsPackage.ROAD_CLOSURE__TRAFFIC_PLAN:
				return TRAFFIC_PLAN_EDEFAULT == null ? trafficPlan != null : !TRAFFIC_PLAN_EDEFAULT.equals(trafficPlan);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (road: ");
		result.append(road);
		result.append(", start: ");
		result.append(start);
		result.append(", end: ");
		result.append(end);
		result.append(", trafficPlan: ");
		result.append(trafficPlan);
		result.append(')');
		return result.toString();
	}

} //RoadClosureImpl
