/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.schedule.impl;

import java.util.Date;

import org.backlot.model.production.Identified;
import org.backlot.model.production.ProductionPackage;

import org.backlot.model.schedule.SchedulePackage;
import org.backlot.model.schedule.ShootDay;

import org.backlot.model.studio.Location;
import org.backlot.model.studio.Stage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Shoot Day</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.backlot.model.schedule.impl.ShootDayImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.backlot.model.schedule.impl.ShootDayImpl#getDayNumber <em>Day Number</em>}</li>
 *   <li>{@link org.backlot.model.schedule.impl.ShootDayImpl#getDate <em>Date</em>}</li>
 *   <li>{@link org.backlot.model.schedule.impl.ShootDayImpl#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.backlot.model.schedule.impl.ShootDayImpl#getCrewCall <em>Crew Call</em>}</li>
 *   <li>{@link org.backlot.model.schedule.impl.ShootDayImpl#getWrap <em>Wrap</em>}</li>
 *   <li>{@link org.backlot.model.schedule.impl.ShootDayImpl#getStage <em>Stage</em>}</li>
 *   <li>{@link org.backlot.model.schedule.impl.ShootDayImpl#getLocation <em>Location</em>}</li>
 *   <li>{@link org.backlot.model.schedule.impl.ShootDayImpl#getNotes <em>Notes</em>}</li>
 *   <li>{@link org.backlot.model.schedule.impl.ShootDayImpl#getShootingCall <em>Shooting Call</em>}</li>
 *   <li>{@link org.backlot.model.schedule.impl.ShootDayImpl#getWeather <em>Weather</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ShootDayImpl extends ScheduleItemImpl implements ShootDay {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getDayNumber() <em>Day Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDayNumber()
	 * @generated
	 * @ordered
	 */
	protected static final int DAY_NUMBER_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getDayNumber() <em>Day Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDayNumber()
	 * @generated
	 * @ordered
	 */
	protected int dayNumber = DAY_NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected static final Date DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected Date date = DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected static final String UNIT_EDEFAULT = "Main";

	/**
	 * The cached value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected String unit = UNIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getCrewCall() <em>Crew Call</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCrewCall()
	 * @generated
	 * @ordered
	 */
	protected static final String CREW_CALL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCrewCall() <em>Crew Call</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCrewCall()
	 * @generated
	 * @ordered
	 */
	protected String crewCall = CREW_CALL_EDEFAULT;

	/**
	 * The default value of the '{@link #getWrap() <em>Wrap</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWrap()
	 * @generated
	 * @ordered
	 */
	protected static final String WRAP_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWrap() <em>Wrap</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWrap()
	 * @generated
	 * @ordered
	 */
	protected String wrap = WRAP_EDEFAULT;

	/**
	 * The cached value of the '{@link #getStage() <em>Stage</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStage()
	 * @generated
	 * @ordered
	 */
	protected Stage stage;

	/**
	 * The cached value of the '{@link #getLocation() <em>Location</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocation()
	 * @generated
	 * @ordered
	 */
	protected Location location;

	/**
	 * The default value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected String notes = NOTES_EDEFAULT;

	/**
	 * The default value of the '{@link #getShootingCall() <em>Shooting Call</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShootingCall()
	 * @generated
	 * @ordered
	 */
	protected static final String SHOOTING_CALL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getShootingCall() <em>Shooting Call</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShootingCall()
	 * @generated
	 * @ordered
	 */
	protected String shootingCall = SHOOTING_CALL_EDEFAULT;

	/**
	 * The default value of the '{@link #getWeather() <em>Weather</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeather()
	 * @generated
	 * @ordered
	 */
	protected static final String WEATHER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWeather() <em>Weather</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeather()
	 * @generated
	 * @ordered
	 */
	protected String weather = WEATHER_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ShootDayImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SchedulePackage.Literals.SHOOT_DAY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedulePackage.SHOOT_DAY__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDayNumber() {
		return dayNumber;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDayNumber(int newDayNumber) {
		int oldDayNumber = dayNumber;
		dayNumber = newDayNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedulePackage.SHOOT_DAY__DAY_NUMBER, oldDayNumber, dayNumber));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getDate() {
		return date;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDate(Date newDate) {
		Date oldDate = date;
		date = newDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedulePackage.SHOOT_DAY__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUnit() {
		return unit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnit(String newUnit) {
		String oldUnit = unit;
		unit = newUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedulePackage.SHOOT_DAY__UNIT, oldUnit, unit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCrewCall() {
		return crewCall;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCrewCall(String newCrewCall) {
		String oldCrewCall = crewCall;
		crewCall = newCrewCall;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedulePackage.SHOOT_DAY__CREW_CALL, oldCrewCall, crewCall));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getWrap() {
		return wrap;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWrap(String newWrap) {
		String oldWrap = wrap;
		wrap = newWrap;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedulePackage.SHOOT_DAY__WRAP, oldWrap, wrap));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Stage getStage() {
		if (stage != null && stage.eIsProxy()) {
			InternalEObject oldStage = (InternalEObject)stage;
			stage = (Stage)eResolveProxy(oldStage);
			if (stage != oldStage) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SchedulePackage.SHOOT_DAY__STAGE, oldStage, stage));
			}
		}
		return stage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Stage basicGetStage() {
		return stage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStage(Stage newStage) {
		Stage oldStage = stage;
		stage = newStage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedulePackage.SHOOT_DAY__STAGE, oldStage, stage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Location getLocation() {
		if (location != null && location.eIsProxy()) {
			InternalEObject oldLocation = (InternalEObject)location;
			location = (Location)eResolveProxy(oldLocation);
			if (location != oldLocation) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SchedulePackage.SHOOT_DAY__LOCATION, oldLocation, location));
			}
		}
		return location;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Location basicGetLocation() {
		return location;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLocation(Location newLocation) {
		Location oldLocation = location;
		location = newLocation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedulePackage.SHOOT_DAY__LOCATION, oldLocation, location));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNotes() {
		return notes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNotes(String newNotes) {
		String oldNotes = notes;
		notes = newNotes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedulePackage.SHOOT_DAY__NOTES, oldNotes, notes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getShootingCall() {
		return shootingCall;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setShootingCall(String newShootingCall) {
		String oldShootingCall = shootingCall;
		shootingCall = newShootingCall;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedulePackage.SHOOT_DAY__SHOOTING_CALL, oldShootingCall, shootingCall));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getWeather() {
		return weather;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWeather(String newWeather) {
		String oldWeather = weather;
		weather = newWeather;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedulePackage.SHOOT_DAY__WEATHER, oldWeather, weather));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SchedulePackage.SHOOT_DAY__ID:
				return getId();
			case SchedulePackage.SHOOT_DAY__DAY_NUMBER:
				return getDayNumber();
			case SchedulePackage.SHOOT_DAY__DATE:
				return getDate();
			case SchedulePackage.SHOOT_DAY__UNIT:
				return getUnit();
			case SchedulePackage.SHOOT_DAY__CREW_CALL:
				return getCrewCall();
			case SchedulePackage.SHOOT_DAY__WRAP:
				return getWrap();
			case SchedulePackage.SHOOT_DAY__STAGE:
				if (resolve) return getStage();
				return basicGetStage();
			case SchedulePackage.SHOOT_DAY__LOCATION:
				if (resolve) return getLocation();
				return basicGetLocation();
			case SchedulePackage.SHOOT_DAY__NOTES:
				return getNotes();
			case SchedulePackage.SHOOT_DAY__SHOOTING_CALL:
				return getShootingCall();
			case SchedulePackage.SHOOT_DAY__WEATHER:
				return getWeather();
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
			case SchedulePackage.SHOOT_DAY__ID:
				setId((String)newValue);
				return;
			case SchedulePackage.SHOOT_DAY__DAY_NUMBER:
				setDayNumber((Integer)newValue);
				return;
			case SchedulePackage.SHOOT_DAY__DATE:
				setDate((Date)newValue);
				return;
			case SchedulePackage.SHOOT_DAY__UNIT:
				setUnit((String)newValue);
				return;
			case SchedulePackage.SHOOT_DAY__CREW_CALL:
				setCrewCall((String)newValue);
				return;
			case SchedulePackage.SHOOT_DAY__WRAP:
				setWrap((String)newValue);
				return;
			case SchedulePackage.SHOOT_DAY__STAGE:
				setStage((Stage)newValue);
				return;
			case SchedulePackage.SHOOT_DAY__LOCATION:
				setLocation((Location)newValue);
				return;
			case SchedulePackage.SHOOT_DAY__NOTES:
				setNotes((String)newValue);
				return;
			case SchedulePackage.SHOOT_DAY__SHOOTING_CALL:
				setShootingCall((String)newValue);
				return;
			case SchedulePackage.SHOOT_DAY__WEATHER:
				setWeather((String)newValue);
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
			case SchedulePackage.SHOOT_DAY__ID:
				setId(ID_EDEFAULT);
				return;
			case SchedulePackage.SHOOT_DAY__DAY_NUMBER:
				setDayNumber(DAY_NUMBER_EDEFAULT);
				return;
			case SchedulePackage.SHOOT_DAY__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case SchedulePackage.SHOOT_DAY__UNIT:
				setUnit(UNIT_EDEFAULT);
				return;
			case SchedulePackage.SHOOT_DAY__CREW_CALL:
				setCrewCall(CREW_CALL_EDEFAULT);
				return;
			case SchedulePackage.SHOOT_DAY__WRAP:
				setWrap(WRAP_EDEFAULT);
				return;
			case SchedulePackage.SHOOT_DAY__STAGE:
				setStage((Stage)null);
				return;
			case SchedulePackage.SHOOT_DAY__LOCATION:
				setLocation((Location)null);
				return;
			case SchedulePackage.SHOOT_DAY__NOTES:
				setNotes(NOTES_EDEFAULT);
				return;
			case SchedulePackage.SHOOT_DAY__SHOOTING_CALL:
				setShootingCall(SHOOTING_CALL_EDEFAULT);
				return;
			case SchedulePackage.SHOOT_DAY__WEATHER:
				setWeather(WEATHER_EDEFAULT);
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
			case SchedulePackage.SHOOT_DAY__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case SchedulePackage.SHOOT_DAY__DAY_NUMBER:
				return dayNumber != DAY_NUMBER_EDEFAULT;
			case SchedulePackage.SHOOT_DAY__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case SchedulePackage.SHOOT_DAY__UNIT:
				return UNIT_EDEFAULT == null ? unit != null : !UNIT_EDEFAULT.equals(unit);
			case SchedulePackage.SHOOT_DAY__CREW_CALL:
				return CREW_CALL_EDEFAULT == null ? crewCall != null : !CREW_CALL_EDEFAULT.equals(crewCall);
			case SchedulePackage.SHOOT_DAY__WRAP:
				return WRAP_EDEFAULT == null ? wrap != null : !WRAP_EDEFAULT.equals(wrap);
			case SchedulePackage.SHOOT_DAY__STAGE:
				return stage != null;
			case SchedulePackage.SHOOT_DAY__LOCATION:
				return location != null;
			case SchedulePackage.SHOOT_DAY__NOTES:
				return NOTES_EDEFAULT == null ? notes != null : !NOTES_EDEFAULT.equals(notes);
			case SchedulePackage.SHOOT_DAY__SHOOTING_CALL:
				return SHOOTING_CALL_EDEFAULT == null ? shootingCall != null : !SHOOTING_CALL_EDEFAULT.equals(shootingCall);
			case SchedulePackage.SHOOT_DAY__WEATHER:
				return WEATHER_EDEFAULT == null ? weather != null : !WEATHER_EDEFAULT.equals(weather);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int eBaseStructuralFeatureID(int derivedFeatureID, Class<?> baseClass) {
		if (baseClass == Identified.class) {
			switch (derivedFeatureID) {
				case SchedulePackage.SHOOT_DAY__ID: return ProductionPackage.IDENTIFIED__ID;
				default: return -1;
			}
		}
		return super.eBaseStructuralFeatureID(derivedFeatureID, baseClass);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int eDerivedStructuralFeatureID(int baseFeatureID, Class<?> baseClass) {
		if (baseClass == Identified.class) {
			switch (baseFeatureID) {
				case ProductionPackage.IDENTIFIED__ID: return SchedulePackage.SHOOT_DAY__ID;
				default: return -1;
			}
		}
		return super.eDerivedStructuralFeatureID(baseFeatureID, baseClass);
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
		result.append(" (id: ");
		result.append(id);
		result.append(", dayNumber: ");
		result.append(dayNumber);
		result.append(", date: ");
		result.append(date);
		result.append(", unit: ");
		result.append(unit);
		result.append(", crewCall: ");
		result.append(crewCall);
		result.append(", wrap: ");
		result.append(wrap);
		result.append(", notes: ");
		result.append(notes);
		result.append(", shootingCall: ");
		result.append(shootingCall);
		result.append(", weather: ");
		result.append(weather);
		result.append(')');
		return result.toString();
	}

} //ShootDayImpl
