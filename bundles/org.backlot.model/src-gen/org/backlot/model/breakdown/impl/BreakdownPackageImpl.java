/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.breakdown.impl;

import org.backlot.model.breakdown.Breakdown;
import org.backlot.model.breakdown.BreakdownFactory;
import org.backlot.model.breakdown.BreakdownPackage;
import org.backlot.model.breakdown.CastMember;
import org.backlot.model.breakdown.Category;
import org.backlot.model.breakdown.Element;
import org.backlot.model.breakdown.ElementOccurrence;
import org.backlot.model.breakdown.ExtrasRequirement;
import org.backlot.model.breakdown.MarkStyle;

import org.backlot.model.lighting.LightingPackage;

import org.backlot.model.lighting.impl.LightingPackageImpl;

import org.backlot.model.permits.PermitsPackage;

import org.backlot.model.permits.impl.PermitsPackageImpl;

import org.backlot.model.production.ProductionPackage;

import org.backlot.model.production.impl.ProductionPackageImpl;

import org.backlot.model.schedule.SchedulePackage;

import org.backlot.model.schedule.impl.SchedulePackageImpl;

import org.backlot.model.script.ScriptPackage;

import org.backlot.model.script.impl.ScriptPackageImpl;

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
public class BreakdownPackageImpl extends EPackageImpl implements BreakdownPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass breakdownEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass categoryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass elementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass castMemberEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass elementOccurrenceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass extrasRequirementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum markStyleEEnum = null;

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
	 * @see org.backlot.model.breakdown.BreakdownPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private BreakdownPackageImpl() {
		super(eNS_URI, BreakdownFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link BreakdownPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static BreakdownPackage init() {
		if (isInited) return (BreakdownPackage)EPackage.Registry.INSTANCE.getEPackage(BreakdownPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredBreakdownPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		BreakdownPackageImpl theBreakdownPackage = registeredBreakdownPackage instanceof BreakdownPackageImpl ? (BreakdownPackageImpl)registeredBreakdownPackage : new BreakdownPackageImpl();

		isInited = true;

		// Obtain or create and register interdependencies
		Object registeredPackage = EPackage.Registry.INSTANCE.getEPackage(ProductionPackage.eNS_URI);
		ProductionPackageImpl theProductionPackage = (ProductionPackageImpl)(registeredPackage instanceof ProductionPackageImpl ? registeredPackage : ProductionPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(ScriptPackage.eNS_URI);
		ScriptPackageImpl theScriptPackage = (ScriptPackageImpl)(registeredPackage instanceof ScriptPackageImpl ? registeredPackage : ScriptPackage.eINSTANCE);
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
		theBreakdownPackage.createPackageContents();
		theProductionPackage.createPackageContents();
		theScriptPackage.createPackageContents();
		theShotsPackage.createPackageContents();
		theSchedulePackage.createPackageContents();
		theLightingPackage.createPackageContents();
		thePermitsPackage.createPackageContents();
		theStudioPackage.createPackageContents();

		// Initialize created meta-data
		theBreakdownPackage.initializePackageContents();
		theProductionPackage.initializePackageContents();
		theScriptPackage.initializePackageContents();
		theShotsPackage.initializePackageContents();
		theSchedulePackage.initializePackageContents();
		theLightingPackage.initializePackageContents();
		thePermitsPackage.initializePackageContents();
		theStudioPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theBreakdownPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(BreakdownPackage.eNS_URI, theBreakdownPackage);
		return theBreakdownPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBreakdown() {
		return breakdownEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBreakdown_Categories() {
		return (EReference)breakdownEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBreakdown_Elements() {
		return (EReference)breakdownEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBreakdown_Extras() {
		return (EReference)breakdownEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCategory() {
		return categoryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCategory_Key() {
		return (EAttribute)categoryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCategory_Name() {
		return (EAttribute)categoryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCategory_NameZh() {
		return (EAttribute)categoryEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCategory_Colour() {
		return (EAttribute)categoryEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCategory_Mark() {
		return (EAttribute)categoryEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCategory_Shortcut() {
		return (EAttribute)categoryEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getElement() {
		return elementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getElement_Name() {
		return (EAttribute)elementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getElement_Category() {
		return (EReference)elementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getElement_Notes() {
		return (EAttribute)elementEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getElement_StudioItem() {
		return (EReference)elementEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getElement_Occurrences() {
		return (EReference)elementEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getElement_DoodRule() {
		return (EReference)elementEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCastMember() {
		return castMemberEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCastMember_CastNumber() {
		return (EAttribute)castMemberEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCastMember_Actor() {
		return (EAttribute)castMemberEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCastMember_ActorAlt() {
		return (EAttribute)castMemberEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCastMember_Unavailable() {
		return (EReference)castMemberEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCastMember_DailyRate() {
		return (EAttribute)castMemberEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCastMember_MakeupMinutes() {
		return (EAttribute)castMemberEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCastMember_PickupMinutes() {
		return (EAttribute)castMemberEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCastMember_Travel() {
		return (EAttribute)castMemberEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getElementOccurrence() {
		return elementOccurrenceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getElementOccurrence_Scene() {
		return (EReference)elementOccurrenceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getElementOccurrence_Paragraph() {
		return (EReference)elementOccurrenceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getElementOccurrence_Start() {
		return (EAttribute)elementOccurrenceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getElementOccurrence_Length() {
		return (EAttribute)elementOccurrenceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getElementOccurrence_Confirmed() {
		return (EAttribute)elementOccurrenceEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getElementOccurrence_Confidence() {
		return (EAttribute)elementOccurrenceEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getExtrasRequirement() {
		return extrasRequirementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExtrasRequirement_Scene() {
		return (EReference)extrasRequirementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExtrasRequirement_Count() {
		return (EAttribute)extrasRequirementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExtrasRequirement_Description() {
		return (EAttribute)extrasRequirementEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExtrasRequirement_Look() {
		return (EAttribute)extrasRequirementEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMarkStyle() {
		return markStyleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BreakdownFactory getBreakdownFactory() {
		return (BreakdownFactory)getEFactoryInstance();
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
		breakdownEClass = createEClass(BREAKDOWN);
		createEReference(breakdownEClass, BREAKDOWN__CATEGORIES);
		createEReference(breakdownEClass, BREAKDOWN__ELEMENTS);
		createEReference(breakdownEClass, BREAKDOWN__EXTRAS);

		categoryEClass = createEClass(CATEGORY);
		createEAttribute(categoryEClass, CATEGORY__KEY);
		createEAttribute(categoryEClass, CATEGORY__NAME);
		createEAttribute(categoryEClass, CATEGORY__NAME_ZH);
		createEAttribute(categoryEClass, CATEGORY__COLOUR);
		createEAttribute(categoryEClass, CATEGORY__MARK);
		createEAttribute(categoryEClass, CATEGORY__SHORTCUT);

		elementEClass = createEClass(ELEMENT);
		createEAttribute(elementEClass, ELEMENT__NAME);
		createEReference(elementEClass, ELEMENT__CATEGORY);
		createEAttribute(elementEClass, ELEMENT__NOTES);
		createEReference(elementEClass, ELEMENT__STUDIO_ITEM);
		createEReference(elementEClass, ELEMENT__OCCURRENCES);
		createEReference(elementEClass, ELEMENT__DOOD_RULE);

		castMemberEClass = createEClass(CAST_MEMBER);
		createEAttribute(castMemberEClass, CAST_MEMBER__CAST_NUMBER);
		createEAttribute(castMemberEClass, CAST_MEMBER__ACTOR);
		createEAttribute(castMemberEClass, CAST_MEMBER__ACTOR_ALT);
		createEReference(castMemberEClass, CAST_MEMBER__UNAVAILABLE);
		createEAttribute(castMemberEClass, CAST_MEMBER__DAILY_RATE);
		createEAttribute(castMemberEClass, CAST_MEMBER__MAKEUP_MINUTES);
		createEAttribute(castMemberEClass, CAST_MEMBER__PICKUP_MINUTES);
		createEAttribute(castMemberEClass, CAST_MEMBER__TRAVEL);

		elementOccurrenceEClass = createEClass(ELEMENT_OCCURRENCE);
		createEReference(elementOccurrenceEClass, ELEMENT_OCCURRENCE__SCENE);
		createEReference(elementOccurrenceEClass, ELEMENT_OCCURRENCE__PARAGRAPH);
		createEAttribute(elementOccurrenceEClass, ELEMENT_OCCURRENCE__START);
		createEAttribute(elementOccurrenceEClass, ELEMENT_OCCURRENCE__LENGTH);
		createEAttribute(elementOccurrenceEClass, ELEMENT_OCCURRENCE__CONFIRMED);
		createEAttribute(elementOccurrenceEClass, ELEMENT_OCCURRENCE__CONFIDENCE);

		extrasRequirementEClass = createEClass(EXTRAS_REQUIREMENT);
		createEReference(extrasRequirementEClass, EXTRAS_REQUIREMENT__SCENE);
		createEAttribute(extrasRequirementEClass, EXTRAS_REQUIREMENT__COUNT);
		createEAttribute(extrasRequirementEClass, EXTRAS_REQUIREMENT__DESCRIPTION);
		createEAttribute(extrasRequirementEClass, EXTRAS_REQUIREMENT__LOOK);

		// Create enums
		markStyleEEnum = createEEnum(MARK_STYLE);
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
		SchedulePackage theSchedulePackage = (SchedulePackage)EPackage.Registry.INSTANCE.getEPackage(SchedulePackage.eNS_URI);
		ScriptPackage theScriptPackage = (ScriptPackage)EPackage.Registry.INSTANCE.getEPackage(ScriptPackage.eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		categoryEClass.getESuperTypes().add(theProductionPackage.getIdentified());
		elementEClass.getESuperTypes().add(theProductionPackage.getIdentified());
		castMemberEClass.getESuperTypes().add(this.getElement());
		extrasRequirementEClass.getESuperTypes().add(theProductionPackage.getIdentified());

		// Initialize classes, features, and operations; add parameters
		initEClass(breakdownEClass, Breakdown.class, "Breakdown", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getBreakdown_Categories(), this.getCategory(), null, "categories", null, 0, -1, Breakdown.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBreakdown_Elements(), this.getElement(), null, "elements", null, 0, -1, Breakdown.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBreakdown_Extras(), this.getExtrasRequirement(), null, "extras", null, 0, -1, Breakdown.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(categoryEClass, Category.class, "Category", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCategory_Key(), ecorePackage.getEString(), "key", null, 0, 1, Category.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCategory_Name(), ecorePackage.getEString(), "name", null, 0, 1, Category.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCategory_NameZh(), ecorePackage.getEString(), "nameZh", null, 0, 1, Category.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCategory_Colour(), ecorePackage.getEString(), "colour", null, 0, 1, Category.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCategory_Mark(), this.getMarkStyle(), "mark", null, 0, 1, Category.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCategory_Shortcut(), ecorePackage.getEInt(), "shortcut", null, 0, 1, Category.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(elementEClass, Element.class, "Element", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getElement_Name(), ecorePackage.getEString(), "name", null, 0, 1, Element.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getElement_Category(), this.getCategory(), null, "category", null, 0, 1, Element.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getElement_Notes(), ecorePackage.getEString(), "notes", null, 0, 1, Element.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getElement_StudioItem(), theStudioPackage.getInventoryItem(), null, "studioItem", null, 0, 1, Element.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getElement_Occurrences(), this.getElementOccurrence(), null, "occurrences", null, 0, -1, Element.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getElement_DoodRule(), theSchedulePackage.getDoodRule(), null, "doodRule", null, 0, 1, Element.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(castMemberEClass, CastMember.class, "CastMember", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCastMember_CastNumber(), ecorePackage.getEInt(), "castNumber", null, 0, 1, CastMember.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCastMember_Actor(), ecorePackage.getEString(), "actor", null, 0, 1, CastMember.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCastMember_ActorAlt(), ecorePackage.getEString(), "actorAlt", null, 0, 1, CastMember.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCastMember_Unavailable(), theProductionPackage.getDateRange(), null, "unavailable", null, 0, -1, CastMember.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCastMember_DailyRate(), ecorePackage.getEDouble(), "dailyRate", "0.0", 0, 1, CastMember.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCastMember_MakeupMinutes(), ecorePackage.getEInt(), "makeupMinutes", "60", 0, 1, CastMember.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCastMember_PickupMinutes(), ecorePackage.getEInt(), "pickupMinutes", "30", 0, 1, CastMember.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCastMember_Travel(), ecorePackage.getEBoolean(), "travel", "false", 0, 1, CastMember.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(elementOccurrenceEClass, ElementOccurrence.class, "ElementOccurrence", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getElementOccurrence_Scene(), theScriptPackage.getScene(), null, "scene", null, 0, 1, ElementOccurrence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getElementOccurrence_Paragraph(), theScriptPackage.getParagraph(), null, "paragraph", null, 0, 1, ElementOccurrence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getElementOccurrence_Start(), ecorePackage.getEInt(), "start", null, 0, 1, ElementOccurrence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getElementOccurrence_Length(), ecorePackage.getEInt(), "length", null, 0, 1, ElementOccurrence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getElementOccurrence_Confirmed(), ecorePackage.getEBoolean(), "confirmed", null, 0, 1, ElementOccurrence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getElementOccurrence_Confidence(), ecorePackage.getEDouble(), "confidence", null, 0, 1, ElementOccurrence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(extrasRequirementEClass, ExtrasRequirement.class, "ExtrasRequirement", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getExtrasRequirement_Scene(), theScriptPackage.getScene(), null, "scene", null, 0, 1, ExtrasRequirement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExtrasRequirement_Count(), ecorePackage.getEInt(), "count", null, 0, 1, ExtrasRequirement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExtrasRequirement_Description(), ecorePackage.getEString(), "description", null, 0, 1, ExtrasRequirement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExtrasRequirement_Look(), ecorePackage.getEString(), "look", null, 0, 1, ExtrasRequirement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(markStyleEEnum, MarkStyle.class, "MarkStyle");
		addEEnumLiteral(markStyleEEnum, MarkStyle.COLOUR);
		addEEnumLiteral(markStyleEEnum, MarkStyle.CIRCLE);
		addEEnumLiteral(markStyleEEnum, MarkStyle.ASTERISK);
		addEEnumLiteral(markStyleEEnum, MarkStyle.BOX);
		addEEnumLiteral(markStyleEEnum, MarkStyle.UNDERLINE);

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
			   "documentation", "Breakdown: categories, elements and where each occurs in the script."
		   });
		addAnnotation
		  (markStyleEEnum,
		   source,
		   new String[] {
			   "documentation", "How a category is marked on paper."
		   });
		addAnnotation
		  (breakdownEClass,
		   source,
		   new String[] {
			   "documentation", "The breakdown of a script."
		   });
		addAnnotation
		  (categoryEClass,
		   source,
		   new String[] {
			   "documentation", "An element category with its colour and mark."
		   });
		addAnnotation
		  (getCategory_Key(),
		   source,
		   new String[] {
			   "documentation", "Stable key, e.g. cast, props, weapons."
		   });
		addAnnotation
		  (getCategory_Colour(),
		   source,
		   new String[] {
			   "documentation", "Marking colour as #rrggbb."
		   });
		addAnnotation
		  (getCategory_Shortcut(),
		   source,
		   new String[] {
			   "documentation", "Number key (1-9) that tags with this category, 0 for none."
		   });
		addAnnotation
		  (elementEClass,
		   source,
		   new String[] {
			   "documentation", "A thing the production must provide: a prop, a costume, a vehicle, a stunt..."
		   });
		addAnnotation
		  (getElement_StudioItem(),
		   source,
		   new String[] {
			   "documentation", "The studio\'s item that provides it, when matched."
		   });
		addAnnotation
		  (getElement_DoodRule(),
		   source,
		   new String[] {
			   "documentation", "How the element may be held or dropped between work days."
		   });
		addAnnotation
		  (castMemberEClass,
		   source,
		   new String[] {
			   "documentation", "A speaking character and the actor playing it."
		   });
		addAnnotation
		  (getCastMember_CastNumber(),
		   source,
		   new String[] {
			   "documentation", "Number on the call sheet and strips."
		   });
		addAnnotation
		  (getCastMember_ActorAlt(),
		   source,
		   new String[] {
			   "documentation", "Actor\'s name in the other script."
		   });
		addAnnotation
		  (getCastMember_Unavailable(),
		   source,
		   new String[] {
			   "documentation", "Days the actor cannot work."
		   });
		addAnnotation
		  (getCastMember_DailyRate(),
		   source,
		   new String[] {
			   "documentation", "Cost of a work or hold day; 0 uses the schedule\'s cast-day weight."
		   });
		addAnnotation
		  (getCastMember_MakeupMinutes(),
		   source,
		   new String[] {
			   "documentation", "Hair, make-up and wardrobe time before the actor is on set."
		   });
		addAnnotation
		  (getCastMember_PickupMinutes(),
		   source,
		   new String[] {
			   "documentation", "Drive from the actor\'s lodging to the set."
		   });
		addAnnotation
		  (getCastMember_Travel(),
		   source,
		   new String[] {
			   "documentation", "The actor travels in the day before the first work day and out the day after the last."
		   });
		addAnnotation
		  (elementOccurrenceEClass,
		   source,
		   new String[] {
			   "documentation", "Where in the script an element was tagged."
		   });
		addAnnotation
		  (getElementOccurrence_Start(),
		   source,
		   new String[] {
			   "documentation", "Offset of the tagged text in the paragraph."
		   });
		addAnnotation
		  (getElementOccurrence_Confirmed(),
		   source,
		   new String[] {
			   "documentation", "Confirmed by a person; otherwise a suggestion."
		   });
		addAnnotation
		  (getElementOccurrence_Confidence(),
		   source,
		   new String[] {
			   "documentation", "Confidence of a suggestion, 0 to 1."
		   });
		addAnnotation
		  (extrasRequirementEClass,
		   source,
		   new String[] {
			   "documentation", "Background actors a scene needs."
		   });
	}

} //BreakdownPackageImpl
