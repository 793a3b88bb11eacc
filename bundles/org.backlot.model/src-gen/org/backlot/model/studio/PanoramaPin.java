/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.studio;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Panorama Pin</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A note pinned at a direction in a location's survey panorama.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.backlot.model.studio.PanoramaPin#getPanorama <em>Panorama</em>}</li>
 *   <li>{@link org.backlot.model.studio.PanoramaPin#getYaw <em>Yaw</em>}</li>
 *   <li>{@link org.backlot.model.studio.PanoramaPin#getPitch <em>Pitch</em>}</li>
 *   <li>{@link org.backlot.model.studio.PanoramaPin#getText <em>Text</em>}</li>
 * </ul>
 *
 * @see org.backlot.model.studio.StudioPackage#getPanoramaPin()
 * @model
 * @generated
 */
public interface PanoramaPin extends EObject {
	/**
	 * Returns the value of the '<em><b>Panorama</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The panorama file the note belongs to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Panorama</em>' attribute.
	 * @see #setPanorama(String)
	 * @see org.backlot.model.studio.StudioPackage#getPanoramaPin_Panorama()
	 * @model
	 * @generated
	 */
	String getPanorama();

	/**
	 * Sets the value of the '{@link org.backlot.model.studio.PanoramaPin#getPanorama <em>Panorama</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Panorama</em>' attribute.
	 * @see #getPanorama()
	 * @generated
	 */
	void setPanorama(String value);

	/**
	 * Returns the value of the '<em><b>Yaw</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Direction, degrees from the panorama's centre, positive to the right.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Yaw</em>' attribute.
	 * @see #setYaw(double)
	 * @see org.backlot.model.studio.StudioPackage#getPanoramaPin_Yaw()
	 * @model
	 * @generated
	 */
	double getYaw();

	/**
	 * Sets the value of the '{@link org.backlot.model.studio.PanoramaPin#getYaw <em>Yaw</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Yaw</em>' attribute.
	 * @see #getYaw()
	 * @generated
	 */
	void setYaw(double value);

	/**
	 * Returns the value of the '<em><b>Pitch</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Elevation, degrees above the horizon.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pitch</em>' attribute.
	 * @see #setPitch(double)
	 * @see org.backlot.model.studio.StudioPackage#getPanoramaPin_Pitch()
	 * @model
	 * @generated
	 */
	double getPitch();

	/**
	 * Sets the value of the '{@link org.backlot.model.studio.PanoramaPin#getPitch <em>Pitch</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pitch</em>' attribute.
	 * @see #getPitch()
	 * @generated
	 */
	void setPitch(double value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The note.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.backlot.model.studio.StudioPackage#getPanoramaPin_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.backlot.model.studio.PanoramaPin#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

} // PanoramaPin
