/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.shots.impl;

import java.util.Collection;

import org.backlot.model.shots.CameraSetup;
import org.backlot.model.shots.SetPlan;
import org.backlot.model.shots.Shot;
import org.backlot.model.shots.ShotList;
import org.backlot.model.shots.ShotsPackage;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Shot List</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.backlot.model.shots.impl.ShotListImpl#getShots <em>Shots</em>}</li>
 *   <li>{@link org.backlot.model.shots.impl.ShotListImpl#getSetups <em>Setups</em>}</li>
 *   <li>{@link org.backlot.model.shots.impl.ShotListImpl#getSetPlans <em>Set Plans</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ShotListImpl extends EObjectImpl implements ShotList {
	/**
	 * The cached value of the '{@link #getShots() <em>Shots</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShots()
	 * @generated
	 * @ordered
	 */
	protected EList<Shot> shots;

	/**
	 * The cached value of the '{@link #getSetups() <em>Setups</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSetups()
	 * @generated
	 * @ordered
	 */
	protected EList<CameraSetup> setups;

	/**
	 * The cached value of the '{@link #getSetPlans() <em>Set Plans</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSetPlans()
	 * @generated
	 * @ordered
	 */
	protected EList<SetPlan> setPlans;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ShotListImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ShotsPackage.Literals.SHOT_LIST;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Shot> getShots() {
		if (shots == null) {
			shots = new EObjectContainmentEList<Shot>(Shot.class, this, ShotsPackage.SHOT_LIST__SHOTS);
		}
		return shots;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CameraSetup> getSetups() {
		if (setups == null) {
			setups = new EObjectContainmentEList<CameraSetup>(CameraSetup.class, this, ShotsPackage.SHOT_LIST__SETUPS);
		}
		return setups;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SetPlan> getSetPlans() {
		if (setPlans == null) {
			setPlans = new EObjectContainmentEList<SetPlan>(SetPlan.class, this, ShotsPackage.SHOT_LIST__SET_PLANS);
		}
		return setPlans;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ShotsPackage.SHOT_LIST__SHOTS:
				return ((InternalEList<?>)getShots()).basicRemove(otherEnd, msgs);
			case ShotsPackage.SHOT_LIST__SETUPS:
				return ((InternalEList<?>)getSetups()).basicRemove(otherEnd, msgs);
			case ShotsPackage.SHOT_LIST__SET_PLANS:
				return ((InternalEList<?>)getSetPlans()).basicRemove(otherEnd, msgs);
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
			case ShotsPackage.SHOT_LIST__SHOTS:
				return getShots();
			case ShotsPackage.SHOT_LIST__SETUPS:
				return getSetups();
			case ShotsPackage.SHOT_LIST__SET_PLANS:
				return getSetPlans();
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
			case ShotsPackage.SHOT_LIST__SHOTS:
				getShots().clear();
				getShots().addAll((Collection<? extends Shot>)newValue);
				return;
			case ShotsPackage.SHOT_LIST__SETUPS:
				getSetups().clear();
				getSetups().addAll((Collection<? extends CameraSetup>)newValue);
				return;
			case ShotsPackage.SHOT_LIST__SET_PLANS:
				getSetPlans().clear();
				getSetPlans().addAll((Collection<? extends SetPlan>)newValue);
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
			case ShotsPackage.SHOT_LIST__SHOTS:
				getShots().clear();
				return;
			case ShotsPackage.SHOT_LIST__SETUPS:
				getSetups().clear();
				return;
			case ShotsPackage.SHOT_LIST__SET_PLANS:
				getSetPlans().clear();
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
			case ShotsPackage.SHOT_LIST__SHOTS:
				return shots != null && !shots.isEmpty();
			case ShotsPackage.SHOT_LIST__SETUPS:
				return setups != null && !setups.isEmpty();
			case ShotsPackage.SHOT_LIST__SET_PLANS:
				return setPlans != null && !setPlans.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //ShotListImpl
