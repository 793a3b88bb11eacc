/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.studio;

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
 * The studio base: what it owns and shares among productions.
 * <!-- end-model-doc -->
 * @see org.backlot.model.studio.StudioFactory
 * @model kind="package"
 * @generated
 */
public interface StudioPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "studio";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://backlot.org/model/studio/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "studio";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	StudioPackage eINSTANCE = org.backlot.model.studio.impl.StudioPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.backlot.model.studio.impl.StudioImpl <em>Studio</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.backlot.model.studio.impl.StudioImpl
	 * @see org.backlot.model.studio.impl.StudioPackageImpl#getStudio()
	 * @generated
	 */
	int STUDIO = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDIO__ID = ProductionPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>File Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDIO__FILE_VERSION = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDIO__NAME = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Name Zh</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDIO__NAME_ZH = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDIO__ADDRESS = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Stages</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDIO__STAGES = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Inventory</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDIO__INVENTORY = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Extras</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDIO__EXTRAS = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Apartments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDIO__APARTMENTS = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Locations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDIO__LOCATIONS = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Fixture Types</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDIO__FIXTURE_TYPES = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Fixture Stock</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDIO__FIXTURE_STOCK = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Authorities</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDIO__AUTHORITIES = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Bookings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDIO__BOOKINGS = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Latitude</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDIO__LATITUDE = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Longitude</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDIO__LONGITUDE = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Time Zone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDIO__TIME_ZONE = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Assets</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDIO__ASSETS = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 16;

	/**
	 * The number of structural features of the '<em>Studio</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDIO_FEATURE_COUNT = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 17;

	/**
	 * The number of operations of the '<em>Studio</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDIO_OPERATION_COUNT = ProductionPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.backlot.model.studio.impl.StudioResourceImpl <em>Resource</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.backlot.model.studio.impl.StudioResourceImpl
	 * @see org.backlot.model.studio.impl.StudioPackageImpl#getStudioResource()
	 * @generated
	 */
	int STUDIO_RESOURCE = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDIO_RESOURCE__ID = ProductionPackage.IDENTIFIED__ID;

	/**
	 * The number of structural features of the '<em>Resource</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDIO_RESOURCE_FEATURE_COUNT = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Resource</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDIO_RESOURCE_OPERATION_COUNT = ProductionPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.backlot.model.studio.impl.StageImpl <em>Stage</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.backlot.model.studio.impl.StageImpl
	 * @see org.backlot.model.studio.impl.StudioPackageImpl#getStage()
	 * @generated
	 */
	int STAGE = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE__ID = STUDIO_RESOURCE__ID;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE__NUMBER = STUDIO_RESOURCE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE__NAME = STUDIO_RESOURCE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Name Zh</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE__NAME_ZH = STUDIO_RESOURCE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Area M2</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE__AREA_M2 = STUDIO_RESOURCE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Height M</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE__HEIGHT_M = STUDIO_RESOURCE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Led Volume</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE__LED_VOLUME = STUDIO_RESOURCE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Led Wall Width M</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE__LED_WALL_WIDTH_M = STUDIO_RESOURCE_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Led Wall Height M</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE__LED_WALL_HEIGHT_M = STUDIO_RESOURCE_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Power Kw</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE__POWER_KW = STUDIO_RESOURCE_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Stage</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE_FEATURE_COUNT = STUDIO_RESOURCE_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Stage</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE_OPERATION_COUNT = STUDIO_RESOURCE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.backlot.model.studio.impl.InventoryItemImpl <em>Inventory Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.backlot.model.studio.impl.InventoryItemImpl
	 * @see org.backlot.model.studio.impl.StudioPackageImpl#getInventoryItem()
	 * @generated
	 */
	int INVENTORY_ITEM = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVENTORY_ITEM__ID = STUDIO_RESOURCE__ID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVENTORY_ITEM__CODE = STUDIO_RESOURCE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Name Zh</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVENTORY_ITEM__NAME_ZH = STUDIO_RESOURCE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVENTORY_ITEM__NAME_EN = STUDIO_RESOURCE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVENTORY_ITEM__KIND = STUDIO_RESOURCE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVENTORY_ITEM__PERIOD = STUDIO_RESOURCE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Style</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVENTORY_ITEM__STYLE = STUDIO_RESOURCE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVENTORY_ITEM__SIZE = STUDIO_RESOURCE_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Colour</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVENTORY_ITEM__COLOUR = STUDIO_RESOURCE_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Condition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVENTORY_ITEM__CONDITION = STUDIO_RESOURCE_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Quantity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVENTORY_ITEM__QUANTITY = STUDIO_RESOURCE_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVENTORY_ITEM__TAGS = STUDIO_RESOURCE_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Photo Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVENTORY_ITEM__PHOTO_PATH = STUDIO_RESOURCE_FEATURE_COUNT + 11;

	/**
	 * The number of structural features of the '<em>Inventory Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVENTORY_ITEM_FEATURE_COUNT = STUDIO_RESOURCE_FEATURE_COUNT + 12;

	/**
	 * The number of operations of the '<em>Inventory Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVENTORY_ITEM_OPERATION_COUNT = STUDIO_RESOURCE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.backlot.model.studio.impl.ExtraImpl <em>Extra</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.backlot.model.studio.impl.ExtraImpl
	 * @see org.backlot.model.studio.impl.StudioPackageImpl#getExtra()
	 * @generated
	 */
	int EXTRA = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTRA__ID = STUDIO_RESOURCE__ID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTRA__CODE = STUDIO_RESOURCE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTRA__NAME = STUDIO_RESOURCE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Gender</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTRA__GENDER = STUDIO_RESOURCE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Birth Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTRA__BIRTH_YEAR = STUDIO_RESOURCE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Height Cm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTRA__HEIGHT_CM = STUDIO_RESOURCE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Looks</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTRA__LOOKS = STUDIO_RESOURCE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Skills</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTRA__SKILLS = STUDIO_RESOURCE_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Languages</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTRA__LANGUAGES = STUDIO_RESOURCE_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Unavailable</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTRA__UNAVAILABLE = STUDIO_RESOURCE_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Photo Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTRA__PHOTO_PATH = STUDIO_RESOURCE_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Extra</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTRA_FEATURE_COUNT = STUDIO_RESOURCE_FEATURE_COUNT + 10;

	/**
	 * The number of operations of the '<em>Extra</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTRA_OPERATION_COUNT = STUDIO_RESOURCE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.backlot.model.studio.impl.ApartmentImpl <em>Apartment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.backlot.model.studio.impl.ApartmentImpl
	 * @see org.backlot.model.studio.impl.StudioPackageImpl#getApartment()
	 * @generated
	 */
	int APARTMENT = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APARTMENT__ID = STUDIO_RESOURCE__ID;

	/**
	 * The feature id for the '<em><b>Building</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APARTMENT__BUILDING = STUDIO_RESOURCE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APARTMENT__UNIT = STUDIO_RESOURCE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Beds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APARTMENT__BEDS = STUDIO_RESOURCE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Floor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APARTMENT__FLOOR = STUDIO_RESOURCE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Features</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APARTMENT__FEATURES = STUDIO_RESOURCE_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Apartment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APARTMENT_FEATURE_COUNT = STUDIO_RESOURCE_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Apartment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APARTMENT_OPERATION_COUNT = STUDIO_RESOURCE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.backlot.model.studio.impl.LocationImpl <em>Location</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.backlot.model.studio.impl.LocationImpl
	 * @see org.backlot.model.studio.impl.StudioPackageImpl#getLocation()
	 * @generated
	 */
	int LOCATION = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCATION__ID = STUDIO_RESOURCE__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCATION__NAME = STUDIO_RESOURCE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Name Zh</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCATION__NAME_ZH = STUDIO_RESOURCE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCATION__ADDRESS = STUDIO_RESOURCE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Latitude</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCATION__LATITUDE = STUDIO_RESOURCE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Longitude</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCATION__LONGITUDE = STUDIO_RESOURCE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCATION__TYPE = STUDIO_RESOURCE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCATION__OWNER = STUDIO_RESOURCE_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Owner Contact</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCATION__OWNER_CONTACT = STUDIO_RESOURCE_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Panoramas</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCATION__PANORAMAS = STUDIO_RESOURCE_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Parking</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCATION__PARKING = STUDIO_RESOURCE_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Nearest Hospital</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCATION__NEAREST_HOSPITAL = STUDIO_RESOURCE_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Road</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCATION__ROAD = STUDIO_RESOURCE_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Landmark</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCATION__LANDMARK = STUDIO_RESOURCE_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Unavailable</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCATION__UNAVAILABLE = STUDIO_RESOURCE_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Base Camp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCATION__BASE_CAMP = STUDIO_RESOURCE_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Power</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCATION__POWER = STUDIO_RESOURCE_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Pins</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCATION__PINS = STUDIO_RESOURCE_FEATURE_COUNT + 16;

	/**
	 * The number of structural features of the '<em>Location</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCATION_FEATURE_COUNT = STUDIO_RESOURCE_FEATURE_COUNT + 17;

	/**
	 * The number of operations of the '<em>Location</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCATION_OPERATION_COUNT = STUDIO_RESOURCE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.backlot.model.studio.impl.FixtureStockImpl <em>Fixture Stock</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.backlot.model.studio.impl.FixtureStockImpl
	 * @see org.backlot.model.studio.impl.StudioPackageImpl#getFixtureStock()
	 * @generated
	 */
	int FIXTURE_STOCK = 7;

	/**
	 * The feature id for the '<em><b>Type</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIXTURE_STOCK__TYPE = 0;

	/**
	 * The feature id for the '<em><b>Quantity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIXTURE_STOCK__QUANTITY = 1;

	/**
	 * The number of structural features of the '<em>Fixture Stock</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIXTURE_STOCK_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Fixture Stock</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIXTURE_STOCK_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.backlot.model.studio.impl.BookingImpl <em>Booking</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.backlot.model.studio.impl.BookingImpl
	 * @see org.backlot.model.studio.impl.StudioPackageImpl#getBooking()
	 * @generated
	 */
	int BOOKING = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOKING__ID = ProductionPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Resource</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOKING__RESOURCE = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Production Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOKING__PRODUCTION_ID = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Production Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOKING__PRODUCTION_TITLE = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOKING__FROM = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOKING__TO = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOKING__STATUS = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Quantity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOKING__QUANTITY = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOKING__NOTE = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Purpose</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOKING__PURPOSE = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Occupant</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOKING__OCCUPANT = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Call Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOKING__CALL_TIME = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Element Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOKING__ELEMENT_ID = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The number of structural features of the '<em>Booking</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOKING_FEATURE_COUNT = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 12;

	/**
	 * The number of operations of the '<em>Booking</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOKING_OPERATION_COUNT = ProductionPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.backlot.model.studio.impl.DigitalAssetImpl <em>Digital Asset</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.backlot.model.studio.impl.DigitalAssetImpl
	 * @see org.backlot.model.studio.impl.StudioPackageImpl#getDigitalAsset()
	 * @generated
	 */
	int DIGITAL_ASSET = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIGITAL_ASSET__ID = STUDIO_RESOURCE__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIGITAL_ASSET__NAME = STUDIO_RESOURCE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Name Zh</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIGITAL_ASSET__NAME_ZH = STUDIO_RESOURCE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIGITAL_ASSET__KIND = STUDIO_RESOURCE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Files</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIGITAL_ASSET__FILES = STUDIO_RESOURCE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Preview</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIGITAL_ASSET__PREVIEW = STUDIO_RESOURCE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Person</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIGITAL_ASSET__PERSON = STUDIO_RESOURCE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Rights Holder</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIGITAL_ASSET__RIGHTS_HOLDER = STUDIO_RESOURCE_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Rights</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIGITAL_ASSET__RIGHTS = STUDIO_RESOURCE_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Scanned</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIGITAL_ASSET__SCANNED = STUDIO_RESOURCE_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Expires</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIGITAL_ASSET__EXPIRES = STUDIO_RESOURCE_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Digital Asset</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIGITAL_ASSET_FEATURE_COUNT = STUDIO_RESOURCE_FEATURE_COUNT + 10;

	/**
	 * The number of operations of the '<em>Digital Asset</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIGITAL_ASSET_OPERATION_COUNT = STUDIO_RESOURCE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.backlot.model.studio.impl.PanoramaPinImpl <em>Panorama Pin</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.backlot.model.studio.impl.PanoramaPinImpl
	 * @see org.backlot.model.studio.impl.StudioPackageImpl#getPanoramaPin()
	 * @generated
	 */
	int PANORAMA_PIN = 10;

	/**
	 * The feature id for the '<em><b>Panorama</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PANORAMA_PIN__PANORAMA = 0;

	/**
	 * The feature id for the '<em><b>Yaw</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PANORAMA_PIN__YAW = 1;

	/**
	 * The feature id for the '<em><b>Pitch</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PANORAMA_PIN__PITCH = 2;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PANORAMA_PIN__TEXT = 3;

	/**
	 * The number of structural features of the '<em>Panorama Pin</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PANORAMA_PIN_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Panorama Pin</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PANORAMA_PIN_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.backlot.model.studio.ItemKind <em>Item Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.backlot.model.studio.ItemKind
	 * @see org.backlot.model.studio.impl.StudioPackageImpl#getItemKind()
	 * @generated
	 */
	int ITEM_KIND = 11;

	/**
	 * The meta object id for the '{@link org.backlot.model.studio.Condition <em>Condition</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.backlot.model.studio.Condition
	 * @see org.backlot.model.studio.impl.StudioPackageImpl#getCondition()
	 * @generated
	 */
	int CONDITION = 12;

	/**
	 * The meta object id for the '{@link org.backlot.model.studio.Gender <em>Gender</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.backlot.model.studio.Gender
	 * @see org.backlot.model.studio.impl.StudioPackageImpl#getGender()
	 * @generated
	 */
	int GENDER = 13;

	/**
	 * The meta object id for the '{@link org.backlot.model.studio.LocationType <em>Location Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.backlot.model.studio.LocationType
	 * @see org.backlot.model.studio.impl.StudioPackageImpl#getLocationType()
	 * @generated
	 */
	int LOCATION_TYPE = 14;

	/**
	 * The meta object id for the '{@link org.backlot.model.studio.BookingStatus <em>Booking Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.backlot.model.studio.BookingStatus
	 * @see org.backlot.model.studio.impl.StudioPackageImpl#getBookingStatus()
	 * @generated
	 */
	int BOOKING_STATUS = 15;

	/**
	 * The meta object id for the '{@link org.backlot.model.studio.BookingPurpose <em>Booking Purpose</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.backlot.model.studio.BookingPurpose
	 * @see org.backlot.model.studio.impl.StudioPackageImpl#getBookingPurpose()
	 * @generated
	 */
	int BOOKING_PURPOSE = 16;

	/**
	 * The meta object id for the '{@link org.backlot.model.studio.AssetKind <em>Asset Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.backlot.model.studio.AssetKind
	 * @see org.backlot.model.studio.impl.StudioPackageImpl#getAssetKind()
	 * @generated
	 */
	int ASSET_KIND = 17;


	/**
	 * Returns the meta object for class '{@link org.backlot.model.studio.Studio <em>Studio</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Studio</em>'.
	 * @see org.backlot.model.studio.Studio
	 * @generated
	 */
	EClass getStudio();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.studio.Studio#getFileVersion <em>File Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>File Version</em>'.
	 * @see org.backlot.model.studio.Studio#getFileVersion()
	 * @see #getStudio()
	 * @generated
	 */
	EAttribute getStudio_FileVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.studio.Studio#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.backlot.model.studio.Studio#getName()
	 * @see #getStudio()
	 * @generated
	 */
	EAttribute getStudio_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.studio.Studio#getNameZh <em>Name Zh</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name Zh</em>'.
	 * @see org.backlot.model.studio.Studio#getNameZh()
	 * @see #getStudio()
	 * @generated
	 */
	EAttribute getStudio_NameZh();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.studio.Studio#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address</em>'.
	 * @see org.backlot.model.studio.Studio#getAddress()
	 * @see #getStudio()
	 * @generated
	 */
	EAttribute getStudio_Address();

	/**
	 * Returns the meta object for the containment reference list '{@link org.backlot.model.studio.Studio#getStages <em>Stages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Stages</em>'.
	 * @see org.backlot.model.studio.Studio#getStages()
	 * @see #getStudio()
	 * @generated
	 */
	EReference getStudio_Stages();

	/**
	 * Returns the meta object for the containment reference list '{@link org.backlot.model.studio.Studio#getInventory <em>Inventory</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Inventory</em>'.
	 * @see org.backlot.model.studio.Studio#getInventory()
	 * @see #getStudio()
	 * @generated
	 */
	EReference getStudio_Inventory();

	/**
	 * Returns the meta object for the containment reference list '{@link org.backlot.model.studio.Studio#getExtras <em>Extras</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Extras</em>'.
	 * @see org.backlot.model.studio.Studio#getExtras()
	 * @see #getStudio()
	 * @generated
	 */
	EReference getStudio_Extras();

	/**
	 * Returns the meta object for the containment reference list '{@link org.backlot.model.studio.Studio#getApartments <em>Apartments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Apartments</em>'.
	 * @see org.backlot.model.studio.Studio#getApartments()
	 * @see #getStudio()
	 * @generated
	 */
	EReference getStudio_Apartments();

	/**
	 * Returns the meta object for the containment reference list '{@link org.backlot.model.studio.Studio#getLocations <em>Locations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Locations</em>'.
	 * @see org.backlot.model.studio.Studio#getLocations()
	 * @see #getStudio()
	 * @generated
	 */
	EReference getStudio_Locations();

	/**
	 * Returns the meta object for the containment reference list '{@link org.backlot.model.studio.Studio#getFixtureTypes <em>Fixture Types</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Fixture Types</em>'.
	 * @see org.backlot.model.studio.Studio#getFixtureTypes()
	 * @see #getStudio()
	 * @generated
	 */
	EReference getStudio_FixtureTypes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.backlot.model.studio.Studio#getFixtureStock <em>Fixture Stock</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Fixture Stock</em>'.
	 * @see org.backlot.model.studio.Studio#getFixtureStock()
	 * @see #getStudio()
	 * @generated
	 */
	EReference getStudio_FixtureStock();

	/**
	 * Returns the meta object for the containment reference list '{@link org.backlot.model.studio.Studio#getAuthorities <em>Authorities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Authorities</em>'.
	 * @see org.backlot.model.studio.Studio#getAuthorities()
	 * @see #getStudio()
	 * @generated
	 */
	EReference getStudio_Authorities();

	/**
	 * Returns the meta object for the containment reference list '{@link org.backlot.model.studio.Studio#getBookings <em>Bookings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Bookings</em>'.
	 * @see org.backlot.model.studio.Studio#getBookings()
	 * @see #getStudio()
	 * @generated
	 */
	EReference getStudio_Bookings();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.studio.Studio#getLatitude <em>Latitude</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Latitude</em>'.
	 * @see org.backlot.model.studio.Studio#getLatitude()
	 * @see #getStudio()
	 * @generated
	 */
	EAttribute getStudio_Latitude();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.studio.Studio#getLongitude <em>Longitude</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Longitude</em>'.
	 * @see org.backlot.model.studio.Studio#getLongitude()
	 * @see #getStudio()
	 * @generated
	 */
	EAttribute getStudio_Longitude();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.studio.Studio#getTimeZone <em>Time Zone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time Zone</em>'.
	 * @see org.backlot.model.studio.Studio#getTimeZone()
	 * @see #getStudio()
	 * @generated
	 */
	EAttribute getStudio_TimeZone();

	/**
	 * Returns the meta object for the containment reference list '{@link org.backlot.model.studio.Studio#getAssets <em>Assets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Assets</em>'.
	 * @see org.backlot.model.studio.Studio#getAssets()
	 * @see #getStudio()
	 * @generated
	 */
	EReference getStudio_Assets();

	/**
	 * Returns the meta object for class '{@link org.backlot.model.studio.StudioResource <em>Resource</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Resource</em>'.
	 * @see org.backlot.model.studio.StudioResource
	 * @generated
	 */
	EClass getStudioResource();

	/**
	 * Returns the meta object for class '{@link org.backlot.model.studio.Stage <em>Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Stage</em>'.
	 * @see org.backlot.model.studio.Stage
	 * @generated
	 */
	EClass getStage();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.studio.Stage#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.backlot.model.studio.Stage#getNumber()
	 * @see #getStage()
	 * @generated
	 */
	EAttribute getStage_Number();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.studio.Stage#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.backlot.model.studio.Stage#getName()
	 * @see #getStage()
	 * @generated
	 */
	EAttribute getStage_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.studio.Stage#getNameZh <em>Name Zh</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name Zh</em>'.
	 * @see org.backlot.model.studio.Stage#getNameZh()
	 * @see #getStage()
	 * @generated
	 */
	EAttribute getStage_NameZh();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.studio.Stage#getAreaM2 <em>Area M2</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Area M2</em>'.
	 * @see org.backlot.model.studio.Stage#getAreaM2()
	 * @see #getStage()
	 * @generated
	 */
	EAttribute getStage_AreaM2();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.studio.Stage#getHeightM <em>Height M</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Height M</em>'.
	 * @see org.backlot.model.studio.Stage#getHeightM()
	 * @see #getStage()
	 * @generated
	 */
	EAttribute getStage_HeightM();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.studio.Stage#isLedVolume <em>Led Volume</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Led Volume</em>'.
	 * @see org.backlot.model.studio.Stage#isLedVolume()
	 * @see #getStage()
	 * @generated
	 */
	EAttribute getStage_LedVolume();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.studio.Stage#getLedWallWidthM <em>Led Wall Width M</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Led Wall Width M</em>'.
	 * @see org.backlot.model.studio.Stage#getLedWallWidthM()
	 * @see #getStage()
	 * @generated
	 */
	EAttribute getStage_LedWallWidthM();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.studio.Stage#getLedWallHeightM <em>Led Wall Height M</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Led Wall Height M</em>'.
	 * @see org.backlot.model.studio.Stage#getLedWallHeightM()
	 * @see #getStage()
	 * @generated
	 */
	EAttribute getStage_LedWallHeightM();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.studio.Stage#getPowerKw <em>Power Kw</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Power Kw</em>'.
	 * @see org.backlot.model.studio.Stage#getPowerKw()
	 * @see #getStage()
	 * @generated
	 */
	EAttribute getStage_PowerKw();

	/**
	 * Returns the meta object for class '{@link org.backlot.model.studio.InventoryItem <em>Inventory Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Inventory Item</em>'.
	 * @see org.backlot.model.studio.InventoryItem
	 * @generated
	 */
	EClass getInventoryItem();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.studio.InventoryItem#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.backlot.model.studio.InventoryItem#getCode()
	 * @see #getInventoryItem()
	 * @generated
	 */
	EAttribute getInventoryItem_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.studio.InventoryItem#getNameZh <em>Name Zh</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name Zh</em>'.
	 * @see org.backlot.model.studio.InventoryItem#getNameZh()
	 * @see #getInventoryItem()
	 * @generated
	 */
	EAttribute getInventoryItem_NameZh();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.studio.InventoryItem#getNameEn <em>Name En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name En</em>'.
	 * @see org.backlot.model.studio.InventoryItem#getNameEn()
	 * @see #getInventoryItem()
	 * @generated
	 */
	EAttribute getInventoryItem_NameEn();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.studio.InventoryItem#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.backlot.model.studio.InventoryItem#getKind()
	 * @see #getInventoryItem()
	 * @generated
	 */
	EAttribute getInventoryItem_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.studio.InventoryItem#getPeriod <em>Period</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period</em>'.
	 * @see org.backlot.model.studio.InventoryItem#getPeriod()
	 * @see #getInventoryItem()
	 * @generated
	 */
	EAttribute getInventoryItem_Period();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.studio.InventoryItem#getStyle <em>Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Style</em>'.
	 * @see org.backlot.model.studio.InventoryItem#getStyle()
	 * @see #getInventoryItem()
	 * @generated
	 */
	EAttribute getInventoryItem_Style();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.studio.InventoryItem#getSize <em>Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size</em>'.
	 * @see org.backlot.model.studio.InventoryItem#getSize()
	 * @see #getInventoryItem()
	 * @generated
	 */
	EAttribute getInventoryItem_Size();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.studio.InventoryItem#getColour <em>Colour</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Colour</em>'.
	 * @see org.backlot.model.studio.InventoryItem#getColour()
	 * @see #getInventoryItem()
	 * @generated
	 */
	EAttribute getInventoryItem_Colour();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.studio.InventoryItem#getCondition <em>Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Condition</em>'.
	 * @see org.backlot.model.studio.InventoryItem#getCondition()
	 * @see #getInventoryItem()
	 * @generated
	 */
	EAttribute getInventoryItem_Condition();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.studio.InventoryItem#getQuantity <em>Quantity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Quantity</em>'.
	 * @see org.backlot.model.studio.InventoryItem#getQuantity()
	 * @see #getInventoryItem()
	 * @generated
	 */
	EAttribute getInventoryItem_Quantity();

	/**
	 * Returns the meta object for the attribute list '{@link org.backlot.model.studio.InventoryItem#getTags <em>Tags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Tags</em>'.
	 * @see org.backlot.model.studio.InventoryItem#getTags()
	 * @see #getInventoryItem()
	 * @generated
	 */
	EAttribute getInventoryItem_Tags();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.studio.InventoryItem#getPhotoPath <em>Photo Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Photo Path</em>'.
	 * @see org.backlot.model.studio.InventoryItem#getPhotoPath()
	 * @see #getInventoryItem()
	 * @generated
	 */
	EAttribute getInventoryItem_PhotoPath();

	/**
	 * Returns the meta object for class '{@link org.backlot.model.studio.Extra <em>Extra</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Extra</em>'.
	 * @see org.backlot.model.studio.Extra
	 * @generated
	 */
	EClass getExtra();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.studio.Extra#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.backlot.model.studio.Extra#getCode()
	 * @see #getExtra()
	 * @generated
	 */
	EAttribute getExtra_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.studio.Extra#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.backlot.model.studio.Extra#getName()
	 * @see #getExtra()
	 * @generated
	 */
	EAttribute getExtra_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.studio.Extra#getGender <em>Gender</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Gender</em>'.
	 * @see org.backlot.model.studio.Extra#getGender()
	 * @see #getExtra()
	 * @generated
	 */
	EAttribute getExtra_Gender();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.studio.Extra#getBirthYear <em>Birth Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Birth Year</em>'.
	 * @see org.backlot.model.studio.Extra#getBirthYear()
	 * @see #getExtra()
	 * @generated
	 */
	EAttribute getExtra_BirthYear();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.studio.Extra#getHeightCm <em>Height Cm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Height Cm</em>'.
	 * @see org.backlot.model.studio.Extra#getHeightCm()
	 * @see #getExtra()
	 * @generated
	 */
	EAttribute getExtra_HeightCm();

	/**
	 * Returns the meta object for the attribute list '{@link org.backlot.model.studio.Extra#getLooks <em>Looks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Looks</em>'.
	 * @see org.backlot.model.studio.Extra#getLooks()
	 * @see #getExtra()
	 * @generated
	 */
	EAttribute getExtra_Looks();

	/**
	 * Returns the meta object for the attribute list '{@link org.backlot.model.studio.Extra#getSkills <em>Skills</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Skills</em>'.
	 * @see org.backlot.model.studio.Extra#getSkills()
	 * @see #getExtra()
	 * @generated
	 */
	EAttribute getExtra_Skills();

	/**
	 * Returns the meta object for the attribute list '{@link org.backlot.model.studio.Extra#getLanguages <em>Languages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Languages</em>'.
	 * @see org.backlot.model.studio.Extra#getLanguages()
	 * @see #getExtra()
	 * @generated
	 */
	EAttribute getExtra_Languages();

	/**
	 * Returns the meta object for the containment reference list '{@link org.backlot.model.studio.Extra#getUnavailable <em>Unavailable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Unavailable</em>'.
	 * @see org.backlot.model.studio.Extra#getUnavailable()
	 * @see #getExtra()
	 * @generated
	 */
	EReference getExtra_Unavailable();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.studio.Extra#getPhotoPath <em>Photo Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Photo Path</em>'.
	 * @see org.backlot.model.studio.Extra#getPhotoPath()
	 * @see #getExtra()
	 * @generated
	 */
	EAttribute getExtra_PhotoPath();

	/**
	 * Returns the meta object for class '{@link org.backlot.model.studio.Apartment <em>Apartment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Apartment</em>'.
	 * @see org.backlot.model.studio.Apartment
	 * @generated
	 */
	EClass getApartment();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.studio.Apartment#getBuilding <em>Building</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Building</em>'.
	 * @see org.backlot.model.studio.Apartment#getBuilding()
	 * @see #getApartment()
	 * @generated
	 */
	EAttribute getApartment_Building();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.studio.Apartment#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.backlot.model.studio.Apartment#getUnit()
	 * @see #getApartment()
	 * @generated
	 */
	EAttribute getApartment_Unit();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.studio.Apartment#getBeds <em>Beds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Beds</em>'.
	 * @see org.backlot.model.studio.Apartment#getBeds()
	 * @see #getApartment()
	 * @generated
	 */
	EAttribute getApartment_Beds();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.studio.Apartment#getFloor <em>Floor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Floor</em>'.
	 * @see org.backlot.model.studio.Apartment#getFloor()
	 * @see #getApartment()
	 * @generated
	 */
	EAttribute getApartment_Floor();

	/**
	 * Returns the meta object for the attribute list '{@link org.backlot.model.studio.Apartment#getFeatures <em>Features</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Features</em>'.
	 * @see org.backlot.model.studio.Apartment#getFeatures()
	 * @see #getApartment()
	 * @generated
	 */
	EAttribute getApartment_Features();

	/**
	 * Returns the meta object for class '{@link org.backlot.model.studio.Location <em>Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Location</em>'.
	 * @see org.backlot.model.studio.Location
	 * @generated
	 */
	EClass getLocation();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.studio.Location#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.backlot.model.studio.Location#getName()
	 * @see #getLocation()
	 * @generated
	 */
	EAttribute getLocation_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.studio.Location#getNameZh <em>Name Zh</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name Zh</em>'.
	 * @see org.backlot.model.studio.Location#getNameZh()
	 * @see #getLocation()
	 * @generated
	 */
	EAttribute getLocation_NameZh();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.studio.Location#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address</em>'.
	 * @see org.backlot.model.studio.Location#getAddress()
	 * @see #getLocation()
	 * @generated
	 */
	EAttribute getLocation_Address();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.studio.Location#getLatitude <em>Latitude</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Latitude</em>'.
	 * @see org.backlot.model.studio.Location#getLatitude()
	 * @see #getLocation()
	 * @generated
	 */
	EAttribute getLocation_Latitude();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.studio.Location#getLongitude <em>Longitude</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Longitude</em>'.
	 * @see org.backlot.model.studio.Location#getLongitude()
	 * @see #getLocation()
	 * @generated
	 */
	EAttribute getLocation_Longitude();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.studio.Location#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.backlot.model.studio.Location#getType()
	 * @see #getLocation()
	 * @generated
	 */
	EAttribute getLocation_Type();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.studio.Location#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Owner</em>'.
	 * @see org.backlot.model.studio.Location#getOwner()
	 * @see #getLocation()
	 * @generated
	 */
	EAttribute getLocation_Owner();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.studio.Location#getOwnerContact <em>Owner Contact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Owner Contact</em>'.
	 * @see org.backlot.model.studio.Location#getOwnerContact()
	 * @see #getLocation()
	 * @generated
	 */
	EAttribute getLocation_OwnerContact();

	/**
	 * Returns the meta object for the attribute list '{@link org.backlot.model.studio.Location#getPanoramas <em>Panoramas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Panoramas</em>'.
	 * @see org.backlot.model.studio.Location#getPanoramas()
	 * @see #getLocation()
	 * @generated
	 */
	EAttribute getLocation_Panoramas();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.studio.Location#getParking <em>Parking</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Parking</em>'.
	 * @see org.backlot.model.studio.Location#getParking()
	 * @see #getLocation()
	 * @generated
	 */
	EAttribute getLocation_Parking();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.studio.Location#getNearestHospital <em>Nearest Hospital</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Nearest Hospital</em>'.
	 * @see org.backlot.model.studio.Location#getNearestHospital()
	 * @see #getLocation()
	 * @generated
	 */
	EAttribute getLocation_NearestHospital();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.studio.Location#isRoad <em>Road</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Road</em>'.
	 * @see org.backlot.model.studio.Location#isRoad()
	 * @see #getLocation()
	 * @generated
	 */
	EAttribute getLocation_Road();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.studio.Location#isLandmark <em>Landmark</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Landmark</em>'.
	 * @see org.backlot.model.studio.Location#isLandmark()
	 * @see #getLocation()
	 * @generated
	 */
	EAttribute getLocation_Landmark();

	/**
	 * Returns the meta object for the containment reference list '{@link org.backlot.model.studio.Location#getUnavailable <em>Unavailable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Unavailable</em>'.
	 * @see org.backlot.model.studio.Location#getUnavailable()
	 * @see #getLocation()
	 * @generated
	 */
	EReference getLocation_Unavailable();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.studio.Location#getBaseCamp <em>Base Camp</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Base Camp</em>'.
	 * @see org.backlot.model.studio.Location#getBaseCamp()
	 * @see #getLocation()
	 * @generated
	 */
	EAttribute getLocation_BaseCamp();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.studio.Location#getPower <em>Power</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Power</em>'.
	 * @see org.backlot.model.studio.Location#getPower()
	 * @see #getLocation()
	 * @generated
	 */
	EAttribute getLocation_Power();

	/**
	 * Returns the meta object for the containment reference list '{@link org.backlot.model.studio.Location#getPins <em>Pins</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Pins</em>'.
	 * @see org.backlot.model.studio.Location#getPins()
	 * @see #getLocation()
	 * @generated
	 */
	EReference getLocation_Pins();

	/**
	 * Returns the meta object for class '{@link org.backlot.model.studio.FixtureStock <em>Fixture Stock</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Fixture Stock</em>'.
	 * @see org.backlot.model.studio.FixtureStock
	 * @generated
	 */
	EClass getFixtureStock();

	/**
	 * Returns the meta object for the reference '{@link org.backlot.model.studio.FixtureStock#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Type</em>'.
	 * @see org.backlot.model.studio.FixtureStock#getType()
	 * @see #getFixtureStock()
	 * @generated
	 */
	EReference getFixtureStock_Type();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.studio.FixtureStock#getQuantity <em>Quantity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Quantity</em>'.
	 * @see org.backlot.model.studio.FixtureStock#getQuantity()
	 * @see #getFixtureStock()
	 * @generated
	 */
	EAttribute getFixtureStock_Quantity();

	/**
	 * Returns the meta object for class '{@link org.backlot.model.studio.Booking <em>Booking</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Booking</em>'.
	 * @see org.backlot.model.studio.Booking
	 * @generated
	 */
	EClass getBooking();

	/**
	 * Returns the meta object for the reference '{@link org.backlot.model.studio.Booking#getResource <em>Resource</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Resource</em>'.
	 * @see org.backlot.model.studio.Booking#getResource()
	 * @see #getBooking()
	 * @generated
	 */
	EReference getBooking_Resource();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.studio.Booking#getProductionId <em>Production Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Production Id</em>'.
	 * @see org.backlot.model.studio.Booking#getProductionId()
	 * @see #getBooking()
	 * @generated
	 */
	EAttribute getBooking_ProductionId();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.studio.Booking#getProductionTitle <em>Production Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Production Title</em>'.
	 * @see org.backlot.model.studio.Booking#getProductionTitle()
	 * @see #getBooking()
	 * @generated
	 */
	EAttribute getBooking_ProductionTitle();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.studio.Booking#getFrom <em>From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>From</em>'.
	 * @see org.backlot.model.studio.Booking#getFrom()
	 * @see #getBooking()
	 * @generated
	 */
	EAttribute getBooking_From();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.studio.Booking#getTo <em>To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>To</em>'.
	 * @see org.backlot.model.studio.Booking#getTo()
	 * @see #getBooking()
	 * @generated
	 */
	EAttribute getBooking_To();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.studio.Booking#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.backlot.model.studio.Booking#getStatus()
	 * @see #getBooking()
	 * @generated
	 */
	EAttribute getBooking_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.studio.Booking#getQuantity <em>Quantity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Quantity</em>'.
	 * @see org.backlot.model.studio.Booking#getQuantity()
	 * @see #getBooking()
	 * @generated
	 */
	EAttribute getBooking_Quantity();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.studio.Booking#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.backlot.model.studio.Booking#getNote()
	 * @see #getBooking()
	 * @generated
	 */
	EAttribute getBooking_Note();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.studio.Booking#getPurpose <em>Purpose</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Purpose</em>'.
	 * @see org.backlot.model.studio.Booking#getPurpose()
	 * @see #getBooking()
	 * @generated
	 */
	EAttribute getBooking_Purpose();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.studio.Booking#getOccupant <em>Occupant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Occupant</em>'.
	 * @see org.backlot.model.studio.Booking#getOccupant()
	 * @see #getBooking()
	 * @generated
	 */
	EAttribute getBooking_Occupant();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.studio.Booking#getCallTime <em>Call Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Call Time</em>'.
	 * @see org.backlot.model.studio.Booking#getCallTime()
	 * @see #getBooking()
	 * @generated
	 */
	EAttribute getBooking_CallTime();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.studio.Booking#getElementId <em>Element Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Element Id</em>'.
	 * @see org.backlot.model.studio.Booking#getElementId()
	 * @see #getBooking()
	 * @generated
	 */
	EAttribute getBooking_ElementId();

	/**
	 * Returns the meta object for class '{@link org.backlot.model.studio.DigitalAsset <em>Digital Asset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Digital Asset</em>'.
	 * @see org.backlot.model.studio.DigitalAsset
	 * @generated
	 */
	EClass getDigitalAsset();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.studio.DigitalAsset#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.backlot.model.studio.DigitalAsset#getName()
	 * @see #getDigitalAsset()
	 * @generated
	 */
	EAttribute getDigitalAsset_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.studio.DigitalAsset#getNameZh <em>Name Zh</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name Zh</em>'.
	 * @see org.backlot.model.studio.DigitalAsset#getNameZh()
	 * @see #getDigitalAsset()
	 * @generated
	 */
	EAttribute getDigitalAsset_NameZh();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.studio.DigitalAsset#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.backlot.model.studio.DigitalAsset#getKind()
	 * @see #getDigitalAsset()
	 * @generated
	 */
	EAttribute getDigitalAsset_Kind();

	/**
	 * Returns the meta object for the attribute list '{@link org.backlot.model.studio.DigitalAsset#getFiles <em>Files</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Files</em>'.
	 * @see org.backlot.model.studio.DigitalAsset#getFiles()
	 * @see #getDigitalAsset()
	 * @generated
	 */
	EAttribute getDigitalAsset_Files();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.studio.DigitalAsset#getPreview <em>Preview</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Preview</em>'.
	 * @see org.backlot.model.studio.DigitalAsset#getPreview()
	 * @see #getDigitalAsset()
	 * @generated
	 */
	EAttribute getDigitalAsset_Preview();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.studio.DigitalAsset#getPerson <em>Person</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Person</em>'.
	 * @see org.backlot.model.studio.DigitalAsset#getPerson()
	 * @see #getDigitalAsset()
	 * @generated
	 */
	EAttribute getDigitalAsset_Person();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.studio.DigitalAsset#getRightsHolder <em>Rights Holder</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rights Holder</em>'.
	 * @see org.backlot.model.studio.DigitalAsset#getRightsHolder()
	 * @see #getDigitalAsset()
	 * @generated
	 */
	EAttribute getDigitalAsset_RightsHolder();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.studio.DigitalAsset#getRights <em>Rights</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rights</em>'.
	 * @see org.backlot.model.studio.DigitalAsset#getRights()
	 * @see #getDigitalAsset()
	 * @generated
	 */
	EAttribute getDigitalAsset_Rights();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.studio.DigitalAsset#getScanned <em>Scanned</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scanned</em>'.
	 * @see org.backlot.model.studio.DigitalAsset#getScanned()
	 * @see #getDigitalAsset()
	 * @generated
	 */
	EAttribute getDigitalAsset_Scanned();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.studio.DigitalAsset#getExpires <em>Expires</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expires</em>'.
	 * @see org.backlot.model.studio.DigitalAsset#getExpires()
	 * @see #getDigitalAsset()
	 * @generated
	 */
	EAttribute getDigitalAsset_Expires();

	/**
	 * Returns the meta object for class '{@link org.backlot.model.studio.PanoramaPin <em>Panorama Pin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Panorama Pin</em>'.
	 * @see org.backlot.model.studio.PanoramaPin
	 * @generated
	 */
	EClass getPanoramaPin();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.studio.PanoramaPin#getPanorama <em>Panorama</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Panorama</em>'.
	 * @see org.backlot.model.studio.PanoramaPin#getPanorama()
	 * @see #getPanoramaPin()
	 * @generated
	 */
	EAttribute getPanoramaPin_Panorama();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.studio.PanoramaPin#getYaw <em>Yaw</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Yaw</em>'.
	 * @see org.backlot.model.studio.PanoramaPin#getYaw()
	 * @see #getPanoramaPin()
	 * @generated
	 */
	EAttribute getPanoramaPin_Yaw();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.studio.PanoramaPin#getPitch <em>Pitch</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pitch</em>'.
	 * @see org.backlot.model.studio.PanoramaPin#getPitch()
	 * @see #getPanoramaPin()
	 * @generated
	 */
	EAttribute getPanoramaPin_Pitch();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.studio.PanoramaPin#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.backlot.model.studio.PanoramaPin#getText()
	 * @see #getPanoramaPin()
	 * @generated
	 */
	EAttribute getPanoramaPin_Text();

	/**
	 * Returns the meta object for enum '{@link org.backlot.model.studio.ItemKind <em>Item Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Item Kind</em>'.
	 * @see org.backlot.model.studio.ItemKind
	 * @generated
	 */
	EEnum getItemKind();

	/**
	 * Returns the meta object for enum '{@link org.backlot.model.studio.Condition <em>Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Condition</em>'.
	 * @see org.backlot.model.studio.Condition
	 * @generated
	 */
	EEnum getCondition();

	/**
	 * Returns the meta object for enum '{@link org.backlot.model.studio.Gender <em>Gender</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Gender</em>'.
	 * @see org.backlot.model.studio.Gender
	 * @generated
	 */
	EEnum getGender();

	/**
	 * Returns the meta object for enum '{@link org.backlot.model.studio.LocationType <em>Location Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Location Type</em>'.
	 * @see org.backlot.model.studio.LocationType
	 * @generated
	 */
	EEnum getLocationType();

	/**
	 * Returns the meta object for enum '{@link org.backlot.model.studio.BookingStatus <em>Booking Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Booking Status</em>'.
	 * @see org.backlot.model.studio.BookingStatus
	 * @generated
	 */
	EEnum getBookingStatus();

	/**
	 * Returns the meta object for enum '{@link org.backlot.model.studio.BookingPurpose <em>Booking Purpose</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Booking Purpose</em>'.
	 * @see org.backlot.model.studio.BookingPurpose
	 * @generated
	 */
	EEnum getBookingPurpose();

	/**
	 * Returns the meta object for enum '{@link org.backlot.model.studio.AssetKind <em>Asset Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Asset Kind</em>'.
	 * @see org.backlot.model.studio.AssetKind
	 * @generated
	 */
	EEnum getAssetKind();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	StudioFactory getStudioFactory();

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
		 * The meta object literal for the '{@link org.backlot.model.studio.impl.StudioImpl <em>Studio</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.backlot.model.studio.impl.StudioImpl
		 * @see org.backlot.model.studio.impl.StudioPackageImpl#getStudio()
		 * @generated
		 */
		EClass STUDIO = eINSTANCE.getStudio();

		/**
		 * The meta object literal for the '<em><b>File Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDIO__FILE_VERSION = eINSTANCE.getStudio_FileVersion();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDIO__NAME = eINSTANCE.getStudio_Name();

		/**
		 * The meta object literal for the '<em><b>Name Zh</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDIO__NAME_ZH = eINSTANCE.getStudio_NameZh();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDIO__ADDRESS = eINSTANCE.getStudio_Address();

		/**
		 * The meta object literal for the '<em><b>Stages</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDIO__STAGES = eINSTANCE.getStudio_Stages();

		/**
		 * The meta object literal for the '<em><b>Inventory</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDIO__INVENTORY = eINSTANCE.getStudio_Inventory();

		/**
		 * The meta object literal for the '<em><b>Extras</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDIO__EXTRAS = eINSTANCE.getStudio_Extras();

		/**
		 * The meta object literal for the '<em><b>Apartments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDIO__APARTMENTS = eINSTANCE.getStudio_Apartments();

		/**
		 * The meta object literal for the '<em><b>Locations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDIO__LOCATIONS = eINSTANCE.getStudio_Locations();

		/**
		 * The meta object literal for the '<em><b>Fixture Types</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDIO__FIXTURE_TYPES = eINSTANCE.getStudio_FixtureTypes();

		/**
		 * The meta object literal for the '<em><b>Fixture Stock</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDIO__FIXTURE_STOCK = eINSTANCE.getStudio_FixtureStock();

		/**
		 * The meta object literal for the '<em><b>Authorities</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDIO__AUTHORITIES = eINSTANCE.getStudio_Authorities();

		/**
		 * The meta object literal for the '<em><b>Bookings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDIO__BOOKINGS = eINSTANCE.getStudio_Bookings();

		/**
		 * The meta object literal for the '<em><b>Latitude</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDIO__LATITUDE = eINSTANCE.getStudio_Latitude();

		/**
		 * The meta object literal for the '<em><b>Longitude</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDIO__LONGITUDE = eINSTANCE.getStudio_Longitude();

		/**
		 * The meta object literal for the '<em><b>Time Zone</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDIO__TIME_ZONE = eINSTANCE.getStudio_TimeZone();

		/**
		 * The meta object literal for the '<em><b>Assets</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDIO__ASSETS = eINSTANCE.getStudio_Assets();

		/**
		 * The meta object literal for the '{@link org.backlot.model.studio.impl.StudioResourceImpl <em>Resource</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.backlot.model.studio.impl.StudioResourceImpl
		 * @see org.backlot.model.studio.impl.StudioPackageImpl#getStudioResource()
		 * @generated
		 */
		EClass STUDIO_RESOURCE = eINSTANCE.getStudioResource();

		/**
		 * The meta object literal for the '{@link org.backlot.model.studio.impl.StageImpl <em>Stage</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.backlot.model.studio.impl.StageImpl
		 * @see org.backlot.model.studio.impl.StudioPackageImpl#getStage()
		 * @generated
		 */
		EClass STAGE = eINSTANCE.getStage();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAGE__NUMBER = eINSTANCE.getStage_Number();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAGE__NAME = eINSTANCE.getStage_Name();

		/**
		 * The meta object literal for the '<em><b>Name Zh</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAGE__NAME_ZH = eINSTANCE.getStage_NameZh();

		/**
		 * The meta object literal for the '<em><b>Area M2</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAGE__AREA_M2 = eINSTANCE.getStage_AreaM2();

		/**
		 * The meta object literal for the '<em><b>Height M</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAGE__HEIGHT_M = eINSTANCE.getStage_HeightM();

		/**
		 * The meta object literal for the '<em><b>Led Volume</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAGE__LED_VOLUME = eINSTANCE.getStage_LedVolume();

		/**
		 * The meta object literal for the '<em><b>Led Wall Width M</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAGE__LED_WALL_WIDTH_M = eINSTANCE.getStage_LedWallWidthM();

		/**
		 * The meta object literal for the '<em><b>Led Wall Height M</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAGE__LED_WALL_HEIGHT_M = eINSTANCE.getStage_LedWallHeightM();

		/**
		 * The meta object literal for the '<em><b>Power Kw</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAGE__POWER_KW = eINSTANCE.getStage_PowerKw();

		/**
		 * The meta object literal for the '{@link org.backlot.model.studio.impl.InventoryItemImpl <em>Inventory Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.backlot.model.studio.impl.InventoryItemImpl
		 * @see org.backlot.model.studio.impl.StudioPackageImpl#getInventoryItem()
		 * @generated
		 */
		EClass INVENTORY_ITEM = eINSTANCE.getInventoryItem();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INVENTORY_ITEM__CODE = eINSTANCE.getInventoryItem_Code();

		/**
		 * The meta object literal for the '<em><b>Name Zh</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INVENTORY_ITEM__NAME_ZH = eINSTANCE.getInventoryItem_NameZh();

		/**
		 * The meta object literal for the '<em><b>Name En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INVENTORY_ITEM__NAME_EN = eINSTANCE.getInventoryItem_NameEn();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INVENTORY_ITEM__KIND = eINSTANCE.getInventoryItem_Kind();

		/**
		 * The meta object literal for the '<em><b>Period</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INVENTORY_ITEM__PERIOD = eINSTANCE.getInventoryItem_Period();

		/**
		 * The meta object literal for the '<em><b>Style</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INVENTORY_ITEM__STYLE = eINSTANCE.getInventoryItem_Style();

		/**
		 * The meta object literal for the '<em><b>Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INVENTORY_ITEM__SIZE = eINSTANCE.getInventoryItem_Size();

		/**
		 * The meta object literal for the '<em><b>Colour</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INVENTORY_ITEM__COLOUR = eINSTANCE.getInventoryItem_Colour();

		/**
		 * The meta object literal for the '<em><b>Condition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INVENTORY_ITEM__CONDITION = eINSTANCE.getInventoryItem_Condition();

		/**
		 * The meta object literal for the '<em><b>Quantity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INVENTORY_ITEM__QUANTITY = eINSTANCE.getInventoryItem_Quantity();

		/**
		 * The meta object literal for the '<em><b>Tags</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INVENTORY_ITEM__TAGS = eINSTANCE.getInventoryItem_Tags();

		/**
		 * The meta object literal for the '<em><b>Photo Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INVENTORY_ITEM__PHOTO_PATH = eINSTANCE.getInventoryItem_PhotoPath();

		/**
		 * The meta object literal for the '{@link org.backlot.model.studio.impl.ExtraImpl <em>Extra</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.backlot.model.studio.impl.ExtraImpl
		 * @see org.backlot.model.studio.impl.StudioPackageImpl#getExtra()
		 * @generated
		 */
		EClass EXTRA = eINSTANCE.getExtra();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXTRA__CODE = eINSTANCE.getExtra_Code();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXTRA__NAME = eINSTANCE.getExtra_Name();

		/**
		 * The meta object literal for the '<em><b>Gender</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXTRA__GENDER = eINSTANCE.getExtra_Gender();

		/**
		 * The meta object literal for the '<em><b>Birth Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXTRA__BIRTH_YEAR = eINSTANCE.getExtra_BirthYear();

		/**
		 * The meta object literal for the '<em><b>Height Cm</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXTRA__HEIGHT_CM = eINSTANCE.getExtra_HeightCm();

		/**
		 * The meta object literal for the '<em><b>Looks</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXTRA__LOOKS = eINSTANCE.getExtra_Looks();

		/**
		 * The meta object literal for the '<em><b>Skills</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXTRA__SKILLS = eINSTANCE.getExtra_Skills();

		/**
		 * The meta object literal for the '<em><b>Languages</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXTRA__LANGUAGES = eINSTANCE.getExtra_Languages();

		/**
		 * The meta object literal for the '<em><b>Unavailable</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXTRA__UNAVAILABLE = eINSTANCE.getExtra_Unavailable();

		/**
		 * The meta object literal for the '<em><b>Photo Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXTRA__PHOTO_PATH = eINSTANCE.getExtra_PhotoPath();

		/**
		 * The meta object literal for the '{@link org.backlot.model.studio.impl.ApartmentImpl <em>Apartment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.backlot.model.studio.impl.ApartmentImpl
		 * @see org.backlot.model.studio.impl.StudioPackageImpl#getApartment()
		 * @generated
		 */
		EClass APARTMENT = eINSTANCE.getApartment();

		/**
		 * The meta object literal for the '<em><b>Building</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APARTMENT__BUILDING = eINSTANCE.getApartment_Building();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APARTMENT__UNIT = eINSTANCE.getApartment_Unit();

		/**
		 * The meta object literal for the '<em><b>Beds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APARTMENT__BEDS = eINSTANCE.getApartment_Beds();

		/**
		 * The meta object literal for the '<em><b>Floor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APARTMENT__FLOOR = eINSTANCE.getApartment_Floor();

		/**
		 * The meta object literal for the '<em><b>Features</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APARTMENT__FEATURES = eINSTANCE.getApartment_Features();

		/**
		 * The meta object literal for the '{@link org.backlot.model.studio.impl.LocationImpl <em>Location</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.backlot.model.studio.impl.LocationImpl
		 * @see org.backlot.model.studio.impl.StudioPackageImpl#getLocation()
		 * @generated
		 */
		EClass LOCATION = eINSTANCE.getLocation();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCATION__NAME = eINSTANCE.getLocation_Name();

		/**
		 * The meta object literal for the '<em><b>Name Zh</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCATION__NAME_ZH = eINSTANCE.getLocation_NameZh();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCATION__ADDRESS = eINSTANCE.getLocation_Address();

		/**
		 * The meta object literal for the '<em><b>Latitude</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCATION__LATITUDE = eINSTANCE.getLocation_Latitude();

		/**
		 * The meta object literal for the '<em><b>Longitude</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCATION__LONGITUDE = eINSTANCE.getLocation_Longitude();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCATION__TYPE = eINSTANCE.getLocation_Type();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCATION__OWNER = eINSTANCE.getLocation_Owner();

		/**
		 * The meta object literal for the '<em><b>Owner Contact</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCATION__OWNER_CONTACT = eINSTANCE.getLocation_OwnerContact();

		/**
		 * The meta object literal for the '<em><b>Panoramas</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCATION__PANORAMAS = eINSTANCE.getLocation_Panoramas();

		/**
		 * The meta object literal for the '<em><b>Parking</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCATION__PARKING = eINSTANCE.getLocation_Parking();

		/**
		 * The meta object literal for the '<em><b>Nearest Hospital</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCATION__NEAREST_HOSPITAL = eINSTANCE.getLocation_NearestHospital();

		/**
		 * The meta object literal for the '<em><b>Road</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCATION__ROAD = eINSTANCE.getLocation_Road();

		/**
		 * The meta object literal for the '<em><b>Landmark</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCATION__LANDMARK = eINSTANCE.getLocation_Landmark();

		/**
		 * The meta object literal for the '<em><b>Unavailable</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LOCATION__UNAVAILABLE = eINSTANCE.getLocation_Unavailable();

		/**
		 * The meta object literal for the '<em><b>Base Camp</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCATION__BASE_CAMP = eINSTANCE.getLocation_BaseCamp();

		/**
		 * The meta object literal for the '<em><b>Power</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCATION__POWER = eINSTANCE.getLocation_Power();

		/**
		 * The meta object literal for the '<em><b>Pins</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LOCATION__PINS = eINSTANCE.getLocation_Pins();

		/**
		 * The meta object literal for the '{@link org.backlot.model.studio.impl.FixtureStockImpl <em>Fixture Stock</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.backlot.model.studio.impl.FixtureStockImpl
		 * @see org.backlot.model.studio.impl.StudioPackageImpl#getFixtureStock()
		 * @generated
		 */
		EClass FIXTURE_STOCK = eINSTANCE.getFixtureStock();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FIXTURE_STOCK__TYPE = eINSTANCE.getFixtureStock_Type();

		/**
		 * The meta object literal for the '<em><b>Quantity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIXTURE_STOCK__QUANTITY = eINSTANCE.getFixtureStock_Quantity();

		/**
		 * The meta object literal for the '{@link org.backlot.model.studio.impl.BookingImpl <em>Booking</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.backlot.model.studio.impl.BookingImpl
		 * @see org.backlot.model.studio.impl.StudioPackageImpl#getBooking()
		 * @generated
		 */
		EClass BOOKING = eINSTANCE.getBooking();

		/**
		 * The meta object literal for the '<em><b>Resource</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BOOKING__RESOURCE = eINSTANCE.getBooking_Resource();

		/**
		 * The meta object literal for the '<em><b>Production Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOOKING__PRODUCTION_ID = eINSTANCE.getBooking_ProductionId();

		/**
		 * The meta object literal for the '<em><b>Production Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOOKING__PRODUCTION_TITLE = eINSTANCE.getBooking_ProductionTitle();

		/**
		 * The meta object literal for the '<em><b>From</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOOKING__FROM = eINSTANCE.getBooking_From();

		/**
		 * The meta object literal for the '<em><b>To</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOOKING__TO = eINSTANCE.getBooking_To();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOOKING__STATUS = eINSTANCE.getBooking_Status();

		/**
		 * The meta object literal for the '<em><b>Quantity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOOKING__QUANTITY = eINSTANCE.getBooking_Quantity();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOOKING__NOTE = eINSTANCE.getBooking_Note();

		/**
		 * The meta object literal for the '<em><b>Purpose</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOOKING__PURPOSE = eINSTANCE.getBooking_Purpose();

		/**
		 * The meta object literal for the '<em><b>Occupant</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOOKING__OCCUPANT = eINSTANCE.getBooking_Occupant();

		/**
		 * The meta object literal for the '<em><b>Call Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOOKING__CALL_TIME = eINSTANCE.getBooking_CallTime();

		/**
		 * The meta object literal for the '<em><b>Element Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOOKING__ELEMENT_ID = eINSTANCE.getBooking_ElementId();

		/**
		 * The meta object literal for the '{@link org.backlot.model.studio.impl.DigitalAssetImpl <em>Digital Asset</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.backlot.model.studio.impl.DigitalAssetImpl
		 * @see org.backlot.model.studio.impl.StudioPackageImpl#getDigitalAsset()
		 * @generated
		 */
		EClass DIGITAL_ASSET = eINSTANCE.getDigitalAsset();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIGITAL_ASSET__NAME = eINSTANCE.getDigitalAsset_Name();

		/**
		 * The meta object literal for the '<em><b>Name Zh</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIGITAL_ASSET__NAME_ZH = eINSTANCE.getDigitalAsset_NameZh();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIGITAL_ASSET__KIND = eINSTANCE.getDigitalAsset_Kind();

		/**
		 * The meta object literal for the '<em><b>Files</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIGITAL_ASSET__FILES = eINSTANCE.getDigitalAsset_Files();

		/**
		 * The meta object literal for the '<em><b>Preview</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIGITAL_ASSET__PREVIEW = eINSTANCE.getDigitalAsset_Preview();

		/**
		 * The meta object literal for the '<em><b>Person</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIGITAL_ASSET__PERSON = eINSTANCE.getDigitalAsset_Person();

		/**
		 * The meta object literal for the '<em><b>Rights Holder</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIGITAL_ASSET__RIGHTS_HOLDER = eINSTANCE.getDigitalAsset_RightsHolder();

		/**
		 * The meta object literal for the '<em><b>Rights</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIGITAL_ASSET__RIGHTS = eINSTANCE.getDigitalAsset_Rights();

		/**
		 * The meta object literal for the '<em><b>Scanned</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIGITAL_ASSET__SCANNED = eINSTANCE.getDigitalAsset_Scanned();

		/**
		 * The meta object literal for the '<em><b>Expires</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIGITAL_ASSET__EXPIRES = eINSTANCE.getDigitalAsset_Expires();

		/**
		 * The meta object literal for the '{@link org.backlot.model.studio.impl.PanoramaPinImpl <em>Panorama Pin</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.backlot.model.studio.impl.PanoramaPinImpl
		 * @see org.backlot.model.studio.impl.StudioPackageImpl#getPanoramaPin()
		 * @generated
		 */
		EClass PANORAMA_PIN = eINSTANCE.getPanoramaPin();

		/**
		 * The meta object literal for the '<em><b>Panorama</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PANORAMA_PIN__PANORAMA = eINSTANCE.getPanoramaPin_Panorama();

		/**
		 * The meta object literal for the '<em><b>Yaw</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PANORAMA_PIN__YAW = eINSTANCE.getPanoramaPin_Yaw();

		/**
		 * The meta object literal for the '<em><b>Pitch</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PANORAMA_PIN__PITCH = eINSTANCE.getPanoramaPin_Pitch();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PANORAMA_PIN__TEXT = eINSTANCE.getPanoramaPin_Text();

		/**
		 * The meta object literal for the '{@link org.backlot.model.studio.ItemKind <em>Item Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.backlot.model.studio.ItemKind
		 * @see org.backlot.model.studio.impl.StudioPackageImpl#getItemKind()
		 * @generated
		 */
		EEnum ITEM_KIND = eINSTANCE.getItemKind();

		/**
		 * The meta object literal for the '{@link org.backlot.model.studio.Condition <em>Condition</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.backlot.model.studio.Condition
		 * @see org.backlot.model.studio.impl.StudioPackageImpl#getCondition()
		 * @generated
		 */
		EEnum CONDITION = eINSTANCE.getCondition();

		/**
		 * The meta object literal for the '{@link org.backlot.model.studio.Gender <em>Gender</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.backlot.model.studio.Gender
		 * @see org.backlot.model.studio.impl.StudioPackageImpl#getGender()
		 * @generated
		 */
		EEnum GENDER = eINSTANCE.getGender();

		/**
		 * The meta object literal for the '{@link org.backlot.model.studio.LocationType <em>Location Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.backlot.model.studio.LocationType
		 * @see org.backlot.model.studio.impl.StudioPackageImpl#getLocationType()
		 * @generated
		 */
		EEnum LOCATION_TYPE = eINSTANCE.getLocationType();

		/**
		 * The meta object literal for the '{@link org.backlot.model.studio.BookingStatus <em>Booking Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.backlot.model.studio.BookingStatus
		 * @see org.backlot.model.studio.impl.StudioPackageImpl#getBookingStatus()
		 * @generated
		 */
		EEnum BOOKING_STATUS = eINSTANCE.getBookingStatus();

		/**
		 * The meta object literal for the '{@link org.backlot.model.studio.BookingPurpose <em>Booking Purpose</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.backlot.model.studio.BookingPurpose
		 * @see org.backlot.model.studio.impl.StudioPackageImpl#getBookingPurpose()
		 * @generated
		 */
		EEnum BOOKING_PURPOSE = eINSTANCE.getBookingPurpose();

		/**
		 * The meta object literal for the '{@link org.backlot.model.studio.AssetKind <em>Asset Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.backlot.model.studio.AssetKind
		 * @see org.backlot.model.studio.impl.StudioPackageImpl#getAssetKind()
		 * @generated
		 */
		EEnum ASSET_KIND = eINSTANCE.getAssetKind();

	}

} //StudioPackage
