/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.script.impl;

import org.backlot.model.breakdown.BreakdownPackage;

import org.backlot.model.breakdown.impl.BreakdownPackageImpl;

import org.backlot.model.lighting.LightingPackage;

import org.backlot.model.lighting.impl.LightingPackageImpl;

import org.backlot.model.permits.PermitsPackage;

import org.backlot.model.permits.impl.PermitsPackageImpl;

import org.backlot.model.production.ProductionPackage;

import org.backlot.model.production.impl.ProductionPackageImpl;

import org.backlot.model.schedule.SchedulePackage;

import org.backlot.model.schedule.impl.SchedulePackageImpl;

import org.backlot.model.script.IntExt;
import org.backlot.model.script.Paragraph;
import org.backlot.model.script.ParagraphType;
import org.backlot.model.script.Revision;
import org.backlot.model.script.RevisionColour;
import org.backlot.model.script.Scene;
import org.backlot.model.script.SceneChange;
import org.backlot.model.script.Script;
import org.backlot.model.script.ScriptFactory;
import org.backlot.model.script.ScriptPackage;
import org.backlot.model.script.TimeOfDay;
import org.backlot.model.script.TitlePageEntry;

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
public class ScriptPackageImpl extends EPackageImpl implements ScriptPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass scriptEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass titlePageEntryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass revisionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sceneEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass paragraphEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum revisionColourEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum intExtEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum timeOfDayEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum paragraphTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum sceneChangeEEnum = null;

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
	 * @see org.backlot.model.script.ScriptPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private ScriptPackageImpl() {
		super(eNS_URI, ScriptFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link ScriptPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static ScriptPackage init() {
		if (isInited) return (ScriptPackage)EPackage.Registry.INSTANCE.getEPackage(ScriptPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredScriptPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		ScriptPackageImpl theScriptPackage = registeredScriptPackage instanceof ScriptPackageImpl ? (ScriptPackageImpl)registeredScriptPackage : new ScriptPackageImpl();

		isInited = true;

		// Obtain or create and register interdependencies
		Object registeredPackage = EPackage.Registry.INSTANCE.getEPackage(ProductionPackage.eNS_URI);
		ProductionPackageImpl theProductionPackage = (ProductionPackageImpl)(registeredPackage instanceof ProductionPackageImpl ? registeredPackage : ProductionPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(BreakdownPackage.eNS_URI);
		BreakdownPackageImpl theBreakdownPackage = (BreakdownPackageImpl)(registeredPackage instanceof BreakdownPackageImpl ? registeredPackage : BreakdownPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(ShotsPackage.eNS_URI);
		ShotsPackageImpl theShotsPackage = (ShotsPackageImpl)(registeredPackage instanceof ShotsPackageImpl ? registeredPackage : ShotsPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(SchedulePackage.eNS_URI);
		SchedulePackageImpl theSchedulePackage = (SchedulePackageImpl)(registeredPackage instanceof SchedulePackageImpl ? registeredPackage : SchedulePackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(LightingPackage.eNS_URI);
		LightingPackageImpl theLightingPackage = (LightingPackageImpl)(registeredPackage instanceof LightingPackageImpl ? registeredPackage : LightingPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(PermitsPackage.eNS_URI);
		PermitsPackageImpl thePermitsPackage = (PermitsPackageImpl)(registeredPackage instanceof PermitsPackageImpl ? registeredPackage : PermitsPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(StudioPackage.eNS_URI);
		StudioPackageImpl theStudioPackage = (StudioPackageImpl)(registeredPackage instanceof StudioPackageImpl ? registeredPackage : StudioPackage.eINSTANCE);

		// Create package meta-data objects
		theScriptPackage.createPackageContents();
		theProductionPackage.createPackageContents();
		theBreakdownPackage.createPackageContents();
		theShotsPackage.createPackageContents();
		theSchedulePackage.createPackageContents();
		theLightingPackage.createPackageContents();
		thePermitsPackage.createPackageContents();
		theStudioPackage.createPackageContents();

		// Initialize created meta-data
		theScriptPackage.initializePackageContents();
		theProductionPackage.initializePackageContents();
		theBreakdownPackage.initializePackageContents();
		theShotsPackage.initializePackageContents();
		theSchedulePackage.initializePackageContents();
		theLightingPackage.initializePackageContents();
		thePermitsPackage.initializePackageContents();
		theStudioPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theScriptPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(ScriptPackage.eNS_URI, theScriptPackage);
		return theScriptPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getScript() {
		return scriptEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScript_Title() {
		return (EAttribute)scriptEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScript_Author() {
		return (EAttribute)scriptEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScript_SourceFile() {
		return (EAttribute)scriptEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScript_SourceFormat() {
		return (EAttribute)scriptEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScript_TitlePage() {
		return (EReference)scriptEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScript_Revisions() {
		return (EReference)scriptEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScript_CurrentRevision() {
		return (EReference)scriptEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScript_FrontMatter() {
		return (EReference)scriptEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScript_Scenes() {
		return (EReference)scriptEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTitlePageEntry() {
		return titlePageEntryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTitlePageEntry_Key() {
		return (EAttribute)titlePageEntryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTitlePageEntry_Value() {
		return (EAttribute)titlePageEntryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRevision() {
		return revisionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRevision_Name() {
		return (EAttribute)revisionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRevision_Colour() {
		return (EAttribute)revisionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRevision_Date() {
		return (EAttribute)revisionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getScene() {
		return sceneEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScene_Number() {
		return (EAttribute)sceneEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScene_Heading() {
		return (EAttribute)sceneEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScene_IntExt() {
		return (EAttribute)sceneEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScene_SetName() {
		return (EAttribute)sceneEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScene_Location() {
		return (EReference)sceneEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScene_Stage() {
		return (EReference)sceneEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScene_TimeOfDay() {
		return (EAttribute)sceneEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScene_Eighths() {
		return (EAttribute)sceneEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScene_StartPage() {
		return (EAttribute)sceneEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScene_Synopsis() {
		return (EAttribute)sceneEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScene_StoryDay() {
		return (EAttribute)sceneEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScene_Omitted() {
		return (EAttribute)sceneEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScene_Revision() {
		return (EReference)sceneEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScene_Change() {
		return (EAttribute)sceneEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScene_TimeAsWritten() {
		return (EAttribute)sceneEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScene_Paragraphs() {
		return (EReference)sceneEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getParagraph() {
		return paragraphEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getParagraph_Type() {
		return (EAttribute)paragraphEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getParagraph_Text() {
		return (EAttribute)paragraphEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getParagraph_Dual() {
		return (EAttribute)paragraphEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getParagraph_Depth() {
		return (EAttribute)paragraphEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRevisionColour() {
		return revisionColourEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getIntExt() {
		return intExtEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTimeOfDay() {
		return timeOfDayEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getParagraphType() {
		return paragraphTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSceneChange() {
		return sceneChangeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScriptFactory getScriptFactory() {
		return (ScriptFactory)getEFactoryInstance();
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
		scriptEClass = createEClass(SCRIPT);
		createEAttribute(scriptEClass, SCRIPT__TITLE);
		createEAttribute(scriptEClass, SCRIPT__AUTHOR);
		createEAttribute(scriptEClass, SCRIPT__SOURCE_FILE);
		createEAttribute(scriptEClass, SCRIPT__SOURCE_FORMAT);
		createEReference(scriptEClass, SCRIPT__TITLE_PAGE);
		createEReference(scriptEClass, SCRIPT__REVISIONS);
		createEReference(scriptEClass, SCRIPT__CURRENT_REVISION);
		createEReference(scriptEClass, SCRIPT__FRONT_MATTER);
		createEReference(scriptEClass, SCRIPT__SCENES);

		titlePageEntryEClass = createEClass(TITLE_PAGE_ENTRY);
		createEAttribute(titlePageEntryEClass, TITLE_PAGE_ENTRY__KEY);
		createEAttribute(titlePageEntryEClass, TITLE_PAGE_ENTRY__VALUE);

		revisionEClass = createEClass(REVISION);
		createEAttribute(revisionEClass, REVISION__NAME);
		createEAttribute(revisionEClass, REVISION__COLOUR);
		createEAttribute(revisionEClass, REVISION__DATE);

		sceneEClass = createEClass(SCENE);
		createEAttribute(sceneEClass, SCENE__NUMBER);
		createEAttribute(sceneEClass, SCENE__HEADING);
		createEAttribute(sceneEClass, SCENE__INT_EXT);
		createEAttribute(sceneEClass, SCENE__SET_NAME);
		createEReference(sceneEClass, SCENE__LOCATION);
		createEReference(sceneEClass, SCENE__STAGE);
		createEAttribute(sceneEClass, SCENE__TIME_OF_DAY);
		createEAttribute(sceneEClass, SCENE__EIGHTHS);
		createEAttribute(sceneEClass, SCENE__START_PAGE);
		createEAttribute(sceneEClass, SCENE__SYNOPSIS);
		createEAttribute(sceneEClass, SCENE__STORY_DAY);
		createEAttribute(sceneEClass, SCENE__OMITTED);
		createEReference(sceneEClass, SCENE__REVISION);
		createEAttribute(sceneEClass, SCENE__CHANGE);
		createEAttribute(sceneEClass, SCENE__TIME_AS_WRITTEN);
		createEReference(sceneEClass, SCENE__PARAGRAPHS);

		paragraphEClass = createEClass(PARAGRAPH);
		createEAttribute(paragraphEClass, PARAGRAPH__TYPE);
		createEAttribute(paragraphEClass, PARAGRAPH__TEXT);
		createEAttribute(paragraphEClass, PARAGRAPH__DUAL);
		createEAttribute(paragraphEClass, PARAGRAPH__DEPTH);

		// Create enums
		revisionColourEEnum = createEEnum(REVISION_COLOUR);
		intExtEEnum = createEEnum(INT_EXT);
		timeOfDayEEnum = createEEnum(TIME_OF_DAY);
		paragraphTypeEEnum = createEEnum(PARAGRAPH_TYPE);
		sceneChangeEEnum = createEEnum(SCENE_CHANGE);
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
		StudioPackage theStudioPackage = (StudioPackage)EPackage.Registry.INSTANCE.getEPackage(StudioPackage.eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		scriptEClass.getESuperTypes().add(theProductionPackage.getIdentified());
		revisionEClass.getESuperTypes().add(theProductionPackage.getIdentified());
		sceneEClass.getESuperTypes().add(theProductionPackage.getIdentified());

		// Initialize classes, features, and operations; add parameters
		initEClass(scriptEClass, Script.class, "Script", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getScript_Title(), ecorePackage.getEString(), "title", null, 0, 1, Script.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScript_Author(), ecorePackage.getEString(), "author", null, 0, 1, Script.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScript_SourceFile(), ecorePackage.getEString(), "sourceFile", null, 0, 1, Script.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScript_SourceFormat(), ecorePackage.getEString(), "sourceFormat", null, 0, 1, Script.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScript_TitlePage(), this.getTitlePageEntry(), null, "titlePage", null, 0, -1, Script.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScript_Revisions(), this.getRevision(), null, "revisions", null, 0, -1, Script.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScript_CurrentRevision(), this.getRevision(), null, "currentRevision", null, 0, 1, Script.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScript_FrontMatter(), this.getParagraph(), null, "frontMatter", null, 0, -1, Script.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScript_Scenes(), this.getScene(), null, "scenes", null, 0, -1, Script.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(titlePageEntryEClass, TitlePageEntry.class, "TitlePageEntry", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTitlePageEntry_Key(), ecorePackage.getEString(), "key", null, 0, 1, TitlePageEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTitlePageEntry_Value(), ecorePackage.getEString(), "value", null, 0, 1, TitlePageEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(revisionEClass, Revision.class, "Revision", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRevision_Name(), ecorePackage.getEString(), "name", null, 0, 1, Revision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRevision_Colour(), this.getRevisionColour(), "colour", null, 0, 1, Revision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRevision_Date(), ecorePackage.getEDate(), "date", null, 0, 1, Revision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(sceneEClass, Scene.class, "Scene", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getScene_Number(), ecorePackage.getEString(), "number", null, 0, 1, Scene.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScene_Heading(), ecorePackage.getEString(), "heading", null, 0, 1, Scene.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScene_IntExt(), this.getIntExt(), "intExt", null, 0, 1, Scene.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScene_SetName(), ecorePackage.getEString(), "setName", null, 0, 1, Scene.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScene_Location(), theStudioPackage.getLocation(), null, "location", null, 0, 1, Scene.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScene_Stage(), theStudioPackage.getStage(), null, "stage", null, 0, 1, Scene.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScene_TimeOfDay(), this.getTimeOfDay(), "timeOfDay", null, 0, 1, Scene.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScene_Eighths(), ecorePackage.getEInt(), "eighths", null, 0, 1, Scene.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScene_StartPage(), ecorePackage.getEInt(), "startPage", null, 0, 1, Scene.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScene_Synopsis(), ecorePackage.getEString(), "synopsis", null, 0, 1, Scene.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScene_StoryDay(), ecorePackage.getEInt(), "storyDay", null, 0, 1, Scene.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScene_Omitted(), ecorePackage.getEBoolean(), "omitted", null, 0, 1, Scene.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScene_Revision(), this.getRevision(), null, "revision", null, 0, 1, Scene.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScene_Change(), this.getSceneChange(), "change", null, 0, 1, Scene.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScene_TimeAsWritten(), ecorePackage.getEString(), "timeAsWritten", null, 0, 1, Scene.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScene_Paragraphs(), this.getParagraph(), null, "paragraphs", null, 0, -1, Scene.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(paragraphEClass, Paragraph.class, "Paragraph", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getParagraph_Type(), this.getParagraphType(), "type", null, 0, 1, Paragraph.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getParagraph_Text(), ecorePackage.getEString(), "text", null, 0, 1, Paragraph.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getParagraph_Dual(), ecorePackage.getEBoolean(), "dual", null, 0, 1, Paragraph.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getParagraph_Depth(), ecorePackage.getEInt(), "depth", null, 0, 1, Paragraph.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(revisionColourEEnum, RevisionColour.class, "RevisionColour");
		addEEnumLiteral(revisionColourEEnum, RevisionColour.WHITE);
		addEEnumLiteral(revisionColourEEnum, RevisionColour.BLUE);
		addEEnumLiteral(revisionColourEEnum, RevisionColour.PINK);
		addEEnumLiteral(revisionColourEEnum, RevisionColour.YELLOW);
		addEEnumLiteral(revisionColourEEnum, RevisionColour.GREEN);
		addEEnumLiteral(revisionColourEEnum, RevisionColour.GOLDENROD);
		addEEnumLiteral(revisionColourEEnum, RevisionColour.BUFF);
		addEEnumLiteral(revisionColourEEnum, RevisionColour.SALMON);
		addEEnumLiteral(revisionColourEEnum, RevisionColour.CHERRY);

		initEEnum(intExtEEnum, IntExt.class, "IntExt");
		addEEnumLiteral(intExtEEnum, IntExt.INT);
		addEEnumLiteral(intExtEEnum, IntExt.EXT);
		addEEnumLiteral(intExtEEnum, IntExt.INT_EXT);

		initEEnum(timeOfDayEEnum, TimeOfDay.class, "TimeOfDay");
		addEEnumLiteral(timeOfDayEEnum, TimeOfDay.DAY);
		addEEnumLiteral(timeOfDayEEnum, TimeOfDay.NIGHT);
		addEEnumLiteral(timeOfDayEEnum, TimeOfDay.DAWN);
		addEEnumLiteral(timeOfDayEEnum, TimeOfDay.DUSK);
		addEEnumLiteral(timeOfDayEEnum, TimeOfDay.MORNING);
		addEEnumLiteral(timeOfDayEEnum, TimeOfDay.EVENING);
		addEEnumLiteral(timeOfDayEEnum, TimeOfDay.CONTINUOUS);
		addEEnumLiteral(timeOfDayEEnum, TimeOfDay.LATER);
		addEEnumLiteral(timeOfDayEEnum, TimeOfDay.UNSPECIFIED);

		initEEnum(paragraphTypeEEnum, ParagraphType.class, "ParagraphType");
		addEEnumLiteral(paragraphTypeEEnum, ParagraphType.HEADING);
		addEEnumLiteral(paragraphTypeEEnum, ParagraphType.ACTION);
		addEEnumLiteral(paragraphTypeEEnum, ParagraphType.CHARACTER);
		addEEnumLiteral(paragraphTypeEEnum, ParagraphType.DIALOGUE);
		addEEnumLiteral(paragraphTypeEEnum, ParagraphType.PARENTHETICAL);
		addEEnumLiteral(paragraphTypeEEnum, ParagraphType.TRANSITION);
		addEEnumLiteral(paragraphTypeEEnum, ParagraphType.SHOT);
		addEEnumLiteral(paragraphTypeEEnum, ParagraphType.CENTERED);
		addEEnumLiteral(paragraphTypeEEnum, ParagraphType.LYRIC);
		addEEnumLiteral(paragraphTypeEEnum, ParagraphType.NOTE);
		addEEnumLiteral(paragraphTypeEEnum, ParagraphType.SECTION);
		addEEnumLiteral(paragraphTypeEEnum, ParagraphType.SYNOPSIS);
		addEEnumLiteral(paragraphTypeEEnum, ParagraphType.PAGE_BREAK);
		addEEnumLiteral(paragraphTypeEEnum, ParagraphType.CAST_LIST);

		initEEnum(sceneChangeEEnum, SceneChange.class, "SceneChange");
		addEEnumLiteral(sceneChangeEEnum, SceneChange.UNCHANGED);
		addEEnumLiteral(sceneChangeEEnum, SceneChange.ADDED);
		addEEnumLiteral(sceneChangeEEnum, SceneChange.CHANGED);
		addEEnumLiteral(sceneChangeEEnum, SceneChange.OMITTED);

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
			   "documentation", "The screenplay: revisions, title page, scenes and their paragraphs."
		   });
		addAnnotation
		  (revisionColourEEnum,
		   source,
		   new String[] {
			   "documentation", "Industry revision page colours, in order."
		   });
		addAnnotation
		  (intExtEEnum,
		   source,
		   new String[] {
			   "documentation", "Interior or exterior, from the scene heading."
		   });
		addAnnotation
		  (timeOfDayEEnum,
		   source,
		   new String[] {
			   "documentation", "Time of day from the scene heading."
		   });
		addAnnotation
		  (paragraphTypeEEnum,
		   source,
		   new String[] {
			   "documentation", "Screenplay element types."
		   });
		addAnnotation
		  (sceneChangeEEnum,
		   source,
		   new String[] {
			   "documentation", "How a scene changed in the last re-import of a revised script."
		   });
		addAnnotation
		  (scriptEClass,
		   source,
		   new String[] {
			   "documentation", "An imported screenplay."
		   });
		addAnnotation
		  (getScript_SourceFile(),
		   source,
		   new String[] {
			   "documentation", "The file it was imported from."
		   });
		addAnnotation
		  (getScript_SourceFormat(),
		   source,
		   new String[] {
			   "documentation", "Importer id, e.g. fountain, fdx, pdf."
		   });
		addAnnotation
		  (getScript_FrontMatter(),
		   source,
		   new String[] {
			   "documentation", "Paragraphs before the first scene heading (FADE IN:, a note, a section)."
		   });
		addAnnotation
		  (titlePageEntryEClass,
		   source,
		   new String[] {
			   "documentation", "One key of the title page (Title, Credit, Author, Draft date...)."
		   });
		addAnnotation
		  (revisionEClass,
		   source,
		   new String[] {
			   "documentation", "A script revision."
		   });
		addAnnotation
		  (sceneEClass,
		   source,
		   new String[] {
			   "documentation", "A scene, in script order."
		   });
		addAnnotation
		  (getScene_Number(),
		   source,
		   new String[] {
			   "documentation", "Scene number as printed, with suffixes (12, 12A)."
		   });
		addAnnotation
		  (getScene_Heading(),
		   source,
		   new String[] {
			   "documentation", "The heading as written."
		   });
		addAnnotation
		  (getScene_SetName(),
		   source,
		   new String[] {
			   "documentation", "The set, as named in the heading."
		   });
		addAnnotation
		  (getScene_Location(),
		   source,
		   new String[] {
			   "documentation", "Where it is shot, when known."
		   });
		addAnnotation
		  (getScene_Stage(),
		   source,
		   new String[] {
			   "documentation", "The stage it is shot on, when on a stage."
		   });
		addAnnotation
		  (getScene_Eighths(),
		   source,
		   new String[] {
			   "documentation", "Length in eighths of a page (1 3/8 pages = 11)."
		   });
		addAnnotation
		  (getScene_StartPage(),
		   source,
		   new String[] {
			   "documentation", "Page the scene starts on."
		   });
		addAnnotation
		  (getScene_StoryDay(),
		   source,
		   new String[] {
			   "documentation", "Day of the story the scene happens on."
		   });
		addAnnotation
		  (getScene_Omitted(),
		   source,
		   new String[] {
			   "documentation", "Omitted in a revision; kept for its number."
		   });
		addAnnotation
		  (getScene_Revision(),
		   source,
		   new String[] {
			   "documentation", "The revision that last changed this scene."
		   });
		addAnnotation
		  (getScene_Change(),
		   source,
		   new String[] {
			   "documentation", "Set by re-importing a revision; the revision reference says which."
		   });
		addAnnotation
		  (getScene_TimeAsWritten(),
		   source,
		   new String[] {
			   "documentation", "The time of day as the heading writes it (e.g. MAGIC HOUR, \u9ec4\u660f)."
		   });
		addAnnotation
		  (paragraphEClass,
		   source,
		   new String[] {
			   "documentation", "One element of the screenplay text."
		   });
		addAnnotation
		  (getParagraph_Dual(),
		   source,
		   new String[] {
			   "documentation", "Part of dual dialogue (the second speaker)."
		   });
		addAnnotation
		  (getParagraph_Depth(),
		   source,
		   new String[] {
			   "documentation", "Section depth for SECTION paragraphs."
		   });
	}

} //ScriptPackageImpl
