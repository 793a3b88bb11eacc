/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.shots.impl;

import org.backlot.model.breakdown.CastMember;

import org.backlot.model.production.impl.IdentifiedImpl;

import org.backlot.model.shots.ActorMark;
import org.backlot.model.shots.ShotsPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Actor Mark</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.backlot.model.shots.impl.ActorMarkImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.backlot.model.shots.impl.ActorMarkImpl#getActor <em>Actor</em>}</li>
 *   <li>{@link org.backlot.model.shots.impl.ActorMarkImpl#getX <em>X</em>}</li>
 *   <li>{@link org.backlot.model.shots.impl.ActorMarkImpl#getY <em>Y</em>}</li>
 *   <li>{@link org.backlot.model.shots.impl.ActorMarkImpl#getFacing <em>Facing</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ActorMarkImpl extends IdentifiedImpl implements ActorMark {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getActor() <em>Actor</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActor()
	 * @generated
	 * @ordered
	 */
	protected CastMember actor;

	/**
	 * The default value of the '{@link #getX() <em>X</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getX()
	 * @generated
	 * @ordered
	 */
	protected static final double X_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getX() <em>X</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getX()
	 * @generated
	 * @ordered
	 */
	protected double x = X_EDEFAULT;

	/**
	 * The default value of the '{@link #getY() <em>Y</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getY()
	 * @generated
	 * @ordered
	 */
	protected static final double Y_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getY() <em>Y</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getY()
	 * @generated
	 * @ordered
	 */
	protected double y = Y_EDEFAULT;

	/**
	 * The default value of the '{@link #getFacing() <em>Facing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFacing()
	 * @generated
	 * @ordered
	 */
	protected static final double FACING_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getFacing() <em>Facing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFacing()
	 * @generated
	 * @ordered
	 */
	protected double facing = FACING_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ActorMarkImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ShotsPackage.Literals.ACTOR_MARK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ShotsPackage.ACTOR_MARK__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CastMember getActor() {
		if (actor != null && actor.eIsProxy()) {
			InternalEObject oldActor = (InternalEObject)actor;
			actor = (CastMember)eResolveProxy(oldActor);
			if (actor != oldActor) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ShotsPackage.ACTOR_MARK__ACTOR, oldActor, actor));
			}
		}
		return actor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CastMember basicGetActor() {
		return actor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActor(CastMember newActor) {
		CastMember oldActor = actor;
		actor = newActor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ShotsPackage.ACTOR_MARK__ACTOR, oldActor, actor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getX() {
		return x;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setX(double newX) {
		double oldX = x;
		x = newX;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ShotsPackage.ACTOR_MARK__X, oldX, x));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getY() {
		return y;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setY(double newY) {
		double oldY = y;
		y = newY;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ShotsPackage.ACTOR_MARK__Y, oldY, y));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getFacing() {
		return facing;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFacing(double newFacing) {
		double oldFacing = facing;
		facing = newFacing;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ShotsPackage.ACTOR_MARK__FACING, oldFacing, facing));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ShotsPackage.ACTOR_MARK__NAME:
				return getName();
			case ShotsPackage.ACTOR_MARK__ACTOR:
				if (resolve) return getActor();
				return basicGetActor();
			case ShotsPackage.ACTOR_MARK__X:
				return getX();
			case ShotsPackage.ACTOR_MARK__Y:
				return getY();
			case ShotsPackage.ACTOR_MARK__FACING:
				return getFacing();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ShotsPackage.ACTOR_MARK__NAME:
				setName((String)newValue);
				return;
			case ShotsPackage.ACTOR_MARK__ACTOR:
				setActor((CastMember)newValue);
				return;
			case ShotsPackage.ACTOR_MARK__X:
				setX((Double)newValue);
				return;
			case ShotsPackage.ACTOR_MARK__Y:
				setY((Double)newValue);
				return;
			case ShotsPackage.ACTOR_MARK__FACING:
				setFacing((Double)newValue);
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
			case ShotsPackage.ACTOR_MARK__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ShotsPackage.ACTOR_MARK__ACTOR:
				setActor((CastMember)null);
				return;
			case ShotsPackage.ACTOR_MARK__X:
				setX(X_EDEFAULT);
				return;
			case ShotsPackage.ACTOR_MARK__Y:
				setY(Y_EDEFAULT);
				return;
			case ShotsPackage.ACTOR_MARK__FACING:
				setFacing(FACING_EDEFAULT);
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
			case ShotsPackage.ACTOR_MARK__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ShotsPackage.ACTOR_MARK__ACTOR:
				return actor != null;
			case ShotsPackage.ACTOR_MARK__X:
				return x != X_EDEFAULT;
			case ShotsPackage.ACTOR_MARK__Y:
				return y != Y_EDEFAULT;
			case ShotsPackage.ACTOR_MARK__FACING:
				return facing != FACING_EDEFAULT;
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
		result.append(" (name: ");
		result.append(name);
		result.append(", x: ");
		result.append(x);
		result.append(", y: ");
		result.append(y);
		result.append(", facing: ");
		result.append(facing);
		result.append(')');
		return result.toString();
	}

} //ActorMarkImpl
