/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.script;

import java.util.Date;

import org.backlot.model.production.Identified;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Revision</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A script revision.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.backlot.model.script.Revision#getName <em>Name</em>}</li>
 *   <li>{@link org.backlot.model.script.Revision#getColour <em>Colour</em>}</li>
 *   <li>{@link org.backlot.model.script.Revision#getDate <em>Date</em>}</li>
 * </ul>
 *
 * @see org.backlot.model.script.ScriptPackage#getRevision()
 * @model
 * @generated
 */
public interface Revision extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.backlot.model.script.ScriptPackage#getRevision_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.backlot.model.script.Revision#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Colour</b></em>' attribute.
	 * The literals are from the enumeration {@link org.backlot.model.script.RevisionColour}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Colour</em>' attribute.
	 * @see org.backlot.model.script.RevisionColour
	 * @see #setColour(RevisionColour)
	 * @see org.backlot.model.script.ScriptPackage#getRevision_Colour()
	 * @model
	 * @generated
	 */
	RevisionColour getColour();

	/**
	 * Sets the value of the '{@link org.backlot.model.script.Revision#getColour <em>Colour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Colour</em>' attribute.
	 * @see org.backlot.model.script.RevisionColour
	 * @see #getColour()
	 * @generated
	 */
	void setColour(RevisionColour value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(Date)
	 * @see org.backlot.model.script.ScriptPackage#getRevision_Date()
	 * @model
	 * @generated
	 */
	Date getDate();

	/**
	 * Sets the value of the '{@link org.backlot.model.script.Revision#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(Date value);

} // Revision
