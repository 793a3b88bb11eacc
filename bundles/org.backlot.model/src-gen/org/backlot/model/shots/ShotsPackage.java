/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.shots;

import org.backlot.model.production.ProductionPackage;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Shot lists, camera set-ups, storyboards and blocking.
 * <!-- end-model-doc -->
 * @see org.backlot.model.shots.ShotsFactory
 * @model kind="package"
 * @generated
 */
public interface ShotsPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "shots";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://backlot.org/model/shots/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "shots";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ShotsPackage eINSTANCE = org.backlot.model.shots.impl.ShotsPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.backlot.model.shots.impl.ShotListImpl <em>Shot List</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.backlot.model.shots.impl.ShotListImpl
	 * @see org.backlot.model.shots.impl.ShotsPackageImpl#getShotList()
	 * @generated
	 */
	int SHOT_LIST = 0;

	/**
	 * The feature id for the '<em><b>Shots</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHOT_LIST__SHOTS = 0;

	/**
	 * The feature id for the '<em><b>Setups</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHOT_LIST__SETUPS = 1;

	/**
	 * The feature id for the '<em><b>Set Plans</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHOT_LIST__SET_PLANS = 2;

	/**
	 * The number of structural features of the '<em>Shot List</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHOT_LIST_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Shot List</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHOT_LIST_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.backlot.model.shots.impl.ShotImpl <em>Shot</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.backlot.model.shots.impl.ShotImpl
	 * @see org.backlot.model.shots.impl.ShotsPackageImpl#getShot()
	 * @generated
	 */
	int SHOT = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHOT__ID = ProductionPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHOT__NUMBER = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Scene</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHOT__SCENE = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHOT__SIZE = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Angle</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHOT__ANGLE = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Movement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHOT__MOVEMENT = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Lens Mm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHOT__LENS_MM = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Setup</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHOT__SETUP = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHOT__DESCRIPTION = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Setup Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHOT__SETUP_MINUTES = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Shoot Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHOT__SHOOT_MINUTES = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Frames</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHOT__FRAMES = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The number of structural features of the '<em>Shot</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHOT_FEATURE_COUNT = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The number of operations of the '<em>Shot</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHOT_OPERATION_COUNT = ProductionPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.backlot.model.shots.impl.CameraSetupImpl <em>Camera Setup</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.backlot.model.shots.impl.CameraSetupImpl
	 * @see org.backlot.model.shots.impl.ShotsPackageImpl#getCameraSetup()
	 * @generated
	 */
	int CAMERA_SETUP = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMERA_SETUP__ID = ProductionPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMERA_SETUP__NAME = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Set Plan</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMERA_SETUP__SET_PLAN = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMERA_SETUP__X = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMERA_SETUP__Y = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMERA_SETUP__HEIGHT = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Pan</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMERA_SETUP__PAN = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Tilt</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMERA_SETUP__TILT = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Lens Mm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMERA_SETUP__LENS_MM = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Sensor Width Mm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMERA_SETUP__SENSOR_WIDTH_MM = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Camera Setup</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMERA_SETUP_FEATURE_COUNT = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Camera Setup</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMERA_SETUP_OPERATION_COUNT = ProductionPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.backlot.model.shots.impl.StoryboardFrameImpl <em>Storyboard Frame</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.backlot.model.shots.impl.StoryboardFrameImpl
	 * @see org.backlot.model.shots.impl.ShotsPackageImpl#getStoryboardFrame()
	 * @generated
	 */
	int STORYBOARD_FRAME = 3;

	/**
	 * The feature id for the '<em><b>Image Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORYBOARD_FRAME__IMAGE_PATH = 0;

	/**
	 * The feature id for the '<em><b>Caption</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORYBOARD_FRAME__CAPTION = 1;

	/**
	 * The feature id for the '<em><b>Rendered</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORYBOARD_FRAME__RENDERED = 2;

	/**
	 * The number of structural features of the '<em>Storyboard Frame</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORYBOARD_FRAME_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Storyboard Frame</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORYBOARD_FRAME_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.backlot.model.shots.impl.SetPlanImpl <em>Set Plan</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.backlot.model.shots.impl.SetPlanImpl
	 * @see org.backlot.model.shots.impl.ShotsPackageImpl#getSetPlan()
	 * @generated
	 */
	int SET_PLAN = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SET_PLAN__ID = ProductionPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SET_PLAN__NAME = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Width M</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SET_PLAN__WIDTH_M = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Depth M</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SET_PLAN__DEPTH_M = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Geometry</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SET_PLAN__GEOMETRY = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Marks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SET_PLAN__MARKS = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Moves</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SET_PLAN__MOVES = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Set Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SET_PLAN_FEATURE_COUNT = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Set Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SET_PLAN_OPERATION_COUNT = ProductionPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.backlot.model.shots.impl.ActorMarkImpl <em>Actor Mark</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.backlot.model.shots.impl.ActorMarkImpl
	 * @see org.backlot.model.shots.impl.ShotsPackageImpl#getActorMark()
	 * @generated
	 */
	int ACTOR_MARK = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR_MARK__ID = ProductionPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR_MARK__NAME = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Actor</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR_MARK__ACTOR = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR_MARK__X = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR_MARK__Y = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Facing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR_MARK__FACING = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Actor Mark</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR_MARK_FEATURE_COUNT = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Actor Mark</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR_MARK_OPERATION_COUNT = ProductionPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.backlot.model.shots.impl.ActorMoveImpl <em>Actor Move</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.backlot.model.shots.impl.ActorMoveImpl
	 * @see org.backlot.model.shots.impl.ShotsPackageImpl#getActorMove()
	 * @generated
	 */
	int ACTOR_MOVE = 6;

	/**
	 * The feature id for the '<em><b>Actor</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR_MOVE__ACTOR = 0;

	/**
	 * The feature id for the '<em><b>From</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR_MOVE__FROM = 1;

	/**
	 * The feature id for the '<em><b>To</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR_MOVE__TO = 2;

	/**
	 * The number of structural features of the '<em>Actor Move</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR_MOVE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Actor Move</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR_MOVE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.backlot.model.shots.ShotSize <em>Shot Size</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.backlot.model.shots.ShotSize
	 * @see org.backlot.model.shots.impl.ShotsPackageImpl#getShotSize()
	 * @generated
	 */
	int SHOT_SIZE = 7;

	/**
	 * The meta object id for the '{@link org.backlot.model.shots.CameraAngle <em>Camera Angle</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.backlot.model.shots.CameraAngle
	 * @see org.backlot.model.shots.impl.ShotsPackageImpl#getCameraAngle()
	 * @generated
	 */
	int CAMERA_ANGLE = 8;

	/**
	 * The meta object id for the '{@link org.backlot.model.shots.CameraMovement <em>Camera Movement</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.backlot.model.shots.CameraMovement
	 * @see org.backlot.model.shots.impl.ShotsPackageImpl#getCameraMovement()
	 * @generated
	 */
	int CAMERA_MOVEMENT = 9;


	/**
	 * Returns the meta object for class '{@link org.backlot.model.shots.ShotList <em>Shot List</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Shot List</em>'.
	 * @see org.backlot.model.shots.ShotList
	 * @generated
	 */
	EClass getShotList();

	/**
	 * Returns the meta object for the containment reference list '{@link org.backlot.model.shots.ShotList#getShots <em>Shots</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Shots</em>'.
	 * @see org.backlot.model.shots.ShotList#getShots()
	 * @see #getShotList()
	 * @generated
	 */
	EReference getShotList_Shots();

	/**
	 * Returns the meta object for the containment reference list '{@link org.backlot.model.shots.ShotList#getSetups <em>Setups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Setups</em>'.
	 * @see org.backlot.model.shots.ShotList#getSetups()
	 * @see #getShotList()
	 * @generated
	 */
	EReference getShotList_Setups();

	/**
	 * Returns the meta object for the containment reference list '{@link org.backlot.model.shots.ShotList#getSetPlans <em>Set Plans</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Set Plans</em>'.
	 * @see org.backlot.model.shots.ShotList#getSetPlans()
	 * @see #getShotList()
	 * @generated
	 */
	EReference getShotList_SetPlans();

	/**
	 * Returns the meta object for class '{@link org.backlot.model.shots.Shot <em>Shot</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Shot</em>'.
	 * @see org.backlot.model.shots.Shot
	 * @generated
	 */
	EClass getShot();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.shots.Shot#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.backlot.model.shots.Shot#getNumber()
	 * @see #getShot()
	 * @generated
	 */
	EAttribute getShot_Number();

	/**
	 * Returns the meta object for the reference '{@link org.backlot.model.shots.Shot#getScene <em>Scene</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Scene</em>'.
	 * @see org.backlot.model.shots.Shot#getScene()
	 * @see #getShot()
	 * @generated
	 */
	EReference getShot_Scene();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.shots.Shot#getSize <em>Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size</em>'.
	 * @see org.backlot.model.shots.Shot#getSize()
	 * @see #getShot()
	 * @generated
	 */
	EAttribute getShot_Size();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.shots.Shot#getAngle <em>Angle</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Angle</em>'.
	 * @see org.backlot.model.shots.Shot#getAngle()
	 * @see #getShot()
	 * @generated
	 */
	EAttribute getShot_Angle();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.shots.Shot#getMovement <em>Movement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Movement</em>'.
	 * @see org.backlot.model.shots.Shot#getMovement()
	 * @see #getShot()
	 * @generated
	 */
	EAttribute getShot_Movement();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.shots.Shot#getLensMm <em>Lens Mm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lens Mm</em>'.
	 * @see org.backlot.model.shots.Shot#getLensMm()
	 * @see #getShot()
	 * @generated
	 */
	EAttribute getShot_LensMm();

	/**
	 * Returns the meta object for the reference '{@link org.backlot.model.shots.Shot#getSetup <em>Setup</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Setup</em>'.
	 * @see org.backlot.model.shots.Shot#getSetup()
	 * @see #getShot()
	 * @generated
	 */
	EReference getShot_Setup();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.shots.Shot#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.backlot.model.shots.Shot#getDescription()
	 * @see #getShot()
	 * @generated
	 */
	EAttribute getShot_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.shots.Shot#getSetupMinutes <em>Setup Minutes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Setup Minutes</em>'.
	 * @see org.backlot.model.shots.Shot#getSetupMinutes()
	 * @see #getShot()
	 * @generated
	 */
	EAttribute getShot_SetupMinutes();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.shots.Shot#getShootMinutes <em>Shoot Minutes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Shoot Minutes</em>'.
	 * @see org.backlot.model.shots.Shot#getShootMinutes()
	 * @see #getShot()
	 * @generated
	 */
	EAttribute getShot_ShootMinutes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.backlot.model.shots.Shot#getFrames <em>Frames</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Frames</em>'.
	 * @see org.backlot.model.shots.Shot#getFrames()
	 * @see #getShot()
	 * @generated
	 */
	EReference getShot_Frames();

	/**
	 * Returns the meta object for class '{@link org.backlot.model.shots.CameraSetup <em>Camera Setup</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Camera Setup</em>'.
	 * @see org.backlot.model.shots.CameraSetup
	 * @generated
	 */
	EClass getCameraSetup();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.shots.CameraSetup#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.backlot.model.shots.CameraSetup#getName()
	 * @see #getCameraSetup()
	 * @generated
	 */
	EAttribute getCameraSetup_Name();

	/**
	 * Returns the meta object for the reference '{@link org.backlot.model.shots.CameraSetup#getSetPlan <em>Set Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Set Plan</em>'.
	 * @see org.backlot.model.shots.CameraSetup#getSetPlan()
	 * @see #getCameraSetup()
	 * @generated
	 */
	EReference getCameraSetup_SetPlan();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.shots.CameraSetup#getX <em>X</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>X</em>'.
	 * @see org.backlot.model.shots.CameraSetup#getX()
	 * @see #getCameraSetup()
	 * @generated
	 */
	EAttribute getCameraSetup_X();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.shots.CameraSetup#getY <em>Y</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Y</em>'.
	 * @see org.backlot.model.shots.CameraSetup#getY()
	 * @see #getCameraSetup()
	 * @generated
	 */
	EAttribute getCameraSetup_Y();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.shots.CameraSetup#getHeight <em>Height</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Height</em>'.
	 * @see org.backlot.model.shots.CameraSetup#getHeight()
	 * @see #getCameraSetup()
	 * @generated
	 */
	EAttribute getCameraSetup_Height();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.shots.CameraSetup#getPan <em>Pan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pan</em>'.
	 * @see org.backlot.model.shots.CameraSetup#getPan()
	 * @see #getCameraSetup()
	 * @generated
	 */
	EAttribute getCameraSetup_Pan();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.shots.CameraSetup#getTilt <em>Tilt</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tilt</em>'.
	 * @see org.backlot.model.shots.CameraSetup#getTilt()
	 * @see #getCameraSetup()
	 * @generated
	 */
	EAttribute getCameraSetup_Tilt();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.shots.CameraSetup#getLensMm <em>Lens Mm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lens Mm</em>'.
	 * @see org.backlot.model.shots.CameraSetup#getLensMm()
	 * @see #getCameraSetup()
	 * @generated
	 */
	EAttribute getCameraSetup_LensMm();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.shots.CameraSetup#getSensorWidthMm <em>Sensor Width Mm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sensor Width Mm</em>'.
	 * @see org.backlot.model.shots.CameraSetup#getSensorWidthMm()
	 * @see #getCameraSetup()
	 * @generated
	 */
	EAttribute getCameraSetup_SensorWidthMm();

	/**
	 * Returns the meta object for class '{@link org.backlot.model.shots.StoryboardFrame <em>Storyboard Frame</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Storyboard Frame</em>'.
	 * @see org.backlot.model.shots.StoryboardFrame
	 * @generated
	 */
	EClass getStoryboardFrame();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.shots.StoryboardFrame#getImagePath <em>Image Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Image Path</em>'.
	 * @see org.backlot.model.shots.StoryboardFrame#getImagePath()
	 * @see #getStoryboardFrame()
	 * @generated
	 */
	EAttribute getStoryboardFrame_ImagePath();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.shots.StoryboardFrame#getCaption <em>Caption</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Caption</em>'.
	 * @see org.backlot.model.shots.StoryboardFrame#getCaption()
	 * @see #getStoryboardFrame()
	 * @generated
	 */
	EAttribute getStoryboardFrame_Caption();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.shots.StoryboardFrame#isRendered <em>Rendered</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rendered</em>'.
	 * @see org.backlot.model.shots.StoryboardFrame#isRendered()
	 * @see #getStoryboardFrame()
	 * @generated
	 */
	EAttribute getStoryboardFrame_Rendered();

	/**
	 * Returns the meta object for class '{@link org.backlot.model.shots.SetPlan <em>Set Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Set Plan</em>'.
	 * @see org.backlot.model.shots.SetPlan
	 * @generated
	 */
	EClass getSetPlan();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.shots.SetPlan#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.backlot.model.shots.SetPlan#getName()
	 * @see #getSetPlan()
	 * @generated
	 */
	EAttribute getSetPlan_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.shots.SetPlan#getWidthM <em>Width M</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Width M</em>'.
	 * @see org.backlot.model.shots.SetPlan#getWidthM()
	 * @see #getSetPlan()
	 * @generated
	 */
	EAttribute getSetPlan_WidthM();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.shots.SetPlan#getDepthM <em>Depth M</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Depth M</em>'.
	 * @see org.backlot.model.shots.SetPlan#getDepthM()
	 * @see #getSetPlan()
	 * @generated
	 */
	EAttribute getSetPlan_DepthM();

	/**
	 * Returns the meta object for the reference '{@link org.backlot.model.shots.SetPlan#getGeometry <em>Geometry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Geometry</em>'.
	 * @see org.backlot.model.shots.SetPlan#getGeometry()
	 * @see #getSetPlan()
	 * @generated
	 */
	EReference getSetPlan_Geometry();

	/**
	 * Returns the meta object for the containment reference list '{@link org.backlot.model.shots.SetPlan#getMarks <em>Marks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Marks</em>'.
	 * @see org.backlot.model.shots.SetPlan#getMarks()
	 * @see #getSetPlan()
	 * @generated
	 */
	EReference getSetPlan_Marks();

	/**
	 * Returns the meta object for the containment reference list '{@link org.backlot.model.shots.SetPlan#getMoves <em>Moves</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Moves</em>'.
	 * @see org.backlot.model.shots.SetPlan#getMoves()
	 * @see #getSetPlan()
	 * @generated
	 */
	EReference getSetPlan_Moves();

	/**
	 * Returns the meta object for class '{@link org.backlot.model.shots.ActorMark <em>Actor Mark</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Actor Mark</em>'.
	 * @see org.backlot.model.shots.ActorMark
	 * @generated
	 */
	EClass getActorMark();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.shots.ActorMark#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.backlot.model.shots.ActorMark#getName()
	 * @see #getActorMark()
	 * @generated
	 */
	EAttribute getActorMark_Name();

	/**
	 * Returns the meta object for the reference '{@link org.backlot.model.shots.ActorMark#getActor <em>Actor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Actor</em>'.
	 * @see org.backlot.model.shots.ActorMark#getActor()
	 * @see #getActorMark()
	 * @generated
	 */
	EReference getActorMark_Actor();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.shots.ActorMark#getX <em>X</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>X</em>'.
	 * @see org.backlot.model.shots.ActorMark#getX()
	 * @see #getActorMark()
	 * @generated
	 */
	EAttribute getActorMark_X();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.shots.ActorMark#getY <em>Y</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Y</em>'.
	 * @see org.backlot.model.shots.ActorMark#getY()
	 * @see #getActorMark()
	 * @generated
	 */
	EAttribute getActorMark_Y();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.shots.ActorMark#getFacing <em>Facing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Facing</em>'.
	 * @see org.backlot.model.shots.ActorMark#getFacing()
	 * @see #getActorMark()
	 * @generated
	 */
	EAttribute getActorMark_Facing();

	/**
	 * Returns the meta object for class '{@link org.backlot.model.shots.ActorMove <em>Actor Move</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Actor Move</em>'.
	 * @see org.backlot.model.shots.ActorMove
	 * @generated
	 */
	EClass getActorMove();

	/**
	 * Returns the meta object for the reference '{@link org.backlot.model.shots.ActorMove#getActor <em>Actor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Actor</em>'.
	 * @see org.backlot.model.shots.ActorMove#getActor()
	 * @see #getActorMove()
	 * @generated
	 */
	EReference getActorMove_Actor();

	/**
	 * Returns the meta object for the reference '{@link org.backlot.model.shots.ActorMove#getFrom <em>From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>From</em>'.
	 * @see org.backlot.model.shots.ActorMove#getFrom()
	 * @see #getActorMove()
	 * @generated
	 */
	EReference getActorMove_From();

	/**
	 * Returns the meta object for the reference '{@link org.backlot.model.shots.ActorMove#getTo <em>To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>To</em>'.
	 * @see org.backlot.model.shots.ActorMove#getTo()
	 * @see #getActorMove()
	 * @generated
	 */
	EReference getActorMove_To();

	/**
	 * Returns the meta object for enum '{@link org.backlot.model.shots.ShotSize <em>Shot Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Shot Size</em>'.
	 * @see org.backlot.model.shots.ShotSize
	 * @generated
	 */
	EEnum getShotSize();

	/**
	 * Returns the meta object for enum '{@link org.backlot.model.shots.CameraAngle <em>Camera Angle</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Camera Angle</em>'.
	 * @see org.backlot.model.shots.CameraAngle
	 * @generated
	 */
	EEnum getCameraAngle();

	/**
	 * Returns the meta object for enum '{@link org.backlot.model.shots.CameraMovement <em>Camera Movement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Camera Movement</em>'.
	 * @see org.backlot.model.shots.CameraMovement
	 * @generated
	 */
	EEnum getCameraMovement();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	ShotsFactory getShotsFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.backlot.model.shots.impl.ShotListImpl <em>Shot List</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.backlot.model.shots.impl.ShotListImpl
		 * @see org.backlot.model.shots.impl.ShotsPackageImpl#getShotList()
		 * @generated
		 */
		EClass SHOT_LIST = eINSTANCE.getShotList();

		/**
		 * The meta object literal for the '<em><b>Shots</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SHOT_LIST__SHOTS = eINSTANCE.getShotList_Shots();

		/**
		 * The meta object literal for the '<em><b>Setups</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SHOT_LIST__SETUPS = eINSTANCE.getShotList_Setups();

		/**
		 * The meta object literal for the '<em><b>Set Plans</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SHOT_LIST__SET_PLANS = eINSTANCE.getShotList_SetPlans();

		/**
		 * The meta object literal for the '{@link org.backlot.model.shots.impl.ShotImpl <em>Shot</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.backlot.model.shots.impl.ShotImpl
		 * @see org.backlot.model.shots.impl.ShotsPackageImpl#getShot()
		 * @generated
		 */
		EClass SHOT = eINSTANCE.getShot();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHOT__NUMBER = eINSTANCE.getShot_Number();

		/**
		 * The meta object literal for the '<em><b>Scene</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SHOT__SCENE = eINSTANCE.getShot_Scene();

		/**
		 * The meta object literal for the '<em><b>Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHOT__SIZE = eINSTANCE.getShot_Size();

		/**
		 * The meta object literal for the '<em><b>Angle</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHOT__ANGLE = eINSTANCE.getShot_Angle();

		/**
		 * The meta object literal for the '<em><b>Movement</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHOT__MOVEMENT = eINSTANCE.getShot_Movement();

		/**
		 * The meta object literal for the '<em><b>Lens Mm</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHOT__LENS_MM = eINSTANCE.getShot_LensMm();

		/**
		 * The meta object literal for the '<em><b>Setup</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SHOT__SETUP = eINSTANCE.getShot_Setup();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHOT__DESCRIPTION = eINSTANCE.getShot_Description();

		/**
		 * The meta object literal for the '<em><b>Setup Minutes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHOT__SETUP_MINUTES = eINSTANCE.getShot_SetupMinutes();

		/**
		 * The meta object literal for the '<em><b>Shoot Minutes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHOT__SHOOT_MINUTES = eINSTANCE.getShot_ShootMinutes();

		/**
		 * The meta object literal for the '<em><b>Frames</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SHOT__FRAMES = eINSTANCE.getShot_Frames();

		/**
		 * The meta object literal for the '{@link org.backlot.model.shots.impl.CameraSetupImpl <em>Camera Setup</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.backlot.model.shots.impl.CameraSetupImpl
		 * @see org.backlot.model.shots.impl.ShotsPackageImpl#getCameraSetup()
		 * @generated
		 */
		EClass CAMERA_SETUP = eINSTANCE.getCameraSetup();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMERA_SETUP__NAME = eINSTANCE.getCameraSetup_Name();

		/**
		 * The meta object literal for the '<em><b>Set Plan</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CAMERA_SETUP__SET_PLAN = eINSTANCE.getCameraSetup_SetPlan();

		/**
		 * The meta object literal for the '<em><b>X</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMERA_SETUP__X = eINSTANCE.getCameraSetup_X();

		/**
		 * The meta object literal for the '<em><b>Y</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMERA_SETUP__Y = eINSTANCE.getCameraSetup_Y();

		/**
		 * The meta object literal for the '<em><b>Height</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMERA_SETUP__HEIGHT = eINSTANCE.getCameraSetup_Height();

		/**
		 * The meta object literal for the '<em><b>Pan</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMERA_SETUP__PAN = eINSTANCE.getCameraSetup_Pan();

		/**
		 * The meta object literal for the '<em><b>Tilt</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMERA_SETUP__TILT = eINSTANCE.getCameraSetup_Tilt();

		/**
		 * The meta object literal for the '<em><b>Lens Mm</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMERA_SETUP__LENS_MM = eINSTANCE.getCameraSetup_LensMm();

		/**
		 * The meta object literal for the '<em><b>Sensor Width Mm</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMERA_SETUP__SENSOR_WIDTH_MM = eINSTANCE.getCameraSetup_SensorWidthMm();

		/**
		 * The meta object literal for the '{@link org.backlot.model.shots.impl.StoryboardFrameImpl <em>Storyboard Frame</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.backlot.model.shots.impl.StoryboardFrameImpl
		 * @see org.backlot.model.shots.impl.ShotsPackageImpl#getStoryboardFrame()
		 * @generated
		 */
		EClass STORYBOARD_FRAME = eINSTANCE.getStoryboardFrame();

		/**
		 * The meta object literal for the '<em><b>Image Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STORYBOARD_FRAME__IMAGE_PATH = eINSTANCE.getStoryboardFrame_ImagePath();

		/**
		 * The meta object literal for the '<em><b>Caption</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STORYBOARD_FRAME__CAPTION = eINSTANCE.getStoryboardFrame_Caption();

		/**
		 * The meta object literal for the '<em><b>Rendered</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STORYBOARD_FRAME__RENDERED = eINSTANCE.getStoryboardFrame_Rendered();

		/**
		 * The meta object literal for the '{@link org.backlot.model.shots.impl.SetPlanImpl <em>Set Plan</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.backlot.model.shots.impl.SetPlanImpl
		 * @see org.backlot.model.shots.impl.ShotsPackageImpl#getSetPlan()
		 * @generated
		 */
		EClass SET_PLAN = eINSTANCE.getSetPlan();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SET_PLAN__NAME = eINSTANCE.getSetPlan_Name();

		/**
		 * The meta object literal for the '<em><b>Width M</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SET_PLAN__WIDTH_M = eINSTANCE.getSetPlan_WidthM();

		/**
		 * The meta object literal for the '<em><b>Depth M</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SET_PLAN__DEPTH_M = eINSTANCE.getSetPlan_DepthM();

		/**
		 * The meta object literal for the '<em><b>Geometry</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SET_PLAN__GEOMETRY = eINSTANCE.getSetPlan_Geometry();

		/**
		 * The meta object literal for the '<em><b>Marks</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SET_PLAN__MARKS = eINSTANCE.getSetPlan_Marks();

		/**
		 * The meta object literal for the '<em><b>Moves</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SET_PLAN__MOVES = eINSTANCE.getSetPlan_Moves();

		/**
		 * The meta object literal for the '{@link org.backlot.model.shots.impl.ActorMarkImpl <em>Actor Mark</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.backlot.model.shots.impl.ActorMarkImpl
		 * @see org.backlot.model.shots.impl.ShotsPackageImpl#getActorMark()
		 * @generated
		 */
		EClass ACTOR_MARK = eINSTANCE.getActorMark();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTOR_MARK__NAME = eINSTANCE.getActorMark_Name();

		/**
		 * The meta object literal for the '<em><b>Actor</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTOR_MARK__ACTOR = eINSTANCE.getActorMark_Actor();

		/**
		 * The meta object literal for the '<em><b>X</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTOR_MARK__X = eINSTANCE.getActorMark_X();

		/**
		 * The meta object literal for the '<em><b>Y</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTOR_MARK__Y = eINSTANCE.getActorMark_Y();

		/**
		 * The meta object literal for the '<em><b>Facing</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTOR_MARK__FACING = eINSTANCE.getActorMark_Facing();

		/**
		 * The meta object literal for the '{@link org.backlot.model.shots.impl.ActorMoveImpl <em>Actor Move</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.backlot.model.shots.impl.ActorMoveImpl
		 * @see org.backlot.model.shots.impl.ShotsPackageImpl#getActorMove()
		 * @generated
		 */
		EClass ACTOR_MOVE = eINSTANCE.getActorMove();

		/**
		 * The meta object literal for the '<em><b>Actor</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTOR_MOVE__ACTOR = eINSTANCE.getActorMove_Actor();

		/**
		 * The meta object literal for the '<em><b>From</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTOR_MOVE__FROM = eINSTANCE.getActorMove_From();

		/**
		 * The meta object literal for the '<em><b>To</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTOR_MOVE__TO = eINSTANCE.getActorMove_To();

		/**
		 * The meta object literal for the '{@link org.backlot.model.shots.ShotSize <em>Shot Size</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.backlot.model.shots.ShotSize
		 * @see org.backlot.model.shots.impl.ShotsPackageImpl#getShotSize()
		 * @generated
		 */
		EEnum SHOT_SIZE = eINSTANCE.getShotSize();

		/**
		 * The meta object literal for the '{@link org.backlot.model.shots.CameraAngle <em>Camera Angle</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.backlot.model.shots.CameraAngle
		 * @see org.backlot.model.shots.impl.ShotsPackageImpl#getCameraAngle()
		 * @generated
		 */
		EEnum CAMERA_ANGLE = eINSTANCE.getCameraAngle();

		/**
		 * The meta object literal for the '{@link org.backlot.model.shots.CameraMovement <em>Camera Movement</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.backlot.model.shots.CameraMovement
		 * @see org.backlot.model.shots.impl.ShotsPackageImpl#getCameraMovement()
		 * @generated
		 */
		EEnum CAMERA_MOVEMENT = eINSTANCE.getCameraMovement();

	}

} //ShotsPackage
