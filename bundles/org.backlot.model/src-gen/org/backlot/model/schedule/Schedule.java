/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.schedule;

import java.util.Date;

import org.backlot.model.production.Identified;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Schedule</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A stripboard: strips and day breaks in shooting order.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.backlot.model.schedule.Schedule#getName <em>Name</em>}</li>
 *   <li>{@link org.backlot.model.schedule.Schedule#getItems <em>Items</em>}</li>
 *   <li>{@link org.backlot.model.schedule.Schedule#getMaxEighthsPerDay <em>Max Eighths Per Day</em>}</li>
 *   <li>{@link org.backlot.model.schedule.Schedule#getMaxMinutesPerDay <em>Max Minutes Per Day</em>}</li>
 *   <li>{@link org.backlot.model.schedule.Schedule#getTurnaroundHours <em>Turnaround Hours</em>}</li>
 *   <li>{@link org.backlot.model.schedule.Schedule#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link org.backlot.model.schedule.Schedule#getDaysPerWeek <em>Days Per Week</em>}</li>
 *   <li>{@link org.backlot.model.schedule.Schedule#getDayCall <em>Day Call</em>}</li>
 *   <li>{@link org.backlot.model.schedule.Schedule#getNightCall <em>Night Call</em>}</li>
 *   <li>{@link org.backlot.model.schedule.Schedule#getDayHours <em>Day Hours</em>}</li>
 *   <li>{@link org.backlot.model.schedule.Schedule#getMinutesPerEighth <em>Minutes Per Eighth</em>}</li>
 *   <li>{@link org.backlot.model.schedule.Schedule#getCompanyMoveMinutes <em>Company Move Minutes</em>}</li>
 *   <li>{@link org.backlot.model.schedule.Schedule#getWeights <em>Weights</em>}</li>
 *   <li>{@link org.backlot.model.schedule.Schedule#getEvents <em>Events</em>}</li>
 * </ul>
 *
 * @see org.backlot.model.schedule.SchedulePackage#getSchedule()
 * @model
 * @generated
 */
public interface Schedule extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.backlot.model.schedule.SchedulePackage#getSchedule_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.backlot.model.schedule.Schedule#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Items</b></em>' containment reference list.
	 * The list contents are of type {@link org.backlot.model.schedule.ScheduleItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Strips and shoot days in board order; a shoot day closes the strips before it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Items</em>' containment reference list.
	 * @see org.backlot.model.schedule.SchedulePackage#getSchedule_Items()
	 * @model containment="true"
	 * @generated
	 */
	EList<ScheduleItem> getItems();

	/**
	 * Returns the value of the '<em><b>Max Eighths Per Day</b></em>' attribute.
	 * The default value is <code>"48"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Max Eighths Per Day</em>' attribute.
	 * @see #setMaxEighthsPerDay(int)
	 * @see org.backlot.model.schedule.SchedulePackage#getSchedule_MaxEighthsPerDay()
	 * @model default="48"
	 * @generated
	 */
	int getMaxEighthsPerDay();

	/**
	 * Sets the value of the '{@link org.backlot.model.schedule.Schedule#getMaxEighthsPerDay <em>Max Eighths Per Day</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Eighths Per Day</em>' attribute.
	 * @see #getMaxEighthsPerDay()
	 * @generated
	 */
	void setMaxEighthsPerDay(int value);

	/**
	 * Returns the value of the '<em><b>Max Minutes Per Day</b></em>' attribute.
	 * The default value is <code>"720"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Max Minutes Per Day</em>' attribute.
	 * @see #setMaxMinutesPerDay(int)
	 * @see org.backlot.model.schedule.SchedulePackage#getSchedule_MaxMinutesPerDay()
	 * @model default="720"
	 * @generated
	 */
	int getMaxMinutesPerDay();

	/**
	 * Sets the value of the '{@link org.backlot.model.schedule.Schedule#getMaxMinutesPerDay <em>Max Minutes Per Day</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Minutes Per Day</em>' attribute.
	 * @see #getMaxMinutesPerDay()
	 * @generated
	 */
	void setMaxMinutesPerDay(int value);

	/**
	 * Returns the value of the '<em><b>Turnaround Hours</b></em>' attribute.
	 * The default value is <code>"12.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Minimum rest between wrap and next call.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Turnaround Hours</em>' attribute.
	 * @see #setTurnaroundHours(double)
	 * @see org.backlot.model.schedule.SchedulePackage#getSchedule_TurnaroundHours()
	 * @model default="12.0"
	 * @generated
	 */
	double getTurnaroundHours();

	/**
	 * Sets the value of the '{@link org.backlot.model.schedule.Schedule#getTurnaroundHours <em>Turnaround Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Turnaround Hours</em>' attribute.
	 * @see #getTurnaroundHours()
	 * @generated
	 */
	void setTurnaroundHours(double value);

	/**
	 * Returns the value of the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * First shoot day; empty uses the production start date.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Start Date</em>' attribute.
	 * @see #setStartDate(Date)
	 * @see org.backlot.model.schedule.SchedulePackage#getSchedule_StartDate()
	 * @model
	 * @generated
	 */
	Date getStartDate();

	/**
	 * Sets the value of the '{@link org.backlot.model.schedule.Schedule#getStartDate <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Date</em>' attribute.
	 * @see #getStartDate()
	 * @generated
	 */
	void setStartDate(Date value);

	/**
	 * Returns the value of the '<em><b>Days Per Week</b></em>' attribute.
	 * The default value is <code>"6"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Shooting days per week from Monday (6: Sunday off).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Days Per Week</em>' attribute.
	 * @see #setDaysPerWeek(int)
	 * @see org.backlot.model.schedule.SchedulePackage#getSchedule_DaysPerWeek()
	 * @model default="6"
	 * @generated
	 */
	int getDaysPerWeek();

	/**
	 * Sets the value of the '{@link org.backlot.model.schedule.Schedule#getDaysPerWeek <em>Days Per Week</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Days Per Week</em>' attribute.
	 * @see #getDaysPerWeek()
	 * @generated
	 */
	void setDaysPerWeek(int value);

	/**
	 * Returns the value of the '<em><b>Day Call</b></em>' attribute.
	 * The default value is <code>"07:00"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Crew call of a day shoot, HH:mm.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Day Call</em>' attribute.
	 * @see #setDayCall(String)
	 * @see org.backlot.model.schedule.SchedulePackage#getSchedule_DayCall()
	 * @model default="07:00"
	 * @generated
	 */
	String getDayCall();

	/**
	 * Sets the value of the '{@link org.backlot.model.schedule.Schedule#getDayCall <em>Day Call</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Day Call</em>' attribute.
	 * @see #getDayCall()
	 * @generated
	 */
	void setDayCall(String value);

	/**
	 * Returns the value of the '<em><b>Night Call</b></em>' attribute.
	 * The default value is <code>"17:00"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Crew call of a night shoot, HH:mm.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Night Call</em>' attribute.
	 * @see #setNightCall(String)
	 * @see org.backlot.model.schedule.SchedulePackage#getSchedule_NightCall()
	 * @model default="17:00"
	 * @generated
	 */
	String getNightCall();

	/**
	 * Sets the value of the '{@link org.backlot.model.schedule.Schedule#getNightCall <em>Night Call</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Night Call</em>' attribute.
	 * @see #getNightCall()
	 * @generated
	 */
	void setNightCall(String value);

	/**
	 * Returns the value of the '<em><b>Day Hours</b></em>' attribute.
	 * The default value is <code>"12.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Hours from crew call to wrap.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Day Hours</em>' attribute.
	 * @see #setDayHours(double)
	 * @see org.backlot.model.schedule.SchedulePackage#getSchedule_DayHours()
	 * @model default="12.0"
	 * @generated
	 */
	double getDayHours();

	/**
	 * Sets the value of the '{@link org.backlot.model.schedule.Schedule#getDayHours <em>Day Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Day Hours</em>' attribute.
	 * @see #getDayHours()
	 * @generated
	 */
	void setDayHours(double value);

	/**
	 * Returns the value of the '<em><b>Minutes Per Eighth</b></em>' attribute.
	 * The default value is <code>"11"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Estimated shooting minutes per eighth of a page for scenes without timed shots.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Minutes Per Eighth</em>' attribute.
	 * @see #setMinutesPerEighth(int)
	 * @see org.backlot.model.schedule.SchedulePackage#getSchedule_MinutesPerEighth()
	 * @model default="11"
	 * @generated
	 */
	int getMinutesPerEighth();

	/**
	 * Sets the value of the '{@link org.backlot.model.schedule.Schedule#getMinutesPerEighth <em>Minutes Per Eighth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Minutes Per Eighth</em>' attribute.
	 * @see #getMinutesPerEighth()
	 * @generated
	 */
	void setMinutesPerEighth(int value);

	/**
	 * Returns the value of the '<em><b>Company Move Minutes</b></em>' attribute.
	 * The default value is <code>"60"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Shooting time a company move within a day takes (wrap out, travel, set up again).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Company Move Minutes</em>' attribute.
	 * @see #setCompanyMoveMinutes(int)
	 * @see org.backlot.model.schedule.SchedulePackage#getSchedule_CompanyMoveMinutes()
	 * @model default="60"
	 * @generated
	 */
	int getCompanyMoveMinutes();

	/**
	 * Sets the value of the '{@link org.backlot.model.schedule.Schedule#getCompanyMoveMinutes <em>Company Move Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Company Move Minutes</em>' attribute.
	 * @see #getCompanyMoveMinutes()
	 * @generated
	 */
	void setCompanyMoveMinutes(int value);

	/**
	 * Returns the value of the '<em><b>Weights</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the optimiser minimises.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Weights</em>' containment reference.
	 * @see #setWeights(CostWeights)
	 * @see org.backlot.model.schedule.SchedulePackage#getSchedule_Weights()
	 * @model containment="true"
	 * @generated
	 */
	CostWeights getWeights();

	/**
	 * Sets the value of the '{@link org.backlot.model.schedule.Schedule#getWeights <em>Weights</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Weights</em>' containment reference.
	 * @see #getWeights()
	 * @generated
	 */
	void setWeights(CostWeights value);

	/**
	 * Returns the value of the '<em><b>Events</b></em>' containment reference list.
	 * The list contents are of type {@link org.backlot.model.schedule.ScheduleEvent}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Travel, fitting and rehearsal days and company moves for the day-out-of-days.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Events</em>' containment reference list.
	 * @see org.backlot.model.schedule.SchedulePackage#getSchedule_Events()
	 * @model containment="true"
	 * @generated
	 */
	EList<ScheduleEvent> getEvents();

} // Schedule
