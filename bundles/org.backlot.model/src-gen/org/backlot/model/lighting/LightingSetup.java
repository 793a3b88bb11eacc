/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.lighting;

import org.backlot.model.production.Identified;

import org.backlot.model.shots.CameraSetup;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Setup</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The lamps of one camera set-up.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.backlot.model.lighting.LightingSetup#getName <em>Name</em>}</li>
 *   <li>{@link org.backlot.model.lighting.LightingSetup#getCameraSetup <em>Camera Setup</em>}</li>
 *   <li>{@link org.backlot.model.lighting.LightingSetup#getSet <em>Set</em>}</li>
 *   <li>{@link org.backlot.model.lighting.LightingSetup#getLook <em>Look</em>}</li>
 *   <li>{@link org.backlot.model.lighting.LightingSetup#getFixtures <em>Fixtures</em>}</li>
 *   <li>{@link org.backlot.model.lighting.LightingSetup#getIso <em>Iso</em>}</li>
 *   <li>{@link org.backlot.model.lighting.LightingSetup#getShutterSeconds <em>Shutter Seconds</em>}</li>
 * </ul>
 *
 * @see org.backlot.model.lighting.LightingPackage#getLightingSetup()
 * @model
 * @generated
 */
public interface LightingSetup extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.backlot.model.lighting.LightingPackage#getLightingSetup_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.backlot.model.lighting.LightingSetup#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Camera Setup</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Camera Setup</em>' reference.
	 * @see #setCameraSetup(CameraSetup)
	 * @see org.backlot.model.lighting.LightingPackage#getLightingSetup_CameraSetup()
	 * @model
	 * @generated
	 */
	CameraSetup getCameraSetup();

	/**
	 * Sets the value of the '{@link org.backlot.model.lighting.LightingSetup#getCameraSetup <em>Camera Setup</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Camera Setup</em>' reference.
	 * @see #getCameraSetup()
	 * @generated
	 */
	void setCameraSetup(CameraSetup value);

	/**
	 * Returns the value of the '<em><b>Set</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Set</em>' reference.
	 * @see #setSet(SetGeometry)
	 * @see org.backlot.model.lighting.LightingPackage#getLightingSetup_Set()
	 * @model
	 * @generated
	 */
	SetGeometry getSet();

	/**
	 * Sets the value of the '{@link org.backlot.model.lighting.LightingSetup#getSet <em>Set</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Set</em>' reference.
	 * @see #getSet()
	 * @generated
	 */
	void setSet(SetGeometry value);

	/**
	 * Returns the value of the '<em><b>Look</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Look</em>' reference.
	 * @see #setLook(Look)
	 * @see org.backlot.model.lighting.LightingPackage#getLightingSetup_Look()
	 * @model
	 * @generated
	 */
	Look getLook();

	/**
	 * Sets the value of the '{@link org.backlot.model.lighting.LightingSetup#getLook <em>Look</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Look</em>' reference.
	 * @see #getLook()
	 * @generated
	 */
	void setLook(Look value);

	/**
	 * Returns the value of the '<em><b>Fixtures</b></em>' containment reference list.
	 * The list contents are of type {@link org.backlot.model.lighting.Fixture}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fixtures</em>' containment reference list.
	 * @see org.backlot.model.lighting.LightingPackage#getLightingSetup_Fixtures()
	 * @model containment="true"
	 * @generated
	 */
	EList<Fixture> getFixtures();

	/**
	 * Returns the value of the '<em><b>Iso</b></em>' attribute.
	 * The default value is <code>"800"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Camera sensitivity (ISO) for the exposure.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Iso</em>' attribute.
	 * @see #setIso(double)
	 * @see org.backlot.model.lighting.LightingPackage#getLightingSetup_Iso()
	 * @model default="800"
	 * @generated
	 */
	double getIso();

	/**
	 * Sets the value of the '{@link org.backlot.model.lighting.LightingSetup#getIso <em>Iso</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Iso</em>' attribute.
	 * @see #getIso()
	 * @generated
	 */
	void setIso(double value);

	/**
	 * Returns the value of the '<em><b>Shutter Seconds</b></em>' attribute.
	 * The default value is <code>"0.0208333"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Shutter time in seconds (1/48 for 180 degrees at 24 fps).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Shutter Seconds</em>' attribute.
	 * @see #setShutterSeconds(double)
	 * @see org.backlot.model.lighting.LightingPackage#getLightingSetup_ShutterSeconds()
	 * @model default="0.0208333"
	 * @generated
	 */
	double getShutterSeconds();

	/**
	 * Sets the value of the '{@link org.backlot.model.lighting.LightingSetup#getShutterSeconds <em>Shutter Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Shutter Seconds</em>' attribute.
	 * @see #getShutterSeconds()
	 * @generated
	 */
	void setShutterSeconds(double value);

} // LightingSetup
