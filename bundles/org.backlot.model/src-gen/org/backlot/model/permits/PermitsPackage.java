/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.permits;

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
 * Filming permits: authorities and applications with their history.
 * <!-- end-model-doc -->
 * @see org.backlot.model.permits.PermitsFactory
 * @model kind="package"
 * @generated
 */
public interface PermitsPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "permits";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://backlot.org/model/permits/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "permits";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	PermitsPackage eINSTANCE = org.backlot.model.permits.impl.PermitsPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.backlot.model.permits.impl.AuthorityImpl <em>Authority</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.backlot.model.permits.impl.AuthorityImpl
	 * @see org.backlot.model.permits.impl.PermitsPackageImpl#getAuthority()
	 * @generated
	 */
	int AUTHORITY = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTHORITY__ID = ProductionPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTHORITY__KIND = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTHORITY__NAME = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Name Zh</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTHORITY__NAME_ZH = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Lead Time Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTHORITY__LEAD_TIME_DAYS = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Target Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTHORITY__TARGET_DAYS = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Required Documents</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTHORITY__REQUIRED_DOCUMENTS = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Contact</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTHORITY__CONTACT = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Rule Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTHORITY__RULE_ID = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Authority</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTHORITY_FEATURE_COUNT = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Authority</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTHORITY_OPERATION_COUNT = ProductionPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.backlot.model.permits.impl.PermitApplicationImpl <em>Permit Application</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.backlot.model.permits.impl.PermitApplicationImpl
	 * @see org.backlot.model.permits.impl.PermitsPackageImpl#getPermitApplication()
	 * @generated
	 */
	int PERMIT_APPLICATION = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERMIT_APPLICATION__ID = ProductionPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Authority</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERMIT_APPLICATION__AUTHORITY = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERMIT_APPLICATION__DESCRIPTION = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Locations</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERMIT_APPLICATION__LOCATIONS = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Periods</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERMIT_APPLICATION__PERIODS = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Head Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERMIT_APPLICATION__HEAD_COUNT = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Vehicle Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERMIT_APPLICATION__VEHICLE_COUNT = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Vehicle Types</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERMIT_APPLICATION__VEHICLE_TYPES = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Hazards</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERMIT_APPLICATION__HAZARDS = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Road Closures</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERMIT_APPLICATION__ROAD_CLOSURES = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Documents</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERMIT_APPLICATION__DOCUMENTS = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Fee</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERMIT_APPLICATION__FEE = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERMIT_APPLICATION__STATUS = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Permit Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERMIT_APPLICATION__PERMIT_NUMBER = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Conditions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERMIT_APPLICATION__CONDITIONS = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Person In Charge</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERMIT_APPLICATION__PERSON_IN_CHARGE = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>History</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERMIT_APPLICATION__HISTORY = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Scenes</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERMIT_APPLICATION__SCENES = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Applicant</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERMIT_APPLICATION__APPLICANT = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 17;

	/**
	 * The feature id for the '<em><b>Equipment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERMIT_APPLICATION__EQUIPMENT = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 18;

	/**
	 * The feature id for the '<em><b>Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERMIT_APPLICATION__REFERENCE = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 19;

	/**
	 * The feature id for the '<em><b>Reasons</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERMIT_APPLICATION__REASONS = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 20;

	/**
	 * The number of structural features of the '<em>Permit Application</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERMIT_APPLICATION_FEATURE_COUNT = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 21;

	/**
	 * The number of operations of the '<em>Permit Application</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERMIT_APPLICATION_OPERATION_COUNT = ProductionPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.backlot.model.permits.impl.PermitPeriodImpl <em>Permit Period</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.backlot.model.permits.impl.PermitPeriodImpl
	 * @see org.backlot.model.permits.impl.PermitsPackageImpl#getPermitPeriod()
	 * @generated
	 */
	int PERMIT_PERIOD = 2;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERMIT_PERIOD__KIND = 0;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERMIT_PERIOD__START = 1;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERMIT_PERIOD__END = 2;

	/**
	 * The number of structural features of the '<em>Permit Period</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERMIT_PERIOD_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Permit Period</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERMIT_PERIOD_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.backlot.model.permits.impl.RoadClosureImpl <em>Road Closure</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.backlot.model.permits.impl.RoadClosureImpl
	 * @see org.backlot.model.permits.impl.PermitsPackageImpl#getRoadClosure()
	 * @generated
	 */
	int ROAD_CLOSURE = 3;

	/**
	 * The feature id for the '<em><b>Road</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROAD_CLOSURE__ROAD = 0;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROAD_CLOSURE__START = 1;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROAD_CLOSURE__END = 2;

	/**
	 * The feature id for the '<em><b>Traffic Plan</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROAD_CLOSURE__TRAFFIC_PLAN = 3;

	/**
	 * The number of structural features of the '<em>Road Closure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROAD_CLOSURE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Road Closure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROAD_CLOSURE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.backlot.model.permits.impl.PermitDocumentImpl <em>Permit Document</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.backlot.model.permits.impl.PermitDocumentImpl
	 * @see org.backlot.model.permits.impl.PermitsPackageImpl#getPermitDocument()
	 * @generated
	 */
	int PERMIT_DOCUMENT = 4;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERMIT_DOCUMENT__KIND = 0;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERMIT_DOCUMENT__PATH = 1;

	/**
	 * The feature id for the '<em><b>Expires</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERMIT_DOCUMENT__EXPIRES = 2;

	/**
	 * The feature id for the '<em><b>Required</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERMIT_DOCUMENT__REQUIRED = 3;

	/**
	 * The feature id for the '<em><b>Added</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERMIT_DOCUMENT__ADDED = 4;

	/**
	 * The number of structural features of the '<em>Permit Document</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERMIT_DOCUMENT_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Permit Document</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERMIT_DOCUMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.backlot.model.permits.impl.StatusChangeImpl <em>Status Change</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.backlot.model.permits.impl.StatusChangeImpl
	 * @see org.backlot.model.permits.impl.PermitsPackageImpl#getStatusChange()
	 * @generated
	 */
	int STATUS_CHANGE = 5;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_CHANGE__STATUS = 0;

	/**
	 * The feature id for the '<em><b>At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_CHANGE__AT = 1;

	/**
	 * The feature id for the '<em><b>By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_CHANGE__BY = 2;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_CHANGE__NOTE = 3;

	/**
	 * The number of structural features of the '<em>Status Change</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_CHANGE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Status Change</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_CHANGE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.backlot.model.permits.AuthorityKind <em>Authority Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.backlot.model.permits.AuthorityKind
	 * @see org.backlot.model.permits.impl.PermitsPackageImpl#getAuthorityKind()
	 * @generated
	 */
	int AUTHORITY_KIND = 6;

	/**
	 * The meta object id for the '{@link org.backlot.model.permits.PermitStatus <em>Permit Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.backlot.model.permits.PermitStatus
	 * @see org.backlot.model.permits.impl.PermitsPackageImpl#getPermitStatus()
	 * @generated
	 */
	int PERMIT_STATUS = 7;

	/**
	 * The meta object id for the '{@link org.backlot.model.permits.Hazard <em>Hazard</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.backlot.model.permits.Hazard
	 * @see org.backlot.model.permits.impl.PermitsPackageImpl#getHazard()
	 * @generated
	 */
	int HAZARD = 8;

	/**
	 * The meta object id for the '{@link org.backlot.model.permits.PeriodKind <em>Period Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.backlot.model.permits.PeriodKind
	 * @see org.backlot.model.permits.impl.PermitsPackageImpl#getPeriodKind()
	 * @generated
	 */
	int PERIOD_KIND = 9;


	/**
	 * Returns the meta object for class '{@link org.backlot.model.permits.Authority <em>Authority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Authority</em>'.
	 * @see org.backlot.model.permits.Authority
	 * @generated
	 */
	EClass getAuthority();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.permits.Authority#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.backlot.model.permits.Authority#getKind()
	 * @see #getAuthority()
	 * @generated
	 */
	EAttribute getAuthority_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.permits.Authority#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.backlot.model.permits.Authority#getName()
	 * @see #getAuthority()
	 * @generated
	 */
	EAttribute getAuthority_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.permits.Authority#getNameZh <em>Name Zh</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name Zh</em>'.
	 * @see org.backlot.model.permits.Authority#getNameZh()
	 * @see #getAuthority()
	 * @generated
	 */
	EAttribute getAuthority_NameZh();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.permits.Authority#getLeadTimeDays <em>Lead Time Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lead Time Days</em>'.
	 * @see org.backlot.model.permits.Authority#getLeadTimeDays()
	 * @see #getAuthority()
	 * @generated
	 */
	EAttribute getAuthority_LeadTimeDays();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.permits.Authority#getTargetDays <em>Target Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Days</em>'.
	 * @see org.backlot.model.permits.Authority#getTargetDays()
	 * @see #getAuthority()
	 * @generated
	 */
	EAttribute getAuthority_TargetDays();

	/**
	 * Returns the meta object for the attribute list '{@link org.backlot.model.permits.Authority#getRequiredDocuments <em>Required Documents</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Required Documents</em>'.
	 * @see org.backlot.model.permits.Authority#getRequiredDocuments()
	 * @see #getAuthority()
	 * @generated
	 */
	EAttribute getAuthority_RequiredDocuments();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.permits.Authority#getContact <em>Contact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Contact</em>'.
	 * @see org.backlot.model.permits.Authority#getContact()
	 * @see #getAuthority()
	 * @generated
	 */
	EAttribute getAuthority_Contact();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.permits.Authority#getRuleId <em>Rule Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rule Id</em>'.
	 * @see org.backlot.model.permits.Authority#getRuleId()
	 * @see #getAuthority()
	 * @generated
	 */
	EAttribute getAuthority_RuleId();

	/**
	 * Returns the meta object for class '{@link org.backlot.model.permits.PermitApplication <em>Permit Application</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Permit Application</em>'.
	 * @see org.backlot.model.permits.PermitApplication
	 * @generated
	 */
	EClass getPermitApplication();

	/**
	 * Returns the meta object for the reference '{@link org.backlot.model.permits.PermitApplication#getAuthority <em>Authority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Authority</em>'.
	 * @see org.backlot.model.permits.PermitApplication#getAuthority()
	 * @see #getPermitApplication()
	 * @generated
	 */
	EReference getPermitApplication_Authority();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.permits.PermitApplication#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.backlot.model.permits.PermitApplication#getDescription()
	 * @see #getPermitApplication()
	 * @generated
	 */
	EAttribute getPermitApplication_Description();

	/**
	 * Returns the meta object for the reference list '{@link org.backlot.model.permits.PermitApplication#getLocations <em>Locations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Locations</em>'.
	 * @see org.backlot.model.permits.PermitApplication#getLocations()
	 * @see #getPermitApplication()
	 * @generated
	 */
	EReference getPermitApplication_Locations();

	/**
	 * Returns the meta object for the containment reference list '{@link org.backlot.model.permits.PermitApplication#getPeriods <em>Periods</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Periods</em>'.
	 * @see org.backlot.model.permits.PermitApplication#getPeriods()
	 * @see #getPermitApplication()
	 * @generated
	 */
	EReference getPermitApplication_Periods();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.permits.PermitApplication#getHeadCount <em>Head Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Head Count</em>'.
	 * @see org.backlot.model.permits.PermitApplication#getHeadCount()
	 * @see #getPermitApplication()
	 * @generated
	 */
	EAttribute getPermitApplication_HeadCount();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.permits.PermitApplication#getVehicleCount <em>Vehicle Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vehicle Count</em>'.
	 * @see org.backlot.model.permits.PermitApplication#getVehicleCount()
	 * @see #getPermitApplication()
	 * @generated
	 */
	EAttribute getPermitApplication_VehicleCount();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.permits.PermitApplication#getVehicleTypes <em>Vehicle Types</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vehicle Types</em>'.
	 * @see org.backlot.model.permits.PermitApplication#getVehicleTypes()
	 * @see #getPermitApplication()
	 * @generated
	 */
	EAttribute getPermitApplication_VehicleTypes();

	/**
	 * Returns the meta object for the attribute list '{@link org.backlot.model.permits.PermitApplication#getHazards <em>Hazards</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Hazards</em>'.
	 * @see org.backlot.model.permits.PermitApplication#getHazards()
	 * @see #getPermitApplication()
	 * @generated
	 */
	EAttribute getPermitApplication_Hazards();

	/**
	 * Returns the meta object for the containment reference list '{@link org.backlot.model.permits.PermitApplication#getRoadClosures <em>Road Closures</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Road Closures</em>'.
	 * @see org.backlot.model.permits.PermitApplication#getRoadClosures()
	 * @see #getPermitApplication()
	 * @generated
	 */
	EReference getPermitApplication_RoadClosures();

	/**
	 * Returns the meta object for the containment reference list '{@link org.backlot.model.permits.PermitApplication#getDocuments <em>Documents</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Documents</em>'.
	 * @see org.backlot.model.permits.PermitApplication#getDocuments()
	 * @see #getPermitApplication()
	 * @generated
	 */
	EReference getPermitApplication_Documents();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.permits.PermitApplication#getFee <em>Fee</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fee</em>'.
	 * @see org.backlot.model.permits.PermitApplication#getFee()
	 * @see #getPermitApplication()
	 * @generated
	 */
	EAttribute getPermitApplication_Fee();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.permits.PermitApplication#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.backlot.model.permits.PermitApplication#getStatus()
	 * @see #getPermitApplication()
	 * @generated
	 */
	EAttribute getPermitApplication_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.permits.PermitApplication#getPermitNumber <em>Permit Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Permit Number</em>'.
	 * @see org.backlot.model.permits.PermitApplication#getPermitNumber()
	 * @see #getPermitApplication()
	 * @generated
	 */
	EAttribute getPermitApplication_PermitNumber();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.permits.PermitApplication#getConditions <em>Conditions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Conditions</em>'.
	 * @see org.backlot.model.permits.PermitApplication#getConditions()
	 * @see #getPermitApplication()
	 * @generated
	 */
	EAttribute getPermitApplication_Conditions();

	/**
	 * Returns the meta object for the reference '{@link org.backlot.model.permits.PermitApplication#getPersonInCharge <em>Person In Charge</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Person In Charge</em>'.
	 * @see org.backlot.model.permits.PermitApplication#getPersonInCharge()
	 * @see #getPermitApplication()
	 * @generated
	 */
	EReference getPermitApplication_PersonInCharge();

	/**
	 * Returns the meta object for the containment reference list '{@link org.backlot.model.permits.PermitApplication#getHistory <em>History</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>History</em>'.
	 * @see org.backlot.model.permits.PermitApplication#getHistory()
	 * @see #getPermitApplication()
	 * @generated
	 */
	EReference getPermitApplication_History();

	/**
	 * Returns the meta object for the reference list '{@link org.backlot.model.permits.PermitApplication#getScenes <em>Scenes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Scenes</em>'.
	 * @see org.backlot.model.permits.PermitApplication#getScenes()
	 * @see #getPermitApplication()
	 * @generated
	 */
	EReference getPermitApplication_Scenes();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.permits.PermitApplication#getApplicant <em>Applicant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Applicant</em>'.
	 * @see org.backlot.model.permits.PermitApplication#getApplicant()
	 * @see #getPermitApplication()
	 * @generated
	 */
	EAttribute getPermitApplication_Applicant();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.permits.PermitApplication#getEquipment <em>Equipment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Equipment</em>'.
	 * @see org.backlot.model.permits.PermitApplication#getEquipment()
	 * @see #getPermitApplication()
	 * @generated
	 */
	EAttribute getPermitApplication_Equipment();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.permits.PermitApplication#getReference <em>Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reference</em>'.
	 * @see org.backlot.model.permits.PermitApplication#getReference()
	 * @see #getPermitApplication()
	 * @generated
	 */
	EAttribute getPermitApplication_Reference();

	/**
	 * Returns the meta object for the attribute list '{@link org.backlot.model.permits.PermitApplication#getReasons <em>Reasons</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Reasons</em>'.
	 * @see org.backlot.model.permits.PermitApplication#getReasons()
	 * @see #getPermitApplication()
	 * @generated
	 */
	EAttribute getPermitApplication_Reasons();

	/**
	 * Returns the meta object for class '{@link org.backlot.model.permits.PermitPeriod <em>Permit Period</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Permit Period</em>'.
	 * @see org.backlot.model.permits.PermitPeriod
	 * @generated
	 */
	EClass getPermitPeriod();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.permits.PermitPeriod#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.backlot.model.permits.PermitPeriod#getKind()
	 * @see #getPermitPeriod()
	 * @generated
	 */
	EAttribute getPermitPeriod_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.permits.PermitPeriod#getStart <em>Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start</em>'.
	 * @see org.backlot.model.permits.PermitPeriod#getStart()
	 * @see #getPermitPeriod()
	 * @generated
	 */
	EAttribute getPermitPeriod_Start();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.permits.PermitPeriod#getEnd <em>End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End</em>'.
	 * @see org.backlot.model.permits.PermitPeriod#getEnd()
	 * @see #getPermitPeriod()
	 * @generated
	 */
	EAttribute getPermitPeriod_End();

	/**
	 * Returns the meta object for class '{@link org.backlot.model.permits.RoadClosure <em>Road Closure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Road Closure</em>'.
	 * @see org.backlot.model.permits.RoadClosure
	 * @generated
	 */
	EClass getRoadClosure();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.permits.RoadClosure#getRoad <em>Road</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Road</em>'.
	 * @see org.backlot.model.permits.RoadClosure#getRoad()
	 * @see #getRoadClosure()
	 * @generated
	 */
	EAttribute getRoadClosure_Road();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.permits.RoadClosure#getStart <em>Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start</em>'.
	 * @see org.backlot.model.permits.RoadClosure#getStart()
	 * @see #getRoadClosure()
	 * @generated
	 */
	EAttribute getRoadClosure_Start();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.permits.RoadClosure#getEnd <em>End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End</em>'.
	 * @see org.backlot.model.permits.RoadClosure#getEnd()
	 * @see #getRoadClosure()
	 * @generated
	 */
	EAttribute getRoadClosure_End();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.permits.RoadClosure#getTrafficPlan <em>Traffic Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Traffic Plan</em>'.
	 * @see org.backlot.model.permits.RoadClosure#getTrafficPlan()
	 * @see #getRoadClosure()
	 * @generated
	 */
	EAttribute getRoadClosure_TrafficPlan();

	/**
	 * Returns the meta object for class '{@link org.backlot.model.permits.PermitDocument <em>Permit Document</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Permit Document</em>'.
	 * @see org.backlot.model.permits.PermitDocument
	 * @generated
	 */
	EClass getPermitDocument();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.permits.PermitDocument#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.backlot.model.permits.PermitDocument#getKind()
	 * @see #getPermitDocument()
	 * @generated
	 */
	EAttribute getPermitDocument_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.permits.PermitDocument#getPath <em>Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Path</em>'.
	 * @see org.backlot.model.permits.PermitDocument#getPath()
	 * @see #getPermitDocument()
	 * @generated
	 */
	EAttribute getPermitDocument_Path();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.permits.PermitDocument#getExpires <em>Expires</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expires</em>'.
	 * @see org.backlot.model.permits.PermitDocument#getExpires()
	 * @see #getPermitDocument()
	 * @generated
	 */
	EAttribute getPermitDocument_Expires();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.permits.PermitDocument#isRequired <em>Required</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Required</em>'.
	 * @see org.backlot.model.permits.PermitDocument#isRequired()
	 * @see #getPermitDocument()
	 * @generated
	 */
	EAttribute getPermitDocument_Required();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.permits.PermitDocument#getAdded <em>Added</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Added</em>'.
	 * @see org.backlot.model.permits.PermitDocument#getAdded()
	 * @see #getPermitDocument()
	 * @generated
	 */
	EAttribute getPermitDocument_Added();

	/**
	 * Returns the meta object for class '{@link org.backlot.model.permits.StatusChange <em>Status Change</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Status Change</em>'.
	 * @see org.backlot.model.permits.StatusChange
	 * @generated
	 */
	EClass getStatusChange();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.permits.StatusChange#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.backlot.model.permits.StatusChange#getStatus()
	 * @see #getStatusChange()
	 * @generated
	 */
	EAttribute getStatusChange_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.permits.StatusChange#getAt <em>At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>At</em>'.
	 * @see org.backlot.model.permits.StatusChange#getAt()
	 * @see #getStatusChange()
	 * @generated
	 */
	EAttribute getStatusChange_At();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.permits.StatusChange#getBy <em>By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>By</em>'.
	 * @see org.backlot.model.permits.StatusChange#getBy()
	 * @see #getStatusChange()
	 * @generated
	 */
	EAttribute getStatusChange_By();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.permits.StatusChange#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.backlot.model.permits.StatusChange#getNote()
	 * @see #getStatusChange()
	 * @generated
	 */
	EAttribute getStatusChange_Note();

	/**
	 * Returns the meta object for enum '{@link org.backlot.model.permits.AuthorityKind <em>Authority Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Authority Kind</em>'.
	 * @see org.backlot.model.permits.AuthorityKind
	 * @generated
	 */
	EEnum getAuthorityKind();

	/**
	 * Returns the meta object for enum '{@link org.backlot.model.permits.PermitStatus <em>Permit Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Permit Status</em>'.
	 * @see org.backlot.model.permits.PermitStatus
	 * @generated
	 */
	EEnum getPermitStatus();

	/**
	 * Returns the meta object for enum '{@link org.backlot.model.permits.Hazard <em>Hazard</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Hazard</em>'.
	 * @see org.backlot.model.permits.Hazard
	 * @generated
	 */
	EEnum getHazard();

	/**
	 * Returns the meta object for enum '{@link org.backlot.model.permits.PeriodKind <em>Period Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Period Kind</em>'.
	 * @see org.backlot.model.permits.PeriodKind
	 * @generated
	 */
	EEnum getPeriodKind();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	PermitsFactory getPermitsFactory();

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
		 * The meta object literal for the '{@link org.backlot.model.permits.impl.AuthorityImpl <em>Authority</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.backlot.model.permits.impl.AuthorityImpl
		 * @see org.backlot.model.permits.impl.PermitsPackageImpl#getAuthority()
		 * @generated
		 */
		EClass AUTHORITY = eINSTANCE.getAuthority();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUTHORITY__KIND = eINSTANCE.getAuthority_Kind();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUTHORITY__NAME = eINSTANCE.getAuthority_Name();

		/**
		 * The meta object literal for the '<em><b>Name Zh</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUTHORITY__NAME_ZH = eINSTANCE.getAuthority_NameZh();

		/**
		 * The meta object literal for the '<em><b>Lead Time Days</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUTHORITY__LEAD_TIME_DAYS = eINSTANCE.getAuthority_LeadTimeDays();

		/**
		 * The meta object literal for the '<em><b>Target Days</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUTHORITY__TARGET_DAYS = eINSTANCE.getAuthority_TargetDays();

		/**
		 * The meta object literal for the '<em><b>Required Documents</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUTHORITY__REQUIRED_DOCUMENTS = eINSTANCE.getAuthority_RequiredDocuments();

		/**
		 * The meta object literal for the '<em><b>Contact</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUTHORITY__CONTACT = eINSTANCE.getAuthority_Contact();

		/**
		 * The meta object literal for the '<em><b>Rule Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUTHORITY__RULE_ID = eINSTANCE.getAuthority_RuleId();

		/**
		 * The meta object literal for the '{@link org.backlot.model.permits.impl.PermitApplicationImpl <em>Permit Application</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.backlot.model.permits.impl.PermitApplicationImpl
		 * @see org.backlot.model.permits.impl.PermitsPackageImpl#getPermitApplication()
		 * @generated
		 */
		EClass PERMIT_APPLICATION = eINSTANCE.getPermitApplication();

		/**
		 * The meta object literal for the '<em><b>Authority</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PERMIT_APPLICATION__AUTHORITY = eINSTANCE.getPermitApplication_Authority();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERMIT_APPLICATION__DESCRIPTION = eINSTANCE.getPermitApplication_Description();

		/**
		 * The meta object literal for the '<em><b>Locations</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PERMIT_APPLICATION__LOCATIONS = eINSTANCE.getPermitApplication_Locations();

		/**
		 * The meta object literal for the '<em><b>Periods</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PERMIT_APPLICATION__PERIODS = eINSTANCE.getPermitApplication_Periods();

		/**
		 * The meta object literal for the '<em><b>Head Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERMIT_APPLICATION__HEAD_COUNT = eINSTANCE.getPermitApplication_HeadCount();

		/**
		 * The meta object literal for the '<em><b>Vehicle Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERMIT_APPLICATION__VEHICLE_COUNT = eINSTANCE.getPermitApplication_VehicleCount();

		/**
		 * The meta object literal for the '<em><b>Vehicle Types</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERMIT_APPLICATION__VEHICLE_TYPES = eINSTANCE.getPermitApplication_VehicleTypes();

		/**
		 * The meta object literal for the '<em><b>Hazards</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERMIT_APPLICATION__HAZARDS = eINSTANCE.getPermitApplication_Hazards();

		/**
		 * The meta object literal for the '<em><b>Road Closures</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PERMIT_APPLICATION__ROAD_CLOSURES = eINSTANCE.getPermitApplication_RoadClosures();

		/**
		 * The meta object literal for the '<em><b>Documents</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PERMIT_APPLICATION__DOCUMENTS = eINSTANCE.getPermitApplication_Documents();

		/**
		 * The meta object literal for the '<em><b>Fee</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERMIT_APPLICATION__FEE = eINSTANCE.getPermitApplication_Fee();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERMIT_APPLICATION__STATUS = eINSTANCE.getPermitApplication_Status();

		/**
		 * The meta object literal for the '<em><b>Permit Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERMIT_APPLICATION__PERMIT_NUMBER = eINSTANCE.getPermitApplication_PermitNumber();

		/**
		 * The meta object literal for the '<em><b>Conditions</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERMIT_APPLICATION__CONDITIONS = eINSTANCE.getPermitApplication_Conditions();

		/**
		 * The meta object literal for the '<em><b>Person In Charge</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PERMIT_APPLICATION__PERSON_IN_CHARGE = eINSTANCE.getPermitApplication_PersonInCharge();

		/**
		 * The meta object literal for the '<em><b>History</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PERMIT_APPLICATION__HISTORY = eINSTANCE.getPermitApplication_History();

		/**
		 * The meta object literal for the '<em><b>Scenes</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PERMIT_APPLICATION__SCENES = eINSTANCE.getPermitApplication_Scenes();

		/**
		 * The meta object literal for the '<em><b>Applicant</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERMIT_APPLICATION__APPLICANT = eINSTANCE.getPermitApplication_Applicant();

		/**
		 * The meta object literal for the '<em><b>Equipment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERMIT_APPLICATION__EQUIPMENT = eINSTANCE.getPermitApplication_Equipment();

		/**
		 * The meta object literal for the '<em><b>Reference</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERMIT_APPLICATION__REFERENCE = eINSTANCE.getPermitApplication_Reference();

		/**
		 * The meta object literal for the '<em><b>Reasons</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERMIT_APPLICATION__REASONS = eINSTANCE.getPermitApplication_Reasons();

		/**
		 * The meta object literal for the '{@link org.backlot.model.permits.impl.PermitPeriodImpl <em>Permit Period</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.backlot.model.permits.impl.PermitPeriodImpl
		 * @see org.backlot.model.permits.impl.PermitsPackageImpl#getPermitPeriod()
		 * @generated
		 */
		EClass PERMIT_PERIOD = eINSTANCE.getPermitPeriod();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERMIT_PERIOD__KIND = eINSTANCE.getPermitPeriod_Kind();

		/**
		 * The meta object literal for the '<em><b>Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERMIT_PERIOD__START = eINSTANCE.getPermitPeriod_Start();

		/**
		 * The meta object literal for the '<em><b>End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERMIT_PERIOD__END = eINSTANCE.getPermitPeriod_End();

		/**
		 * The meta object literal for the '{@link org.backlot.model.permits.impl.RoadClosureImpl <em>Road Closure</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.backlot.model.permits.impl.RoadClosureImpl
		 * @see org.backlot.model.permits.impl.PermitsPackageImpl#getRoadClosure()
		 * @generated
		 */
		EClass ROAD_CLOSURE = eINSTANCE.getRoadClosure();

		/**
		 * The meta object literal for the '<em><b>Road</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROAD_CLOSURE__ROAD = eINSTANCE.getRoadClosure_Road();

		/**
		 * The meta object literal for the '<em><b>Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROAD_CLOSURE__START = eINSTANCE.getRoadClosure_Start();

		/**
		 * The meta object literal for the '<em><b>End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROAD_CLOSURE__END = eINSTANCE.getRoadClosure_End();

		/**
		 * The meta object literal for the '<em><b>Traffic Plan</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROAD_CLOSURE__TRAFFIC_PLAN = eINSTANCE.getRoadClosure_TrafficPlan();

		/**
		 * The meta object literal for the '{@link org.backlot.model.permits.impl.PermitDocumentImpl <em>Permit Document</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.backlot.model.permits.impl.PermitDocumentImpl
		 * @see org.backlot.model.permits.impl.PermitsPackageImpl#getPermitDocument()
		 * @generated
		 */
		EClass PERMIT_DOCUMENT = eINSTANCE.getPermitDocument();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERMIT_DOCUMENT__KIND = eINSTANCE.getPermitDocument_Kind();

		/**
		 * The meta object literal for the '<em><b>Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERMIT_DOCUMENT__PATH = eINSTANCE.getPermitDocument_Path();

		/**
		 * The meta object literal for the '<em><b>Expires</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERMIT_DOCUMENT__EXPIRES = eINSTANCE.getPermitDocument_Expires();

		/**
		 * The meta object literal for the '<em><b>Required</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERMIT_DOCUMENT__REQUIRED = eINSTANCE.getPermitDocument_Required();

		/**
		 * The meta object literal for the '<em><b>Added</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERMIT_DOCUMENT__ADDED = eINSTANCE.getPermitDocument_Added();

		/**
		 * The meta object literal for the '{@link org.backlot.model.permits.impl.StatusChangeImpl <em>Status Change</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.backlot.model.permits.impl.StatusChangeImpl
		 * @see org.backlot.model.permits.impl.PermitsPackageImpl#getStatusChange()
		 * @generated
		 */
		EClass STATUS_CHANGE = eINSTANCE.getStatusChange();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATUS_CHANGE__STATUS = eINSTANCE.getStatusChange_Status();

		/**
		 * The meta object literal for the '<em><b>At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATUS_CHANGE__AT = eINSTANCE.getStatusChange_At();

		/**
		 * The meta object literal for the '<em><b>By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATUS_CHANGE__BY = eINSTANCE.getStatusChange_By();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATUS_CHANGE__NOTE = eINSTANCE.getStatusChange_Note();

		/**
		 * The meta object literal for the '{@link org.backlot.model.permits.AuthorityKind <em>Authority Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.backlot.model.permits.AuthorityKind
		 * @see org.backlot.model.permits.impl.PermitsPackageImpl#getAuthorityKind()
		 * @generated
		 */
		EEnum AUTHORITY_KIND = eINSTANCE.getAuthorityKind();

		/**
		 * The meta object literal for the '{@link org.backlot.model.permits.PermitStatus <em>Permit Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.backlot.model.permits.PermitStatus
		 * @see org.backlot.model.permits.impl.PermitsPackageImpl#getPermitStatus()
		 * @generated
		 */
		EEnum PERMIT_STATUS = eINSTANCE.getPermitStatus();

		/**
		 * The meta object literal for the '{@link org.backlot.model.permits.Hazard <em>Hazard</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.backlot.model.permits.Hazard
		 * @see org.backlot.model.permits.impl.PermitsPackageImpl#getHazard()
		 * @generated
		 */
		EEnum HAZARD = eINSTANCE.getHazard();

		/**
		 * The meta object literal for the '{@link org.backlot.model.permits.PeriodKind <em>Period Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.backlot.model.permits.PeriodKind
		 * @see org.backlot.model.permits.impl.PermitsPackageImpl#getPeriodKind()
		 * @generated
		 */
		EEnum PERIOD_KIND = eINSTANCE.getPeriodKind();

	}

} //PermitsPackage
