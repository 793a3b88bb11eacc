/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.schedule;

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

} // Schedule
