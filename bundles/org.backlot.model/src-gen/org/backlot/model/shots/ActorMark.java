/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.shots;

import org.backlot.model.breakdown.CastMember;

import org.backlot.model.production.Identified;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Actor Mark</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Where an actor stands.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.backlot.model.shots.ActorMark#getName <em>Name</em>}</li>
 *   <li>{@link org.backlot.model.shots.ActorMark#getActor <em>Actor</em>}</li>
 *   <li>{@link org.backlot.model.shots.ActorMark#getX <em>X</em>}</li>
 *   <li>{@link org.backlot.model.shots.ActorMark#getY <em>Y</em>}</li>
 *   <li>{@link org.backlot.model.shots.ActorMark#getFacing <em>Facing</em>}</li>
 * </ul>
 *
 * @see org.backlot.model.shots.ShotsPackage#getActorMark()
 * @model
 * @generated
 */
public interface ActorMark extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.backlot.model.shots.ShotsPackage#getActorMark_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.backlot.model.shots.ActorMark#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Actor</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Actor</em>' reference.
	 * @see #setActor(CastMember)
	 * @see org.backlot.model.shots.ShotsPackage#getActorMark_Actor()
	 * @model
	 * @generated
	 */
	CastMember getActor();

	/**
	 * Sets the value of the '{@link org.backlot.model.shots.ActorMark#getActor <em>Actor</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Actor</em>' reference.
	 * @see #getActor()
	 * @generated
	 */
	void setActor(CastMember value);

	/**
	 * Returns the value of the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>X</em>' attribute.
	 * @see #setX(double)
	 * @see org.backlot.model.shots.ShotsPackage#getActorMark_X()
	 * @model
	 * @generated
	 */
	double getX();

	/**
	 * Sets the value of the '{@link org.backlot.model.shots.ActorMark#getX <em>X</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>X</em>' attribute.
	 * @see #getX()
	 * @generated
	 */
	void setX(double value);

	/**
	 * Returns the value of the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Y</em>' attribute.
	 * @see #setY(double)
	 * @see org.backlot.model.shots.ShotsPackage#getActorMark_Y()
	 * @model
	 * @generated
	 */
	double getY();

	/**
	 * Sets the value of the '{@link org.backlot.model.shots.ActorMark#getY <em>Y</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Y</em>' attribute.
	 * @see #getY()
	 * @generated
	 */
	void setY(double value);

	/**
	 * Returns the value of the '<em><b>Facing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Degrees.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Facing</em>' attribute.
	 * @see #setFacing(double)
	 * @see org.backlot.model.shots.ShotsPackage#getActorMark_Facing()
	 * @model
	 * @generated
	 */
	double getFacing();

	/**
	 * Sets the value of the '{@link org.backlot.model.shots.ActorMark#getFacing <em>Facing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Facing</em>' attribute.
	 * @see #getFacing()
	 * @generated
	 */
	void setFacing(double value);

} // ActorMark
