/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.breakdown;

import org.backlot.model.production.Identified;

import org.backlot.model.schedule.DoodRule;

import org.backlot.model.studio.InventoryItem;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Element</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A thing the production must provide: a prop, a costume, a vehicle, a stunt...
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.backlot.model.breakdown.Element#getName <em>Name</em>}</li>
 *   <li>{@link org.backlot.model.breakdown.Element#getCategory <em>Category</em>}</li>
 *   <li>{@link org.backlot.model.breakdown.Element#getNotes <em>Notes</em>}</li>
 *   <li>{@link org.backlot.model.breakdown.Element#getStudioItem <em>Studio Item</em>}</li>
 *   <li>{@link org.backlot.model.breakdown.Element#getOccurrences <em>Occurrences</em>}</li>
 *   <li>{@link org.backlot.model.breakdown.Element#getDoodRule <em>Dood Rule</em>}</li>
 * </ul>
 *
 * @see org.backlot.model.breakdown.BreakdownPackage#getElement()
 * @model
 * @generated
 */
public interface Element extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.backlot.model.breakdown.BreakdownPackage#getElement_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.backlot.model.breakdown.Element#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Category</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Category</em>' reference.
	 * @see #setCategory(Category)
	 * @see org.backlot.model.breakdown.BreakdownPackage#getElement_Category()
	 * @model
	 * @generated
	 */
	Category getCategory();

	/**
	 * Sets the value of the '{@link org.backlot.model.breakdown.Element#getCategory <em>Category</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category</em>' reference.
	 * @see #getCategory()
	 * @generated
	 */
	void setCategory(Category value);

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notes</em>' attribute.
	 * @see #setNotes(String)
	 * @see org.backlot.model.breakdown.BreakdownPackage#getElement_Notes()
	 * @model
	 * @generated
	 */
	String getNotes();

	/**
	 * Sets the value of the '{@link org.backlot.model.breakdown.Element#getNotes <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notes</em>' attribute.
	 * @see #getNotes()
	 * @generated
	 */
	void setNotes(String value);

	/**
	 * Returns the value of the '<em><b>Studio Item</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The studio's item that provides it, when matched.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Studio Item</em>' reference.
	 * @see #setStudioItem(InventoryItem)
	 * @see org.backlot.model.breakdown.BreakdownPackage#getElement_StudioItem()
	 * @model
	 * @generated
	 */
	InventoryItem getStudioItem();

	/**
	 * Sets the value of the '{@link org.backlot.model.breakdown.Element#getStudioItem <em>Studio Item</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Studio Item</em>' reference.
	 * @see #getStudioItem()
	 * @generated
	 */
	void setStudioItem(InventoryItem value);

	/**
	 * Returns the value of the '<em><b>Occurrences</b></em>' containment reference list.
	 * The list contents are of type {@link org.backlot.model.breakdown.ElementOccurrence}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Occurrences</em>' containment reference list.
	 * @see org.backlot.model.breakdown.BreakdownPackage#getElement_Occurrences()
	 * @model containment="true"
	 * @generated
	 */
	EList<ElementOccurrence> getOccurrences();

	/**
	 * Returns the value of the '<em><b>Dood Rule</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the element may be held or dropped between work days.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dood Rule</em>' containment reference.
	 * @see #setDoodRule(DoodRule)
	 * @see org.backlot.model.breakdown.BreakdownPackage#getElement_DoodRule()
	 * @model containment="true"
	 * @generated
	 */
	DoodRule getDoodRule();

	/**
	 * Sets the value of the '{@link org.backlot.model.breakdown.Element#getDoodRule <em>Dood Rule</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dood Rule</em>' containment reference.
	 * @see #getDoodRule()
	 * @generated
	 */
	void setDoodRule(DoodRule value);

} // Element
