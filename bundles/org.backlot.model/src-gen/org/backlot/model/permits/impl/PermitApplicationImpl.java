/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.permits.impl;

import java.util.Collection;

import org.backlot.model.permits.Authority;
import org.backlot.model.permits.Hazard;
import org.backlot.model.permits.PermitApplication;
import org.backlot.model.permits.PermitDocument;
import org.backlot.model.permits.PermitPeriod;
import org.backlot.model.permits.PermitStatus;
import org.backlot.model.permits.PermitsPackage;
import org.backlot.model.permits.RoadClosure;
import org.backlot.model.permits.StatusChange;

import org.backlot.model.production.Person;

import org.backlot.model.production.impl.IdentifiedImpl;

import org.backlot.model.script.Scene;

import org.backlot.model.studio.Location;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Permit Application</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.backlot.model.permits.impl.PermitApplicationImpl#getAuthority <em>Authority</em>}</li>
 *   <li>{@link org.backlot.model.permits.impl.PermitApplicationImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.backlot.model.permits.impl.PermitApplicationImpl#getLocations <em>Locations</em>}</li>
 *   <li>{@link org.backlot.model.permits.impl.PermitApplicationImpl#getPeriods <em>Periods</em>}</li>
 *   <li>{@link org.backlot.model.permits.impl.PermitApplicationImpl#getHeadCount <em>Head Count</em>}</li>
 *   <li>{@link org.backlot.model.permits.impl.PermitApplicationImpl#getVehicleCount <em>Vehicle Count</em>}</li>
 *   <li>{@link org.backlot.model.permits.impl.PermitApplicationImpl#getVehicleTypes <em>Vehicle Types</em>}</li>
 *   <li>{@link org.backlot.model.permits.impl.PermitApplicationImpl#getHazards <em>Hazards</em>}</li>
 *   <li>{@link org.backlot.model.permits.impl.PermitApplicationImpl#getRoadClosures <em>Road Closures</em>}</li>
 *   <li>{@link org.backlot.model.permits.impl.PermitApplicationImpl#getDocuments <em>Documents</em>}</li>
 *   <li>{@link org.backlot.model.permits.impl.PermitApplicationImpl#getFee <em>Fee</em>}</li>
 *   <li>{@link org.backlot.model.permits.impl.PermitApplicationImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.backlot.model.permits.impl.PermitApplicationImpl#getPermitNumber <em>Permit Number</em>}</li>
 *   <li>{@link org.backlot.model.permits.impl.PermitApplicationImpl#getConditions <em>Conditions</em>}</li>
 *   <li>{@link org.backlot.model.permits.impl.PermitApplicationImpl#getPersonInCharge <em>Person In Charge</em>}</li>
 *   <li>{@link org.backlot.model.permits.impl.PermitApplicationImpl#getHistory <em>History</em>}</li>
 *   <li>{@link org.backlot.model.permits.impl.PermitApplicationImpl#getScenes <em>Scenes</em>}</li>
 *   <li>{@link org.backlot.model.permits.impl.PermitApplicationImpl#getApplicant <em>Applicant</em>}</li>
 *   <li>{@link org.backlot.model.permits.impl.PermitApplicationImpl#getEquipment <em>Equipment</em>}</li>
 *   <li>{@link org.backlot.model.permits.impl.PermitApplicationImpl#getReference <em>Reference</em>}</li>
 *   <li>{@link org.backlot.model.permits.impl.PermitApplicationImpl#getReasons <em>Reasons</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PermitApplicationImpl extends IdentifiedImpl implements PermitApplication {
	/**
	 * The cached value of the '{@link #getAuthority() <em>Authority</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthority()
	 * @generated
	 * @ordered
	 */
	protected Authority authority;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLocations() <em>Locations</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocations()
	 * @generated
	 * @ordered
	 */
	protected EList<Location> locations;

	/**
	 * The cached value of the '{@link #getPeriods() <em>Periods</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriods()
	 * @generated
	 * @ordered
	 */
	protected EList<PermitPeriod> periods;

	/**
	 * The default value of the '{@link #getHeadCount() <em>Head Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeadCount()
	 * @generated
	 * @ordered
	 */
	protected static final int HEAD_COUNT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getHeadCount() <em>Head Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeadCount()
	 * @generated
	 * @ordered
	 */
	protected int headCount = HEAD_COUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getVehicleCount() <em>Vehicle Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVehicleCount()
	 * @generated
	 * @ordered
	 */
	protected static final int VEHICLE_COUNT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getVehicleCount() <em>Vehicle Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVehicleCount()
	 * @generated
	 * @ordered
	 */
	protected int vehicleCount = VEHICLE_COUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getVehicleTypes() <em>Vehicle Types</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVehicleTypes()
	 * @generated
	 * @ordered
	 */
	protected static final String VEHICLE_TYPES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVehicleTypes() <em>Vehicle Types</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVehicleTypes()
	 * @generated
	 * @ordered
	 */
	protected String vehicleTypes = VEHICLE_TYPES_EDEFAULT;

	/**
	 * The cached value of the '{@link #getHazards() <em>Hazards</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHazards()
	 * @generated
	 * @ordered
	 */
	protected EList<Hazard> hazards;

	/**
	 * The cached value of the '{@link #getRoadClosures() <em>Road Closures</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRoadClosures()
	 * @generated
	 * @ordered
	 */
	protected EList<RoadClosure> roadClosures;

	/**
	 * The cached value of the '{@link #getDocuments() <em>Documents</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDocuments()
	 * @generated
	 * @ordered
	 */
	protected EList<PermitDocument> documents;

	/**
	 * The default value of the '{@link #getFee() <em>Fee</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFee()
	 * @generated
	 * @ordered
	 */
	protected static final double FEE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getFee() <em>Fee</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFee()
	 * @generated
	 * @ordered
	 */
	protected double fee = FEE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final PermitStatus STATUS_EDEFAULT = PermitStatus.DRAFT;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected PermitStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getPermitNumber() <em>Permit Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPermitNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String PERMIT_NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPermitNumber() <em>Permit Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPermitNumber()
	 * @generated
	 * @ordered
	 */
	protected String permitNumber = PERMIT_NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getConditions() <em>Conditions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConditions()
	 * @generated
	 * @ordered
	 */
	protected static final String CONDITIONS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getConditions() <em>Conditions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConditions()
	 * @generated
	 * @ordered
	 */
	protected String conditions = CONDITIONS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPersonInCharge() <em>Person In Charge</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPersonInCharge()
	 * @generated
	 * @ordered
	 */
	protected Person personInCharge;

	/**
	 * The cached value of the '{@link #getHistory() <em>History</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHistory()
	 * @generated
	 * @ordered
	 */
	protected EList<StatusChange> history;

	/**
	 * The cached value of the '{@link #getScenes() <em>Scenes</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScenes()
	 * @generated
	 * @ordered
	 */
	protected EList<Scene> scenes;

	/**
	 * The default value of the '{@link #getApplicant() <em>Applicant</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApplicant()
	 * @generated
	 * @ordered
	 */
	protected static final String APPLICANT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getApplicant() <em>Applicant</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApplicant()
	 * @generated
	 * @ordered
	 */
	protected String applicant = APPLICANT_EDEFAULT;

	/**
	 * The default value of the '{@link #getEquipment() <em>Equipment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEquipment()
	 * @generated
	 * @ordered
	 */
	protected static final String EQUIPMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEquipment() <em>Equipment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEquipment()
	 * @generated
	 * @ordered
	 */
	protected String equipment = EQUIPMENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getReference() <em>Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReference()
	 * @generated
	 * @ordered
	 */
	protected static final String REFERENCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReference() <em>Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReference()
	 * @generated
	 * @ordered
	 */
	protected String reference = REFERENCE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getReasons() <em>Reasons</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReasons()
	 * @generated
	 * @ordered
	 */
	protected EList<String> reasons;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PermitApplicationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PermitsPackage.Literals.PERMIT_APPLICATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Authority getAuthority() {
		if (authority != null && authority.eIsProxy()) {
			InternalEObject oldAuthority = (InternalEObject)authority;
			authority = (Authority)eResolveProxy(oldAuthority);
			if (authority != oldAuthority) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PermitsPackage.PERMIT_APPLICATION__AUTHORITY, oldAuthority, authority));
			}
		}
		return authority;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Authority basicGetAuthority() {
		return authority;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAuthority(Authority newAuthority) {
		Authority oldAuthority = authority;
		authority = newAuthority;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PermitsPackage.PERMIT_APPLICATION__AUTHORITY, oldAuthority, authority));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PermitsPackage.PERMIT_APPLICATION__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Location> getLocations() {
		if (locations == null) {
			locations = new EObjectResolvingEList<Location>(Location.class, this, PermitsPackage.PERMIT_APPLICATION__LOCATIONS);
		}
		return locations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PermitPeriod> getPeriods() {
		if (periods == null) {
			periods = new EObjectContainmentEList<PermitPeriod>(PermitPeriod.class, this, PermitsPackage.PERMIT_APPLICATION__PERIODS);
		}
		return periods;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getHeadCount() {
		return headCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHeadCount(int newHeadCount) {
		int oldHeadCount = headCount;
		headCount = newHeadCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PermitsPackage.PERMIT_APPLICATION__HEAD_COUNT, oldHeadCount, headCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getVehicleCount() {
		return vehicleCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVehicleCount(int newVehicleCount) {
		int oldVehicleCount = vehicleCount;
		vehicleCount = newVehicleCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PermitsPackage.PERMIT_APPLICATION__VEHICLE_COUNT, oldVehicleCount, vehicleCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVehicleTypes() {
		return vehicleTypes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVehicleTypes(String newVehicleTypes) {
		String oldVehicleTypes = vehicleTypes;
		vehicleTypes = newVehicleTypes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PermitsPackage.PERMIT_APPLICATION__VEHICLE_TYPES, oldVehicleTypes, vehicleTypes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Hazard> getHazards() {
		if (hazards == null) {
			hazards = new EDataTypeUniqueEList<Hazard>(Hazard.class, this, PermitsPackage.PERMIT_APPLICATION__HAZARDS);
		}
		return hazards;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RoadClosure> getRoadClosures() {
		if (roadClosures == null) {
			roadClosures = new EObjectContainmentEList<RoadClosure>(RoadClosure.class, this, PermitsPackage.PERMIT_APPLICATION__ROAD_CLOSURES);
		}
		return roadClosures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PermitDocument> getDocuments() {
		if (documents == null) {
			documents = new EObjectContainmentEList<PermitDocument>(PermitDocument.class, this, PermitsPackage.PERMIT_APPLICATION__DOCUMENTS);
		}
		return documents;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getFee() {
		return fee;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFee(double newFee) {
		double oldFee = fee;
		fee = newFee;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PermitsPackage.PERMIT_APPLICATION__FEE, oldFee, fee));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PermitStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(PermitStatus newStatus) {
		PermitStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PermitsPackage.PERMIT_APPLICATION__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPermitNumber() {
		return permitNumber;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPermitNumber(String newPermitNumber) {
		String oldPermitNumber = permitNumber;
		permitNumber = newPermitNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PermitsPackage.PERMIT_APPLICATION__PERMIT_NUMBER, oldPermitNumber, permitNumber));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getConditions() {
		return conditions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConditions(String newConditions) {
		String oldConditions = conditions;
		conditions = newConditions;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PermitsPackage.PERMIT_APPLICATION__CONDITIONS, oldConditions, conditions));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getPersonInCharge() {
		if (personInCharge != null && personInCharge.eIsProxy()) {
			InternalEObject oldPersonInCharge = (InternalEObject)personInCharge;
			personInCharge = (Person)eResolveProxy(oldPersonInCharge);
			if (personInCharge != oldPersonInCharge) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PermitsPackage.PERMIT_APPLICATION__PERSON_IN_CHARGE, oldPersonInCharge, personInCharge));
			}
		}
		return personInCharge;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Person basicGetPersonInCharge() {
		return personInCharge;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPersonInCharge(Person newPersonInCharge) {
		Person oldPersonInCharge = personInCharge;
		personInCharge = newPersonInCharge;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PermitsPackage.PERMIT_APPLICATION__PERSON_IN_CHARGE, oldPersonInCharge, personInCharge));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<StatusChange> getHistory() {
		if (history == null) {
			history = new EObjectContainmentEList<StatusChange>(StatusChange.class, this, PermitsPackage.PERMIT_APPLICATION__HISTORY);
		}
		return history;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Scene> getScenes() {
		if (scenes == null) {
			scenes = new EObjectResolvingEList<Scene>(Scene.class, this, PermitsPackage.PERMIT_APPLICATION__SCENES);
		}
		return scenes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getApplicant() {
		return applicant;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setApplicant(String newApplicant) {
		String oldApplicant = applicant;
		applicant = newApplicant;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PermitsPackage.PERMIT_APPLICATION__APPLICANT, oldApplicant, applicant));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEquipment() {
		return equipment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEquipment(String newEquipment) {
		String oldEquipment = equipment;
		equipment = newEquipment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PermitsPackage.PERMIT_APPLICATION__EQUIPMENT, oldEquipment, equipment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReference() {
		return reference;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReference(String newReference) {
		String oldReference = reference;
		reference = newReference;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PermitsPackage.PERMIT_APPLICATION__REFERENCE, oldReference, reference));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getReasons() {
		if (reasons == null) {
			reasons = new EDataTypeUniqueEList<String>(String.class, this, PermitsPackage.PERMIT_APPLICATION__REASONS);
		}
		return reasons;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PermitsPackage.PERMIT_APPLICATION__PERIODS:
				return ((InternalEList<?>)getPeriods()).basicRemove(otherEnd, msgs);
			case PermitsPackage.PERMIT_APPLICATION__ROAD_CLOSURES:
				return ((InternalEList<?>)getRoadClosures()).basicRemove(otherEnd, msgs);
			case PermitsPackage.PERMIT_APPLICATION__DOCUMENTS:
				return ((InternalEList<?>)getDocuments()).basicRemove(otherEnd, msgs);
			case PermitsPackage.PERMIT_APPLICATION__HISTORY:
				return ((InternalEList<?>)getHistory()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PermitsPackage.PERMIT_APPLICATION__AUTHORITY:
				if (resolve) return getAuthority();
				return basicGetAuthority();
			case PermitsPackage.PERMIT_APPLICATION__DESCRIPTION:
				return getDescription();
			case PermitsPackage.PERMIT_APPLICATION__LOCATIONS:
				return getLocations();
			case PermitsPackage.PERMIT_APPLICATION__PERIODS:
				return getPeriods();
			case PermitsPackage.PERMIT_APPLICATION__HEAD_COUNT:
				return getHeadCount();
			case PermitsPackage.PERMIT_APPLICATION__VEHICLE_COUNT:
				return getVehicleCount();
			case PermitsPackage.PERMIT_APPLICATION__VEHICLE_TYPES:
				return getVehicleTypes();
			case PermitsPackage.PERMIT_APPLICATION__HAZARDS:
				return getHazards();
			case PermitsPackage.PERMIT_APPLICATION__ROAD_CLOSURES:
				return getRoadClosures();
			case PermitsPackage.PERMIT_APPLICATION__DOCUMENTS:
				return getDocuments();
			case PermitsPackage.PERMIT_APPLICATION__FEE:
				return getFee();
			case PermitsPackage.PERMIT_APPLICATION__STATUS:
				return getStatus();
			case PermitsPackage.PERMIT_APPLICATION__PERMIT_NUMBER:
				return getPermitNumber();
			case PermitsPackage.PERMIT_APPLICATION__CONDITIONS:
				return getConditions();
			case PermitsPackage.PERMIT_APPLICATION__PERSON_IN_CHARGE:
				if (resolve) return getPersonInCharge();
				return basicGetPersonInCharge();
			case PermitsPackage.PERMIT_APPLICATION__HISTORY:
				return getHistory();
			case PermitsPackage.PERMIT_APPLICATION__SCENES:
				return getScenes();
			case PermitsPackage.PERMIT_APPLICATION__APPLICANT:
				return getApplicant();
			case PermitsPackage.PERMIT_APPLICATION__EQUIPMENT:
				return getEquipment();
			case PermitsPackage.PERMIT_APPLICATION__REFERENCE:
				return getReference();
			case PermitsPackage.PERMIT_APPLICATION__REASONS:
				return getReasons();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case PermitsPackage.PERMIT_APPLICATION__AUTHORITY:
				setAuthority((Authority)newValue);
				return;
			case PermitsPackage.PERMIT_APPLICATION__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case PermitsPackage.PERMIT_APPLICATION__LOCATIONS:
				getLocations().clear();
				getLocations().addAll((Collection<? extends Location>)newValue);
				return;
			case PermitsPackage.PERMIT_APPLICATION__PERIODS:
				getPeriods().clear();
				getPeriods().addAll((Collection<? extends PermitPeriod>)newValue);
				return;
			case PermitsPackage.PERMIT_APPLICATION__HEAD_COUNT:
				setHeadCount((Integer)newValue);
				return;
			case PermitsPackage.PERMIT_APPLICATION__VEHICLE_COUNT:
				setVehicleCount((Integer)newValue);
				return;
			case PermitsPackage.PERMIT_APPLICATION__VEHICLE_TYPES:
				setVehicleTypes((String)newValue);
				return;
			case PermitsPackage.PERMIT_APPLICATION__HAZARDS:
				getHazards().clear();
				getHazards().addAll((Collection<? extends Hazard>)newValue);
				return;
			case PermitsPackage.PERMIT_APPLICATION__ROAD_CLOSURES:
				getRoadClosures().clear();
				getRoadClosures().addAll((Collection<? extends RoadClosure>)newValue);
				return;
			case PermitsPackage.PERMIT_APPLICATION__DOCUMENTS:
				getDocuments().clear();
				getDocuments().addAll((Collection<? extends PermitDocument>)newValue);
				return;
			case PermitsPackage.PERMIT_APPLICATION__FEE:
				setFee((Double)newValue);
				return;
			case PermitsPackage.PERMIT_APPLICATION__STATUS:
				setStatus((PermitStatus)newValue);
				return;
			case PermitsPackage.PERMIT_APPLICATION__PERMIT_NUMBER:
				setPermitNumber((String)newValue);
				return;
			case PermitsPackage.PERMIT_APPLICATION__CONDITIONS:
				setConditions((String)newValue);
				return;
			case PermitsPackage.PERMIT_APPLICATION__PERSON_IN_CHARGE:
				setPersonInCharge((Person)newValue);
				return;
			case PermitsPackage.PERMIT_APPLICATION__HISTORY:
				getHistory().clear();
				getHistory().addAll((Collection<? extends StatusChange>)newValue);
				return;
			case PermitsPackage.PERMIT_APPLICATION__SCENES:
				getScenes().clear();
				getScenes().addAll((Collection<? extends Scene>)newValue);
				return;
			case PermitsPackage.PERMIT_APPLICATION__APPLICANT:
				setApplicant((String)newValue);
				return;
			case PermitsPackage.PERMIT_APPLICATION__EQUIPMENT:
				setEquipment((String)newValue);
				return;
			case PermitsPackage.PERMIT_APPLICATION__REFERENCE:
				setReference((String)newValue);
				return;
			case PermitsPackage.PERMIT_APPLICATION__REASONS:
				getReasons().clear();
				getReasons().addAll((Collection<? extends String>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case PermitsPackage.PERMIT_APPLICATION__AUTHORITY:
				setAuthority((Authority)null);
				return;
			case PermitsPackage.PERMIT_APPLICATION__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case PermitsPackage.PERMIT_APPLICATION__LOCATIONS:
				getLocations().clear();
				return;
			case PermitsPackage.PERMIT_APPLICATION__PERIODS:
				getPeriods().clear();
				return;
			case PermitsPackage.PERMIT_APPLICATION__HEAD_COUNT:
				setHeadCount(HEAD_COUNT_EDEFAULT);
				return;
			case PermitsPackage.PERMIT_APPLICATION__VEHICLE_COUNT:
				setVehicleCount(VEHICLE_COUNT_EDEFAULT);
				return;
			case PermitsPackage.PERMIT_APPLICATION__VEHICLE_TYPES:
				setVehicleTypes(VEHICLE_TYPES_EDEFAULT);
				return;
			case PermitsPackage.PERMIT_APPLICATION__HAZARDS:
				getHazards().clear();
				return;
			case PermitsPackage.PERMIT_APPLICATION__ROAD_CLOSURES:
				getRoadClosures().clear();
				return;
			case PermitsPackage.PERMIT_APPLICATION__DOCUMENTS:
				getDocuments().clear();
				return;
			case PermitsPackage.PERMIT_APPLICATION__FEE:
				setFee(FEE_EDEFAULT);
				return;
			case PermitsPackage.PERMIT_APPLICATION__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case PermitsPackage.PERMIT_APPLICATION__PERMIT_NUMBER:
				setPermitNumber(PERMIT_NUMBER_EDEFAULT);
				return;
			case PermitsPackage.PERMIT_APPLICATION__CONDITIONS:
				setConditions(CONDITIONS_EDEFAULT);
				return;
			case PermitsPackage.PERMIT_APPLICATION__PERSON_IN_CHARGE:
				setPersonInCharge((Person)null);
				return;
			case PermitsPackage.PERMIT_APPLICATION__HISTORY:
				getHistory().clear();
				return;
			case PermitsPackage.PERMIT_APPLICATION__SCENES:
				getScenes().clear();
				return;
			case PermitsPackage.PERMIT_APPLICATION__APPLICANT:
				setApplicant(APPLICANT_EDEFAULT);
				return;
			case PermitsPackage.PERMIT_APPLICATION__EQUIPMENT:
				setEquipment(EQUIPMENT_EDEFAULT);
				return;
			case PermitsPackage.PERMIT_APPLICATION__REFERENCE:
				setReference(REFERENCE_EDEFAULT);
				return;
			case PermitsPackage.PERMIT_APPLICATION__REASONS:
				getReasons().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case PermitsPackage.PERMIT_APPLICATION__AUTHORITY:
				return authority != null;
			case PermitsPackage.PERMIT_APPLICATION__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case PermitsPackage.PERMIT_APPLICATION__LOCATIONS:
				return locations != null && !locations.isEmpty();
			case PermitsPackage.PERMIT_APPLICATION__PERIODS:
				return periods != null && !periods.isEmpty();
			case PermitsPackage.PERMIT_APPLICATION__HEAD_COUNT:
				return headCount != HEAD_COUNT_EDEFAULT;
			case PermitsPackage.PERMIT_APPLICATION__VEHICLE_COUNT:
				return vehicleCount != VEHICLE_COUNT_EDEFAULT;
			case PermitsPackage.PERMIT_APPLICATION__VEHICLE_TYPES:
				return VEHICLE_TYPES_EDEFAULT == null ? vehicleTypes != null : !VEHICLE_TYPES_EDEFAULT.equals(vehicleTypes);
			case PermitsPackage.PERMIT_APPLICATION__HAZARDS:
				return hazards != null && !hazards.isEmpty();
			case PermitsPackage.PERMIT_APPLICATION__ROAD_CLOSURES:
				return roadClosures != null && !roadClosures.isEmpty();
			case PermitsPackage.PERMIT_APPLICATION__DOCUMENTS:
				return documents != null && !documents.isEmpty();
			case PermitsPackage.PERMIT_APPLICATION__FEE:
				return fee != FEE_EDEFAULT;
			case PermitsPackage.PERMIT_APPLICATION__STATUS:
				return status != STATUS_EDEFAULT;
			case PermitsPackage.PERMIT_APPLICATION__PERMIT_NUMBER:
				return PERMIT_NUMBER_EDEFAULT == null ? permitNumber != null : !PERMIT_NUMBER_EDEFAULT.equals(permitNumber);
			case PermitsPackage.PERMIT_APPLICATION__CONDITIONS:
				return CONDITIONS_EDEFAULT == null ? conditions != null : !CONDITIONS_EDEFAULT.equals(conditions);
			case PermitsPackage.PERMIT_APPLICATION__PERSON_IN_CHARGE:
				return personInCharge != null;
			case PermitsPackage.PERMIT_APPLICATION__HISTORY:
				return history != null && !history.isEmpty();
			case PermitsPackage.PERMIT_APPLICATION__SCENES:
				return scenes != null && !scenes.isEmpty();
			case PermitsPackage.PERMIT_APPLICATION__APPLICANT:
				return APPLICANT_EDEFAULT == null ? applicant != null : !APPLICANT_EDEFAULT.equals(applicant);
			case PermitsPackage.PERMIT_APPLICATION__EQUIPMENT:
				return EQUIPMENT_EDEFAULT == null ? equipment != null : !EQUIPMENT_EDEFAULT.equals(equipment);
			case PermitsPackage.PERMIT_APPLICATION__REFERENCE:
				return REFERENCE_EDEFAULT == null ? reference != null : !REFERENCE_EDEFAULT.equals(reference);
			case PermitsPackage.PERMIT_APPLICATION__REASONS:
				return reasons != null && !reasons.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (description: ");
		result.append(description);
		result.append(", headCount: ");
		result.append(headCount);
		result.append(", vehicleCount: ");
		result.append(vehicleCount);
		result.append(", vehicleTypes: ");
		result.append(vehicleTypes);
		result.append(", hazards: ");
		result.append(hazards);
		result.append(", fee: ");
		result.append(fee);
		result.append(", status: ");
		result.append(status);
		result.append(", permitNumber: ");
		result.append(permitNumber);
		result.append(", conditions: ");
		result.append(conditions);
		result.append(", applicant: ");
		result.append(applicant);
		result.append(", equipment: ");
		result.append(equipment);
		result.append(", reference: ");
		result.append(reference);
		result.append(", reasons: ");
		result.append(reasons);
		result.append(')');
		return result.toString();
	}

} //PermitApplicationImpl
