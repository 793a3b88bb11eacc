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
 *   <li>{@link org.backlot.model.breakdown.CastMember#getDailyRate <em>Daily Rate</em>}</li>
 *   <li>{@link org.backlot.model.breakdown.CastMember#getMakeupMinutes <em>Makeup Minutes</em>}</li>
 *   <li>{@link org.backlot.model.breakdown.CastMember#getPickupMinutes <em>Pickup Minutes</em>}</li>
 *   <li>{@link org.backlot.model.breakdown.CastMember#isTravel <em>Travel</em>}</li>
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

	/**
	 * Returns the value of the '<em><b>Daily Rate</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Cost of a work or hold day; 0 uses the schedule's cast-day weight.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Daily Rate</em>' attribute.
	 * @see #setDailyRate(double)
	 * @see org.backlot.model.breakdown.BreakdownPackage#getCastMember_DailyRate()
	 * @model default="0.0"
	 * @generated
	 */
	double getDailyRate();

	/**
	 * Sets the value of the '{@link org.backlot.model.breakdown.CastMember#getDailyRate <em>Daily Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Daily Rate</em>' attribute.
	 * @see #getDailyRate()
	 * @generated
	 */
	void setDailyRate(double value);

	/**
	 * Returns the value of the '<em><b>Makeup Minutes</b></em>' attribute.
	 * The default value is <code>"60"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Hair, make-up and wardrobe time before the actor is on set.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Makeup Minutes</em>' attribute.
	 * @see #setMakeupMinutes(int)
	 * @see org.backlot.model.breakdown.BreakdownPackage#getCastMember_MakeupMinutes()
	 * @model default="60"
	 * @generated
	 */
	int getMakeupMinutes();

	/**
	 * Sets the value of the '{@link org.backlot.model.breakdown.CastMember#getMakeupMinutes <em>Makeup Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Makeup Minutes</em>' attribute.
	 * @see #getMakeupMinutes()
	 * @generated
	 */
	void setMakeupMinutes(int value);

	/**
	 * Returns the value of the '<em><b>Pickup Minutes</b></em>' attribute.
	 * The default value is <code>"30"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Drive from the actor's lodging to the set.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pickup Minutes</em>' attribute.
	 * @see #setPickupMinutes(int)
	 * @see org.backlot.model.breakdown.BreakdownPackage#getCastMember_PickupMinutes()
	 * @model default="30"
	 * @generated
	 */
	int getPickupMinutes();

	/**
	 * Sets the value of the '{@link org.backlot.model.breakdown.CastMember#getPickupMinutes <em>Pickup Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pickup Minutes</em>' attribute.
	 * @see #getPickupMinutes()
	 * @generated
	 */
	void setPickupMinutes(int value);

	/**
	 * Returns the value of the '<em><b>Travel</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The actor travels in the day before the first work day and out the day after the last.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Travel</em>' attribute.
	 * @see #setTravel(boolean)
	 * @see org.backlot.model.breakdown.BreakdownPackage#getCastMember_Travel()
	 * @model default="false"
	 * @generated
	 */
	boolean isTravel();

	/**
	 * Sets the value of the '{@link org.backlot.model.breakdown.CastMember#isTravel <em>Travel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Travel</em>' attribute.
	 * @see #isTravel()
	 * @generated
	 */
	void setTravel(boolean value);

} // CastMember
