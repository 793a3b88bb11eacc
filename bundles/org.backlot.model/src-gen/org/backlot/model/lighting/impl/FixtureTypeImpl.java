/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.lighting.impl;

import org.backlot.model.lighting.DimmerCurve;
import org.backlot.model.lighting.FixtureKind;
import org.backlot.model.lighting.FixtureType;
import org.backlot.model.lighting.LightingPackage;

import org.backlot.model.production.impl.IdentifiedImpl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Fixture Type</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.backlot.model.lighting.impl.FixtureTypeImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.backlot.model.lighting.impl.FixtureTypeImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.backlot.model.lighting.impl.FixtureTypeImpl#getPowerW <em>Power W</em>}</li>
 *   <li>{@link org.backlot.model.lighting.impl.FixtureTypeImpl#getLumens <em>Lumens</em>}</li>
 *   <li>{@link org.backlot.model.lighting.impl.FixtureTypeImpl#getCandela <em>Candela</em>}</li>
 *   <li>{@link org.backlot.model.lighting.impl.FixtureTypeImpl#getBeamAngle <em>Beam Angle</em>}</li>
 *   <li>{@link org.backlot.model.lighting.impl.FixtureTypeImpl#getFieldAngle <em>Field Angle</em>}</li>
 *   <li>{@link org.backlot.model.lighting.impl.FixtureTypeImpl#getCct <em>Cct</em>}</li>
 *   <li>{@link org.backlot.model.lighting.impl.FixtureTypeImpl#getColour <em>Colour</em>}</li>
 *   <li>{@link org.backlot.model.lighting.impl.FixtureTypeImpl#getSoftWidthM <em>Soft Width M</em>}</li>
 *   <li>{@link org.backlot.model.lighting.impl.FixtureTypeImpl#getSoftHeightM <em>Soft Height M</em>}</li>
 *   <li>{@link org.backlot.model.lighting.impl.FixtureTypeImpl#getPhotometricFile <em>Photometric File</em>}</li>
 *   <li>{@link org.backlot.model.lighting.impl.FixtureTypeImpl#getDimmerCurve <em>Dimmer Curve</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FixtureTypeImpl extends IdentifiedImpl implements FixtureType {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final FixtureKind KIND_EDEFAULT = FixtureKind.FRESNEL_TUNGSTEN;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected FixtureKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getPowerW() <em>Power W</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPowerW()
	 * @generated
	 * @ordered
	 */
	protected static final double POWER_W_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getPowerW() <em>Power W</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPowerW()
	 * @generated
	 * @ordered
	 */
	protected double powerW = POWER_W_EDEFAULT;

	/**
	 * The default value of the '{@link #getLumens() <em>Lumens</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLumens()
	 * @generated
	 * @ordered
	 */
	protected static final double LUMENS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getLumens() <em>Lumens</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLumens()
	 * @generated
	 * @ordered
	 */
	protected double lumens = LUMENS_EDEFAULT;

	/**
	 * The default value of the '{@link #getCandela() <em>Candela</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCandela()
	 * @generated
	 * @ordered
	 */
	protected static final double CANDELA_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getCandela() <em>Candela</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCandela()
	 * @generated
	 * @ordered
	 */
	protected double candela = CANDELA_EDEFAULT;

	/**
	 * The default value of the '{@link #getBeamAngle() <em>Beam Angle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBeamAngle()
	 * @generated
	 * @ordered
	 */
	protected static final double BEAM_ANGLE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getBeamAngle() <em>Beam Angle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBeamAngle()
	 * @generated
	 * @ordered
	 */
	protected double beamAngle = BEAM_ANGLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getFieldAngle() <em>Field Angle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFieldAngle()
	 * @generated
	 * @ordered
	 */
	protected static final double FIELD_ANGLE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getFieldAngle() <em>Field Angle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFieldAngle()
	 * @generated
	 * @ordered
	 */
	protected double fieldAngle = FIELD_ANGLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCct() <em>Cct</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCct()
	 * @generated
	 * @ordered
	 */
	protected static final double CCT_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getCct() <em>Cct</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCct()
	 * @generated
	 * @ordered
	 */
	protected double cct = CCT_EDEFAULT;

	/**
	 * The default value of the '{@link #getColour() <em>Colour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColour()
	 * @generated
	 * @ordered
	 */
	protected static final String COLOUR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getColour() <em>Colour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColour()
	 * @generated
	 * @ordered
	 */
	protected String colour = COLOUR_EDEFAULT;

	/**
	 * The default value of the '{@link #getSoftWidthM() <em>Soft Width M</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSoftWidthM()
	 * @generated
	 * @ordered
	 */
	protected static final double SOFT_WIDTH_M_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getSoftWidthM() <em>Soft Width M</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSoftWidthM()
	 * @generated
	 * @ordered
	 */
	protected double softWidthM = SOFT_WIDTH_M_EDEFAULT;

	/**
	 * The default value of the '{@link #getSoftHeightM() <em>Soft Height M</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSoftHeightM()
	 * @generated
	 * @ordered
	 */
	protected static final double SOFT_HEIGHT_M_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getSoftHeightM() <em>Soft Height M</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSoftHeightM()
	 * @generated
	 * @ordered
	 */
	protected double softHeightM = SOFT_HEIGHT_M_EDEFAULT;

	/**
	 * The default value of the '{@link #getPhotometricFile() <em>Photometric File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhotometricFile()
	 * @generated
	 * @ordered
	 */
	protected static final String PHOTOMETRIC_FILE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPhotometricFile() <em>Photometric File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhotometricFile()
	 * @generated
	 * @ordered
	 */
	protected String photometricFile = PHOTOMETRIC_FILE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDimmerCurve() <em>Dimmer Curve</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDimmerCurve()
	 * @generated
	 * @ordered
	 */
	protected static final DimmerCurve DIMMER_CURVE_EDEFAULT = DimmerCurve.LINEAR;

	/**
	 * The cached value of the '{@link #getDimmerCurve() <em>Dimmer Curve</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDimmerCurve()
	 * @generated
	 * @ordered
	 */
	protected DimmerCurve dimmerCurve = DIMMER_CURVE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FixtureTypeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LightingPackage.Literals.FIXTURE_TYPE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LightingPackage.FIXTURE_TYPE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FixtureKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(FixtureKind newKind) {
		FixtureKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LightingPackage.FIXTURE_TYPE__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getPowerW() {
		return powerW;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPowerW(double newPowerW) {
		double oldPowerW = powerW;
		powerW = newPowerW;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LightingPackage.FIXTURE_TYPE__POWER_W, oldPowerW, powerW));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getLumens() {
		return lumens;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLumens(double newLumens) {
		double oldLumens = lumens;
		lumens = newLumens;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LightingPackage.FIXTURE_TYPE__LUMENS, oldLumens, lumens));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getCandela() {
		return candela;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCandela(double newCandela) {
		double oldCandela = candela;
		candela = newCandela;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LightingPackage.FIXTURE_TYPE__CANDELA, oldCandela, candela));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getBeamAngle() {
		return beamAngle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBeamAngle(double newBeamAngle) {
		double oldBeamAngle = beamAngle;
		beamAngle = newBeamAngle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LightingPackage.FIXTURE_TYPE__BEAM_ANGLE, oldBeamAngle, beamAngle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getFieldAngle() {
		return fieldAngle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFieldAngle(double newFieldAngle) {
		double oldFieldAngle = fieldAngle;
		fieldAngle = newFieldAngle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LightingPackage.FIXTURE_TYPE__FIELD_ANGLE, oldFieldAngle, fieldAngle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getCct() {
		return cct;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCct(double newCct) {
		double oldCct = cct;
		cct = newCct;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LightingPackage.FIXTURE_TYPE__CCT, oldCct, cct));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getColour() {
		return colour;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setColour(String newColour) {
		String oldColour = colour;
		colour = newColour;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LightingPackage.FIXTURE_TYPE__COLOUR, oldColour, colour));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getSoftWidthM() {
		return softWidthM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSoftWidthM(double newSoftWidthM) {
		double oldSoftWidthM = softWidthM;
		softWidthM = newSoftWidthM;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LightingPackage.FIXTURE_TYPE__SOFT_WIDTH_M, oldSoftWidthM, softWidthM));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getSoftHeightM() {
		return softHeightM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSoftHeightM(double newSoftHeightM) {
		double oldSoftHeightM = softHeightM;
		softHeightM = newSoftHeightM;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LightingPackage.FIXTURE_TYPE__SOFT_HEIGHT_M, oldSoftHeightM, softHeightM));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPhotometricFile() {
		return photometricFile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPhotometricFile(String newPhotometricFile) {
		String oldPhotometricFile = photometricFile;
		photometricFile = newPhotometricFile;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LightingPackage.FIXTURE_TYPE__PHOTOMETRIC_FILE, oldPhotometricFile, photometricFile));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DimmerCurve getDimmerCurve() {
		return dimmerCurve;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDimmerCurve(DimmerCurve newDimmerCurve) {
		DimmerCurve oldDimmerCurve = dimmerCurve;
		dimmerCurve = newDimmerCurve == null ? DIMMER_CURVE_EDEFAULT : newDimmerCurve;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LightingPackage.FIXTURE_TYPE__DIMMER_CURVE, oldDimmerCurve, dimmerCurve));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LightingPackage.FIXTURE_TYPE__NAME:
				return getName();
			case LightingPackage.FIXTURE_TYPE__KIND:
				return getKind();
			case LightingPackage.FIXTURE_TYPE__POWER_W:
				return getPowerW();
			case LightingPackage.FIXTURE_TYPE__LUMENS:
				return getLumens();
			case LightingPackage.FIXTURE_TYPE__CANDELA:
				return getCandela();
			case LightingPackage.FIXTURE_TYPE__BEAM_ANGLE:
				return getBeamAngle();
			case LightingPackage.FIXTURE_TYPE__FIELD_ANGLE:
				return getFieldAngle();
			case LightingPackage.FIXTURE_TYPE__CCT:
				return getCct();
			case LightingPackage.FIXTURE_TYPE__COLOUR:
				return getColour();
			case LightingPackage.FIXTURE_TYPE__SOFT_WIDTH_M:
				return getSoftWidthM();
			case LightingPackage.FIXTURE_TYPE__SOFT_HEIGHT_M:
				return getSoftHeightM();
			case LightingPackage.FIXTURE_TYPE__PHOTOMETRIC_FILE:
				return getPhotometricFile();
			case LightingPackage.FIXTURE_TYPE__DIMMER_CURVE:
				return getDimmerCurve();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case LightingPackage.FIXTURE_TYPE__NAME:
				setName((String)newValue);
				return;
			case LightingPackage.FIXTURE_TYPE__KIND:
				setKind((FixtureKind)newValue);
				return;
			case LightingPackage.FIXTURE_TYPE__POWER_W:
				setPowerW((Double)newValue);
				return;
			case LightingPackage.FIXTURE_TYPE__LUMENS:
				setLumens((Double)newValue);
				return;
			case LightingPackage.FIXTURE_TYPE__CANDELA:
				setCandela((Double)newValue);
				return;
			case LightingPackage.FIXTURE_TYPE__BEAM_ANGLE:
				setBeamAngle((Double)newValue);
				return;
			case LightingPackage.FIXTURE_TYPE__FIELD_ANGLE:
				setFieldAngle((Double)newValue);
				return;
			case LightingPackage.FIXTURE_TYPE__CCT:
				setCct((Double)newValue);
				return;
			case LightingPackage.FIXTURE_TYPE__COLOUR:
				setColour((String)newValue);
				return;
			case LightingPackage.FIXTURE_TYPE__SOFT_WIDTH_M:
				setSoftWidthM((Double)newValue);
				return;
			case LightingPackage.FIXTURE_TYPE__SOFT_HEIGHT_M:
				setSoftHeightM((Double)newValue);
				return;
			case LightingPackage.FIXTURE_TYPE__PHOTOMETRIC_FILE:
				setPhotometricFile((String)newValue);
				return;
			case LightingPackage.FIXTURE_TYPE__DIMMER_CURVE:
				setDimmerCurve((DimmerCurve)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case LightingPackage.FIXTURE_TYPE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case LightingPackage.FIXTURE_TYPE__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case LightingPackage.FIXTURE_TYPE__POWER_W:
				setPowerW(POWER_W_EDEFAULT);
				return;
			case LightingPackage.FIXTURE_TYPE__LUMENS:
				setLumens(LUMENS_EDEFAULT);
				return;
			case LightingPackage.FIXTURE_TYPE__CANDELA:
				setCandela(CANDELA_EDEFAULT);
				return;
			case LightingPackage.FIXTURE_TYPE__BEAM_ANGLE:
				setBeamAngle(BEAM_ANGLE_EDEFAULT);
				return;
			case LightingPackage.FIXTURE_TYPE__FIELD_ANGLE:
				setFieldAngle(FIELD_ANGLE_EDEFAULT);
				return;
			case LightingPackage.FIXTURE_TYPE__CCT:
				setCct(CCT_EDEFAULT);
				return;
			case LightingPackage.FIXTURE_TYPE__COLOUR:
				setColour(COLOUR_EDEFAULT);
				return;
			case LightingPackage.FIXTURE_TYPE__SOFT_WIDTH_M:
				setSoftWidthM(SOFT_WIDTH_M_EDEFAULT);
				return;
			case LightingPackage.FIXTURE_TYPE__SOFT_HEIGHT_M:
				setSoftHeightM(SOFT_HEIGHT_M_EDEFAULT);
				return;
			case LightingPackage.FIXTURE_TYPE__PHOTOMETRIC_FILE:
				setPhotometricFile(PHOTOMETRIC_FILE_EDEFAULT);
				return;
			case LightingPackage.FIXTURE_TYPE__DIMMER_CURVE:
				setDimmerCurve(DIMMER_CURVE_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case LightingPackage.FIXTURE_TYPE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case LightingPackage.FIXTURE_TYPE__KIND:
				return kind != KIND_EDEFAULT;
			case LightingPackage.FIXTURE_TYPE__POWER_W:
				return powerW != POWER_W_EDEFAULT;
			case LightingPackage.FIXTURE_TYPE__LUMENS:
				return lumens != LUMENS_EDEFAULT;
			case LightingPackage.FIXTURE_TYPE__CANDELA:
				return candela != CANDELA_EDEFAULT;
			case LightingPackage.FIXTURE_TYPE__BEAM_ANGLE:
				return beamAngle != BEAM_ANGLE_EDEFAULT;
			case LightingPackage.FIXTURE_TYPE__FIELD_ANGLE:
				return fieldAngle != FIELD_ANGLE_EDEFAULT;
			case LightingPackage.FIXTURE_TYPE__CCT:
				return cct != CCT_EDEFAULT;
			case LightingPackage.FIXTURE_TYPE__COLOUR:
				return COLOUR_EDEFAULT == null ? colour != null : !COLOUR_EDEFAULT.equals(colour);
			case LightingPackage.FIXTURE_TYPE__SOFT_WIDTH_M:
				return softWidthM != SOFT_WIDTH_M_EDEFAULT;
			case LightingPackage.FIXTURE_TYPE__SOFT_HEIGHT_M:
				return softHeightM != SOFT_HEIGHT_M_EDEFAULT;
			case LightingPackage.FIXTURE_TYPE__PHOTOMETRIC_FILE:
				return PHOTOMETRIC_FILE_EDEFAULT == null ? photometricFile != null : !PHOTOMETRIC_FILE_EDEFAULT.equals(photometricFile);
			case LightingPackage.FIXTURE_TYPE__DIMMER_CURVE:
				return dimmerCurve != DIMMER_CURVE_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (name: ");
		result.append(name);
		result.append(", kind: ");
		result.append(kind);
		result.append(", powerW: ");
		result.append(powerW);
		result.append(", lumens: ");
		result.append(lumens);
		result.append(", candela: ");
		result.append(candela);
		result.append(", beamAngle: ");
		result.append(beamAngle);
		result.append(", fieldAngle: ");
		result.append(fieldAngle);
		result.append(", cct: ");
		result.append(cct);
		result.append(", colour: ");
		result.append(colour);
		result.append(", softWidthM: ");
		result.append(softWidthM);
		result.append(", softHeightM: ");
		result.append(softHeightM);
		result.append(", photometricFile: ");
		result.append(photometricFile);
		result.append(", dimmerCurve: ");
		result.append(dimmerCurve);
		result.append(')');
		return result.toString();
	}

} //FixtureTypeImpl
