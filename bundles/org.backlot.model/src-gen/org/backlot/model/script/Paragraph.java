/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.script;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Paragraph</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One element of the screenplay text.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.backlot.model.script.Paragraph#getType <em>Type</em>}</li>
 *   <li>{@link org.backlot.model.script.Paragraph#getText <em>Text</em>}</li>
 *   <li>{@link org.backlot.model.script.Paragraph#isDual <em>Dual</em>}</li>
 *   <li>{@link org.backlot.model.script.Paragraph#getDepth <em>Depth</em>}</li>
 * </ul>
 *
 * @see org.backlot.model.script.ScriptPackage#getParagraph()
 * @model
 * @generated
 */
public interface Paragraph extends EObject {
	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.backlot.model.script.ParagraphType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see org.backlot.model.script.ParagraphType
	 * @see #setType(ParagraphType)
	 * @see org.backlot.model.script.ScriptPackage#getParagraph_Type()
	 * @model
	 * @generated
	 */
	ParagraphType getType();

	/**
	 * Sets the value of the '{@link org.backlot.model.script.Paragraph#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see org.backlot.model.script.ParagraphType
	 * @see #getType()
	 * @generated
	 */
	void setType(ParagraphType value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.backlot.model.script.ScriptPackage#getParagraph_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.backlot.model.script.Paragraph#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Dual</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Part of dual dialogue (the second speaker).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dual</em>' attribute.
	 * @see #setDual(boolean)
	 * @see org.backlot.model.script.ScriptPackage#getParagraph_Dual()
	 * @model
	 * @generated
	 */
	boolean isDual();

	/**
	 * Sets the value of the '{@link org.backlot.model.script.Paragraph#isDual <em>Dual</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dual</em>' attribute.
	 * @see #isDual()
	 * @generated
	 */
	void setDual(boolean value);

	/**
	 * Returns the value of the '<em><b>Depth</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Section depth for SECTION paragraphs.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Depth</em>' attribute.
	 * @see #setDepth(int)
	 * @see org.backlot.model.script.ScriptPackage#getParagraph_Depth()
	 * @model
	 * @generated
	 */
	int getDepth();

	/**
	 * Sets the value of the '{@link org.backlot.model.script.Paragraph#getDepth <em>Depth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Depth</em>' attribute.
	 * @see #getDepth()
	 * @generated
	 */
	void setDepth(int value);

} // Paragraph
