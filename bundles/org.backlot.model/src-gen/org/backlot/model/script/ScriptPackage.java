/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.script;

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
 * The screenplay: revisions, title page, scenes and their paragraphs.
 * <!-- end-model-doc -->
 * @see org.backlot.model.script.ScriptFactory
 * @model kind="package"
 * @generated
 */
public interface ScriptPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "script";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://backlot.org/model/script/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "script";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ScriptPackage eINSTANCE = org.backlot.model.script.impl.ScriptPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.backlot.model.script.impl.ScriptImpl <em>Script</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.backlot.model.script.impl.ScriptImpl
	 * @see org.backlot.model.script.impl.ScriptPackageImpl#getScript()
	 * @generated
	 */
	int SCRIPT = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCRIPT__ID = ProductionPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCRIPT__TITLE = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCRIPT__AUTHOR = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Source File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCRIPT__SOURCE_FILE = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Source Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCRIPT__SOURCE_FORMAT = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Title Page</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCRIPT__TITLE_PAGE = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Revisions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCRIPT__REVISIONS = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Current Revision</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCRIPT__CURRENT_REVISION = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Front Matter</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCRIPT__FRONT_MATTER = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Scenes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCRIPT__SCENES = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Script</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCRIPT_FEATURE_COUNT = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Script</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCRIPT_OPERATION_COUNT = ProductionPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.backlot.model.script.impl.TitlePageEntryImpl <em>Title Page Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.backlot.model.script.impl.TitlePageEntryImpl
	 * @see org.backlot.model.script.impl.ScriptPackageImpl#getTitlePageEntry()
	 * @generated
	 */
	int TITLE_PAGE_ENTRY = 1;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TITLE_PAGE_ENTRY__KEY = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TITLE_PAGE_ENTRY__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Title Page Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TITLE_PAGE_ENTRY_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Title Page Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TITLE_PAGE_ENTRY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.backlot.model.script.impl.RevisionImpl <em>Revision</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.backlot.model.script.impl.RevisionImpl
	 * @see org.backlot.model.script.impl.ScriptPackageImpl#getRevision()
	 * @generated
	 */
	int REVISION = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVISION__ID = ProductionPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVISION__NAME = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Colour</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVISION__COLOUR = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVISION__DATE = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Revision</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVISION_FEATURE_COUNT = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Revision</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVISION_OPERATION_COUNT = ProductionPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.backlot.model.script.impl.SceneImpl <em>Scene</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.backlot.model.script.impl.SceneImpl
	 * @see org.backlot.model.script.impl.ScriptPackageImpl#getScene()
	 * @generated
	 */
	int SCENE = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENE__ID = ProductionPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENE__NUMBER = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Heading</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENE__HEADING = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Int Ext</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENE__INT_EXT = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Set Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENE__SET_NAME = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Location</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENE__LOCATION = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Stage</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENE__STAGE = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Time Of Day</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENE__TIME_OF_DAY = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Eighths</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENE__EIGHTHS = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Start Page</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENE__START_PAGE = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Synopsis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENE__SYNOPSIS = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Story Day</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENE__STORY_DAY = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Omitted</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENE__OMITTED = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Revision</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENE__REVISION = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Change</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENE__CHANGE = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Time As Written</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENE__TIME_AS_WRITTEN = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Paragraphs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENE__PARAGRAPHS = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 15;

	/**
	 * The number of structural features of the '<em>Scene</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENE_FEATURE_COUNT = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 16;

	/**
	 * The number of operations of the '<em>Scene</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENE_OPERATION_COUNT = ProductionPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.backlot.model.script.impl.ParagraphImpl <em>Paragraph</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.backlot.model.script.impl.ParagraphImpl
	 * @see org.backlot.model.script.impl.ScriptPackageImpl#getParagraph()
	 * @generated
	 */
	int PARAGRAPH = 4;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAGRAPH__TYPE = 0;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAGRAPH__TEXT = 1;

	/**
	 * The feature id for the '<em><b>Dual</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAGRAPH__DUAL = 2;

	/**
	 * The feature id for the '<em><b>Depth</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAGRAPH__DEPTH = 3;

	/**
	 * The number of structural features of the '<em>Paragraph</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAGRAPH_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Paragraph</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAGRAPH_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.backlot.model.script.RevisionColour <em>Revision Colour</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.backlot.model.script.RevisionColour
	 * @see org.backlot.model.script.impl.ScriptPackageImpl#getRevisionColour()
	 * @generated
	 */
	int REVISION_COLOUR = 5;

	/**
	 * The meta object id for the '{@link org.backlot.model.script.IntExt <em>Int Ext</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.backlot.model.script.IntExt
	 * @see org.backlot.model.script.impl.ScriptPackageImpl#getIntExt()
	 * @generated
	 */
	int INT_EXT = 6;

	/**
	 * The meta object id for the '{@link org.backlot.model.script.TimeOfDay <em>Time Of Day</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.backlot.model.script.TimeOfDay
	 * @see org.backlot.model.script.impl.ScriptPackageImpl#getTimeOfDay()
	 * @generated
	 */
	int TIME_OF_DAY = 7;

	/**
	 * The meta object id for the '{@link org.backlot.model.script.ParagraphType <em>Paragraph Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.backlot.model.script.ParagraphType
	 * @see org.backlot.model.script.impl.ScriptPackageImpl#getParagraphType()
	 * @generated
	 */
	int PARAGRAPH_TYPE = 8;

	/**
	 * The meta object id for the '{@link org.backlot.model.script.SceneChange <em>Scene Change</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.backlot.model.script.SceneChange
	 * @see org.backlot.model.script.impl.ScriptPackageImpl#getSceneChange()
	 * @generated
	 */
	int SCENE_CHANGE = 9;


	/**
	 * Returns the meta object for class '{@link org.backlot.model.script.Script <em>Script</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Script</em>'.
	 * @see org.backlot.model.script.Script
	 * @generated
	 */
	EClass getScript();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.script.Script#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.backlot.model.script.Script#getTitle()
	 * @see #getScript()
	 * @generated
	 */
	EAttribute getScript_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.script.Script#getAuthor <em>Author</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Author</em>'.
	 * @see org.backlot.model.script.Script#getAuthor()
	 * @see #getScript()
	 * @generated
	 */
	EAttribute getScript_Author();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.script.Script#getSourceFile <em>Source File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source File</em>'.
	 * @see org.backlot.model.script.Script#getSourceFile()
	 * @see #getScript()
	 * @generated
	 */
	EAttribute getScript_SourceFile();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.script.Script#getSourceFormat <em>Source Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Format</em>'.
	 * @see org.backlot.model.script.Script#getSourceFormat()
	 * @see #getScript()
	 * @generated
	 */
	EAttribute getScript_SourceFormat();

	/**
	 * Returns the meta object for the containment reference list '{@link org.backlot.model.script.Script#getTitlePage <em>Title Page</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Title Page</em>'.
	 * @see org.backlot.model.script.Script#getTitlePage()
	 * @see #getScript()
	 * @generated
	 */
	EReference getScript_TitlePage();

	/**
	 * Returns the meta object for the containment reference list '{@link org.backlot.model.script.Script#getRevisions <em>Revisions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Revisions</em>'.
	 * @see org.backlot.model.script.Script#getRevisions()
	 * @see #getScript()
	 * @generated
	 */
	EReference getScript_Revisions();

	/**
	 * Returns the meta object for the reference '{@link org.backlot.model.script.Script#getCurrentRevision <em>Current Revision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Current Revision</em>'.
	 * @see org.backlot.model.script.Script#getCurrentRevision()
	 * @see #getScript()
	 * @generated
	 */
	EReference getScript_CurrentRevision();

	/**
	 * Returns the meta object for the containment reference list '{@link org.backlot.model.script.Script#getFrontMatter <em>Front Matter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Front Matter</em>'.
	 * @see org.backlot.model.script.Script#getFrontMatter()
	 * @see #getScript()
	 * @generated
	 */
	EReference getScript_FrontMatter();

	/**
	 * Returns the meta object for the containment reference list '{@link org.backlot.model.script.Script#getScenes <em>Scenes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Scenes</em>'.
	 * @see org.backlot.model.script.Script#getScenes()
	 * @see #getScript()
	 * @generated
	 */
	EReference getScript_Scenes();

	/**
	 * Returns the meta object for class '{@link org.backlot.model.script.TitlePageEntry <em>Title Page Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Title Page Entry</em>'.
	 * @see org.backlot.model.script.TitlePageEntry
	 * @generated
	 */
	EClass getTitlePageEntry();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.script.TitlePageEntry#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see org.backlot.model.script.TitlePageEntry#getKey()
	 * @see #getTitlePageEntry()
	 * @generated
	 */
	EAttribute getTitlePageEntry_Key();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.script.TitlePageEntry#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.backlot.model.script.TitlePageEntry#getValue()
	 * @see #getTitlePageEntry()
	 * @generated
	 */
	EAttribute getTitlePageEntry_Value();

	/**
	 * Returns the meta object for class '{@link org.backlot.model.script.Revision <em>Revision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Revision</em>'.
	 * @see org.backlot.model.script.Revision
	 * @generated
	 */
	EClass getRevision();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.script.Revision#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.backlot.model.script.Revision#getName()
	 * @see #getRevision()
	 * @generated
	 */
	EAttribute getRevision_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.script.Revision#getColour <em>Colour</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Colour</em>'.
	 * @see org.backlot.model.script.Revision#getColour()
	 * @see #getRevision()
	 * @generated
	 */
	EAttribute getRevision_Colour();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.script.Revision#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.backlot.model.script.Revision#getDate()
	 * @see #getRevision()
	 * @generated
	 */
	EAttribute getRevision_Date();

	/**
	 * Returns the meta object for class '{@link org.backlot.model.script.Scene <em>Scene</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Scene</em>'.
	 * @see org.backlot.model.script.Scene
	 * @generated
	 */
	EClass getScene();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.script.Scene#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.backlot.model.script.Scene#getNumber()
	 * @see #getScene()
	 * @generated
	 */
	EAttribute getScene_Number();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.script.Scene#getHeading <em>Heading</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Heading</em>'.
	 * @see org.backlot.model.script.Scene#getHeading()
	 * @see #getScene()
	 * @generated
	 */
	EAttribute getScene_Heading();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.script.Scene#getIntExt <em>Int Ext</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Int Ext</em>'.
	 * @see org.backlot.model.script.Scene#getIntExt()
	 * @see #getScene()
	 * @generated
	 */
	EAttribute getScene_IntExt();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.script.Scene#getSetName <em>Set Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Set Name</em>'.
	 * @see org.backlot.model.script.Scene#getSetName()
	 * @see #getScene()
	 * @generated
	 */
	EAttribute getScene_SetName();

	/**
	 * Returns the meta object for the reference '{@link org.backlot.model.script.Scene#getLocation <em>Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Location</em>'.
	 * @see org.backlot.model.script.Scene#getLocation()
	 * @see #getScene()
	 * @generated
	 */
	EReference getScene_Location();

	/**
	 * Returns the meta object for the reference '{@link org.backlot.model.script.Scene#getStage <em>Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Stage</em>'.
	 * @see org.backlot.model.script.Scene#getStage()
	 * @see #getScene()
	 * @generated
	 */
	EReference getScene_Stage();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.script.Scene#getTimeOfDay <em>Time Of Day</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time Of Day</em>'.
	 * @see org.backlot.model.script.Scene#getTimeOfDay()
	 * @see #getScene()
	 * @generated
	 */
	EAttribute getScene_TimeOfDay();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.script.Scene#getEighths <em>Eighths</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Eighths</em>'.
	 * @see org.backlot.model.script.Scene#getEighths()
	 * @see #getScene()
	 * @generated
	 */
	EAttribute getScene_Eighths();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.script.Scene#getStartPage <em>Start Page</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Page</em>'.
	 * @see org.backlot.model.script.Scene#getStartPage()
	 * @see #getScene()
	 * @generated
	 */
	EAttribute getScene_StartPage();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.script.Scene#getSynopsis <em>Synopsis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Synopsis</em>'.
	 * @see org.backlot.model.script.Scene#getSynopsis()
	 * @see #getScene()
	 * @generated
	 */
	EAttribute getScene_Synopsis();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.script.Scene#getStoryDay <em>Story Day</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Story Day</em>'.
	 * @see org.backlot.model.script.Scene#getStoryDay()
	 * @see #getScene()
	 * @generated
	 */
	EAttribute getScene_StoryDay();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.script.Scene#isOmitted <em>Omitted</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Omitted</em>'.
	 * @see org.backlot.model.script.Scene#isOmitted()
	 * @see #getScene()
	 * @generated
	 */
	EAttribute getScene_Omitted();

	/**
	 * Returns the meta object for the reference '{@link org.backlot.model.script.Scene#getRevision <em>Revision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Revision</em>'.
	 * @see org.backlot.model.script.Scene#getRevision()
	 * @see #getScene()
	 * @generated
	 */
	EReference getScene_Revision();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.script.Scene#getChange <em>Change</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Change</em>'.
	 * @see org.backlot.model.script.Scene#getChange()
	 * @see #getScene()
	 * @generated
	 */
	EAttribute getScene_Change();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.script.Scene#getTimeAsWritten <em>Time As Written</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time As Written</em>'.
	 * @see org.backlot.model.script.Scene#getTimeAsWritten()
	 * @see #getScene()
	 * @generated
	 */
	EAttribute getScene_TimeAsWritten();

	/**
	 * Returns the meta object for the containment reference list '{@link org.backlot.model.script.Scene#getParagraphs <em>Paragraphs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Paragraphs</em>'.
	 * @see org.backlot.model.script.Scene#getParagraphs()
	 * @see #getScene()
	 * @generated
	 */
	EReference getScene_Paragraphs();

	/**
	 * Returns the meta object for class '{@link org.backlot.model.script.Paragraph <em>Paragraph</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Paragraph</em>'.
	 * @see org.backlot.model.script.Paragraph
	 * @generated
	 */
	EClass getParagraph();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.script.Paragraph#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.backlot.model.script.Paragraph#getType()
	 * @see #getParagraph()
	 * @generated
	 */
	EAttribute getParagraph_Type();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.script.Paragraph#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.backlot.model.script.Paragraph#getText()
	 * @see #getParagraph()
	 * @generated
	 */
	EAttribute getParagraph_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.script.Paragraph#isDual <em>Dual</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dual</em>'.
	 * @see org.backlot.model.script.Paragraph#isDual()
	 * @see #getParagraph()
	 * @generated
	 */
	EAttribute getParagraph_Dual();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.script.Paragraph#getDepth <em>Depth</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Depth</em>'.
	 * @see org.backlot.model.script.Paragraph#getDepth()
	 * @see #getParagraph()
	 * @generated
	 */
	EAttribute getParagraph_Depth();

	/**
	 * Returns the meta object for enum '{@link org.backlot.model.script.RevisionColour <em>Revision Colour</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Revision Colour</em>'.
	 * @see org.backlot.model.script.RevisionColour
	 * @generated
	 */
	EEnum getRevisionColour();

	/**
	 * Returns the meta object for enum '{@link org.backlot.model.script.IntExt <em>Int Ext</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Int Ext</em>'.
	 * @see org.backlot.model.script.IntExt
	 * @generated
	 */
	EEnum getIntExt();

	/**
	 * Returns the meta object for enum '{@link org.backlot.model.script.TimeOfDay <em>Time Of Day</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Time Of Day</em>'.
	 * @see org.backlot.model.script.TimeOfDay
	 * @generated
	 */
	EEnum getTimeOfDay();

	/**
	 * Returns the meta object for enum '{@link org.backlot.model.script.ParagraphType <em>Paragraph Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Paragraph Type</em>'.
	 * @see org.backlot.model.script.ParagraphType
	 * @generated
	 */
	EEnum getParagraphType();

	/**
	 * Returns the meta object for enum '{@link org.backlot.model.script.SceneChange <em>Scene Change</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Scene Change</em>'.
	 * @see org.backlot.model.script.SceneChange
	 * @generated
	 */
	EEnum getSceneChange();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	ScriptFactory getScriptFactory();

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
		 * The meta object literal for the '{@link org.backlot.model.script.impl.ScriptImpl <em>Script</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.backlot.model.script.impl.ScriptImpl
		 * @see org.backlot.model.script.impl.ScriptPackageImpl#getScript()
		 * @generated
		 */
		EClass SCRIPT = eINSTANCE.getScript();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCRIPT__TITLE = eINSTANCE.getScript_Title();

		/**
		 * The meta object literal for the '<em><b>Author</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCRIPT__AUTHOR = eINSTANCE.getScript_Author();

		/**
		 * The meta object literal for the '<em><b>Source File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCRIPT__SOURCE_FILE = eINSTANCE.getScript_SourceFile();

		/**
		 * The meta object literal for the '<em><b>Source Format</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCRIPT__SOURCE_FORMAT = eINSTANCE.getScript_SourceFormat();

		/**
		 * The meta object literal for the '<em><b>Title Page</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCRIPT__TITLE_PAGE = eINSTANCE.getScript_TitlePage();

		/**
		 * The meta object literal for the '<em><b>Revisions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCRIPT__REVISIONS = eINSTANCE.getScript_Revisions();

		/**
		 * The meta object literal for the '<em><b>Current Revision</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCRIPT__CURRENT_REVISION = eINSTANCE.getScript_CurrentRevision();

		/**
		 * The meta object literal for the '<em><b>Front Matter</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCRIPT__FRONT_MATTER = eINSTANCE.getScript_FrontMatter();

		/**
		 * The meta object literal for the '<em><b>Scenes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCRIPT__SCENES = eINSTANCE.getScript_Scenes();

		/**
		 * The meta object literal for the '{@link org.backlot.model.script.impl.TitlePageEntryImpl <em>Title Page Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.backlot.model.script.impl.TitlePageEntryImpl
		 * @see org.backlot.model.script.impl.ScriptPackageImpl#getTitlePageEntry()
		 * @generated
		 */
		EClass TITLE_PAGE_ENTRY = eINSTANCE.getTitlePageEntry();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TITLE_PAGE_ENTRY__KEY = eINSTANCE.getTitlePageEntry_Key();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TITLE_PAGE_ENTRY__VALUE = eINSTANCE.getTitlePageEntry_Value();

		/**
		 * The meta object literal for the '{@link org.backlot.model.script.impl.RevisionImpl <em>Revision</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.backlot.model.script.impl.RevisionImpl
		 * @see org.backlot.model.script.impl.ScriptPackageImpl#getRevision()
		 * @generated
		 */
		EClass REVISION = eINSTANCE.getRevision();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVISION__NAME = eINSTANCE.getRevision_Name();

		/**
		 * The meta object literal for the '<em><b>Colour</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVISION__COLOUR = eINSTANCE.getRevision_Colour();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVISION__DATE = eINSTANCE.getRevision_Date();

		/**
		 * The meta object literal for the '{@link org.backlot.model.script.impl.SceneImpl <em>Scene</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.backlot.model.script.impl.SceneImpl
		 * @see org.backlot.model.script.impl.ScriptPackageImpl#getScene()
		 * @generated
		 */
		EClass SCENE = eINSTANCE.getScene();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENE__NUMBER = eINSTANCE.getScene_Number();

		/**
		 * The meta object literal for the '<em><b>Heading</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENE__HEADING = eINSTANCE.getScene_Heading();

		/**
		 * The meta object literal for the '<em><b>Int Ext</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENE__INT_EXT = eINSTANCE.getScene_IntExt();

		/**
		 * The meta object literal for the '<em><b>Set Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENE__SET_NAME = eINSTANCE.getScene_SetName();

		/**
		 * The meta object literal for the '<em><b>Location</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENE__LOCATION = eINSTANCE.getScene_Location();

		/**
		 * The meta object literal for the '<em><b>Stage</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENE__STAGE = eINSTANCE.getScene_Stage();

		/**
		 * The meta object literal for the '<em><b>Time Of Day</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENE__TIME_OF_DAY = eINSTANCE.getScene_TimeOfDay();

		/**
		 * The meta object literal for the '<em><b>Eighths</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENE__EIGHTHS = eINSTANCE.getScene_Eighths();

		/**
		 * The meta object literal for the '<em><b>Start Page</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENE__START_PAGE = eINSTANCE.getScene_StartPage();

		/**
		 * The meta object literal for the '<em><b>Synopsis</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENE__SYNOPSIS = eINSTANCE.getScene_Synopsis();

		/**
		 * The meta object literal for the '<em><b>Story Day</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENE__STORY_DAY = eINSTANCE.getScene_StoryDay();

		/**
		 * The meta object literal for the '<em><b>Omitted</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENE__OMITTED = eINSTANCE.getScene_Omitted();

		/**
		 * The meta object literal for the '<em><b>Revision</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENE__REVISION = eINSTANCE.getScene_Revision();

		/**
		 * The meta object literal for the '<em><b>Change</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENE__CHANGE = eINSTANCE.getScene_Change();

		/**
		 * The meta object literal for the '<em><b>Time As Written</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENE__TIME_AS_WRITTEN = eINSTANCE.getScene_TimeAsWritten();

		/**
		 * The meta object literal for the '<em><b>Paragraphs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENE__PARAGRAPHS = eINSTANCE.getScene_Paragraphs();

		/**
		 * The meta object literal for the '{@link org.backlot.model.script.impl.ParagraphImpl <em>Paragraph</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.backlot.model.script.impl.ParagraphImpl
		 * @see org.backlot.model.script.impl.ScriptPackageImpl#getParagraph()
		 * @generated
		 */
		EClass PARAGRAPH = eINSTANCE.getParagraph();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAGRAPH__TYPE = eINSTANCE.getParagraph_Type();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAGRAPH__TEXT = eINSTANCE.getParagraph_Text();

		/**
		 * The meta object literal for the '<em><b>Dual</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAGRAPH__DUAL = eINSTANCE.getParagraph_Dual();

		/**
		 * The meta object literal for the '<em><b>Depth</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAGRAPH__DEPTH = eINSTANCE.getParagraph_Depth();

		/**
		 * The meta object literal for the '{@link org.backlot.model.script.RevisionColour <em>Revision Colour</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.backlot.model.script.RevisionColour
		 * @see org.backlot.model.script.impl.ScriptPackageImpl#getRevisionColour()
		 * @generated
		 */
		EEnum REVISION_COLOUR = eINSTANCE.getRevisionColour();

		/**
		 * The meta object literal for the '{@link org.backlot.model.script.IntExt <em>Int Ext</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.backlot.model.script.IntExt
		 * @see org.backlot.model.script.impl.ScriptPackageImpl#getIntExt()
		 * @generated
		 */
		EEnum INT_EXT = eINSTANCE.getIntExt();

		/**
		 * The meta object literal for the '{@link org.backlot.model.script.TimeOfDay <em>Time Of Day</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.backlot.model.script.TimeOfDay
		 * @see org.backlot.model.script.impl.ScriptPackageImpl#getTimeOfDay()
		 * @generated
		 */
		EEnum TIME_OF_DAY = eINSTANCE.getTimeOfDay();

		/**
		 * The meta object literal for the '{@link org.backlot.model.script.ParagraphType <em>Paragraph Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.backlot.model.script.ParagraphType
		 * @see org.backlot.model.script.impl.ScriptPackageImpl#getParagraphType()
		 * @generated
		 */
		EEnum PARAGRAPH_TYPE = eINSTANCE.getParagraphType();

		/**
		 * The meta object literal for the '{@link org.backlot.model.script.SceneChange <em>Scene Change</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.backlot.model.script.SceneChange
		 * @see org.backlot.model.script.impl.ScriptPackageImpl#getSceneChange()
		 * @generated
		 */
		EEnum SCENE_CHANGE = eINSTANCE.getSceneChange();

	}

} //ScriptPackage
