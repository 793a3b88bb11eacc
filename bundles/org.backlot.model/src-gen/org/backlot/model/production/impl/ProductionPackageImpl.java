/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.production.impl;

import org.backlot.model.breakdown.BreakdownPackage;

import org.backlot.model.breakdown.impl.BreakdownPackageImpl;

import org.backlot.model.lighting.LightingPackage;

import org.backlot.model.lighting.impl.LightingPackageImpl;

import org.backlot.model.permits.PermitsPackage;

import org.backlot.model.permits.impl.PermitsPackageImpl;

import org.backlot.model.production.Contact;
import org.backlot.model.production.DateRange;
import org.backlot.model.production.Department;
import org.backlot.model.production.Identified;
import org.backlot.model.production.Person;
import org.backlot.model.production.Production;
import org.backlot.model.production.ProductionFactory;
import org.backlot.model.production.ProductionFormat;
import org.backlot.model.production.ProductionPackage;

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
public class ProductionPackageImpl extends EPackageImpl implements ProductionPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass identifiedEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass productionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass departmentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass personEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass contactEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass dateRangeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum productionFormatEEnum = null;

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
	 * @see org.backlot.model.production.ProductionPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private ProductionPackageImpl() {
		super(eNS_URI, ProductionFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link ProductionPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static ProductionPackage init() {
		if (isInited) return (ProductionPackage)EPackage.Registry.INSTANCE.getEPackage(ProductionPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredProductionPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		ProductionPackageImpl theProductionPackage = registeredProductionPackage instanceof ProductionPackageImpl ? (ProductionPackageImpl)registeredProductionPackage : new ProductionPackageImpl();

		isInited = true;

		// Obtain or create and register interdependencies
		Object registeredPackage = EPackage.Registry.INSTANCE.getEPackage(ScriptPackage.eNS_URI);
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
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(StudioPackage.eNS_URI);
		StudioPackageImpl theStudioPackage = (StudioPackageImpl)(registeredPackage instanceof StudioPackageImpl ? registeredPackage : StudioPackage.eINSTANCE);

		// Create package meta-data objects
		theProductionPackage.createPackageContents();
		theScriptPackage.createPackageContents();
		theBreakdownPackage.createPackageContents();
		theShotsPackage.createPackageContents();
		theSchedulePackage.createPackageContents();
		theLightingPackage.createPackageContents();
		thePermitsPackage.createPackageContents();
		theStudioPackage.createPackageContents();

		// Initialize created meta-data
		theProductionPackage.initializePackageContents();
		theScriptPackage.initializePackageContents();
		theBreakdownPackage.initializePackageContents();
		theShotsPackage.initializePackageContents();
		theSchedulePackage.initializePackageContents();
		theLightingPackage.initializePackageContents();
		thePermitsPackage.initializePackageContents();
		theStudioPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theProductionPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(ProductionPackage.eNS_URI, theProductionPackage);
		return theProductionPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIdentified() {
		return identifiedEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIdentified_Id() {
		return (EAttribute)identifiedEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProduction() {
		return productionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProduction_FileVersion() {
		return (EAttribute)productionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProduction_Title() {
		return (EAttribute)productionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProduction_OriginalTitle() {
		return (EAttribute)productionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProduction_TranslatedTitle() {
		return (EAttribute)productionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProduction_Company() {
		return (EAttribute)productionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProduction_Language() {
		return (EAttribute)productionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProduction_Format() {
		return (EAttribute)productionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProduction_StartDate() {
		return (EAttribute)productionEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProduction_WrapDate() {
		return (EAttribute)productionEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProduction_Studio() {
		return (EReference)productionEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProduction_Departments() {
		return (EReference)productionEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProduction_People() {
		return (EReference)productionEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProduction_Contacts() {
		return (EReference)productionEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProduction_Script() {
		return (EReference)productionEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProduction_Breakdown() {
		return (EReference)productionEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProduction_ShotList() {
		return (EReference)productionEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProduction_Schedules() {
		return (EReference)productionEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProduction_ActiveSchedule() {
		return (EReference)productionEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProduction_Holidays() {
		return (EReference)productionEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProduction_Lighting() {
		return (EReference)productionEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProduction_PermitApplications() {
		return (EReference)productionEClass.getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDepartment() {
		return departmentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDepartment_Name() {
		return (EAttribute)departmentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDepartment_NameZh() {
		return (EAttribute)departmentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPerson() {
		return personEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_Name() {
		return (EAttribute)personEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_NameAlt() {
		return (EAttribute)personEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPerson_Department() {
		return (EReference)personEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_Role() {
		return (EAttribute)personEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_Phone() {
		return (EAttribute)personEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_Email() {
		return (EAttribute)personEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_Housing() {
		return (EAttribute)personEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_HousingPreferences() {
		return (EAttribute)personEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getContact() {
		return contactEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_Name() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_Organisation() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_Role() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_Phone() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_Email() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_Notes() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDateRange() {
		return dateRangeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDateRange_From() {
		return (EAttribute)dateRangeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDateRange_To() {
		return (EAttribute)dateRangeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDateRange_Note() {
		return (EAttribute)dateRangeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getProductionFormat() {
		return productionFormatEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProductionFactory getProductionFactory() {
		return (ProductionFactory)getEFactoryInstance();
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
		identifiedEClass = createEClass(IDENTIFIED);
		createEAttribute(identifiedEClass, IDENTIFIED__ID);

		productionEClass = createEClass(PRODUCTION);
		createEAttribute(productionEClass, PRODUCTION__FILE_VERSION);
		createEAttribute(productionEClass, PRODUCTION__TITLE);
		createEAttribute(productionEClass, PRODUCTION__ORIGINAL_TITLE);
		createEAttribute(productionEClass, PRODUCTION__TRANSLATED_TITLE);
		createEAttribute(productionEClass, PRODUCTION__COMPANY);
		createEAttribute(productionEClass, PRODUCTION__LANGUAGE);
		createEAttribute(productionEClass, PRODUCTION__FORMAT);
		createEAttribute(productionEClass, PRODUCTION__START_DATE);
		createEAttribute(productionEClass, PRODUCTION__WRAP_DATE);
		createEReference(productionEClass, PRODUCTION__STUDIO);
		createEReference(productionEClass, PRODUCTION__DEPARTMENTS);
		createEReference(productionEClass, PRODUCTION__PEOPLE);
		createEReference(productionEClass, PRODUCTION__CONTACTS);
		createEReference(productionEClass, PRODUCTION__SCRIPT);
		createEReference(productionEClass, PRODUCTION__BREAKDOWN);
		createEReference(productionEClass, PRODUCTION__SHOT_LIST);
		createEReference(productionEClass, PRODUCTION__SCHEDULES);
		createEReference(productionEClass, PRODUCTION__ACTIVE_SCHEDULE);
		createEReference(productionEClass, PRODUCTION__HOLIDAYS);
		createEReference(productionEClass, PRODUCTION__LIGHTING);
		createEReference(productionEClass, PRODUCTION__PERMIT_APPLICATIONS);

		departmentEClass = createEClass(DEPARTMENT);
		createEAttribute(departmentEClass, DEPARTMENT__NAME);
		createEAttribute(departmentEClass, DEPARTMENT__NAME_ZH);

		personEClass = createEClass(PERSON);
		createEAttribute(personEClass, PERSON__NAME);
		createEAttribute(personEClass, PERSON__NAME_ALT);
		createEReference(personEClass, PERSON__DEPARTMENT);
		createEAttribute(personEClass, PERSON__ROLE);
		createEAttribute(personEClass, PERSON__PHONE);
		createEAttribute(personEClass, PERSON__EMAIL);
		createEAttribute(personEClass, PERSON__HOUSING);
		createEAttribute(personEClass, PERSON__HOUSING_PREFERENCES);

		contactEClass = createEClass(CONTACT);
		createEAttribute(contactEClass, CONTACT__NAME);
		createEAttribute(contactEClass, CONTACT__ORGANISATION);
		createEAttribute(contactEClass, CONTACT__ROLE);
		createEAttribute(contactEClass, CONTACT__PHONE);
		createEAttribute(contactEClass, CONTACT__EMAIL);
		createEAttribute(contactEClass, CONTACT__NOTES);

		dateRangeEClass = createEClass(DATE_RANGE);
		createEAttribute(dateRangeEClass, DATE_RANGE__FROM);
		createEAttribute(dateRangeEClass, DATE_RANGE__TO);
		createEAttribute(dateRangeEClass, DATE_RANGE__NOTE);

		// Create enums
		productionFormatEEnum = createEEnum(PRODUCTION_FORMAT);
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
		StudioPackage theStudioPackage = (StudioPackage)EPackage.Registry.INSTANCE.getEPackage(StudioPackage.eNS_URI);
		ScriptPackage theScriptPackage = (ScriptPackage)EPackage.Registry.INSTANCE.getEPackage(ScriptPackage.eNS_URI);
		BreakdownPackage theBreakdownPackage = (BreakdownPackage)EPackage.Registry.INSTANCE.getEPackage(BreakdownPackage.eNS_URI);
		ShotsPackage theShotsPackage = (ShotsPackage)EPackage.Registry.INSTANCE.getEPackage(ShotsPackage.eNS_URI);
		SchedulePackage theSchedulePackage = (SchedulePackage)EPackage.Registry.INSTANCE.getEPackage(SchedulePackage.eNS_URI);
		LightingPackage theLightingPackage = (LightingPackage)EPackage.Registry.INSTANCE.getEPackage(LightingPackage.eNS_URI);
		PermitsPackage thePermitsPackage = (PermitsPackage)EPackage.Registry.INSTANCE.getEPackage(PermitsPackage.eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		productionEClass.getESuperTypes().add(this.getIdentified());
		departmentEClass.getESuperTypes().add(this.getIdentified());
		personEClass.getESuperTypes().add(this.getIdentified());
		contactEClass.getESuperTypes().add(this.getIdentified());

		// Initialize classes, features, and operations; add parameters
		initEClass(identifiedEClass, Identified.class, "Identified", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getIdentified_Id(), ecorePackage.getEString(), "id", null, 0, 1, Identified.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(productionEClass, Production.class, "Production", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getProduction_FileVersion(), ecorePackage.getEInt(), "fileVersion", null, 0, 1, Production.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProduction_Title(), ecorePackage.getEString(), "title", null, 0, 1, Production.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProduction_OriginalTitle(), ecorePackage.getEString(), "originalTitle", null, 0, 1, Production.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProduction_TranslatedTitle(), ecorePackage.getEString(), "translatedTitle", null, 0, 1, Production.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProduction_Company(), ecorePackage.getEString(), "company", null, 0, 1, Production.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProduction_Language(), ecorePackage.getEString(), "language", null, 0, 1, Production.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProduction_Format(), this.getProductionFormat(), "format", null, 0, 1, Production.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProduction_StartDate(), ecorePackage.getEDate(), "startDate", null, 0, 1, Production.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProduction_WrapDate(), ecorePackage.getEDate(), "wrapDate", null, 0, 1, Production.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProduction_Studio(), theStudioPackage.getStudio(), null, "studio", null, 0, 1, Production.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProduction_Departments(), this.getDepartment(), null, "departments", null, 0, -1, Production.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProduction_People(), this.getPerson(), null, "people", null, 0, -1, Production.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProduction_Contacts(), this.getContact(), null, "contacts", null, 0, -1, Production.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProduction_Script(), theScriptPackage.getScript(), null, "script", null, 0, 1, Production.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProduction_Breakdown(), theBreakdownPackage.getBreakdown(), null, "breakdown", null, 0, 1, Production.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProduction_ShotList(), theShotsPackage.getShotList(), null, "shotList", null, 0, 1, Production.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProduction_Schedules(), theSchedulePackage.getSchedule(), null, "schedules", null, 0, -1, Production.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProduction_ActiveSchedule(), theSchedulePackage.getSchedule(), null, "activeSchedule", null, 0, 1, Production.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProduction_Holidays(), theSchedulePackage.getHoliday(), null, "holidays", null, 0, -1, Production.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProduction_Lighting(), theLightingPackage.getLightingPlan(), null, "lighting", null, 0, 1, Production.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProduction_PermitApplications(), thePermitsPackage.getPermitApplication(), null, "permitApplications", null, 0, -1, Production.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(departmentEClass, Department.class, "Department", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDepartment_Name(), ecorePackage.getEString(), "name", null, 0, 1, Department.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDepartment_NameZh(), ecorePackage.getEString(), "nameZh", null, 0, 1, Department.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(personEClass, Person.class, "Person", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPerson_Name(), ecorePackage.getEString(), "name", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPerson_NameAlt(), ecorePackage.getEString(), "nameAlt", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPerson_Department(), this.getDepartment(), null, "department", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPerson_Role(), ecorePackage.getEString(), "role", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPerson_Phone(), ecorePackage.getEString(), "phone", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPerson_Email(), ecorePackage.getEString(), "email", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPerson_Housing(), ecorePackage.getEBoolean(), "housing", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPerson_HousingPreferences(), ecorePackage.getEString(), "housingPreferences", null, 0, -1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(contactEClass, Contact.class, "Contact", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getContact_Name(), ecorePackage.getEString(), "name", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContact_Organisation(), ecorePackage.getEString(), "organisation", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContact_Role(), ecorePackage.getEString(), "role", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContact_Phone(), ecorePackage.getEString(), "phone", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContact_Email(), ecorePackage.getEString(), "email", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContact_Notes(), ecorePackage.getEString(), "notes", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(dateRangeEClass, DateRange.class, "DateRange", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDateRange_From(), ecorePackage.getEDate(), "from", null, 0, 1, DateRange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDateRange_To(), ecorePackage.getEDate(), "to", null, 0, 1, DateRange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDateRange_Note(), ecorePackage.getEString(), "note", null, 0, 1, DateRange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(productionFormatEEnum, ProductionFormat.class, "ProductionFormat");
		addEEnumLiteral(productionFormatEEnum, ProductionFormat.FEATURE);
		addEEnumLiteral(productionFormatEEnum, ProductionFormat.SERIES_EPISODE);
		addEEnumLiteral(productionFormatEEnum, ProductionFormat.SHORT);
		addEEnumLiteral(productionFormatEEnum, ProductionFormat.COMMERCIAL);
		addEEnumLiteral(productionFormatEEnum, ProductionFormat.MUSIC_VIDEO);
		addEEnumLiteral(productionFormatEEnum, ProductionFormat.DOCUMENTARY);
		addEEnumLiteral(productionFormatEEnum, ProductionFormat.OTHER);

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
			   "documentation", "A production: its people, its documents and the shared studio it works at."
		   });
		addAnnotation
		  (identifiedEClass,
		   source,
		   new String[] {
			   "documentation", "Anything a user or another file points at: carries a stable UUID."
		   });
		addAnnotation
		  (getIdentified_Id(),
		   source,
		   new String[] {
			   "documentation", "Stable unique id (a UUID), kept across saves and used by references from other files."
		   });
		addAnnotation
		  (productionFormatEEnum,
		   source,
		   new String[] {
			   "documentation", "What kind of work is produced."
		   });
		addAnnotation
		  (productionEClass,
		   source,
		   new String[] {
			   "documentation", "The root of a *.backlot file."
		   });
		addAnnotation
		  (getProduction_FileVersion(),
		   source,
		   new String[] {
			   "documentation", "Version of the file format this production was saved with (see docs/file-format.md)."
		   });
		addAnnotation
		  (getProduction_Title(),
		   source,
		   new String[] {
			   "documentation", "Working title, as the crew calls it."
		   });
		addAnnotation
		  (getProduction_OriginalTitle(),
		   source,
		   new String[] {
			   "documentation", "Title in the original language."
		   });
		addAnnotation
		  (getProduction_TranslatedTitle(),
		   source,
		   new String[] {
			   "documentation", "Title in the other language of the suite (English or Chinese)."
		   });
		addAnnotation
		  (getProduction_Company(),
		   source,
		   new String[] {
			   "documentation", "Production company."
		   });
		addAnnotation
		  (getProduction_Language(),
		   source,
		   new String[] {
			   "documentation", "Main language of the script, as a language tag (zh, en, ...)."
		   });
		addAnnotation
		  (getProduction_StartDate(),
		   source,
		   new String[] {
			   "documentation", "First day of principal photography."
		   });
		addAnnotation
		  (getProduction_WrapDate(),
		   source,
		   new String[] {
			   "documentation", "Last day of principal photography."
		   });
		addAnnotation
		  (getProduction_Studio(),
		   source,
		   new String[] {
			   "documentation", "The studio base the production works at (in its own *.backlot-studio file)."
		   });
		addAnnotation
		  (getProduction_People(),
		   source,
		   new String[] {
			   "documentation", "Crew and cast contacts of the production."
		   });
		addAnnotation
		  (getProduction_Contacts(),
		   source,
		   new String[] {
			   "documentation", "Outside contacts: owners, officials, suppliers."
		   });
		addAnnotation
		  (getProduction_Schedules(),
		   source,
		   new String[] {
			   "documentation", "Alternative schedules (boards); one is active."
		   });
		addAnnotation
		  (getProduction_Holidays(),
		   source,
		   new String[] {
			   "documentation", "Company holidays: no shooting."
		   });
		addAnnotation
		  (departmentEClass,
		   source,
		   new String[] {
			   "documentation", "A department of the crew (camera, grip, electric, art, costume, make-up, ...)."
		   });
		addAnnotation
		  (getDepartment_NameZh(),
		   source,
		   new String[] {
			   "documentation", "Chinese name."
		   });
		addAnnotation
		  (personEClass,
		   source,
		   new String[] {
			   "documentation", "Someone on the production: crew or cast."
		   });
		addAnnotation
		  (getPerson_NameAlt(),
		   source,
		   new String[] {
			   "documentation", "The name in the other script (pinyin or Chinese characters)."
		   });
		addAnnotation
		  (getPerson_Role(),
		   source,
		   new String[] {
			   "documentation", "Job title, e.g. 1st AD, gaffer."
		   });
		addAnnotation
		  (getPerson_Housing(),
		   source,
		   new String[] {
			   "documentation", "Whether the person needs a crew apartment on the base."
		   });
		addAnnotation
		  (getPerson_HousingPreferences(),
		   source,
		   new String[] {
			   "documentation", "What the person asks of an apartment (quiet, ground floor, share with...)."
		   });
		addAnnotation
		  (contactEClass,
		   source,
		   new String[] {
			   "documentation", "An outside contact."
		   });
		addAnnotation
		  (dateRangeEClass,
		   source,
		   new String[] {
			   "documentation", "A span of days, both ends included."
		   });
	}

} //ProductionPackageImpl
