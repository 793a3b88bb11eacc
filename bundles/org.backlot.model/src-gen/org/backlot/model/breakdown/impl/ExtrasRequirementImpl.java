/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.breakdown.impl;

import org.backlot.model.breakdown.BreakdownPackage;
import org.backlot.model.breakdown.ExtrasRequirement;

import org.backlot.model.production.impl.IdentifiedImpl;

import org.backlot.model.script.Scene;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Extras Requirement</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.backlot.model.breakdown.impl.ExtrasRequirementImpl#getScene <em>Scene</em>}</li>
 *   <li>{@link org.backlot.model.breakdown.impl.ExtrasRequirementImpl#getCount <em>Count</em>}</li>
 *   <li>{@link org.backlot.model.breakdown.impl.ExtrasRequirementImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.backlot.model.breakdown.impl.ExtrasRequirementImpl#getLook <em>Look</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ExtrasRequirementImpl extends IdentifiedImpl implements ExtrasRequirement {
	/**
	 * The cached value of the '{@link #getScene() <em>Scene</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScene()
	 * @generated
	 * @ordered
	 */
	protected Scene scene;

	/**
	 * The default value of the '{@link #getCount() <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCount()
	 * @generated
	 * @ordered
	 */
	protected static final int COUNT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getCount() <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCount()
	 * @generated
	 * @ordered
	 */
	protected int count = COUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getLook() <em>Look</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLook()
	 * @generated
	 * @ordered
	 */
	protected static final String LOOK_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLook() <em>Look</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLook()
	 * @generated
	 * @ordered
	 */
	protected String look = LOOK_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ExtrasRequirementImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return BreakdownPackage.Literals.EXTRAS_REQUIREMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Scene getScene() {
		if (scene != null && scene.eIsProxy()) {
			InternalEObject oldScene = (InternalEObject)scene;
			scene = (Scene)eResolveProxy(oldScene);
			if (scene != oldScene) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, BreakdownPackage.EXTRAS_REQUIREMENT__SCENE, oldScene, scene));
			}
		}
		return scene;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Scene basicGetScene() {
		return scene;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScene(Scene newScene) {
		Scene oldScene = scene;
		scene = newScene;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BreakdownPackage.EXTRAS_REQUIREMENT__SCENE, oldScene, scene));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCount() {
		return count;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCount(int newCount) {
		int oldCount = count;
		count = newCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BreakdownPackage.EXTRAS_REQUIREMENT__COUNT, oldCount, count));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BreakdownPackage.EXTRAS_REQUIREMENT__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLook() {
		return look;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLook(String newLook) {
		String oldLook = look;
		look = newLook;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BreakdownPackage.EXTRAS_REQUIREMENT__LOOK, oldLook, look));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case BreakdownPackage.EXTRAS_REQUIREMENT__SCENE:
				if (resolve) return getScene();
				return basicGetScene();
			case BreakdownPackage.EXTRAS_REQUIREMENT__COUNT:
				return getCount();
			case BreakdownPackage.EXTRAS_REQUIREMENT__DESCRIPTION:
				return getDescription();
			case BreakdownPackage.EXTRAS_REQUIREMENT__LOOK:
				return getLook();
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
			case BreakdownPackage.EXTRAS_REQUIREMENT__SCENE:
				setScene((Scene)newValue);
				return;
			case BreakdownPackage.EXTRAS_REQUIREMENT__COUNT:
				setCount((Integer)newValue);
				return;
			case BreakdownPackage.EXTRAS_REQUIREMENT__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case BreakdownPackage.EXTRAS_REQUIREMENT__LOOK:
				setLook((String)newValue);
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
			case BreakdownPackage.EXTRAS_REQUIREMENT__SCENE:
				setScene((Scene)null);
				return;
			case BreakdownPackage.EXTRAS_REQUIREMENT__COUNT:
				setCount(COUNT_EDEFAULT);
				return;
			case BreakdownPackage.EXTRAS_REQUIREMENT__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case BreakdownPackage.EXTRAS_REQUIREMENT__LOOK:
				setLook(LOOK_EDEFAULT);
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
			case BreakdownPackage.EXTRAS_REQUIREMENT__SCENE:
				return scene != null;
			case BreakdownPackage.EXTRAS_REQUIREMENT__COUNT:
				return count != COUNT_EDEFAULT;
			case BreakdownPackage.EXTRAS_REQUIREMENT__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case BreakdownPackage.EXTRAS_REQUIREMENT__LOOK:
				return LOOK_EDEFAULT == null ? look != null : !LOOK_EDEFAULT.equals(look);
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
		result.append(" (count: ");
		result.append(count);
		result.append(", description: ");
		result.append(description);
		result.append(", look: ");
		result.append(look);
		result.append(')');
		return result.toString();
	}

} //ExtrasRequirementImpl
