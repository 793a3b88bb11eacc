/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.lighting;

import org.backlot.model.production.Identified;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Set Geometry</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A set's floor, walls and pieces for the light calculation.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.backlot.model.lighting.SetGeometry#getName <em>Name</em>}</li>
 *   <li>{@link org.backlot.model.lighting.SetGeometry#getWidthM <em>Width M</em>}</li>
 *   <li>{@link org.backlot.model.lighting.SetGeometry#getDepthM <em>Depth M</em>}</li>
 *   <li>{@link org.backlot.model.lighting.SetGeometry#getHeightM <em>Height M</em>}</li>
 *   <li>{@link org.backlot.model.lighting.SetGeometry#getFloorReflectance <em>Floor Reflectance</em>}</li>
 *   <li>{@link org.backlot.model.lighting.SetGeometry#getWalls <em>Walls</em>}</li>
 *   <li>{@link org.backlot.model.lighting.SetGeometry#getPieces <em>Pieces</em>}</li>
 *   <li>{@link org.backlot.model.lighting.SetGeometry#getLedWall <em>Led Wall</em>}</li>
 * </ul>
 *
 * @see org.backlot.model.lighting.LightingPackage#getSetGeometry()
 * @model
 * @generated
 */
public interface SetGeometry extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.backlot.model.lighting.LightingPackage#getSetGeometry_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.backlot.model.lighting.SetGeometry#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Width M</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Width M</em>' attribute.
	 * @see #setWidthM(double)
	 * @see org.backlot.model.lighting.LightingPackage#getSetGeometry_WidthM()
	 * @model
	 * @generated
	 */
	double getWidthM();

	/**
	 * Sets the value of the '{@link org.backlot.model.lighting.SetGeometry#getWidthM <em>Width M</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Width M</em>' attribute.
	 * @see #getWidthM()
	 * @generated
	 */
	void setWidthM(double value);

	/**
	 * Returns the value of the '<em><b>Depth M</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Depth M</em>' attribute.
	 * @see #setDepthM(double)
	 * @see org.backlot.model.lighting.LightingPackage#getSetGeometry_DepthM()
	 * @model
	 * @generated
	 */
	double getDepthM();

	/**
	 * Sets the value of the '{@link org.backlot.model.lighting.SetGeometry#getDepthM <em>Depth M</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Depth M</em>' attribute.
	 * @see #getDepthM()
	 * @generated
	 */
	void setDepthM(double value);

	/**
	 * Returns the value of the '<em><b>Height M</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Height M</em>' attribute.
	 * @see #setHeightM(double)
	 * @see org.backlot.model.lighting.LightingPackage#getSetGeometry_HeightM()
	 * @model
	 * @generated
	 */
	double getHeightM();

	/**
	 * Sets the value of the '{@link org.backlot.model.lighting.SetGeometry#getHeightM <em>Height M</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Height M</em>' attribute.
	 * @see #getHeightM()
	 * @generated
	 */
	void setHeightM(double value);

	/**
	 * Returns the value of the '<em><b>Floor Reflectance</b></em>' attribute.
	 * The default value is <code>"0.2"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Floor Reflectance</em>' attribute.
	 * @see #setFloorReflectance(double)
	 * @see org.backlot.model.lighting.LightingPackage#getSetGeometry_FloorReflectance()
	 * @model default="0.2"
	 * @generated
	 */
	double getFloorReflectance();

	/**
	 * Sets the value of the '{@link org.backlot.model.lighting.SetGeometry#getFloorReflectance <em>Floor Reflectance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Floor Reflectance</em>' attribute.
	 * @see #getFloorReflectance()
	 * @generated
	 */
	void setFloorReflectance(double value);

	/**
	 * Returns the value of the '<em><b>Walls</b></em>' containment reference list.
	 * The list contents are of type {@link org.backlot.model.lighting.Wall}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Walls</em>' containment reference list.
	 * @see org.backlot.model.lighting.LightingPackage#getSetGeometry_Walls()
	 * @model containment="true"
	 * @generated
	 */
	EList<Wall> getWalls();

	/**
	 * Returns the value of the '<em><b>Pieces</b></em>' containment reference list.
	 * The list contents are of type {@link org.backlot.model.lighting.SetPiece}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pieces</em>' containment reference list.
	 * @see org.backlot.model.lighting.LightingPackage#getSetGeometry_Pieces()
	 * @model containment="true"
	 * @generated
	 */
	EList<SetPiece> getPieces();

	/**
	 * Returns the value of the '<em><b>Led Wall</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Led Wall</em>' containment reference.
	 * @see #setLedWall(LedWall)
	 * @see org.backlot.model.lighting.LightingPackage#getSetGeometry_LedWall()
	 * @model containment="true"
	 * @generated
	 */
	LedWall getLedWall();

	/**
	 * Sets the value of the '{@link org.backlot.model.lighting.SetGeometry#getLedWall <em>Led Wall</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Led Wall</em>' containment reference.
	 * @see #getLedWall()
	 * @generated
	 */
	void setLedWall(LedWall value);

} // SetGeometry
