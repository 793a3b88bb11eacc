/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.shots;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Storyboard Frame</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A storyboard frame of a shot.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.backlot.model.shots.StoryboardFrame#getImagePath <em>Image Path</em>}</li>
 *   <li>{@link org.backlot.model.shots.StoryboardFrame#getCaption <em>Caption</em>}</li>
 *   <li>{@link org.backlot.model.shots.StoryboardFrame#isRendered <em>Rendered</em>}</li>
 * </ul>
 *
 * @see org.backlot.model.shots.ShotsPackage#getStoryboardFrame()
 * @model
 * @generated
 */
public interface StoryboardFrame extends EObject {
	/**
	 * Returns the value of the '<em><b>Image Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Image Path</em>' attribute.
	 * @see #setImagePath(String)
	 * @see org.backlot.model.shots.ShotsPackage#getStoryboardFrame_ImagePath()
	 * @model
	 * @generated
	 */
	String getImagePath();

	/**
	 * Sets the value of the '{@link org.backlot.model.shots.StoryboardFrame#getImagePath <em>Image Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Image Path</em>' attribute.
	 * @see #getImagePath()
	 * @generated
	 */
	void setImagePath(String value);

	/**
	 * Returns the value of the '<em><b>Caption</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Caption</em>' attribute.
	 * @see #setCaption(String)
	 * @see org.backlot.model.shots.ShotsPackage#getStoryboardFrame_Caption()
	 * @model
	 * @generated
	 */
	String getCaption();

	/**
	 * Sets the value of the '{@link org.backlot.model.shots.StoryboardFrame#getCaption <em>Caption</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Caption</em>' attribute.
	 * @see #getCaption()
	 * @generated
	 */
	void setCaption(String value);

	/**
	 * Returns the value of the '<em><b>Rendered</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Rendered from the lighting preview rather than drawn or imported.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rendered</em>' attribute.
	 * @see #setRendered(boolean)
	 * @see org.backlot.model.shots.ShotsPackage#getStoryboardFrame_Rendered()
	 * @model
	 * @generated
	 */
	boolean isRendered();

	/**
	 * Sets the value of the '{@link org.backlot.model.shots.StoryboardFrame#isRendered <em>Rendered</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rendered</em>' attribute.
	 * @see #isRendered()
	 * @generated
	 */
	void setRendered(boolean value);

} // StoryboardFrame
