/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.shots;

import org.backlot.model.lighting.SetGeometry;

import org.backlot.model.production.Identified;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Set Plan</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A set's floor plan seen from above, with actors' marks and moves.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.backlot.model.shots.SetPlan#getName <em>Name</em>}</li>
 *   <li>{@link org.backlot.model.shots.SetPlan#getWidthM <em>Width M</em>}</li>
 *   <li>{@link org.backlot.model.shots.SetPlan#getDepthM <em>Depth M</em>}</li>
 *   <li>{@link org.backlot.model.shots.SetPlan#getGeometry <em>Geometry</em>}</li>
 *   <li>{@link org.backlot.model.shots.SetPlan#getMarks <em>Marks</em>}</li>
 *   <li>{@link org.backlot.model.shots.SetPlan#getMoves <em>Moves</em>}</li>
 * </ul>
 *
 * @see org.backlot.model.shots.ShotsPackage#getSetPlan()
 * @model
 * @generated
 */
public interface SetPlan extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.backlot.model.shots.ShotsPackage#getSetPlan_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.backlot.model.shots.SetPlan#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Width M</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Width M</em>' attribute.
	 * @see #setWidthM(double)
	 * @see org.backlot.model.shots.ShotsPackage#getSetPlan_WidthM()
	 * @model
	 * @generated
	 */
	double getWidthM();

	/**
	 * Sets the value of the '{@link org.backlot.model.shots.SetPlan#getWidthM <em>Width M</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Width M</em>' attribute.
	 * @see #getWidthM()
	 * @generated
	 */
	void setWidthM(double value);

	/**
	 * Returns the value of the '<em><b>Depth M</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Depth M</em>' attribute.
	 * @see #setDepthM(double)
	 * @see org.backlot.model.shots.ShotsPackage#getSetPlan_DepthM()
	 * @model
	 * @generated
	 */
	double getDepthM();

	/**
	 * Sets the value of the '{@link org.backlot.model.shots.SetPlan#getDepthM <em>Depth M</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Depth M</em>' attribute.
	 * @see #getDepthM()
	 * @generated
	 */
	void setDepthM(double value);

	/**
	 * Returns the value of the '<em><b>Geometry</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Geometry</em>' reference.
	 * @see #setGeometry(SetGeometry)
	 * @see org.backlot.model.shots.ShotsPackage#getSetPlan_Geometry()
	 * @model
	 * @generated
	 */
	SetGeometry getGeometry();

	/**
	 * Sets the value of the '{@link org.backlot.model.shots.SetPlan#getGeometry <em>Geometry</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Geometry</em>' reference.
	 * @see #getGeometry()
	 * @generated
	 */
	void setGeometry(SetGeometry value);

	/**
	 * Returns the value of the '<em><b>Marks</b></em>' containment reference list.
	 * The list contents are of type {@link org.backlot.model.shots.ActorMark}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Marks</em>' containment reference list.
	 * @see org.backlot.model.shots.ShotsPackage#getSetPlan_Marks()
	 * @model containment="true"
	 * @generated
	 */
	EList<ActorMark> getMarks();

	/**
	 * Returns the value of the '<em><b>Moves</b></em>' containment reference list.
	 * The list contents are of type {@link org.backlot.model.shots.ActorMove}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Moves</em>' containment reference list.
	 * @see org.backlot.model.shots.ShotsPackage#getSetPlan_Moves()
	 * @model containment="true"
	 * @generated
	 */
	EList<ActorMove> getMoves();

} // SetPlan
