/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.production;

import java.util.Date;

import org.backlot.model.breakdown.Breakdown;

import org.backlot.model.lighting.LightingPlan;

import org.backlot.model.permits.PermitApplication;

import org.backlot.model.schedule.Holiday;
import org.backlot.model.schedule.Schedule;

import org.backlot.model.script.Script;

import org.backlot.model.shots.ShotList;

import org.backlot.model.studio.Studio;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Production</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root of a *.backlot file.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.backlot.model.production.Production#getFileVersion <em>File Version</em>}</li>
 *   <li>{@link org.backlot.model.production.Production#getTitle <em>Title</em>}</li>
 *   <li>{@link org.backlot.model.production.Production#getOriginalTitle <em>Original Title</em>}</li>
 *   <li>{@link org.backlot.model.production.Production#getTranslatedTitle <em>Translated Title</em>}</li>
 *   <li>{@link org.backlot.model.production.Production#getCompany <em>Company</em>}</li>
 *   <li>{@link org.backlot.model.production.Production#getLanguage <em>Language</em>}</li>
 *   <li>{@link org.backlot.model.production.Production#getFormat <em>Format</em>}</li>
 *   <li>{@link org.backlot.model.production.Production#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link org.backlot.model.production.Production#getWrapDate <em>Wrap Date</em>}</li>
 *   <li>{@link org.backlot.model.production.Production#getStudio <em>Studio</em>}</li>
 *   <li>{@link org.backlot.model.production.Production#getDepartments <em>Departments</em>}</li>
 *   <li>{@link org.backlot.model.production.Production#getPeople <em>People</em>}</li>
 *   <li>{@link org.backlot.model.production.Production#getContacts <em>Contacts</em>}</li>
 *   <li>{@link org.backlot.model.production.Production#getScript <em>Script</em>}</li>
 *   <li>{@link org.backlot.model.production.Production#getBreakdown <em>Breakdown</em>}</li>
 *   <li>{@link org.backlot.model.production.Production#getShotList <em>Shot List</em>}</li>
 *   <li>{@link org.backlot.model.production.Production#getSchedules <em>Schedules</em>}</li>
 *   <li>{@link org.backlot.model.production.Production#getActiveSchedule <em>Active Schedule</em>}</li>
 *   <li>{@link org.backlot.model.production.Production#getHolidays <em>Holidays</em>}</li>
 *   <li>{@link org.backlot.model.production.Production#getLighting <em>Lighting</em>}</li>
 *   <li>{@link org.backlot.model.production.Production#getPermitApplications <em>Permit Applications</em>}</li>
 * </ul>
 *
 * @see org.backlot.model.production.ProductionPackage#getProduction()
 * @model
 * @generated
 */
public interface Production extends Identified {
	/**
	 * Returns the value of the '<em><b>File Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Version of the file format this production was saved with (see docs/file-format.md).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>File Version</em>' attribute.
	 * @see #setFileVersion(int)
	 * @see org.backlot.model.production.ProductionPackage#getProduction_FileVersion()
	 * @model
	 * @generated
	 */
	int getFileVersion();

	/**
	 * Sets the value of the '{@link org.backlot.model.production.Production#getFileVersion <em>File Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>File Version</em>' attribute.
	 * @see #getFileVersion()
	 * @generated
	 */
	void setFileVersion(int value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Working title, as the crew calls it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.backlot.model.production.ProductionPackage#getProduction_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.backlot.model.production.Production#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Original Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Title in the original language.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Original Title</em>' attribute.
	 * @see #setOriginalTitle(String)
	 * @see org.backlot.model.production.ProductionPackage#getProduction_OriginalTitle()
	 * @model
	 * @generated
	 */
	String getOriginalTitle();

	/**
	 * Sets the value of the '{@link org.backlot.model.production.Production#getOriginalTitle <em>Original Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Original Title</em>' attribute.
	 * @see #getOriginalTitle()
	 * @generated
	 */
	void setOriginalTitle(String value);

	/**
	 * Returns the value of the '<em><b>Translated Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Title in the other language of the suite (English or Chinese).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Translated Title</em>' attribute.
	 * @see #setTranslatedTitle(String)
	 * @see org.backlot.model.production.ProductionPackage#getProduction_TranslatedTitle()
	 * @model
	 * @generated
	 */
	String getTranslatedTitle();

	/**
	 * Sets the value of the '{@link org.backlot.model.production.Production#getTranslatedTitle <em>Translated Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Translated Title</em>' attribute.
	 * @see #getTranslatedTitle()
	 * @generated
	 */
	void setTranslatedTitle(String value);

	/**
	 * Returns the value of the '<em><b>Company</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Production company.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Company</em>' attribute.
	 * @see #setCompany(String)
	 * @see org.backlot.model.production.ProductionPackage#getProduction_Company()
	 * @model
	 * @generated
	 */
	String getCompany();

	/**
	 * Sets the value of the '{@link org.backlot.model.production.Production#getCompany <em>Company</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Company</em>' attribute.
	 * @see #getCompany()
	 * @generated
	 */
	void setCompany(String value);

	/**
	 * Returns the value of the '<em><b>Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Main language of the script, as a language tag (zh, en, ...).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Language</em>' attribute.
	 * @see #setLanguage(String)
	 * @see org.backlot.model.production.ProductionPackage#getProduction_Language()
	 * @model
	 * @generated
	 */
	String getLanguage();

	/**
	 * Sets the value of the '{@link org.backlot.model.production.Production#getLanguage <em>Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Language</em>' attribute.
	 * @see #getLanguage()
	 * @generated
	 */
	void setLanguage(String value);

	/**
	 * Returns the value of the '<em><b>Format</b></em>' attribute.
	 * The literals are from the enumeration {@link org.backlot.model.production.ProductionFormat}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Format</em>' attribute.
	 * @see org.backlot.model.production.ProductionFormat
	 * @see #setFormat(ProductionFormat)
	 * @see org.backlot.model.production.ProductionPackage#getProduction_Format()
	 * @model
	 * @generated
	 */
	ProductionFormat getFormat();

	/**
	 * Sets the value of the '{@link org.backlot.model.production.Production#getFormat <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format</em>' attribute.
	 * @see org.backlot.model.production.ProductionFormat
	 * @see #getFormat()
	 * @generated
	 */
	void setFormat(ProductionFormat value);

	/**
	 * Returns the value of the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * First day of principal photography.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Start Date</em>' attribute.
	 * @see #setStartDate(Date)
	 * @see org.backlot.model.production.ProductionPackage#getProduction_StartDate()
	 * @model
	 * @generated
	 */
	Date getStartDate();

	/**
	 * Sets the value of the '{@link org.backlot.model.production.Production#getStartDate <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Date</em>' attribute.
	 * @see #getStartDate()
	 * @generated
	 */
	void setStartDate(Date value);

	/**
	 * Returns the value of the '<em><b>Wrap Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Last day of principal photography.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Wrap Date</em>' attribute.
	 * @see #setWrapDate(Date)
	 * @see org.backlot.model.production.ProductionPackage#getProduction_WrapDate()
	 * @model
	 * @generated
	 */
	Date getWrapDate();

	/**
	 * Sets the value of the '{@link org.backlot.model.production.Production#getWrapDate <em>Wrap Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Wrap Date</em>' attribute.
	 * @see #getWrapDate()
	 * @generated
	 */
	void setWrapDate(Date value);

	/**
	 * Returns the value of the '<em><b>Studio</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The studio base the production works at (in its own *.backlot-studio file).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Studio</em>' reference.
	 * @see #setStudio(Studio)
	 * @see org.backlot.model.production.ProductionPackage#getProduction_Studio()
	 * @model
	 * @generated
	 */
	Studio getStudio();

	/**
	 * Sets the value of the '{@link org.backlot.model.production.Production#getStudio <em>Studio</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Studio</em>' reference.
	 * @see #getStudio()
	 * @generated
	 */
	void setStudio(Studio value);

	/**
	 * Returns the value of the '<em><b>Departments</b></em>' containment reference list.
	 * The list contents are of type {@link org.backlot.model.production.Department}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Departments</em>' containment reference list.
	 * @see org.backlot.model.production.ProductionPackage#getProduction_Departments()
	 * @model containment="true"
	 * @generated
	 */
	EList<Department> getDepartments();

	/**
	 * Returns the value of the '<em><b>People</b></em>' containment reference list.
	 * The list contents are of type {@link org.backlot.model.production.Person}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Crew and cast contacts of the production.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>People</em>' containment reference list.
	 * @see org.backlot.model.production.ProductionPackage#getProduction_People()
	 * @model containment="true"
	 * @generated
	 */
	EList<Person> getPeople();

	/**
	 * Returns the value of the '<em><b>Contacts</b></em>' containment reference list.
	 * The list contents are of type {@link org.backlot.model.production.Contact}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Outside contacts: owners, officials, suppliers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Contacts</em>' containment reference list.
	 * @see org.backlot.model.production.ProductionPackage#getProduction_Contacts()
	 * @model containment="true"
	 * @generated
	 */
	EList<Contact> getContacts();

	/**
	 * Returns the value of the '<em><b>Script</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Script</em>' containment reference.
	 * @see #setScript(Script)
	 * @see org.backlot.model.production.ProductionPackage#getProduction_Script()
	 * @model containment="true"
	 * @generated
	 */
	Script getScript();

	/**
	 * Sets the value of the '{@link org.backlot.model.production.Production#getScript <em>Script</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Script</em>' containment reference.
	 * @see #getScript()
	 * @generated
	 */
	void setScript(Script value);

	/**
	 * Returns the value of the '<em><b>Breakdown</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Breakdown</em>' containment reference.
	 * @see #setBreakdown(Breakdown)
	 * @see org.backlot.model.production.ProductionPackage#getProduction_Breakdown()
	 * @model containment="true"
	 * @generated
	 */
	Breakdown getBreakdown();

	/**
	 * Sets the value of the '{@link org.backlot.model.production.Production#getBreakdown <em>Breakdown</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Breakdown</em>' containment reference.
	 * @see #getBreakdown()
	 * @generated
	 */
	void setBreakdown(Breakdown value);

	/**
	 * Returns the value of the '<em><b>Shot List</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Shot List</em>' containment reference.
	 * @see #setShotList(ShotList)
	 * @see org.backlot.model.production.ProductionPackage#getProduction_ShotList()
	 * @model containment="true"
	 * @generated
	 */
	ShotList getShotList();

	/**
	 * Sets the value of the '{@link org.backlot.model.production.Production#getShotList <em>Shot List</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Shot List</em>' containment reference.
	 * @see #getShotList()
	 * @generated
	 */
	void setShotList(ShotList value);

	/**
	 * Returns the value of the '<em><b>Schedules</b></em>' containment reference list.
	 * The list contents are of type {@link org.backlot.model.schedule.Schedule}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Alternative schedules (boards); one is active.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Schedules</em>' containment reference list.
	 * @see org.backlot.model.production.ProductionPackage#getProduction_Schedules()
	 * @model containment="true"
	 * @generated
	 */
	EList<Schedule> getSchedules();

	/**
	 * Returns the value of the '<em><b>Active Schedule</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Active Schedule</em>' reference.
	 * @see #setActiveSchedule(Schedule)
	 * @see org.backlot.model.production.ProductionPackage#getProduction_ActiveSchedule()
	 * @model
	 * @generated
	 */
	Schedule getActiveSchedule();

	/**
	 * Sets the value of the '{@link org.backlot.model.production.Production#getActiveSchedule <em>Active Schedule</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Active Schedule</em>' reference.
	 * @see #getActiveSchedule()
	 * @generated
	 */
	void setActiveSchedule(Schedule value);

	/**
	 * Returns the value of the '<em><b>Holidays</b></em>' containment reference list.
	 * The list contents are of type {@link org.backlot.model.schedule.Holiday}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Company holidays: no shooting.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Holidays</em>' containment reference list.
	 * @see org.backlot.model.production.ProductionPackage#getProduction_Holidays()
	 * @model containment="true"
	 * @generated
	 */
	EList<Holiday> getHolidays();

	/**
	 * Returns the value of the '<em><b>Lighting</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lighting</em>' containment reference.
	 * @see #setLighting(LightingPlan)
	 * @see org.backlot.model.production.ProductionPackage#getProduction_Lighting()
	 * @model containment="true"
	 * @generated
	 */
	LightingPlan getLighting();

	/**
	 * Sets the value of the '{@link org.backlot.model.production.Production#getLighting <em>Lighting</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lighting</em>' containment reference.
	 * @see #getLighting()
	 * @generated
	 */
	void setLighting(LightingPlan value);

	/**
	 * Returns the value of the '<em><b>Permit Applications</b></em>' containment reference list.
	 * The list contents are of type {@link org.backlot.model.permits.PermitApplication}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Permit Applications</em>' containment reference list.
	 * @see org.backlot.model.production.ProductionPackage#getProduction_PermitApplications()
	 * @model containment="true"
	 * @generated
	 */
	EList<PermitApplication> getPermitApplications();

} // Production
