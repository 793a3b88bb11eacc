/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.schedule.impl;

import java.util.Collection;
import java.util.Date;

import org.backlot.model.production.impl.IdentifiedImpl;

import org.backlot.model.schedule.CostWeights;
import org.backlot.model.schedule.Schedule;
import org.backlot.model.schedule.ScheduleEvent;
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
 *   <li>{@link org.backlot.model.schedule.impl.ScheduleImpl#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link org.backlot.model.schedule.impl.ScheduleImpl#getDaysPerWeek <em>Days Per Week</em>}</li>
 *   <li>{@link org.backlot.model.schedule.impl.ScheduleImpl#getDayCall <em>Day Call</em>}</li>
 *   <li>{@link org.backlot.model.schedule.impl.ScheduleImpl#getNightCall <em>Night Call</em>}</li>
 *   <li>{@link org.backlot.model.schedule.impl.ScheduleImpl#getDayHours <em>Day Hours</em>}</li>
 *   <li>{@link org.backlot.model.schedule.impl.ScheduleImpl#getMinutesPerEighth <em>Minutes Per Eighth</em>}</li>
 *   <li>{@link org.backlot.model.schedule.impl.ScheduleImpl#getCompanyMoveMinutes <em>Company Move Minutes</em>}</li>
 *   <li>{@link org.backlot.model.schedule.impl.ScheduleImpl#getWeights <em>Weights</em>}</li>
 *   <li>{@link org.backlot.model.schedule.impl.ScheduleImpl#getEvents <em>Events</em>}</li>
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
	 * The default value of the '{@link #getStartDate() <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartDate()
	 * @generated
	 * @ordered
	 */
	protected static final Date START_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStartDate() <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartDate()
	 * @generated
	 * @ordered
	 */
	protected Date startDate = START_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDaysPerWeek() <em>Days Per Week</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDaysPerWeek()
	 * @generated
	 * @ordered
	 */
	protected static final int DAYS_PER_WEEK_EDEFAULT = 6;

	/**
	 * The cached value of the '{@link #getDaysPerWeek() <em>Days Per Week</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDaysPerWeek()
	 * @generated
	 * @ordered
	 */
	protected int daysPerWeek = DAYS_PER_WEEK_EDEFAULT;

	/**
	 * The default value of the '{@link #getDayCall() <em>Day Call</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDayCall()
	 * @generated
	 * @ordered
	 */
	protected static final String DAY_CALL_EDEFAULT = "07:00";

	/**
	 * The cached value of the '{@link #getDayCall() <em>Day Call</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDayCall()
	 * @generated
	 * @ordered
	 */
	protected String dayCall = DAY_CALL_EDEFAULT;

	/**
	 * The default value of the '{@link #getNightCall() <em>Night Call</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNightCall()
	 * @generated
	 * @ordered
	 */
	protected static final String NIGHT_CALL_EDEFAULT = "17:00";

	/**
	 * The cached value of the '{@link #getNightCall() <em>Night Call</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNightCall()
	 * @generated
	 * @ordered
	 */
	protected String nightCall = NIGHT_CALL_EDEFAULT;

	/**
	 * The default value of the '{@link #getDayHours() <em>Day Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDayHours()
	 * @generated
	 * @ordered
	 */
	protected static final double DAY_HOURS_EDEFAULT = 12.0;

	/**
	 * The cached value of the '{@link #getDayHours() <em>Day Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDayHours()
	 * @generated
	 * @ordered
	 */
	protected double dayHours = DAY_HOURS_EDEFAULT;

	/**
	 * The default value of the '{@link #getMinutesPerEighth() <em>Minutes Per Eighth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinutesPerEighth()
	 * @generated
	 * @ordered
	 */
	protected static final int MINUTES_PER_EIGHTH_EDEFAULT = 11;

	/**
	 * The cached value of the '{@link #getMinutesPerEighth() <em>Minutes Per Eighth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinutesPerEighth()
	 * @generated
	 * @ordered
	 */
	protected int minutesPerEighth = MINUTES_PER_EIGHTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getCompanyMoveMinutes() <em>Company Move Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompanyMoveMinutes()
	 * @generated
	 * @ordered
	 */
	protected static final int COMPANY_MOVE_MINUTES_EDEFAULT = 60;

	/**
	 * The cached value of the '{@link #getCompanyMoveMinutes() <em>Company Move Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompanyMoveMinutes()
	 * @generated
	 * @ordered
	 */
	protected int companyMoveMinutes = COMPANY_MOVE_MINUTES_EDEFAULT;

	/**
	 * The cached value of the '{@link #getWeights() <em>Weights</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeights()
	 * @generated
	 * @ordered
	 */
	protected CostWeights weights;

	/**
	 * The cached value of the '{@link #getEvents() <em>Events</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvents()
	 * @generated
	 * @ordered
	 */
	protected EList<ScheduleEvent> events;

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
	public Date getStartDate() {
		return startDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartDate(Date newStartDate) {
		Date oldStartDate = startDate;
		startDate = newStartDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedulePackage.SCHEDULE__START_DATE, oldStartDate, startDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDaysPerWeek() {
		return daysPerWeek;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDaysPerWeek(int newDaysPerWeek) {
		int oldDaysPerWeek = daysPerWeek;
		daysPerWeek = newDaysPerWeek;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedulePackage.SCHEDULE__DAYS_PER_WEEK, oldDaysPerWeek, daysPerWeek));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDayCall() {
		return dayCall;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDayCall(String newDayCall) {
		String oldDayCall = dayCall;
		dayCall = newDayCall;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedulePackage.SCHEDULE__DAY_CALL, oldDayCall, dayCall));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNightCall() {
		return nightCall;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNightCall(String newNightCall) {
		String oldNightCall = nightCall;
		nightCall = newNightCall;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedulePackage.SCHEDULE__NIGHT_CALL, oldNightCall, nightCall));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getDayHours() {
		return dayHours;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDayHours(double newDayHours) {
		double oldDayHours = dayHours;
		dayHours = newDayHours;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedulePackage.SCHEDULE__DAY_HOURS, oldDayHours, dayHours));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMinutesPerEighth() {
		return minutesPerEighth;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinutesPerEighth(int newMinutesPerEighth) {
		int oldMinutesPerEighth = minutesPerEighth;
		minutesPerEighth = newMinutesPerEighth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedulePackage.SCHEDULE__MINUTES_PER_EIGHTH, oldMinutesPerEighth, minutesPerEighth));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCompanyMoveMinutes() {
		return companyMoveMinutes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCompanyMoveMinutes(int newCompanyMoveMinutes) {
		int oldCompanyMoveMinutes = companyMoveMinutes;
		companyMoveMinutes = newCompanyMoveMinutes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedulePackage.SCHEDULE__COMPANY_MOVE_MINUTES, oldCompanyMoveMinutes, companyMoveMinutes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CostWeights getWeights() {
		return weights;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetWeights(CostWeights newWeights, NotificationChain msgs) {
		CostWeights oldWeights = weights;
		weights = newWeights;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SchedulePackage.SCHEDULE__WEIGHTS, oldWeights, newWeights);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWeights(CostWeights newWeights) {
		if (newWeights != weights) {
			NotificationChain msgs = null;
			if (weights != null)
				msgs = ((InternalEObject)weights).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SchedulePackage.SCHEDULE__WEIGHTS, null, msgs);
			if (newWeights != null)
				msgs = ((InternalEObject)newWeights).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SchedulePackage.SCHEDULE__WEIGHTS, null, msgs);
			msgs = basicSetWeights(newWeights, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedulePackage.SCHEDULE__WEIGHTS, newWeights, newWeights));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ScheduleEvent> getEvents() {
		if (events == null) {
			events = new EObjectContainmentEList<ScheduleEvent>(ScheduleEvent.class, this, SchedulePackage.SCHEDULE__EVENTS);
		}
		return events;
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
			case SchedulePackage.SCHEDULE__WEIGHTS:
				return basicSetWeights(null, msgs);
			case SchedulePackage.SCHEDULE__EVENTS:
				return ((InternalEList<?>)getEvents()).basicRemove(otherEnd, msgs);
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
			case SchedulePackage.SCHEDULE__START_DATE:
				return getStartDate();
			case SchedulePackage.SCHEDULE__DAYS_PER_WEEK:
				return getDaysPerWeek();
			case SchedulePackage.SCHEDULE__DAY_CALL:
				return getDayCall();
			case SchedulePackage.SCHEDULE__NIGHT_CALL:
				return getNightCall();
			case SchedulePackage.SCHEDULE__DAY_HOURS:
				return getDayHours();
			case SchedulePackage.SCHEDULE__MINUTES_PER_EIGHTH:
				return getMinutesPerEighth();
			case SchedulePackage.SCHEDULE__COMPANY_MOVE_MINUTES:
				return getCompanyMoveMinutes();
			case SchedulePackage.SCHEDULE__WEIGHTS:
				return getWeights();
			case SchedulePackage.SCHEDULE__EVENTS:
				return getEvents();
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
			case SchedulePackage.SCHEDULE__START_DATE:
				setStartDate((Date)newValue);
				return;
			case SchedulePackage.SCHEDULE__DAYS_PER_WEEK:
				setDaysPerWeek((Integer)newValue);
				return;
			case SchedulePackage.SCHEDULE__DAY_CALL:
				setDayCall((String)newValue);
				return;
			case SchedulePackage.SCHEDULE__NIGHT_CALL:
				setNightCall((String)newValue);
				return;
			case SchedulePackage.SCHEDULE__DAY_HOURS:
				setDayHours((Double)newValue);
				return;
			case SchedulePackage.SCHEDULE__MINUTES_PER_EIGHTH:
				setMinutesPerEighth((Integer)newValue);
				return;
			case SchedulePackage.SCHEDULE__COMPANY_MOVE_MINUTES:
				setCompanyMoveMinutes((Integer)newValue);
				return;
			case SchedulePackage.SCHEDULE__WEIGHTS:
				setWeights((CostWeights)newValue);
				return;
			case SchedulePackage.SCHEDULE__EVENTS:
				getEvents().clear();
				getEvents().addAll((Collection<? extends ScheduleEvent>)newValue);
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
			case SchedulePackage.SCHEDULE__START_DATE:
				setStartDate(START_DATE_EDEFAULT);
				return;
			case SchedulePackage.SCHEDULE__DAYS_PER_WEEK:
				setDaysPerWeek(DAYS_PER_WEEK_EDEFAULT);
				return;
			case SchedulePackage.SCHEDULE__DAY_CALL:
				setDayCall(DAY_CALL_EDEFAULT);
				return;
			case SchedulePackage.SCHEDULE__NIGHT_CALL:
				setNightCall(NIGHT_CALL_EDEFAULT);
				return;
			case SchedulePackage.SCHEDULE__DAY_HOURS:
				setDayHours(DAY_HOURS_EDEFAULT);
				return;
			case SchedulePackage.SCHEDULE__MINUTES_PER_EIGHTH:
				setMinutesPerEighth(MINUTES_PER_EIGHTH_EDEFAULT);
				return;
			case SchedulePackage.SCHEDULE__COMPANY_MOVE_MINUTES:
				setCompanyMoveMinutes(COMPANY_MOVE_MINUTES_EDEFAULT);
				return;
			case SchedulePackage.SCHEDULE__WEIGHTS:
				setWeights((CostWeights)null);
				return;
			case SchedulePackage.SCHEDULE__EVENTS:
				getEvents().clear();
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
			case SchedulePackage.SCHEDULE__START_DATE:
				return START_DATE_EDEFAULT == null ? startDate != null : !START_DATE_EDEFAULT.equals(startDate);
			case SchedulePackage.SCHEDULE__DAYS_PER_WEEK:
				return daysPerWeek != DAYS_PER_WEEK_EDEFAULT;
			case SchedulePackage.SCHEDULE__DAY_CALL:
				return DAY_CALL_EDEFAULT == null ? dayCall != null : !DAY_CALL_EDEFAULT.equals(dayCall);
			case SchedulePackage.SCHEDULE__NIGHT_CALL:
				return NIGHT_CALL_EDEFAULT == null ? nightCall != null : !NIGHT_CALL_EDEFAULT.equals(nightCall);
			case SchedulePackage.SCHEDULE__DAY_HOURS:
				return dayHours != DAY_HOURS_EDEFAULT;
			case SchedulePackage.SCHEDULE__MINUTES_PER_EIGHTH:
				return minutesPerEighth != MINUTES_PER_EIGHTH_EDEFAULT;
			case SchedulePackage.SCHEDULE__COMPANY_MOVE_MINUTES:
				return companyMoveMinutes != COMPANY_MOVE_MINUTES_EDEFAULT;
			case SchedulePackage.SCHEDULE__WEIGHTS:
				return weights != null;
			case SchedulePackage.SCHEDULE__EVENTS:
				return events != null && !events.isEmpty();
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
		result.append(", startDate: ");
		result.append(startDate);
		result.append(", daysPerWeek: ");
		result.append(daysPerWeek);
		result.append(", dayCall: ");
		result.append(dayCall);
		result.append(", nightCall: ");
		result.append(nightCall);
		result.append(", dayHours: ");
		result.append(dayHours);
		result.append(", minutesPerEighth: ");
		result.append(minutesPerEighth);
		result.append(", companyMoveMinutes: ");
		result.append(companyMoveMinutes);
		result.append(')');
		return result.toString();
	}

} //ScheduleImpl
