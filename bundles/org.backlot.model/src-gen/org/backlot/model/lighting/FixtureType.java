/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.lighting;

import org.backlot.model.production.Identified;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Fixture Type</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A lamp model with its photometric figures.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.backlot.model.lighting.FixtureType#getName <em>Name</em>}</li>
 *   <li>{@link org.backlot.model.lighting.FixtureType#getKind <em>Kind</em>}</li>
 *   <li>{@link org.backlot.model.lighting.FixtureType#getPowerW <em>Power W</em>}</li>
 *   <li>{@link org.backlot.model.lighting.FixtureType#getLumens <em>Lumens</em>}</li>
 *   <li>{@link org.backlot.model.lighting.FixtureType#getCandela <em>Candela</em>}</li>
 *   <li>{@link org.backlot.model.lighting.FixtureType#getBeamAngle <em>Beam Angle</em>}</li>
 *   <li>{@link org.backlot.model.lighting.FixtureType#getFieldAngle <em>Field Angle</em>}</li>
 *   <li>{@link org.backlot.model.lighting.FixtureType#getCct <em>Cct</em>}</li>
 *   <li>{@link org.backlot.model.lighting.FixtureType#getColour <em>Colour</em>}</li>
 *   <li>{@link org.backlot.model.lighting.FixtureType#getSoftWidthM <em>Soft Width M</em>}</li>
 *   <li>{@link org.backlot.model.lighting.FixtureType#getSoftHeightM <em>Soft Height M</em>}</li>
 *   <li>{@link org.backlot.model.lighting.FixtureType#getPhotometricFile <em>Photometric File</em>}</li>
 *   <li>{@link org.backlot.model.lighting.FixtureType#getDimmerCurve <em>Dimmer Curve</em>}</li>
 * </ul>
 *
 * @see org.backlot.model.lighting.LightingPackage#getFixtureType()
 * @model
 * @generated
 */
public interface FixtureType extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.backlot.model.lighting.LightingPackage#getFixtureType_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.backlot.model.lighting.FixtureType#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.backlot.model.lighting.FixtureKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.backlot.model.lighting.FixtureKind
	 * @see #setKind(FixtureKind)
	 * @see org.backlot.model.lighting.LightingPackage#getFixtureType_Kind()
	 * @model
	 * @generated
	 */
	FixtureKind getKind();

	/**
	 * Sets the value of the '{@link org.backlot.model.lighting.FixtureType#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.backlot.model.lighting.FixtureKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(FixtureKind value);

	/**
	 * Returns the value of the '<em><b>Power W</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Power W</em>' attribute.
	 * @see #setPowerW(double)
	 * @see org.backlot.model.lighting.LightingPackage#getFixtureType_PowerW()
	 * @model
	 * @generated
	 */
	double getPowerW();

	/**
	 * Sets the value of the '{@link org.backlot.model.lighting.FixtureType#getPowerW <em>Power W</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Power W</em>' attribute.
	 * @see #getPowerW()
	 * @generated
	 */
	void setPowerW(double value);

	/**
	 * Returns the value of the '<em><b>Lumens</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lumens</em>' attribute.
	 * @see #setLumens(double)
	 * @see org.backlot.model.lighting.LightingPackage#getFixtureType_Lumens()
	 * @model
	 * @generated
	 */
	double getLumens();

	/**
	 * Sets the value of the '{@link org.backlot.model.lighting.FixtureType#getLumens <em>Lumens</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lumens</em>' attribute.
	 * @see #getLumens()
	 * @generated
	 */
	void setLumens(double value);

	/**
	 * Returns the value of the '<em><b>Candela</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Peak intensity on the beam axis.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Candela</em>' attribute.
	 * @see #setCandela(double)
	 * @see org.backlot.model.lighting.LightingPackage#getFixtureType_Candela()
	 * @model
	 * @generated
	 */
	double getCandela();

	/**
	 * Sets the value of the '{@link org.backlot.model.lighting.FixtureType#getCandela <em>Candela</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Candela</em>' attribute.
	 * @see #getCandela()
	 * @generated
	 */
	void setCandela(double value);

	/**
	 * Returns the value of the '<em><b>Beam Angle</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Degrees where intensity is 50 % of the centre.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Beam Angle</em>' attribute.
	 * @see #setBeamAngle(double)
	 * @see org.backlot.model.lighting.LightingPackage#getFixtureType_BeamAngle()
	 * @model
	 * @generated
	 */
	double getBeamAngle();

	/**
	 * Sets the value of the '{@link org.backlot.model.lighting.FixtureType#getBeamAngle <em>Beam Angle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Beam Angle</em>' attribute.
	 * @see #getBeamAngle()
	 * @generated
	 */
	void setBeamAngle(double value);

	/**
	 * Returns the value of the '<em><b>Field Angle</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Degrees where it is 10 %.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Field Angle</em>' attribute.
	 * @see #setFieldAngle(double)
	 * @see org.backlot.model.lighting.LightingPackage#getFixtureType_FieldAngle()
	 * @model
	 * @generated
	 */
	double getFieldAngle();

	/**
	 * Sets the value of the '{@link org.backlot.model.lighting.FixtureType#getFieldAngle <em>Field Angle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Field Angle</em>' attribute.
	 * @see #getFieldAngle()
	 * @generated
	 */
	void setFieldAngle(double value);

	/**
	 * Returns the value of the '<em><b>Cct</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Correlated colour temperature in kelvin.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cct</em>' attribute.
	 * @see #setCct(double)
	 * @see org.backlot.model.lighting.LightingPackage#getFixtureType_Cct()
	 * @model
	 * @generated
	 */
	double getCct();

	/**
	 * Sets the value of the '{@link org.backlot.model.lighting.FixtureType#getCct <em>Cct</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cct</em>' attribute.
	 * @see #getCct()
	 * @generated
	 */
	void setCct(double value);

	/**
	 * Returns the value of the '<em><b>Colour</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * #rrggbb for RGB sources.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Colour</em>' attribute.
	 * @see #setColour(String)
	 * @see org.backlot.model.lighting.LightingPackage#getFixtureType_Colour()
	 * @model
	 * @generated
	 */
	String getColour();

	/**
	 * Sets the value of the '{@link org.backlot.model.lighting.FixtureType#getColour <em>Colour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Colour</em>' attribute.
	 * @see #getColour()
	 * @generated
	 */
	void setColour(String value);

	/**
	 * Returns the value of the '<em><b>Soft Width M</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Size of a soft source; 0 for a point source.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Soft Width M</em>' attribute.
	 * @see #setSoftWidthM(double)
	 * @see org.backlot.model.lighting.LightingPackage#getFixtureType_SoftWidthM()
	 * @model
	 * @generated
	 */
	double getSoftWidthM();

	/**
	 * Sets the value of the '{@link org.backlot.model.lighting.FixtureType#getSoftWidthM <em>Soft Width M</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Soft Width M</em>' attribute.
	 * @see #getSoftWidthM()
	 * @generated
	 */
	void setSoftWidthM(double value);

	/**
	 * Returns the value of the '<em><b>Soft Height M</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Soft Height M</em>' attribute.
	 * @see #setSoftHeightM(double)
	 * @see org.backlot.model.lighting.LightingPackage#getFixtureType_SoftHeightM()
	 * @model
	 * @generated
	 */
	double getSoftHeightM();

	/**
	 * Sets the value of the '{@link org.backlot.model.lighting.FixtureType#getSoftHeightM <em>Soft Height M</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Soft Height M</em>' attribute.
	 * @see #getSoftHeightM()
	 * @generated
	 */
	void setSoftHeightM(double value);

	/**
	 * Returns the value of the '<em><b>Photometric File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * IES or EULUMDAT file.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Photometric File</em>' attribute.
	 * @see #setPhotometricFile(String)
	 * @see org.backlot.model.lighting.LightingPackage#getFixtureType_PhotometricFile()
	 * @model
	 * @generated
	 */
	String getPhotometricFile();

	/**
	 * Sets the value of the '{@link org.backlot.model.lighting.FixtureType#getPhotometricFile <em>Photometric File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Photometric File</em>' attribute.
	 * @see #getPhotometricFile()
	 * @generated
	 */
	void setPhotometricFile(String value);

	/**
	 * Returns the value of the '<em><b>Dimmer Curve</b></em>' attribute.
	 * The literals are from the enumeration {@link org.backlot.model.lighting.DimmerCurve}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How output follows the dimmer.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dimmer Curve</em>' attribute.
	 * @see org.backlot.model.lighting.DimmerCurve
	 * @see #setDimmerCurve(DimmerCurve)
	 * @see org.backlot.model.lighting.LightingPackage#getFixtureType_DimmerCurve()
	 * @model
	 * @generated
	 */
	DimmerCurve getDimmerCurve();

	/**
	 * Sets the value of the '{@link org.backlot.model.lighting.FixtureType#getDimmerCurve <em>Dimmer Curve</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dimmer Curve</em>' attribute.
	 * @see org.backlot.model.lighting.DimmerCurve
	 * @see #getDimmerCurve()
	 * @generated
	 */
	void setDimmerCurve(DimmerCurve value);

} // FixtureType
