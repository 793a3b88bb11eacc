/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.breakdown;

import org.backlot.model.script.Paragraph;
import org.backlot.model.script.Scene;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Element Occurrence</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Where in the script an element was tagged.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.backlot.model.breakdown.ElementOccurrence#getScene <em>Scene</em>}</li>
 *   <li>{@link org.backlot.model.breakdown.ElementOccurrence#getParagraph <em>Paragraph</em>}</li>
 *   <li>{@link org.backlot.model.breakdown.ElementOccurrence#getStart <em>Start</em>}</li>
 *   <li>{@link org.backlot.model.breakdown.ElementOccurrence#getLength <em>Length</em>}</li>
 *   <li>{@link org.backlot.model.breakdown.ElementOccurrence#isConfirmed <em>Confirmed</em>}</li>
 *   <li>{@link org.backlot.model.breakdown.ElementOccurrence#getConfidence <em>Confidence</em>}</li>
 * </ul>
 *
 * @see org.backlot.model.breakdown.BreakdownPackage#getElementOccurrence()
 * @model
 * @generated
 */
public interface ElementOccurrence extends EObject {
	/**
	 * Returns the value of the '<em><b>Scene</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scene</em>' reference.
	 * @see #setScene(Scene)
	 * @see org.backlot.model.breakdown.BreakdownPackage#getElementOccurrence_Scene()
	 * @model
	 * @generated
	 */
	Scene getScene();

	/**
	 * Sets the value of the '{@link org.backlot.model.breakdown.ElementOccurrence#getScene <em>Scene</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scene</em>' reference.
	 * @see #getScene()
	 * @generated
	 */
	void setScene(Scene value);

	/**
	 * Returns the value of the '<em><b>Paragraph</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Paragraph</em>' reference.
	 * @see #setParagraph(Paragraph)
	 * @see org.backlot.model.breakdown.BreakdownPackage#getElementOccurrence_Paragraph()
	 * @model
	 * @generated
	 */
	Paragraph getParagraph();

	/**
	 * Sets the value of the '{@link org.backlot.model.breakdown.ElementOccurrence#getParagraph <em>Paragraph</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Paragraph</em>' reference.
	 * @see #getParagraph()
	 * @generated
	 */
	void setParagraph(Paragraph value);

	/**
	 * Returns the value of the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Offset of the tagged text in the paragraph.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Start</em>' attribute.
	 * @see #setStart(int)
	 * @see org.backlot.model.breakdown.BreakdownPackage#getElementOccurrence_Start()
	 * @model
	 * @generated
	 */
	int getStart();

	/**
	 * Sets the value of the '{@link org.backlot.model.breakdown.ElementOccurrence#getStart <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start</em>' attribute.
	 * @see #getStart()
	 * @generated
	 */
	void setStart(int value);

	/**
	 * Returns the value of the '<em><b>Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Length</em>' attribute.
	 * @see #setLength(int)
	 * @see org.backlot.model.breakdown.BreakdownPackage#getElementOccurrence_Length()
	 * @model
	 * @generated
	 */
	int getLength();

	/**
	 * Sets the value of the '{@link org.backlot.model.breakdown.ElementOccurrence#getLength <em>Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Length</em>' attribute.
	 * @see #getLength()
	 * @generated
	 */
	void setLength(int value);

	/**
	 * Returns the value of the '<em><b>Confirmed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Confirmed by a person; otherwise a suggestion.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Confirmed</em>' attribute.
	 * @see #setConfirmed(boolean)
	 * @see org.backlot.model.breakdown.BreakdownPackage#getElementOccurrence_Confirmed()
	 * @model
	 * @generated
	 */
	boolean isConfirmed();

	/**
	 * Sets the value of the '{@link org.backlot.model.breakdown.ElementOccurrence#isConfirmed <em>Confirmed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Confirmed</em>' attribute.
	 * @see #isConfirmed()
	 * @generated
	 */
	void setConfirmed(boolean value);

	/**
	 * Returns the value of the '<em><b>Confidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Confidence of a suggestion, 0 to 1.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Confidence</em>' attribute.
	 * @see #setConfidence(double)
	 * @see org.backlot.model.breakdown.BreakdownPackage#getElementOccurrence_Confidence()
	 * @model
	 * @generated
	 */
	double getConfidence();

	/**
	 * Sets the value of the '{@link org.backlot.model.breakdown.ElementOccurrence#getConfidence <em>Confidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Confidence</em>' attribute.
	 * @see #getConfidence()
	 * @generated
	 */
	void setConfidence(double value);

} // ElementOccurrence
