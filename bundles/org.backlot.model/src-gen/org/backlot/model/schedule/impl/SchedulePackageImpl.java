/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.schedule.impl;

import org.backlot.model.breakdown.BreakdownPackage;

import org.backlot.model.breakdown.impl.BreakdownPackageImpl;

import org.backlot.model.lighting.LightingPackage;

import org.backlot.model.lighting.impl.LightingPackageImpl;

import org.backlot.model.permits.PermitsPackage;

import org.backlot.model.permits.impl.PermitsPackageImpl;

import org.backlot.model.production.ProductionPackage;

import org.backlot.model.production.impl.ProductionPackageImpl;

import org.backlot.model.schedule.CostWeights;
import org.backlot.model.schedule.DoodRule;
import org.backlot.model.schedule.EventKind;
import org.backlot.model.schedule.Holiday;
import org.backlot.model.schedule.Schedule;
import org.backlot.model.schedule.ScheduleEvent;
import org.backlot.model.schedule.ScheduleFactory;
import org.backlot.model.schedule.ScheduleItem;
import org.backlot.model.schedule.SchedulePackage;
import org.backlot.model.schedule.ShootDay;
import org.backlot.model.schedule.Strip;

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
public class SchedulePackageImpl extends EPackageImpl implements SchedulePackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass scheduleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass scheduleItemEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass stripEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass shootDayEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass doodRuleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass holidayEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass costWeightsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass scheduleEventEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum eventKindEEnum = null;

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
	 * @see org.backlot.model.schedule.SchedulePackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private SchedulePackageImpl() {
		super(eNS_URI, ScheduleFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link SchedulePackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static SchedulePackage init() {
		if (isInited) return (SchedulePackage)EPackage.Registry.INSTANCE.getEPackage(SchedulePackage.eNS_URI);

		// Obtain or create and register package
		Object registeredSchedulePackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		SchedulePackageImpl theSchedulePackage = registeredSchedulePackage instanceof SchedulePackageImpl ? (SchedulePackageImpl)registeredSchedulePackage : new SchedulePackageImpl();

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
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(LightingPackage.eNS_URI);
		LightingPackageImpl theLightingPackage = (LightingPackageImpl)(registeredPackage instanceof LightingPackageImpl ? registeredPackage : LightingPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(PermitsPackage.eNS_URI);
		PermitsPackageImpl thePermitsPackage = (PermitsPackageImpl)(registeredPackage instanceof PermitsPackageImpl ? registeredPackage : PermitsPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(StudioPackage.eNS_URI);
		StudioPackageImpl theStudioPackage = (StudioPackageImpl)(registeredPackage instanceof StudioPackageImpl ? registeredPackage : StudioPackage.eINSTANCE);

		// Create package meta-data objects
		theSchedulePackage.createPackageContents();
		theProductionPackage.createPackageContents();
		theScriptPackage.createPackageContents();
		theBreakdownPackage.createPackageContents();
		theShotsPackage.createPackageContents();
		theLightingPackage.createPackageContents();
		thePermitsPackage.createPackageContents();
		theStudioPackage.createPackageContents();

		// Initialize created meta-data
		theSchedulePackage.initializePackageContents();
		theProductionPackage.initializePackageContents();
		theScriptPackage.initializePackageContents();
		theBreakdownPackage.initializePackageContents();
		theShotsPackage.initializePackageContents();
		theLightingPackage.initializePackageContents();
		thePermitsPackage.initializePackageContents();
		theStudioPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theSchedulePackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(SchedulePackage.eNS_URI, theSchedulePackage);
		return theSchedulePackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSchedule() {
		return scheduleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSchedule_Name() {
		return (EAttribute)scheduleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSchedule_Items() {
		return (EReference)scheduleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSchedule_MaxEighthsPerDay() {
		return (EAttribute)scheduleEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSchedule_MaxMinutesPerDay() {
		return (EAttribute)scheduleEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSchedule_TurnaroundHours() {
		return (EAttribute)scheduleEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSchedule_StartDate() {
		return (EAttribute)scheduleEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSchedule_DaysPerWeek() {
		return (EAttribute)scheduleEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSchedule_DayCall() {
		return (EAttribute)scheduleEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSchedule_NightCall() {
		return (EAttribute)scheduleEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSchedule_DayHours() {
		return (EAttribute)scheduleEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSchedule_MinutesPerEighth() {
		return (EAttribute)scheduleEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSchedule_CompanyMoveMinutes() {
		return (EAttribute)scheduleEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSchedule_Weights() {
		return (EReference)scheduleEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSchedule_Events() {
		return (EReference)scheduleEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getScheduleItem() {
		return scheduleItemEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStrip() {
		return stripEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStrip_Scene() {
		return (EReference)stripEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStrip_Pinned() {
		return (EAttribute)stripEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStrip_WeatherCover() {
		return (EAttribute)stripEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getShootDay() {
		return shootDayEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getShootDay_DayNumber() {
		return (EAttribute)shootDayEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getShootDay_Date() {
		return (EAttribute)shootDayEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getShootDay_Unit() {
		return (EAttribute)shootDayEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getShootDay_CrewCall() {
		return (EAttribute)shootDayEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getShootDay_Wrap() {
		return (EAttribute)shootDayEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getShootDay_Stage() {
		return (EReference)shootDayEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getShootDay_Location() {
		return (EReference)shootDayEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getShootDay_Notes() {
		return (EAttribute)shootDayEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getShootDay_ShootingCall() {
		return (EAttribute)shootDayEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getShootDay_Weather() {
		return (EAttribute)shootDayEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDoodRule() {
		return doodRuleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDoodRule_HoldAllowed() {
		return (EAttribute)doodRuleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDoodRule_MinDropGapDays() {
		return (EAttribute)doodRuleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHoliday() {
		return holidayEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHoliday_Date() {
		return (EAttribute)holidayEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHoliday_Name() {
		return (EAttribute)holidayEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCostWeights() {
		return costWeightsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCostWeights_CompanyMove() {
		return (EAttribute)costWeightsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCostWeights_LocationChange() {
		return (EAttribute)costWeightsEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCostWeights_CastDay() {
		return (EAttribute)costWeightsEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCostWeights_ShootDay() {
		return (EAttribute)costWeightsEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCostWeights_StageDay() {
		return (EAttribute)costWeightsEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCostWeights_NightToDay() {
		return (EAttribute)costWeightsEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getScheduleEvent() {
		return scheduleEventEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScheduleEvent_Element() {
		return (EReference)scheduleEventEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScheduleEvent_Kind() {
		return (EAttribute)scheduleEventEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScheduleEvent_Date() {
		return (EAttribute)scheduleEventEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScheduleEvent_Note() {
		return (EAttribute)scheduleEventEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getEventKind() {
		return eventKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScheduleFactory getScheduleFactory() {
		return (ScheduleFactory)getEFactoryInstance();
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
		scheduleEClass = createEClass(SCHEDULE);
		createEAttribute(scheduleEClass, SCHEDULE__NAME);
		createEReference(scheduleEClass, SCHEDULE__ITEMS);
		createEAttribute(scheduleEClass, SCHEDULE__MAX_EIGHTHS_PER_DAY);
		createEAttribute(scheduleEClass, SCHEDULE__MAX_MINUTES_PER_DAY);
		createEAttribute(scheduleEClass, SCHEDULE__TURNAROUND_HOURS);
		createEAttribute(scheduleEClass, SCHEDULE__START_DATE);
		createEAttribute(scheduleEClass, SCHEDULE__DAYS_PER_WEEK);
		createEAttribute(scheduleEClass, SCHEDULE__DAY_CALL);
		createEAttribute(scheduleEClass, SCHEDULE__NIGHT_CALL);
		createEAttribute(scheduleEClass, SCHEDULE__DAY_HOURS);
		createEAttribute(scheduleEClass, SCHEDULE__MINUTES_PER_EIGHTH);
		createEAttribute(scheduleEClass, SCHEDULE__COMPANY_MOVE_MINUTES);
		createEReference(scheduleEClass, SCHEDULE__WEIGHTS);
		createEReference(scheduleEClass, SCHEDULE__EVENTS);

		scheduleItemEClass = createEClass(SCHEDULE_ITEM);

		stripEClass = createEClass(STRIP);
		createEReference(stripEClass, STRIP__SCENE);
		createEAttribute(stripEClass, STRIP__PINNED);
		createEAttribute(stripEClass, STRIP__WEATHER_COVER);

		shootDayEClass = createEClass(SHOOT_DAY);
		createEAttribute(shootDayEClass, SHOOT_DAY__DAY_NUMBER);
		createEAttribute(shootDayEClass, SHOOT_DAY__DATE);
		createEAttribute(shootDayEClass, SHOOT_DAY__UNIT);
		createEAttribute(shootDayEClass, SHOOT_DAY__CREW_CALL);
		createEAttribute(shootDayEClass, SHOOT_DAY__WRAP);
		createEReference(shootDayEClass, SHOOT_DAY__STAGE);
		createEReference(shootDayEClass, SHOOT_DAY__LOCATION);
		createEAttribute(shootDayEClass, SHOOT_DAY__NOTES);
		createEAttribute(shootDayEClass, SHOOT_DAY__SHOOTING_CALL);
		createEAttribute(shootDayEClass, SHOOT_DAY__WEATHER);

		doodRuleEClass = createEClass(DOOD_RULE);
		createEAttribute(doodRuleEClass, DOOD_RULE__HOLD_ALLOWED);
		createEAttribute(doodRuleEClass, DOOD_RULE__MIN_DROP_GAP_DAYS);

		holidayEClass = createEClass(HOLIDAY);
		createEAttribute(holidayEClass, HOLIDAY__DATE);
		createEAttribute(holidayEClass, HOLIDAY__NAME);

		costWeightsEClass = createEClass(COST_WEIGHTS);
		createEAttribute(costWeightsEClass, COST_WEIGHTS__COMPANY_MOVE);
		createEAttribute(costWeightsEClass, COST_WEIGHTS__LOCATION_CHANGE);
		createEAttribute(costWeightsEClass, COST_WEIGHTS__CAST_DAY);
		createEAttribute(costWeightsEClass, COST_WEIGHTS__SHOOT_DAY);
		createEAttribute(costWeightsEClass, COST_WEIGHTS__STAGE_DAY);
		createEAttribute(costWeightsEClass, COST_WEIGHTS__NIGHT_TO_DAY);

		scheduleEventEClass = createEClass(SCHEDULE_EVENT);
		createEReference(scheduleEventEClass, SCHEDULE_EVENT__ELEMENT);
		createEAttribute(scheduleEventEClass, SCHEDULE_EVENT__KIND);
		createEAttribute(scheduleEventEClass, SCHEDULE_EVENT__DATE);
		createEAttribute(scheduleEventEClass, SCHEDULE_EVENT__NOTE);

		// Create enums
		eventKindEEnum = createEEnum(EVENT_KIND);
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
		StudioPackage theStudioPackage = (StudioPackage)EPackage.Registry.INSTANCE.getEPackage(StudioPackage.eNS_URI);
		BreakdownPackage theBreakdownPackage = (BreakdownPackage)EPackage.Registry.INSTANCE.getEPackage(BreakdownPackage.eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		scheduleEClass.getESuperTypes().add(theProductionPackage.getIdentified());
		stripEClass.getESuperTypes().add(this.getScheduleItem());
		shootDayEClass.getESuperTypes().add(this.getScheduleItem());
		shootDayEClass.getESuperTypes().add(theProductionPackage.getIdentified());

		// Initialize classes, features, and operations; add parameters
		initEClass(scheduleEClass, Schedule.class, "Schedule", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSchedule_Name(), ecorePackage.getEString(), "name", null, 0, 1, Schedule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSchedule_Items(), this.getScheduleItem(), null, "items", null, 0, -1, Schedule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSchedule_MaxEighthsPerDay(), ecorePackage.getEInt(), "maxEighthsPerDay", "48", 0, 1, Schedule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSchedule_MaxMinutesPerDay(), ecorePackage.getEInt(), "maxMinutesPerDay", "720", 0, 1, Schedule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSchedule_TurnaroundHours(), ecorePackage.getEDouble(), "turnaroundHours", "12.0", 0, 1, Schedule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSchedule_StartDate(), ecorePackage.getEDate(), "startDate", null, 0, 1, Schedule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSchedule_DaysPerWeek(), ecorePackage.getEInt(), "daysPerWeek", "6", 0, 1, Schedule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSchedule_DayCall(), ecorePackage.getEString(), "dayCall", "07:00", 0, 1, Schedule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSchedule_NightCall(), ecorePackage.getEString(), "nightCall", "17:00", 0, 1, Schedule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSchedule_DayHours(), ecorePackage.getEDouble(), "dayHours", "12.0", 0, 1, Schedule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSchedule_MinutesPerEighth(), ecorePackage.getEInt(), "minutesPerEighth", "11", 0, 1, Schedule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSchedule_CompanyMoveMinutes(), ecorePackage.getEInt(), "companyMoveMinutes", "60", 0, 1, Schedule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSchedule_Weights(), this.getCostWeights(), null, "weights", null, 0, 1, Schedule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSchedule_Events(), this.getScheduleEvent(), null, "events", null, 0, -1, Schedule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(scheduleItemEClass, ScheduleItem.class, "ScheduleItem", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(stripEClass, Strip.class, "Strip", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getStrip_Scene(), theScriptPackage.getScene(), null, "scene", null, 0, 1, Strip.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStrip_Pinned(), ecorePackage.getEBoolean(), "pinned", null, 0, 1, Strip.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStrip_WeatherCover(), ecorePackage.getEBoolean(), "weatherCover", null, 0, 1, Strip.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(shootDayEClass, ShootDay.class, "ShootDay", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getShootDay_DayNumber(), ecorePackage.getEInt(), "dayNumber", null, 0, 1, ShootDay.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getShootDay_Date(), ecorePackage.getEDate(), "date", null, 0, 1, ShootDay.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getShootDay_Unit(), ecorePackage.getEString(), "unit", "Main", 0, 1, ShootDay.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getShootDay_CrewCall(), ecorePackage.getEString(), "crewCall", null, 0, 1, ShootDay.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getShootDay_Wrap(), ecorePackage.getEString(), "wrap", null, 0, 1, ShootDay.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getShootDay_Stage(), theStudioPackage.getStage(), null, "stage", null, 0, 1, ShootDay.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getShootDay_Location(), theStudioPackage.getLocation(), null, "location", null, 0, 1, ShootDay.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getShootDay_Notes(), ecorePackage.getEString(), "notes", null, 0, 1, ShootDay.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getShootDay_ShootingCall(), ecorePackage.getEString(), "shootingCall", null, 0, 1, ShootDay.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getShootDay_Weather(), ecorePackage.getEString(), "weather", null, 0, 1, ShootDay.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(doodRuleEClass, DoodRule.class, "DoodRule", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDoodRule_HoldAllowed(), ecorePackage.getEBoolean(), "holdAllowed", "true", 0, 1, DoodRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDoodRule_MinDropGapDays(), ecorePackage.getEInt(), "minDropGapDays", "10", 0, 1, DoodRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(holidayEClass, Holiday.class, "Holiday", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getHoliday_Date(), ecorePackage.getEDate(), "date", null, 0, 1, Holiday.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHoliday_Name(), ecorePackage.getEString(), "name", null, 0, 1, Holiday.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(costWeightsEClass, CostWeights.class, "CostWeights", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCostWeights_CompanyMove(), ecorePackage.getEDouble(), "companyMove", "30000.0", 0, 1, CostWeights.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCostWeights_LocationChange(), ecorePackage.getEDouble(), "locationChange", "5000.0", 0, 1, CostWeights.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCostWeights_CastDay(), ecorePackage.getEDouble(), "castDay", "3000.0", 0, 1, CostWeights.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCostWeights_ShootDay(), ecorePackage.getEDouble(), "shootDay", "150000.0", 0, 1, CostWeights.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCostWeights_StageDay(), ecorePackage.getEDouble(), "stageDay", "20000.0", 0, 1, CostWeights.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCostWeights_NightToDay(), ecorePackage.getEDouble(), "nightToDay", "40000.0", 0, 1, CostWeights.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(scheduleEventEClass, ScheduleEvent.class, "ScheduleEvent", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getScheduleEvent_Element(), theBreakdownPackage.getElement(), null, "element", null, 0, 1, ScheduleEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScheduleEvent_Kind(), this.getEventKind(), "kind", null, 0, 1, ScheduleEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScheduleEvent_Date(), ecorePackage.getEDate(), "date", null, 0, 1, ScheduleEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScheduleEvent_Note(), ecorePackage.getEString(), "note", null, 0, 1, ScheduleEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(eventKindEEnum, EventKind.class, "EventKind");
		addEEnumLiteral(eventKindEEnum, EventKind.TRAVEL);
		addEEnumLiteral(eventKindEEnum, EventKind.FITTING);
		addEEnumLiteral(eventKindEEnum, EventKind.REHEARSAL);
		addEEnumLiteral(eventKindEEnum, EventKind.COMPANY_MOVE);

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
			   "documentation", "Stripboards, shoot days and the rules of the day-out-of-days."
		   });
		addAnnotation
		  (scheduleEClass,
		   source,
		   new String[] {
			   "documentation", "A stripboard: strips and day breaks in shooting order."
		   });
		addAnnotation
		  (getSchedule_Items(),
		   source,
		   new String[] {
			   "documentation", "Strips and shoot days in board order; a shoot day closes the strips before it."
		   });
		addAnnotation
		  (getSchedule_TurnaroundHours(),
		   source,
		   new String[] {
			   "documentation", "Minimum rest between wrap and next call."
		   });
		addAnnotation
		  (getSchedule_StartDate(),
		   source,
		   new String[] {
			   "documentation", "First shoot day; empty uses the production start date."
		   });
		addAnnotation
		  (getSchedule_DaysPerWeek(),
		   source,
		   new String[] {
			   "documentation", "Shooting days per week from Monday (6: Sunday off)."
		   });
		addAnnotation
		  (getSchedule_DayCall(),
		   source,
		   new String[] {
			   "documentation", "Crew call of a day shoot, HH:mm."
		   });
		addAnnotation
		  (getSchedule_NightCall(),
		   source,
		   new String[] {
			   "documentation", "Crew call of a night shoot, HH:mm."
		   });
		addAnnotation
		  (getSchedule_DayHours(),
		   source,
		   new String[] {
			   "documentation", "Hours from crew call to wrap."
		   });
		addAnnotation
		  (getSchedule_MinutesPerEighth(),
		   source,
		   new String[] {
			   "documentation", "Estimated shooting minutes per eighth of a page for scenes without timed shots."
		   });
		addAnnotation
		  (getSchedule_CompanyMoveMinutes(),
		   source,
		   new String[] {
			   "documentation", "Shooting time a company move within a day takes (wrap out, travel, set up again)."
		   });
		addAnnotation
		  (getSchedule_Weights(),
		   source,
		   new String[] {
			   "documentation", "What the optimiser minimises."
		   });
		addAnnotation
		  (getSchedule_Events(),
		   source,
		   new String[] {
			   "documentation", "Travel, fitting and rehearsal days and company moves for the day-out-of-days."
		   });
		addAnnotation
		  (scheduleItemEClass,
		   source,
		   new String[] {
			   "documentation", "A strip or a day break on the board."
		   });
		addAnnotation
		  (stripEClass,
		   source,
		   new String[] {
			   "documentation", "A scene on the board."
		   });
		addAnnotation
		  (getStrip_Pinned(),
		   source,
		   new String[] {
			   "documentation", "Fixed to its day by the AD."
		   });
		addAnnotation
		  (getStrip_WeatherCover(),
		   source,
		   new String[] {
			   "documentation", "Interior scene kept for bad weather."
		   });
		addAnnotation
		  (shootDayEClass,
		   source,
		   new String[] {
			   "documentation", "The day break that ends a shooting day."
		   });
		addAnnotation
		  (getShootDay_Unit(),
		   source,
		   new String[] {
			   "documentation", "Main, second unit..."
		   });
		addAnnotation
		  (getShootDay_CrewCall(),
		   source,
		   new String[] {
			   "documentation", "HH:mm"
		   });
		addAnnotation
		  (getShootDay_Wrap(),
		   source,
		   new String[] {
			   "documentation", "HH:mm"
		   });
		addAnnotation
		  (getShootDay_ShootingCall(),
		   source,
		   new String[] {
			   "documentation", "First shot, HH:mm."
		   });
		addAnnotation
		  (getShootDay_Weather(),
		   source,
		   new String[] {
			   "documentation", "Forecast for the call sheet."
		   });
		addAnnotation
		  (doodRuleEClass,
		   source,
		   new String[] {
			   "documentation", "Hold and drop rules of an element for the day-out-of-days."
		   });
		addAnnotation
		  (getDoodRule_MinDropGapDays(),
		   source,
		   new String[] {
			   "documentation", "A drop is allowed only when the gap is at least this many days."
		   });
		addAnnotation
		  (holidayEClass,
		   source,
		   new String[] {
			   "documentation", "A day without shooting."
		   });
		addAnnotation
		  (costWeightsEClass,
		   source,
		   new String[] {
			   "documentation", "The cost the optimiser minimises: a price per unit of each term."
		   });
		addAnnotation
		  (getCostWeights_CompanyMove(),
		   source,
		   new String[] {
			   "documentation", "A move between locations within a shoot day."
		   });
		addAnnotation
		  (getCostWeights_LocationChange(),
		   source,
		   new String[] {
			   "documentation", "Starting a day at another place than the day before."
		   });
		addAnnotation
		  (getCostWeights_CastDay(),
		   source,
		   new String[] {
			   "documentation", "A cast work or hold day, for cast without a daily rate."
		   });
		addAnnotation
		  (getCostWeights_ShootDay(),
		   source,
		   new String[] {
			   "documentation", "A shoot day of the whole unit."
		   });
		addAnnotation
		  (getCostWeights_StageDay(),
		   source,
		   new String[] {
			   "documentation", "A day a stage is held, from its first to its last shoot day."
		   });
		addAnnotation
		  (getCostWeights_NightToDay(),
		   source,
		   new String[] {
			   "documentation", "A rest day forced by the turnaround after a night."
		   });
		addAnnotation
		  (eventKindEEnum,
		   source,
		   new String[] {
			   "documentation", "Kinds of non-shooting days in the day-out-of-days."
		   });
		addAnnotation
		  (scheduleEventEClass,
		   source,
		   new String[] {
			   "documentation", "A day in the day-out-of-days that is not shooting: travel, fitting, rehearsal, or a company move."
		   });
		addAnnotation
		  (getScheduleEvent_Element(),
		   source,
		   new String[] {
			   "documentation", "Whose day it is; empty for a company move."
		   });
		addAnnotation
		  (getScheduleEvent_Kind(),
		   source,
		   new String[] {
			   "documentation", "What happens that day."
		   });
		addAnnotation
		  (getScheduleEvent_Date(),
		   source,
		   new String[] {
			   "documentation", "The day."
		   });
		addAnnotation
		  (getScheduleEvent_Note(),
		   source,
		   new String[] {
			   "documentation", "Free text."
		   });
	}

} //SchedulePackageImpl
