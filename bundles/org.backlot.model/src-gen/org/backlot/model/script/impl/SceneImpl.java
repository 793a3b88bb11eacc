/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.script.impl;

import java.util.Collection;

import org.backlot.model.production.impl.IdentifiedImpl;

import org.backlot.model.script.IntExt;
import org.backlot.model.script.Paragraph;
import org.backlot.model.script.Revision;
import org.backlot.model.script.Scene;
import org.backlot.model.script.SceneChange;
import org.backlot.model.script.ScriptPackage;
import org.backlot.model.script.TimeOfDay;

import org.backlot.model.studio.Location;
import org.backlot.model.studio.Stage;

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
 * An implementation of the model object '<em><b>Scene</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.backlot.model.script.impl.SceneImpl#getNumber <em>Number</em>}</li>
 *   <li>{@link org.backlot.model.script.impl.SceneImpl#getHeading <em>Heading</em>}</li>
 *   <li>{@link org.backlot.model.script.impl.SceneImpl#getIntExt <em>Int Ext</em>}</li>
 *   <li>{@link org.backlot.model.script.impl.SceneImpl#getSetName <em>Set Name</em>}</li>
 *   <li>{@link org.backlot.model.script.impl.SceneImpl#getLocation <em>Location</em>}</li>
 *   <li>{@link org.backlot.model.script.impl.SceneImpl#getStage <em>Stage</em>}</li>
 *   <li>{@link org.backlot.model.script.impl.SceneImpl#getTimeOfDay <em>Time Of Day</em>}</li>
 *   <li>{@link org.backlot.model.script.impl.SceneImpl#getEighths <em>Eighths</em>}</li>
 *   <li>{@link org.backlot.model.script.impl.SceneImpl#getStartPage <em>Start Page</em>}</li>
 *   <li>{@link org.backlot.model.script.impl.SceneImpl#getSynopsis <em>Synopsis</em>}</li>
 *   <li>{@link org.backlot.model.script.impl.SceneImpl#getStoryDay <em>Story Day</em>}</li>
 *   <li>{@link org.backlot.model.script.impl.SceneImpl#isOmitted <em>Omitted</em>}</li>
 *   <li>{@link org.backlot.model.script.impl.SceneImpl#getRevision <em>Revision</em>}</li>
 *   <li>{@link org.backlot.model.script.impl.SceneImpl#getChange <em>Change</em>}</li>
 *   <li>{@link org.backlot.model.script.impl.SceneImpl#getTimeAsWritten <em>Time As Written</em>}</li>
 *   <li>{@link org.backlot.model.script.impl.SceneImpl#getParagraphs <em>Paragraphs</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SceneImpl extends IdentifiedImpl implements Scene {
	/**
	 * The default value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected String number = NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getHeading() <em>Heading</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeading()
	 * @generated
	 * @ordered
	 */
	protected static final String HEADING_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHeading() <em>Heading</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeading()
	 * @generated
	 * @ordered
	 */
	protected String heading = HEADING_EDEFAULT;

	/**
	 * The default value of the '{@link #getIntExt() <em>Int Ext</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIntExt()
	 * @generated
	 * @ordered
	 */
	protected static final IntExt INT_EXT_EDEFAULT = IntExt.INT;

	/**
	 * The cached value of the '{@link #getIntExt() <em>Int Ext</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIntExt()
	 * @generated
	 * @ordered
	 */
	protected IntExt intExt = INT_EXT_EDEFAULT;

	/**
	 * The default value of the '{@link #getSetName() <em>Set Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSetName()
	 * @generated
	 * @ordered
	 */
	protected static final String SET_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSetName() <em>Set Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSetName()
	 * @generated
	 * @ordered
	 */
	protected String setName = SET_NAME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLocation() <em>Location</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocation()
	 * @generated
	 * @ordered
	 */
	protected Location location;

	/**
	 * The cached value of the '{@link #getStage() <em>Stage</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStage()
	 * @generated
	 * @ordered
	 */
	protected Stage stage;

	/**
	 * The default value of the '{@link #getTimeOfDay() <em>Time Of Day</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeOfDay()
	 * @generated
	 * @ordered
	 */
	protected static final TimeOfDay TIME_OF_DAY_EDEFAULT = TimeOfDay.DAY;

	/**
	 * The cached value of the '{@link #getTimeOfDay() <em>Time Of Day</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeOfDay()
	 * @generated
	 * @ordered
	 */
	protected TimeOfDay timeOfDay = TIME_OF_DAY_EDEFAULT;

	/**
	 * The default value of the '{@link #getEighths() <em>Eighths</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEighths()
	 * @generated
	 * @ordered
	 */
	protected static final int EIGHTHS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getEighths() <em>Eighths</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEighths()
	 * @generated
	 * @ordered
	 */
	protected int eighths = EIGHTHS_EDEFAULT;

	/**
	 * The default value of the '{@link #getStartPage() <em>Start Page</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartPage()
	 * @generated
	 * @ordered
	 */
	protected static final int START_PAGE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getStartPage() <em>Start Page</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartPage()
	 * @generated
	 * @ordered
	 */
	protected int startPage = START_PAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSynopsis() <em>Synopsis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSynopsis()
	 * @generated
	 * @ordered
	 */
	protected static final String SYNOPSIS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSynopsis() <em>Synopsis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSynopsis()
	 * @generated
	 * @ordered
	 */
	protected String synopsis = SYNOPSIS_EDEFAULT;

	/**
	 * The default value of the '{@link #getStoryDay() <em>Story Day</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStoryDay()
	 * @generated
	 * @ordered
	 */
	protected static final int STORY_DAY_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getStoryDay() <em>Story Day</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStoryDay()
	 * @generated
	 * @ordered
	 */
	protected int storyDay = STORY_DAY_EDEFAULT;

	/**
	 * The default value of the '{@link #isOmitted() <em>Omitted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOmitted()
	 * @generated
	 * @ordered
	 */
	protected static final boolean OMITTED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isOmitted() <em>Omitted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOmitted()
	 * @generated
	 * @ordered
	 */
	protected boolean omitted = OMITTED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRevision() <em>Revision</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRevision()
	 * @generated
	 * @ordered
	 */
	protected Revision revision;

	/**
	 * The default value of the '{@link #getChange() <em>Change</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChange()
	 * @generated
	 * @ordered
	 */
	protected static final SceneChange CHANGE_EDEFAULT = SceneChange.UNCHANGED;

	/**
	 * The cached value of the '{@link #getChange() <em>Change</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChange()
	 * @generated
	 * @ordered
	 */
	protected SceneChange change = CHANGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTimeAsWritten() <em>Time As Written</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeAsWritten()
	 * @generated
	 * @ordered
	 */
	protected static final String TIME_AS_WRITTEN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTimeAsWritten() <em>Time As Written</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeAsWritten()
	 * @generated
	 * @ordered
	 */
	protected String timeAsWritten = TIME_AS_WRITTEN_EDEFAULT;

	/**
	 * The cached value of the '{@link #getParagraphs() <em>Paragraphs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParagraphs()
	 * @generated
	 * @ordered
	 */
	protected EList<Paragraph> paragraphs;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SceneImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ScriptPackage.Literals.SCENE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNumber() {
		return number;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNumber(String newNumber) {
		String oldNumber = number;
		number = newNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScriptPackage.SCENE__NUMBER, oldNumber, number));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHeading() {
		return heading;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHeading(String newHeading) {
		String oldHeading = heading;
		heading = newHeading;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScriptPackage.SCENE__HEADING, oldHeading, heading));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IntExt getIntExt() {
		return intExt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIntExt(IntExt newIntExt) {
		IntExt oldIntExt = intExt;
		intExt = newIntExt == null ? INT_EXT_EDEFAULT : newIntExt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScriptPackage.SCENE__INT_EXT, oldIntExt, intExt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSetName() {
		return setName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSetName(String newSetName) {
		String oldSetName = setName;
		setName = newSetName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScriptPackage.SCENE__SET_NAME, oldSetName, setName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Location getLocation() {
		if (location != null && location.eIsProxy()) {
			InternalEObject oldLocation = (InternalEObject)location;
			location = (Location)eResolveProxy(oldLocation);
			if (location != oldLocation) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ScriptPackage.SCENE__LOCATION, oldLocation, location));
			}
		}
		return location;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Location basicGetLocation() {
		return location;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLocation(Location newLocation) {
		Location oldLocation = location;
		location = newLocation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScriptPackage.SCENE__LOCATION, oldLocation, location));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Stage getStage() {
		if (stage != null && stage.eIsProxy()) {
			InternalEObject oldStage = (InternalEObject)stage;
			stage = (Stage)eResolveProxy(oldStage);
			if (stage != oldStage) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ScriptPackage.SCENE__STAGE, oldStage, stage));
			}
		}
		return stage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Stage basicGetStage() {
		return stage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStage(Stage newStage) {
		Stage oldStage = stage;
		stage = newStage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScriptPackage.SCENE__STAGE, oldStage, stage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TimeOfDay getTimeOfDay() {
		return timeOfDay;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTimeOfDay(TimeOfDay newTimeOfDay) {
		TimeOfDay oldTimeOfDay = timeOfDay;
		timeOfDay = newTimeOfDay == null ? TIME_OF_DAY_EDEFAULT : newTimeOfDay;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScriptPackage.SCENE__TIME_OF_DAY, oldTimeOfDay, timeOfDay));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getEighths() {
		return eighths;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEighths(int newEighths) {
		int oldEighths = eighths;
		eighths = newEighths;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScriptPackage.SCENE__EIGHTHS, oldEighths, eighths));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getStartPage() {
		return startPage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartPage(int newStartPage) {
		int oldStartPage = startPage;
		startPage = newStartPage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScriptPackage.SCENE__START_PAGE, oldStartPage, startPage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSynopsis() {
		return synopsis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSynopsis(String newSynopsis) {
		String oldSynopsis = synopsis;
		synopsis = newSynopsis;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScriptPackage.SCENE__SYNOPSIS, oldSynopsis, synopsis));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getStoryDay() {
		return storyDay;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStoryDay(int newStoryDay) {
		int oldStoryDay = storyDay;
		storyDay = newStoryDay;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScriptPackage.SCENE__STORY_DAY, oldStoryDay, storyDay));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isOmitted() {
		return omitted;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOmitted(boolean newOmitted) {
		boolean oldOmitted = omitted;
		omitted = newOmitted;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScriptPackage.SCENE__OMITTED, oldOmitted, omitted));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Revision getRevision() {
		if (revision != null && revision.eIsProxy()) {
			InternalEObject oldRevision = (InternalEObject)revision;
			revision = (Revision)eResolveProxy(oldRevision);
			if (revision != oldRevision) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ScriptPackage.SCENE__REVISION, oldRevision, revision));
			}
		}
		return revision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Revision basicGetRevision() {
		return revision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRevision(Revision newRevision) {
		Revision oldRevision = revision;
		revision = newRevision;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScriptPackage.SCENE__REVISION, oldRevision, revision));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SceneChange getChange() {
		return change;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChange(SceneChange newChange) {
		SceneChange oldChange = change;
		change = newChange == null ? CHANGE_EDEFAULT : newChange;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScriptPackage.SCENE__CHANGE, oldChange, change));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTimeAsWritten() {
		return timeAsWritten;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTimeAsWritten(String newTimeAsWritten) {
		String oldTimeAsWritten = timeAsWritten;
		timeAsWritten = newTimeAsWritten;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScriptPackage.SCENE__TIME_AS_WRITTEN, oldTimeAsWritten, timeAsWritten));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Paragraph> getParagraphs() {
		if (paragraphs == null) {
			paragraphs = new EObjectContainmentEList<Paragraph>(Paragraph.class, this, ScriptPackage.SCENE__PARAGRAPHS);
		}
		return paragraphs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ScriptPackage.SCENE__PARAGRAPHS:
				return ((InternalEList<?>)getParagraphs()).basicRemove(otherEnd, msgs);
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
			case ScriptPackage.SCENE__NUMBER:
				return getNumber();
			case ScriptPackage.SCENE__HEADING:
				return getHeading();
			case ScriptPackage.SCENE__INT_EXT:
				return getIntExt();
			case ScriptPackage.SCENE__SET_NAME:
				return getSetName();
			case ScriptPackage.SCENE__LOCATION:
				if (resolve) return getLocation();
				return basicGetLocation();
			case ScriptPackage.SCENE__STAGE:
				if (resolve) return getStage();
				return basicGetStage();
			case ScriptPackage.SCENE__TIME_OF_DAY:
				return getTimeOfDay();
			case ScriptPackage.SCENE__EIGHTHS:
				return getEighths();
			case ScriptPackage.SCENE__START_PAGE:
				return getStartPage();
			case ScriptPackage.SCENE__SYNOPSIS:
				return getSynopsis();
			case ScriptPackage.SCENE__STORY_DAY:
				return getStoryDay();
			case ScriptPackage.SCENE__OMITTED:
				return isOmitted();
			case ScriptPackage.SCENE__REVISION:
				if (resolve) return getRevision();
				return basicGetRevision();
			case ScriptPackage.SCENE__CHANGE:
				return getChange();
			case ScriptPackage.SCENE__TIME_AS_WRITTEN:
				return getTimeAsWritten();
			case ScriptPackage.SCENE__PARAGRAPHS:
				return getParagraphs();
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
			case ScriptPackage.SCENE__NUMBER:
				setNumber((String)newValue);
				return;
			case ScriptPackage.SCENE__HEADING:
				setHeading((String)newValue);
				return;
			case ScriptPackage.SCENE__INT_EXT:
				setIntExt((IntExt)newValue);
				return;
			case ScriptPackage.SCENE__SET_NAME:
				setSetName((String)newValue);
				return;
			case ScriptPackage.SCENE__LOCATION:
				setLocation((Location)newValue);
				return;
			case ScriptPackage.SCENE__STAGE:
				setStage((Stage)newValue);
				return;
			case ScriptPackage.SCENE__TIME_OF_DAY:
				setTimeOfDay((TimeOfDay)newValue);
				return;
			case ScriptPackage.SCENE__EIGHTHS:
				setEighths((Integer)newValue);
				return;
			case ScriptPackage.SCENE__START_PAGE:
				setStartPage((Integer)newValue);
				return;
			case ScriptPackage.SCENE__SYNOPSIS:
				setSynopsis((String)newValue);
				return;
			case ScriptPackage.SCENE__STORY_DAY:
				setStoryDay((Integer)newValue);
				return;
			case ScriptPackage.SCENE__OMITTED:
				setOmitted((Boolean)newValue);
				return;
			case ScriptPackage.SCENE__REVISION:
				setRevision((Revision)newValue);
				return;
			case ScriptPackage.SCENE__CHANGE:
				setChange((SceneChange)newValue);
				return;
			case ScriptPackage.SCENE__TIME_AS_WRITTEN:
				setTimeAsWritten((String)newValue);
				return;
			case ScriptPackage.SCENE__PARAGRAPHS:
				getParagraphs().clear();
				getParagraphs().addAll((Collection<? extends Paragraph>)newValue);
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
			case ScriptPackage.SCENE__NUMBER:
				setNumber(NUMBER_EDEFAULT);
				return;
			case ScriptPackage.SCENE__HEADING:
				setHeading(HEADING_EDEFAULT);
				return;
			case ScriptPackage.SCENE__INT_EXT:
				setIntExt(INT_EXT_EDEFAULT);
				return;
			case ScriptPackage.SCENE__SET_NAME:
				setSetName(SET_NAME_EDEFAULT);
				return;
			case ScriptPackage.SCENE__LOCATION:
				setLocation((Location)null);
				return;
			case ScriptPackage.SCENE__STAGE:
				setStage((Stage)null);
				return;
			case ScriptPackage.SCENE__TIME_OF_DAY:
				setTimeOfDay(TIME_OF_DAY_EDEFAULT);
				return;
			case ScriptPackage.SCENE__EIGHTHS:
				setEighths(EIGHTHS_EDEFAULT);
				return;
			case ScriptPackage.SCENE__START_PAGE:
				setStartPage(START_PAGE_EDEFAULT);
				return;
			case ScriptPackage.SCENE__SYNOPSIS:
				setSynopsis(SYNOPSIS_EDEFAULT);
				return;
			case ScriptPackage.SCENE__STORY_DAY:
				setStoryDay(STORY_DAY_EDEFAULT);
				return;
			case ScriptPackage.SCENE__OMITTED:
				setOmitted(OMITTED_EDEFAULT);
				return;
			case ScriptPackage.SCENE__REVISION:
				setRevision((Revision)null);
				return;
			case ScriptPackage.SCENE__CHANGE:
				setChange(CHANGE_EDEFAULT);
				return;
			case ScriptPackage.SCENE__TIME_AS_WRITTEN:
				setTimeAsWritten(TIME_AS_WRITTEN_EDEFAULT);
				return;
			case ScriptPackage.SCENE__PARAGRAPHS:
				getParagraphs().clear();
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
			case ScriptPackage.SCENE__NUMBER:
				return NUMBER_EDEFAULT == null ? number != null : !NUMBER_EDEFAULT.equals(number);
			case ScriptPackage.SCENE__HEADING:
				return HEADING_EDEFAULT == null ? heading != null : !HEADING_EDEFAULT.equals(heading);
			case ScriptPackage.SCENE__INT_EXT:
				return intExt != INT_EXT_EDEFAULT;
			case ScriptPackage.SCENE__SET_NAME:
				return SET_NAME_EDEFAULT == null ? setName != null : !SET_NAME_EDEFAULT.equals(setName);
			case ScriptPackage.SCENE__LOCATION:
				return location != null;
			case ScriptPackage.SCENE__STAGE:
				return stage != null;
			case ScriptPackage.SCENE__TIME_OF_DAY:
				return timeOfDay != TIME_OF_DAY_EDEFAULT;
			case ScriptPackage.SCENE__EIGHTHS:
				return eighths != EIGHTHS_EDEFAULT;
			case ScriptPackage.SCENE__START_PAGE:
				return startPage != START_PAGE_EDEFAULT;
			case ScriptPackage.SCENE__SYNOPSIS:
				return SYNOPSIS_EDEFAULT == null ? synopsis != null : !SYNOPSIS_EDEFAULT.equals(synopsis);
			case ScriptPackage.SCENE__STORY_DAY:
				return storyDay != STORY_DAY_EDEFAULT;
			case ScriptPackage.SCENE__OMITTED:
				return omitted != OMITTED_EDEFAULT;
			case ScriptPackage.SCENE__REVISION:
				return revision != null;
			case ScriptPackage.SCENE__CHANGE:
				return change != CHANGE_EDEFAULT;
			case ScriptPackage.SCENE__TIME_AS_WRITTEN:
				return TIME_AS_WRITTEN_EDEFAULT == null ? timeAsWritten != null : !TIME_AS_WRITTEN_EDEFAULT.equals(timeAsWritten);
			case ScriptPackage.SCENE__PARAGRAPHS:
				return paragraphs != null && !paragraphs.isEmpty();
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
		result.append(" (number: ");
		result.append(number);
		result.append(", heading: ");
		result.append(heading);
		result.append(", intExt: ");
		result.append(intExt);
		result.append(", setName: ");
		result.append(setName);
		result.append(", timeOfDay: ");
		result.append(timeOfDay);
		result.append(", eighths: ");
		result.append(eighths);
		result.append(", startPage: ");
		result.append(startPage);
		result.append(", synopsis: ");
		result.append(synopsis);
		result.append(", storyDay: ");
		result.append(storyDay);
		result.append(", omitted: ");
		result.append(omitted);
		result.append(", change: ");
		result.append(change);
		result.append(", timeAsWritten: ");
		result.append(timeAsWritten);
		result.append(')');
		return result.toString();
	}

} //SceneImpl
