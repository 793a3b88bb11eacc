/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.lighting.impl;

import org.backlot.model.lighting.*;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class LightingFactoryImpl extends EFactoryImpl implements LightingFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static LightingFactory init() {
		try {
			LightingFactory theLightingFactory = (LightingFactory)EPackage.Registry.INSTANCE.getEFactory(LightingPackage.eNS_URI);
			if (theLightingFactory != null) {
				return theLightingFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new LightingFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LightingFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case LightingPackage.LIGHTING_PLAN: return createLightingPlan();
			case LightingPackage.FIXTURE_TYPE: return createFixtureType();
			case LightingPackage.FIXTURE: return createFixture();
			case LightingPackage.LIGHTING_SETUP: return createLightingSetup();
			case LightingPackage.LOOK: return createLook();
			case LightingPackage.SET_GEOMETRY: return createSetGeometry();
			case LightingPackage.WALL: return createWall();
			case LightingPackage.SET_PIECE: return createSetPiece();
			case LightingPackage.LED_WALL: return createLedWall();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case LightingPackage.FIXTURE_KIND:
				return createFixtureKindFromString(eDataType, initialValue);
			case LightingPackage.GEL:
				return createGelFromString(eDataType, initialValue);
			case LightingPackage.DIMMER_CURVE:
				return createDimmerCurveFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case LightingPackage.FIXTURE_KIND:
				return convertFixtureKindToString(eDataType, instanceValue);
			case LightingPackage.GEL:
				return convertGelToString(eDataType, instanceValue);
			case LightingPackage.DIMMER_CURVE:
				return convertDimmerCurveToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LightingPlan createLightingPlan() {
		LightingPlanImpl lightingPlan = new LightingPlanImpl();
		return lightingPlan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FixtureType createFixtureType() {
		FixtureTypeImpl fixtureType = new FixtureTypeImpl();
		return fixtureType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Fixture createFixture() {
		FixtureImpl fixture = new FixtureImpl();
		return fixture;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LightingSetup createLightingSetup() {
		LightingSetupImpl lightingSetup = new LightingSetupImpl();
		return lightingSetup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Look createLook() {
		LookImpl look = new LookImpl();
		return look;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SetGeometry createSetGeometry() {
		SetGeometryImpl setGeometry = new SetGeometryImpl();
		return setGeometry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Wall createWall() {
		WallImpl wall = new WallImpl();
		return wall;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SetPiece createSetPiece() {
		SetPieceImpl setPiece = new SetPieceImpl();
		return setPiece;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LedWall createLedWall() {
		LedWallImpl ledWall = new LedWallImpl();
		return ledWall;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FixtureKind createFixtureKindFromString(EDataType eDataType, String initialValue) {
		FixtureKind result = FixtureKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertFixtureKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Gel createGelFromString(EDataType eDataType, String initialValue) {
		Gel result = Gel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertGelToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DimmerCurve createDimmerCurveFromString(EDataType eDataType, String initialValue) {
		DimmerCurve result = DimmerCurve.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDimmerCurveToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LightingPackage getLightingPackage() {
		return (LightingPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static LightingPackage getPackage() {
		return LightingPackage.eINSTANCE;
	}

} //LightingFactoryImpl
