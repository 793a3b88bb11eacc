/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.breakdown;

import org.backlot.model.production.Identified;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Category</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An element category with its colour and mark.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.backlot.model.breakdown.Category#getKey <em>Key</em>}</li>
 *   <li>{@link org.backlot.model.breakdown.Category#getName <em>Name</em>}</li>
 *   <li>{@link org.backlot.model.breakdown.Category#getNameZh <em>Name Zh</em>}</li>
 *   <li>{@link org.backlot.model.breakdown.Category#getColour <em>Colour</em>}</li>
 *   <li>{@link org.backlot.model.breakdown.Category#getMark <em>Mark</em>}</li>
 *   <li>{@link org.backlot.model.breakdown.Category#getShortcut <em>Shortcut</em>}</li>
 * </ul>
 *
 * @see org.backlot.model.breakdown.BreakdownPackage#getCategory()
 * @model
 * @generated
 */
public interface Category extends Identified {
	/**
	 * Returns the value of the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Stable key, e.g. cast, props, weapons.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Key</em>' attribute.
	 * @see #setKey(String)
	 * @see org.backlot.model.breakdown.BreakdownPackage#getCategory_Key()
	 * @model
	 * @generated
	 */
	String getKey();

	/**
	 * Sets the value of the '{@link org.backlot.model.breakdown.Category#getKey <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Key</em>' attribute.
	 * @see #getKey()
	 * @generated
	 */
	void setKey(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.backlot.model.breakdown.BreakdownPackage#getCategory_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.backlot.model.breakdown.Category#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Name Zh</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name Zh</em>' attribute.
	 * @see #setNameZh(String)
	 * @see org.backlot.model.breakdown.BreakdownPackage#getCategory_NameZh()
	 * @model
	 * @generated
	 */
	String getNameZh();

	/**
	 * Sets the value of the '{@link org.backlot.model.breakdown.Category#getNameZh <em>Name Zh</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name Zh</em>' attribute.
	 * @see #getNameZh()
	 * @generated
	 */
	void setNameZh(String value);

	/**
	 * Returns the value of the '<em><b>Colour</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Marking colour as #rrggbb.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Colour</em>' attribute.
	 * @see #setColour(String)
	 * @see org.backlot.model.breakdown.BreakdownPackage#getCategory_Colour()
	 * @model
	 * @generated
	 */
	String getColour();

	/**
	 * Sets the value of the '{@link org.backlot.model.breakdown.Category#getColour <em>Colour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Colour</em>' attribute.
	 * @see #getColour()
	 * @generated
	 */
	void setColour(String value);

	/**
	 * Returns the value of the '<em><b>Mark</b></em>' attribute.
	 * The literals are from the enumeration {@link org.backlot.model.breakdown.MarkStyle}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mark</em>' attribute.
	 * @see org.backlot.model.breakdown.MarkStyle
	 * @see #setMark(MarkStyle)
	 * @see org.backlot.model.breakdown.BreakdownPackage#getCategory_Mark()
	 * @model
	 * @generated
	 */
	MarkStyle getMark();

	/**
	 * Sets the value of the '{@link org.backlot.model.breakdown.Category#getMark <em>Mark</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mark</em>' attribute.
	 * @see org.backlot.model.breakdown.MarkStyle
	 * @see #getMark()
	 * @generated
	 */
	void setMark(MarkStyle value);

	/**
	 * Returns the value of the '<em><b>Shortcut</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number key (1-9) that tags with this category, 0 for none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Shortcut</em>' attribute.
	 * @see #setShortcut(int)
	 * @see org.backlot.model.breakdown.BreakdownPackage#getCategory_Shortcut()
	 * @model
	 * @generated
	 */
	int getShortcut();

	/**
	 * Sets the value of the '{@link org.backlot.model.breakdown.Category#getShortcut <em>Shortcut</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Shortcut</em>' attribute.
	 * @see #getShortcut()
	 * @generated
	 */
	void setShortcut(int value);

} // Category
