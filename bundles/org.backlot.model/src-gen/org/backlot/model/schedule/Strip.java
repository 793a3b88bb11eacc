/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.schedule;

import org.backlot.model.script.Scene;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Strip</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A scene on the board.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.backlot.model.schedule.Strip#getScene <em>Scene</em>}</li>
 *   <li>{@link org.backlot.model.schedule.Strip#isPinned <em>Pinned</em>}</li>
 *   <li>{@link org.backlot.model.schedule.Strip#isWeatherCover <em>Weather Cover</em>}</li>
 * </ul>
 *
 * @see org.backlot.model.schedule.SchedulePackage#getStrip()
 * @model
 * @generated
 */
public interface Strip extends ScheduleItem {
	/**
	 * Returns the value of the '<em><b>Scene</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scene</em>' reference.
	 * @see #setScene(Scene)
	 * @see org.backlot.model.schedule.SchedulePackage#getStrip_Scene()
	 * @model
	 * @generated
	 */
	Scene getScene();

	/**
	 * Sets the value of the '{@link org.backlot.model.schedule.Strip#getScene <em>Scene</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scene</em>' reference.
	 * @see #getScene()
	 * @generated
	 */
	void setScene(Scene value);

	/**
	 * Returns the value of the '<em><b>Pinned</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fixed to its day by the AD.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pinned</em>' attribute.
	 * @see #setPinned(boolean)
	 * @see org.backlot.model.schedule.SchedulePackage#getStrip_Pinned()
	 * @model
	 * @generated
	 */
	boolean isPinned();

	/**
	 * Sets the value of the '{@link org.backlot.model.schedule.Strip#isPinned <em>Pinned</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pinned</em>' attribute.
	 * @see #isPinned()
	 * @generated
	 */
	void setPinned(boolean value);

	/**
	 * Returns the value of the '<em><b>Weather Cover</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Interior scene kept for bad weather.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Weather Cover</em>' attribute.
	 * @see #setWeatherCover(boolean)
	 * @see org.backlot.model.schedule.SchedulePackage#getStrip_WeatherCover()
	 * @model
	 * @generated
	 */
	boolean isWeatherCover();

	/**
	 * Sets the value of the '{@link org.backlot.model.schedule.Strip#isWeatherCover <em>Weather Cover</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Weather Cover</em>' attribute.
	 * @see #isWeatherCover()
	 * @generated
	 */
	void setWeatherCover(boolean value);

} // Strip
