/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.schedule.impl;

import org.backlot.model.schedule.DoodRule;
import org.backlot.model.schedule.SchedulePackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Dood Rule</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.backlot.model.schedule.impl.DoodRuleImpl#isHoldAllowed <em>Hold Allowed</em>}</li>
 *   <li>{@link org.backlot.model.schedule.impl.DoodRuleImpl#getMinDropGapDays <em>Min Drop Gap Days</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DoodRuleImpl extends EObjectImpl implements DoodRule {
	/**
	 * The default value of the '{@link #isHoldAllowed() <em>Hold Allowed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isHoldAllowed()
	 * @generated
	 * @ordered
	 */
	protected static final boolean HOLD_ALLOWED_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isHoldAllowed() <em>Hold Allowed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isHoldAllowed()
	 * @generated
	 * @ordered
	 */
	protected boolean holdAllowed = HOLD_ALLOWED_EDEFAULT;

	/**
	 * The default value of the '{@link #getMinDropGapDays() <em>Min Drop Gap Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinDropGapDays()
	 * @generated
	 * @ordered
	 */
	protected static final int MIN_DROP_GAP_DAYS_EDEFAULT = 10;

	/**
	 * The cached value of the '{@link #getMinDropGapDays() <em>Min Drop Gap Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinDropGapDays()
	 * @generated
	 * @ordered
	 */
	protected int minDropGapDays = MIN_DROP_GAP_DAYS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DoodRuleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SchedulePackage.Literals.DOOD_RULE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isHoldAllowed() {
		return holdAllowed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHoldAllowed(boolean newHoldAllowed) {
		boolean oldHoldAllowed = holdAllowed;
		holdAllowed = newHoldAllowed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedulePackage.DOOD_RULE__HOLD_ALLOWED, oldHoldAllowed, holdAllowed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMinDropGapDays() {
		return minDropGapDays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinDropGapDays(int newMinDropGapDays) {
		int oldMinDropGapDays = minDropGapDays;
		minDropGapDays = newMinDropGapDays;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedulePackage.DOOD_RULE__MIN_DROP_GAP_DAYS, oldMinDropGapDays, minDropGapDays));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SchedulePackage.DOOD_RULE__HOLD_ALLOWED:
				return isHoldAllowed();
			case SchedulePackage.DOOD_RULE__MIN_DROP_GAP_DAYS:
				return getMinDropGapDays();
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
			case SchedulePackage.DOOD_RULE__HOLD_ALLOWED:
				setHoldAllowed((Boolean)newValue);
				return;
			case SchedulePackage.DOOD_RULE__MIN_DROP_GAP_DAYS:
				setMinDropGapDays((Integer)newValue);
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
			case SchedulePackage.DOOD_RULE__HOLD_ALLOWED:
				setHoldAllowed(HOLD_ALLOWED_EDEFAULT);
				return;
			case SchedulePackage.DOOD_RULE__MIN_DROP_GAP_DAYS:
				setMinDropGapDays(MIN_DROP_GAP_DAYS_EDEFAULT);
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
			case SchedulePackage.DOOD_RULE__HOLD_ALLOWED:
				return holdAllowed != HOLD_ALLOWED_EDEFAULT;
			case SchedulePackage.DOOD_RULE__MIN_DROP_GAP_DAYS:
				return minDropGapDays != MIN_DROP_GAP_DAYS_EDEFAULT;
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
		result.append(" (holdAllowed: ");
		result.append(holdAllowed);
		result.append(", minDropGapDays: ");
		result.append(minDropGapDays);
		result.append(')');
		return result.toString();
	}

} //DoodRuleImpl
