/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.shots.impl;

import org.backlot.model.breakdown.BreakdownPackage;

import org.backlot.model.breakdown.impl.BreakdownPackageImpl;

import org.backlot.model.lighting.LightingPackage;

import org.backlot.model.lighting.impl.LightingPackageImpl;

import org.backlot.model.permits.PermitsPackage;

import org.backlot.model.permits.impl.PermitsPackageImpl;

import org.backlot.model.production.ProductionPackage;

import org.backlot.model.production.impl.ProductionPackageImpl;

import org.backlot.model.schedule.SchedulePackage;

import org.backlot.model.schedule.impl.SchedulePackageImpl;

import org.backlot.model.script.ScriptPackage;

import org.backlot.model.script.impl.ScriptPackageImpl;

import org.backlot.model.shots.ActorMark;
import org.backlot.model.shots.ActorMove;
import org.backlot.model.shots.CameraAngle;
import org.backlot.model.shots.CameraMovement;
import org.backlot.model.shots.CameraSetup;
import org.backlot.model.shots.SetPlan;
import org.backlot.model.shots.Shot;
import org.backlot.model.shots.ShotList;
import org.backlot.model.shots.ShotSize;
import org.backlot.model.shots.ShotsFactory;
import org.backlot.model.shots.ShotsPackage;
import org.backlot.model.shots.StoryboardFrame;

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
public class ShotsPackageImpl extends EPackageImpl implements ShotsPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass shotListEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass shotEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass cameraSetupEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass storyboardFrameEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass setPlanEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass actorMarkEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass actorMoveEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum shotSizeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum cameraAngleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum cameraMovementEEnum = null;

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
	 * @see org.backlot.model.shots.ShotsPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private ShotsPackageImpl() {
		super(eNS_URI, ShotsFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link ShotsPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static ShotsPackage init() {
		if (isInited) return (ShotsPackage)EPackage.Registry.INSTANCE.getEPackage(ShotsPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredShotsPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		ShotsPackageImpl theShotsPackage = registeredShotsPackage instanceof ShotsPackageImpl ? (ShotsPackageImpl)registeredShotsPackage : new ShotsPackageImpl();

		isInited = true;

		// Obtain or create and register interdependencies
		Object registeredPackage = EPackage.Registry.INSTANCE.getEPackage(ProductionPackage.eNS_URI);
		ProductionPackageImpl theProductionPackage = (ProductionPackageImpl)(registeredPackage instanceof ProductionPackageImpl ? registeredPackage : ProductionPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(ScriptPackage.eNS_URI);
		ScriptPackageImpl theScriptPackage = (ScriptPackageImpl)(registeredPackage instanceof ScriptPackageImpl ? registeredPackage : ScriptPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(BreakdownPackage.eNS_URI);
		BreakdownPackageImpl theBreakdownPackage = (BreakdownPackageImpl)(registeredPackage instanceof BreakdownPackageImpl ? registeredPackage : BreakdownPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(SchedulePackage.eNS_URI);
		SchedulePackageImpl theSchedulePackage = (SchedulePackageImpl)(registeredPackage instanceof SchedulePackageImpl ? registeredPackage : SchedulePackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(LightingPackage.eNS_URI);
		LightingPackageImpl theLightingPackage = (LightingPackageImpl)(registeredPackage instanceof LightingPackageImpl ? registeredPackage : LightingPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(PermitsPackage.eNS_URI);
		PermitsPackageImpl thePermitsPackage = (PermitsPackageImpl)(registeredPackage instanceof PermitsPackageImpl ? registeredPackage : PermitsPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(StudioPackage.eNS_URI);
		StudioPackageImpl theStudioPackage = (StudioPackageImpl)(registeredPackage instanceof StudioPackageImpl ? registeredPackage : StudioPackage.eINSTANCE);

		// Create package meta-data objects
		theShotsPackage.createPackageContents();
		theProductionPackage.createPackageContents();
		theScriptPackage.createPackageContents();
		theBreakdownPackage.createPackageContents();
		theSchedulePackage.createPackageContents();
		theLightingPackage.createPackageContents();
		thePermitsPackage.createPackageContents();
		theStudioPackage.createPackageContents();

		// Initialize created meta-data
		theShotsPackage.initializePackageContents();
		theProductionPackage.initializePackageContents();
		theScriptPackage.initializePackageContents();
		theBreakdownPackage.initializePackageContents();
		theSchedulePackage.initializePackageContents();
		theLightingPackage.initializePackageContents();
		thePermitsPackage.initializePackageContents();
		theStudioPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theShotsPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(ShotsPackage.eNS_URI, theShotsPackage);
		return theShotsPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getShotList() {
		return shotListEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getShotList_Shots() {
		return (EReference)shotListEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getShotList_Setups() {
		return (EReference)shotListEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getShotList_SetPlans() {
		return (EReference)shotListEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getShot() {
		return shotEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getShot_Number() {
		return (EAttribute)shotEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getShot_Scene() {
		return (EReference)shotEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getShot_Size() {
		return (EAttribute)shotEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getShot_Angle() {
		return (EAttribute)shotEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getShot_Movement() {
		return (EAttribute)shotEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getShot_LensMm() {
		return (EAttribute)shotEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getShot_Setup() {
		return (EReference)shotEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getShot_Description() {
		return (EAttribute)shotEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getShot_SetupMinutes() {
		return (EAttribute)shotEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getShot_ShootMinutes() {
		return (EAttribute)shotEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getShot_Frames() {
		return (EReference)shotEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCameraSetup() {
		return cameraSetupEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCameraSetup_Name() {
		return (EAttribute)cameraSetupEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCameraSetup_SetPlan() {
		return (EReference)cameraSetupEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCameraSetup_X() {
		return (EAttribute)cameraSetupEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCameraSetup_Y() {
		return (EAttribute)cameraSetupEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCameraSetup_Height() {
		return (EAttribute)cameraSetupEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCameraSetup_Pan() {
		return (EAttribute)cameraSetupEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCameraSetup_Tilt() {
		return (EAttribute)cameraSetupEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCameraSetup_LensMm() {
		return (EAttribute)cameraSetupEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCameraSetup_SensorWidthMm() {
		return (EAttribute)cameraSetupEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStoryboardFrame() {
		return storyboardFrameEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStoryboardFrame_ImagePath() {
		return (EAttribute)storyboardFrameEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStoryboardFrame_Caption() {
		return (EAttribute)storyboardFrameEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStoryboardFrame_Rendered() {
		return (EAttribute)storyboardFrameEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSetPlan() {
		return setPlanEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSetPlan_Name() {
		return (EAttribute)setPlanEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSetPlan_WidthM() {
		return (EAttribute)setPlanEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSetPlan_DepthM() {
		return (EAttribute)setPlanEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSetPlan_Geometry() {
		return (EReference)setPlanEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSetPlan_Marks() {
		return (EReference)setPlanEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSetPlan_Moves() {
		return (EReference)setPlanEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getActorMark() {
		return actorMarkEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActorMark_Name() {
		return (EAttribute)actorMarkEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getActorMark_Actor() {
		return (EReference)actorMarkEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActorMark_X() {
		return (EAttribute)actorMarkEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActorMark_Y() {
		return (EAttribute)actorMarkEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActorMark_Facing() {
		return (EAttribute)actorMarkEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getActorMove() {
		return actorMoveEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getActorMove_Actor() {
		return (EReference)actorMoveEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getActorMove_From() {
		return (EReference)actorMoveEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getActorMove_To() {
		return (EReference)actorMoveEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getShotSize() {
		return shotSizeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCameraAngle() {
		return cameraAngleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCameraMovement() {
		return cameraMovementEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ShotsFactory getShotsFactory() {
		return (ShotsFactory)getEFactoryInstance();
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
		shotListEClass = createEClass(SHOT_LIST);
		createEReference(shotListEClass, SHOT_LIST__SHOTS);
		createEReference(shotListEClass, SHOT_LIST__SETUPS);
		createEReference(shotListEClass, SHOT_LIST__SET_PLANS);

		shotEClass = createEClass(SHOT);
		createEAttribute(shotEClass, SHOT__NUMBER);
		createEReference(shotEClass, SHOT__SCENE);
		createEAttribute(shotEClass, SHOT__SIZE);
		createEAttribute(shotEClass, SHOT__ANGLE);
		createEAttribute(shotEClass, SHOT__MOVEMENT);
		createEAttribute(shotEClass, SHOT__LENS_MM);
		createEReference(shotEClass, SHOT__SETUP);
		createEAttribute(shotEClass, SHOT__DESCRIPTION);
		createEAttribute(shotEClass, SHOT__SETUP_MINUTES);
		createEAttribute(shotEClass, SHOT__SHOOT_MINUTES);
		createEReference(shotEClass, SHOT__FRAMES);

		cameraSetupEClass = createEClass(CAMERA_SETUP);
		createEAttribute(cameraSetupEClass, CAMERA_SETUP__NAME);
		createEReference(cameraSetupEClass, CAMERA_SETUP__SET_PLAN);
		createEAttribute(cameraSetupEClass, CAMERA_SETUP__X);
		createEAttribute(cameraSetupEClass, CAMERA_SETUP__Y);
		createEAttribute(cameraSetupEClass, CAMERA_SETUP__HEIGHT);
		createEAttribute(cameraSetupEClass, CAMERA_SETUP__PAN);
		createEAttribute(cameraSetupEClass, CAMERA_SETUP__TILT);
		createEAttribute(cameraSetupEClass, CAMERA_SETUP__LENS_MM);
		createEAttribute(cameraSetupEClass, CAMERA_SETUP__SENSOR_WIDTH_MM);

		storyboardFrameEClass = createEClass(STORYBOARD_FRAME);
		createEAttribute(storyboardFrameEClass, STORYBOARD_FRAME__IMAGE_PATH);
		createEAttribute(storyboardFrameEClass, STORYBOARD_FRAME__CAPTION);
		createEAttribute(storyboardFrameEClass, STORYBOARD_FRAME__RENDERED);

		setPlanEClass = createEClass(SET_PLAN);
		createEAttribute(setPlanEClass, SET_PLAN__NAME);
		createEAttribute(setPlanEClass, SET_PLAN__WIDTH_M);
		createEAttribute(setPlanEClass, SET_PLAN__DEPTH_M);
		createEReference(setPlanEClass, SET_PLAN__GEOMETRY);
		createEReference(setPlanEClass, SET_PLAN__MARKS);
		createEReference(setPlanEClass, SET_PLAN__MOVES);

		actorMarkEClass = createEClass(ACTOR_MARK);
		createEAttribute(actorMarkEClass, ACTOR_MARK__NAME);
		createEReference(actorMarkEClass, ACTOR_MARK__ACTOR);
		createEAttribute(actorMarkEClass, ACTOR_MARK__X);
		createEAttribute(actorMarkEClass, ACTOR_MARK__Y);
		createEAttribute(actorMarkEClass, ACTOR_MARK__FACING);

		actorMoveEClass = createEClass(ACTOR_MOVE);
		createEReference(actorMoveEClass, ACTOR_MOVE__ACTOR);
		createEReference(actorMoveEClass, ACTOR_MOVE__FROM);
		createEReference(actorMoveEClass, ACTOR_MOVE__TO);

		// Create enums
		shotSizeEEnum = createEEnum(SHOT_SIZE);
		cameraAngleEEnum = createEEnum(CAMERA_ANGLE);
		cameraMovementEEnum = createEEnum(CAMERA_MOVEMENT);
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
		ScriptPackage theScriptPackage = (ScriptPackage)EPackage.Registry.INSTANCE.getEPackage(ScriptPackage.eNS_URI);
		LightingPackage theLightingPackage = (LightingPackage)EPackage.Registry.INSTANCE.getEPackage(LightingPackage.eNS_URI);
		BreakdownPackage theBreakdownPackage = (BreakdownPackage)EPackage.Registry.INSTANCE.getEPackage(BreakdownPackage.eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		shotEClass.getESuperTypes().add(theProductionPackage.getIdentified());
		cameraSetupEClass.getESuperTypes().add(theProductionPackage.getIdentified());
		setPlanEClass.getESuperTypes().add(theProductionPackage.getIdentified());
		actorMarkEClass.getESuperTypes().add(theProductionPackage.getIdentified());

		// Initialize classes, features, and operations; add parameters
		initEClass(shotListEClass, ShotList.class, "ShotList", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getShotList_Shots(), this.getShot(), null, "shots", null, 0, -1, ShotList.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getShotList_Setups(), this.getCameraSetup(), null, "setups", null, 0, -1, ShotList.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getShotList_SetPlans(), this.getSetPlan(), null, "setPlans", null, 0, -1, ShotList.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(shotEClass, Shot.class, "Shot", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getShot_Number(), ecorePackage.getEString(), "number", null, 0, 1, Shot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getShot_Scene(), theScriptPackage.getScene(), null, "scene", null, 0, 1, Shot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getShot_Size(), this.getShotSize(), "size", null, 0, 1, Shot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getShot_Angle(), this.getCameraAngle(), "angle", null, 0, 1, Shot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getShot_Movement(), this.getCameraMovement(), "movement", null, 0, 1, Shot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getShot_LensMm(), ecorePackage.getEDouble(), "lensMm", null, 0, 1, Shot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getShot_Setup(), this.getCameraSetup(), null, "setup", null, 0, 1, Shot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getShot_Description(), ecorePackage.getEString(), "description", null, 0, 1, Shot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getShot_SetupMinutes(), ecorePackage.getEInt(), "setupMinutes", null, 0, 1, Shot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getShot_ShootMinutes(), ecorePackage.getEInt(), "shootMinutes", null, 0, 1, Shot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getShot_Frames(), this.getStoryboardFrame(), null, "frames", null, 0, -1, Shot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(cameraSetupEClass, CameraSetup.class, "CameraSetup", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCameraSetup_Name(), ecorePackage.getEString(), "name", null, 0, 1, CameraSetup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCameraSetup_SetPlan(), this.getSetPlan(), null, "setPlan", null, 0, 1, CameraSetup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCameraSetup_X(), ecorePackage.getEDouble(), "x", null, 0, 1, CameraSetup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCameraSetup_Y(), ecorePackage.getEDouble(), "y", null, 0, 1, CameraSetup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCameraSetup_Height(), ecorePackage.getEDouble(), "height", null, 0, 1, CameraSetup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCameraSetup_Pan(), ecorePackage.getEDouble(), "pan", null, 0, 1, CameraSetup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCameraSetup_Tilt(), ecorePackage.getEDouble(), "tilt", null, 0, 1, CameraSetup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCameraSetup_LensMm(), ecorePackage.getEDouble(), "lensMm", null, 0, 1, CameraSetup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCameraSetup_SensorWidthMm(), ecorePackage.getEDouble(), "sensorWidthMm", "36.0", 0, 1, CameraSetup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(storyboardFrameEClass, StoryboardFrame.class, "StoryboardFrame", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStoryboardFrame_ImagePath(), ecorePackage.getEString(), "imagePath", null, 0, 1, StoryboardFrame.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStoryboardFrame_Caption(), ecorePackage.getEString(), "caption", null, 0, 1, StoryboardFrame.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStoryboardFrame_Rendered(), ecorePackage.getEBoolean(), "rendered", null, 0, 1, StoryboardFrame.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(setPlanEClass, SetPlan.class, "SetPlan", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSetPlan_Name(), ecorePackage.getEString(), "name", null, 0, 1, SetPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSetPlan_WidthM(), ecorePackage.getEDouble(), "widthM", null, 0, 1, SetPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSetPlan_DepthM(), ecorePackage.getEDouble(), "depthM", null, 0, 1, SetPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSetPlan_Geometry(), theLightingPackage.getSetGeometry(), null, "geometry", null, 0, 1, SetPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSetPlan_Marks(), this.getActorMark(), null, "marks", null, 0, -1, SetPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSetPlan_Moves(), this.getActorMove(), null, "moves", null, 0, -1, SetPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(actorMarkEClass, ActorMark.class, "ActorMark", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getActorMark_Name(), ecorePackage.getEString(), "name", null, 0, 1, ActorMark.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getActorMark_Actor(), theBreakdownPackage.getCastMember(), null, "actor", null, 0, 1, ActorMark.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getActorMark_X(), ecorePackage.getEDouble(), "x", null, 0, 1, ActorMark.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getActorMark_Y(), ecorePackage.getEDouble(), "y", null, 0, 1, ActorMark.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getActorMark_Facing(), ecorePackage.getEDouble(), "facing", null, 0, 1, ActorMark.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(actorMoveEClass, ActorMove.class, "ActorMove", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getActorMove_Actor(), theBreakdownPackage.getCastMember(), null, "actor", null, 0, 1, ActorMove.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getActorMove_From(), this.getActorMark(), null, "from", null, 0, 1, ActorMove.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getActorMove_To(), this.getActorMark(), null, "to", null, 0, 1, ActorMove.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(shotSizeEEnum, ShotSize.class, "ShotSize");
		addEEnumLiteral(shotSizeEEnum, ShotSize.EWS);
		addEEnumLiteral(shotSizeEEnum, ShotSize.WS);
		addEEnumLiteral(shotSizeEEnum, ShotSize.MS);
		addEEnumLiteral(shotSizeEEnum, ShotSize.MCU);
		addEEnumLiteral(shotSizeEEnum, ShotSize.CU);
		addEEnumLiteral(shotSizeEEnum, ShotSize.ECU);
		addEEnumLiteral(shotSizeEEnum, ShotSize.INSERT);

		initEEnum(cameraAngleEEnum, CameraAngle.class, "CameraAngle");
		addEEnumLiteral(cameraAngleEEnum, CameraAngle.EYE_LEVEL);
		addEEnumLiteral(cameraAngleEEnum, CameraAngle.HIGH);
		addEEnumLiteral(cameraAngleEEnum, CameraAngle.LOW);
		addEEnumLiteral(cameraAngleEEnum, CameraAngle.OVERHEAD);
		addEEnumLiteral(cameraAngleEEnum, CameraAngle.DUTCH);
		addEEnumLiteral(cameraAngleEEnum, CameraAngle.POV);

		initEEnum(cameraMovementEEnum, CameraMovement.class, "CameraMovement");
		addEEnumLiteral(cameraMovementEEnum, CameraMovement.STATIC);
		addEEnumLiteral(cameraMovementEEnum, CameraMovement.PAN);
		addEEnumLiteral(cameraMovementEEnum, CameraMovement.TILT);
		addEEnumLiteral(cameraMovementEEnum, CameraMovement.DOLLY);
		addEEnumLiteral(cameraMovementEEnum, CameraMovement.CRANE);
		addEEnumLiteral(cameraMovementEEnum, CameraMovement.HANDHELD);
		addEEnumLiteral(cameraMovementEEnum, CameraMovement.STEADICAM);
		addEEnumLiteral(cameraMovementEEnum, CameraMovement.DRONE);

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
			   "documentation", "Shot lists, camera set-ups, storyboards and blocking."
		   });
		addAnnotation
		  (shotSizeEEnum,
		   source,
		   new String[] {
			   "documentation", "Framing."
		   });
		addAnnotation
		  (cameraAngleEEnum,
		   source,
		   new String[] {
			   "documentation", "Camera angle."
		   });
		addAnnotation
		  (cameraMovementEEnum,
		   source,
		   new String[] {
			   "documentation", "Camera movement."
		   });
		addAnnotation
		  (shotListEClass,
		   source,
		   new String[] {
			   "documentation", "All shots, set-ups and set plans of a production."
		   });
		addAnnotation
		  (shotEClass,
		   source,
		   new String[] {
			   "documentation", "A shot of a scene."
		   });
		addAnnotation
		  (getShot_Number(),
		   source,
		   new String[] {
			   "documentation", "1A, 1B..."
		   });
		addAnnotation
		  (cameraSetupEClass,
		   source,
		   new String[] {
			   "documentation", "A camera position shared by shots with the same lighting."
		   });
		addAnnotation
		  (getCameraSetup_X(),
		   source,
		   new String[] {
			   "documentation", "Metres on the set plan."
		   });
		addAnnotation
		  (getCameraSetup_Pan(),
		   source,
		   new String[] {
			   "documentation", "Degrees, 0 = along +y."
		   });
		addAnnotation
		  (storyboardFrameEClass,
		   source,
		   new String[] {
			   "documentation", "A storyboard frame of a shot."
		   });
		addAnnotation
		  (getStoryboardFrame_Rendered(),
		   source,
		   new String[] {
			   "documentation", "Rendered from the lighting preview rather than drawn or imported."
		   });
		addAnnotation
		  (setPlanEClass,
		   source,
		   new String[] {
			   "documentation", "A set\'s floor plan seen from above, with actors\' marks and moves."
		   });
		addAnnotation
		  (actorMarkEClass,
		   source,
		   new String[] {
			   "documentation", "Where an actor stands."
		   });
		addAnnotation
		  (getActorMark_Facing(),
		   source,
		   new String[] {
			   "documentation", "Degrees."
		   });
		addAnnotation
		  (actorMoveEClass,
		   source,
		   new String[] {
			   "documentation", "An actor\'s move from one mark to another."
		   });
	}

} //ShotsPackageImpl
