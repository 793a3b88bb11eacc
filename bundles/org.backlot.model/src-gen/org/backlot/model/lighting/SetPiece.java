/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.lighting;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Set Piece</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A box-shaped piece of the set.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.backlot.model.lighting.SetPiece#getName <em>Name</em>}</li>
 *   <li>{@link org.backlot.model.lighting.SetPiece#getX <em>X</em>}</li>
 *   <li>{@link org.backlot.model.lighting.SetPiece#getY <em>Y</em>}</li>
 *   <li>{@link org.backlot.model.lighting.SetPiece#getZ <em>Z</em>}</li>
 *   <li>{@link org.backlot.model.lighting.SetPiece#getWidth <em>Width</em>}</li>
 *   <li>{@link org.backlot.model.lighting.SetPiece#getDepth <em>Depth</em>}</li>
 *   <li>{@link org.backlot.model.lighting.SetPiece#getHeight <em>Height</em>}</li>
 *   <li>{@link org.backlot.model.lighting.SetPiece#getRotation <em>Rotation</em>}</li>
 *   <li>{@link org.backlot.model.lighting.SetPiece#getReflectance <em>Reflectance</em>}</li>
 *   <li>{@link org.backlot.model.lighting.SetPiece#getMeshPath <em>Mesh Path</em>}</li>
 * </ul>
 *
 * @see org.backlot.model.lighting.LightingPackage#getSetPiece()
 * @model
 * @generated
 */
public interface SetPiece extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.backlot.model.lighting.LightingPackage#getSetPiece_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.backlot.model.lighting.SetPiece#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>X</em>' attribute.
	 * @see #setX(double)
	 * @see org.backlot.model.lighting.LightingPackage#getSetPiece_X()
	 * @model
	 * @generated
	 */
	double getX();

	/**
	 * Sets the value of the '{@link org.backlot.model.lighting.SetPiece#getX <em>X</em>}' attribute.
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
	 * @see org.backlot.model.lighting.LightingPackage#getSetPiece_Y()
	 * @model
	 * @generated
	 */
	double getY();

	/**
	 * Sets the value of the '{@link org.backlot.model.lighting.SetPiece#getY <em>Y</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Y</em>' attribute.
	 * @see #getY()
	 * @generated
	 */
	void setY(double value);

	/**
	 * Returns the value of the '<em><b>Z</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Z</em>' attribute.
	 * @see #setZ(double)
	 * @see org.backlot.model.lighting.LightingPackage#getSetPiece_Z()
	 * @model
	 * @generated
	 */
	double getZ();

	/**
	 * Sets the value of the '{@link org.backlot.model.lighting.SetPiece#getZ <em>Z</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Z</em>' attribute.
	 * @see #getZ()
	 * @generated
	 */
	void setZ(double value);

	/**
	 * Returns the value of the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Width</em>' attribute.
	 * @see #setWidth(double)
	 * @see org.backlot.model.lighting.LightingPackage#getSetPiece_Width()
	 * @model
	 * @generated
	 */
	double getWidth();

	/**
	 * Sets the value of the '{@link org.backlot.model.lighting.SetPiece#getWidth <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Width</em>' attribute.
	 * @see #getWidth()
	 * @generated
	 */
	void setWidth(double value);

	/**
	 * Returns the value of the '<em><b>Depth</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Depth</em>' attribute.
	 * @see #setDepth(double)
	 * @see org.backlot.model.lighting.LightingPackage#getSetPiece_Depth()
	 * @model
	 * @generated
	 */
	double getDepth();

	/**
	 * Sets the value of the '{@link org.backlot.model.lighting.SetPiece#getDepth <em>Depth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Depth</em>' attribute.
	 * @see #getDepth()
	 * @generated
	 */
	void setDepth(double value);

	/**
	 * Returns the value of the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Height</em>' attribute.
	 * @see #setHeight(double)
	 * @see org.backlot.model.lighting.LightingPackage#getSetPiece_Height()
	 * @model
	 * @generated
	 */
	double getHeight();

	/**
	 * Sets the value of the '{@link org.backlot.model.lighting.SetPiece#getHeight <em>Height</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Height</em>' attribute.
	 * @see #getHeight()
	 * @generated
	 */
	void setHeight(double value);

	/**
	 * Returns the value of the '<em><b>Rotation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rotation</em>' attribute.
	 * @see #setRotation(double)
	 * @see org.backlot.model.lighting.LightingPackage#getSetPiece_Rotation()
	 * @model
	 * @generated
	 */
	double getRotation();

	/**
	 * Sets the value of the '{@link org.backlot.model.lighting.SetPiece#getRotation <em>Rotation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rotation</em>' attribute.
	 * @see #getRotation()
	 * @generated
	 */
	void setRotation(double value);

	/**
	 * Returns the value of the '<em><b>Reflectance</b></em>' attribute.
	 * The default value is <code>"0.4"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reflectance</em>' attribute.
	 * @see #setReflectance(double)
	 * @see org.backlot.model.lighting.LightingPackage#getSetPiece_Reflectance()
	 * @model default="0.4"
	 * @generated
	 */
	double getReflectance();

	/**
	 * Sets the value of the '{@link org.backlot.model.lighting.SetPiece#getReflectance <em>Reflectance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reflectance</em>' attribute.
	 * @see #getReflectance()
	 * @generated
	 */
	void setReflectance(double value);

	/**
	 * Returns the value of the '<em><b>Mesh Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A Wavefront OBJ mesh (metres, z up) placed at the piece instead of a box; relative to the production file.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mesh Path</em>' attribute.
	 * @see #setMeshPath(String)
	 * @see org.backlot.model.lighting.LightingPackage#getSetPiece_MeshPath()
	 * @model
	 * @generated
	 */
	String getMeshPath();

	/**
	 * Sets the value of the '{@link org.backlot.model.lighting.SetPiece#getMeshPath <em>Mesh Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mesh Path</em>' attribute.
	 * @see #getMeshPath()
	 * @generated
	 */
	void setMeshPath(String value);

} // SetPiece
