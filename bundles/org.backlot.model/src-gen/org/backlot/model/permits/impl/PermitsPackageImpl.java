/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.permits.impl;

import org.backlot.model.breakdown.BreakdownPackage;

import org.backlot.model.breakdown.impl.BreakdownPackageImpl;

import org.backlot.model.lighting.LightingPackage;

import org.backlot.model.lighting.impl.LightingPackageImpl;

import org.backlot.model.permits.Authority;
import org.backlot.model.permits.AuthorityKind;
import org.backlot.model.permits.Hazard;
import org.backlot.model.permits.PeriodKind;
import org.backlot.model.permits.PermitApplication;
import org.backlot.model.permits.PermitDocument;
import org.backlot.model.permits.PermitPeriod;
import org.backlot.model.permits.PermitStatus;
import org.backlot.model.permits.PermitsFactory;
import org.backlot.model.permits.PermitsPackage;
import org.backlot.model.permits.RoadClosure;
import org.backlot.model.permits.StatusChange;

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
public class PermitsPackageImpl extends EPackageImpl implements PermitsPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass authorityEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass permitApplicationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass permitPeriodEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass roadClosureEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass permitDocumentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass statusChangeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum authorityKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum permitStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum hazardEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum periodKindEEnum = null;

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
	 * @see org.backlot.model.permits.PermitsPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private PermitsPackageImpl() {
		super(eNS_URI, PermitsFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link PermitsPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static PermitsPackage init() {
		if (isInited) return (PermitsPackage)EPackage.Registry.INSTANCE.getEPackage(PermitsPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredPermitsPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		PermitsPackageImpl thePermitsPackage = registeredPermitsPackage instanceof PermitsPackageImpl ? (PermitsPackageImpl)registeredPermitsPackage : new PermitsPackageImpl();

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
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(StudioPackage.eNS_URI);
		StudioPackageImpl theStudioPackage = (StudioPackageImpl)(registeredPackage instanceof StudioPackageImpl ? registeredPackage : StudioPackage.eINSTANCE);

		// Create package meta-data objects
		thePermitsPackage.createPackageContents();
		theProductionPackage.createPackageContents();
		theScriptPackage.createPackageContents();
		theBreakdownPackage.createPackageContents();
		theShotsPackage.createPackageContents();
		theSchedulePackage.createPackageContents();
		theLightingPackage.createPackageContents();
		theStudioPackage.createPackageContents();

		// Initialize created meta-data
		thePermitsPackage.initializePackageContents();
		theProductionPackage.initializePackageContents();
		theScriptPackage.initializePackageContents();
		theBreakdownPackage.initializePackageContents();
		theShotsPackage.initializePackageContents();
		theSchedulePackage.initializePackageContents();
		theLightingPackage.initializePackageContents();
		theStudioPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		thePermitsPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(PermitsPackage.eNS_URI, thePermitsPackage);
		return thePermitsPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAuthority() {
		return authorityEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAuthority_Kind() {
		return (EAttribute)authorityEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAuthority_Name() {
		return (EAttribute)authorityEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAuthority_NameZh() {
		return (EAttribute)authorityEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAuthority_LeadTimeDays() {
		return (EAttribute)authorityEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAuthority_TargetDays() {
		return (EAttribute)authorityEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAuthority_RequiredDocuments() {
		return (EAttribute)authorityEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAuthority_Contact() {
		return (EAttribute)authorityEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAuthority_RuleId() {
		return (EAttribute)authorityEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPermitApplication() {
		return permitApplicationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPermitApplication_Authority() {
		return (EReference)permitApplicationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPermitApplication_Description() {
		return (EAttribute)permitApplicationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPermitApplication_Locations() {
		return (EReference)permitApplicationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPermitApplication_Periods() {
		return (EReference)permitApplicationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPermitApplication_HeadCount() {
		return (EAttribute)permitApplicationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPermitApplication_VehicleCount() {
		return (EAttribute)permitApplicationEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPermitApplication_VehicleTypes() {
		return (EAttribute)permitApplicationEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPermitApplication_Hazards() {
		return (EAttribute)permitApplicationEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPermitApplication_RoadClosures() {
		return (EReference)permitApplicationEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPermitApplication_Documents() {
		return (EReference)permitApplicationEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPermitApplication_Fee() {
		return (EAttribute)permitApplicationEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPermitApplication_Status() {
		return (EAttribute)permitApplicationEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPermitApplication_PermitNumber() {
		return (EAttribute)permitApplicationEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPermitApplication_Conditions() {
		return (EAttribute)permitApplicationEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPermitApplication_PersonInCharge() {
		return (EReference)permitApplicationEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPermitApplication_History() {
		return (EReference)permitApplicationEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPermitApplication_Scenes() {
		return (EReference)permitApplicationEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPermitApplication_Applicant() {
		return (EAttribute)permitApplicationEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPermitApplication_Equipment() {
		return (EAttribute)permitApplicationEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPermitApplication_Reference() {
		return (EAttribute)permitApplicationEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPermitApplication_Reasons() {
		return (EAttribute)permitApplicationEClass.getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPermitPeriod() {
		return permitPeriodEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPermitPeriod_Kind() {
		return (EAttribute)permitPeriodEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPermitPeriod_Start() {
		return (EAttribute)permitPeriodEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPermitPeriod_End() {
		return (EAttribute)permitPeriodEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRoadClosure() {
		return roadClosureEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRoadClosure_Road() {
		return (EAttribute)roadClosureEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRoadClosure_Start() {
		return (EAttribute)roadClosureEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRoadClosure_End() {
		return (EAttribute)roadClosureEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRoadClosure_TrafficPlan() {
		return (EAttribute)roadClosureEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPermitDocument() {
		return permitDocumentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPermitDocument_Kind() {
		return (EAttribute)permitDocumentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPermitDocument_Path() {
		return (EAttribute)permitDocumentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPermitDocument_Expires() {
		return (EAttribute)permitDocumentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPermitDocument_Required() {
		return (EAttribute)permitDocumentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPermitDocument_Added() {
		return (EAttribute)permitDocumentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStatusChange() {
		return statusChangeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStatusChange_Status() {
		return (EAttribute)statusChangeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStatusChange_At() {
		return (EAttribute)statusChangeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStatusChange_By() {
		return (EAttribute)statusChangeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStatusChange_Note() {
		return (EAttribute)statusChangeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAuthorityKind() {
		return authorityKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPermitStatus() {
		return permitStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getHazard() {
		return hazardEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPeriodKind() {
		return periodKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PermitsFactory getPermitsFactory() {
		return (PermitsFactory)getEFactoryInstance();
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
		authorityEClass = createEClass(AUTHORITY);
		createEAttribute(authorityEClass, AUTHORITY__KIND);
		createEAttribute(authorityEClass, AUTHORITY__NAME);
		createEAttribute(authorityEClass, AUTHORITY__NAME_ZH);
		createEAttribute(authorityEClass, AUTHORITY__LEAD_TIME_DAYS);
		createEAttribute(authorityEClass, AUTHORITY__TARGET_DAYS);
		createEAttribute(authorityEClass, AUTHORITY__REQUIRED_DOCUMENTS);
		createEAttribute(authorityEClass, AUTHORITY__CONTACT);
		createEAttribute(authorityEClass, AUTHORITY__RULE_ID);

		permitApplicationEClass = createEClass(PERMIT_APPLICATION);
		createEReference(permitApplicationEClass, PERMIT_APPLICATION__AUTHORITY);
		createEAttribute(permitApplicationEClass, PERMIT_APPLICATION__DESCRIPTION);
		createEReference(permitApplicationEClass, PERMIT_APPLICATION__LOCATIONS);
		createEReference(permitApplicationEClass, PERMIT_APPLICATION__PERIODS);
		createEAttribute(permitApplicationEClass, PERMIT_APPLICATION__HEAD_COUNT);
		createEAttribute(permitApplicationEClass, PERMIT_APPLICATION__VEHICLE_COUNT);
		createEAttribute(permitApplicationEClass, PERMIT_APPLICATION__VEHICLE_TYPES);
		createEAttribute(permitApplicationEClass, PERMIT_APPLICATION__HAZARDS);
		createEReference(permitApplicationEClass, PERMIT_APPLICATION__ROAD_CLOSURES);
		createEReference(permitApplicationEClass, PERMIT_APPLICATION__DOCUMENTS);
		createEAttribute(permitApplicationEClass, PERMIT_APPLICATION__FEE);
		createEAttribute(permitApplicationEClass, PERMIT_APPLICATION__STATUS);
		createEAttribute(permitApplicationEClass, PERMIT_APPLICATION__PERMIT_NUMBER);
		createEAttribute(permitApplicationEClass, PERMIT_APPLICATION__CONDITIONS);
		createEReference(permitApplicationEClass, PERMIT_APPLICATION__PERSON_IN_CHARGE);
		createEReference(permitApplicationEClass, PERMIT_APPLICATION__HISTORY);
		createEReference(permitApplicationEClass, PERMIT_APPLICATION__SCENES);
		createEAttribute(permitApplicationEClass, PERMIT_APPLICATION__APPLICANT);
		createEAttribute(permitApplicationEClass, PERMIT_APPLICATION__EQUIPMENT);
		createEAttribute(permitApplicationEClass, PERMIT_APPLICATION__REFERENCE);
		createEAttribute(permitApplicationEClass, PERMIT_APPLICATION__REASONS);

		permitPeriodEClass = createEClass(PERMIT_PERIOD);
		createEAttribute(permitPeriodEClass, PERMIT_PERIOD__KIND);
		createEAttribute(permitPeriodEClass, PERMIT_PERIOD__START);
		createEAttribute(permitPeriodEClass, PERMIT_PERIOD__END);

		roadClosureEClass = createEClass(ROAD_CLOSURE);
		createEAttribute(roadClosureEClass, ROAD_CLOSURE__ROAD);
		createEAttribute(roadClosureEClass, ROAD_CLOSURE__START);
		createEAttribute(roadClosureEClass, ROAD_CLOSURE__END);
		createEAttribute(roadClosureEClass, ROAD_CLOSURE__TRAFFIC_PLAN);

		permitDocumentEClass = createEClass(PERMIT_DOCUMENT);
		createEAttribute(permitDocumentEClass, PERMIT_DOCUMENT__KIND);
		createEAttribute(permitDocumentEClass, PERMIT_DOCUMENT__PATH);
		createEAttribute(permitDocumentEClass, PERMIT_DOCUMENT__EXPIRES);
		createEAttribute(permitDocumentEClass, PERMIT_DOCUMENT__REQUIRED);
		createEAttribute(permitDocumentEClass, PERMIT_DOCUMENT__ADDED);

		statusChangeEClass = createEClass(STATUS_CHANGE);
		createEAttribute(statusChangeEClass, STATUS_CHANGE__STATUS);
		createEAttribute(statusChangeEClass, STATUS_CHANGE__AT);
		createEAttribute(statusChangeEClass, STATUS_CHANGE__BY);
		createEAttribute(statusChangeEClass, STATUS_CHANGE__NOTE);

		// Create enums
		authorityKindEEnum = createEEnum(AUTHORITY_KIND);
		permitStatusEEnum = createEEnum(PERMIT_STATUS);
		hazardEEnum = createEEnum(HAZARD);
		periodKindEEnum = createEEnum(PERIOD_KIND);
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
		StudioPackage theStudioPackage = (StudioPackage)EPackage.Registry.INSTANCE.getEPackage(StudioPackage.eNS_URI);
		ScriptPackage theScriptPackage = (ScriptPackage)EPackage.Registry.INSTANCE.getEPackage(ScriptPackage.eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		authorityEClass.getESuperTypes().add(theProductionPackage.getIdentified());
		permitApplicationEClass.getESuperTypes().add(theProductionPackage.getIdentified());

		// Initialize classes, features, and operations; add parameters
		initEClass(authorityEClass, Authority.class, "Authority", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAuthority_Kind(), this.getAuthorityKind(), "kind", null, 0, 1, Authority.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAuthority_Name(), ecorePackage.getEString(), "name", null, 0, 1, Authority.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAuthority_NameZh(), ecorePackage.getEString(), "nameZh", null, 0, 1, Authority.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAuthority_LeadTimeDays(), ecorePackage.getEInt(), "leadTimeDays", null, 0, 1, Authority.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAuthority_TargetDays(), ecorePackage.getEInt(), "targetDays", "3", 0, 1, Authority.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAuthority_RequiredDocuments(), ecorePackage.getEString(), "requiredDocuments", null, 0, -1, Authority.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAuthority_Contact(), ecorePackage.getEString(), "contact", null, 0, 1, Authority.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAuthority_RuleId(), ecorePackage.getEString(), "ruleId", null, 0, 1, Authority.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(permitApplicationEClass, PermitApplication.class, "PermitApplication", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getPermitApplication_Authority(), this.getAuthority(), null, "authority", null, 0, 1, PermitApplication.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPermitApplication_Description(), ecorePackage.getEString(), "description", null, 0, 1, PermitApplication.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPermitApplication_Locations(), theStudioPackage.getLocation(), null, "locations", null, 0, -1, PermitApplication.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPermitApplication_Periods(), this.getPermitPeriod(), null, "periods", null, 0, -1, PermitApplication.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPermitApplication_HeadCount(), ecorePackage.getEInt(), "headCount", null, 0, 1, PermitApplication.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPermitApplication_VehicleCount(), ecorePackage.getEInt(), "vehicleCount", null, 0, 1, PermitApplication.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPermitApplication_VehicleTypes(), ecorePackage.getEString(), "vehicleTypes", null, 0, 1, PermitApplication.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPermitApplication_Hazards(), this.getHazard(), "hazards", null, 0, -1, PermitApplication.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPermitApplication_RoadClosures(), this.getRoadClosure(), null, "roadClosures", null, 0, -1, PermitApplication.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPermitApplication_Documents(), this.getPermitDocument(), null, "documents", null, 0, -1, PermitApplication.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPermitApplication_Fee(), ecorePackage.getEDouble(), "fee", null, 0, 1, PermitApplication.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPermitApplication_Status(), this.getPermitStatus(), "status", null, 0, 1, PermitApplication.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPermitApplication_PermitNumber(), ecorePackage.getEString(), "permitNumber", null, 0, 1, PermitApplication.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPermitApplication_Conditions(), ecorePackage.getEString(), "conditions", null, 0, 1, PermitApplication.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPermitApplication_PersonInCharge(), theProductionPackage.getPerson(), null, "personInCharge", null, 0, 1, PermitApplication.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPermitApplication_History(), this.getStatusChange(), null, "history", null, 0, -1, PermitApplication.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPermitApplication_Scenes(), theScriptPackage.getScene(), null, "scenes", null, 0, -1, PermitApplication.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPermitApplication_Applicant(), ecorePackage.getEString(), "applicant", null, 0, 1, PermitApplication.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPermitApplication_Equipment(), ecorePackage.getEString(), "equipment", null, 0, 1, PermitApplication.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPermitApplication_Reference(), ecorePackage.getEString(), "reference", null, 0, 1, PermitApplication.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPermitApplication_Reasons(), ecorePackage.getEString(), "reasons", null, 0, -1, PermitApplication.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(permitPeriodEClass, PermitPeriod.class, "PermitPeriod", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPermitPeriod_Kind(), this.getPeriodKind(), "kind", null, 0, 1, PermitPeriod.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPermitPeriod_Start(), ecorePackage.getEDate(), "start", null, 0, 1, PermitPeriod.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPermitPeriod_End(), ecorePackage.getEDate(), "end", null, 0, 1, PermitPeriod.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(roadClosureEClass, RoadClosure.class, "RoadClosure", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRoadClosure_Road(), ecorePackage.getEString(), "road", null, 0, 1, RoadClosure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRoadClosure_Start(), ecorePackage.getEDate(), "start", null, 0, 1, RoadClosure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRoadClosure_End(), ecorePackage.getEDate(), "end", null, 0, 1, RoadClosure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRoadClosure_TrafficPlan(), ecorePackage.getEString(), "trafficPlan", null, 0, 1, RoadClosure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(permitDocumentEClass, PermitDocument.class, "PermitDocument", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPermitDocument_Kind(), ecorePackage.getEString(), "kind", null, 0, 1, PermitDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPermitDocument_Path(), ecorePackage.getEString(), "path", null, 0, 1, PermitDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPermitDocument_Expires(), ecorePackage.getEDate(), "expires", null, 0, 1, PermitDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPermitDocument_Required(), ecorePackage.getEBoolean(), "required", null, 0, 1, PermitDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPermitDocument_Added(), ecorePackage.getEDate(), "added", null, 0, 1, PermitDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(statusChangeEClass, StatusChange.class, "StatusChange", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStatusChange_Status(), this.getPermitStatus(), "status", null, 0, 1, StatusChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStatusChange_At(), ecorePackage.getEDate(), "at", null, 0, 1, StatusChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStatusChange_By(), ecorePackage.getEString(), "by", null, 0, 1, StatusChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStatusChange_Note(), ecorePackage.getEString(), "note", null, 0, 1, StatusChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(authorityKindEEnum, AuthorityKind.class, "AuthorityKind");
		addEEnumLiteral(authorityKindEEnum, AuthorityKind.POLICE);
		addEEnumLiteral(authorityKindEEnum, AuthorityKind.TRAFFIC_POLICE);
		addEEnumLiteral(authorityKindEEnum, AuthorityKind.CULTURE_TOURISM);
		addEEnumLiteral(authorityKindEEnum, AuthorityKind.FIRE);
		addEEnumLiteral(authorityKindEEnum, AuthorityKind.URBAN_MANAGEMENT);
		addEEnumLiteral(authorityKindEEnum, AuthorityKind.CIVIL_AVIATION);
		addEEnumLiteral(authorityKindEEnum, AuthorityKind.PARKS_LANDMARKS);
		addEEnumLiteral(authorityKindEEnum, AuthorityKind.OTHER);

		initEEnum(permitStatusEEnum, PermitStatus.class, "PermitStatus");
		addEEnumLiteral(permitStatusEEnum, PermitStatus.DRAFT);
		addEEnumLiteral(permitStatusEEnum, PermitStatus.COMPLETE);
		addEEnumLiteral(permitStatusEEnum, PermitStatus.SUBMITTED);
		addEEnumLiteral(permitStatusEEnum, PermitStatus.MORE_INFO);
		addEEnumLiteral(permitStatusEEnum, PermitStatus.APPROVED);
		addEEnumLiteral(permitStatusEEnum, PermitStatus.REJECTED);
		addEEnumLiteral(permitStatusEEnum, PermitStatus.WITHDRAWN);
		addEEnumLiteral(permitStatusEEnum, PermitStatus.EXPIRED);

		initEEnum(hazardEEnum, Hazard.class, "Hazard");
		addEEnumLiteral(hazardEEnum, Hazard.FIREARMS);
		addEEnumLiteral(hazardEEnum, Hazard.PYROTECHNICS);
		addEEnumLiteral(hazardEEnum, Hazard.OPEN_FLAME);
		addEEnumLiteral(hazardEEnum, Hazard.SMOKE);
		addEEnumLiteral(hazardEEnum, Hazard.STUNTS);
		addEEnumLiteral(hazardEEnum, Hazard.ANIMALS);
		addEEnumLiteral(hazardEEnum, Hazard.MOVING_VEHICLES);
		addEEnumLiteral(hazardEEnum, Hazard.WATERCRAFT);
		addEEnumLiteral(hazardEEnum, Hazard.DRONES);
		addEEnumLiteral(hazardEEnum, Hazard.CROWD);

		initEEnum(periodKindEEnum, PeriodKind.class, "PeriodKind");
		addEEnumLiteral(periodKindEEnum, PeriodKind.PREP);
		addEEnumLiteral(periodKindEEnum, PeriodKind.SHOOT);
		addEEnumLiteral(periodKindEEnum, PeriodKind.STRIKE);
		addEEnumLiteral(periodKindEEnum, PeriodKind.RAIN);

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
			   "documentation", "Filming permits: authorities and applications with their history."
		   });
		addAnnotation
		  (authorityKindEEnum,
		   source,
		   new String[] {
			   "documentation", "Who approves."
		   });
		addAnnotation
		  (permitStatusEEnum,
		   source,
		   new String[] {
			   "documentation", "Where an application stands."
		   });
		addAnnotation
		  (hazardEEnum,
		   source,
		   new String[] {
			   "documentation", "Hazards an authority asks about."
		   });
		addAnnotation
		  (periodKindEEnum,
		   source,
		   new String[] {
			   "documentation", "Part of the permitted time."
		   });
		addAnnotation
		  (authorityEClass,
		   source,
		   new String[] {
			   "documentation", "A body that approves filming."
		   });
		addAnnotation
		  (getAuthority_LeadTimeDays(),
		   source,
		   new String[] {
			   "documentation", "Working days before the shoot an application must be in."
		   });
		addAnnotation
		  (getAuthority_TargetDays(),
		   source,
		   new String[] {
			   "documentation", "Working days the authority promises to decide in."
		   });
		addAnnotation
		  (getAuthority_RuleId(),
		   source,
		   new String[] {
			   "documentation", "Id of the contributed authority (org.backlot.permits.authorities) whose rules, documents, fees and form apply."
		   });
		addAnnotation
		  (permitApplicationEClass,
		   source,
		   new String[] {
			   "documentation", "An application to one authority."
		   });
		addAnnotation
		  (getPermitApplication_Scenes(),
		   source,
		   new String[] {
			   "documentation", "The scheduled scenes the application covers."
		   });
		addAnnotation
		  (getPermitApplication_Applicant(),
		   source,
		   new String[] {
			   "documentation", "The applicant company."
		   });
		addAnnotation
		  (getPermitApplication_Equipment(),
		   source,
		   new String[] {
			   "documentation", "Equipment and vehicles placed on public ground."
		   });
		addAnnotation
		  (getPermitApplication_Reference(),
		   source,
		   new String[] {
			   "documentation", "The authority\'s own reference for the application, once submitted."
		   });
		addAnnotation
		  (getPermitApplication_Reasons(),
		   source,
		   new String[] {
			   "documentation", "Why the application is needed (from the authority rules)."
		   });
		addAnnotation
		  (permitPeriodEClass,
		   source,
		   new String[] {
			   "documentation", "Dates and hours applied for."
		   });
		addAnnotation
		  (roadClosureEClass,
		   source,
		   new String[] {
			   "documentation", "A road or lane closure."
		   });
		addAnnotation
		  (permitDocumentEClass,
		   source,
		   new String[] {
			   "documentation", "A document attached to an application."
		   });
		addAnnotation
		  (getPermitDocument_Kind(),
		   source,
		   new String[] {
			   "documentation", "Insurance certificate, site sketch, owner consent..."
		   });
		addAnnotation
		  (getPermitDocument_Required(),
		   source,
		   new String[] {
			   "documentation", "Whether the authority asks for this document (a checklist entry)."
		   });
		addAnnotation
		  (getPermitDocument_Added(),
		   source,
		   new String[] {
			   "documentation", "When the file was attached."
		   });
		addAnnotation
		  (statusChangeEClass,
		   source,
		   new String[] {
			   "documentation", "One step in an application\'s history."
		   });
	}

} //PermitsPackageImpl
