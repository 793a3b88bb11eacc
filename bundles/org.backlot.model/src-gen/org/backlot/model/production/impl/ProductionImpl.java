/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.production.impl;

import java.util.Collection;
import java.util.Date;

import org.backlot.model.breakdown.Breakdown;

import org.backlot.model.lighting.LightingPlan;

import org.backlot.model.permits.PermitApplication;

import org.backlot.model.production.Contact;
import org.backlot.model.production.Department;
import org.backlot.model.production.Person;
import org.backlot.model.production.Production;
import org.backlot.model.production.ProductionFormat;
import org.backlot.model.production.ProductionPackage;

import org.backlot.model.schedule.Holiday;
import org.backlot.model.schedule.Schedule;

import org.backlot.model.script.Script;

import org.backlot.model.shots.ShotList;

import org.backlot.model.studio.Studio;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Production</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.backlot.model.production.impl.ProductionImpl#getFileVersion <em>File Version</em>}</li>
 *   <li>{@link org.backlot.model.production.impl.ProductionImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.backlot.model.production.impl.ProductionImpl#getOriginalTitle <em>Original Title</em>}</li>
 *   <li>{@link org.backlot.model.production.impl.ProductionImpl#getTranslatedTitle <em>Translated Title</em>}</li>
 *   <li>{@link org.backlot.model.production.impl.ProductionImpl#getCompany <em>Company</em>}</li>
 *   <li>{@link org.backlot.model.production.impl.ProductionImpl#getLanguage <em>Language</em>}</li>
 *   <li>{@link org.backlot.model.production.impl.ProductionImpl#getFormat <em>Format</em>}</li>
 *   <li>{@link org.backlot.model.production.impl.ProductionImpl#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link org.backlot.model.production.impl.ProductionImpl#getWrapDate <em>Wrap Date</em>}</li>
 *   <li>{@link org.backlot.model.production.impl.ProductionImpl#getStudio <em>Studio</em>}</li>
 *   <li>{@link org.backlot.model.production.impl.ProductionImpl#getDepartments <em>Departments</em>}</li>
 *   <li>{@link org.backlot.model.production.impl.ProductionImpl#getPeople <em>People</em>}</li>
 *   <li>{@link org.backlot.model.production.impl.ProductionImpl#getContacts <em>Contacts</em>}</li>
 *   <li>{@link org.backlot.model.production.impl.ProductionImpl#getScript <em>Script</em>}</li>
 *   <li>{@link org.backlot.model.production.impl.ProductionImpl#getBreakdown <em>Breakdown</em>}</li>
 *   <li>{@link org.backlot.model.production.impl.ProductionImpl#getShotList <em>Shot List</em>}</li>
 *   <li>{@link org.backlot.model.production.impl.ProductionImpl#getSchedules <em>Schedules</em>}</li>
 *   <li>{@link org.backlot.model.production.impl.ProductionImpl#getActiveSchedule <em>Active Schedule</em>}</li>
 *   <li>{@link org.backlot.model.production.impl.ProductionImpl#getHolidays <em>Holidays</em>}</li>
 *   <li>{@link org.backlot.model.production.impl.ProductionImpl#getLighting <em>Lighting</em>}</li>
 *   <li>{@link org.backlot.model.production.impl.ProductionImpl#getPermitApplications <em>Permit Applications</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProductionImpl extends IdentifiedImpl implements Production {
	/**
	 * The default value of the '{@link #getFileVersion() <em>File Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFileVersion()
	 * @generated
	 * @ordered
	 */
	protected static final int FILE_VERSION_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFileVersion() <em>File Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFileVersion()
	 * @generated
	 * @ordered
	 */
	protected int fileVersion = FILE_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getOriginalTitle() <em>Original Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOriginalTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String ORIGINAL_TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOriginalTitle() <em>Original Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOriginalTitle()
	 * @generated
	 * @ordered
	 */
	protected String originalTitle = ORIGINAL_TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTranslatedTitle() <em>Translated Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTranslatedTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TRANSLATED_TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTranslatedTitle() <em>Translated Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTranslatedTitle()
	 * @generated
	 * @ordered
	 */
	protected String translatedTitle = TRANSLATED_TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCompany() <em>Company</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompany()
	 * @generated
	 * @ordered
	 */
	protected static final String COMPANY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCompany() <em>Company</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompany()
	 * @generated
	 * @ordered
	 */
	protected String company = COMPANY_EDEFAULT;

	/**
	 * The default value of the '{@link #getLanguage() <em>Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLanguage()
	 * @generated
	 * @ordered
	 */
	protected static final String LANGUAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLanguage() <em>Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLanguage()
	 * @generated
	 * @ordered
	 */
	protected String language = LANGUAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getFormat() <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormat()
	 * @generated
	 * @ordered
	 */
	protected static final ProductionFormat FORMAT_EDEFAULT = ProductionFormat.FEATURE;

	/**
	 * The cached value of the '{@link #getFormat() <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormat()
	 * @generated
	 * @ordered
	 */
	protected ProductionFormat format = FORMAT_EDEFAULT;

	/**
	 * The default value of the '{@link #getStartDate() <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartDate()
	 * @generated
	 * @ordered
	 */
	protected static final Date START_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStartDate() <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartDate()
	 * @generated
	 * @ordered
	 */
	protected Date startDate = START_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getWrapDate() <em>Wrap Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWrapDate()
	 * @generated
	 * @ordered
	 */
	protected static final Date WRAP_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWrapDate() <em>Wrap Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWrapDate()
	 * @generated
	 * @ordered
	 */
	protected Date wrapDate = WRAP_DATE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getStudio() <em>Studio</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStudio()
	 * @generated
	 * @ordered
	 */
	protected Studio studio;

	/**
	 * The cached value of the '{@link #getDepartments() <em>Departments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDepartments()
	 * @generated
	 * @ordered
	 */
	protected EList<Department> departments;

	/**
	 * The cached value of the '{@link #getPeople() <em>People</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeople()
	 * @generated
	 * @ordered
	 */
	protected EList<Person> people;

	/**
	 * The cached value of the '{@link #getContacts() <em>Contacts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContacts()
	 * @generated
	 * @ordered
	 */
	protected EList<Contact> contacts;

	/**
	 * The cached value of the '{@link #getScript() <em>Script</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScript()
	 * @generated
	 * @ordered
	 */
	protected Script script;

	/**
	 * The cached value of the '{@link #getBreakdown() <em>Breakdown</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBreakdown()
	 * @generated
	 * @ordered
	 */
	protected Breakdown breakdown;

	/**
	 * The cached value of the '{@link #getShotList() <em>Shot List</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShotList()
	 * @generated
	 * @ordered
	 */
	protected ShotList shotList;

	/**
	 * The cached value of the '{@link #getSchedules() <em>Schedules</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSchedules()
	 * @generated
	 * @ordered
	 */
	protected EList<Schedule> schedules;

	/**
	 * The cached value of the '{@link #getActiveSchedule() <em>Active Schedule</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActiveSchedule()
	 * @generated
	 * @ordered
	 */
	protected Schedule activeSchedule;

	/**
	 * The cached value of the '{@link #getHolidays() <em>Holidays</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHolidays()
	 * @generated
	 * @ordered
	 */
	protected EList<Holiday> holidays;

	/**
	 * The cached value of the '{@link #getLighting() <em>Lighting</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLighting()
	 * @generated
	 * @ordered
	 */
	protected LightingPlan lighting;

	/**
	 * The cached value of the '{@link #getPermitApplications() <em>Permit Applications</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPermitApplications()
	 * @generated
	 * @ordered
	 */
	protected EList<PermitApplication> permitApplications;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProductionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ProductionPackage.Literals.PRODUCTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFileVersion() {
		return fileVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFileVersion(int newFileVersion) {
		int oldFileVersion = fileVersion;
		fileVersion = newFileVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProductionPackage.PRODUCTION__FILE_VERSION, oldFileVersion, fileVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProductionPackage.PRODUCTION__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOriginalTitle() {
		return originalTitle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOriginalTitle(String newOriginalTitle) {
		String oldOriginalTitle = originalTitle;
		originalTitle = newOriginalTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProductionPackage.PRODUCTION__ORIGINAL_TITLE, oldOriginalTitle, originalTitle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTranslatedTitle() {
		return translatedTitle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTranslatedTitle(String newTranslatedTitle) {
		String oldTranslatedTitle = translatedTitle;
		translatedTitle = newTranslatedTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProductionPackage.PRODUCTION__TRANSLATED_TITLE, oldTranslatedTitle, translatedTitle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCompany() {
		return company;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCompany(String newCompany) {
		String oldCompany = company;
		company = newCompany;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProductionPackage.PRODUCTION__COMPANY, oldCompany, company));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLanguage() {
		return language;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLanguage(String newLanguage) {
		String oldLanguage = language;
		language = newLanguage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProductionPackage.PRODUCTION__LANGUAGE, oldLanguage, language));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProductionFormat getFormat() {
		return format;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFormat(ProductionFormat newFormat) {
		ProductionFormat oldFormat = format;
		format = newFormat == null ? FORMAT_EDEFAULT : newFormat;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProductionPackage.PRODUCTION__FORMAT, oldFormat, format));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getStartDate() {
		return startDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartDate(Date newStartDate) {
		Date oldStartDate = startDate;
		startDate = newStartDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProductionPackage.PRODUCTION__START_DATE, oldStartDate, startDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getWrapDate() {
		return wrapDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWrapDate(Date newWrapDate) {
		Date oldWrapDate = wrapDate;
		wrapDate = newWrapDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProductionPackage.PRODUCTION__WRAP_DATE, oldWrapDate, wrapDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Studio getStudio() {
		if (studio != null && studio.eIsProxy()) {
			InternalEObject oldStudio = (InternalEObject)studio;
			studio = (Studio)eResolveProxy(oldStudio);
			if (studio != oldStudio) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ProductionPackage.PRODUCTION__STUDIO, oldStudio, studio));
			}
		}
		return studio;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Studio basicGetStudio() {
		return studio;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStudio(Studio newStudio) {
		Studio oldStudio = studio;
		studio = newStudio;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProductionPackage.PRODUCTION__STUDIO, oldStudio, studio));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Department> getDepartments() {
		if (departments == null) {
			departments = new EObjectContainmentEList<Department>(Department.class, this, ProductionPackage.PRODUCTION__DEPARTMENTS);
		}
		return departments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Person> getPeople() {
		if (people == null) {
			people = new EObjectContainmentEList<Person>(Person.class, this, ProductionPackage.PRODUCTION__PEOPLE);
		}
		return people;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Contact> getContacts() {
		if (contacts == null) {
			contacts = new EObjectContainmentEList<Contact>(Contact.class, this, ProductionPackage.PRODUCTION__CONTACTS);
		}
		return contacts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Script getScript() {
		return script;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetScript(Script newScript, NotificationChain msgs) {
		Script oldScript = script;
		script = newScript;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ProductionPackage.PRODUCTION__SCRIPT, oldScript, newScript);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScript(Script newScript) {
		if (newScript != script) {
			NotificationChain msgs = null;
			if (script != null)
				msgs = ((InternalEObject)script).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ProductionPackage.PRODUCTION__SCRIPT, null, msgs);
			if (newScript != null)
				msgs = ((InternalEObject)newScript).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ProductionPackage.PRODUCTION__SCRIPT, null, msgs);
			msgs = basicSetScript(newScript, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProductionPackage.PRODUCTION__SCRIPT, newScript, newScript));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Breakdown getBreakdown() {
		return breakdown;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetBreakdown(Breakdown newBreakdown, NotificationChain msgs) {
		Breakdown oldBreakdown = breakdown;
		breakdown = newBreakdown;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ProductionPackage.PRODUCTION__BREAKDOWN, oldBreakdown, newBreakdown);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBreakdown(Breakdown newBreakdown) {
		if (newBreakdown != breakdown) {
			NotificationChain msgs = null;
			if (breakdown != null)
				msgs = ((InternalEObject)breakdown).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ProductionPackage.PRODUCTION__BREAKDOWN, null, msgs);
			if (newBreakdown != null)
				msgs = ((InternalEObject)newBreakdown).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ProductionPackage.PRODUCTION__BREAKDOWN, null, msgs);
			msgs = basicSetBreakdown(newBreakdown, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProductionPackage.PRODUCTION__BREAKDOWN, newBreakdown, newBreakdown));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ShotList getShotList() {
		return shotList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetShotList(ShotList newShotList, NotificationChain msgs) {
		ShotList oldShotList = shotList;
		shotList = newShotList;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ProductionPackage.PRODUCTION__SHOT_LIST, oldShotList, newShotList);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setShotList(ShotList newShotList) {
		if (newShotList != shotList) {
			NotificationChain msgs = null;
			if (shotList != null)
				msgs = ((InternalEObject)shotList).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ProductionPackage.PRODUCTION__SHOT_LIST, null, msgs);
			if (newShotList != null)
				msgs = ((InternalEObject)newShotList).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ProductionPackage.PRODUCTION__SHOT_LIST, null, msgs);
			msgs = basicSetShotList(newShotList, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProductionPackage.PRODUCTION__SHOT_LIST, newShotList, newShotList));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Schedule> getSchedules() {
		if (schedules == null) {
			schedules = new EObjectContainmentEList<Schedule>(Schedule.class, this, ProductionPackage.PRODUCTION__SCHEDULES);
		}
		return schedules;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Schedule getActiveSchedule() {
		if (activeSchedule != null && activeSchedule.eIsProxy()) {
			InternalEObject oldActiveSchedule = (InternalEObject)activeSchedule;
			activeSchedule = (Schedule)eResolveProxy(oldActiveSchedule);
			if (activeSchedule != oldActiveSchedule) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ProductionPackage.PRODUCTION__ACTIVE_SCHEDULE, oldActiveSchedule, activeSchedule));
			}
		}
		return activeSchedule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Schedule basicGetActiveSchedule() {
		return activeSchedule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActiveSchedule(Schedule newActiveSchedule) {
		Schedule oldActiveSchedule = activeSchedule;
		activeSchedule = newActiveSchedule;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProductionPackage.PRODUCTION__ACTIVE_SCHEDULE, oldActiveSchedule, activeSchedule));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Holiday> getHolidays() {
		if (holidays == null) {
			holidays = new EObjectContainmentEList<Holiday>(Holiday.class, this, ProductionPackage.PRODUCTION__HOLIDAYS);
		}
		return holidays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LightingPlan getLighting() {
		return lighting;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetLighting(LightingPlan newLighting, NotificationChain msgs) {
		LightingPlan oldLighting = lighting;
		lighting = newLighting;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ProductionPackage.PRODUCTION__LIGHTING, oldLighting, newLighting);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLighting(LightingPlan newLighting) {
		if (newLighting != lighting) {
			NotificationChain msgs = null;
			if (lighting != null)
				msgs = ((InternalEObject)lighting).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ProductionPackage.PRODUCTION__LIGHTING, null, msgs);
			if (newLighting != null)
				msgs = ((InternalEObject)newLighting).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ProductionPackage.PRODUCTION__LIGHTING, null, msgs);
			msgs = basicSetLighting(newLighting, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProductionPackage.PRODUCTION__LIGHTING, newLighting, newLighting));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PermitApplication> getPermitApplications() {
		if (permitApplications == null) {
			permitApplications = new EObjectContainmentEList<PermitApplication>(PermitApplication.class, this, ProductionPackage.PRODUCTION__PERMIT_APPLICATIONS);
		}
		return permitApplications;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ProductionPackage.PRODUCTION__DEPARTMENTS:
				return ((InternalEList<?>)getDepartments()).basicRemove(otherEnd, msgs);
			case ProductionPackage.PRODUCTION__PEOPLE:
				return ((InternalEList<?>)getPeople()).basicRemove(otherEnd, msgs);
			case ProductionPackage.PRODUCTION__CONTACTS:
				return ((InternalEList<?>)getContacts()).basicRemove(otherEnd, msgs);
			case ProductionPackage.PRODUCTION__SCRIPT:
				return basicSetScript(null, msgs);
			case ProductionPackage.PRODUCTION__BREAKDOWN:
				return basicSetBreakdown(null, msgs);
			case ProductionPackage.PRODUCTION__SHOT_LIST:
				return basicSetShotList(null, msgs);
			case ProductionPackage.PRODUCTION__SCHEDULES:
				return ((InternalEList<?>)getSchedules()).basicRemove(otherEnd, msgs);
			case ProductionPackage.PRODUCTION__HOLIDAYS:
				return ((InternalEList<?>)getHolidays()).basicRemove(otherEnd, msgs);
			case ProductionPackage.PRODUCTION__LIGHTING:
				return basicSetLighting(null, msgs);
			case ProductionPackage.PRODUCTION__PERMIT_APPLICATIONS:
				return ((InternalEList<?>)getPermitApplications()).basicRemove(otherEnd, msgs);
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
			case ProductionPackage.PRODUCTION__FILE_VERSION:
				return getFileVersion();
			case ProductionPackage.PRODUCTION__TITLE:
				return getTitle();
			case ProductionPackage.PRODUCTION__ORIGINAL_TITLE:
				return getOriginalTitle();
			case ProductionPackage.PRODUCTION__TRANSLATED_TITLE:
				return getTranslatedTitle();
			case ProductionPackage.PRODUCTION__COMPANY:
				return getCompany();
			case ProductionPackage.PRODUCTION__LANGUAGE:
				return getLanguage();
			case ProductionPackage.PRODUCTION__FORMAT:
				return getFormat();
			case ProductionPackage.PRODUCTION__START_DATE:
				return getStartDate();
			case ProductionPackage.PRODUCTION__WRAP_DATE:
				return getWrapDate();
			case ProductionPackage.PRODUCTION__STUDIO:
				if (resolve) return getStudio();
				return basicGetStudio();
			case ProductionPackage.PRODUCTION__DEPARTMENTS:
				return getDepartments();
			case ProductionPackage.PRODUCTION__PEOPLE:
				return getPeople();
			case ProductionPackage.PRODUCTION__CONTACTS:
				return getContacts();
			case ProductionPackage.PRODUCTION__SCRIPT:
				return getScript();
			case ProductionPackage.PRODUCTION__BREAKDOWN:
				return getBreakdown();
			case ProductionPackage.PRODUCTION__SHOT_LIST:
				return getShotList();
			case ProductionPackage.PRODUCTION__SCHEDULES:
				return getSchedules();
			case ProductionPackage.PRODUCTION__ACTIVE_SCHEDULE:
				if (resolve) return getActiveSchedule();
				return basicGetActiveSchedule();
			case ProductionPackage.PRODUCTION__HOLIDAYS:
				return getHolidays();
			case ProductionPackage.PRODUCTION__LIGHTING:
				return getLighting();
			case ProductionPackage.PRODUCTION__PERMIT_APPLICATIONS:
				return getPermitApplications();
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
			case ProductionPackage.PRODUCTION__FILE_VERSION:
				setFileVersion((Integer)newValue);
				return;
			case ProductionPackage.PRODUCTION__TITLE:
				setTitle((String)newValue);
				return;
			case ProductionPackage.PRODUCTION__ORIGINAL_TITLE:
				setOriginalTitle((String)newValue);
				return;
			case ProductionPackage.PRODUCTION__TRANSLATED_TITLE:
				setTranslatedTitle((String)newValue);
				return;
			case ProductionPackage.PRODUCTION__COMPANY:
				setCompany((String)newValue);
				return;
			case ProductionPackage.PRODUCTION__LANGUAGE:
				setLanguage((String)newValue);
				return;
			case ProductionPackage.PRODUCTION__FORMAT:
				setFormat((ProductionFormat)newValue);
				return;
			case ProductionPackage.PRODUCTION__START_DATE:
				setStartDate((Date)newValue);
				return;
			case ProductionPackage.PRODUCTION__WRAP_DATE:
				setWrapDate((Date)newValue);
				return;
			case ProductionPackage.PRODUCTION__STUDIO:
				setStudio((Studio)newValue);
				return;
			case ProductionPackage.PRODUCTION__DEPARTMENTS:
				getDepartments().clear();
				getDepartments().addAll((Collection<? extends Department>)newValue);
				return;
			case ProductionPackage.PRODUCTION__PEOPLE:
				getPeople().clear();
				getPeople().addAll((Collection<? extends Person>)newValue);
				return;
			case ProductionPackage.PRODUCTION__CONTACTS:
				getContacts().clear();
				getContacts().addAll((Collection<? extends Contact>)newValue);
				return;
			case ProductionPackage.PRODUCTION__SCRIPT:
				setScript((Script)newValue);
				return;
			case ProductionPackage.PRODUCTION__BREAKDOWN:
				setBreakdown((Breakdown)newValue);
				return;
			case ProductionPackage.PRODUCTION__SHOT_LIST:
				setShotList((ShotList)newValue);
				return;
			case ProductionPackage.PRODUCTION__SCHEDULES:
				getSchedules().clear();
				getSchedules().addAll((Collection<? extends Schedule>)newValue);
				return;
			case ProductionPackage.PRODUCTION__ACTIVE_SCHEDULE:
				setActiveSchedule((Schedule)newValue);
				return;
			case ProductionPackage.PRODUCTION__HOLIDAYS:
				getHolidays().clear();
				getHolidays().addAll((Collection<? extends Holiday>)newValue);
				return;
			case ProductionPackage.PRODUCTION__LIGHTING:
				setLighting((LightingPlan)newValue);
				return;
			case ProductionPackage.PRODUCTION__PERMIT_APPLICATIONS:
				getPermitApplications().clear();
				getPermitApplications().addAll((Collection<? extends PermitApplication>)newValue);
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
			case ProductionPackage.PRODUCTION__FILE_VERSION:
				setFileVersion(FILE_VERSION_EDEFAULT);
				return;
			case ProductionPackage.PRODUCTION__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case ProductionPackage.PRODUCTION__ORIGINAL_TITLE:
				setOriginalTitle(ORIGINAL_TITLE_EDEFAULT);
				return;
			case ProductionPackage.PRODUCTION__TRANSLATED_TITLE:
				setTranslatedTitle(TRANSLATED_TITLE_EDEFAULT);
				return;
			case ProductionPackage.PRODUCTION__COMPANY:
				setCompany(COMPANY_EDEFAULT);
				return;
			case ProductionPackage.PRODUCTION__LANGUAGE:
				setLanguage(LANGUAGE_EDEFAULT);
				return;
			case ProductionPackage.PRODUCTION__FORMAT:
				setFormat(FORMAT_EDEFAULT);
				return;
			case ProductionPackage.PRODUCTION__START_DATE:
				setStartDate(START_DATE_EDEFAULT);
				return;
			case ProductionPackage.PRODUCTION__WRAP_DATE:
				setWrapDate(WRAP_DATE_EDEFAULT);
				return;
			case ProductionPackage.PRODUCTION__STUDIO:
				setStudio((Studio)null);
				return;
			case ProductionPackage.PRODUCTION__DEPARTMENTS:
				getDepartments().clear();
				return;
			case ProductionPackage.PRODUCTION__PEOPLE:
				getPeople().clear();
				return;
			case ProductionPackage.PRODUCTION__CONTACTS:
				getContacts().clear();
				return;
			case ProductionPackage.PRODUCTION__SCRIPT:
				setScript((Script)null);
				return;
			case ProductionPackage.PRODUCTION__BREAKDOWN:
				setBreakdown((Breakdown)null);
				return;
			case ProductionPackage.PRODUCTION__SHOT_LIST:
				setShotList((ShotList)null);
				return;
			case ProductionPackage.PRODUCTION__SCHEDULES:
				getSchedules().clear();
				return;
			case ProductionPackage.PRODUCTION__ACTIVE_SCHEDULE:
				setActiveSchedule((Schedule)null);
				return;
			case ProductionPackage.PRODUCTION__HOLIDAYS:
				getHolidays().clear();
				return;
			case ProductionPackage.PRODUCTION__LIGHTING:
				setLighting((LightingPlan)null);
				return;
			case ProductionPackage.PRODUCTION__PERMIT_APPLICATIONS:
				getPermitApplications().clear();
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
			case ProductionPackage.PRODUCTION__FILE_VERSION:
				return fileVersion != FILE_VERSION_EDEFAULT;
			case ProductionPackage.PRODUCTION__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case ProductionPackage.PRODUCTION__ORIGINAL_TITLE:
				return ORIGINAL_TITLE_EDEFAULT == null ? originalTitle != null : !ORIGINAL_TITLE_EDEFAULT.equals(originalTitle);
			case ProductionPackage.PRODUCTION__TRANSLATED_TITLE:
				return TRANSLATED_TITLE_EDEFAULT == null ? translatedTitle != null : !TRANSLATED_TITLE_EDEFAULT.equals(translatedTitle);
			case ProductionPackage.PRODUCTION__COMPANY:
				return COMPANY_EDEFAULT == null ? company != null : !COMPANY_EDEFAULT.equals(company);
			case ProductionPackage.PRODUCTION__LANGUAGE:
				return LANGUAGE_EDEFAULT == null ? language != null : !LANGUAGE_EDEFAULT.equals(language);
			case ProductionPackage.PRODUCTION__FORMAT:
				return format != FORMAT_EDEFAULT;
			case ProductionPackage.PRODUCTION__START_DATE:
				return START_DATE_EDEFAULT == null ? startDate != null : !START_DATE_EDEFAULT.equals(startDate);
			case ProductionPackage.PRODUCTION__WRAP_DATE:
				return WRAP_DATE_EDEFAULT == null ? wrapDate != null : !WRAP_DATE_EDEFAULT.equals(wrapDate);
			case ProductionPackage.PRODUCTION__STUDIO:
				return studio != null;
			case ProductionPackage.PRODUCTION__DEPARTMENTS:
				return departments != null && !departments.isEmpty();
			case ProductionPackage.PRODUCTION__PEOPLE:
				return people != null && !people.isEmpty();
			case ProductionPackage.PRODUCTION__CONTACTS:
				return contacts != null && !contacts.isEmpty();
			case ProductionPackage.PRODUCTION__SCRIPT:
				return script != null;
			case ProductionPackage.PRODUCTION__BREAKDOWN:
				return breakdown != null;
			case ProductionPackage.PRODUCTION__SHOT_LIST:
				return shotList != null;
			case ProductionPackage.PRODUCTION__SCHEDULES:
				return schedules != null && !schedules.isEmpty();
			case ProductionPackage.PRODUCTION__ACTIVE_SCHEDULE:
				return activeSchedule != null;
			case ProductionPackage.PRODUCTION__HOLIDAYS:
				return holidays != null && !holidays.isEmpty();
			case ProductionPackage.PRODUCTION__LIGHTING:
				return lighting != null;
			case ProductionPackage.PRODUCTION__PERMIT_APPLICATIONS:
				return permitApplications != null && !permitApplications.isEmpty();
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
		result.append(" (fileVersion: ");
		result.append(fileVersion);
		result.append(", title: ");
		result.append(title);
		result.append(", originalTitle: ");
		result.append(originalTitle);
		result.append(", translatedTitle: ");
		result.append(translatedTitle);
		result.append(", company: ");
		result.append(company);
		result.append(", language: ");
		result.append(language);
		result.append(", format: ");
		result.append(format);
		result.append(", startDate: ");
		result.append(startDate);
		result.append(", wrapDate: ");
		result.append(wrapDate);
		result.append(')');
		return result.toString();
	}

} //ProductionImpl
