/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.lighting;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Wall</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A wall segment.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.backlot.model.lighting.Wall#getX1 <em>X1</em>}</li>
 *   <li>{@link org.backlot.model.lighting.Wall#getY1 <em>Y1</em>}</li>
 *   <li>{@link org.backlot.model.lighting.Wall#getX2 <em>X2</em>}</li>
 *   <li>{@link org.backlot.model.lighting.Wall#getY2 <em>Y2</em>}</li>
 *   <li>{@link org.backlot.model.lighting.Wall#getHeight <em>Height</em>}</li>
 *   <li>{@link org.backlot.model.lighting.Wall#getReflectance <em>Reflectance</em>}</li>
 * </ul>
 *
 * @see org.backlot.model.lighting.LightingPackage#getWall()
 * @model
 * @generated
 */
public interface Wall extends EObject {
	/**
	 * Returns the value of the '<em><b>X1</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>X1</em>' attribute.
	 * @see #setX1(double)
	 * @see org.backlot.model.lighting.LightingPackage#getWall_X1()
	 * @model
	 * @generated
	 */
	double getX1();

	/**
	 * Sets the value of the '{@link org.backlot.model.lighting.Wall#getX1 <em>X1</em>}' attribute.
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
	 * @see org.backlot.model.lighting.LightingPackage#getWall_Y1()
	 * @model
	 * @generated
	 */
	double getY1();

	/**
	 * Sets the value of the '{@link org.backlot.model.lighting.Wall#getY1 <em>Y1</em>}' attribute.
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
	 * @see org.backlot.model.lighting.LightingPackage#getWall_X2()
	 * @model
	 * @generated
	 */
	double getX2();

	/**
	 * Sets the value of the '{@link org.backlot.model.lighting.Wall#getX2 <em>X2</em>}' attribute.
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
	 * @see org.backlot.model.lighting.LightingPackage#getWall_Y2()
	 * @model
	 * @generated
	 */
	double getY2();

	/**
	 * Sets the value of the '{@link org.backlot.model.lighting.Wall#getY2 <em>Y2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Y2</em>' attribute.
	 * @see #getY2()
	 * @generated
	 */
	void setY2(double value);

	/**
	 * Returns the value of the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Height</em>' attribute.
	 * @see #setHeight(double)
	 * @see org.backlot.model.lighting.LightingPackage#getWall_Height()
	 * @model
	 * @generated
	 */
	double getHeight();

	/**
	 * Sets the value of the '{@link org.backlot.model.lighting.Wall#getHeight <em>Height</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Height</em>' attribute.
	 * @see #getHeight()
	 * @generated
	 */
	void setHeight(double value);

	/**
	 * Returns the value of the '<em><b>Reflectance</b></em>' attribute.
	 * The default value is <code>"0.5"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reflectance</em>' attribute.
	 * @see #setReflectance(double)
	 * @see org.backlot.model.lighting.LightingPackage#getWall_Reflectance()
	 * @model default="0.5"
	 * @generated
	 */
	double getReflectance();

	/**
	 * Sets the value of the '{@link org.backlot.model.lighting.Wall#getReflectance <em>Reflectance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reflectance</em>' attribute.
	 * @see #getReflectance()
	 * @generated
	 */
	void setReflectance(double value);

} // Wall
