/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.shots;

import org.backlot.model.production.Identified;

import org.backlot.model.script.Scene;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Shot</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A shot of a scene.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.backlot.model.shots.Shot#getNumber <em>Number</em>}</li>
 *   <li>{@link org.backlot.model.shots.Shot#getScene <em>Scene</em>}</li>
 *   <li>{@link org.backlot.model.shots.Shot#getSize <em>Size</em>}</li>
 *   <li>{@link org.backlot.model.shots.Shot#getAngle <em>Angle</em>}</li>
 *   <li>{@link org.backlot.model.shots.Shot#getMovement <em>Movement</em>}</li>
 *   <li>{@link org.backlot.model.shots.Shot#getLensMm <em>Lens Mm</em>}</li>
 *   <li>{@link org.backlot.model.shots.Shot#getSetup <em>Setup</em>}</li>
 *   <li>{@link org.backlot.model.shots.Shot#getDescription <em>Description</em>}</li>
 *   <li>{@link org.backlot.model.shots.Shot#getSetupMinutes <em>Setup Minutes</em>}</li>
 *   <li>{@link org.backlot.model.shots.Shot#getShootMinutes <em>Shoot Minutes</em>}</li>
 *   <li>{@link org.backlot.model.shots.Shot#getFrames <em>Frames</em>}</li>
 * </ul>
 *
 * @see org.backlot.model.shots.ShotsPackage#getShot()
 * @model
 * @generated
 */
public interface Shot extends Identified {
	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 1A, 1B...
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(String)
	 * @see org.backlot.model.shots.ShotsPackage#getShot_Number()
	 * @model
	 * @generated
	 */
	String getNumber();

	/**
	 * Sets the value of the '{@link org.backlot.model.shots.Shot#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(String value);

	/**
	 * Returns the value of the '<em><b>Scene</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scene</em>' reference.
	 * @see #setScene(Scene)
	 * @see org.backlot.model.shots.ShotsPackage#getShot_Scene()
	 * @model
	 * @generated
	 */
	Scene getScene();

	/**
	 * Sets the value of the '{@link org.backlot.model.shots.Shot#getScene <em>Scene</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scene</em>' reference.
	 * @see #getScene()
	 * @generated
	 */
	void setScene(Scene value);

	/**
	 * Returns the value of the '<em><b>Size</b></em>' attribute.
	 * The literals are from the enumeration {@link org.backlot.model.shots.ShotSize}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Size</em>' attribute.
	 * @see org.backlot.model.shots.ShotSize
	 * @see #setSize(ShotSize)
	 * @see org.backlot.model.shots.ShotsPackage#getShot_Size()
	 * @model
	 * @generated
	 */
	ShotSize getSize();

	/**
	 * Sets the value of the '{@link org.backlot.model.shots.Shot#getSize <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Size</em>' attribute.
	 * @see org.backlot.model.shots.ShotSize
	 * @see #getSize()
	 * @generated
	 */
	void setSize(ShotSize value);

	/**
	 * Returns the value of the '<em><b>Angle</b></em>' attribute.
	 * The literals are from the enumeration {@link org.backlot.model.shots.CameraAngle}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Angle</em>' attribute.
	 * @see org.backlot.model.shots.CameraAngle
	 * @see #setAngle(CameraAngle)
	 * @see org.backlot.model.shots.ShotsPackage#getShot_Angle()
	 * @model
	 * @generated
	 */
	CameraAngle getAngle();

	/**
	 * Sets the value of the '{@link org.backlot.model.shots.Shot#getAngle <em>Angle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Angle</em>' attribute.
	 * @see org.backlot.model.shots.CameraAngle
	 * @see #getAngle()
	 * @generated
	 */
	void setAngle(CameraAngle value);

	/**
	 * Returns the value of the '<em><b>Movement</b></em>' attribute.
	 * The literals are from the enumeration {@link org.backlot.model.shots.CameraMovement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Movement</em>' attribute.
	 * @see org.backlot.model.shots.CameraMovement
	 * @see #setMovement(CameraMovement)
	 * @see org.backlot.model.shots.ShotsPackage#getShot_Movement()
	 * @model
	 * @generated
	 */
	CameraMovement getMovement();

	/**
	 * Sets the value of the '{@link org.backlot.model.shots.Shot#getMovement <em>Movement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Movement</em>' attribute.
	 * @see org.backlot.model.shots.CameraMovement
	 * @see #getMovement()
	 * @generated
	 */
	void setMovement(CameraMovement value);

	/**
	 * Returns the value of the '<em><b>Lens Mm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lens Mm</em>' attribute.
	 * @see #setLensMm(double)
	 * @see org.backlot.model.shots.ShotsPackage#getShot_LensMm()
	 * @model
	 * @generated
	 */
	double getLensMm();

	/**
	 * Sets the value of the '{@link org.backlot.model.shots.Shot#getLensMm <em>Lens Mm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lens Mm</em>' attribute.
	 * @see #getLensMm()
	 * @generated
	 */
	void setLensMm(double value);

	/**
	 * Returns the value of the '<em><b>Setup</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Setup</em>' reference.
	 * @see #setSetup(CameraSetup)
	 * @see org.backlot.model.shots.ShotsPackage#getShot_Setup()
	 * @model
	 * @generated
	 */
	CameraSetup getSetup();

	/**
	 * Sets the value of the '{@link org.backlot.model.shots.Shot#getSetup <em>Setup</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Setup</em>' reference.
	 * @see #getSetup()
	 * @generated
	 */
	void setSetup(CameraSetup value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.backlot.model.shots.ShotsPackage#getShot_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.backlot.model.shots.Shot#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Setup Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Setup Minutes</em>' attribute.
	 * @see #setSetupMinutes(int)
	 * @see org.backlot.model.shots.ShotsPackage#getShot_SetupMinutes()
	 * @model
	 * @generated
	 */
	int getSetupMinutes();

	/**
	 * Sets the value of the '{@link org.backlot.model.shots.Shot#getSetupMinutes <em>Setup Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Setup Minutes</em>' attribute.
	 * @see #getSetupMinutes()
	 * @generated
	 */
	void setSetupMinutes(int value);

	/**
	 * Returns the value of the '<em><b>Shoot Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Shoot Minutes</em>' attribute.
	 * @see #setShootMinutes(int)
	 * @see org.backlot.model.shots.ShotsPackage#getShot_ShootMinutes()
	 * @model
	 * @generated
	 */
	int getShootMinutes();

	/**
	 * Sets the value of the '{@link org.backlot.model.shots.Shot#getShootMinutes <em>Shoot Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Shoot Minutes</em>' attribute.
	 * @see #getShootMinutes()
	 * @generated
	 */
	void setShootMinutes(int value);

	/**
	 * Returns the value of the '<em><b>Frames</b></em>' containment reference list.
	 * The list contents are of type {@link org.backlot.model.shots.StoryboardFrame}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Frames</em>' containment reference list.
	 * @see org.backlot.model.shots.ShotsPackage#getShot_Frames()
	 * @model containment="true"
	 * @generated
	 */
	EList<StoryboardFrame> getFrames();

} // Shot
