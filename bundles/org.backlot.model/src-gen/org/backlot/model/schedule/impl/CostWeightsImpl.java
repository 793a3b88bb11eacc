/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.schedule.impl;

import org.backlot.model.schedule.CostWeights;
import org.backlot.model.schedule.SchedulePackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Cost Weights</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.backlot.model.schedule.impl.CostWeightsImpl#getCompanyMove <em>Company Move</em>}</li>
 *   <li>{@link org.backlot.model.schedule.impl.CostWeightsImpl#getLocationChange <em>Location Change</em>}</li>
 *   <li>{@link org.backlot.model.schedule.impl.CostWeightsImpl#getCastDay <em>Cast Day</em>}</li>
 *   <li>{@link org.backlot.model.schedule.impl.CostWeightsImpl#getShootDay <em>Shoot Day</em>}</li>
 *   <li>{@link org.backlot.model.schedule.impl.CostWeightsImpl#getStageDay <em>Stage Day</em>}</li>
 *   <li>{@link org.backlot.model.schedule.impl.CostWeightsImpl#getNightToDay <em>Night To Day</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CostWeightsImpl extends EObjectImpl implements CostWeights {
	/**
	 * The default value of the '{@link #getCompanyMove() <em>Company Move</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompanyMove()
	 * @generated
	 * @ordered
	 */
	protected static final double COMPANY_MOVE_EDEFAULT = 30000.0;

	/**
	 * The cached value of the '{@link #getCompanyMove() <em>Company Move</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompanyMove()
	 * @generated
	 * @ordered
	 */
	protected double companyMove = COMPANY_MOVE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLocationChange() <em>Location Change</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocationChange()
	 * @generated
	 * @ordered
	 */
	protected static final double LOCATION_CHANGE_EDEFAULT = 5000.0;

	/**
	 * The cached value of the '{@link #getLocationChange() <em>Location Change</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocationChange()
	 * @generated
	 * @ordered
	 */
	protected double locationChange = LOCATION_CHANGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCastDay() <em>Cast Day</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCastDay()
	 * @generated
	 * @ordered
	 */
	protected static final double CAST_DAY_EDEFAULT = 3000.0;

	/**
	 * The cached value of the '{@link #getCastDay() <em>Cast Day</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCastDay()
	 * @generated
	 * @ordered
	 */
	protected double castDay = CAST_DAY_EDEFAULT;

	/**
	 * The default value of the '{@link #getShootDay() <em>Shoot Day</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShootDay()
	 * @generated
	 * @ordered
	 */
	protected static final double SHOOT_DAY_EDEFAULT = 150000.0;

	/**
	 * The cached value of the '{@link #getShootDay() <em>Shoot Day</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShootDay()
	 * @generated
	 * @ordered
	 */
	protected double shootDay = SHOOT_DAY_EDEFAULT;

	/**
	 * The default value of the '{@link #getStageDay() <em>Stage Day</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStageDay()
	 * @generated
	 * @ordered
	 */
	protected static final double STAGE_DAY_EDEFAULT = 20000.0;

	/**
	 * The cached value of the '{@link #getStageDay() <em>Stage Day</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStageDay()
	 * @generated
	 * @ordered
	 */
	protected double stageDay = STAGE_DAY_EDEFAULT;

	/**
	 * The default value of the '{@link #getNightToDay() <em>Night To Day</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNightToDay()
	 * @generated
	 * @ordered
	 */
	protected static final double NIGHT_TO_DAY_EDEFAULT = 40000.0;

	/**
	 * The cached value of the '{@link #getNightToDay() <em>Night To Day</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNightToDay()
	 * @generated
	 * @ordered
	 */
	protected double nightToDay = NIGHT_TO_DAY_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CostWeightsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SchedulePackage.Literals.COST_WEIGHTS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getCompanyMove() {
		return companyMove;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCompanyMove(double newCompanyMove) {
		double oldCompanyMove = companyMove;
		companyMove = newCompanyMove;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedulePackage.COST_WEIGHTS__COMPANY_MOVE, oldCompanyMove, companyMove));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getLocationChange() {
		return locationChange;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLocationChange(double newLocationChange) {
		double oldLocationChange = locationChange;
		locationChange = newLocationChange;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedulePackage.COST_WEIGHTS__LOCATION_CHANGE, oldLocationChange, locationChange));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getCastDay() {
		return castDay;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCastDay(double newCastDay) {
		double oldCastDay = castDay;
		castDay = newCastDay;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedulePackage.COST_WEIGHTS__CAST_DAY, oldCastDay, castDay));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getShootDay() {
		return shootDay;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setShootDay(double newShootDay) {
		double oldShootDay = shootDay;
		shootDay = newShootDay;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedulePackage.COST_WEIGHTS__SHOOT_DAY, oldShootDay, shootDay));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getStageDay() {
		return stageDay;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStageDay(double newStageDay) {
		double oldStageDay = stageDay;
		stageDay = newStageDay;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedulePackage.COST_WEIGHTS__STAGE_DAY, oldStageDay, stageDay));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getNightToDay() {
		return nightToDay;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNightToDay(double newNightToDay) {
		double oldNightToDay = nightToDay;
		nightToDay = newNightToDay;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedulePackage.COST_WEIGHTS__NIGHT_TO_DAY, oldNightToDay, nightToDay));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SchedulePackage.COST_WEIGHTS__COMPANY_MOVE:
				return getCompanyMove();
			case SchedulePackage.COST_WEIGHTS__LOCATION_CHANGE:
				return getLocationChange();
			case SchedulePackage.COST_WEIGHTS__CAST_DAY:
				return getCastDay();
			case SchedulePackage.COST_WEIGHTS__SHOOT_DAY:
				return getShootDay();
			case SchedulePackage.COST_WEIGHTS__STAGE_DAY:
				return getStageDay();
			case SchedulePackage.COST_WEIGHTS__NIGHT_TO_DAY:
				return getNightToDay();
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
			case SchedulePackage.COST_WEIGHTS__COMPANY_MOVE:
				setCompanyMove((Double)newValue);
				return;
			case SchedulePackage.COST_WEIGHTS__LOCATION_CHANGE:
				setLocationChange((Double)newValue);
				return;
			case SchedulePackage.COST_WEIGHTS__CAST_DAY:
				setCastDay((Double)newValue);
				return;
			case SchedulePackage.COST_WEIGHTS__SHOOT_DAY:
				setShootDay((Double)newValue);
				return;
			case SchedulePackage.COST_WEIGHTS__STAGE_DAY:
				setStageDay((Double)newValue);
				return;
			case SchedulePackage.COST_WEIGHTS__NIGHT_TO_DAY:
				setNightToDay((Double)newValue);
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
			case SchedulePackage.COST_WEIGHTS__COMPANY_MOVE:
				setCompanyMove(COMPANY_MOVE_EDEFAULT);
				return;
			case SchedulePackage.COST_WEIGHTS__LOCATION_CHANGE:
				setLocationChange(LOCATION_CHANGE_EDEFAULT);
				return;
			case SchedulePackage.COST_WEIGHTS__CAST_DAY:
				setCastDay(CAST_DAY_EDEFAULT);
				return;
			case SchedulePackage.COST_WEIGHTS__SHOOT_DAY:
				setShootDay(SHOOT_DAY_EDEFAULT);
				return;
			case SchedulePackage.COST_WEIGHTS__STAGE_DAY:
				setStageDay(STAGE_DAY_EDEFAULT);
				return;
			case SchedulePackage.COST_WEIGHTS__NIGHT_TO_DAY:
				setNightToDay(NIGHT_TO_DAY_EDEFAULT);
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
			case SchedulePackage.COST_WEIGHTS__COMPANY_MOVE:
				return companyMove != COMPANY_MOVE_EDEFAULT;
			case SchedulePackage.COST_WEIGHTS__LOCATION_CHANGE:
				return locationChange != LOCATION_CHANGE_EDEFAULT;
			case SchedulePackage.COST_WEIGHTS__CAST_DAY:
				return castDay != CAST_DAY_EDEFAULT;
			case SchedulePackage.COST_WEIGHTS__SHOOT_DAY:
				return shootDay != SHOOT_DAY_EDEFAULT;
			case SchedulePackage.COST_WEIGHTS__STAGE_DAY:
				return stageDay != STAGE_DAY_EDEFAULT;
			case SchedulePackage.COST_WEIGHTS__NIGHT_TO_DAY:
				return nightToDay != NIGHT_TO_DAY_EDEFAULT;
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
		result.append(" (companyMove: ");
		result.append(companyMove);
		result.append(", locationChange: ");
		result.append(locationChange);
		result.append(", castDay: ");
		result.append(castDay);
		result.append(", shootDay: ");
		result.append(shootDay);
		result.append(", stageDay: ");
		result.append(stageDay);
		result.append(", nightToDay: ");
		result.append(nightToDay);
		result.append(')');
		return result.toString();
	}

} //CostWeightsImpl
