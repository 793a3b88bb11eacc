/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.schedule;

import java.util.Date;

import org.backlot.model.production.Identified;

import org.backlot.model.studio.Location;
import org.backlot.model.studio.Stage;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Shoot Day</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The day break that ends a shooting day.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.backlot.model.schedule.ShootDay#getDayNumber <em>Day Number</em>}</li>
 *   <li>{@link org.backlot.model.schedule.ShootDay#getDate <em>Date</em>}</li>
 *   <li>{@link org.backlot.model.schedule.ShootDay#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.backlot.model.schedule.ShootDay#getCrewCall <em>Crew Call</em>}</li>
 *   <li>{@link org.backlot.model.schedule.ShootDay#getWrap <em>Wrap</em>}</li>
 *   <li>{@link org.backlot.model.schedule.ShootDay#getStage <em>Stage</em>}</li>
 *   <li>{@link org.backlot.model.schedule.ShootDay#getLocation <em>Location</em>}</li>
 *   <li>{@link org.backlot.model.schedule.ShootDay#getNotes <em>Notes</em>}</li>
 *   <li>{@link org.backlot.model.schedule.ShootDay#getShootingCall <em>Shooting Call</em>}</li>
 *   <li>{@link org.backlot.model.schedule.ShootDay#getWeather <em>Weather</em>}</li>
 * </ul>
 *
 * @see org.backlot.model.schedule.SchedulePackage#getShootDay()
 * @model
 * @generated
 */
public interface ShootDay extends ScheduleItem, Identified {
	/**
	 * Returns the value of the '<em><b>Day Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Day Number</em>' attribute.
	 * @see #setDayNumber(int)
	 * @see org.backlot.model.schedule.SchedulePackage#getShootDay_DayNumber()
	 * @model
	 * @generated
	 */
	int getDayNumber();

	/**
	 * Sets the value of the '{@link org.backlot.model.schedule.ShootDay#getDayNumber <em>Day Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Day Number</em>' attribute.
	 * @see #getDayNumber()
	 * @generated
	 */
	void setDayNumber(int value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(Date)
	 * @see org.backlot.model.schedule.SchedulePackage#getShootDay_Date()
	 * @model
	 * @generated
	 */
	Date getDate();

	/**
	 * Sets the value of the '{@link org.backlot.model.schedule.ShootDay#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(Date value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * The default value is <code>"Main"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Main, second unit...
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see #setUnit(String)
	 * @see org.backlot.model.schedule.SchedulePackage#getShootDay_Unit()
	 * @model default="Main"
	 * @generated
	 */
	String getUnit();

	/**
	 * Sets the value of the '{@link org.backlot.model.schedule.ShootDay#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(String value);

	/**
	 * Returns the value of the '<em><b>Crew Call</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * HH:mm
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Crew Call</em>' attribute.
	 * @see #setCrewCall(String)
	 * @see org.backlot.model.schedule.SchedulePackage#getShootDay_CrewCall()
	 * @model
	 * @generated
	 */
	String getCrewCall();

	/**
	 * Sets the value of the '{@link org.backlot.model.schedule.ShootDay#getCrewCall <em>Crew Call</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Crew Call</em>' attribute.
	 * @see #getCrewCall()
	 * @generated
	 */
	void setCrewCall(String value);

	/**
	 * Returns the value of the '<em><b>Wrap</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * HH:mm
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Wrap</em>' attribute.
	 * @see #setWrap(String)
	 * @see org.backlot.model.schedule.SchedulePackage#getShootDay_Wrap()
	 * @model
	 * @generated
	 */
	String getWrap();

	/**
	 * Sets the value of the '{@link org.backlot.model.schedule.ShootDay#getWrap <em>Wrap</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Wrap</em>' attribute.
	 * @see #getWrap()
	 * @generated
	 */
	void setWrap(String value);

	/**
	 * Returns the value of the '<em><b>Stage</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stage</em>' reference.
	 * @see #setStage(Stage)
	 * @see org.backlot.model.schedule.SchedulePackage#getShootDay_Stage()
	 * @model
	 * @generated
	 */
	Stage getStage();

	/**
	 * Sets the value of the '{@link org.backlot.model.schedule.ShootDay#getStage <em>Stage</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stage</em>' reference.
	 * @see #getStage()
	 * @generated
	 */
	void setStage(Stage value);

	/**
	 * Returns the value of the '<em><b>Location</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Location</em>' reference.
	 * @see #setLocation(Location)
	 * @see org.backlot.model.schedule.SchedulePackage#getShootDay_Location()
	 * @model
	 * @generated
	 */
	Location getLocation();

	/**
	 * Sets the value of the '{@link org.backlot.model.schedule.ShootDay#getLocation <em>Location</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Location</em>' reference.
	 * @see #getLocation()
	 * @generated
	 */
	void setLocation(Location value);

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notes</em>' attribute.
	 * @see #setNotes(String)
	 * @see org.backlot.model.schedule.SchedulePackage#getShootDay_Notes()
	 * @model
	 * @generated
	 */
	String getNotes();

	/**
	 * Sets the value of the '{@link org.backlot.model.schedule.ShootDay#getNotes <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notes</em>' attribute.
	 * @see #getNotes()
	 * @generated
	 */
	void setNotes(String value);

	/**
	 * Returns the value of the '<em><b>Shooting Call</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * First shot, HH:mm.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Shooting Call</em>' attribute.
	 * @see #setShootingCall(String)
	 * @see org.backlot.model.schedule.SchedulePackage#getShootDay_ShootingCall()
	 * @model
	 * @generated
	 */
	String getShootingCall();

	/**
	 * Sets the value of the '{@link org.backlot.model.schedule.ShootDay#getShootingCall <em>Shooting Call</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Shooting Call</em>' attribute.
	 * @see #getShootingCall()
	 * @generated
	 */
	void setShootingCall(String value);

	/**
	 * Returns the value of the '<em><b>Weather</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Forecast for the call sheet.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Weather</em>' attribute.
	 * @see #setWeather(String)
	 * @see org.backlot.model.schedule.SchedulePackage#getShootDay_Weather()
	 * @model
	 * @generated
	 */
	String getWeather();

	/**
	 * Sets the value of the '{@link org.backlot.model.schedule.ShootDay#getWeather <em>Weather</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Weather</em>' attribute.
	 * @see #getWeather()
	 * @generated
	 */
	void setWeather(String value);

} // ShootDay
