/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.shots;

import org.backlot.model.production.Identified;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Camera Setup</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A camera position shared by shots with the same lighting.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.backlot.model.shots.CameraSetup#getName <em>Name</em>}</li>
 *   <li>{@link org.backlot.model.shots.CameraSetup#getSetPlan <em>Set Plan</em>}</li>
 *   <li>{@link org.backlot.model.shots.CameraSetup#getX <em>X</em>}</li>
 *   <li>{@link org.backlot.model.shots.CameraSetup#getY <em>Y</em>}</li>
 *   <li>{@link org.backlot.model.shots.CameraSetup#getHeight <em>Height</em>}</li>
 *   <li>{@link org.backlot.model.shots.CameraSetup#getPan <em>Pan</em>}</li>
 *   <li>{@link org.backlot.model.shots.CameraSetup#getTilt <em>Tilt</em>}</li>
 *   <li>{@link org.backlot.model.shots.CameraSetup#getLensMm <em>Lens Mm</em>}</li>
 *   <li>{@link org.backlot.model.shots.CameraSetup#getSensorWidthMm <em>Sensor Width Mm</em>}</li>
 * </ul>
 *
 * @see org.backlot.model.shots.ShotsPackage#getCameraSetup()
 * @model
 * @generated
 */
public interface CameraSetup extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.backlot.model.shots.ShotsPackage#getCameraSetup_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.backlot.model.shots.CameraSetup#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Set Plan</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Set Plan</em>' reference.
	 * @see #setSetPlan(SetPlan)
	 * @see org.backlot.model.shots.ShotsPackage#getCameraSetup_SetPlan()
	 * @model
	 * @generated
	 */
	SetPlan getSetPlan();

	/**
	 * Sets the value of the '{@link org.backlot.model.shots.CameraSetup#getSetPlan <em>Set Plan</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Set Plan</em>' reference.
	 * @see #getSetPlan()
	 * @generated
	 */
	void setSetPlan(SetPlan value);

	/**
	 * Returns the value of the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Metres on the set plan.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>X</em>' attribute.
	 * @see #setX(double)
	 * @see org.backlot.model.shots.ShotsPackage#getCameraSetup_X()
	 * @model
	 * @generated
	 */
	double getX();

	/**
	 * Sets the value of the '{@link org.backlot.model.shots.CameraSetup#getX <em>X</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>X</em>' attribute.
	 * @see #getX()
	 * @generated
	 */
	void setX(double value);

	/**
	 * Returns the value of the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Y</em>' attribute.
	 * @see #setY(double)
	 * @see org.backlot.model.shots.ShotsPackage#getCameraSetup_Y()
	 * @model
	 * @generated
	 */
	double getY();

	/**
	 * Sets the value of the '{@link org.backlot.model.shots.CameraSetup#getY <em>Y</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Y</em>' attribute.
	 * @see #getY()
	 * @generated
	 */
	void setY(double value);

	/**
	 * Returns the value of the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Height</em>' attribute.
	 * @see #setHeight(double)
	 * @see org.backlot.model.shots.ShotsPackage#getCameraSetup_Height()
	 * @model
	 * @generated
	 */
	double getHeight();

	/**
	 * Sets the value of the '{@link org.backlot.model.shots.CameraSetup#getHeight <em>Height</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Height</em>' attribute.
	 * @see #getHeight()
	 * @generated
	 */
	void setHeight(double value);

	/**
	 * Returns the value of the '<em><b>Pan</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Degrees, 0 = along +y.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pan</em>' attribute.
	 * @see #setPan(double)
	 * @see org.backlot.model.shots.ShotsPackage#getCameraSetup_Pan()
	 * @model
	 * @generated
	 */
	double getPan();

	/**
	 * Sets the value of the '{@link org.backlot.model.shots.CameraSetup#getPan <em>Pan</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pan</em>' attribute.
	 * @see #getPan()
	 * @generated
	 */
	void setPan(double value);

	/**
	 * Returns the value of the '<em><b>Tilt</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tilt</em>' attribute.
	 * @see #setTilt(double)
	 * @see org.backlot.model.shots.ShotsPackage#getCameraSetup_Tilt()
	 * @model
	 * @generated
	 */
	double getTilt();

	/**
	 * Sets the value of the '{@link org.backlot.model.shots.CameraSetup#getTilt <em>Tilt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tilt</em>' attribute.
	 * @see #getTilt()
	 * @generated
	 */
	void setTilt(double value);

	/**
	 * Returns the value of the '<em><b>Lens Mm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lens Mm</em>' attribute.
	 * @see #setLensMm(double)
	 * @see org.backlot.model.shots.ShotsPackage#getCameraSetup_LensMm()
	 * @model
	 * @generated
	 */
	double getLensMm();

	/**
	 * Sets the value of the '{@link org.backlot.model.shots.CameraSetup#getLensMm <em>Lens Mm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lens Mm</em>' attribute.
	 * @see #getLensMm()
	 * @generated
	 */
	void setLensMm(double value);

	/**
	 * Returns the value of the '<em><b>Sensor Width Mm</b></em>' attribute.
	 * The default value is <code>"36.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sensor Width Mm</em>' attribute.
	 * @see #setSensorWidthMm(double)
	 * @see org.backlot.model.shots.ShotsPackage#getCameraSetup_SensorWidthMm()
	 * @model default="36.0"
	 * @generated
	 */
	double getSensorWidthMm();

	/**
	 * Sets the value of the '{@link org.backlot.model.shots.CameraSetup#getSensorWidthMm <em>Sensor Width Mm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sensor Width Mm</em>' attribute.
	 * @see #getSensorWidthMm()
	 * @generated
	 */
	void setSensorWidthMm(double value);

} // CameraSetup
