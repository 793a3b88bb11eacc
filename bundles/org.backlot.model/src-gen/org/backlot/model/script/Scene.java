/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.script;

import org.backlot.model.production.Identified;

import org.backlot.model.studio.Location;
import org.backlot.model.studio.Stage;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Scene</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A scene, in script order.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.backlot.model.script.Scene#getNumber <em>Number</em>}</li>
 *   <li>{@link org.backlot.model.script.Scene#getHeading <em>Heading</em>}</li>
 *   <li>{@link org.backlot.model.script.Scene#getIntExt <em>Int Ext</em>}</li>
 *   <li>{@link org.backlot.model.script.Scene#getSetName <em>Set Name</em>}</li>
 *   <li>{@link org.backlot.model.script.Scene#getLocation <em>Location</em>}</li>
 *   <li>{@link org.backlot.model.script.Scene#getStage <em>Stage</em>}</li>
 *   <li>{@link org.backlot.model.script.Scene#getTimeOfDay <em>Time Of Day</em>}</li>
 *   <li>{@link org.backlot.model.script.Scene#getEighths <em>Eighths</em>}</li>
 *   <li>{@link org.backlot.model.script.Scene#getStartPage <em>Start Page</em>}</li>
 *   <li>{@link org.backlot.model.script.Scene#getSynopsis <em>Synopsis</em>}</li>
 *   <li>{@link org.backlot.model.script.Scene#getStoryDay <em>Story Day</em>}</li>
 *   <li>{@link org.backlot.model.script.Scene#isOmitted <em>Omitted</em>}</li>
 *   <li>{@link org.backlot.model.script.Scene#getRevision <em>Revision</em>}</li>
 *   <li>{@link org.backlot.model.script.Scene#getChange <em>Change</em>}</li>
 *   <li>{@link org.backlot.model.script.Scene#getTimeAsWritten <em>Time As Written</em>}</li>
 *   <li>{@link org.backlot.model.script.Scene#getParagraphs <em>Paragraphs</em>}</li>
 * </ul>
 *
 * @see org.backlot.model.script.ScriptPackage#getScene()
 * @model
 * @generated
 */
public interface Scene extends Identified {
	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Scene number as printed, with suffixes (12, 12A).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(String)
	 * @see org.backlot.model.script.ScriptPackage#getScene_Number()
	 * @model
	 * @generated
	 */
	String getNumber();

	/**
	 * Sets the value of the '{@link org.backlot.model.script.Scene#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(String value);

	/**
	 * Returns the value of the '<em><b>Heading</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The heading as written.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Heading</em>' attribute.
	 * @see #setHeading(String)
	 * @see org.backlot.model.script.ScriptPackage#getScene_Heading()
	 * @model
	 * @generated
	 */
	String getHeading();

	/**
	 * Sets the value of the '{@link org.backlot.model.script.Scene#getHeading <em>Heading</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Heading</em>' attribute.
	 * @see #getHeading()
	 * @generated
	 */
	void setHeading(String value);

	/**
	 * Returns the value of the '<em><b>Int Ext</b></em>' attribute.
	 * The literals are from the enumeration {@link org.backlot.model.script.IntExt}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Int Ext</em>' attribute.
	 * @see org.backlot.model.script.IntExt
	 * @see #setIntExt(IntExt)
	 * @see org.backlot.model.script.ScriptPackage#getScene_IntExt()
	 * @model
	 * @generated
	 */
	IntExt getIntExt();

	/**
	 * Sets the value of the '{@link org.backlot.model.script.Scene#getIntExt <em>Int Ext</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Int Ext</em>' attribute.
	 * @see org.backlot.model.script.IntExt
	 * @see #getIntExt()
	 * @generated
	 */
	void setIntExt(IntExt value);

	/**
	 * Returns the value of the '<em><b>Set Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The set, as named in the heading.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Set Name</em>' attribute.
	 * @see #setSetName(String)
	 * @see org.backlot.model.script.ScriptPackage#getScene_SetName()
	 * @model
	 * @generated
	 */
	String getSetName();

	/**
	 * Sets the value of the '{@link org.backlot.model.script.Scene#getSetName <em>Set Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Set Name</em>' attribute.
	 * @see #getSetName()
	 * @generated
	 */
	void setSetName(String value);

	/**
	 * Returns the value of the '<em><b>Location</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where it is shot, when known.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Location</em>' reference.
	 * @see #setLocation(Location)
	 * @see org.backlot.model.script.ScriptPackage#getScene_Location()
	 * @model
	 * @generated
	 */
	Location getLocation();

	/**
	 * Sets the value of the '{@link org.backlot.model.script.Scene#getLocation <em>Location</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Location</em>' reference.
	 * @see #getLocation()
	 * @generated
	 */
	void setLocation(Location value);

	/**
	 * Returns the value of the '<em><b>Stage</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The stage it is shot on, when on a stage.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Stage</em>' reference.
	 * @see #setStage(Stage)
	 * @see org.backlot.model.script.ScriptPackage#getScene_Stage()
	 * @model
	 * @generated
	 */
	Stage getStage();

	/**
	 * Sets the value of the '{@link org.backlot.model.script.Scene#getStage <em>Stage</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stage</em>' reference.
	 * @see #getStage()
	 * @generated
	 */
	void setStage(Stage value);

	/**
	 * Returns the value of the '<em><b>Time Of Day</b></em>' attribute.
	 * The literals are from the enumeration {@link org.backlot.model.script.TimeOfDay}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Time Of Day</em>' attribute.
	 * @see org.backlot.model.script.TimeOfDay
	 * @see #setTimeOfDay(TimeOfDay)
	 * @see org.backlot.model.script.ScriptPackage#getScene_TimeOfDay()
	 * @model
	 * @generated
	 */
	TimeOfDay getTimeOfDay();

	/**
	 * Sets the value of the '{@link org.backlot.model.script.Scene#getTimeOfDay <em>Time Of Day</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time Of Day</em>' attribute.
	 * @see org.backlot.model.script.TimeOfDay
	 * @see #getTimeOfDay()
	 * @generated
	 */
	void setTimeOfDay(TimeOfDay value);

	/**
	 * Returns the value of the '<em><b>Eighths</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Length in eighths of a page (1 3/8 pages = 11).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Eighths</em>' attribute.
	 * @see #setEighths(int)
	 * @see org.backlot.model.script.ScriptPackage#getScene_Eighths()
	 * @model
	 * @generated
	 */
	int getEighths();

	/**
	 * Sets the value of the '{@link org.backlot.model.script.Scene#getEighths <em>Eighths</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Eighths</em>' attribute.
	 * @see #getEighths()
	 * @generated
	 */
	void setEighths(int value);

	/**
	 * Returns the value of the '<em><b>Start Page</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Page the scene starts on.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Start Page</em>' attribute.
	 * @see #setStartPage(int)
	 * @see org.backlot.model.script.ScriptPackage#getScene_StartPage()
	 * @model
	 * @generated
	 */
	int getStartPage();

	/**
	 * Sets the value of the '{@link org.backlot.model.script.Scene#getStartPage <em>Start Page</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Page</em>' attribute.
	 * @see #getStartPage()
	 * @generated
	 */
	void setStartPage(int value);

	/**
	 * Returns the value of the '<em><b>Synopsis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Synopsis</em>' attribute.
	 * @see #setSynopsis(String)
	 * @see org.backlot.model.script.ScriptPackage#getScene_Synopsis()
	 * @model
	 * @generated
	 */
	String getSynopsis();

	/**
	 * Sets the value of the '{@link org.backlot.model.script.Scene#getSynopsis <em>Synopsis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Synopsis</em>' attribute.
	 * @see #getSynopsis()
	 * @generated
	 */
	void setSynopsis(String value);

	/**
	 * Returns the value of the '<em><b>Story Day</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Day of the story the scene happens on.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Story Day</em>' attribute.
	 * @see #setStoryDay(int)
	 * @see org.backlot.model.script.ScriptPackage#getScene_StoryDay()
	 * @model
	 * @generated
	 */
	int getStoryDay();

	/**
	 * Sets the value of the '{@link org.backlot.model.script.Scene#getStoryDay <em>Story Day</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Story Day</em>' attribute.
	 * @see #getStoryDay()
	 * @generated
	 */
	void setStoryDay(int value);

	/**
	 * Returns the value of the '<em><b>Omitted</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Omitted in a revision; kept for its number.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Omitted</em>' attribute.
	 * @see #setOmitted(boolean)
	 * @see org.backlot.model.script.ScriptPackage#getScene_Omitted()
	 * @model
	 * @generated
	 */
	boolean isOmitted();

	/**
	 * Sets the value of the '{@link org.backlot.model.script.Scene#isOmitted <em>Omitted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Omitted</em>' attribute.
	 * @see #isOmitted()
	 * @generated
	 */
	void setOmitted(boolean value);

	/**
	 * Returns the value of the '<em><b>Revision</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The revision that last changed this scene.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Revision</em>' reference.
	 * @see #setRevision(Revision)
	 * @see org.backlot.model.script.ScriptPackage#getScene_Revision()
	 * @model
	 * @generated
	 */
	Revision getRevision();

	/**
	 * Sets the value of the '{@link org.backlot.model.script.Scene#getRevision <em>Revision</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Revision</em>' reference.
	 * @see #getRevision()
	 * @generated
	 */
	void setRevision(Revision value);

	/**
	 * Returns the value of the '<em><b>Change</b></em>' attribute.
	 * The literals are from the enumeration {@link org.backlot.model.script.SceneChange}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Set by re-importing a revision; the revision reference says which.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Change</em>' attribute.
	 * @see org.backlot.model.script.SceneChange
	 * @see #setChange(SceneChange)
	 * @see org.backlot.model.script.ScriptPackage#getScene_Change()
	 * @model
	 * @generated
	 */
	SceneChange getChange();

	/**
	 * Sets the value of the '{@link org.backlot.model.script.Scene#getChange <em>Change</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Change</em>' attribute.
	 * @see org.backlot.model.script.SceneChange
	 * @see #getChange()
	 * @generated
	 */
	void setChange(SceneChange value);

	/**
	 * Returns the value of the '<em><b>Time As Written</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The time of day as the heading writes it (e.g. MAGIC HOUR, 黄昏).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Time As Written</em>' attribute.
	 * @see #setTimeAsWritten(String)
	 * @see org.backlot.model.script.ScriptPackage#getScene_TimeAsWritten()
	 * @model
	 * @generated
	 */
	String getTimeAsWritten();

	/**
	 * Sets the value of the '{@link org.backlot.model.script.Scene#getTimeAsWritten <em>Time As Written</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time As Written</em>' attribute.
	 * @see #getTimeAsWritten()
	 * @generated
	 */
	void setTimeAsWritten(String value);

	/**
	 * Returns the value of the '<em><b>Paragraphs</b></em>' containment reference list.
	 * The list contents are of type {@link org.backlot.model.script.Paragraph}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Paragraphs</em>' containment reference list.
	 * @see org.backlot.model.script.ScriptPackage#getScene_Paragraphs()
	 * @model containment="true"
	 * @generated
	 */
	EList<Paragraph> getParagraphs();

} // Scene
