/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.schedule;

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
 * Stripboards, shoot days and the rules of the day-out-of-days.
 * <!-- end-model-doc -->
 * @see org.backlot.model.schedule.ScheduleFactory
 * @model kind="package"
 * @generated
 */
public interface SchedulePackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "schedule";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://backlot.org/model/schedule/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "schedule";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	SchedulePackage eINSTANCE = org.backlot.model.schedule.impl.SchedulePackageImpl.init();

	/**
	 * The meta object id for the '{@link org.backlot.model.schedule.impl.ScheduleImpl <em>Schedule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.backlot.model.schedule.impl.ScheduleImpl
	 * @see org.backlot.model.schedule.impl.SchedulePackageImpl#getSchedule()
	 * @generated
	 */
	int SCHEDULE = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE__ID = ProductionPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE__NAME = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE__ITEMS = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Max Eighths Per Day</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE__MAX_EIGHTHS_PER_DAY = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Max Minutes Per Day</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE__MAX_MINUTES_PER_DAY = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Turnaround Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE__TURNAROUND_HOURS = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE__START_DATE = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Days Per Week</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE__DAYS_PER_WEEK = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Day Call</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE__DAY_CALL = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Night Call</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE__NIGHT_CALL = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Day Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE__DAY_HOURS = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Minutes Per Eighth</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE__MINUTES_PER_EIGHTH = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Company Move Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE__COMPANY_MOVE_MINUTES = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Weights</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE__WEIGHTS = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Events</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE__EVENTS = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 13;

	/**
	 * The number of structural features of the '<em>Schedule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE_FEATURE_COUNT = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 14;

	/**
	 * The number of operations of the '<em>Schedule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE_OPERATION_COUNT = ProductionPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.backlot.model.schedule.impl.ScheduleItemImpl <em>Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.backlot.model.schedule.impl.ScheduleItemImpl
	 * @see org.backlot.model.schedule.impl.SchedulePackageImpl#getScheduleItem()
	 * @generated
	 */
	int SCHEDULE_ITEM = 1;

	/**
	 * The number of structural features of the '<em>Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE_ITEM_FEATURE_COUNT = 0;

	/**
	 * The number of operations of the '<em>Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE_ITEM_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.backlot.model.schedule.impl.StripImpl <em>Strip</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.backlot.model.schedule.impl.StripImpl
	 * @see org.backlot.model.schedule.impl.SchedulePackageImpl#getStrip()
	 * @generated
	 */
	int STRIP = 2;

	/**
	 * The feature id for the '<em><b>Scene</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRIP__SCENE = SCHEDULE_ITEM_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Pinned</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRIP__PINNED = SCHEDULE_ITEM_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Weather Cover</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRIP__WEATHER_COVER = SCHEDULE_ITEM_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Strip</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRIP_FEATURE_COUNT = SCHEDULE_ITEM_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Strip</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRIP_OPERATION_COUNT = SCHEDULE_ITEM_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.backlot.model.schedule.impl.ShootDayImpl <em>Shoot Day</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.backlot.model.schedule.impl.ShootDayImpl
	 * @see org.backlot.model.schedule.impl.SchedulePackageImpl#getShootDay()
	 * @generated
	 */
	int SHOOT_DAY = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHOOT_DAY__ID = SCHEDULE_ITEM_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Day Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHOOT_DAY__DAY_NUMBER = SCHEDULE_ITEM_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHOOT_DAY__DATE = SCHEDULE_ITEM_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHOOT_DAY__UNIT = SCHEDULE_ITEM_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Crew Call</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHOOT_DAY__CREW_CALL = SCHEDULE_ITEM_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Wrap</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHOOT_DAY__WRAP = SCHEDULE_ITEM_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Stage</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHOOT_DAY__STAGE = SCHEDULE_ITEM_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Location</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHOOT_DAY__LOCATION = SCHEDULE_ITEM_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHOOT_DAY__NOTES = SCHEDULE_ITEM_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Shooting Call</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHOOT_DAY__SHOOTING_CALL = SCHEDULE_ITEM_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Weather</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHOOT_DAY__WEATHER = SCHEDULE_ITEM_FEATURE_COUNT + 10;

	/**
	 * The number of structural features of the '<em>Shoot Day</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHOOT_DAY_FEATURE_COUNT = SCHEDULE_ITEM_FEATURE_COUNT + 11;

	/**
	 * The number of operations of the '<em>Shoot Day</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHOOT_DAY_OPERATION_COUNT = SCHEDULE_ITEM_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.backlot.model.schedule.impl.DoodRuleImpl <em>Dood Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.backlot.model.schedule.impl.DoodRuleImpl
	 * @see org.backlot.model.schedule.impl.SchedulePackageImpl#getDoodRule()
	 * @generated
	 */
	int DOOD_RULE = 4;

	/**
	 * The feature id for the '<em><b>Hold Allowed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOOD_RULE__HOLD_ALLOWED = 0;

	/**
	 * The feature id for the '<em><b>Min Drop Gap Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOOD_RULE__MIN_DROP_GAP_DAYS = 1;

	/**
	 * The number of structural features of the '<em>Dood Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOOD_RULE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Dood Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOOD_RULE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.backlot.model.schedule.impl.HolidayImpl <em>Holiday</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.backlot.model.schedule.impl.HolidayImpl
	 * @see org.backlot.model.schedule.impl.SchedulePackageImpl#getHoliday()
	 * @generated
	 */
	int HOLIDAY = 5;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOLIDAY__DATE = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOLIDAY__NAME = 1;

	/**
	 * The number of structural features of the '<em>Holiday</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOLIDAY_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Holiday</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOLIDAY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.backlot.model.schedule.impl.CostWeightsImpl <em>Cost Weights</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.backlot.model.schedule.impl.CostWeightsImpl
	 * @see org.backlot.model.schedule.impl.SchedulePackageImpl#getCostWeights()
	 * @generated
	 */
	int COST_WEIGHTS = 6;

	/**
	 * The feature id for the '<em><b>Company Move</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COST_WEIGHTS__COMPANY_MOVE = 0;

	/**
	 * The feature id for the '<em><b>Location Change</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COST_WEIGHTS__LOCATION_CHANGE = 1;

	/**
	 * The feature id for the '<em><b>Cast Day</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COST_WEIGHTS__CAST_DAY = 2;

	/**
	 * The feature id for the '<em><b>Shoot Day</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COST_WEIGHTS__SHOOT_DAY = 3;

	/**
	 * The feature id for the '<em><b>Stage Day</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COST_WEIGHTS__STAGE_DAY = 4;

	/**
	 * The feature id for the '<em><b>Night To Day</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COST_WEIGHTS__NIGHT_TO_DAY = 5;

	/**
	 * The number of structural features of the '<em>Cost Weights</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COST_WEIGHTS_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Cost Weights</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COST_WEIGHTS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.backlot.model.schedule.impl.ScheduleEventImpl <em>Event</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.backlot.model.schedule.impl.ScheduleEventImpl
	 * @see org.backlot.model.schedule.impl.SchedulePackageImpl#getScheduleEvent()
	 * @generated
	 */
	int SCHEDULE_EVENT = 7;

	/**
	 * The feature id for the '<em><b>Element</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE_EVENT__ELEMENT = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE_EVENT__KIND = 1;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE_EVENT__DATE = 2;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE_EVENT__NOTE = 3;

	/**
	 * The number of structural features of the '<em>Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE_EVENT_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE_EVENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.backlot.model.schedule.EventKind <em>Event Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.backlot.model.schedule.EventKind
	 * @see org.backlot.model.schedule.impl.SchedulePackageImpl#getEventKind()
	 * @generated
	 */
	int EVENT_KIND = 8;


	/**
	 * Returns the meta object for class '{@link org.backlot.model.schedule.Schedule <em>Schedule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Schedule</em>'.
	 * @see org.backlot.model.schedule.Schedule
	 * @generated
	 */
	EClass getSchedule();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.schedule.Schedule#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.backlot.model.schedule.Schedule#getName()
	 * @see #getSchedule()
	 * @generated
	 */
	EAttribute getSchedule_Name();

	/**
	 * Returns the meta object for the containment reference list '{@link org.backlot.model.schedule.Schedule#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see org.backlot.model.schedule.Schedule#getItems()
	 * @see #getSchedule()
	 * @generated
	 */
	EReference getSchedule_Items();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.schedule.Schedule#getMaxEighthsPerDay <em>Max Eighths Per Day</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Eighths Per Day</em>'.
	 * @see org.backlot.model.schedule.Schedule#getMaxEighthsPerDay()
	 * @see #getSchedule()
	 * @generated
	 */
	EAttribute getSchedule_MaxEighthsPerDay();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.schedule.Schedule#getMaxMinutesPerDay <em>Max Minutes Per Day</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Minutes Per Day</em>'.
	 * @see org.backlot.model.schedule.Schedule#getMaxMinutesPerDay()
	 * @see #getSchedule()
	 * @generated
	 */
	EAttribute getSchedule_MaxMinutesPerDay();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.schedule.Schedule#getTurnaroundHours <em>Turnaround Hours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Turnaround Hours</em>'.
	 * @see org.backlot.model.schedule.Schedule#getTurnaroundHours()
	 * @see #getSchedule()
	 * @generated
	 */
	EAttribute getSchedule_TurnaroundHours();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.schedule.Schedule#getStartDate <em>Start Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Date</em>'.
	 * @see org.backlot.model.schedule.Schedule#getStartDate()
	 * @see #getSchedule()
	 * @generated
	 */
	EAttribute getSchedule_StartDate();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.schedule.Schedule#getDaysPerWeek <em>Days Per Week</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Days Per Week</em>'.
	 * @see org.backlot.model.schedule.Schedule#getDaysPerWeek()
	 * @see #getSchedule()
	 * @generated
	 */
	EAttribute getSchedule_DaysPerWeek();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.schedule.Schedule#getDayCall <em>Day Call</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Day Call</em>'.
	 * @see org.backlot.model.schedule.Schedule#getDayCall()
	 * @see #getSchedule()
	 * @generated
	 */
	EAttribute getSchedule_DayCall();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.schedule.Schedule#getNightCall <em>Night Call</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Night Call</em>'.
	 * @see org.backlot.model.schedule.Schedule#getNightCall()
	 * @see #getSchedule()
	 * @generated
	 */
	EAttribute getSchedule_NightCall();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.schedule.Schedule#getDayHours <em>Day Hours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Day Hours</em>'.
	 * @see org.backlot.model.schedule.Schedule#getDayHours()
	 * @see #getSchedule()
	 * @generated
	 */
	EAttribute getSchedule_DayHours();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.schedule.Schedule#getMinutesPerEighth <em>Minutes Per Eighth</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Minutes Per Eighth</em>'.
	 * @see org.backlot.model.schedule.Schedule#getMinutesPerEighth()
	 * @see #getSchedule()
	 * @generated
	 */
	EAttribute getSchedule_MinutesPerEighth();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.schedule.Schedule#getCompanyMoveMinutes <em>Company Move Minutes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Company Move Minutes</em>'.
	 * @see org.backlot.model.schedule.Schedule#getCompanyMoveMinutes()
	 * @see #getSchedule()
	 * @generated
	 */
	EAttribute getSchedule_CompanyMoveMinutes();

	/**
	 * Returns the meta object for the containment reference '{@link org.backlot.model.schedule.Schedule#getWeights <em>Weights</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Weights</em>'.
	 * @see org.backlot.model.schedule.Schedule#getWeights()
	 * @see #getSchedule()
	 * @generated
	 */
	EReference getSchedule_Weights();

	/**
	 * Returns the meta object for the containment reference list '{@link org.backlot.model.schedule.Schedule#getEvents <em>Events</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Events</em>'.
	 * @see org.backlot.model.schedule.Schedule#getEvents()
	 * @see #getSchedule()
	 * @generated
	 */
	EReference getSchedule_Events();

	/**
	 * Returns the meta object for class '{@link org.backlot.model.schedule.ScheduleItem <em>Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Item</em>'.
	 * @see org.backlot.model.schedule.ScheduleItem
	 * @generated
	 */
	EClass getScheduleItem();

	/**
	 * Returns the meta object for class '{@link org.backlot.model.schedule.Strip <em>Strip</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Strip</em>'.
	 * @see org.backlot.model.schedule.Strip
	 * @generated
	 */
	EClass getStrip();

	/**
	 * Returns the meta object for the reference '{@link org.backlot.model.schedule.Strip#getScene <em>Scene</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Scene</em>'.
	 * @see org.backlot.model.schedule.Strip#getScene()
	 * @see #getStrip()
	 * @generated
	 */
	EReference getStrip_Scene();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.schedule.Strip#isPinned <em>Pinned</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pinned</em>'.
	 * @see org.backlot.model.schedule.Strip#isPinned()
	 * @see #getStrip()
	 * @generated
	 */
	EAttribute getStrip_Pinned();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.schedule.Strip#isWeatherCover <em>Weather Cover</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weather Cover</em>'.
	 * @see org.backlot.model.schedule.Strip#isWeatherCover()
	 * @see #getStrip()
	 * @generated
	 */
	EAttribute getStrip_WeatherCover();

	/**
	 * Returns the meta object for class '{@link org.backlot.model.schedule.ShootDay <em>Shoot Day</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Shoot Day</em>'.
	 * @see org.backlot.model.schedule.ShootDay
	 * @generated
	 */
	EClass getShootDay();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.schedule.ShootDay#getDayNumber <em>Day Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Day Number</em>'.
	 * @see org.backlot.model.schedule.ShootDay#getDayNumber()
	 * @see #getShootDay()
	 * @generated
	 */
	EAttribute getShootDay_DayNumber();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.schedule.ShootDay#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.backlot.model.schedule.ShootDay#getDate()
	 * @see #getShootDay()
	 * @generated
	 */
	EAttribute getShootDay_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.schedule.ShootDay#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.backlot.model.schedule.ShootDay#getUnit()
	 * @see #getShootDay()
	 * @generated
	 */
	EAttribute getShootDay_Unit();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.schedule.ShootDay#getCrewCall <em>Crew Call</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Crew Call</em>'.
	 * @see org.backlot.model.schedule.ShootDay#getCrewCall()
	 * @see #getShootDay()
	 * @generated
	 */
	EAttribute getShootDay_CrewCall();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.schedule.ShootDay#getWrap <em>Wrap</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Wrap</em>'.
	 * @see org.backlot.model.schedule.ShootDay#getWrap()
	 * @see #getShootDay()
	 * @generated
	 */
	EAttribute getShootDay_Wrap();

	/**
	 * Returns the meta object for the reference '{@link org.backlot.model.schedule.ShootDay#getStage <em>Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Stage</em>'.
	 * @see org.backlot.model.schedule.ShootDay#getStage()
	 * @see #getShootDay()
	 * @generated
	 */
	EReference getShootDay_Stage();

	/**
	 * Returns the meta object for the reference '{@link org.backlot.model.schedule.ShootDay#getLocation <em>Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Location</em>'.
	 * @see org.backlot.model.schedule.ShootDay#getLocation()
	 * @see #getShootDay()
	 * @generated
	 */
	EReference getShootDay_Location();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.schedule.ShootDay#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see org.backlot.model.schedule.ShootDay#getNotes()
	 * @see #getShootDay()
	 * @generated
	 */
	EAttribute getShootDay_Notes();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.schedule.ShootDay#getShootingCall <em>Shooting Call</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Shooting Call</em>'.
	 * @see org.backlot.model.schedule.ShootDay#getShootingCall()
	 * @see #getShootDay()
	 * @generated
	 */
	EAttribute getShootDay_ShootingCall();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.schedule.ShootDay#getWeather <em>Weather</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weather</em>'.
	 * @see org.backlot.model.schedule.ShootDay#getWeather()
	 * @see #getShootDay()
	 * @generated
	 */
	EAttribute getShootDay_Weather();

	/**
	 * Returns the meta object for class '{@link org.backlot.model.schedule.DoodRule <em>Dood Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Dood Rule</em>'.
	 * @see org.backlot.model.schedule.DoodRule
	 * @generated
	 */
	EClass getDoodRule();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.schedule.DoodRule#isHoldAllowed <em>Hold Allowed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hold Allowed</em>'.
	 * @see org.backlot.model.schedule.DoodRule#isHoldAllowed()
	 * @see #getDoodRule()
	 * @generated
	 */
	EAttribute getDoodRule_HoldAllowed();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.schedule.DoodRule#getMinDropGapDays <em>Min Drop Gap Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min Drop Gap Days</em>'.
	 * @see org.backlot.model.schedule.DoodRule#getMinDropGapDays()
	 * @see #getDoodRule()
	 * @generated
	 */
	EAttribute getDoodRule_MinDropGapDays();

	/**
	 * Returns the meta object for class '{@link org.backlot.model.schedule.Holiday <em>Holiday</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Holiday</em>'.
	 * @see org.backlot.model.schedule.Holiday
	 * @generated
	 */
	EClass getHoliday();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.schedule.Holiday#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.backlot.model.schedule.Holiday#getDate()
	 * @see #getHoliday()
	 * @generated
	 */
	EAttribute getHoliday_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.schedule.Holiday#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.backlot.model.schedule.Holiday#getName()
	 * @see #getHoliday()
	 * @generated
	 */
	EAttribute getHoliday_Name();

	/**
	 * Returns the meta object for class '{@link org.backlot.model.schedule.CostWeights <em>Cost Weights</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cost Weights</em>'.
	 * @see org.backlot.model.schedule.CostWeights
	 * @generated
	 */
	EClass getCostWeights();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.schedule.CostWeights#getCompanyMove <em>Company Move</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Company Move</em>'.
	 * @see org.backlot.model.schedule.CostWeights#getCompanyMove()
	 * @see #getCostWeights()
	 * @generated
	 */
	EAttribute getCostWeights_CompanyMove();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.schedule.CostWeights#getLocationChange <em>Location Change</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Location Change</em>'.
	 * @see org.backlot.model.schedule.CostWeights#getLocationChange()
	 * @see #getCostWeights()
	 * @generated
	 */
	EAttribute getCostWeights_LocationChange();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.schedule.CostWeights#getCastDay <em>Cast Day</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cast Day</em>'.
	 * @see org.backlot.model.schedule.CostWeights#getCastDay()
	 * @see #getCostWeights()
	 * @generated
	 */
	EAttribute getCostWeights_CastDay();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.schedule.CostWeights#getShootDay <em>Shoot Day</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Shoot Day</em>'.
	 * @see org.backlot.model.schedule.CostWeights#getShootDay()
	 * @see #getCostWeights()
	 * @generated
	 */
	EAttribute getCostWeights_ShootDay();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.schedule.CostWeights#getStageDay <em>Stage Day</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stage Day</em>'.
	 * @see org.backlot.model.schedule.CostWeights#getStageDay()
	 * @see #getCostWeights()
	 * @generated
	 */
	EAttribute getCostWeights_StageDay();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.schedule.CostWeights#getNightToDay <em>Night To Day</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Night To Day</em>'.
	 * @see org.backlot.model.schedule.CostWeights#getNightToDay()
	 * @see #getCostWeights()
	 * @generated
	 */
	EAttribute getCostWeights_NightToDay();

	/**
	 * Returns the meta object for class '{@link org.backlot.model.schedule.ScheduleEvent <em>Event</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Event</em>'.
	 * @see org.backlot.model.schedule.ScheduleEvent
	 * @generated
	 */
	EClass getScheduleEvent();

	/**
	 * Returns the meta object for the reference '{@link org.backlot.model.schedule.ScheduleEvent#getElement <em>Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Element</em>'.
	 * @see org.backlot.model.schedule.ScheduleEvent#getElement()
	 * @see #getScheduleEvent()
	 * @generated
	 */
	EReference getScheduleEvent_Element();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.schedule.ScheduleEvent#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.backlot.model.schedule.ScheduleEvent#getKind()
	 * @see #getScheduleEvent()
	 * @generated
	 */
	EAttribute getScheduleEvent_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.schedule.ScheduleEvent#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.backlot.model.schedule.ScheduleEvent#getDate()
	 * @see #getScheduleEvent()
	 * @generated
	 */
	EAttribute getScheduleEvent_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.schedule.ScheduleEvent#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.backlot.model.schedule.ScheduleEvent#getNote()
	 * @see #getScheduleEvent()
	 * @generated
	 */
	EAttribute getScheduleEvent_Note();

	/**
	 * Returns the meta object for enum '{@link org.backlot.model.schedule.EventKind <em>Event Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Event Kind</em>'.
	 * @see org.backlot.model.schedule.EventKind
	 * @generated
	 */
	EEnum getEventKind();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	ScheduleFactory getScheduleFactory();

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
		 * The meta object literal for the '{@link org.backlot.model.schedule.impl.ScheduleImpl <em>Schedule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.backlot.model.schedule.impl.ScheduleImpl
		 * @see org.backlot.model.schedule.impl.SchedulePackageImpl#getSchedule()
		 * @generated
		 */
		EClass SCHEDULE = eINSTANCE.getSchedule();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEDULE__NAME = eINSTANCE.getSchedule_Name();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCHEDULE__ITEMS = eINSTANCE.getSchedule_Items();

		/**
		 * The meta object literal for the '<em><b>Max Eighths Per Day</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEDULE__MAX_EIGHTHS_PER_DAY = eINSTANCE.getSchedule_MaxEighthsPerDay();

		/**
		 * The meta object literal for the '<em><b>Max Minutes Per Day</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEDULE__MAX_MINUTES_PER_DAY = eINSTANCE.getSchedule_MaxMinutesPerDay();

		/**
		 * The meta object literal for the '<em><b>Turnaround Hours</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEDULE__TURNAROUND_HOURS = eINSTANCE.getSchedule_TurnaroundHours();

		/**
		 * The meta object literal for the '<em><b>Start Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEDULE__START_DATE = eINSTANCE.getSchedule_StartDate();

		/**
		 * The meta object literal for the '<em><b>Days Per Week</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEDULE__DAYS_PER_WEEK = eINSTANCE.getSchedule_DaysPerWeek();

		/**
		 * The meta object literal for the '<em><b>Day Call</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEDULE__DAY_CALL = eINSTANCE.getSchedule_DayCall();

		/**
		 * The meta object literal for the '<em><b>Night Call</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEDULE__NIGHT_CALL = eINSTANCE.getSchedule_NightCall();

		/**
		 * The meta object literal for the '<em><b>Day Hours</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEDULE__DAY_HOURS = eINSTANCE.getSchedule_DayHours();

		/**
		 * The meta object literal for the '<em><b>Minutes Per Eighth</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEDULE__MINUTES_PER_EIGHTH = eINSTANCE.getSchedule_MinutesPerEighth();

		/**
		 * The meta object literal for the '<em><b>Company Move Minutes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEDULE__COMPANY_MOVE_MINUTES = eINSTANCE.getSchedule_CompanyMoveMinutes();

		/**
		 * The meta object literal for the '<em><b>Weights</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCHEDULE__WEIGHTS = eINSTANCE.getSchedule_Weights();

		/**
		 * The meta object literal for the '<em><b>Events</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCHEDULE__EVENTS = eINSTANCE.getSchedule_Events();

		/**
		 * The meta object literal for the '{@link org.backlot.model.schedule.impl.ScheduleItemImpl <em>Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.backlot.model.schedule.impl.ScheduleItemImpl
		 * @see org.backlot.model.schedule.impl.SchedulePackageImpl#getScheduleItem()
		 * @generated
		 */
		EClass SCHEDULE_ITEM = eINSTANCE.getScheduleItem();

		/**
		 * The meta object literal for the '{@link org.backlot.model.schedule.impl.StripImpl <em>Strip</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.backlot.model.schedule.impl.StripImpl
		 * @see org.backlot.model.schedule.impl.SchedulePackageImpl#getStrip()
		 * @generated
		 */
		EClass STRIP = eINSTANCE.getStrip();

		/**
		 * The meta object literal for the '<em><b>Scene</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STRIP__SCENE = eINSTANCE.getStrip_Scene();

		/**
		 * The meta object literal for the '<em><b>Pinned</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRIP__PINNED = eINSTANCE.getStrip_Pinned();

		/**
		 * The meta object literal for the '<em><b>Weather Cover</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRIP__WEATHER_COVER = eINSTANCE.getStrip_WeatherCover();

		/**
		 * The meta object literal for the '{@link org.backlot.model.schedule.impl.ShootDayImpl <em>Shoot Day</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.backlot.model.schedule.impl.ShootDayImpl
		 * @see org.backlot.model.schedule.impl.SchedulePackageImpl#getShootDay()
		 * @generated
		 */
		EClass SHOOT_DAY = eINSTANCE.getShootDay();

		/**
		 * The meta object literal for the '<em><b>Day Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHOOT_DAY__DAY_NUMBER = eINSTANCE.getShootDay_DayNumber();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHOOT_DAY__DATE = eINSTANCE.getShootDay_Date();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHOOT_DAY__UNIT = eINSTANCE.getShootDay_Unit();

		/**
		 * The meta object literal for the '<em><b>Crew Call</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHOOT_DAY__CREW_CALL = eINSTANCE.getShootDay_CrewCall();

		/**
		 * The meta object literal for the '<em><b>Wrap</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHOOT_DAY__WRAP = eINSTANCE.getShootDay_Wrap();

		/**
		 * The meta object literal for the '<em><b>Stage</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SHOOT_DAY__STAGE = eINSTANCE.getShootDay_Stage();

		/**
		 * The meta object literal for the '<em><b>Location</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SHOOT_DAY__LOCATION = eINSTANCE.getShootDay_Location();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHOOT_DAY__NOTES = eINSTANCE.getShootDay_Notes();

		/**
		 * The meta object literal for the '<em><b>Shooting Call</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHOOT_DAY__SHOOTING_CALL = eINSTANCE.getShootDay_ShootingCall();

		/**
		 * The meta object literal for the '<em><b>Weather</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHOOT_DAY__WEATHER = eINSTANCE.getShootDay_Weather();

		/**
		 * The meta object literal for the '{@link org.backlot.model.schedule.impl.DoodRuleImpl <em>Dood Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.backlot.model.schedule.impl.DoodRuleImpl
		 * @see org.backlot.model.schedule.impl.SchedulePackageImpl#getDoodRule()
		 * @generated
		 */
		EClass DOOD_RULE = eINSTANCE.getDoodRule();

		/**
		 * The meta object literal for the '<em><b>Hold Allowed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOOD_RULE__HOLD_ALLOWED = eINSTANCE.getDoodRule_HoldAllowed();

		/**
		 * The meta object literal for the '<em><b>Min Drop Gap Days</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOOD_RULE__MIN_DROP_GAP_DAYS = eINSTANCE.getDoodRule_MinDropGapDays();

		/**
		 * The meta object literal for the '{@link org.backlot.model.schedule.impl.HolidayImpl <em>Holiday</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.backlot.model.schedule.impl.HolidayImpl
		 * @see org.backlot.model.schedule.impl.SchedulePackageImpl#getHoliday()
		 * @generated
		 */
		EClass HOLIDAY = eINSTANCE.getHoliday();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOLIDAY__DATE = eINSTANCE.getHoliday_Date();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOLIDAY__NAME = eINSTANCE.getHoliday_Name();

		/**
		 * The meta object literal for the '{@link org.backlot.model.schedule.impl.CostWeightsImpl <em>Cost Weights</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.backlot.model.schedule.impl.CostWeightsImpl
		 * @see org.backlot.model.schedule.impl.SchedulePackageImpl#getCostWeights()
		 * @generated
		 */
		EClass COST_WEIGHTS = eINSTANCE.getCostWeights();

		/**
		 * The meta object literal for the '<em><b>Company Move</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COST_WEIGHTS__COMPANY_MOVE = eINSTANCE.getCostWeights_CompanyMove();

		/**
		 * The meta object literal for the '<em><b>Location Change</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COST_WEIGHTS__LOCATION_CHANGE = eINSTANCE.getCostWeights_LocationChange();

		/**
		 * The meta object literal for the '<em><b>Cast Day</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COST_WEIGHTS__CAST_DAY = eINSTANCE.getCostWeights_CastDay();

		/**
		 * The meta object literal for the '<em><b>Shoot Day</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COST_WEIGHTS__SHOOT_DAY = eINSTANCE.getCostWeights_ShootDay();

		/**
		 * The meta object literal for the '<em><b>Stage Day</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COST_WEIGHTS__STAGE_DAY = eINSTANCE.getCostWeights_StageDay();

		/**
		 * The meta object literal for the '<em><b>Night To Day</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COST_WEIGHTS__NIGHT_TO_DAY = eINSTANCE.getCostWeights_NightToDay();

		/**
		 * The meta object literal for the '{@link org.backlot.model.schedule.impl.ScheduleEventImpl <em>Event</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.backlot.model.schedule.impl.ScheduleEventImpl
		 * @see org.backlot.model.schedule.impl.SchedulePackageImpl#getScheduleEvent()
		 * @generated
		 */
		EClass SCHEDULE_EVENT = eINSTANCE.getScheduleEvent();

		/**
		 * The meta object literal for the '<em><b>Element</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCHEDULE_EVENT__ELEMENT = eINSTANCE.getScheduleEvent_Element();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEDULE_EVENT__KIND = eINSTANCE.getScheduleEvent_Kind();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEDULE_EVENT__DATE = eINSTANCE.getScheduleEvent_Date();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEDULE_EVENT__NOTE = eINSTANCE.getScheduleEvent_Note();

		/**
		 * The meta object literal for the '{@link org.backlot.model.schedule.EventKind <em>Event Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.backlot.model.schedule.EventKind
		 * @see org.backlot.model.schedule.impl.SchedulePackageImpl#getEventKind()
		 * @generated
		 */
		EEnum EVENT_KIND = eINSTANCE.getEventKind();

	}

} //SchedulePackage
