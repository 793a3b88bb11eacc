/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.breakdown;

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
 * Breakdown: categories, elements and where each occurs in the script.
 * <!-- end-model-doc -->
 * @see org.backlot.model.breakdown.BreakdownFactory
 * @model kind="package"
 * @generated
 */
public interface BreakdownPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "breakdown";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://backlot.org/model/breakdown/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "breakdown";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	BreakdownPackage eINSTANCE = org.backlot.model.breakdown.impl.BreakdownPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.backlot.model.breakdown.impl.BreakdownImpl <em>Breakdown</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.backlot.model.breakdown.impl.BreakdownImpl
	 * @see org.backlot.model.breakdown.impl.BreakdownPackageImpl#getBreakdown()
	 * @generated
	 */
	int BREAKDOWN = 0;

	/**
	 * The feature id for the '<em><b>Categories</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BREAKDOWN__CATEGORIES = 0;

	/**
	 * The feature id for the '<em><b>Elements</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BREAKDOWN__ELEMENTS = 1;

	/**
	 * The feature id for the '<em><b>Extras</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BREAKDOWN__EXTRAS = 2;

	/**
	 * The number of structural features of the '<em>Breakdown</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BREAKDOWN_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Breakdown</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BREAKDOWN_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.backlot.model.breakdown.impl.CategoryImpl <em>Category</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.backlot.model.breakdown.impl.CategoryImpl
	 * @see org.backlot.model.breakdown.impl.BreakdownPackageImpl#getCategory()
	 * @generated
	 */
	int CATEGORY = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATEGORY__ID = ProductionPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATEGORY__KEY = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATEGORY__NAME = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Name Zh</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATEGORY__NAME_ZH = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Colour</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATEGORY__COLOUR = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Mark</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATEGORY__MARK = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Shortcut</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATEGORY__SHORTCUT = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Category</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATEGORY_FEATURE_COUNT = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Category</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATEGORY_OPERATION_COUNT = ProductionPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.backlot.model.breakdown.impl.ElementImpl <em>Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.backlot.model.breakdown.impl.ElementImpl
	 * @see org.backlot.model.breakdown.impl.BreakdownPackageImpl#getElement()
	 * @generated
	 */
	int ELEMENT = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT__ID = ProductionPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT__NAME = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Category</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT__CATEGORY = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT__NOTES = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Studio Item</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT__STUDIO_ITEM = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Occurrences</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT__OCCURRENCES = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Dood Rule</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT__DOOD_RULE = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_FEATURE_COUNT = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_OPERATION_COUNT = ProductionPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.backlot.model.breakdown.impl.CastMemberImpl <em>Cast Member</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.backlot.model.breakdown.impl.CastMemberImpl
	 * @see org.backlot.model.breakdown.impl.BreakdownPackageImpl#getCastMember()
	 * @generated
	 */
	int CAST_MEMBER = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAST_MEMBER__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAST_MEMBER__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Category</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAST_MEMBER__CATEGORY = ELEMENT__CATEGORY;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAST_MEMBER__NOTES = ELEMENT__NOTES;

	/**
	 * The feature id for the '<em><b>Studio Item</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAST_MEMBER__STUDIO_ITEM = ELEMENT__STUDIO_ITEM;

	/**
	 * The feature id for the '<em><b>Occurrences</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAST_MEMBER__OCCURRENCES = ELEMENT__OCCURRENCES;

	/**
	 * The feature id for the '<em><b>Dood Rule</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAST_MEMBER__DOOD_RULE = ELEMENT__DOOD_RULE;

	/**
	 * The feature id for the '<em><b>Cast Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAST_MEMBER__CAST_NUMBER = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Actor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAST_MEMBER__ACTOR = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Actor Alt</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAST_MEMBER__ACTOR_ALT = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Unavailable</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAST_MEMBER__UNAVAILABLE = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Daily Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAST_MEMBER__DAILY_RATE = ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Makeup Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAST_MEMBER__MAKEUP_MINUTES = ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Pickup Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAST_MEMBER__PICKUP_MINUTES = ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Travel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAST_MEMBER__TRAVEL = ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Cast Member</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAST_MEMBER_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Cast Member</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAST_MEMBER_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.backlot.model.breakdown.impl.ElementOccurrenceImpl <em>Element Occurrence</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.backlot.model.breakdown.impl.ElementOccurrenceImpl
	 * @see org.backlot.model.breakdown.impl.BreakdownPackageImpl#getElementOccurrence()
	 * @generated
	 */
	int ELEMENT_OCCURRENCE = 4;

	/**
	 * The feature id for the '<em><b>Scene</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_OCCURRENCE__SCENE = 0;

	/**
	 * The feature id for the '<em><b>Paragraph</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_OCCURRENCE__PARAGRAPH = 1;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_OCCURRENCE__START = 2;

	/**
	 * The feature id for the '<em><b>Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_OCCURRENCE__LENGTH = 3;

	/**
	 * The feature id for the '<em><b>Confirmed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_OCCURRENCE__CONFIRMED = 4;

	/**
	 * The feature id for the '<em><b>Confidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_OCCURRENCE__CONFIDENCE = 5;

	/**
	 * The number of structural features of the '<em>Element Occurrence</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_OCCURRENCE_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Element Occurrence</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_OCCURRENCE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.backlot.model.breakdown.impl.ExtrasRequirementImpl <em>Extras Requirement</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.backlot.model.breakdown.impl.ExtrasRequirementImpl
	 * @see org.backlot.model.breakdown.impl.BreakdownPackageImpl#getExtrasRequirement()
	 * @generated
	 */
	int EXTRAS_REQUIREMENT = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTRAS_REQUIREMENT__ID = ProductionPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Scene</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTRAS_REQUIREMENT__SCENE = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTRAS_REQUIREMENT__COUNT = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTRAS_REQUIREMENT__DESCRIPTION = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Look</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTRAS_REQUIREMENT__LOOK = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Extras Requirement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTRAS_REQUIREMENT_FEATURE_COUNT = ProductionPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Extras Requirement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTRAS_REQUIREMENT_OPERATION_COUNT = ProductionPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.backlot.model.breakdown.MarkStyle <em>Mark Style</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.backlot.model.breakdown.MarkStyle
	 * @see org.backlot.model.breakdown.impl.BreakdownPackageImpl#getMarkStyle()
	 * @generated
	 */
	int MARK_STYLE = 6;


	/**
	 * Returns the meta object for class '{@link org.backlot.model.breakdown.Breakdown <em>Breakdown</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Breakdown</em>'.
	 * @see org.backlot.model.breakdown.Breakdown
	 * @generated
	 */
	EClass getBreakdown();

	/**
	 * Returns the meta object for the containment reference list '{@link org.backlot.model.breakdown.Breakdown#getCategories <em>Categories</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Categories</em>'.
	 * @see org.backlot.model.breakdown.Breakdown#getCategories()
	 * @see #getBreakdown()
	 * @generated
	 */
	EReference getBreakdown_Categories();

	/**
	 * Returns the meta object for the containment reference list '{@link org.backlot.model.breakdown.Breakdown#getElements <em>Elements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Elements</em>'.
	 * @see org.backlot.model.breakdown.Breakdown#getElements()
	 * @see #getBreakdown()
	 * @generated
	 */
	EReference getBreakdown_Elements();

	/**
	 * Returns the meta object for the containment reference list '{@link org.backlot.model.breakdown.Breakdown#getExtras <em>Extras</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Extras</em>'.
	 * @see org.backlot.model.breakdown.Breakdown#getExtras()
	 * @see #getBreakdown()
	 * @generated
	 */
	EReference getBreakdown_Extras();

	/**
	 * Returns the meta object for class '{@link org.backlot.model.breakdown.Category <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Category</em>'.
	 * @see org.backlot.model.breakdown.Category
	 * @generated
	 */
	EClass getCategory();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.breakdown.Category#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see org.backlot.model.breakdown.Category#getKey()
	 * @see #getCategory()
	 * @generated
	 */
	EAttribute getCategory_Key();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.breakdown.Category#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.backlot.model.breakdown.Category#getName()
	 * @see #getCategory()
	 * @generated
	 */
	EAttribute getCategory_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.breakdown.Category#getNameZh <em>Name Zh</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name Zh</em>'.
	 * @see org.backlot.model.breakdown.Category#getNameZh()
	 * @see #getCategory()
	 * @generated
	 */
	EAttribute getCategory_NameZh();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.breakdown.Category#getColour <em>Colour</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Colour</em>'.
	 * @see org.backlot.model.breakdown.Category#getColour()
	 * @see #getCategory()
	 * @generated
	 */
	EAttribute getCategory_Colour();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.breakdown.Category#getMark <em>Mark</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mark</em>'.
	 * @see org.backlot.model.breakdown.Category#getMark()
	 * @see #getCategory()
	 * @generated
	 */
	EAttribute getCategory_Mark();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.breakdown.Category#getShortcut <em>Shortcut</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Shortcut</em>'.
	 * @see org.backlot.model.breakdown.Category#getShortcut()
	 * @see #getCategory()
	 * @generated
	 */
	EAttribute getCategory_Shortcut();

	/**
	 * Returns the meta object for class '{@link org.backlot.model.breakdown.Element <em>Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Element</em>'.
	 * @see org.backlot.model.breakdown.Element
	 * @generated
	 */
	EClass getElement();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.breakdown.Element#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.backlot.model.breakdown.Element#getName()
	 * @see #getElement()
	 * @generated
	 */
	EAttribute getElement_Name();

	/**
	 * Returns the meta object for the reference '{@link org.backlot.model.breakdown.Element#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Category</em>'.
	 * @see org.backlot.model.breakdown.Element#getCategory()
	 * @see #getElement()
	 * @generated
	 */
	EReference getElement_Category();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.breakdown.Element#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see org.backlot.model.breakdown.Element#getNotes()
	 * @see #getElement()
	 * @generated
	 */
	EAttribute getElement_Notes();

	/**
	 * Returns the meta object for the reference '{@link org.backlot.model.breakdown.Element#getStudioItem <em>Studio Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Studio Item</em>'.
	 * @see org.backlot.model.breakdown.Element#getStudioItem()
	 * @see #getElement()
	 * @generated
	 */
	EReference getElement_StudioItem();

	/**
	 * Returns the meta object for the containment reference list '{@link org.backlot.model.breakdown.Element#getOccurrences <em>Occurrences</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Occurrences</em>'.
	 * @see org.backlot.model.breakdown.Element#getOccurrences()
	 * @see #getElement()
	 * @generated
	 */
	EReference getElement_Occurrences();

	/**
	 * Returns the meta object for the containment reference '{@link org.backlot.model.breakdown.Element#getDoodRule <em>Dood Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Dood Rule</em>'.
	 * @see org.backlot.model.breakdown.Element#getDoodRule()
	 * @see #getElement()
	 * @generated
	 */
	EReference getElement_DoodRule();

	/**
	 * Returns the meta object for class '{@link org.backlot.model.breakdown.CastMember <em>Cast Member</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cast Member</em>'.
	 * @see org.backlot.model.breakdown.CastMember
	 * @generated
	 */
	EClass getCastMember();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.breakdown.CastMember#getCastNumber <em>Cast Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cast Number</em>'.
	 * @see org.backlot.model.breakdown.CastMember#getCastNumber()
	 * @see #getCastMember()
	 * @generated
	 */
	EAttribute getCastMember_CastNumber();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.breakdown.CastMember#getActor <em>Actor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Actor</em>'.
	 * @see org.backlot.model.breakdown.CastMember#getActor()
	 * @see #getCastMember()
	 * @generated
	 */
	EAttribute getCastMember_Actor();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.breakdown.CastMember#getActorAlt <em>Actor Alt</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Actor Alt</em>'.
	 * @see org.backlot.model.breakdown.CastMember#getActorAlt()
	 * @see #getCastMember()
	 * @generated
	 */
	EAttribute getCastMember_ActorAlt();

	/**
	 * Returns the meta object for the containment reference list '{@link org.backlot.model.breakdown.CastMember#getUnavailable <em>Unavailable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Unavailable</em>'.
	 * @see org.backlot.model.breakdown.CastMember#getUnavailable()
	 * @see #getCastMember()
	 * @generated
	 */
	EReference getCastMember_Unavailable();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.breakdown.CastMember#getDailyRate <em>Daily Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Daily Rate</em>'.
	 * @see org.backlot.model.breakdown.CastMember#getDailyRate()
	 * @see #getCastMember()
	 * @generated
	 */
	EAttribute getCastMember_DailyRate();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.breakdown.CastMember#getMakeupMinutes <em>Makeup Minutes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Makeup Minutes</em>'.
	 * @see org.backlot.model.breakdown.CastMember#getMakeupMinutes()
	 * @see #getCastMember()
	 * @generated
	 */
	EAttribute getCastMember_MakeupMinutes();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.breakdown.CastMember#getPickupMinutes <em>Pickup Minutes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pickup Minutes</em>'.
	 * @see org.backlot.model.breakdown.CastMember#getPickupMinutes()
	 * @see #getCastMember()
	 * @generated
	 */
	EAttribute getCastMember_PickupMinutes();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.breakdown.CastMember#isTravel <em>Travel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Travel</em>'.
	 * @see org.backlot.model.breakdown.CastMember#isTravel()
	 * @see #getCastMember()
	 * @generated
	 */
	EAttribute getCastMember_Travel();

	/**
	 * Returns the meta object for class '{@link org.backlot.model.breakdown.ElementOccurrence <em>Element Occurrence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Element Occurrence</em>'.
	 * @see org.backlot.model.breakdown.ElementOccurrence
	 * @generated
	 */
	EClass getElementOccurrence();

	/**
	 * Returns the meta object for the reference '{@link org.backlot.model.breakdown.ElementOccurrence#getScene <em>Scene</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Scene</em>'.
	 * @see org.backlot.model.breakdown.ElementOccurrence#getScene()
	 * @see #getElementOccurrence()
	 * @generated
	 */
	EReference getElementOccurrence_Scene();

	/**
	 * Returns the meta object for the reference '{@link org.backlot.model.breakdown.ElementOccurrence#getParagraph <em>Paragraph</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Paragraph</em>'.
	 * @see org.backlot.model.breakdown.ElementOccurrence#getParagraph()
	 * @see #getElementOccurrence()
	 * @generated
	 */
	EReference getElementOccurrence_Paragraph();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.breakdown.ElementOccurrence#getStart <em>Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start</em>'.
	 * @see org.backlot.model.breakdown.ElementOccurrence#getStart()
	 * @see #getElementOccurrence()
	 * @generated
	 */
	EAttribute getElementOccurrence_Start();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.breakdown.ElementOccurrence#getLength <em>Length</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Length</em>'.
	 * @see org.backlot.model.breakdown.ElementOccurrence#getLength()
	 * @see #getElementOccurrence()
	 * @generated
	 */
	EAttribute getElementOccurrence_Length();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.breakdown.ElementOccurrence#isConfirmed <em>Confirmed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Confirmed</em>'.
	 * @see org.backlot.model.breakdown.ElementOccurrence#isConfirmed()
	 * @see #getElementOccurrence()
	 * @generated
	 */
	EAttribute getElementOccurrence_Confirmed();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.breakdown.ElementOccurrence#getConfidence <em>Confidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Confidence</em>'.
	 * @see org.backlot.model.breakdown.ElementOccurrence#getConfidence()
	 * @see #getElementOccurrence()
	 * @generated
	 */
	EAttribute getElementOccurrence_Confidence();

	/**
	 * Returns the meta object for class '{@link org.backlot.model.breakdown.ExtrasRequirement <em>Extras Requirement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Extras Requirement</em>'.
	 * @see org.backlot.model.breakdown.ExtrasRequirement
	 * @generated
	 */
	EClass getExtrasRequirement();

	/**
	 * Returns the meta object for the reference '{@link org.backlot.model.breakdown.ExtrasRequirement#getScene <em>Scene</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Scene</em>'.
	 * @see org.backlot.model.breakdown.ExtrasRequirement#getScene()
	 * @see #getExtrasRequirement()
	 * @generated
	 */
	EReference getExtrasRequirement_Scene();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.breakdown.ExtrasRequirement#getCount <em>Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Count</em>'.
	 * @see org.backlot.model.breakdown.ExtrasRequirement#getCount()
	 * @see #getExtrasRequirement()
	 * @generated
	 */
	EAttribute getExtrasRequirement_Count();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.breakdown.ExtrasRequirement#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.backlot.model.breakdown.ExtrasRequirement#getDescription()
	 * @see #getExtrasRequirement()
	 * @generated
	 */
	EAttribute getExtrasRequirement_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.backlot.model.breakdown.ExtrasRequirement#getLook <em>Look</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Look</em>'.
	 * @see org.backlot.model.breakdown.ExtrasRequirement#getLook()
	 * @see #getExtrasRequirement()
	 * @generated
	 */
	EAttribute getExtrasRequirement_Look();

	/**
	 * Returns the meta object for enum '{@link org.backlot.model.breakdown.MarkStyle <em>Mark Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Mark Style</em>'.
	 * @see org.backlot.model.breakdown.MarkStyle
	 * @generated
	 */
	EEnum getMarkStyle();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	BreakdownFactory getBreakdownFactory();

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
		 * The meta object literal for the '{@link org.backlot.model.breakdown.impl.BreakdownImpl <em>Breakdown</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.backlot.model.breakdown.impl.BreakdownImpl
		 * @see org.backlot.model.breakdown.impl.BreakdownPackageImpl#getBreakdown()
		 * @generated
		 */
		EClass BREAKDOWN = eINSTANCE.getBreakdown();

		/**
		 * The meta object literal for the '<em><b>Categories</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BREAKDOWN__CATEGORIES = eINSTANCE.getBreakdown_Categories();

		/**
		 * The meta object literal for the '<em><b>Elements</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BREAKDOWN__ELEMENTS = eINSTANCE.getBreakdown_Elements();

		/**
		 * The meta object literal for the '<em><b>Extras</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BREAKDOWN__EXTRAS = eINSTANCE.getBreakdown_Extras();

		/**
		 * The meta object literal for the '{@link org.backlot.model.breakdown.impl.CategoryImpl <em>Category</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.backlot.model.breakdown.impl.CategoryImpl
		 * @see org.backlot.model.breakdown.impl.BreakdownPackageImpl#getCategory()
		 * @generated
		 */
		EClass CATEGORY = eINSTANCE.getCategory();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATEGORY__KEY = eINSTANCE.getCategory_Key();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATEGORY__NAME = eINSTANCE.getCategory_Name();

		/**
		 * The meta object literal for the '<em><b>Name Zh</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATEGORY__NAME_ZH = eINSTANCE.getCategory_NameZh();

		/**
		 * The meta object literal for the '<em><b>Colour</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATEGORY__COLOUR = eINSTANCE.getCategory_Colour();

		/**
		 * The meta object literal for the '<em><b>Mark</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATEGORY__MARK = eINSTANCE.getCategory_Mark();

		/**
		 * The meta object literal for the '<em><b>Shortcut</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATEGORY__SHORTCUT = eINSTANCE.getCategory_Shortcut();

		/**
		 * The meta object literal for the '{@link org.backlot.model.breakdown.impl.ElementImpl <em>Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.backlot.model.breakdown.impl.ElementImpl
		 * @see org.backlot.model.breakdown.impl.BreakdownPackageImpl#getElement()
		 * @generated
		 */
		EClass ELEMENT = eINSTANCE.getElement();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELEMENT__NAME = eINSTANCE.getElement_Name();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ELEMENT__CATEGORY = eINSTANCE.getElement_Category();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELEMENT__NOTES = eINSTANCE.getElement_Notes();

		/**
		 * The meta object literal for the '<em><b>Studio Item</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ELEMENT__STUDIO_ITEM = eINSTANCE.getElement_StudioItem();

		/**
		 * The meta object literal for the '<em><b>Occurrences</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ELEMENT__OCCURRENCES = eINSTANCE.getElement_Occurrences();

		/**
		 * The meta object literal for the '<em><b>Dood Rule</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ELEMENT__DOOD_RULE = eINSTANCE.getElement_DoodRule();

		/**
		 * The meta object literal for the '{@link org.backlot.model.breakdown.impl.CastMemberImpl <em>Cast Member</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.backlot.model.breakdown.impl.CastMemberImpl
		 * @see org.backlot.model.breakdown.impl.BreakdownPackageImpl#getCastMember()
		 * @generated
		 */
		EClass CAST_MEMBER = eINSTANCE.getCastMember();

		/**
		 * The meta object literal for the '<em><b>Cast Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAST_MEMBER__CAST_NUMBER = eINSTANCE.getCastMember_CastNumber();

		/**
		 * The meta object literal for the '<em><b>Actor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAST_MEMBER__ACTOR = eINSTANCE.getCastMember_Actor();

		/**
		 * The meta object literal for the '<em><b>Actor Alt</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAST_MEMBER__ACTOR_ALT = eINSTANCE.getCastMember_ActorAlt();

		/**
		 * The meta object literal for the '<em><b>Unavailable</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CAST_MEMBER__UNAVAILABLE = eINSTANCE.getCastMember_Unavailable();

		/**
		 * The meta object literal for the '<em><b>Daily Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAST_MEMBER__DAILY_RATE = eINSTANCE.getCastMember_DailyRate();

		/**
		 * The meta object literal for the '<em><b>Makeup Minutes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAST_MEMBER__MAKEUP_MINUTES = eINSTANCE.getCastMember_MakeupMinutes();

		/**
		 * The meta object literal for the '<em><b>Pickup Minutes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAST_MEMBER__PICKUP_MINUTES = eINSTANCE.getCastMember_PickupMinutes();

		/**
		 * The meta object literal for the '<em><b>Travel</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAST_MEMBER__TRAVEL = eINSTANCE.getCastMember_Travel();

		/**
		 * The meta object literal for the '{@link org.backlot.model.breakdown.impl.ElementOccurrenceImpl <em>Element Occurrence</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.backlot.model.breakdown.impl.ElementOccurrenceImpl
		 * @see org.backlot.model.breakdown.impl.BreakdownPackageImpl#getElementOccurrence()
		 * @generated
		 */
		EClass ELEMENT_OCCURRENCE = eINSTANCE.getElementOccurrence();

		/**
		 * The meta object literal for the '<em><b>Scene</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ELEMENT_OCCURRENCE__SCENE = eINSTANCE.getElementOccurrence_Scene();

		/**
		 * The meta object literal for the '<em><b>Paragraph</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ELEMENT_OCCURRENCE__PARAGRAPH = eINSTANCE.getElementOccurrence_Paragraph();

		/**
		 * The meta object literal for the '<em><b>Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELEMENT_OCCURRENCE__START = eINSTANCE.getElementOccurrence_Start();

		/**
		 * The meta object literal for the '<em><b>Length</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELEMENT_OCCURRENCE__LENGTH = eINSTANCE.getElementOccurrence_Length();

		/**
		 * The meta object literal for the '<em><b>Confirmed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELEMENT_OCCURRENCE__CONFIRMED = eINSTANCE.getElementOccurrence_Confirmed();

		/**
		 * The meta object literal for the '<em><b>Confidence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELEMENT_OCCURRENCE__CONFIDENCE = eINSTANCE.getElementOccurrence_Confidence();

		/**
		 * The meta object literal for the '{@link org.backlot.model.breakdown.impl.ExtrasRequirementImpl <em>Extras Requirement</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.backlot.model.breakdown.impl.ExtrasRequirementImpl
		 * @see org.backlot.model.breakdown.impl.BreakdownPackageImpl#getExtrasRequirement()
		 * @generated
		 */
		EClass EXTRAS_REQUIREMENT = eINSTANCE.getExtrasRequirement();

		/**
		 * The meta object literal for the '<em><b>Scene</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXTRAS_REQUIREMENT__SCENE = eINSTANCE.getExtrasRequirement_Scene();

		/**
		 * The meta object literal for the '<em><b>Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXTRAS_REQUIREMENT__COUNT = eINSTANCE.getExtrasRequirement_Count();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXTRAS_REQUIREMENT__DESCRIPTION = eINSTANCE.getExtrasRequirement_Description();

		/**
		 * The meta object literal for the '<em><b>Look</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXTRAS_REQUIREMENT__LOOK = eINSTANCE.getExtrasRequirement_Look();

		/**
		 * The meta object literal for the '{@link org.backlot.model.breakdown.MarkStyle <em>Mark Style</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.backlot.model.breakdown.MarkStyle
		 * @see org.backlot.model.breakdown.impl.BreakdownPackageImpl#getMarkStyle()
		 * @generated
		 */
		EEnum MARK_STYLE = eINSTANCE.getMarkStyle();

	}

} //BreakdownPackage
