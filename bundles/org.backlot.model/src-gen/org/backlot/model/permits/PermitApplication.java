/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.permits;

import org.backlot.model.production.Identified;
import org.backlot.model.production.Person;

import org.backlot.model.script.Scene;

import org.backlot.model.studio.Location;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Permit Application</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An application to one authority.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.backlot.model.permits.PermitApplication#getAuthority <em>Authority</em>}</li>
 *   <li>{@link org.backlot.model.permits.PermitApplication#getDescription <em>Description</em>}</li>
 *   <li>{@link org.backlot.model.permits.PermitApplication#getLocations <em>Locations</em>}</li>
 *   <li>{@link org.backlot.model.permits.PermitApplication#getPeriods <em>Periods</em>}</li>
 *   <li>{@link org.backlot.model.permits.PermitApplication#getHeadCount <em>Head Count</em>}</li>
 *   <li>{@link org.backlot.model.permits.PermitApplication#getVehicleCount <em>Vehicle Count</em>}</li>
 *   <li>{@link org.backlot.model.permits.PermitApplication#getVehicleTypes <em>Vehicle Types</em>}</li>
 *   <li>{@link org.backlot.model.permits.PermitApplication#getHazards <em>Hazards</em>}</li>
 *   <li>{@link org.backlot.model.permits.PermitApplication#getRoadClosures <em>Road Closures</em>}</li>
 *   <li>{@link org.backlot.model.permits.PermitApplication#getDocuments <em>Documents</em>}</li>
 *   <li>{@link org.backlot.model.permits.PermitApplication#getFee <em>Fee</em>}</li>
 *   <li>{@link org.backlot.model.permits.PermitApplication#getStatus <em>Status</em>}</li>
 *   <li>{@link org.backlot.model.permits.PermitApplication#getPermitNumber <em>Permit Number</em>}</li>
 *   <li>{@link org.backlot.model.permits.PermitApplication#getConditions <em>Conditions</em>}</li>
 *   <li>{@link org.backlot.model.permits.PermitApplication#getPersonInCharge <em>Person In Charge</em>}</li>
 *   <li>{@link org.backlot.model.permits.PermitApplication#getHistory <em>History</em>}</li>
 *   <li>{@link org.backlot.model.permits.PermitApplication#getScenes <em>Scenes</em>}</li>
 *   <li>{@link org.backlot.model.permits.PermitApplication#getApplicant <em>Applicant</em>}</li>
 *   <li>{@link org.backlot.model.permits.PermitApplication#getEquipment <em>Equipment</em>}</li>
 *   <li>{@link org.backlot.model.permits.PermitApplication#getReference <em>Reference</em>}</li>
 *   <li>{@link org.backlot.model.permits.PermitApplication#getReasons <em>Reasons</em>}</li>
 * </ul>
 *
 * @see org.backlot.model.permits.PermitsPackage#getPermitApplication()
 * @model
 * @generated
 */
public interface PermitApplication extends Identified {
	/**
	 * Returns the value of the '<em><b>Authority</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Authority</em>' reference.
	 * @see #setAuthority(Authority)
	 * @see org.backlot.model.permits.PermitsPackage#getPermitApplication_Authority()
	 * @model
	 * @generated
	 */
	Authority getAuthority();

	/**
	 * Sets the value of the '{@link org.backlot.model.permits.PermitApplication#getAuthority <em>Authority</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Authority</em>' reference.
	 * @see #getAuthority()
	 * @generated
	 */
	void setAuthority(Authority value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.backlot.model.permits.PermitsPackage#getPermitApplication_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.backlot.model.permits.PermitApplication#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Locations</b></em>' reference list.
	 * The list contents are of type {@link org.backlot.model.studio.Location}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Locations</em>' reference list.
	 * @see org.backlot.model.permits.PermitsPackage#getPermitApplication_Locations()
	 * @model
	 * @generated
	 */
	EList<Location> getLocations();

	/**
	 * Returns the value of the '<em><b>Periods</b></em>' containment reference list.
	 * The list contents are of type {@link org.backlot.model.permits.PermitPeriod}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Periods</em>' containment reference list.
	 * @see org.backlot.model.permits.PermitsPackage#getPermitApplication_Periods()
	 * @model containment="true"
	 * @generated
	 */
	EList<PermitPeriod> getPeriods();

	/**
	 * Returns the value of the '<em><b>Head Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Head Count</em>' attribute.
	 * @see #setHeadCount(int)
	 * @see org.backlot.model.permits.PermitsPackage#getPermitApplication_HeadCount()
	 * @model
	 * @generated
	 */
	int getHeadCount();

	/**
	 * Sets the value of the '{@link org.backlot.model.permits.PermitApplication#getHeadCount <em>Head Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Head Count</em>' attribute.
	 * @see #getHeadCount()
	 * @generated
	 */
	void setHeadCount(int value);

	/**
	 * Returns the value of the '<em><b>Vehicle Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Vehicle Count</em>' attribute.
	 * @see #setVehicleCount(int)
	 * @see org.backlot.model.permits.PermitsPackage#getPermitApplication_VehicleCount()
	 * @model
	 * @generated
	 */
	int getVehicleCount();

	/**
	 * Sets the value of the '{@link org.backlot.model.permits.PermitApplication#getVehicleCount <em>Vehicle Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vehicle Count</em>' attribute.
	 * @see #getVehicleCount()
	 * @generated
	 */
	void setVehicleCount(int value);

	/**
	 * Returns the value of the '<em><b>Vehicle Types</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Vehicle Types</em>' attribute.
	 * @see #setVehicleTypes(String)
	 * @see org.backlot.model.permits.PermitsPackage#getPermitApplication_VehicleTypes()
	 * @model
	 * @generated
	 */
	String getVehicleTypes();

	/**
	 * Sets the value of the '{@link org.backlot.model.permits.PermitApplication#getVehicleTypes <em>Vehicle Types</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vehicle Types</em>' attribute.
	 * @see #getVehicleTypes()
	 * @generated
	 */
	void setVehicleTypes(String value);

	/**
	 * Returns the value of the '<em><b>Hazards</b></em>' attribute list.
	 * The list contents are of type {@link org.backlot.model.permits.Hazard}.
	 * The literals are from the enumeration {@link org.backlot.model.permits.Hazard}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hazards</em>' attribute list.
	 * @see org.backlot.model.permits.Hazard
	 * @see org.backlot.model.permits.PermitsPackage#getPermitApplication_Hazards()
	 * @model
	 * @generated
	 */
	EList<Hazard> getHazards();

	/**
	 * Returns the value of the '<em><b>Road Closures</b></em>' containment reference list.
	 * The list contents are of type {@link org.backlot.model.permits.RoadClosure}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Road Closures</em>' containment reference list.
	 * @see org.backlot.model.permits.PermitsPackage#getPermitApplication_RoadClosures()
	 * @model containment="true"
	 * @generated
	 */
	EList<RoadClosure> getRoadClosures();

	/**
	 * Returns the value of the '<em><b>Documents</b></em>' containment reference list.
	 * The list contents are of type {@link org.backlot.model.permits.PermitDocument}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Documents</em>' containment reference list.
	 * @see org.backlot.model.permits.PermitsPackage#getPermitApplication_Documents()
	 * @model containment="true"
	 * @generated
	 */
	EList<PermitDocument> getDocuments();

	/**
	 * Returns the value of the '<em><b>Fee</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fee</em>' attribute.
	 * @see #setFee(double)
	 * @see org.backlot.model.permits.PermitsPackage#getPermitApplication_Fee()
	 * @model
	 * @generated
	 */
	double getFee();

	/**
	 * Sets the value of the '{@link org.backlot.model.permits.PermitApplication#getFee <em>Fee</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fee</em>' attribute.
	 * @see #getFee()
	 * @generated
	 */
	void setFee(double value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.backlot.model.permits.PermitStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.backlot.model.permits.PermitStatus
	 * @see #setStatus(PermitStatus)
	 * @see org.backlot.model.permits.PermitsPackage#getPermitApplication_Status()
	 * @model
	 * @generated
	 */
	PermitStatus getStatus();

	/**
	 * Sets the value of the '{@link org.backlot.model.permits.PermitApplication#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.backlot.model.permits.PermitStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(PermitStatus value);

	/**
	 * Returns the value of the '<em><b>Permit Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Permit Number</em>' attribute.
	 * @see #setPermitNumber(String)
	 * @see org.backlot.model.permits.PermitsPackage#getPermitApplication_PermitNumber()
	 * @model
	 * @generated
	 */
	String getPermitNumber();

	/**
	 * Sets the value of the '{@link org.backlot.model.permits.PermitApplication#getPermitNumber <em>Permit Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Permit Number</em>' attribute.
	 * @see #getPermitNumber()
	 * @generated
	 */
	void setPermitNumber(String value);

	/**
	 * Returns the value of the '<em><b>Conditions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Conditions</em>' attribute.
	 * @see #setConditions(String)
	 * @see org.backlot.model.permits.PermitsPackage#getPermitApplication_Conditions()
	 * @model
	 * @generated
	 */
	String getConditions();

	/**
	 * Sets the value of the '{@link org.backlot.model.permits.PermitApplication#getConditions <em>Conditions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Conditions</em>' attribute.
	 * @see #getConditions()
	 * @generated
	 */
	void setConditions(String value);

	/**
	 * Returns the value of the '<em><b>Person In Charge</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Person In Charge</em>' reference.
	 * @see #setPersonInCharge(Person)
	 * @see org.backlot.model.permits.PermitsPackage#getPermitApplication_PersonInCharge()
	 * @model
	 * @generated
	 */
	Person getPersonInCharge();

	/**
	 * Sets the value of the '{@link org.backlot.model.permits.PermitApplication#getPersonInCharge <em>Person In Charge</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Person In Charge</em>' reference.
	 * @see #getPersonInCharge()
	 * @generated
	 */
	void setPersonInCharge(Person value);

	/**
	 * Returns the value of the '<em><b>History</b></em>' containment reference list.
	 * The list contents are of type {@link org.backlot.model.permits.StatusChange}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>History</em>' containment reference list.
	 * @see org.backlot.model.permits.PermitsPackage#getPermitApplication_History()
	 * @model containment="true"
	 * @generated
	 */
	EList<StatusChange> getHistory();

	/**
	 * Returns the value of the '<em><b>Scenes</b></em>' reference list.
	 * The list contents are of type {@link org.backlot.model.script.Scene}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The scheduled scenes the application covers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scenes</em>' reference list.
	 * @see org.backlot.model.permits.PermitsPackage#getPermitApplication_Scenes()
	 * @model
	 * @generated
	 */
	EList<Scene> getScenes();

	/**
	 * Returns the value of the '<em><b>Applicant</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The applicant company.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Applicant</em>' attribute.
	 * @see #setApplicant(String)
	 * @see org.backlot.model.permits.PermitsPackage#getPermitApplication_Applicant()
	 * @model
	 * @generated
	 */
	String getApplicant();

	/**
	 * Sets the value of the '{@link org.backlot.model.permits.PermitApplication#getApplicant <em>Applicant</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Applicant</em>' attribute.
	 * @see #getApplicant()
	 * @generated
	 */
	void setApplicant(String value);

	/**
	 * Returns the value of the '<em><b>Equipment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Equipment and vehicles placed on public ground.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Equipment</em>' attribute.
	 * @see #setEquipment(String)
	 * @see org.backlot.model.permits.PermitsPackage#getPermitApplication_Equipment()
	 * @model
	 * @generated
	 */
	String getEquipment();

	/**
	 * Sets the value of the '{@link org.backlot.model.permits.PermitApplication#getEquipment <em>Equipment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Equipment</em>' attribute.
	 * @see #getEquipment()
	 * @generated
	 */
	void setEquipment(String value);

	/**
	 * Returns the value of the '<em><b>Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The authority's own reference for the application, once submitted.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reference</em>' attribute.
	 * @see #setReference(String)
	 * @see org.backlot.model.permits.PermitsPackage#getPermitApplication_Reference()
	 * @model
	 * @generated
	 */
	String getReference();

	/**
	 * Sets the value of the '{@link org.backlot.model.permits.PermitApplication#getReference <em>Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reference</em>' attribute.
	 * @see #getReference()
	 * @generated
	 */
	void setReference(String value);

	/**
	 * Returns the value of the '<em><b>Reasons</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why the application is needed (from the authority rules).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reasons</em>' attribute list.
	 * @see org.backlot.model.permits.PermitsPackage#getPermitApplication_Reasons()
	 * @model
	 * @generated
	 */
	EList<String> getReasons();

} // PermitApplication
