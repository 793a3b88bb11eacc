/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.lighting.impl;

import java.util.Collection;

import org.backlot.model.lighting.LightingPackage;
import org.backlot.model.lighting.LightingPlan;
import org.backlot.model.lighting.LightingSetup;
import org.backlot.model.lighting.Look;
import org.backlot.model.lighting.SetGeometry;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Plan</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.backlot.model.lighting.impl.LightingPlanImpl#getSets <em>Sets</em>}</li>
 *   <li>{@link org.backlot.model.lighting.impl.LightingPlanImpl#getSetups <em>Setups</em>}</li>
 *   <li>{@link org.backlot.model.lighting.impl.LightingPlanImpl#getLooks <em>Looks</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LightingPlanImpl extends EObjectImpl implements LightingPlan {
	/**
	 * The cached value of the '{@link #getSets() <em>Sets</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSets()
	 * @generated
	 * @ordered
	 */
	protected EList<SetGeometry> sets;

	/**
	 * The cached value of the '{@link #getSetups() <em>Setups</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSetups()
	 * @generated
	 * @ordered
	 */
	protected EList<LightingSetup> setups;

	/**
	 * The cached value of the '{@link #getLooks() <em>Looks</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLooks()
	 * @generated
	 * @ordered
	 */
	protected EList<Look> looks;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LightingPlanImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LightingPackage.Literals.LIGHTING_PLAN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SetGeometry> getSets() {
		if (sets == null) {
			sets = new EObjectContainmentEList<SetGeometry>(SetGeometry.class, this, LightingPackage.LIGHTING_PLAN__SETS);
		}
		return sets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LightingSetup> getSetups() {
		if (setups == null) {
			setups = new EObjectContainmentEList<LightingSetup>(LightingSetup.class, this, LightingPackage.LIGHTING_PLAN__SETUPS);
		}
		return setups;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Look> getLooks() {
		if (looks == null) {
			looks = new EObjectContainmentEList<Look>(Look.class, this, LightingPackage.LIGHTING_PLAN__LOOKS);
		}
		return looks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case LightingPackage.LIGHTING_PLAN__SETS:
				return ((InternalEList<?>)getSets()).basicRemove(otherEnd, msgs);
			case LightingPackage.LIGHTING_PLAN__SETUPS:
				return ((InternalEList<?>)getSetups()).basicRemove(otherEnd, msgs);
			case LightingPackage.LIGHTING_PLAN__LOOKS:
				return ((InternalEList<?>)getLooks()).basicRemove(otherEnd, msgs);
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
			case LightingPackage.LIGHTING_PLAN__SETS:
				return getSets();
			case LightingPackage.LIGHTING_PLAN__SETUPS:
				return getSetups();
			case LightingPackage.LIGHTING_PLAN__LOOKS:
				return getLooks();
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
			case LightingPackage.LIGHTING_PLAN__SETS:
				getSets().clear();
				getSets().addAll((Collection<? extends SetGeometry>)newValue);
				return;
			case LightingPackage.LIGHTING_PLAN__SETUPS:
				getSetups().clear();
				getSetups().addAll((Collection<? extends LightingSetup>)newValue);
				return;
			case LightingPackage.LIGHTING_PLAN__LOOKS:
				getLooks().clear();
				getLooks().addAll((Collection<? extends Look>)newValue);
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
			case LightingPackage.LIGHTING_PLAN__SETS:
				getSets().clear();
				return;
			case LightingPackage.LIGHTING_PLAN__SETUPS:
				getSetups().clear();
				return;
			case LightingPackage.LIGHTING_PLAN__LOOKS:
				getLooks().clear();
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
			case LightingPackage.LIGHTING_PLAN__SETS:
				return sets != null && !sets.isEmpty();
			case LightingPackage.LIGHTING_PLAN__SETUPS:
				return setups != null && !setups.isEmpty();
			case LightingPackage.LIGHTING_PLAN__LOOKS:
				return looks != null && !looks.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //LightingPlanImpl
