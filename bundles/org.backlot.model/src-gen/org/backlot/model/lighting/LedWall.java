/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.lighting;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Led Wall</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The LED volume as an area light showing a picture.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.backlot.model.lighting.LedWall#getX1 <em>X1</em>}</li>
 *   <li>{@link org.backlot.model.lighting.LedWall#getY1 <em>Y1</em>}</li>
 *   <li>{@link org.backlot.model.lighting.LedWall#getX2 <em>X2</em>}</li>
 *   <li>{@link org.backlot.model.lighting.LedWall#getY2 <em>Y2</em>}</li>
 *   <li>{@link org.backlot.model.lighting.LedWall#getBottom <em>Bottom</em>}</li>
 *   <li>{@link org.backlot.model.lighting.LedWall#getHeight <em>Height</em>}</li>
 *   <li>{@link org.backlot.model.lighting.LedWall#getNits <em>Nits</em>}</li>
 *   <li>{@link org.backlot.model.lighting.LedWall#getImagePath <em>Image Path</em>}</li>
 * </ul>
 *
 * @see org.backlot.model.lighting.LightingPackage#getLedWall()
 * @model
 * @generated
 */
public interface LedWall extends EObject {
	/**
	 * Returns the value of the '<em><b>X1</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>X1</em>' attribute.
	 * @see #setX1(double)
	 * @see org.backlot.model.lighting.LightingPackage#getLedWall_X1()
	 * @model
	 * @generated
	 */
	double getX1();

	/**
	 * Sets the value of the '{@link org.backlot.model.lighting.LedWall#getX1 <em>X1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>X1</em>' attribute.
	 * @see #getX1()
	 * @generated
	 */
	void setX1(double value);

	/**
	 * Returns the value of the '<em><b>Y1</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Y1</em>' attribute.
	 * @see #setY1(double)
	 * @see org.backlot.model.lighting.LightingPackage#getLedWall_Y1()
	 * @model
	 * @generated
	 */
	double getY1();

	/**
	 * Sets the value of the '{@link org.backlot.model.lighting.LedWall#getY1 <em>Y1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Y1</em>' attribute.
	 * @see #getY1()
	 * @generated
	 */
	void setY1(double value);

	/**
	 * Returns the value of the '<em><b>X2</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>X2</em>' attribute.
	 * @see #setX2(double)
	 * @see org.backlot.model.lighting.LightingPackage#getLedWall_X2()
	 * @model
	 * @generated
	 */
	double getX2();

	/**
	 * Sets the value of the '{@link org.backlot.model.lighting.LedWall#getX2 <em>X2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>X2</em>' attribute.
	 * @see #getX2()
	 * @generated
	 */
	void setX2(double value);

	/**
	 * Returns the value of the '<em><b>Y2</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Y2</em>' attribute.
	 * @see #setY2(double)
	 * @see org.backlot.model.lighting.LightingPackage#getLedWall_Y2()
	 * @model
	 * @generated
	 */
	double getY2();

	/**
	 * Sets the value of the '{@link org.backlot.model.lighting.LedWall#getY2 <em>Y2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Y2</em>' attribute.
	 * @see #getY2()
	 * @generated
	 */
	void setY2(double value);

	/**
	 * Returns the value of the '<em><b>Bottom</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bottom</em>' attribute.
	 * @see #setBottom(double)
	 * @see org.backlot.model.lighting.LightingPackage#getLedWall_Bottom()
	 * @model
	 * @generated
	 */
	double getBottom();

	/**
	 * Sets the value of the '{@link org.backlot.model.lighting.LedWall#getBottom <em>Bottom</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bottom</em>' attribute.
	 * @see #getBottom()
	 * @generated
	 */
	void setBottom(double value);

	/**
	 * Returns the value of the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Height</em>' attribute.
	 * @see #setHeight(double)
	 * @see org.backlot.model.lighting.LightingPackage#getLedWall_Height()
	 * @model
	 * @generated
	 */
	double getHeight();

	/**
	 * Sets the value of the '{@link org.backlot.model.lighting.LedWall#getHeight <em>Height</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Height</em>' attribute.
	 * @see #getHeight()
	 * @generated
	 */
	void setHeight(double value);

	/**
	 * Returns the value of the '<em><b>Nits</b></em>' attribute.
	 * The default value is <code>"1500"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Brightness in cd/m².
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Nits</em>' attribute.
	 * @see #setNits(double)
	 * @see org.backlot.model.lighting.LightingPackage#getLedWall_Nits()
	 * @model default="1500"
	 * @generated
	 */
	double getNits();

	/**
	 * Sets the value of the '{@link org.backlot.model.lighting.LedWall#getNits <em>Nits</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Nits</em>' attribute.
	 * @see #getNits()
	 * @generated
	 */
	void setNits(double value);

	/**
	 * Returns the value of the '<em><b>Image Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Image Path</em>' attribute.
	 * @see #setImagePath(String)
	 * @see org.backlot.model.lighting.LightingPackage#getLedWall_ImagePath()
	 * @model
	 * @generated
	 */
	String getImagePath();

	/**
	 * Sets the value of the '{@link org.backlot.model.lighting.LedWall#getImagePath <em>Image Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Image Path</em>' attribute.
	 * @see #getImagePath()
	 * @generated
	 */
	void setImagePath(String value);

} // LedWall
