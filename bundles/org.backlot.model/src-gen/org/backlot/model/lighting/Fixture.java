/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.lighting;

import org.backlot.model.production.Identified;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Fixture</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A lamp placed on a set.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.backlot.model.lighting.Fixture#getName <em>Name</em>}</li>
 *   <li>{@link org.backlot.model.lighting.Fixture#getType <em>Type</em>}</li>
 *   <li>{@link org.backlot.model.lighting.Fixture#getX <em>X</em>}</li>
 *   <li>{@link org.backlot.model.lighting.Fixture#getY <em>Y</em>}</li>
 *   <li>{@link org.backlot.model.lighting.Fixture#getZ <em>Z</em>}</li>
 *   <li>{@link org.backlot.model.lighting.Fixture#getPan <em>Pan</em>}</li>
 *   <li>{@link org.backlot.model.lighting.Fixture#getTilt <em>Tilt</em>}</li>
 *   <li>{@link org.backlot.model.lighting.Fixture#getDimmer <em>Dimmer</em>}</li>
 *   <li>{@link org.backlot.model.lighting.Fixture#getGel <em>Gel</em>}</li>
 *   <li>{@link org.backlot.model.lighting.Fixture#getDiffusion <em>Diffusion</em>}</li>
 *   <li>{@link org.backlot.model.lighting.Fixture#isOff <em>Off</em>}</li>
 * </ul>
 *
 * @see org.backlot.model.lighting.LightingPackage#getFixture()
 * @model
 * @generated
 */
public interface Fixture extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.backlot.model.lighting.LightingPackage#getFixture_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.backlot.model.lighting.Fixture#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' reference.
	 * @see #setType(FixtureType)
	 * @see org.backlot.model.lighting.LightingPackage#getFixture_Type()
	 * @model
	 * @generated
	 */
	FixtureType getType();

	/**
	 * Sets the value of the '{@link org.backlot.model.lighting.Fixture#getType <em>Type</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' reference.
	 * @see #getType()
	 * @generated
	 */
	void setType(FixtureType value);

	/**
	 * Returns the value of the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>X</em>' attribute.
	 * @see #setX(double)
	 * @see org.backlot.model.lighting.LightingPackage#getFixture_X()
	 * @model
	 * @generated
	 */
	double getX();

	/**
	 * Sets the value of the '{@link org.backlot.model.lighting.Fixture#getX <em>X</em>}' attribute.
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
	 * @see org.backlot.model.lighting.LightingPackage#getFixture_Y()
	 * @model
	 * @generated
	 */
	double getY();

	/**
	 * Sets the value of the '{@link org.backlot.model.lighting.Fixture#getY <em>Y</em>}' attribute.
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
	 * @see org.backlot.model.lighting.LightingPackage#getFixture_Z()
	 * @model
	 * @generated
	 */
	double getZ();

	/**
	 * Sets the value of the '{@link org.backlot.model.lighting.Fixture#getZ <em>Z</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Z</em>' attribute.
	 * @see #getZ()
	 * @generated
	 */
	void setZ(double value);

	/**
	 * Returns the value of the '<em><b>Pan</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pan</em>' attribute.
	 * @see #setPan(double)
	 * @see org.backlot.model.lighting.LightingPackage#getFixture_Pan()
	 * @model
	 * @generated
	 */
	double getPan();

	/**
	 * Sets the value of the '{@link org.backlot.model.lighting.Fixture#getPan <em>Pan</em>}' attribute.
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
	 * @see org.backlot.model.lighting.LightingPackage#getFixture_Tilt()
	 * @model
	 * @generated
	 */
	double getTilt();

	/**
	 * Sets the value of the '{@link org.backlot.model.lighting.Fixture#getTilt <em>Tilt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tilt</em>' attribute.
	 * @see #getTilt()
	 * @generated
	 */
	void setTilt(double value);

	/**
	 * Returns the value of the '<em><b>Dimmer</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 0 to 1.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dimmer</em>' attribute.
	 * @see #setDimmer(double)
	 * @see org.backlot.model.lighting.LightingPackage#getFixture_Dimmer()
	 * @model default="1.0"
	 * @generated
	 */
	double getDimmer();

	/**
	 * Sets the value of the '{@link org.backlot.model.lighting.Fixture#getDimmer <em>Dimmer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dimmer</em>' attribute.
	 * @see #getDimmer()
	 * @generated
	 */
	void setDimmer(double value);

	/**
	 * Returns the value of the '<em><b>Gel</b></em>' attribute.
	 * The literals are from the enumeration {@link org.backlot.model.lighting.Gel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Gel</em>' attribute.
	 * @see org.backlot.model.lighting.Gel
	 * @see #setGel(Gel)
	 * @see org.backlot.model.lighting.LightingPackage#getFixture_Gel()
	 * @model
	 * @generated
	 */
	Gel getGel();

	/**
	 * Sets the value of the '{@link org.backlot.model.lighting.Fixture#getGel <em>Gel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gel</em>' attribute.
	 * @see org.backlot.model.lighting.Gel
	 * @see #getGel()
	 * @generated
	 */
	void setGel(Gel value);

	/**
	 * Returns the value of the '<em><b>Diffusion</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 0 (none) to 1 (full).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Diffusion</em>' attribute.
	 * @see #setDiffusion(double)
	 * @see org.backlot.model.lighting.LightingPackage#getFixture_Diffusion()
	 * @model
	 * @generated
	 */
	double getDiffusion();

	/**
	 * Sets the value of the '{@link org.backlot.model.lighting.Fixture#getDiffusion <em>Diffusion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Diffusion</em>' attribute.
	 * @see #getDiffusion()
	 * @generated
	 */
	void setDiffusion(double value);

	/**
	 * Returns the value of the '<em><b>Off</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Switched off: kept in the plot, gives no light.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Off</em>' attribute.
	 * @see #setOff(boolean)
	 * @see org.backlot.model.lighting.LightingPackage#getFixture_Off()
	 * @model
	 * @generated
	 */
	boolean isOff();

	/**
	 * Sets the value of the '{@link org.backlot.model.lighting.Fixture#isOff <em>Off</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Off</em>' attribute.
	 * @see #isOff()
	 * @generated
	 */
	void setOff(boolean value);

} // Fixture
