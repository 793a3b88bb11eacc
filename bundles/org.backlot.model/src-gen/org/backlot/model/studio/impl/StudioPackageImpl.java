/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.studio.impl;

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

import org.backlot.model.shots.ShotsPackage;

import org.backlot.model.shots.impl.ShotsPackageImpl;

import org.backlot.model.studio.Apartment;
import org.backlot.model.studio.AssetKind;
import org.backlot.model.studio.Booking;
import org.backlot.model.studio.BookingPurpose;
import org.backlot.model.studio.BookingStatus;
import org.backlot.model.studio.Condition;
import org.backlot.model.studio.DigitalAsset;
import org.backlot.model.studio.Extra;
import org.backlot.model.studio.FixtureStock;
import org.backlot.model.studio.Gender;
import org.backlot.model.studio.InventoryItem;
import org.backlot.model.studio.ItemKind;
import org.backlot.model.studio.Location;
import org.backlot.model.studio.LocationType;
import org.backlot.model.studio.PanoramaPin;
import org.backlot.model.studio.Stage;
import org.backlot.model.studio.Studio;
import org.backlot.model.studio.StudioFactory;
import org.backlot.model.studio.StudioPackage;
import org.backlot.model.studio.StudioResource;

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
public class StudioPackageImpl extends EPackageImpl implements StudioPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass studioEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass studioResourceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass stageEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass inventoryItemEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass extraEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass apartmentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass locationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass fixtureStockEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass bookingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass digitalAssetEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass panoramaPinEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum itemKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum conditionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum genderEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum locationTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum bookingStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum bookingPurposeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum assetKindEEnum = null;

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
	 * @see org.backlot.model.studio.StudioPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private StudioPackageImpl() {
		super(eNS_URI, StudioFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link StudioPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static StudioPackage init() {
		if (isInited) return (StudioPackage)EPackage.Registry.INSTANCE.getEPackage(StudioPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredStudioPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		StudioPackageImpl theStudioPackage = registeredStudioPackage instanceof StudioPackageImpl ? (StudioPackageImpl)registeredStudioPackage : new StudioPackageImpl();

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
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(LightingPackage.eNS_URI);
		LightingPackageImpl theLightingPackage = (LightingPackageImpl)(registeredPackage instanceof LightingPackageImpl ? registeredPackage : LightingPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(PermitsPackage.eNS_URI);
		PermitsPackageImpl thePermitsPackage = (PermitsPackageImpl)(registeredPackage instanceof PermitsPackageImpl ? registeredPackage : PermitsPackage.eINSTANCE);

		// Create package meta-data objects
		theStudioPackage.createPackageContents();
		theProductionPackage.createPackageContents();
		theScriptPackage.createPackageContents();
		theBreakdownPackage.createPackageContents();
		theShotsPackage.createPackageContents();
		theSchedulePackage.createPackageContents();
		theLightingPackage.createPackageContents();
		thePermitsPackage.createPackageContents();

		// Initialize created meta-data
		theStudioPackage.initializePackageContents();
		theProductionPackage.initializePackageContents();
		theScriptPackage.initializePackageContents();
		theBreakdownPackage.initializePackageContents();
		theShotsPackage.initializePackageContents();
		theSchedulePackage.initializePackageContents();
		theLightingPackage.initializePackageContents();
		thePermitsPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theStudioPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(StudioPackage.eNS_URI, theStudioPackage);
		return theStudioPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStudio() {
		return studioEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudio_FileVersion() {
		return (EAttribute)studioEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudio_Name() {
		return (EAttribute)studioEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudio_NameZh() {
		return (EAttribute)studioEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudio_Address() {
		return (EAttribute)studioEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStudio_Stages() {
		return (EReference)studioEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStudio_Inventory() {
		return (EReference)studioEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStudio_Extras() {
		return (EReference)studioEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStudio_Apartments() {
		return (EReference)studioEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStudio_Locations() {
		return (EReference)studioEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStudio_FixtureTypes() {
		return (EReference)studioEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStudio_FixtureStock() {
		return (EReference)studioEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStudio_Authorities() {
		return (EReference)studioEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStudio_Bookings() {
		return (EReference)studioEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudio_Latitude() {
		return (EAttribute)studioEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudio_Longitude() {
		return (EAttribute)studioEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudio_TimeZone() {
		return (EAttribute)studioEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStudio_Assets() {
		return (EReference)studioEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStudioResource() {
		return studioResourceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStage() {
		return stageEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStage_Number() {
		return (EAttribute)stageEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStage_Name() {
		return (EAttribute)stageEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStage_NameZh() {
		return (EAttribute)stageEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStage_AreaM2() {
		return (EAttribute)stageEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStage_HeightM() {
		return (EAttribute)stageEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStage_LedVolume() {
		return (EAttribute)stageEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStage_LedWallWidthM() {
		return (EAttribute)stageEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStage_LedWallHeightM() {
		return (EAttribute)stageEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStage_PowerKw() {
		return (EAttribute)stageEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInventoryItem() {
		return inventoryItemEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInventoryItem_Code() {
		return (EAttribute)inventoryItemEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInventoryItem_NameZh() {
		return (EAttribute)inventoryItemEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInventoryItem_NameEn() {
		return (EAttribute)inventoryItemEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInventoryItem_Kind() {
		return (EAttribute)inventoryItemEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInventoryItem_Period() {
		return (EAttribute)inventoryItemEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInventoryItem_Style() {
		return (EAttribute)inventoryItemEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInventoryItem_Size() {
		return (EAttribute)inventoryItemEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInventoryItem_Colour() {
		return (EAttribute)inventoryItemEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInventoryItem_Condition() {
		return (EAttribute)inventoryItemEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInventoryItem_Quantity() {
		return (EAttribute)inventoryItemEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInventoryItem_Tags() {
		return (EAttribute)inventoryItemEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInventoryItem_PhotoPath() {
		return (EAttribute)inventoryItemEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getExtra() {
		return extraEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExtra_Code() {
		return (EAttribute)extraEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExtra_Name() {
		return (EAttribute)extraEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExtra_Gender() {
		return (EAttribute)extraEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExtra_BirthYear() {
		return (EAttribute)extraEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExtra_HeightCm() {
		return (EAttribute)extraEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExtra_Looks() {
		return (EAttribute)extraEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExtra_Skills() {
		return (EAttribute)extraEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExtra_Languages() {
		return (EAttribute)extraEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExtra_Unavailable() {
		return (EReference)extraEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExtra_PhotoPath() {
		return (EAttribute)extraEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getApartment() {
		return apartmentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getApartment_Building() {
		return (EAttribute)apartmentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getApartment_Unit() {
		return (EAttribute)apartmentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getApartment_Beds() {
		return (EAttribute)apartmentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getApartment_Floor() {
		return (EAttribute)apartmentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getApartment_Features() {
		return (EAttribute)apartmentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLocation() {
		return locationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLocation_Name() {
		return (EAttribute)locationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLocation_NameZh() {
		return (EAttribute)locationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLocation_Address() {
		return (EAttribute)locationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLocation_Latitude() {
		return (EAttribute)locationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLocation_Longitude() {
		return (EAttribute)locationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLocation_Type() {
		return (EAttribute)locationEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLocation_Owner() {
		return (EAttribute)locationEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLocation_OwnerContact() {
		return (EAttribute)locationEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLocation_Panoramas() {
		return (EAttribute)locationEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLocation_Parking() {
		return (EAttribute)locationEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLocation_NearestHospital() {
		return (EAttribute)locationEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLocation_Road() {
		return (EAttribute)locationEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLocation_Landmark() {
		return (EAttribute)locationEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLocation_Unavailable() {
		return (EReference)locationEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLocation_BaseCamp() {
		return (EAttribute)locationEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLocation_Power() {
		return (EAttribute)locationEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLocation_Pins() {
		return (EReference)locationEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFixtureStock() {
		return fixtureStockEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFixtureStock_Type() {
		return (EReference)fixtureStockEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFixtureStock_Quantity() {
		return (EAttribute)fixtureStockEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBooking() {
		return bookingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBooking_Resource() {
		return (EReference)bookingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBooking_ProductionId() {
		return (EAttribute)bookingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBooking_ProductionTitle() {
		return (EAttribute)bookingEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBooking_From() {
		return (EAttribute)bookingEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBooking_To() {
		return (EAttribute)bookingEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBooking_Status() {
		return (EAttribute)bookingEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBooking_Quantity() {
		return (EAttribute)bookingEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBooking_Note() {
		return (EAttribute)bookingEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBooking_Purpose() {
		return (EAttribute)bookingEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBooking_Occupant() {
		return (EAttribute)bookingEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBooking_CallTime() {
		return (EAttribute)bookingEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBooking_ElementId() {
		return (EAttribute)bookingEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDigitalAsset() {
		return digitalAssetEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDigitalAsset_Name() {
		return (EAttribute)digitalAssetEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDigitalAsset_NameZh() {
		return (EAttribute)digitalAssetEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDigitalAsset_Kind() {
		return (EAttribute)digitalAssetEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDigitalAsset_Files() {
		return (EAttribute)digitalAssetEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDigitalAsset_Preview() {
		return (EAttribute)digitalAssetEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDigitalAsset_Person() {
		return (EAttribute)digitalAssetEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDigitalAsset_RightsHolder() {
		return (EAttribute)digitalAssetEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDigitalAsset_Rights() {
		return (EAttribute)digitalAssetEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDigitalAsset_Scanned() {
		return (EAttribute)digitalAssetEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDigitalAsset_Expires() {
		return (EAttribute)digitalAssetEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPanoramaPin() {
		return panoramaPinEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPanoramaPin_Panorama() {
		return (EAttribute)panoramaPinEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPanoramaPin_Yaw() {
		return (EAttribute)panoramaPinEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPanoramaPin_Pitch() {
		return (EAttribute)panoramaPinEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPanoramaPin_Text() {
		return (EAttribute)panoramaPinEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getItemKind() {
		return itemKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCondition() {
		return conditionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getGender() {
		return genderEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getLocationType() {
		return locationTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getBookingStatus() {
		return bookingStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getBookingPurpose() {
		return bookingPurposeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAssetKind() {
		return assetKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StudioFactory getStudioFactory() {
		return (StudioFactory)getEFactoryInstance();
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
		studioEClass = createEClass(STUDIO);
		createEAttribute(studioEClass, STUDIO__FILE_VERSION);
		createEAttribute(studioEClass, STUDIO__NAME);
		createEAttribute(studioEClass, STUDIO__NAME_ZH);
		createEAttribute(studioEClass, STUDIO__ADDRESS);
		createEReference(studioEClass, STUDIO__STAGES);
		createEReference(studioEClass, STUDIO__INVENTORY);
		createEReference(studioEClass, STUDIO__EXTRAS);
		createEReference(studioEClass, STUDIO__APARTMENTS);
		createEReference(studioEClass, STUDIO__LOCATIONS);
		createEReference(studioEClass, STUDIO__FIXTURE_TYPES);
		createEReference(studioEClass, STUDIO__FIXTURE_STOCK);
		createEReference(studioEClass, STUDIO__AUTHORITIES);
		createEReference(studioEClass, STUDIO__BOOKINGS);
		createEAttribute(studioEClass, STUDIO__LATITUDE);
		createEAttribute(studioEClass, STUDIO__LONGITUDE);
		createEAttribute(studioEClass, STUDIO__TIME_ZONE);
		createEReference(studioEClass, STUDIO__ASSETS);

		studioResourceEClass = createEClass(STUDIO_RESOURCE);

		stageEClass = createEClass(STAGE);
		createEAttribute(stageEClass, STAGE__NUMBER);
		createEAttribute(stageEClass, STAGE__NAME);
		createEAttribute(stageEClass, STAGE__NAME_ZH);
		createEAttribute(stageEClass, STAGE__AREA_M2);
		createEAttribute(stageEClass, STAGE__HEIGHT_M);
		createEAttribute(stageEClass, STAGE__LED_VOLUME);
		createEAttribute(stageEClass, STAGE__LED_WALL_WIDTH_M);
		createEAttribute(stageEClass, STAGE__LED_WALL_HEIGHT_M);
		createEAttribute(stageEClass, STAGE__POWER_KW);

		inventoryItemEClass = createEClass(INVENTORY_ITEM);
		createEAttribute(inventoryItemEClass, INVENTORY_ITEM__CODE);
		createEAttribute(inventoryItemEClass, INVENTORY_ITEM__NAME_ZH);
		createEAttribute(inventoryItemEClass, INVENTORY_ITEM__NAME_EN);
		createEAttribute(inventoryItemEClass, INVENTORY_ITEM__KIND);
		createEAttribute(inventoryItemEClass, INVENTORY_ITEM__PERIOD);
		createEAttribute(inventoryItemEClass, INVENTORY_ITEM__STYLE);
		createEAttribute(inventoryItemEClass, INVENTORY_ITEM__SIZE);
		createEAttribute(inventoryItemEClass, INVENTORY_ITEM__COLOUR);
		createEAttribute(inventoryItemEClass, INVENTORY_ITEM__CONDITION);
		createEAttribute(inventoryItemEClass, INVENTORY_ITEM__QUANTITY);
		createEAttribute(inventoryItemEClass, INVENTORY_ITEM__TAGS);
		createEAttribute(inventoryItemEClass, INVENTORY_ITEM__PHOTO_PATH);

		extraEClass = createEClass(EXTRA);
		createEAttribute(extraEClass, EXTRA__CODE);
		createEAttribute(extraEClass, EXTRA__NAME);
		createEAttribute(extraEClass, EXTRA__GENDER);
		createEAttribute(extraEClass, EXTRA__BIRTH_YEAR);
		createEAttribute(extraEClass, EXTRA__HEIGHT_CM);
		createEAttribute(extraEClass, EXTRA__LOOKS);
		createEAttribute(extraEClass, EXTRA__SKILLS);
		createEAttribute(extraEClass, EXTRA__LANGUAGES);
		createEReference(extraEClass, EXTRA__UNAVAILABLE);
		createEAttribute(extraEClass, EXTRA__PHOTO_PATH);

		apartmentEClass = createEClass(APARTMENT);
		createEAttribute(apartmentEClass, APARTMENT__BUILDING);
		createEAttribute(apartmentEClass, APARTMENT__UNIT);
		createEAttribute(apartmentEClass, APARTMENT__BEDS);
		createEAttribute(apartmentEClass, APARTMENT__FLOOR);
		createEAttribute(apartmentEClass, APARTMENT__FEATURES);

		locationEClass = createEClass(LOCATION);
		createEAttribute(locationEClass, LOCATION__NAME);
		createEAttribute(locationEClass, LOCATION__NAME_ZH);
		createEAttribute(locationEClass, LOCATION__ADDRESS);
		createEAttribute(locationEClass, LOCATION__LATITUDE);
		createEAttribute(locationEClass, LOCATION__LONGITUDE);
		createEAttribute(locationEClass, LOCATION__TYPE);
		createEAttribute(locationEClass, LOCATION__OWNER);
		createEAttribute(locationEClass, LOCATION__OWNER_CONTACT);
		createEAttribute(locationEClass, LOCATION__PANORAMAS);
		createEAttribute(locationEClass, LOCATION__PARKING);
		createEAttribute(locationEClass, LOCATION__NEAREST_HOSPITAL);
		createEAttribute(locationEClass, LOCATION__ROAD);
		createEAttribute(locationEClass, LOCATION__LANDMARK);
		createEReference(locationEClass, LOCATION__UNAVAILABLE);
		createEAttribute(locationEClass, LOCATION__BASE_CAMP);
		createEAttribute(locationEClass, LOCATION__POWER);
		createEReference(locationEClass, LOCATION__PINS);

		fixtureStockEClass = createEClass(FIXTURE_STOCK);
		createEReference(fixtureStockEClass, FIXTURE_STOCK__TYPE);
		createEAttribute(fixtureStockEClass, FIXTURE_STOCK__QUANTITY);

		bookingEClass = createEClass(BOOKING);
		createEReference(bookingEClass, BOOKING__RESOURCE);
		createEAttribute(bookingEClass, BOOKING__PRODUCTION_ID);
		createEAttribute(bookingEClass, BOOKING__PRODUCTION_TITLE);
		createEAttribute(bookingEClass, BOOKING__FROM);
		createEAttribute(bookingEClass, BOOKING__TO);
		createEAttribute(bookingEClass, BOOKING__STATUS);
		createEAttribute(bookingEClass, BOOKING__QUANTITY);
		createEAttribute(bookingEClass, BOOKING__NOTE);
		createEAttribute(bookingEClass, BOOKING__PURPOSE);
		createEAttribute(bookingEClass, BOOKING__OCCUPANT);
		createEAttribute(bookingEClass, BOOKING__CALL_TIME);
		createEAttribute(bookingEClass, BOOKING__ELEMENT_ID);

		digitalAssetEClass = createEClass(DIGITAL_ASSET);
		createEAttribute(digitalAssetEClass, DIGITAL_ASSET__NAME);
		createEAttribute(digitalAssetEClass, DIGITAL_ASSET__NAME_ZH);
		createEAttribute(digitalAssetEClass, DIGITAL_ASSET__KIND);
		createEAttribute(digitalAssetEClass, DIGITAL_ASSET__FILES);
		createEAttribute(digitalAssetEClass, DIGITAL_ASSET__PREVIEW);
		createEAttribute(digitalAssetEClass, DIGITAL_ASSET__PERSON);
		createEAttribute(digitalAssetEClass, DIGITAL_ASSET__RIGHTS_HOLDER);
		createEAttribute(digitalAssetEClass, DIGITAL_ASSET__RIGHTS);
		createEAttribute(digitalAssetEClass, DIGITAL_ASSET__SCANNED);
		createEAttribute(digitalAssetEClass, DIGITAL_ASSET__EXPIRES);

		panoramaPinEClass = createEClass(PANORAMA_PIN);
		createEAttribute(panoramaPinEClass, PANORAMA_PIN__PANORAMA);
		createEAttribute(panoramaPinEClass, PANORAMA_PIN__YAW);
		createEAttribute(panoramaPinEClass, PANORAMA_PIN__PITCH);
		createEAttribute(panoramaPinEClass, PANORAMA_PIN__TEXT);

		// Create enums
		itemKindEEnum = createEEnum(ITEM_KIND);
		conditionEEnum = createEEnum(CONDITION);
		genderEEnum = createEEnum(GENDER);
		locationTypeEEnum = createEEnum(LOCATION_TYPE);
		bookingStatusEEnum = createEEnum(BOOKING_STATUS);
		bookingPurposeEEnum = createEEnum(BOOKING_PURPOSE);
		assetKindEEnum = createEEnum(ASSET_KIND);
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
		LightingPackage theLightingPackage = (LightingPackage)EPackage.Registry.INSTANCE.getEPackage(LightingPackage.eNS_URI);
		PermitsPackage thePermitsPackage = (PermitsPackage)EPackage.Registry.INSTANCE.getEPackage(PermitsPackage.eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		studioEClass.getESuperTypes().add(theProductionPackage.getIdentified());
		studioResourceEClass.getESuperTypes().add(theProductionPackage.getIdentified());
		stageEClass.getESuperTypes().add(this.getStudioResource());
		inventoryItemEClass.getESuperTypes().add(this.getStudioResource());
		extraEClass.getESuperTypes().add(this.getStudioResource());
		apartmentEClass.getESuperTypes().add(this.getStudioResource());
		locationEClass.getESuperTypes().add(this.getStudioResource());
		bookingEClass.getESuperTypes().add(theProductionPackage.getIdentified());
		digitalAssetEClass.getESuperTypes().add(this.getStudioResource());

		// Initialize classes, features, and operations; add parameters
		initEClass(studioEClass, Studio.class, "Studio", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStudio_FileVersion(), ecorePackage.getEInt(), "fileVersion", null, 0, 1, Studio.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudio_Name(), ecorePackage.getEString(), "name", null, 0, 1, Studio.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudio_NameZh(), ecorePackage.getEString(), "nameZh", null, 0, 1, Studio.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudio_Address(), ecorePackage.getEString(), "address", null, 0, 1, Studio.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStudio_Stages(), this.getStage(), null, "stages", null, 0, -1, Studio.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStudio_Inventory(), this.getInventoryItem(), null, "inventory", null, 0, -1, Studio.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStudio_Extras(), this.getExtra(), null, "extras", null, 0, -1, Studio.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStudio_Apartments(), this.getApartment(), null, "apartments", null, 0, -1, Studio.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStudio_Locations(), this.getLocation(), null, "locations", null, 0, -1, Studio.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStudio_FixtureTypes(), theLightingPackage.getFixtureType(), null, "fixtureTypes", null, 0, -1, Studio.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStudio_FixtureStock(), this.getFixtureStock(), null, "fixtureStock", null, 0, -1, Studio.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStudio_Authorities(), thePermitsPackage.getAuthority(), null, "authorities", null, 0, -1, Studio.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStudio_Bookings(), this.getBooking(), null, "bookings", null, 0, -1, Studio.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudio_Latitude(), ecorePackage.getEDouble(), "latitude", "0.0", 0, 1, Studio.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudio_Longitude(), ecorePackage.getEDouble(), "longitude", "0.0", 0, 1, Studio.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudio_TimeZone(), ecorePackage.getEString(), "timeZone", "Asia/Shanghai", 0, 1, Studio.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStudio_Assets(), this.getDigitalAsset(), null, "assets", null, 0, -1, Studio.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(studioResourceEClass, StudioResource.class, "StudioResource", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(stageEClass, Stage.class, "Stage", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStage_Number(), ecorePackage.getEInt(), "number", null, 0, 1, Stage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStage_Name(), ecorePackage.getEString(), "name", null, 0, 1, Stage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStage_NameZh(), ecorePackage.getEString(), "nameZh", null, 0, 1, Stage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStage_AreaM2(), ecorePackage.getEDouble(), "areaM2", null, 0, 1, Stage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStage_HeightM(), ecorePackage.getEDouble(), "heightM", null, 0, 1, Stage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStage_LedVolume(), ecorePackage.getEBoolean(), "ledVolume", null, 0, 1, Stage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStage_LedWallWidthM(), ecorePackage.getEDouble(), "ledWallWidthM", null, 0, 1, Stage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStage_LedWallHeightM(), ecorePackage.getEDouble(), "ledWallHeightM", null, 0, 1, Stage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStage_PowerKw(), ecorePackage.getEDouble(), "powerKw", null, 0, 1, Stage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(inventoryItemEClass, InventoryItem.class, "InventoryItem", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInventoryItem_Code(), ecorePackage.getEString(), "code", null, 0, 1, InventoryItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInventoryItem_NameZh(), ecorePackage.getEString(), "nameZh", null, 0, 1, InventoryItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInventoryItem_NameEn(), ecorePackage.getEString(), "nameEn", null, 0, 1, InventoryItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInventoryItem_Kind(), this.getItemKind(), "kind", null, 0, 1, InventoryItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInventoryItem_Period(), ecorePackage.getEString(), "period", null, 0, 1, InventoryItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInventoryItem_Style(), ecorePackage.getEString(), "style", null, 0, 1, InventoryItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInventoryItem_Size(), ecorePackage.getEString(), "size", null, 0, 1, InventoryItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInventoryItem_Colour(), ecorePackage.getEString(), "colour", null, 0, 1, InventoryItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInventoryItem_Condition(), this.getCondition(), "condition", null, 0, 1, InventoryItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInventoryItem_Quantity(), ecorePackage.getEInt(), "quantity", "1", 0, 1, InventoryItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInventoryItem_Tags(), ecorePackage.getEString(), "tags", null, 0, -1, InventoryItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInventoryItem_PhotoPath(), ecorePackage.getEString(), "photoPath", null, 0, 1, InventoryItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(extraEClass, Extra.class, "Extra", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getExtra_Code(), ecorePackage.getEString(), "code", null, 0, 1, Extra.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExtra_Name(), ecorePackage.getEString(), "name", null, 0, 1, Extra.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExtra_Gender(), this.getGender(), "gender", null, 0, 1, Extra.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExtra_BirthYear(), ecorePackage.getEInt(), "birthYear", null, 0, 1, Extra.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExtra_HeightCm(), ecorePackage.getEInt(), "heightCm", null, 0, 1, Extra.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExtra_Looks(), ecorePackage.getEString(), "looks", null, 0, -1, Extra.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExtra_Skills(), ecorePackage.getEString(), "skills", null, 0, -1, Extra.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExtra_Languages(), ecorePackage.getEString(), "languages", null, 0, -1, Extra.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getExtra_Unavailable(), theProductionPackage.getDateRange(), null, "unavailable", null, 0, -1, Extra.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExtra_PhotoPath(), ecorePackage.getEString(), "photoPath", null, 0, 1, Extra.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(apartmentEClass, Apartment.class, "Apartment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getApartment_Building(), ecorePackage.getEString(), "building", null, 0, 1, Apartment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getApartment_Unit(), ecorePackage.getEString(), "unit", null, 0, 1, Apartment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getApartment_Beds(), ecorePackage.getEInt(), "beds", null, 0, 1, Apartment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getApartment_Floor(), ecorePackage.getEInt(), "floor", null, 0, 1, Apartment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getApartment_Features(), ecorePackage.getEString(), "features", null, 0, -1, Apartment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(locationEClass, Location.class, "Location", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLocation_Name(), ecorePackage.getEString(), "name", null, 0, 1, Location.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLocation_NameZh(), ecorePackage.getEString(), "nameZh", null, 0, 1, Location.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLocation_Address(), ecorePackage.getEString(), "address", null, 0, 1, Location.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLocation_Latitude(), ecorePackage.getEDouble(), "latitude", null, 0, 1, Location.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLocation_Longitude(), ecorePackage.getEDouble(), "longitude", null, 0, 1, Location.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLocation_Type(), this.getLocationType(), "type", null, 0, 1, Location.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLocation_Owner(), ecorePackage.getEString(), "owner", null, 0, 1, Location.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLocation_OwnerContact(), ecorePackage.getEString(), "ownerContact", null, 0, 1, Location.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLocation_Panoramas(), ecorePackage.getEString(), "panoramas", null, 0, -1, Location.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLocation_Parking(), ecorePackage.getEString(), "parking", null, 0, 1, Location.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLocation_NearestHospital(), ecorePackage.getEString(), "nearestHospital", null, 0, 1, Location.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLocation_Road(), ecorePackage.getEBoolean(), "road", null, 0, 1, Location.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLocation_Landmark(), ecorePackage.getEBoolean(), "landmark", null, 0, 1, Location.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLocation_Unavailable(), theProductionPackage.getDateRange(), null, "unavailable", null, 0, -1, Location.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLocation_BaseCamp(), ecorePackage.getEString(), "baseCamp", null, 0, 1, Location.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLocation_Power(), ecorePackage.getEString(), "power", null, 0, 1, Location.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLocation_Pins(), this.getPanoramaPin(), null, "pins", null, 0, -1, Location.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(fixtureStockEClass, FixtureStock.class, "FixtureStock", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getFixtureStock_Type(), theLightingPackage.getFixtureType(), null, "type", null, 0, 1, FixtureStock.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFixtureStock_Quantity(), ecorePackage.getEInt(), "quantity", null, 0, 1, FixtureStock.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(bookingEClass, Booking.class, "Booking", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getBooking_Resource(), this.getStudioResource(), null, "resource", null, 0, 1, Booking.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBooking_ProductionId(), ecorePackage.getEString(), "productionId", null, 0, 1, Booking.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBooking_ProductionTitle(), ecorePackage.getEString(), "productionTitle", null, 0, 1, Booking.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBooking_From(), ecorePackage.getEDate(), "from", null, 0, 1, Booking.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBooking_To(), ecorePackage.getEDate(), "to", null, 0, 1, Booking.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBooking_Status(), this.getBookingStatus(), "status", null, 0, 1, Booking.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBooking_Quantity(), ecorePackage.getEInt(), "quantity", "1", 0, 1, Booking.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBooking_Note(), ecorePackage.getEString(), "note", null, 0, 1, Booking.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBooking_Purpose(), this.getBookingPurpose(), "purpose", null, 0, 1, Booking.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBooking_Occupant(), ecorePackage.getEString(), "occupant", null, 0, 1, Booking.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBooking_CallTime(), ecorePackage.getEString(), "callTime", null, 0, 1, Booking.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBooking_ElementId(), ecorePackage.getEString(), "elementId", null, 0, 1, Booking.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(digitalAssetEClass, DigitalAsset.class, "DigitalAsset", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDigitalAsset_Name(), ecorePackage.getEString(), "name", null, 0, 1, DigitalAsset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDigitalAsset_NameZh(), ecorePackage.getEString(), "nameZh", null, 0, 1, DigitalAsset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDigitalAsset_Kind(), this.getAssetKind(), "kind", null, 0, 1, DigitalAsset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDigitalAsset_Files(), ecorePackage.getEString(), "files", null, 0, -1, DigitalAsset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDigitalAsset_Preview(), ecorePackage.getEString(), "preview", null, 0, 1, DigitalAsset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDigitalAsset_Person(), ecorePackage.getEString(), "person", null, 0, 1, DigitalAsset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDigitalAsset_RightsHolder(), ecorePackage.getEString(), "rightsHolder", null, 0, 1, DigitalAsset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDigitalAsset_Rights(), ecorePackage.getEString(), "rights", null, 0, 1, DigitalAsset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDigitalAsset_Scanned(), ecorePackage.getEDate(), "scanned", null, 0, 1, DigitalAsset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDigitalAsset_Expires(), ecorePackage.getEDate(), "expires", null, 0, 1, DigitalAsset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(panoramaPinEClass, PanoramaPin.class, "PanoramaPin", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPanoramaPin_Panorama(), ecorePackage.getEString(), "panorama", null, 0, 1, PanoramaPin.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPanoramaPin_Yaw(), ecorePackage.getEDouble(), "yaw", null, 0, 1, PanoramaPin.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPanoramaPin_Pitch(), ecorePackage.getEDouble(), "pitch", null, 0, 1, PanoramaPin.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPanoramaPin_Text(), ecorePackage.getEString(), "text", null, 0, 1, PanoramaPin.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(itemKindEEnum, ItemKind.class, "ItemKind");
		addEEnumLiteral(itemKindEEnum, ItemKind.PROP);
		addEEnumLiteral(itemKindEEnum, ItemKind.COSTUME);
		addEEnumLiteral(itemKindEEnum, ItemKind.SET_DRESSING);
		addEEnumLiteral(itemKindEEnum, ItemKind.VEHICLE);
		addEEnumLiteral(itemKindEEnum, ItemKind.WEAPON);
		addEEnumLiteral(itemKindEEnum, ItemKind.FIXTURE);

		initEEnum(conditionEEnum, Condition.class, "Condition");
		addEEnumLiteral(conditionEEnum, Condition.NEW);
		addEEnumLiteral(conditionEEnum, Condition.GOOD);
		addEEnumLiteral(conditionEEnum, Condition.WORN);
		addEEnumLiteral(conditionEEnum, Condition.DAMAGED);

		initEEnum(genderEEnum, Gender.class, "Gender");
		addEEnumLiteral(genderEEnum, Gender.FEMALE);
		addEEnumLiteral(genderEEnum, Gender.MALE);
		addEEnumLiteral(genderEEnum, Gender.OTHER);

		initEEnum(locationTypeEEnum, LocationType.class, "LocationType");
		addEEnumLiteral(locationTypeEEnum, LocationType.PUBLIC);
		addEEnumLiteral(locationTypeEEnum, LocationType.PRIVATE);

		initEEnum(bookingStatusEEnum, BookingStatus.class, "BookingStatus");
		addEEnumLiteral(bookingStatusEEnum, BookingStatus.TENTATIVE);
		addEEnumLiteral(bookingStatusEEnum, BookingStatus.CONFIRMED);
		addEEnumLiteral(bookingStatusEEnum, BookingStatus.CANCELLED);

		initEEnum(bookingPurposeEEnum, BookingPurpose.class, "BookingPurpose");
		addEEnumLiteral(bookingPurposeEEnum, BookingPurpose.SHOOT);
		addEEnumLiteral(bookingPurposeEEnum, BookingPurpose.PREP);
		addEEnumLiteral(bookingPurposeEEnum, BookingPurpose.STRIKE);
		addEEnumLiteral(bookingPurposeEEnum, BookingPurpose.HOLD);
		addEEnumLiteral(bookingPurposeEEnum, BookingPurpose.FITTING);
		addEEnumLiteral(bookingPurposeEEnum, BookingPurpose.STAY);
		addEEnumLiteral(bookingPurposeEEnum, BookingPurpose.USE);

		initEEnum(assetKindEEnum, AssetKind.class, "AssetKind");
		addEEnumLiteral(assetKindEEnum, AssetKind.DIGITAL_HUMAN);
		addEEnumLiteral(assetKindEEnum, AssetKind.LED_ENVIRONMENT);
		addEEnumLiteral(assetKindEEnum, AssetKind.OTHER);

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
			   "documentation", "The studio base: what it owns and shares among productions."
		   });
		addAnnotation
		  (itemKindEEnum,
		   source,
		   new String[] {
			   "documentation", "Kinds of inventory."
		   });
		addAnnotation
		  (conditionEEnum,
		   source,
		   new String[] {
			   "documentation", "State of an item."
		   });
		addAnnotation
		  (genderEEnum,
		   source,
		   new String[] {
			   "documentation", "Gender of an extra."
		   });
		addAnnotation
		  (locationTypeEEnum,
		   source,
		   new String[] {
			   "documentation", "Who owns the ground."
		   });
		addAnnotation
		  (bookingStatusEEnum,
		   source,
		   new String[] {
			   "documentation", "State of a booking."
		   });
		addAnnotation
		  (studioEClass,
		   source,
		   new String[] {
			   "documentation", "The root of a *.backlot-studio file."
		   });
		addAnnotation
		  (getStudio_Latitude(),
		   source,
		   new String[] {
			   "documentation", "Degrees north of the base (stages)."
		   });
		addAnnotation
		  (getStudio_Longitude(),
		   source,
		   new String[] {
			   "documentation", "Degrees east of the base (stages)."
		   });
		addAnnotation
		  (getStudio_TimeZone(),
		   source,
		   new String[] {
			   "documentation", "IANA time zone of the base, e.g. Asia/Shanghai."
		   });
		addAnnotation
		  (getStudio_Assets(),
		   source,
		   new String[] {
			   "documentation", "Scanned digital humans and LED-wall environments."
		   });
		addAnnotation
		  (studioResourceEClass,
		   source,
		   new String[] {
			   "documentation", "Something of the studio that productions book."
		   });
		addAnnotation
		  (stageEClass,
		   source,
		   new String[] {
			   "documentation", "A sound stage."
		   });
		addAnnotation
		  (inventoryItemEClass,
		   source,
		   new String[] {
			   "documentation", "A costume, prop, piece of set dressing, vehicle, weapon or fixture."
		   });
		addAnnotation
		  (getInventoryItem_Period(),
		   source,
		   new String[] {
			   "documentation", "Republic-era, contemporary, wuxia, sci-fi..."
		   });
		addAnnotation
		  (extraEClass,
		   source,
		   new String[] {
			   "documentation", "A background actor in the base\'s database."
		   });
		addAnnotation
		  (getExtra_PhotoPath(),
		   source,
		   new String[] {
			   "documentation", "A photo of the person, relative to the studio file."
		   });
		addAnnotation
		  (apartmentEClass,
		   source,
		   new String[] {
			   "documentation", "A crew apartment."
		   });
		addAnnotation
		  (getApartment_Features(),
		   source,
		   new String[] {
			   "documentation", "What the unit offers (quiet, ground floor, kitchen, accessible...)."
		   });
		addAnnotation
		  (locationEClass,
		   source,
		   new String[] {
			   "documentation", "An exterior or public place the base lists."
		   });
		addAnnotation
		  (getLocation_Panoramas(),
		   source,
		   new String[] {
			   "documentation", "360\u00b0 equirectangular images."
		   });
		addAnnotation
		  (getLocation_Road(),
		   source,
		   new String[] {
			   "documentation", "A public road or street where traffic runs."
		   });
		addAnnotation
		  (getLocation_Landmark(),
		   source,
		   new String[] {
			   "documentation", "A park, scenic spot, heritage site or landmark."
		   });
		addAnnotation
		  (getLocation_Unavailable(),
		   source,
		   new String[] {
			   "documentation", "Days the location cannot be used."
		   });
		addAnnotation
		  (getLocation_BaseCamp(),
		   source,
		   new String[] {
			   "documentation", "Where the unit can set up base camp."
		   });
		addAnnotation
		  (getLocation_Power(),
		   source,
		   new String[] {
			   "documentation", "Mains power on site, or where a generator can stand."
		   });
		addAnnotation
		  (getLocation_Pins(),
		   source,
		   new String[] {
			   "documentation", "Notes pinned in the survey panoramas."
		   });
		addAnnotation
		  (fixtureStockEClass,
		   source,
		   new String[] {
			   "documentation", "How many lamps of a type the base owns."
		   });
		addAnnotation
		  (bookingEClass,
		   source,
		   new String[] {
			   "documentation", "A resource reserved by a production for some days."
		   });
		addAnnotation
		  (getBooking_ProductionId(),
		   source,
		   new String[] {
			   "documentation", "Id of the production that booked."
		   });
		addAnnotation
		  (getBooking_Purpose(),
		   source,
		   new String[] {
			   "documentation", "What the days are for."
		   });
		addAnnotation
		  (getBooking_Occupant(),
		   source,
		   new String[] {
			   "documentation", "Who the booking is for: the person staying in an apartment, or the element an item is reserved for."
		   });
		addAnnotation
		  (getBooking_CallTime(),
		   source,
		   new String[] {
			   "documentation", "Report time on the day, for extras (HH:mm)."
		   });
		addAnnotation
		  (getBooking_ElementId(),
		   source,
		   new String[] {
			   "documentation", "Id of the breakdown element (or person) in the booking production the booking serves."
		   });
		addAnnotation
		  (bookingPurposeEEnum,
		   source,
		   new String[] {
			   "documentation", "What a booking\'s days are for."
		   });
		addAnnotation
		  (assetKindEEnum,
		   source,
		   new String[] {
			   "documentation", "Kinds of digital asset."
		   });
		addAnnotation
		  (digitalAssetEClass,
		   source,
		   new String[] {
			   "documentation", "A scanned digital human or an LED-wall environment the base keeps."
		   });
		addAnnotation
		  (getDigitalAsset_Files(),
		   source,
		   new String[] {
			   "documentation", "The asset files, relative to the studio file."
		   });
		addAnnotation
		  (getDigitalAsset_Preview(),
		   source,
		   new String[] {
			   "documentation", "A picture of it (for an LED environment, the picture the lighting preview shows), relative to the studio file."
		   });
		addAnnotation
		  (getDigitalAsset_Person(),
		   source,
		   new String[] {
			   "documentation", "Who was scanned (digital humans)."
		   });
		addAnnotation
		  (getDigitalAsset_RightsHolder(),
		   source,
		   new String[] {
			   "documentation", "Who holds the rights."
		   });
		addAnnotation
		  (getDigitalAsset_Rights(),
		   source,
		   new String[] {
			   "documentation", "What the rights allow."
		   });
		addAnnotation
		  (getDigitalAsset_Scanned(),
		   source,
		   new String[] {
			   "documentation", "When it was scanned or made."
		   });
		addAnnotation
		  (getDigitalAsset_Expires(),
		   source,
		   new String[] {
			   "documentation", "When the rights end."
		   });
		addAnnotation
		  (panoramaPinEClass,
		   source,
		   new String[] {
			   "documentation", "A note pinned at a direction in a location\'s survey panorama."
		   });
		addAnnotation
		  (getPanoramaPin_Panorama(),
		   source,
		   new String[] {
			   "documentation", "The panorama file the note belongs to."
		   });
		addAnnotation
		  (getPanoramaPin_Yaw(),
		   source,
		   new String[] {
			   "documentation", "Direction, degrees from the panorama\'s centre, positive to the right."
		   });
		addAnnotation
		  (getPanoramaPin_Pitch(),
		   source,
		   new String[] {
			   "documentation", "Elevation, degrees above the horizon."
		   });
		addAnnotation
		  (getPanoramaPin_Text(),
		   source,
		   new String[] {
			   "documentation", "The note."
		   });
	}

} //StudioPackageImpl
