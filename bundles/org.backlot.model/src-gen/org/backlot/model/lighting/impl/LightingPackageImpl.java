/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.lighting.impl;

import org.backlot.model.breakdown.BreakdownPackage;

import org.backlot.model.breakdown.impl.BreakdownPackageImpl;

import org.backlot.model.lighting.DimmerCurve;
import org.backlot.model.lighting.Fixture;
import org.backlot.model.lighting.FixtureKind;
import org.backlot.model.lighting.FixtureType;
import org.backlot.model.lighting.Gel;
import org.backlot.model.lighting.LedWall;
import org.backlot.model.lighting.LightingFactory;
import org.backlot.model.lighting.LightingPackage;
import org.backlot.model.lighting.LightingPlan;
import org.backlot.model.lighting.LightingSetup;
import org.backlot.model.lighting.Look;
import org.backlot.model.lighting.SetGeometry;
import org.backlot.model.lighting.SetPiece;
import org.backlot.model.lighting.Wall;

import org.backlot.model.permits.PermitsPackage;

import org.backlot.model.permits.impl.PermitsPackageImpl;

import org.backlot.model.production.ProductionPackage;

import org.backlot.model.production.impl.ProductionPackageImpl;

import org.backlot.model.schedule.SchedulePackage;

import org.backlot.model.schedule.impl.SchedulePackageImpl;

import org.backlot.model.script.ScriptPackage;

import org.backlot.model.script.impl.ScriptPackageImpl;

import org.backlot.model.shots.ShotsPackage;

import org.backlot.model.shots.impl.ShotsPackageImpl;

import org.backlot.model.studio.StudioPackage;

import org.backlot.model.studio.impl.StudioPackageImpl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class LightingPackageImpl extends EPackageImpl implements LightingPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass lightingPlanEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass fixtureTypeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass fixtureEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass lightingSetupEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass lookEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass setGeometryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass wallEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass setPieceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass ledWallEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum fixtureKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum gelEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum dimmerCurveEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.backlot.model.lighting.LightingPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private LightingPackageImpl() {
		super(eNS_URI, LightingFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link LightingPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static LightingPackage init() {
		if (isInited) return (LightingPackage)EPackage.Registry.INSTANCE.getEPackage(LightingPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredLightingPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		LightingPackageImpl theLightingPackage = registeredLightingPackage instanceof LightingPackageImpl ? (LightingPackageImpl)registeredLightingPackage : new LightingPackageImpl();

		isInited = true;

		// Obtain or create and register interdependencies
		Object registeredPackage = EPackage.Registry.INSTANCE.getEPackage(ProductionPackage.eNS_URI);
		ProductionPackageImpl theProductionPackage = (ProductionPackageImpl)(registeredPackage instanceof ProductionPackageImpl ? registeredPackage : ProductionPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(ScriptPackage.eNS_URI);
		ScriptPackageImpl theScriptPackage = (ScriptPackageImpl)(registeredPackage instanceof ScriptPackageImpl ? registeredPackage : ScriptPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(BreakdownPackage.eNS_URI);
		BreakdownPackageImpl theBreakdownPackage = (BreakdownPackageImpl)(registeredPackage instanceof BreakdownPackageImpl ? registeredPackage : BreakdownPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(ShotsPackage.eNS_URI);
		ShotsPackageImpl theShotsPackage = (ShotsPackageImpl)(registeredPackage instanceof ShotsPackageImpl ? registeredPackage : ShotsPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(SchedulePackage.eNS_URI);
		SchedulePackageImpl theSchedulePackage = (SchedulePackageImpl)(registeredPackage instanceof SchedulePackageImpl ? registeredPackage : SchedulePackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(PermitsPackage.eNS_URI);
		PermitsPackageImpl thePermitsPackage = (PermitsPackageImpl)(registeredPackage instanceof PermitsPackageImpl ? registeredPackage : PermitsPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(StudioPackage.eNS_URI);
		StudioPackageImpl theStudioPackage = (StudioPackageImpl)(registeredPackage instanceof StudioPackageImpl ? registeredPackage : StudioPackage.eINSTANCE);

		// Create package meta-data objects
		theLightingPackage.createPackageContents();
		theProductionPackage.createPackageContents();
		theScriptPackage.createPackageContents();
		theBreakdownPackage.createPackageContents();
		theShotsPackage.createPackageContents();
		theSchedulePackage.createPackageContents();
		thePermitsPackage.createPackageContents();
		theStudioPackage.createPackageContents();

		// Initialize created meta-data
		theLightingPackage.initializePackageContents();
		theProductionPackage.initializePackageContents();
		theScriptPackage.initializePackageContents();
		theBreakdownPackage.initializePackageContents();
		theShotsPackage.initializePackageContents();
		theSchedulePackage.initializePackageContents();
		thePermitsPackage.initializePackageContents();
		theStudioPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theLightingPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(LightingPackage.eNS_URI, theLightingPackage);
		return theLightingPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLightingPlan() {
		return lightingPlanEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLightingPlan_Sets() {
		return (EReference)lightingPlanEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLightingPlan_Setups() {
		return (EReference)lightingPlanEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLightingPlan_Looks() {
		return (EReference)lightingPlanEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFixtureType() {
		return fixtureTypeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFixtureType_Name() {
		return (EAttribute)fixtureTypeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFixtureType_Kind() {
		return (EAttribute)fixtureTypeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFixtureType_PowerW() {
		return (EAttribute)fixtureTypeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFixtureType_Lumens() {
		return (EAttribute)fixtureTypeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFixtureType_Candela() {
		return (EAttribute)fixtureTypeEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFixtureType_BeamAngle() {
		return (EAttribute)fixtureTypeEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFixtureType_FieldAngle() {
		return (EAttribute)fixtureTypeEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFixtureType_Cct() {
		return (EAttribute)fixtureTypeEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFixtureType_Colour() {
		return (EAttribute)fixtureTypeEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFixtureType_SoftWidthM() {
		return (EAttribute)fixtureTypeEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFixtureType_SoftHeightM() {
		return (EAttribute)fixtureTypeEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFixtureType_PhotometricFile() {
		return (EAttribute)fixtureTypeEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFixtureType_DimmerCurve() {
		return (EAttribute)fixtureTypeEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFixture() {
		return fixtureEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFixture_Name() {
		return (EAttribute)fixtureEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFixture_Type() {
		return (EReference)fixtureEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFixture_X() {
		return (EAttribute)fixtureEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFixture_Y() {
		return (EAttribute)fixtureEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFixture_Z() {
		return (EAttribute)fixtureEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFixture_Pan() {
		return (EAttribute)fixtureEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFixture_Tilt() {
		return (EAttribute)fixtureEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFixture_Dimmer() {
		return (EAttribute)fixtureEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFixture_Gel() {
		return (EAttribute)fixtureEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFixture_Diffusion() {
		return (EAttribute)fixtureEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFixture_Off() {
		return (EAttribute)fixtureEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLightingSetup() {
		return lightingSetupEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLightingSetup_Name() {
		return (EAttribute)lightingSetupEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLightingSetup_CameraSetup() {
		return (EReference)lightingSetupEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLightingSetup_Set() {
		return (EReference)lightingSetupEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLightingSetup_Look() {
		return (EReference)lightingSetupEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLightingSetup_Fixtures() {
		return (EReference)lightingSetupEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLightingSetup_Iso() {
		return (EAttribute)lightingSetupEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLightingSetup_ShutterSeconds() {
		return (EAttribute)lightingSetupEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLook() {
		return lookEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLook_Name() {
		return (EAttribute)lookEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLook_KeyToFill() {
		return (EAttribute)lookEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLook_TargetStop() {
		return (EAttribute)lookEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLook_Cct() {
		return (EAttribute)lookEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLook_Description() {
		return (EAttribute)lookEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLook_KeyAzimuth() {
		return (EAttribute)lookEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLook_KeyElevation() {
		return (EAttribute)lookEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLook_SeparationStops() {
		return (EAttribute)lookEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLook_Preset() {
		return (EAttribute)lookEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSetGeometry() {
		return setGeometryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSetGeometry_Name() {
		return (EAttribute)setGeometryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSetGeometry_WidthM() {
		return (EAttribute)setGeometryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSetGeometry_DepthM() {
		return (EAttribute)setGeometryEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSetGeometry_HeightM() {
		return (EAttribute)setGeometryEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSetGeometry_FloorReflectance() {
		return (EAttribute)setGeometryEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSetGeometry_Walls() {
		return (EReference)setGeometryEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSetGeometry_Pieces() {
		return (EReference)setGeometryEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSetGeometry_LedWall() {
		return (EReference)setGeometryEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getWall() {
		return wallEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWall_X1() {
		return (EAttribute)wallEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWall_Y1() {
		return (EAttribute)wallEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWall_X2() {
		return (EAttribute)wallEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWall_Y2() {
		return (EAttribute)wallEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWall_Height() {
		return (EAttribute)wallEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWall_Reflectance() {
		return (EAttribute)wallEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSetPiece() {
		return setPieceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSetPiece_Name() {
		return (EAttribute)setPieceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSetPiece_X() {
		return (EAttribute)setPieceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSetPiece_Y() {
		return (EAttribute)setPieceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSetPiece_Z() {
		return (EAttribute)setPieceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSetPiece_Width() {
		return (EAttribute)setPieceEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSetPiece_Depth() {
		return (EAttribute)setPieceEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSetPiece_Height() {
		return (EAttribute)setPieceEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSetPiece_Rotation() {
		return (EAttribute)setPieceEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSetPiece_Reflectance() {
		return (EAttribute)setPieceEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSetPiece_MeshPath() {
		return (EAttribute)setPieceEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLedWall() {
		return ledWallEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLedWall_X1() {
		return (EAttribute)ledWallEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLedWall_Y1() {
		return (EAttribute)ledWallEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLedWall_X2() {
		return (EAttribute)ledWallEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLedWall_Y2() {
		return (EAttribute)ledWallEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLedWall_Bottom() {
		return (EAttribute)ledWallEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLedWall_Height() {
		return (EAttribute)ledWallEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLedWall_Nits() {
		return (EAttribute)ledWallEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLedWall_ImagePath() {
		return (EAttribute)ledWallEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getFixtureKind() {
		return fixtureKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getGel() {
		return gelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDimmerCurve() {
		return dimmerCurveEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LightingFactory getLightingFactory() {
		return (LightingFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		lightingPlanEClass = createEClass(LIGHTING_PLAN);
		createEReference(lightingPlanEClass, LIGHTING_PLAN__SETS);
		createEReference(lightingPlanEClass, LIGHTING_PLAN__SETUPS);
		createEReference(lightingPlanEClass, LIGHTING_PLAN__LOOKS);

		fixtureTypeEClass = createEClass(FIXTURE_TYPE);
		createEAttribute(fixtureTypeEClass, FIXTURE_TYPE__NAME);
		createEAttribute(fixtureTypeEClass, FIXTURE_TYPE__KIND);
		createEAttribute(fixtureTypeEClass, FIXTURE_TYPE__POWER_W);
		createEAttribute(fixtureTypeEClass, FIXTURE_TYPE__LUMENS);
		createEAttribute(fixtureTypeEClass, FIXTURE_TYPE__CANDELA);
		createEAttribute(fixtureTypeEClass, FIXTURE_TYPE__BEAM_ANGLE);
		createEAttribute(fixtureTypeEClass, FIXTURE_TYPE__FIELD_ANGLE);
		createEAttribute(fixtureTypeEClass, FIXTURE_TYPE__CCT);
		createEAttribute(fixtureTypeEClass, FIXTURE_TYPE__COLOUR);
		createEAttribute(fixtureTypeEClass, FIXTURE_TYPE__SOFT_WIDTH_M);
		createEAttribute(fixtureTypeEClass, FIXTURE_TYPE__SOFT_HEIGHT_M);
		createEAttribute(fixtureTypeEClass, FIXTURE_TYPE__PHOTOMETRIC_FILE);
		createEAttribute(fixtureTypeEClass, FIXTURE_TYPE__DIMMER_CURVE);

		fixtureEClass = createEClass(FIXTURE);
		createEAttribute(fixtureEClass, FIXTURE__NAME);
		createEReference(fixtureEClass, FIXTURE__TYPE);
		createEAttribute(fixtureEClass, FIXTURE__X);
		createEAttribute(fixtureEClass, FIXTURE__Y);
		createEAttribute(fixtureEClass, FIXTURE__Z);
		createEAttribute(fixtureEClass, FIXTURE__PAN);
		createEAttribute(fixtureEClass, FIXTURE__TILT);
		createEAttribute(fixtureEClass, FIXTURE__DIMMER);
		createEAttribute(fixtureEClass, FIXTURE__GEL);
		createEAttribute(fixtureEClass, FIXTURE__DIFFUSION);
		createEAttribute(fixtureEClass, FIXTURE__OFF);

		lightingSetupEClass = createEClass(LIGHTING_SETUP);
		createEAttribute(lightingSetupEClass, LIGHTING_SETUP__NAME);
		createEReference(lightingSetupEClass, LIGHTING_SETUP__CAMERA_SETUP);
		createEReference(lightingSetupEClass, LIGHTING_SETUP__SET);
		createEReference(lightingSetupEClass, LIGHTING_SETUP__LOOK);
		createEReference(lightingSetupEClass, LIGHTING_SETUP__FIXTURES);
		createEAttribute(lightingSetupEClass, LIGHTING_SETUP__ISO);
		createEAttribute(lightingSetupEClass, LIGHTING_SETUP__SHUTTER_SECONDS);

		lookEClass = createEClass(LOOK);
		createEAttribute(lookEClass, LOOK__NAME);
		createEAttribute(lookEClass, LOOK__KEY_TO_FILL);
		createEAttribute(lookEClass, LOOK__TARGET_STOP);
		createEAttribute(lookEClass, LOOK__CCT);
		createEAttribute(lookEClass, LOOK__DESCRIPTION);
		createEAttribute(lookEClass, LOOK__KEY_AZIMUTH);
		createEAttribute(lookEClass, LOOK__KEY_ELEVATION);
		createEAttribute(lookEClass, LOOK__SEPARATION_STOPS);
		createEAttribute(lookEClass, LOOK__PRESET);

		setGeometryEClass = createEClass(SET_GEOMETRY);
		createEAttribute(setGeometryEClass, SET_GEOMETRY__NAME);
		createEAttribute(setGeometryEClass, SET_GEOMETRY__WIDTH_M);
		createEAttribute(setGeometryEClass, SET_GEOMETRY__DEPTH_M);
		createEAttribute(setGeometryEClass, SET_GEOMETRY__HEIGHT_M);
		createEAttribute(setGeometryEClass, SET_GEOMETRY__FLOOR_REFLECTANCE);
		createEReference(setGeometryEClass, SET_GEOMETRY__WALLS);
		createEReference(setGeometryEClass, SET_GEOMETRY__PIECES);
		createEReference(setGeometryEClass, SET_GEOMETRY__LED_WALL);

		wallEClass = createEClass(WALL);
		createEAttribute(wallEClass, WALL__X1);
		createEAttribute(wallEClass, WALL__Y1);
		createEAttribute(wallEClass, WALL__X2);
		createEAttribute(wallEClass, WALL__Y2);
		createEAttribute(wallEClass, WALL__HEIGHT);
		createEAttribute(wallEClass, WALL__REFLECTANCE);

		setPieceEClass = createEClass(SET_PIECE);
		createEAttribute(setPieceEClass, SET_PIECE__NAME);
		createEAttribute(setPieceEClass, SET_PIECE__X);
		createEAttribute(setPieceEClass, SET_PIECE__Y);
		createEAttribute(setPieceEClass, SET_PIECE__Z);
		createEAttribute(setPieceEClass, SET_PIECE__WIDTH);
		createEAttribute(setPieceEClass, SET_PIECE__DEPTH);
		createEAttribute(setPieceEClass, SET_PIECE__HEIGHT);
		createEAttribute(setPieceEClass, SET_PIECE__ROTATION);
		createEAttribute(setPieceEClass, SET_PIECE__REFLECTANCE);
		createEAttribute(setPieceEClass, SET_PIECE__MESH_PATH);

		ledWallEClass = createEClass(LED_WALL);
		createEAttribute(ledWallEClass, LED_WALL__X1);
		createEAttribute(ledWallEClass, LED_WALL__Y1);
		createEAttribute(ledWallEClass, LED_WALL__X2);
		createEAttribute(ledWallEClass, LED_WALL__Y2);
		createEAttribute(ledWallEClass, LED_WALL__BOTTOM);
		createEAttribute(ledWallEClass, LED_WALL__HEIGHT);
		createEAttribute(ledWallEClass, LED_WALL__NITS);
		createEAttribute(ledWallEClass, LED_WALL__IMAGE_PATH);

		// Create enums
		fixtureKindEEnum = createEEnum(FIXTURE_KIND);
		gelEEnum = createEEnum(GEL);
		dimmerCurveEEnum = createEEnum(DIMMER_CURVE);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Obtain other dependent packages
		ProductionPackage theProductionPackage = (ProductionPackage)EPackage.Registry.INSTANCE.getEPackage(ProductionPackage.eNS_URI);
		ShotsPackage theShotsPackage = (ShotsPackage)EPackage.Registry.INSTANCE.getEPackage(ShotsPackage.eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		fixtureTypeEClass.getESuperTypes().add(theProductionPackage.getIdentified());
		fixtureEClass.getESuperTypes().add(theProductionPackage.getIdentified());
		lightingSetupEClass.getESuperTypes().add(theProductionPackage.getIdentified());
		lookEClass.getESuperTypes().add(theProductionPackage.getIdentified());
		setGeometryEClass.getESuperTypes().add(theProductionPackage.getIdentified());

		// Initialize classes, features, and operations; add parameters
		initEClass(lightingPlanEClass, LightingPlan.class, "LightingPlan", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getLightingPlan_Sets(), this.getSetGeometry(), null, "sets", null, 0, -1, LightingPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLightingPlan_Setups(), this.getLightingSetup(), null, "setups", null, 0, -1, LightingPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLightingPlan_Looks(), this.getLook(), null, "looks", null, 0, -1, LightingPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(fixtureTypeEClass, FixtureType.class, "FixtureType", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFixtureType_Name(), ecorePackage.getEString(), "name", null, 0, 1, FixtureType.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFixtureType_Kind(), this.getFixtureKind(), "kind", null, 0, 1, FixtureType.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFixtureType_PowerW(), ecorePackage.getEDouble(), "powerW", null, 0, 1, FixtureType.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFixtureType_Lumens(), ecorePackage.getEDouble(), "lumens", null, 0, 1, FixtureType.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFixtureType_Candela(), ecorePackage.getEDouble(), "candela", null, 0, 1, FixtureType.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFixtureType_BeamAngle(), ecorePackage.getEDouble(), "beamAngle", null, 0, 1, FixtureType.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFixtureType_FieldAngle(), ecorePackage.getEDouble(), "fieldAngle", null, 0, 1, FixtureType.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFixtureType_Cct(), ecorePackage.getEDouble(), "cct", null, 0, 1, FixtureType.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFixtureType_Colour(), ecorePackage.getEString(), "colour", null, 0, 1, FixtureType.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFixtureType_SoftWidthM(), ecorePackage.getEDouble(), "softWidthM", null, 0, 1, FixtureType.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFixtureType_SoftHeightM(), ecorePackage.getEDouble(), "softHeightM", null, 0, 1, FixtureType.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFixtureType_PhotometricFile(), ecorePackage.getEString(), "photometricFile", null, 0, 1, FixtureType.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFixtureType_DimmerCurve(), this.getDimmerCurve(), "dimmerCurve", null, 0, 1, FixtureType.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(fixtureEClass, Fixture.class, "Fixture", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFixture_Name(), ecorePackage.getEString(), "name", null, 0, 1, Fixture.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFixture_Type(), this.getFixtureType(), null, "type", null, 0, 1, Fixture.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFixture_X(), ecorePackage.getEDouble(), "x", null, 0, 1, Fixture.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFixture_Y(), ecorePackage.getEDouble(), "y", null, 0, 1, Fixture.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFixture_Z(), ecorePackage.getEDouble(), "z", null, 0, 1, Fixture.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFixture_Pan(), ecorePackage.getEDouble(), "pan", null, 0, 1, Fixture.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFixture_Tilt(), ecorePackage.getEDouble(), "tilt", null, 0, 1, Fixture.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFixture_Dimmer(), ecorePackage.getEDouble(), "dimmer", "1.0", 0, 1, Fixture.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFixture_Gel(), this.getGel(), "gel", null, 0, 1, Fixture.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFixture_Diffusion(), ecorePackage.getEDouble(), "diffusion", null, 0, 1, Fixture.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFixture_Off(), ecorePackage.getEBoolean(), "off", null, 0, 1, Fixture.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(lightingSetupEClass, LightingSetup.class, "LightingSetup", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLightingSetup_Name(), ecorePackage.getEString(), "name", null, 0, 1, LightingSetup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLightingSetup_CameraSetup(), theShotsPackage.getCameraSetup(), null, "cameraSetup", null, 0, 1, LightingSetup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLightingSetup_Set(), this.getSetGeometry(), null, "set", null, 0, 1, LightingSetup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLightingSetup_Look(), this.getLook(), null, "look", null, 0, 1, LightingSetup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLightingSetup_Fixtures(), this.getFixture(), null, "fixtures", null, 0, -1, LightingSetup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLightingSetup_Iso(), ecorePackage.getEDouble(), "iso", "800", 0, 1, LightingSetup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLightingSetup_ShutterSeconds(), ecorePackage.getEDouble(), "shutterSeconds", "0.0208333", 0, 1, LightingSetup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(lookEClass, Look.class, "Look", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLook_Name(), ecorePackage.getEString(), "name", null, 0, 1, Look.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLook_KeyToFill(), ecorePackage.getEDouble(), "keyToFill", null, 0, 1, Look.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLook_TargetStop(), ecorePackage.getEDouble(), "targetStop", null, 0, 1, Look.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLook_Cct(), ecorePackage.getEDouble(), "cct", null, 0, 1, Look.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLook_Description(), ecorePackage.getEString(), "description", null, 0, 1, Look.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLook_KeyAzimuth(), ecorePackage.getEDouble(), "keyAzimuth", "45", 0, 1, Look.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLook_KeyElevation(), ecorePackage.getEDouble(), "keyElevation", "35", 0, 1, Look.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLook_SeparationStops(), ecorePackage.getEDouble(), "separationStops", "1", 0, 1, Look.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLook_Preset(), ecorePackage.getEString(), "preset", null, 0, 1, Look.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(setGeometryEClass, SetGeometry.class, "SetGeometry", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSetGeometry_Name(), ecorePackage.getEString(), "name", null, 0, 1, SetGeometry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSetGeometry_WidthM(), ecorePackage.getEDouble(), "widthM", null, 0, 1, SetGeometry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSetGeometry_DepthM(), ecorePackage.getEDouble(), "depthM", null, 0, 1, SetGeometry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSetGeometry_HeightM(), ecorePackage.getEDouble(), "heightM", null, 0, 1, SetGeometry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSetGeometry_FloorReflectance(), ecorePackage.getEDouble(), "floorReflectance", "0.2", 0, 1, SetGeometry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSetGeometry_Walls(), this.getWall(), null, "walls", null, 0, -1, SetGeometry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSetGeometry_Pieces(), this.getSetPiece(), null, "pieces", null, 0, -1, SetGeometry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSetGeometry_LedWall(), this.getLedWall(), null, "ledWall", null, 0, 1, SetGeometry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(wallEClass, Wall.class, "Wall", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getWall_X1(), ecorePackage.getEDouble(), "x1", null, 0, 1, Wall.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWall_Y1(), ecorePackage.getEDouble(), "y1", null, 0, 1, Wall.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWall_X2(), ecorePackage.getEDouble(), "x2", null, 0, 1, Wall.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWall_Y2(), ecorePackage.getEDouble(), "y2", null, 0, 1, Wall.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWall_Height(), ecorePackage.getEDouble(), "height", null, 0, 1, Wall.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWall_Reflectance(), ecorePackage.getEDouble(), "reflectance", "0.5", 0, 1, Wall.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(setPieceEClass, SetPiece.class, "SetPiece", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSetPiece_Name(), ecorePackage.getEString(), "name", null, 0, 1, SetPiece.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSetPiece_X(), ecorePackage.getEDouble(), "x", null, 0, 1, SetPiece.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSetPiece_Y(), ecorePackage.getEDouble(), "y", null, 0, 1, SetPiece.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSetPiece_Z(), ecorePackage.getEDouble(), "z", null, 0, 1, SetPiece.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSetPiece_Width(), ecorePackage.getEDouble(), "width", null, 0, 1, SetPiece.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSetPiece_Depth(), ecorePackage.getEDouble(), "depth", null, 0, 1, SetPiece.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSetPiece_Height(), ecorePackage.getEDouble(), "height", null, 0, 1, SetPiece.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSetPiece_Rotation(), ecorePackage.getEDouble(), "rotation", null, 0, 1, SetPiece.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSetPiece_Reflectance(), ecorePackage.getEDouble(), "reflectance", "0.4", 0, 1, SetPiece.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSetPiece_MeshPath(), ecorePackage.getEString(), "meshPath", null, 0, 1, SetPiece.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(ledWallEClass, LedWall.class, "LedWall", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLedWall_X1(), ecorePackage.getEDouble(), "x1", null, 0, 1, LedWall.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLedWall_Y1(), ecorePackage.getEDouble(), "y1", null, 0, 1, LedWall.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLedWall_X2(), ecorePackage.getEDouble(), "x2", null, 0, 1, LedWall.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLedWall_Y2(), ecorePackage.getEDouble(), "y2", null, 0, 1, LedWall.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLedWall_Bottom(), ecorePackage.getEDouble(), "bottom", null, 0, 1, LedWall.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLedWall_Height(), ecorePackage.getEDouble(), "height", null, 0, 1, LedWall.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLedWall_Nits(), ecorePackage.getEDouble(), "nits", "1500", 0, 1, LedWall.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLedWall_ImagePath(), ecorePackage.getEString(), "imagePath", null, 0, 1, LedWall.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(fixtureKindEEnum, FixtureKind.class, "FixtureKind");
		addEEnumLiteral(fixtureKindEEnum, FixtureKind.FRESNEL_TUNGSTEN);
		addEEnumLiteral(fixtureKindEEnum, FixtureKind.FRESNEL_HMI);
		addEEnumLiteral(fixtureKindEEnum, FixtureKind.LED_PANEL);
		addEEnumLiteral(fixtureKindEEnum, FixtureKind.LED_TUBE);
		addEEnumLiteral(fixtureKindEEnum, FixtureKind.SOFTBOX);
		addEEnumLiteral(fixtureKindEEnum, FixtureKind.BOOK_LIGHT);
		addEEnumLiteral(fixtureKindEEnum, FixtureKind.PAR);
		addEEnumLiteral(fixtureKindEEnum, FixtureKind.ELLIPSOIDAL);
		addEEnumLiteral(fixtureKindEEnum, FixtureKind.PRACTICAL);
		addEEnumLiteral(fixtureKindEEnum, FixtureKind.SKY_PANEL);
		addEEnumLiteral(fixtureKindEEnum, FixtureKind.LED_VOLUME);

		initEEnum(gelEEnum, Gel.class, "Gel");
		addEEnumLiteral(gelEEnum, Gel.NONE);
		addEEnumLiteral(gelEEnum, Gel.CTO);
		addEEnumLiteral(gelEEnum, Gel.HALF_CTO);
		addEEnumLiteral(gelEEnum, Gel.QUARTER_CTO);
		addEEnumLiteral(gelEEnum, Gel.CTB);
		addEEnumLiteral(gelEEnum, Gel.HALF_CTB);
		addEEnumLiteral(gelEEnum, Gel.QUARTER_CTB);
		addEEnumLiteral(gelEEnum, Gel.PLUS_GREEN);
		addEEnumLiteral(gelEEnum, Gel.MINUS_GREEN);

		initEEnum(dimmerCurveEEnum, DimmerCurve.class, "DimmerCurve");
		addEEnumLiteral(dimmerCurveEEnum, DimmerCurve.LINEAR);
		addEEnumLiteral(dimmerCurveEEnum, DimmerCurve.SQUARE);
		addEEnumLiteral(dimmerCurveEEnum, DimmerCurve.SCURVE);
		addEEnumLiteral(dimmerCurveEEnum, DimmerCurve.EXPONENTIAL);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http://www.eclipse.org/emf/2002/GenModel
		createGenModelAnnotations();
	}

	/**
	 * Initializes the annotations for <b>http://www.eclipse.org/emf/2002/GenModel</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createGenModelAnnotations() {
		String source = "http://www.eclipse.org/emf/2002/GenModel";
		addAnnotation
		  (this,
		   source,
		   new String[] {
			   "documentation", "Fixtures, set geometry and lighting set-ups for the photometric previs."
		   });
		addAnnotation
		  (fixtureKindEEnum,
		   source,
		   new String[] {
			   "documentation", "Kinds of lamp."
		   });
		addAnnotation
		  (gelEEnum,
		   source,
		   new String[] {
			   "documentation", "Colour correction gels."
		   });
		addAnnotation
		  (dimmerCurveEEnum,
		   source,
		   new String[] {
			   "documentation", "How a fixture\'s output follows its dimmer setting."
		   });
		addAnnotation
		  (lightingPlanEClass,
		   source,
		   new String[] {
			   "documentation", "The lighting of a production: sets, set-ups and looks."
		   });
		addAnnotation
		  (fixtureTypeEClass,
		   source,
		   new String[] {
			   "documentation", "A lamp model with its photometric figures."
		   });
		addAnnotation
		  (getFixtureType_Candela(),
		   source,
		   new String[] {
			   "documentation", "Peak intensity on the beam axis."
		   });
		addAnnotation
		  (getFixtureType_BeamAngle(),
		   source,
		   new String[] {
			   "documentation", "Degrees where intensity is 50 % of the centre."
		   });
		addAnnotation
		  (getFixtureType_FieldAngle(),
		   source,
		   new String[] {
			   "documentation", "Degrees where it is 10 %."
		   });
		addAnnotation
		  (getFixtureType_Cct(),
		   source,
		   new String[] {
			   "documentation", "Correlated colour temperature in kelvin."
		   });
		addAnnotation
		  (getFixtureType_Colour(),
		   source,
		   new String[] {
			   "documentation", "#rrggbb for RGB sources."
		   });
		addAnnotation
		  (getFixtureType_SoftWidthM(),
		   source,
		   new String[] {
			   "documentation", "Size of a soft source; 0 for a point source."
		   });
		addAnnotation
		  (getFixtureType_PhotometricFile(),
		   source,
		   new String[] {
			   "documentation", "IES or EULUMDAT file."
		   });
		addAnnotation
		  (getFixtureType_DimmerCurve(),
		   source,
		   new String[] {
			   "documentation", "How output follows the dimmer."
		   });
		addAnnotation
		  (fixtureEClass,
		   source,
		   new String[] {
			   "documentation", "A lamp placed on a set."
		   });
		addAnnotation
		  (getFixture_Dimmer(),
		   source,
		   new String[] {
			   "documentation", "0 to 1."
		   });
		addAnnotation
		  (getFixture_Diffusion(),
		   source,
		   new String[] {
			   "documentation", "0 (none) to 1 (full)."
		   });
		addAnnotation
		  (getFixture_Off(),
		   source,
		   new String[] {
			   "documentation", "Switched off: kept in the plot, gives no light."
		   });
		addAnnotation
		  (lightingSetupEClass,
		   source,
		   new String[] {
			   "documentation", "The lamps of one camera set-up."
		   });
		addAnnotation
		  (getLightingSetup_Iso(),
		   source,
		   new String[] {
			   "documentation", "Camera sensitivity (ISO) for the exposure."
		   });
		addAnnotation
		  (getLightingSetup_ShutterSeconds(),
		   source,
		   new String[] {
			   "documentation", "Shutter time in seconds (1/48 for 180 degrees at 24 fps)."
		   });
		addAnnotation
		  (lookEClass,
		   source,
		   new String[] {
			   "documentation", "A lighting target: ratio, exposure, colour."
		   });
		addAnnotation
		  (getLook_KeyAzimuth(),
		   source,
		   new String[] {
			   "documentation", "Key direction around the subject in degrees from the camera axis (positive to camera left)."
		   });
		addAnnotation
		  (getLook_KeyElevation(),
		   source,
		   new String[] {
			   "documentation", "Key height above the subject\'s eyes in degrees."
		   });
		addAnnotation
		  (getLook_SeparationStops(),
		   source,
		   new String[] {
			   "documentation", "Subject brighter than the background by this many stops."
		   });
		addAnnotation
		  (getLook_Preset(),
		   source,
		   new String[] {
			   "documentation", "The built-in look this one started from, if any."
		   });
		addAnnotation
		  (setGeometryEClass,
		   source,
		   new String[] {
			   "documentation", "A set\'s floor, walls and pieces for the light calculation."
		   });
		addAnnotation
		  (wallEClass,
		   source,
		   new String[] {
			   "documentation", "A wall segment."
		   });
		addAnnotation
		  (setPieceEClass,
		   source,
		   new String[] {
			   "documentation", "A box-shaped piece of the set."
		   });
		addAnnotation
		  (getSetPiece_MeshPath(),
		   source,
		   new String[] {
			   "documentation", "A Wavefront OBJ mesh (metres, z up) placed at the piece instead of a box; relative to the production file."
		   });
		addAnnotation
		  (ledWallEClass,
		   source,
		   new String[] {
			   "documentation", "The LED volume as an area light showing a picture."
		   });
		addAnnotation
		  (getLedWall_Nits(),
		   source,
		   new String[] {
			   "documentation", "Brightness in cd/m\u00b2."
		   });
	}

} //LightingPackageImpl
