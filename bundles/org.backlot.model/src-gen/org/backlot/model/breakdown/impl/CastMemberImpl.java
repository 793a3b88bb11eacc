/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.breakdown.impl;

import java.util.Collection;

import org.backlot.model.breakdown.BreakdownPackage;
import org.backlot.model.breakdown.CastMember;

import org.backlot.model.production.DateRange;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Cast Member</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.backlot.model.breakdown.impl.CastMemberImpl#getCastNumber <em>Cast Number</em>}</li>
 *   <li>{@link org.backlot.model.breakdown.impl.CastMemberImpl#getActor <em>Actor</em>}</li>
 *   <li>{@link org.backlot.model.breakdown.impl.CastMemberImpl#getActorAlt <em>Actor Alt</em>}</li>
 *   <li>{@link org.backlot.model.breakdown.impl.CastMemberImpl#getUnavailable <em>Unavailable</em>}</li>
 *   <li>{@link org.backlot.model.breakdown.impl.CastMemberImpl#getDailyRate <em>Daily Rate</em>}</li>
 *   <li>{@link org.backlot.model.breakdown.impl.CastMemberImpl#getMakeupMinutes <em>Makeup Minutes</em>}</li>
 *   <li>{@link org.backlot.model.breakdown.impl.CastMemberImpl#getPickupMinutes <em>Pickup Minutes</em>}</li>
 *   <li>{@link org.backlot.model.breakdown.impl.CastMemberImpl#isTravel <em>Travel</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CastMemberImpl extends ElementImpl implements CastMember {
	/**
	 * The default value of the '{@link #getCastNumber() <em>Cast Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCastNumber()
	 * @generated
	 * @ordered
	 */
	protected static final int CAST_NUMBER_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getCastNumber() <em>Cast Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCastNumber()
	 * @generated
	 * @ordered
	 */
	protected int castNumber = CAST_NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getActor() <em>Actor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActor()
	 * @generated
	 * @ordered
	 */
	protected static final String ACTOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getActor() <em>Actor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActor()
	 * @generated
	 * @ordered
	 */
	protected String actor = ACTOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getActorAlt() <em>Actor Alt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActorAlt()
	 * @generated
	 * @ordered
	 */
	protected static final String ACTOR_ALT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getActorAlt() <em>Actor Alt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActorAlt()
	 * @generated
	 * @ordered
	 */
	protected String actorAlt = ACTOR_ALT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getUnavailable() <em>Unavailable</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnavailable()
	 * @generated
	 * @ordered
	 */
	protected EList<DateRange> unavailable;

	/**
	 * The default value of the '{@link #getDailyRate() <em>Daily Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDailyRate()
	 * @generated
	 * @ordered
	 */
	protected static final double DAILY_RATE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getDailyRate() <em>Daily Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDailyRate()
	 * @generated
	 * @ordered
	 */
	protected double dailyRate = DAILY_RATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMakeupMinutes() <em>Makeup Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMakeupMinutes()
	 * @generated
	 * @ordered
	 */
	protected static final int MAKEUP_MINUTES_EDEFAULT = 60;

	/**
	 * The cached value of the '{@link #getMakeupMinutes() <em>Makeup Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMakeupMinutes()
	 * @generated
	 * @ordered
	 */
	protected int makeupMinutes = MAKEUP_MINUTES_EDEFAULT;

	/**
	 * The default value of the '{@link #getPickupMinutes() <em>Pickup Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPickupMinutes()
	 * @generated
	 * @ordered
	 */
	protected static final int PICKUP_MINUTES_EDEFAULT = 30;

	/**
	 * The cached value of the '{@link #getPickupMinutes() <em>Pickup Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPickupMinutes()
	 * @generated
	 * @ordered
	 */
	protected int pickupMinutes = PICKUP_MINUTES_EDEFAULT;

	/**
	 * The default value of the '{@link #isTravel() <em>Travel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isTravel()
	 * @generated
	 * @ordered
	 */
	protected static final boolean TRAVEL_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isTravel() <em>Travel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isTravel()
	 * @generated
	 * @ordered
	 */
	protected boolean travel = TRAVEL_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CastMemberImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return BreakdownPackage.Literals.CAST_MEMBER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCastNumber() {
		return castNumber;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCastNumber(int newCastNumber) {
		int oldCastNumber = castNumber;
		castNumber = newCastNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BreakdownPackage.CAST_MEMBER__CAST_NUMBER, oldCastNumber, castNumber));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getActor() {
		return actor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActor(String newActor) {
		String oldActor = actor;
		actor = newActor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BreakdownPackage.CAST_MEMBER__ACTOR, oldActor, actor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getActorAlt() {
		return actorAlt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActorAlt(String newActorAlt) {
		String oldActorAlt = actorAlt;
		actorAlt = newActorAlt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BreakdownPackage.CAST_MEMBER__ACTOR_ALT, oldActorAlt, actorAlt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DateRange> getUnavailable() {
		if (unavailable == null) {
			unavailable = new EObjectContainmentEList<DateRange>(DateRange.class, this, BreakdownPackage.CAST_MEMBER__UNAVAILABLE);
		}
		return unavailable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getDailyRate() {
		return dailyRate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDailyRate(double newDailyRate) {
		double oldDailyRate = dailyRate;
		dailyRate = newDailyRate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BreakdownPackage.CAST_MEMBER__DAILY_RATE, oldDailyRate, dailyRate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMakeupMinutes() {
		return makeupMinutes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMakeupMinutes(int newMakeupMinutes) {
		int oldMakeupMinutes = makeupMinutes;
		makeupMinutes = newMakeupMinutes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BreakdownPackage.CAST_MEMBER__MAKEUP_MINUTES, oldMakeupMinutes, makeupMinutes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPickupMinutes() {
		return pickupMinutes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPickupMinutes(int newPickupMinutes) {
		int oldPickupMinutes = pickupMinutes;
		pickupMinutes = newPickupMinutes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BreakdownPackage.CAST_MEMBER__PICKUP_MINUTES, oldPickupMinutes, pickupMinutes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isTravel() {
		return travel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTravel(boolean newTravel) {
		boolean oldTravel = travel;
		travel = newTravel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BreakdownPackage.CAST_MEMBER__TRAVEL, oldTravel, travel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case BreakdownPackage.CAST_MEMBER__UNAVAILABLE:
				return ((InternalEList<?>)getUnavailable()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case BreakdownPackage.CAST_MEMBER__CAST_NUMBER:
				return getCastNumber();
			case BreakdownPackage.CAST_MEMBER__ACTOR:
				return getActor();
			case BreakdownPackage.CAST_MEMBER__ACTOR_ALT:
				return getActorAlt();
			case BreakdownPackage.CAST_MEMBER__UNAVAILABLE:
				return getUnavailable();
			case BreakdownPackage.CAST_MEMBER__DAILY_RATE:
				return getDailyRate();
			case BreakdownPackage.CAST_MEMBER__MAKEUP_MINUTES:
				return getMakeupMinutes();
			case BreakdownPackage.CAST_MEMBER__PICKUP_MINUTES:
				return getPickupMinutes();
			case BreakdownPackage.CAST_MEMBER__TRAVEL:
				return isTravel();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case BreakdownPackage.CAST_MEMBER__CAST_NUMBER:
				setCastNumber((Integer)newValue);
				return;
			case BreakdownPackage.CAST_MEMBER__ACTOR:
				setActor((String)newValue);
				return;
			case BreakdownPackage.CAST_MEMBER__ACTOR_ALT:
				setActorAlt((String)newValue);
				return;
			case BreakdownPackage.CAST_MEMBER__UNAVAILABLE:
				getUnavailable().clear();
				getUnavailable().addAll((Collection<? extends DateRange>)newValue);
				return;
			case BreakdownPackage.CAST_MEMBER__DAILY_RATE:
				setDailyRate((Double)newValue);
				return;
			case BreakdownPackage.CAST_MEMBER__MAKEUP_MINUTES:
				setMakeupMinutes((Integer)newValue);
				return;
			case BreakdownPackage.CAST_MEMBER__PICKUP_MINUTES:
				setPickupMinutes((Integer)newValue);
				return;
			case BreakdownPackage.CAST_MEMBER__TRAVEL:
				setTravel((Boolean)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case BreakdownPackage.CAST_MEMBER__CAST_NUMBER:
				setCastNumber(CAST_NUMBER_EDEFAULT);
				return;
			case BreakdownPackage.CAST_MEMBER__ACTOR:
				setActor(ACTOR_EDEFAULT);
				return;
			case BreakdownPackage.CAST_MEMBER__ACTOR_ALT:
				setActorAlt(ACTOR_ALT_EDEFAULT);
				return;
			case BreakdownPackage.CAST_MEMBER__UNAVAILABLE:
				getUnavailable().clear();
				return;
			case BreakdownPackage.CAST_MEMBER__DAILY_RATE:
				setDailyRate(DAILY_RATE_EDEFAULT);
				return;
			case BreakdownPackage.CAST_MEMBER__MAKEUP_MINUTES:
				setMakeupMinutes(MAKEUP_MINUTES_EDEFAULT);
				return;
			case BreakdownPackage.CAST_MEMBER__PICKUP_MINUTES:
				setPickupMinutes(PICKUP_MINUTES_EDEFAULT);
				return;
			case BreakdownPackage.CAST_MEMBER__TRAVEL:
				setTravel(TRAVEL_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case BreakdownPackage.CAST_MEMBER__CAST_NUMBER:
				return castNumber != CAST_NUMBER_EDEFAULT;
			case BreakdownPackage.CAST_MEMBER__ACTOR:
				return ACTOR_EDEFAULT == null ? actor != null : !ACTOR_EDEFAULT.equals(actor);
			case BreakdownPackage.CAST_MEMBER__ACTOR_ALT:
				return ACTOR_ALT_EDEFAULT == null ? actorAlt != null : !ACTOR_ALT_EDEFAULT.equals(actorAlt);
			case BreakdownPackage.CAST_MEMBER__UNAVAILABLE:
				return unavailable != null && !unavailable.isEmpty();
			case BreakdownPackage.CAST_MEMBER__DAILY_RATE:
				return dailyRate != DAILY_RATE_EDEFAULT;
			case BreakdownPackage.CAST_MEMBER__MAKEUP_MINUTES:
				return makeupMinutes != MAKEUP_MINUTES_EDEFAULT;
			case BreakdownPackage.CAST_MEMBER__PICKUP_MINUTES:
				return pickupMinutes != PICKUP_MINUTES_EDEFAULT;
			case BreakdownPackage.CAST_MEMBER__TRAVEL:
				return travel != TRAVEL_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (castNumber: ");
		result.append(castNumber);
		result.append(", actor: ");
		result.append(actor);
		result.append(", actorAlt: ");
		result.append(actorAlt);
		result.append(", dailyRate: ");
		result.append(dailyRate);
		result.append(", makeupMinutes: ");
		result.append(makeupMinutes);
		result.append(", pickupMinutes: ");
		result.append(pickupMinutes);
		result.append(", travel: ");
		result.append(travel);
		result.append(')');
		return result.toString();
	}

} //CastMemberImpl
