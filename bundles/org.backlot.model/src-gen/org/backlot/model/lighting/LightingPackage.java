/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.lighting;

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
 * Fixtures, set geometry and lighting set-ups for the photometric previs.
 * <!-- end-model-doc -->
 * @see org.backlot.model.lighting.LightingFactory
 * @model kind="package"
 * @generated
 */
public interface LightingPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "lighting";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://backlot.org/model/lighting/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "lighting";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	LightingPackage eINSTANCE = org.backlot.model.lighting.impl.LightingPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.backlot.model.lighting.impl.LightingPlanImpl <em>Plan</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.backlot.model.lighting.impl.LightingPlanImpl
	 * @see org.backlot.model.lighting.impl.LightingPackageImpl#getLightingPlan()
	 * @generated
	 */
	int LIGHTING_PLAN = 0;

	/**
	 * The feature id for the '<em><b>Sets</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIGHTING_PLAN__SETS = 0;

	/**
	 * The feature id for the '<em><b>Setups</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIGHTING_PLAN__SETUPS = 1;

	/**
	 * The feature id for the '<em><b>Looks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIGHTING_PLAN__LOOKS = 2;

	/**
	 * The number of structural features of the '<em>Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIGHTING_PLAN_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIGHTING_PLAN_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.backlot.model.lighting.impl.FixtureTypeImpl <em>Fixture Type</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.backlot.model.lighting.impl.FixtureTypeImpl
	 * @see org.backlot.model.lighting.impl.LightingPackageImpl#getFixtureType()
	 * @generated
	 */
	int FIXTURE_TYPE = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIXTURE_TYPE__ID = ProductionPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIXTURE_TYPE__NAME = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIXTURE_TYPE__KIND = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Power W</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIXTURE_TYPE__POWER_W = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Lumens</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIXTURE_TYPE__LUMENS = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Candela</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIXTURE_TYPE__CANDELA = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Beam Angle</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIXTURE_TYPE__BEAM_ANGLE = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Field Angle</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIXTURE_TYPE__FIELD_ANGLE = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Cct</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIXTURE_TYPE__CCT = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Colour</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIXTURE_TYPE__COLOUR = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Soft Width M</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIXTURE_TYPE__SOFT_WIDTH_M = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Soft Height M</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIXTURE_TYPE__SOFT_HEIGHT_M = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Photometric File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIXTURE_TYPE__PHOTOMETRIC_FILE = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Dimmer Curve</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIXTURE_TYPE__DIMMER_CURVE = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 12;

	/**
	 * The number of structural features of the '<em>Fixture Type</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIXTURE_TYPE_FEATURE_COUNT = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 13;

	/**
	 * The number of operations of the '<em>Fixture Type</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIXTURE_TYPE_OPERATION_COUNT = ProductionPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.backlot.model.lighting.impl.FixtureImpl <em>Fixture</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.backlot.model.lighting.impl.FixtureImpl
	 * @see org.backlot.model.lighting.impl.LightingPackageImpl#getFixture()
	 * @generated
	 */
	int FIXTURE = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIXTURE__ID = ProductionPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIXTURE__NAME = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Type</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIXTURE__TYPE = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIXTURE__X = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIXTURE__Y = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Z</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIXTURE__Z = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Pan</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIXTURE__PAN = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Tilt</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIXTURE__TILT = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Dimmer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIXTURE__DIMMER = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Gel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIXTURE__GEL = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Diffusion</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIXTURE__DIFFUSION = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Off</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIXTURE__OFF = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The number of structural features of the '<em>Fixture</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIXTURE_FEATURE_COUNT = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The number of operations of the '<em>Fixture</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIXTURE_OPERATION_COUNT = ProductionPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.backlot.model.lighting.impl.LightingSetupImpl <em>Setup</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.backlot.model.lighting.impl.LightingSetupImpl
	 * @see org.backlot.model.lighting.impl.LightingPackageImpl#getLightingSetup()
	 * @generated
	 */
	int LIGHTING_SETUP = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIGHTING_SETUP__ID = ProductionPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIGHTING_SETUP__NAME = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Camera Setup</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIGHTING_SETUP__CAMERA_SETUP = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Set</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIGHTING_SETUP__SET = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Look</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIGHTING_SETUP__LOOK = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Fixtures</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIGHTING_SETUP__FIXTURES = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Iso</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIGHTING_SETUP__ISO = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Shutter Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIGHTING_SETUP__SHUTTER_SECONDS = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Setup</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIGHTING_SETUP_FEATURE_COUNT = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Setup</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIGHTING_SETUP_OPERATION_COUNT = ProductionPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.backlot.model.lighting.impl.LookImpl <em>Look</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.backlot.model.lighting.impl.LookImpl
	 * @see org.backlot.model.lighting.impl.LightingPackageImpl#getLook()
	 * @generated
	 */
	int LOOK = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOOK__ID = ProductionPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOOK__NAME = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Key To Fill</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOOK__KEY_TO_FILL = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Target Stop</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOOK__TARGET_STOP = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Cct</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOOK__CCT = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOOK__DESCRIPTION = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Key Azimuth</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOOK__KEY_AZIMUTH = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Key Elevation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOOK__KEY_ELEVATION = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Separation Stops</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOOK__SEPARATION_STOPS = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Preset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOOK__PRESET = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Look</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOOK_FEATURE_COUNT = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Look</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOOK_OPERATION_COUNT = ProductionPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.backlot.model.lighting.impl.SetGeometryImpl <em>Set Geometry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.backlot.model.lighting.impl.SetGeometryImpl
	 * @see org.backlot.model.lighting.impl.LightingPackageImpl#getSetGeometry()
	 * @generated
	 */
	int SET_GEOMETRY = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SET_GEOMETRY__ID = ProductionPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SET_GEOMETRY__NAME = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Width M</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SET_GEOMETRY__WIDTH_M = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Depth M</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SET_GEOMETRY__DEPTH_M = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Height M</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SET_GEOMETRY__HEIGHT_M = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Floor Reflectance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SET_GEOMETRY__FLOOR_REFLECTANCE = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Walls</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SET_GEOMETRY__WALLS = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Pieces</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SET_GEOMETRY__PIECES = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Led Wall</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SET_GEOMETRY__LED_WALL = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Set Geometry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SET_GEOMETRY_FEATURE_COUNT = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Set Geometry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SET_GEOMETRY_OPERATION_COUNT = ProductionPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.backlot.model.lighting.impl.WallImpl <em>Wall</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.backlot.model.lighting.impl.WallImpl
	 * @see org.backlot.model.lighting.impl.LightingPackageImpl#getWall()
	 * @generated
	 */
	int WALL = 6;

	/**
	 * The feature id for the '<em><b>X1</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WALL__X1 = 0;

	/**
	 * The feature id for the '<em><b>Y1</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WALL__Y1 = 1;

	/**
	 * The feature id for the '<em><b>X2</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WALL__X2 = 2;

	/**
	 * The feature id for the '<em><b>Y2</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WALL__Y2 = 3;

	/**
	 * The feature id for the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WALL__HEIGHT = 4;

	/**
	 * The feature id for the '<em><b>Reflectance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WALL__REFLECTANCE = 5;

	/**
	 * The number of structural features of the '<em>Wall</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WALL_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Wall</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WALL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.backlot.model.lighting.impl.SetPieceImpl <em>Set Piece</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.backlot.model.lighting.impl.SetPieceImpl
	 * @see org.backlot.model.lighting.impl.LightingPackageImpl#getSetPiece()
	 * @generated
	 */
	int SET_PIECE = 7;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SET_PIECE__NAME = 0;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SET_PIECE__X = 1;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SET_PIECE__Y = 2;

	/**
	 * The feature id for the '<em><b>Z</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SET_PIECE__Z = 3;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SET_PIECE__WIDTH = 4;

	/**
	 * The feature id for the '<em><b>Depth</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SET_PIECE__DEPTH = 5;

	/**
	 * The feature id for the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SET_PIECE__HEIGHT = 6;

	/**
	 * The feature id for the '<em><b>Rotation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SET_PIECE__ROTATION = 7;

	/**
	 * The feature id for the '<em><b>Reflectance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SET_PIECE__REFLECTANCE = 8;

	/**
	 * The feature id for the '<em><b>Mesh Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SET_PIECE__MESH_PATH = 9;

	/**
	 * The number of structural features of the '<em>Set Piece</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SET_PIECE_FEATURE_COUNT = 10;

	/**
	 * The number of operations of the '<em>Set Piece</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SET_PIECE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.backlot.model.lighting.impl.LedWallImpl <em>Led Wall</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.backlot.model.lighting.impl.LedWallImpl
	 * @see org.backlot.model.lighting.impl.LightingPackageImpl#getLedWall()
	 * @generated
	 */
	int LED_WALL = 8;

	/**
	 * The feature id for the '<em><b>X1</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LED_WALL__X1 = 0;

	/**
	 * The feature id for the '<em><b>Y1</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LED_WALL__Y1 = 1;

	/**
	 * The feature id for the '<em><b>X2</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LED_WALL__X2 = 2;

	/**
	 * The feature id for the '<em><b>Y2</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LED_WALL__Y2 = 3;

	/**
	 * The feature id for the '<em><b>Bottom</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LED_WALL__BOTTOM = 4;

	/**
	 * The feature id for the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LED_WALL__HEIGHT = 5;

	/**
	 * The feature id for the '<em><b>Nits</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LED_WALL__NITS = 6;

	/**
	 * The feature id for the '<em><b>Image Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LED_WALL__IMAGE_PATH = 7;

	/**
	 * The number of structural features of the '<em>Led Wall</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LED_WALL_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Led Wall</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LED_WALL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.backlot.model.lighting.FixtureKind <em>Fixture Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.backlot.model.lighting.FixtureKind
	 * @see org.backlot.model.lighting.impl.LightingPackageImpl#getFixtureKind()
	 * @generated
	 */
	int FIXTURE_KIND = 9;

	/**
	 * The meta object id for the '{@link org.backlot.model.lighting.Gel <em>Gel</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.backlot.model.lighting.Gel
	 * @see org.backlot.model.lighting.impl.LightingPackageImpl#getGel()
	 * @generated
	 */
	int GEL = 10;

	/**
	 * The meta object id for the '{@link org.backlot.model.lighting.DimmerCurve <em>Dimmer Curve</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.backlot.model.lighting.DimmerCurve
	 * @see org.backlot.model.lighting.impl.LightingPackageImpl#getDimmerCurve()
	 * @generated
	 */
	int DIMMER_CURVE = 11;


	/**
	 * Returns the meta object for class '{@link org.backlot.model.lighting.LightingPlan <em>Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Plan</em>'.
	 * @see org.backlot.model.lighting.LightingPlan
	 * @generated
	 */
	EClass getLightingPlan();

	/**
	 * Returns the meta object for the containment reference list '{@link org.backlot.model.lighting.LightingPlan#getSets <em>Sets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sets</em>'.
	 * @see org.backlot.model.lighting.LightingPlan#getSets()
	 * @see #getLightingPlan()
	 * @generated
	 */
	EReference getLightingPlan_Sets();

	/**
	 * Returns the meta object for the containment reference list '{@link org.backlot.model.lighting.LightingPlan#getSetups <em>Setups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Setups</em>'.
	 * @see org.backlot.model.lighting.LightingPlan#getSetups()
	 * @see #getLightingPlan()
	 * @generated
	 */
	EReference getLightingPlan_Setups();

	/**
	 * Returns the meta object for the containment reference list '{@link org.backlot.model.lighting.LightingPlan#getLooks <em>Looks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Looks</em>'.
	 * @see org.backlot.model.lighting.LightingPlan#getLooks()
	 * @see #getLightingPlan()
	 * @generated
	 */
	EReference getLightingPlan_Looks();

	/**
	 * Returns the meta object for class '{@link org.backlot.model.lighting.FixtureType <em>Fixture Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Fixture Type</em>'.
	 * @see org.backlot.model.lighting.FixtureType
	 * @generated
	 */
	EClass getFixtureType();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.lighting.FixtureType#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.backlot.model.lighting.FixtureType#getName()
	 * @see #getFixtureType()
	 * @generated
	 */
	EAttribute getFixtureType_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.lighting.FixtureType#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.backlot.model.lighting.FixtureType#getKind()
	 * @see #getFixtureType()
	 * @generated
	 */
	EAttribute getFixtureType_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.lighting.FixtureType#getPowerW <em>Power W</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Power W</em>'.
	 * @see org.backlot.model.lighting.FixtureType#getPowerW()
	 * @see #getFixtureType()
	 * @generated
	 */
	EAttribute getFixtureType_PowerW();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.lighting.FixtureType#getLumens <em>Lumens</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lumens</em>'.
	 * @see org.backlot.model.lighting.FixtureType#getLumens()
	 * @see #getFixtureType()
	 * @generated
	 */
	EAttribute getFixtureType_Lumens();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.lighting.FixtureType#getCandela <em>Candela</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Candela</em>'.
	 * @see org.backlot.model.lighting.FixtureType#getCandela()
	 * @see #getFixtureType()
	 * @generated
	 */
	EAttribute getFixtureType_Candela();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.lighting.FixtureType#getBeamAngle <em>Beam Angle</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Beam Angle</em>'.
	 * @see org.backlot.model.lighting.FixtureType#getBeamAngle()
	 * @see #getFixtureType()
	 * @generated
	 */
	EAttribute getFixtureType_BeamAngle();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.lighting.FixtureType#getFieldAngle <em>Field Angle</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Field Angle</em>'.
	 * @see org.backlot.model.lighting.FixtureType#getFieldAngle()
	 * @see #getFixtureType()
	 * @generated
	 */
	EAttribute getFixtureType_FieldAngle();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.lighting.FixtureType#getCct <em>Cct</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cct</em>'.
	 * @see org.backlot.model.lighting.FixtureType#getCct()
	 * @see #getFixtureType()
	 * @generated
	 */
	EAttribute getFixtureType_Cct();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.lighting.FixtureType#getColour <em>Colour</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Colour</em>'.
	 * @see org.backlot.model.lighting.FixtureType#getColour()
	 * @see #getFixtureType()
	 * @generated
	 */
	EAttribute getFixtureType_Colour();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.lighting.FixtureType#getSoftWidthM <em>Soft Width M</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Soft Width M</em>'.
	 * @see org.backlot.model.lighting.FixtureType#getSoftWidthM()
	 * @see #getFixtureType()
	 * @generated
	 */
	EAttribute getFixtureType_SoftWidthM();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.lighting.FixtureType#getSoftHeightM <em>Soft Height M</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Soft Height M</em>'.
	 * @see org.backlot.model.lighting.FixtureType#getSoftHeightM()
	 * @see #getFixtureType()
	 * @generated
	 */
	EAttribute getFixtureType_SoftHeightM();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.lighting.FixtureType#getPhotometricFile <em>Photometric File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Photometric File</em>'.
	 * @see org.backlot.model.lighting.FixtureType#getPhotometricFile()
	 * @see #getFixtureType()
	 * @generated
	 */
	EAttribute getFixtureType_PhotometricFile();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.lighting.FixtureType#getDimmerCurve <em>Dimmer Curve</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dimmer Curve</em>'.
	 * @see org.backlot.model.lighting.FixtureType#getDimmerCurve()
	 * @see #getFixtureType()
	 * @generated
	 */
	EAttribute getFixtureType_DimmerCurve();

	/**
	 * Returns the meta object for class '{@link org.backlot.model.lighting.Fixture <em>Fixture</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Fixture</em>'.
	 * @see org.backlot.model.lighting.Fixture
	 * @generated
	 */
	EClass getFixture();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.lighting.Fixture#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.backlot.model.lighting.Fixture#getName()
	 * @see #getFixture()
	 * @generated
	 */
	EAttribute getFixture_Name();

	/**
	 * Returns the meta object for the reference '{@link org.backlot.model.lighting.Fixture#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Type</em>'.
	 * @see org.backlot.model.lighting.Fixture#getType()
	 * @see #getFixture()
	 * @generated
	 */
	EReference getFixture_Type();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.lighting.Fixture#getX <em>X</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>X</em>'.
	 * @see org.backlot.model.lighting.Fixture#getX()
	 * @see #getFixture()
	 * @generated
	 */
	EAttribute getFixture_X();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.lighting.Fixture#getY <em>Y</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Y</em>'.
	 * @see org.backlot.model.lighting.Fixture#getY()
	 * @see #getFixture()
	 * @generated
	 */
	EAttribute getFixture_Y();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.lighting.Fixture#getZ <em>Z</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Z</em>'.
	 * @see org.backlot.model.lighting.Fixture#getZ()
	 * @see #getFixture()
	 * @generated
	 */
	EAttribute getFixture_Z();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.lighting.Fixture#getPan <em>Pan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pan</em>'.
	 * @see org.backlot.model.lighting.Fixture#getPan()
	 * @see #getFixture()
	 * @generated
	 */
	EAttribute getFixture_Pan();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.lighting.Fixture#getTilt <em>Tilt</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tilt</em>'.
	 * @see org.backlot.model.lighting.Fixture#getTilt()
	 * @see #getFixture()
	 * @generated
	 */
	EAttribute getFixture_Tilt();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.lighting.Fixture#getDimmer <em>Dimmer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dimmer</em>'.
	 * @see org.backlot.model.lighting.Fixture#getDimmer()
	 * @see #getFixture()
	 * @generated
	 */
	EAttribute getFixture_Dimmer();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.lighting.Fixture#getGel <em>Gel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Gel</em>'.
	 * @see org.backlot.model.lighting.Fixture#getGel()
	 * @see #getFixture()
	 * @generated
	 */
	EAttribute getFixture_Gel();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.lighting.Fixture#getDiffusion <em>Diffusion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Diffusion</em>'.
	 * @see org.backlot.model.lighting.Fixture#getDiffusion()
	 * @see #getFixture()
	 * @generated
	 */
	EAttribute getFixture_Diffusion();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.lighting.Fixture#isOff <em>Off</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Off</em>'.
	 * @see org.backlot.model.lighting.Fixture#isOff()
	 * @see #getFixture()
	 * @generated
	 */
	EAttribute getFixture_Off();

	/**
	 * Returns the meta object for class '{@link org.backlot.model.lighting.LightingSetup <em>Setup</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Setup</em>'.
	 * @see org.backlot.model.lighting.LightingSetup
	 * @generated
	 */
	EClass getLightingSetup();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.lighting.LightingSetup#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.backlot.model.lighting.LightingSetup#getName()
	 * @see #getLightingSetup()
	 * @generated
	 */
	EAttribute getLightingSetup_Name();

	/**
	 * Returns the meta object for the reference '{@link org.backlot.model.lighting.LightingSetup#getCameraSetup <em>Camera Setup</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Camera Setup</em>'.
	 * @see org.backlot.model.lighting.LightingSetup#getCameraSetup()
	 * @see #getLightingSetup()
	 * @generated
	 */
	EReference getLightingSetup_CameraSetup();

	/**
	 * Returns the meta object for the reference '{@link org.backlot.model.lighting.LightingSetup#getSet <em>Set</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Set</em>'.
	 * @see org.backlot.model.lighting.LightingSetup#getSet()
	 * @see #getLightingSetup()
	 * @generated
	 */
	EReference getLightingSetup_Set();

	/**
	 * Returns the meta object for the reference '{@link org.backlot.model.lighting.LightingSetup#getLook <em>Look</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Look</em>'.
	 * @see org.backlot.model.lighting.LightingSetup#getLook()
	 * @see #getLightingSetup()
	 * @generated
	 */
	EReference getLightingSetup_Look();

	/**
	 * Returns the meta object for the containment reference list '{@link org.backlot.model.lighting.LightingSetup#getFixtures <em>Fixtures</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Fixtures</em>'.
	 * @see org.backlot.model.lighting.LightingSetup#getFixtures()
	 * @see #getLightingSetup()
	 * @generated
	 */
	EReference getLightingSetup_Fixtures();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.lighting.LightingSetup#getIso <em>Iso</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Iso</em>'.
	 * @see org.backlot.model.lighting.LightingSetup#getIso()
	 * @see #getLightingSetup()
	 * @generated
	 */
	EAttribute getLightingSetup_Iso();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.lighting.LightingSetup#getShutterSeconds <em>Shutter Seconds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Shutter Seconds</em>'.
	 * @see org.backlot.model.lighting.LightingSetup#getShutterSeconds()
	 * @see #getLightingSetup()
	 * @generated
	 */
	EAttribute getLightingSetup_ShutterSeconds();

	/**
	 * Returns the meta object for class '{@link org.backlot.model.lighting.Look <em>Look</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Look</em>'.
	 * @see org.backlot.model.lighting.Look
	 * @generated
	 */
	EClass getLook();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.lighting.Look#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.backlot.model.lighting.Look#getName()
	 * @see #getLook()
	 * @generated
	 */
	EAttribute getLook_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.lighting.Look#getKeyToFill <em>Key To Fill</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key To Fill</em>'.
	 * @see org.backlot.model.lighting.Look#getKeyToFill()
	 * @see #getLook()
	 * @generated
	 */
	EAttribute getLook_KeyToFill();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.lighting.Look#getTargetStop <em>Target Stop</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Stop</em>'.
	 * @see org.backlot.model.lighting.Look#getTargetStop()
	 * @see #getLook()
	 * @generated
	 */
	EAttribute getLook_TargetStop();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.lighting.Look#getCct <em>Cct</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cct</em>'.
	 * @see org.backlot.model.lighting.Look#getCct()
	 * @see #getLook()
	 * @generated
	 */
	EAttribute getLook_Cct();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.lighting.Look#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.backlot.model.lighting.Look#getDescription()
	 * @see #getLook()
	 * @generated
	 */
	EAttribute getLook_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.lighting.Look#getKeyAzimuth <em>Key Azimuth</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key Azimuth</em>'.
	 * @see org.backlot.model.lighting.Look#getKeyAzimuth()
	 * @see #getLook()
	 * @generated
	 */
	EAttribute getLook_KeyAzimuth();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.lighting.Look#getKeyElevation <em>Key Elevation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key Elevation</em>'.
	 * @see org.backlot.model.lighting.Look#getKeyElevation()
	 * @see #getLook()
	 * @generated
	 */
	EAttribute getLook_KeyElevation();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.lighting.Look#getSeparationStops <em>Separation Stops</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Separation Stops</em>'.
	 * @see org.backlot.model.lighting.Look#getSeparationStops()
	 * @see #getLook()
	 * @generated
	 */
	EAttribute getLook_SeparationStops();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.lighting.Look#getPreset <em>Preset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Preset</em>'.
	 * @see org.backlot.model.lighting.Look#getPreset()
	 * @see #getLook()
	 * @generated
	 */
	EAttribute getLook_Preset();

	/**
	 * Returns the meta object for class '{@link org.backlot.model.lighting.SetGeometry <em>Set Geometry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Set Geometry</em>'.
	 * @see org.backlot.model.lighting.SetGeometry
	 * @generated
	 */
	EClass getSetGeometry();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.lighting.SetGeometry#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.backlot.model.lighting.SetGeometry#getName()
	 * @see #getSetGeometry()
	 * @generated
	 */
	EAttribute getSetGeometry_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.lighting.SetGeometry#getWidthM <em>Width M</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Width M</em>'.
	 * @see org.backlot.model.lighting.SetGeometry#getWidthM()
	 * @see #getSetGeometry()
	 * @generated
	 */
	EAttribute getSetGeometry_WidthM();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.lighting.SetGeometry#getDepthM <em>Depth M</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Depth M</em>'.
	 * @see org.backlot.model.lighting.SetGeometry#getDepthM()
	 * @see #getSetGeometry()
	 * @generated
	 */
	EAttribute getSetGeometry_DepthM();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.lighting.SetGeometry#getHeightM <em>Height M</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Height M</em>'.
	 * @see org.backlot.model.lighting.SetGeometry#getHeightM()
	 * @see #getSetGeometry()
	 * @generated
	 */
	EAttribute getSetGeometry_HeightM();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.lighting.SetGeometry#getFloorReflectance <em>Floor Reflectance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Floor Reflectance</em>'.
	 * @see org.backlot.model.lighting.SetGeometry#getFloorReflectance()
	 * @see #getSetGeometry()
	 * @generated
	 */
	EAttribute getSetGeometry_FloorReflectance();

	/**
	 * Returns the meta object for the containment reference list '{@link org.backlot.model.lighting.SetGeometry#getWalls <em>Walls</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Walls</em>'.
	 * @see org.backlot.model.lighting.SetGeometry#getWalls()
	 * @see #getSetGeometry()
	 * @generated
	 */
	EReference getSetGeometry_Walls();

	/**
	 * Returns the meta object for the containment reference list '{@link org.backlot.model.lighting.SetGeometry#getPieces <em>Pieces</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Pieces</em>'.
	 * @see org.backlot.model.lighting.SetGeometry#getPieces()
	 * @see #getSetGeometry()
	 * @generated
	 */
	EReference getSetGeometry_Pieces();

	/**
	 * Returns the meta object for the containment reference '{@link org.backlot.model.lighting.SetGeometry#getLedWall <em>Led Wall</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Led Wall</em>'.
	 * @see org.backlot.model.lighting.SetGeometry#getLedWall()
	 * @see #getSetGeometry()
	 * @generated
	 */
	EReference getSetGeometry_LedWall();

	/**
	 * Returns the meta object for class '{@link org.backlot.model.lighting.Wall <em>Wall</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Wall</em>'.
	 * @see org.backlot.model.lighting.Wall
	 * @generated
	 */
	EClass getWall();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.lighting.Wall#getX1 <em>X1</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>X1</em>'.
	 * @see org.backlot.model.lighting.Wall#getX1()
	 * @see #getWall()
	 * @generated
	 */
	EAttribute getWall_X1();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.lighting.Wall#getY1 <em>Y1</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Y1</em>'.
	 * @see org.backlot.model.lighting.Wall#getY1()
	 * @see #getWall()
	 * @generated
	 */
	EAttribute getWall_Y1();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.lighting.Wall#getX2 <em>X2</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>X2</em>'.
	 * @see org.backlot.model.lighting.Wall#getX2()
	 * @see #getWall()
	 * @generated
	 */
	EAttribute getWall_X2();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.lighting.Wall#getY2 <em>Y2</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Y2</em>'.
	 * @see org.backlot.model.lighting.Wall#getY2()
	 * @see #getWall()
	 * @generated
	 */
	EAttribute getWall_Y2();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.lighting.Wall#getHeight <em>Height</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Height</em>'.
	 * @see org.backlot.model.lighting.Wall#getHeight()
	 * @see #getWall()
	 * @generated
	 */
	EAttribute getWall_Height();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.lighting.Wall#getReflectance <em>Reflectance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reflectance</em>'.
	 * @see org.backlot.model.lighting.Wall#getReflectance()
	 * @see #getWall()
	 * @generated
	 */
	EAttribute getWall_Reflectance();

	/**
	 * Returns the meta object for class '{@link org.backlot.model.lighting.SetPiece <em>Set Piece</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Set Piece</em>'.
	 * @see org.backlot.model.lighting.SetPiece
	 * @generated
	 */
	EClass getSetPiece();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.lighting.SetPiece#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.backlot.model.lighting.SetPiece#getName()
	 * @see #getSetPiece()
	 * @generated
	 */
	EAttribute getSetPiece_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.lighting.SetPiece#getX <em>X</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>X</em>'.
	 * @see org.backlot.model.lighting.SetPiece#getX()
	 * @see #getSetPiece()
	 * @generated
	 */
	EAttribute getSetPiece_X();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.lighting.SetPiece#getY <em>Y</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Y</em>'.
	 * @see org.backlot.model.lighting.SetPiece#getY()
	 * @see #getSetPiece()
	 * @generated
	 */
	EAttribute getSetPiece_Y();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.lighting.SetPiece#getZ <em>Z</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Z</em>'.
	 * @see org.backlot.model.lighting.SetPiece#getZ()
	 * @see #getSetPiece()
	 * @generated
	 */
	EAttribute getSetPiece_Z();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.lighting.SetPiece#getWidth <em>Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Width</em>'.
	 * @see org.backlot.model.lighting.SetPiece#getWidth()
	 * @see #getSetPiece()
	 * @generated
	 */
	EAttribute getSetPiece_Width();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.lighting.SetPiece#getDepth <em>Depth</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Depth</em>'.
	 * @see org.backlot.model.lighting.SetPiece#getDepth()
	 * @see #getSetPiece()
	 * @generated
	 */
	EAttribute getSetPiece_Depth();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.lighting.SetPiece#getHeight <em>Height</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Height</em>'.
	 * @see org.backlot.model.lighting.SetPiece#getHeight()
	 * @see #getSetPiece()
	 * @generated
	 */
	EAttribute getSetPiece_Height();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.lighting.SetPiece#getRotation <em>Rotation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rotation</em>'.
	 * @see org.backlot.model.lighting.SetPiece#getRotation()
	 * @see #getSetPiece()
	 * @generated
	 */
	EAttribute getSetPiece_Rotation();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.lighting.SetPiece#getReflectance <em>Reflectance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reflectance</em>'.
	 * @see org.backlot.model.lighting.SetPiece#getReflectance()
	 * @see #getSetPiece()
	 * @generated
	 */
	EAttribute getSetPiece_Reflectance();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.lighting.SetPiece#getMeshPath <em>Mesh Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mesh Path</em>'.
	 * @see org.backlot.model.lighting.SetPiece#getMeshPath()
	 * @see #getSetPiece()
	 * @generated
	 */
	EAttribute getSetPiece_MeshPath();

	/**
	 * Returns the meta object for class '{@link org.backlot.model.lighting.LedWall <em>Led Wall</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Led Wall</em>'.
	 * @see org.backlot.model.lighting.LedWall
	 * @generated
	 */
	EClass getLedWall();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.lighting.LedWall#getX1 <em>X1</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>X1</em>'.
	 * @see org.backlot.model.lighting.LedWall#getX1()
	 * @see #getLedWall()
	 * @generated
	 */
	EAttribute getLedWall_X1();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.lighting.LedWall#getY1 <em>Y1</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Y1</em>'.
	 * @see org.backlot.model.lighting.LedWall#getY1()
	 * @see #getLedWall()
	 * @generated
	 */
	EAttribute getLedWall_Y1();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.lighting.LedWall#getX2 <em>X2</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>X2</em>'.
	 * @see org.backlot.model.lighting.LedWall#getX2()
	 * @see #getLedWall()
	 * @generated
	 */
	EAttribute getLedWall_X2();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.lighting.LedWall#getY2 <em>Y2</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Y2</em>'.
	 * @see org.backlot.model.lighting.LedWall#getY2()
	 * @see #getLedWall()
	 * @generated
	 */
	EAttribute getLedWall_Y2();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.lighting.LedWall#getBottom <em>Bottom</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bottom</em>'.
	 * @see org.backlot.model.lighting.LedWall#getBottom()
	 * @see #getLedWall()
	 * @generated
	 */
	EAttribute getLedWall_Bottom();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.lighting.LedWall#getHeight <em>Height</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Height</em>'.
	 * @see org.backlot.model.lighting.LedWall#getHeight()
	 * @see #getLedWall()
	 * @generated
	 */
	EAttribute getLedWall_Height();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.lighting.LedWall#getNits <em>Nits</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Nits</em>'.
	 * @see org.backlot.model.lighting.LedWall#getNits()
	 * @see #getLedWall()
	 * @generated
	 */
	EAttribute getLedWall_Nits();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.lighting.LedWall#getImagePath <em>Image Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Image Path</em>'.
	 * @see org.backlot.model.lighting.LedWall#getImagePath()
	 * @see #getLedWall()
	 * @generated
	 */
	EAttribute getLedWall_ImagePath();

	/**
	 * Returns the meta object for enum '{@link org.backlot.model.lighting.FixtureKind <em>Fixture Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Fixture Kind</em>'.
	 * @see org.backlot.model.lighting.FixtureKind
	 * @generated
	 */
	EEnum getFixtureKind();

	/**
	 * Returns the meta object for enum '{@link org.backlot.model.lighting.Gel <em>Gel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Gel</em>'.
	 * @see org.backlot.model.lighting.Gel
	 * @generated
	 */
	EEnum getGel();

	/**
	 * Returns the meta object for enum '{@link org.backlot.model.lighting.DimmerCurve <em>Dimmer Curve</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Dimmer Curve</em>'.
	 * @see org.backlot.model.lighting.DimmerCurve
	 * @generated
	 */
	EEnum getDimmerCurve();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	LightingFactory getLightingFactory();

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
		 * The meta object literal for the '{@link org.backlot.model.lighting.impl.LightingPlanImpl <em>Plan</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.backlot.model.lighting.impl.LightingPlanImpl
		 * @see org.backlot.model.lighting.impl.LightingPackageImpl#getLightingPlan()
		 * @generated
		 */
		EClass LIGHTING_PLAN = eINSTANCE.getLightingPlan();

		/**
		 * The meta object literal for the '<em><b>Sets</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LIGHTING_PLAN__SETS = eINSTANCE.getLightingPlan_Sets();

		/**
		 * The meta object literal for the '<em><b>Setups</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LIGHTING_PLAN__SETUPS = eINSTANCE.getLightingPlan_Setups();

		/**
		 * The meta object literal for the '<em><b>Looks</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LIGHTING_PLAN__LOOKS = eINSTANCE.getLightingPlan_Looks();

		/**
		 * The meta object literal for the '{@link org.backlot.model.lighting.impl.FixtureTypeImpl <em>Fixture Type</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.backlot.model.lighting.impl.FixtureTypeImpl
		 * @see org.backlot.model.lighting.impl.LightingPackageImpl#getFixtureType()
		 * @generated
		 */
		EClass FIXTURE_TYPE = eINSTANCE.getFixtureType();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIXTURE_TYPE__NAME = eINSTANCE.getFixtureType_Name();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIXTURE_TYPE__KIND = eINSTANCE.getFixtureType_Kind();

		/**
		 * The meta object literal for the '<em><b>Power W</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIXTURE_TYPE__POWER_W = eINSTANCE.getFixtureType_PowerW();

		/**
		 * The meta object literal for the '<em><b>Lumens</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIXTURE_TYPE__LUMENS = eINSTANCE.getFixtureType_Lumens();

		/**
		 * The meta object literal for the '<em><b>Candela</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIXTURE_TYPE__CANDELA = eINSTANCE.getFixtureType_Candela();

		/**
		 * The meta object literal for the '<em><b>Beam Angle</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIXTURE_TYPE__BEAM_ANGLE = eINSTANCE.getFixtureType_BeamAngle();

		/**
		 * The meta object literal for the '<em><b>Field Angle</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIXTURE_TYPE__FIELD_ANGLE = eINSTANCE.getFixtureType_FieldAngle();

		/**
		 * The meta object literal for the '<em><b>Cct</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIXTURE_TYPE__CCT = eINSTANCE.getFixtureType_Cct();

		/**
		 * The meta object literal for the '<em><b>Colour</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIXTURE_TYPE__COLOUR = eINSTANCE.getFixtureType_Colour();

		/**
		 * The meta object literal for the '<em><b>Soft Width M</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIXTURE_TYPE__SOFT_WIDTH_M = eINSTANCE.getFixtureType_SoftWidthM();

		/**
		 * The meta object literal for the '<em><b>Soft Height M</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIXTURE_TYPE__SOFT_HEIGHT_M = eINSTANCE.getFixtureType_SoftHeightM();

		/**
		 * The meta object literal for the '<em><b>Photometric File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIXTURE_TYPE__PHOTOMETRIC_FILE = eINSTANCE.getFixtureType_PhotometricFile();

		/**
		 * The meta object literal for the '<em><b>Dimmer Curve</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIXTURE_TYPE__DIMMER_CURVE = eINSTANCE.getFixtureType_DimmerCurve();

		/**
		 * The meta object literal for the '{@link org.backlot.model.lighting.impl.FixtureImpl <em>Fixture</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.backlot.model.lighting.impl.FixtureImpl
		 * @see org.backlot.model.lighting.impl.LightingPackageImpl#getFixture()
		 * @generated
		 */
		EClass FIXTURE = eINSTANCE.getFixture();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIXTURE__NAME = eINSTANCE.getFixture_Name();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FIXTURE__TYPE = eINSTANCE.getFixture_Type();

		/**
		 * The meta object literal for the '<em><b>X</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIXTURE__X = eINSTANCE.getFixture_X();

		/**
		 * The meta object literal for the '<em><b>Y</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIXTURE__Y = eINSTANCE.getFixture_Y();

		/**
		 * The meta object literal for the '<em><b>Z</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIXTURE__Z = eINSTANCE.getFixture_Z();

		/**
		 * The meta object literal for the '<em><b>Pan</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIXTURE__PAN = eINSTANCE.getFixture_Pan();

		/**
		 * The meta object literal for the '<em><b>Tilt</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIXTURE__TILT = eINSTANCE.getFixture_Tilt();

		/**
		 * The meta object literal for the '<em><b>Dimmer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIXTURE__DIMMER = eINSTANCE.getFixture_Dimmer();

		/**
		 * The meta object literal for the '<em><b>Gel</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIXTURE__GEL = eINSTANCE.getFixture_Gel();

		/**
		 * The meta object literal for the '<em><b>Diffusion</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIXTURE__DIFFUSION = eINSTANCE.getFixture_Diffusion();

		/**
		 * The meta object literal for the '<em><b>Off</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIXTURE__OFF = eINSTANCE.getFixture_Off();

		/**
		 * The meta object literal for the '{@link org.backlot.model.lighting.impl.LightingSetupImpl <em>Setup</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.backlot.model.lighting.impl.LightingSetupImpl
		 * @see org.backlot.model.lighting.impl.LightingPackageImpl#getLightingSetup()
		 * @generated
		 */
		EClass LIGHTING_SETUP = eINSTANCE.getLightingSetup();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIGHTING_SETUP__NAME = eINSTANCE.getLightingSetup_Name();

		/**
		 * The meta object literal for the '<em><b>Camera Setup</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LIGHTING_SETUP__CAMERA_SETUP = eINSTANCE.getLightingSetup_CameraSetup();

		/**
		 * The meta object literal for the '<em><b>Set</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LIGHTING_SETUP__SET = eINSTANCE.getLightingSetup_Set();

		/**
		 * The meta object literal for the '<em><b>Look</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LIGHTING_SETUP__LOOK = eINSTANCE.getLightingSetup_Look();

		/**
		 * The meta object literal for the '<em><b>Fixtures</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LIGHTING_SETUP__FIXTURES = eINSTANCE.getLightingSetup_Fixtures();

		/**
		 * The meta object literal for the '<em><b>Iso</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIGHTING_SETUP__ISO = eINSTANCE.getLightingSetup_Iso();

		/**
		 * The meta object literal for the '<em><b>Shutter Seconds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIGHTING_SETUP__SHUTTER_SECONDS = eINSTANCE.getLightingSetup_ShutterSeconds();

		/**
		 * The meta object literal for the '{@link org.backlot.model.lighting.impl.LookImpl <em>Look</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.backlot.model.lighting.impl.LookImpl
		 * @see org.backlot.model.lighting.impl.LightingPackageImpl#getLook()
		 * @generated
		 */
		EClass LOOK = eINSTANCE.getLook();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOOK__NAME = eINSTANCE.getLook_Name();

		/**
		 * The meta object literal for the '<em><b>Key To Fill</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOOK__KEY_TO_FILL = eINSTANCE.getLook_KeyToFill();

		/**
		 * The meta object literal for the '<em><b>Target Stop</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOOK__TARGET_STOP = eINSTANCE.getLook_TargetStop();

		/**
		 * The meta object literal for the '<em><b>Cct</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOOK__CCT = eINSTANCE.getLook_Cct();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOOK__DESCRIPTION = eINSTANCE.getLook_Description();

		/**
		 * The meta object literal for the '<em><b>Key Azimuth</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOOK__KEY_AZIMUTH = eINSTANCE.getLook_KeyAzimuth();

		/**
		 * The meta object literal for the '<em><b>Key Elevation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOOK__KEY_ELEVATION = eINSTANCE.getLook_KeyElevation();

		/**
		 * The meta object literal for the '<em><b>Separation Stops</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOOK__SEPARATION_STOPS = eINSTANCE.getLook_SeparationStops();

		/**
		 * The meta object literal for the '<em><b>Preset</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOOK__PRESET = eINSTANCE.getLook_Preset();

		/**
		 * The meta object literal for the '{@link org.backlot.model.lighting.impl.SetGeometryImpl <em>Set Geometry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.backlot.model.lighting.impl.SetGeometryImpl
		 * @see org.backlot.model.lighting.impl.LightingPackageImpl#getSetGeometry()
		 * @generated
		 */
		EClass SET_GEOMETRY = eINSTANCE.getSetGeometry();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SET_GEOMETRY__NAME = eINSTANCE.getSetGeometry_Name();

		/**
		 * The meta object literal for the '<em><b>Width M</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SET_GEOMETRY__WIDTH_M = eINSTANCE.getSetGeometry_WidthM();

		/**
		 * The meta object literal for the '<em><b>Depth M</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SET_GEOMETRY__DEPTH_M = eINSTANCE.getSetGeometry_DepthM();

		/**
		 * The meta object literal for the '<em><b>Height M</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SET_GEOMETRY__HEIGHT_M = eINSTANCE.getSetGeometry_HeightM();

		/**
		 * The meta object literal for the '<em><b>Floor Reflectance</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SET_GEOMETRY__FLOOR_REFLECTANCE = eINSTANCE.getSetGeometry_FloorReflectance();

		/**
		 * The meta object literal for the '<em><b>Walls</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SET_GEOMETRY__WALLS = eINSTANCE.getSetGeometry_Walls();

		/**
		 * The meta object literal for the '<em><b>Pieces</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SET_GEOMETRY__PIECES = eINSTANCE.getSetGeometry_Pieces();

		/**
		 * The meta object literal for the '<em><b>Led Wall</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SET_GEOMETRY__LED_WALL = eINSTANCE.getSetGeometry_LedWall();

		/**
		 * The meta object literal for the '{@link org.backlot.model.lighting.impl.WallImpl <em>Wall</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.backlot.model.lighting.impl.WallImpl
		 * @see org.backlot.model.lighting.impl.LightingPackageImpl#getWall()
		 * @generated
		 */
		EClass WALL = eINSTANCE.getWall();

		/**
		 * The meta object literal for the '<em><b>X1</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WALL__X1 = eINSTANCE.getWall_X1();

		/**
		 * The meta object literal for the '<em><b>Y1</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WALL__Y1 = eINSTANCE.getWall_Y1();

		/**
		 * The meta object literal for the '<em><b>X2</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WALL__X2 = eINSTANCE.getWall_X2();

		/**
		 * The meta object literal for the '<em><b>Y2</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WALL__Y2 = eINSTANCE.getWall_Y2();

		/**
		 * The meta object literal for the '<em><b>Height</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WALL__HEIGHT = eINSTANCE.getWall_Height();

		/**
		 * The meta object literal for the '<em><b>Reflectance</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WALL__REFLECTANCE = eINSTANCE.getWall_Reflectance();

		/**
		 * The meta object literal for the '{@link org.backlot.model.lighting.impl.SetPieceImpl <em>Set Piece</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.backlot.model.lighting.impl.SetPieceImpl
		 * @see org.backlot.model.lighting.impl.LightingPackageImpl#getSetPiece()
		 * @generated
		 */
		EClass SET_PIECE = eINSTANCE.getSetPiece();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SET_PIECE__NAME = eINSTANCE.getSetPiece_Name();

		/**
		 * The meta object literal for the '<em><b>X</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SET_PIECE__X = eINSTANCE.getSetPiece_X();

		/**
		 * The meta object literal for the '<em><b>Y</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SET_PIECE__Y = eINSTANCE.getSetPiece_Y();

		/**
		 * The meta object literal for the '<em><b>Z</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SET_PIECE__Z = eINSTANCE.getSetPiece_Z();

		/**
		 * The meta object literal for the '<em><b>Width</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SET_PIECE__WIDTH = eINSTANCE.getSetPiece_Width();

		/**
		 * The meta object literal for the '<em><b>Depth</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SET_PIECE__DEPTH = eINSTANCE.getSetPiece_Depth();

		/**
		 * The meta object literal for the '<em><b>Height</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SET_PIECE__HEIGHT = eINSTANCE.getSetPiece_Height();

		/**
		 * The meta object literal for the '<em><b>Rotation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SET_PIECE__ROTATION = eINSTANCE.getSetPiece_Rotation();

		/**
		 * The meta object literal for the '<em><b>Reflectance</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SET_PIECE__REFLECTANCE = eINSTANCE.getSetPiece_Reflectance();

		/**
		 * The meta object literal for the '<em><b>Mesh Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SET_PIECE__MESH_PATH = eINSTANCE.getSetPiece_MeshPath();

		/**
		 * The meta object literal for the '{@link org.backlot.model.lighting.impl.LedWallImpl <em>Led Wall</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.backlot.model.lighting.impl.LedWallImpl
		 * @see org.backlot.model.lighting.impl.LightingPackageImpl#getLedWall()
		 * @generated
		 */
		EClass LED_WALL = eINSTANCE.getLedWall();

		/**
		 * The meta object literal for the '<em><b>X1</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LED_WALL__X1 = eINSTANCE.getLedWall_X1();

		/**
		 * The meta object literal for the '<em><b>Y1</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LED_WALL__Y1 = eINSTANCE.getLedWall_Y1();

		/**
		 * The meta object literal for the '<em><b>X2</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LED_WALL__X2 = eINSTANCE.getLedWall_X2();

		/**
		 * The meta object literal for the '<em><b>Y2</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LED_WALL__Y2 = eINSTANCE.getLedWall_Y2();

		/**
		 * The meta object literal for the '<em><b>Bottom</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LED_WALL__BOTTOM = eINSTANCE.getLedWall_Bottom();

		/**
		 * The meta object literal for the '<em><b>Height</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LED_WALL__HEIGHT = eINSTANCE.getLedWall_Height();

		/**
		 * The meta object literal for the '<em><b>Nits</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LED_WALL__NITS = eINSTANCE.getLedWall_Nits();

		/**
		 * The meta object literal for the '<em><b>Image Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LED_WALL__IMAGE_PATH = eINSTANCE.getLedWall_ImagePath();

		/**
		 * The meta object literal for the '{@link org.backlot.model.lighting.FixtureKind <em>Fixture Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.backlot.model.lighting.FixtureKind
		 * @see org.backlot.model.lighting.impl.LightingPackageImpl#getFixtureKind()
		 * @generated
		 */
		EEnum FIXTURE_KIND = eINSTANCE.getFixtureKind();

		/**
		 * The meta object literal for the '{@link org.backlot.model.lighting.Gel <em>Gel</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.backlot.model.lighting.Gel
		 * @see org.backlot.model.lighting.impl.LightingPackageImpl#getGel()
		 * @generated
		 */
		EEnum GEL = eINSTANCE.getGel();

		/**
		 * The meta object literal for the '{@link org.backlot.model.lighting.DimmerCurve <em>Dimmer Curve</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.backlot.model.lighting.DimmerCurve
		 * @see org.backlot.model.lighting.impl.LightingPackageImpl#getDimmerCurve()
		 * @generated
		 */
		EEnum DIMMER_CURVE = eINSTANCE.getDimmerCurve();

	}

} //LightingPackage
