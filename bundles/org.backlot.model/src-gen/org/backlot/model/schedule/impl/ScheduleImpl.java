/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.schedule.impl;

import java.util.Collection;

import org.backlot.model.production.impl.IdentifiedImpl;

import org.backlot.model.schedule.Schedule;
import org.backlot.model.schedule.ScheduleItem;
import org.backlot.model.schedule.SchedulePackage;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Schedule</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.backlot.model.schedule.impl.ScheduleImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.backlot.model.schedule.impl.ScheduleImpl#getItems <em>Items</em>}</li>
 *   <li>{@link org.backlot.model.schedule.impl.ScheduleImpl#getMaxEighthsPerDay <em>Max Eighths Per Day</em>}</li>
 *   <li>{@link org.backlot.model.schedule.impl.ScheduleImpl#getMaxMinutesPerDay <em>Max Minutes Per Day</em>}</li>
 *   <li>{@link org.backlot.model.schedule.impl.ScheduleImpl#getTurnaroundHours <em>Turnaround Hours</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ScheduleImpl extends IdentifiedImpl implements Schedule {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getItems() <em>Items</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getItems()
	 * @generated
	 * @ordered
	 */
	protected EList<ScheduleItem> items;

	/**
	 * The default value of the '{@link #getMaxEighthsPerDay() <em>Max Eighths Per Day</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxEighthsPerDay()
	 * @generated
	 * @ordered
	 */
	protected static final int MAX_EIGHTHS_PER_DAY_EDEFAULT = 48;

	/**
	 * The cached value of the '{@link #getMaxEighthsPerDay() <em>Max Eighths Per Day</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxEighthsPerDay()
	 * @generated
	 * @ordered
	 */
	protected int maxEighthsPerDay = MAX_EIGHTHS_PER_DAY_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxMinutesPerDay() <em>Max Minutes Per Day</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxMinutesPerDay()
	 * @generated
	 * @ordered
	 */
	protected static final int MAX_MINUTES_PER_DAY_EDEFAULT = 720;

	/**
	 * The cached value of the '{@link #getMaxMinutesPerDay() <em>Max Minutes Per Day</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxMinutesPerDay()
	 * @generated
	 * @ordered
	 */
	protected int maxMinutesPerDay = MAX_MINUTES_PER_DAY_EDEFAULT;

	/**
	 * The default value of the '{@link #getTurnaroundHours() <em>Turnaround Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTurnaroundHours()
	 * @generated
	 * @ordered
	 */
	protected static final double TURNAROUND_HOURS_EDEFAULT = 12.0;

	/**
	 * The cached value of the '{@link #getTurnaroundHours() <em>Turnaround Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTurnaroundHours()
	 * @generated
	 * @ordered
	 */
	protected double turnaroundHours = TURNAROUND_HOURS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ScheduleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SchedulePackage.Literals.SCHEDULE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedulePackage.SCHEDULE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ScheduleItem> getItems() {
		if (items == null) {
			items = new EObjectContainmentEList<ScheduleItem>(ScheduleItem.class, this, SchedulePackage.SCHEDULE__ITEMS);
		}
		return items;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMaxEighthsPerDay() {
		return maxEighthsPerDay;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxEighthsPerDay(int newMaxEighthsPerDay) {
		int oldMaxEighthsPerDay = maxEighthsPerDay;
		maxEighthsPerDay = newMaxEighthsPerDay;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedulePackage.SCHEDULE__MAX_EIGHTHS_PER_DAY, oldMaxEighthsPerDay, maxEighthsPerDay));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMaxMinutesPerDay() {
		return maxMinutesPerDay;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxMinutesPerDay(int newMaxMinutesPerDay) {
		int oldMaxMinutesPerDay = maxMinutesPerDay;
		maxMinutesPerDay = newMaxMinutesPerDay;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedulePackage.SCHEDULE__MAX_MINUTES_PER_DAY, oldMaxMinutesPerDay, maxMinutesPerDay));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTurnaroundHours() {
		return turnaroundHours;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTurnaroundHours(double newTurnaroundHours) {
		double oldTurnaroundHours = turnaroundHours;
		turnaroundHours = newTurnaroundHours;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedulePackage.SCHEDULE__TURNAROUND_HOURS, oldTurnaroundHours, turnaroundHours));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SchedulePackage.SCHEDULE__ITEMS:
				return ((InternalEList<?>)getItems()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SchedulePackage.SCHEDULE__NAME:
				return getName();
			case SchedulePackage.SCHEDULE__ITEMS:
				return getItems();
			case SchedulePackage.SCHEDULE__MAX_EIGHTHS_PER_DAY:
				return getMaxEighthsPerDay();
			case SchedulePackage.SCHEDULE__MAX_MINUTES_PER_DAY:
				return getMaxMinutesPerDay();
			case SchedulePackage.SCHEDULE__TURNAROUND_HOURS:
				return getTurnaroundHours();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SchedulePackage.SCHEDULE__NAME:
				setName((String)newValue);
				return;
			case SchedulePackage.SCHEDULE__ITEMS:
				getItems().clear();
				getItems().addAll((Collection<? extends ScheduleItem>)newValue);
				return;
			case SchedulePackage.SCHEDULE__MAX_EIGHTHS_PER_DAY:
				setMaxEighthsPerDay((Integer)newValue);
				return;
			case SchedulePackage.SCHEDULE__MAX_MINUTES_PER_DAY:
				setMaxMinutesPerDay((Integer)newValue);
				return;
			case SchedulePackage.SCHEDULE__TURNAROUND_HOURS:
				setTurnaroundHours((Double)newValue);
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
			case SchedulePackage.SCHEDULE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case SchedulePackage.SCHEDULE__ITEMS:
				getItems().clear();
				return;
			case SchedulePackage.SCHEDULE__MAX_EIGHTHS_PER_DAY:
				setMaxEighthsPerDay(MAX_EIGHTHS_PER_DAY_EDEFAULT);
				return;
			case SchedulePackage.SCHEDULE__MAX_MINUTES_PER_DAY:
				setMaxMinutesPerDay(MAX_MINUTES_PER_DAY_EDEFAULT);
				return;
			case SchedulePackage.SCHEDULE__TURNAROUND_HOURS:
				setTurnaroundHours(TURNAROUND_HOURS_EDEFAULT);
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
			case SchedulePackage.SCHEDULE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case SchedulePackage.SCHEDULE__ITEMS:
				return items != null && !items.isEmpty();
			case SchedulePackage.SCHEDULE__MAX_EIGHTHS_PER_DAY:
				return maxEighthsPerDay != MAX_EIGHTHS_PER_DAY_EDEFAULT;
			case SchedulePackage.SCHEDULE__MAX_MINUTES_PER_DAY:
				return maxMinutesPerDay != MAX_MINUTES_PER_DAY_EDEFAULT;
			case SchedulePackage.SCHEDULE__TURNAROUND_HOURS:
				return turnaroundHours != TURNAROUND_HOURS_EDEFAULT;
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
		result.append(" (name: ");
		result.append(name);
		result.append(", maxEighthsPerDay: ");
		result.append(maxEighthsPerDay);
		result.append(", maxMinutesPerDay: ");
		result.append(maxMinutesPerDay);
		result.append(", turnaroundHours: ");
		result.append(turnaroundHours);
		result.append(')');
		return result.toString();
	}

} //ScheduleImpl
