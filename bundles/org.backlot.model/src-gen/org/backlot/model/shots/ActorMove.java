/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.shots;

import org.backlot.model.breakdown.CastMember;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Actor Move</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An actor's move from one mark to another.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.backlot.model.shots.ActorMove#getActor <em>Actor</em>}</li>
 *   <li>{@link org.backlot.model.shots.ActorMove#getFrom <em>From</em>}</li>
 *   <li>{@link org.backlot.model.shots.ActorMove#getTo <em>To</em>}</li>
 * </ul>
 *
 * @see org.backlot.model.shots.ShotsPackage#getActorMove()
 * @model
 * @generated
 */
public interface ActorMove extends EObject {
	/**
	 * Returns the value of the '<em><b>Actor</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Actor</em>' reference.
	 * @see #setActor(CastMember)
	 * @see org.backlot.model.shots.ShotsPackage#getActorMove_Actor()
	 * @model
	 * @generated
	 */
	CastMember getActor();

	/**
	 * Sets the value of the '{@link org.backlot.model.shots.ActorMove#getActor <em>Actor</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Actor</em>' reference.
	 * @see #getActor()
	 * @generated
	 */
	void setActor(CastMember value);

	/**
	 * Returns the value of the '<em><b>From</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>From</em>' reference.
	 * @see #setFrom(ActorMark)
	 * @see org.backlot.model.shots.ShotsPackage#getActorMove_From()
	 * @model
	 * @generated
	 */
	ActorMark getFrom();

	/**
	 * Sets the value of the '{@link org.backlot.model.shots.ActorMove#getFrom <em>From</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>From</em>' reference.
	 * @see #getFrom()
	 * @generated
	 */
	void setFrom(ActorMark value);

	/**
	 * Returns the value of the '<em><b>To</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>To</em>' reference.
	 * @see #setTo(ActorMark)
	 * @see org.backlot.model.shots.ShotsPackage#getActorMove_To()
	 * @model
	 * @generated
	 */
	ActorMark getTo();

	/**
	 * Sets the value of the '{@link org.backlot.model.shots.ActorMove#getTo <em>To</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>To</em>' reference.
	 * @see #getTo()
	 * @generated
	 */
	void setTo(ActorMark value);

} // ActorMove
