/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.lighting;

import org.backlot.model.production.Identified;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Look</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A lighting target: ratio, exposure, colour.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.backlot.model.lighting.Look#getName <em>Name</em>}</li>
 *   <li>{@link org.backlot.model.lighting.Look#getKeyToFill <em>Key To Fill</em>}</li>
 *   <li>{@link org.backlot.model.lighting.Look#getTargetStop <em>Target Stop</em>}</li>
 *   <li>{@link org.backlot.model.lighting.Look#getCct <em>Cct</em>}</li>
 *   <li>{@link org.backlot.model.lighting.Look#getDescription <em>Description</em>}</li>
 *   <li>{@link org.backlot.model.lighting.Look#getKeyAzimuth <em>Key Azimuth</em>}</li>
 *   <li>{@link org.backlot.model.lighting.Look#getKeyElevation <em>Key Elevation</em>}</li>
 *   <li>{@link org.backlot.model.lighting.Look#getSeparationStops <em>Separation Stops</em>}</li>
 *   <li>{@link org.backlot.model.lighting.Look#getPreset <em>Preset</em>}</li>
 * </ul>
 *
 * @see org.backlot.model.lighting.LightingPackage#getLook()
 * @model
 * @generated
 */
public interface Look extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.backlot.model.lighting.LightingPackage#getLook_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.backlot.model.lighting.Look#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Key To Fill</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Key To Fill</em>' attribute.
	 * @see #setKeyToFill(double)
	 * @see org.backlot.model.lighting.LightingPackage#getLook_KeyToFill()
	 * @model
	 * @generated
	 */
	double getKeyToFill();

	/**
	 * Sets the value of the '{@link org.backlot.model.lighting.Look#getKeyToFill <em>Key To Fill</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Key To Fill</em>' attribute.
	 * @see #getKeyToFill()
	 * @generated
	 */
	void setKeyToFill(double value);

	/**
	 * Returns the value of the '<em><b>Target Stop</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target Stop</em>' attribute.
	 * @see #setTargetStop(double)
	 * @see org.backlot.model.lighting.LightingPackage#getLook_TargetStop()
	 * @model
	 * @generated
	 */
	double getTargetStop();

	/**
	 * Sets the value of the '{@link org.backlot.model.lighting.Look#getTargetStop <em>Target Stop</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Stop</em>' attribute.
	 * @see #getTargetStop()
	 * @generated
	 */
	void setTargetStop(double value);

	/**
	 * Returns the value of the '<em><b>Cct</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cct</em>' attribute.
	 * @see #setCct(double)
	 * @see org.backlot.model.lighting.LightingPackage#getLook_Cct()
	 * @model
	 * @generated
	 */
	double getCct();

	/**
	 * Sets the value of the '{@link org.backlot.model.lighting.Look#getCct <em>Cct</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cct</em>' attribute.
	 * @see #getCct()
	 * @generated
	 */
	void setCct(double value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.backlot.model.lighting.LightingPackage#getLook_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.backlot.model.lighting.Look#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Key Azimuth</b></em>' attribute.
	 * The default value is <code>"45"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Key direction around the subject in degrees from the camera axis (positive to camera left).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Key Azimuth</em>' attribute.
	 * @see #setKeyAzimuth(double)
	 * @see org.backlot.model.lighting.LightingPackage#getLook_KeyAzimuth()
	 * @model default="45"
	 * @generated
	 */
	double getKeyAzimuth();

	/**
	 * Sets the value of the '{@link org.backlot.model.lighting.Look#getKeyAzimuth <em>Key Azimuth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Key Azimuth</em>' attribute.
	 * @see #getKeyAzimuth()
	 * @generated
	 */
	void setKeyAzimuth(double value);

	/**
	 * Returns the value of the '<em><b>Key Elevation</b></em>' attribute.
	 * The default value is <code>"35"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Key height above the subject's eyes in degrees.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Key Elevation</em>' attribute.
	 * @see #setKeyElevation(double)
	 * @see org.backlot.model.lighting.LightingPackage#getLook_KeyElevation()
	 * @model default="35"
	 * @generated
	 */
	double getKeyElevation();

	/**
	 * Sets the value of the '{@link org.backlot.model.lighting.Look#getKeyElevation <em>Key Elevation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Key Elevation</em>' attribute.
	 * @see #getKeyElevation()
	 * @generated
	 */
	void setKeyElevation(double value);

	/**
	 * Returns the value of the '<em><b>Separation Stops</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Subject brighter than the background by this many stops.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Separation Stops</em>' attribute.
	 * @see #setSeparationStops(double)
	 * @see org.backlot.model.lighting.LightingPackage#getLook_SeparationStops()
	 * @model default="1"
	 * @generated
	 */
	double getSeparationStops();

	/**
	 * Sets the value of the '{@link org.backlot.model.lighting.Look#getSeparationStops <em>Separation Stops</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Separation Stops</em>' attribute.
	 * @see #getSeparationStops()
	 * @generated
	 */
	void setSeparationStops(double value);

	/**
	 * Returns the value of the '<em><b>Preset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The built-in look this one started from, if any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Preset</em>' attribute.
	 * @see #setPreset(String)
	 * @see org.backlot.model.lighting.LightingPackage#getLook_Preset()
	 * @model
	 * @generated
	 */
	String getPreset();

	/**
	 * Sets the value of the '{@link org.backlot.model.lighting.Look#getPreset <em>Preset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Preset</em>' attribute.
	 * @see #getPreset()
	 * @generated
	 */
	void setPreset(String value);

} // Look
