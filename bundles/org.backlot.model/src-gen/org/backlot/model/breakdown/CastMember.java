/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.breakdown;

import org.backlot.model.production.DateRange;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Cast Member</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A speaking character and the actor playing it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.backlot.model.breakdown.CastMember#getCastNumber <em>Cast Number</em>}</li>
 *   <li>{@link org.backlot.model.breakdown.CastMember#getActor <em>Actor</em>}</li>
 *   <li>{@link org.backlot.model.breakdown.CastMember#getActorAlt <em>Actor Alt</em>}</li>
 *   <li>{@link org.backlot.model.breakdown.CastMember#getUnavailable <em>Unavailable</em>}</li>
 * </ul>
 *
 * @see org.backlot.model.breakdown.BreakdownPackage#getCastMember()
 * @model
 * @generated
 */
public interface CastMember extends Element {
	/**
	 * Returns the value of the '<em><b>Cast Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number on the call sheet and strips.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cast Number</em>' attribute.
	 * @see #setCastNumber(int)
	 * @see org.backlot.model.breakdown.BreakdownPackage#getCastMember_CastNumber()
	 * @model
	 * @generated
	 */
	int getCastNumber();

	/**
	 * Sets the value of the '{@link org.backlot.model.breakdown.CastMember#getCastNumber <em>Cast Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cast Number</em>' attribute.
	 * @see #getCastNumber()
	 * @generated
	 */
	void setCastNumber(int value);

	/**
	 * Returns the value of the '<em><b>Actor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Actor</em>' attribute.
	 * @see #setActor(String)
	 * @see org.backlot.model.breakdown.BreakdownPackage#getCastMember_Actor()
	 * @model
	 * @generated
	 */
	String getActor();

	/**
	 * Sets the value of the '{@link org.backlot.model.breakdown.CastMember#getActor <em>Actor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Actor</em>' attribute.
	 * @see #getActor()
	 * @generated
	 */
	void setActor(String value);

	/**
	 * Returns the value of the '<em><b>Actor Alt</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Actor's name in the other script.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Actor Alt</em>' attribute.
	 * @see #setActorAlt(String)
	 * @see org.backlot.model.breakdown.BreakdownPackage#getCastMember_ActorAlt()
	 * @model
	 * @generated
	 */
	String getActorAlt();

	/**
	 * Sets the value of the '{@link org.backlot.model.breakdown.CastMember#getActorAlt <em>Actor Alt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Actor Alt</em>' attribute.
	 * @see #getActorAlt()
	 * @generated
	 */
	void setActorAlt(String value);

	/**
	 * Returns the value of the '<em><b>Unavailable</b></em>' containment reference list.
	 * The list contents are of type {@link org.backlot.model.production.DateRange}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Days the actor cannot work.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unavailable</em>' containment reference list.
	 * @see org.backlot.model.breakdown.BreakdownPackage#getCastMember_Unavailable()
	 * @model containment="true"
	 * @generated
	 */
	EList<DateRange> getUnavailable();

} // CastMember
