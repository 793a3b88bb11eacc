/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.lighting.impl;

import java.util.Collection;

import org.backlot.model.lighting.Fixture;
import org.backlot.model.lighting.LightingPackage;
import org.backlot.model.lighting.LightingSetup;
import org.backlot.model.lighting.Look;
import org.backlot.model.lighting.SetGeometry;

import org.backlot.model.production.impl.IdentifiedImpl;

import org.backlot.model.shots.CameraSetup;

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
 * An implementation of the model object '<em><b>Setup</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.backlot.model.lighting.impl.LightingSetupImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.backlot.model.lighting.impl.LightingSetupImpl#getCameraSetup <em>Camera Setup</em>}</li>
 *   <li>{@link org.backlot.model.lighting.impl.LightingSetupImpl#getSet <em>Set</em>}</li>
 *   <li>{@link org.backlot.model.lighting.impl.LightingSetupImpl#getLook <em>Look</em>}</li>
 *   <li>{@link org.backlot.model.lighting.impl.LightingSetupImpl#getFixtures <em>Fixtures</em>}</li>
 *   <li>{@link org.backlot.model.lighting.impl.LightingSetupImpl#getIso <em>Iso</em>}</li>
 *   <li>{@link org.backlot.model.lighting.impl.LightingSetupImpl#getShutterSeconds <em>Shutter Seconds</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LightingSetupImpl extends IdentifiedImpl implements LightingSetup {
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
	 * The cached value of the '{@link #getCameraSetup() <em>Camera Setup</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCameraSetup()
	 * @generated
	 * @ordered
	 */
	protected CameraSetup cameraSetup;

	/**
	 * The cached value of the '{@link #getSet() <em>Set</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSet()
	 * @generated
	 * @ordered
	 */
	protected SetGeometry set;

	/**
	 * The cached value of the '{@link #getLook() <em>Look</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLook()
	 * @generated
	 * @ordered
	 */
	protected Look look;

	/**
	 * The cached value of the '{@link #getFixtures() <em>Fixtures</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFixtures()
	 * @generated
	 * @ordered
	 */
	protected EList<Fixture> fixtures;

	/**
	 * The default value of the '{@link #getIso() <em>Iso</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIso()
	 * @generated
	 * @ordered
	 */
	protected static final double ISO_EDEFAULT = 800.0;

	/**
	 * The cached value of the '{@link #getIso() <em>Iso</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIso()
	 * @generated
	 * @ordered
	 */
	protected double iso = ISO_EDEFAULT;

	/**
	 * The default value of the '{@link #getShutterSeconds() <em>Shutter Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShutterSeconds()
	 * @generated
	 * @ordered
	 */
	protected static final double SHUTTER_SECONDS_EDEFAULT = 0.0208333;

	/**
	 * The cached value of the '{@link #getShutterSeconds() <em>Shutter Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShutterSeconds()
	 * @generated
	 * @ordered
	 */
	protected double shutterSeconds = SHUTTER_SECONDS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LightingSetupImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LightingPackage.Literals.LIGHTING_SETUP;
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
			eNotify(new ENotificationImpl(this, Notification.SET, LightingPackage.LIGHTING_SETUP__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CameraSetup getCameraSetup() {
		if (cameraSetup != null && cameraSetup.eIsProxy()) {
			InternalEObject oldCameraSetup = (InternalEObject)cameraSetup;
			cameraSetup = (CameraSetup)eResolveProxy(oldCameraSetup);
			if (cameraSetup != oldCameraSetup) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, LightingPackage.LIGHTING_SETUP__CAMERA_SETUP, oldCameraSetup, cameraSetup));
			}
		}
		return cameraSetup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CameraSetup basicGetCameraSetup() {
		return cameraSetup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCameraSetup(CameraSetup newCameraSetup) {
		CameraSetup oldCameraSetup = cameraSetup;
		cameraSetup = newCameraSetup;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LightingPackage.LIGHTING_SETUP__CAMERA_SETUP, oldCameraSetup, cameraSetup));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SetGeometry getSet() {
		if (set != null && set.eIsProxy()) {
			InternalEObject oldSet = (InternalEObject)set;
			set = (SetGeometry)eResolveProxy(oldSet);
			if (set != oldSet) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, LightingPackage.LIGHTING_SETUP__SET, oldSet, set));
			}
		}
		return set;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SetGeometry basicGetSet() {
		return set;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSet(SetGeometry newSet) {
		SetGeometry oldSet = set;
		set = newSet;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LightingPackage.LIGHTING_SETUP__SET, oldSet, set));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Look getLook() {
		if (look != null && look.eIsProxy()) {
			InternalEObject oldLook = (InternalEObject)look;
			look = (Look)eResolveProxy(oldLook);
			if (look != oldLook) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, LightingPackage.LIGHTING_SETUP__LOOK, oldLook, look));
			}
		}
		return look;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Look basicGetLook() {
		return look;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLook(Look newLook) {
		Look oldLook = look;
		look = newLook;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LightingPackage.LIGHTING_SETUP__LOOK, oldLook, look));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Fixture> getFixtures() {
		if (fixtures == null) {
			fixtures = new EObjectContainmentEList<Fixture>(Fixture.class, this, LightingPackage.LIGHTING_SETUP__FIXTURES);
		}
		return fixtures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getIso() {
		return iso;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIso(double newIso) {
		double oldIso = iso;
		iso = newIso;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LightingPackage.LIGHTING_SETUP__ISO, oldIso, iso));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getShutterSeconds() {
		return shutterSeconds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setShutterSeconds(double newShutterSeconds) {
		double oldShutterSeconds = shutterSeconds;
		shutterSeconds = newShutterSeconds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LightingPackage.LIGHTING_SETUP__SHUTTER_SECONDS, oldShutterSeconds, shutterSeconds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case LightingPackage.LIGHTING_SETUP__FIXTURES:
				return ((InternalEList<?>)getFixtures()).basicRemove(otherEnd, msgs);
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
			case LightingPackage.LIGHTING_SETUP__NAME:
				return getName();
			case LightingPackage.LIGHTING_SETUP__CAMERA_SETUP:
				if (resolve) return getCameraSetup();
				return basicGetCameraSetup();
			case LightingPackage.LIGHTING_SETUP__SET:
				if (resolve) return getSet();
				return basicGetSet();
			case LightingPackage.LIGHTING_SETUP__LOOK:
				if (resolve) return getLook();
				return basicGetLook();
			case LightingPackage.LIGHTING_SETUP__FIXTURES:
				return getFixtures();
			case LightingPackage.LIGHTING_SETUP__ISO:
				return getIso();
			case LightingPackage.LIGHTING_SETUP__SHUTTER_SECONDS:
				return getShutterSeconds();
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
			case LightingPackage.LIGHTING_SETUP__NAME:
				setName((String)newValue);
				return;
			case LightingPackage.LIGHTING_SETUP__CAMERA_SETUP:
				setCameraSetup((CameraSetup)newValue);
				return;
			case LightingPackage.LIGHTING_SETUP__SET:
				setSet((SetGeometry)newValue);
				return;
			case LightingPackage.LIGHTING_SETUP__LOOK:
				setLook((Look)newValue);
				return;
			case LightingPackage.LIGHTING_SETUP__FIXTURES:
				getFixtures().clear();
				getFixtures().addAll((Collection<? extends Fixture>)newValue);
				return;
			case LightingPackage.LIGHTING_SETUP__ISO:
				setIso((Double)newValue);
				return;
			case LightingPackage.LIGHTING_SETUP__SHUTTER_SECONDS:
				setShutterSeconds((Double)newValue);
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
			case LightingPackage.LIGHTING_SETUP__NAME:
				setName(NAME_EDEFAULT);
				return;
			case LightingPackage.LIGHTING_SETUP__CAMERA_SETUP:
				setCameraSetup((CameraSetup)null);
				return;
			case LightingPackage.LIGHTING_SETUP__SET:
				setSet((SetGeometry)null);
				return;
			case LightingPackage.LIGHTING_SETUP__LOOK:
				setLook((Look)null);
				return;
			case LightingPackage.LIGHTING_SETUP__FIXTURES:
				getFixtures().clear();
				return;
			case LightingPackage.LIGHTING_SETUP__ISO:
				setIso(ISO_EDEFAULT);
				return;
			case LightingPackage.LIGHTING_SETUP__SHUTTER_SECONDS:
				setShutterSeconds(SHUTTER_SECONDS_EDEFAULT);
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
			case LightingPackage.LIGHTING_SETUP__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case LightingPackage.LIGHTING_SETUP__CAMERA_SETUP:
				return cameraSetup != null;
			case LightingPackage.LIGHTING_SETUP__SET:
				return set != null;
			case LightingPackage.LIGHTING_SETUP__LOOK:
				return look != null;
			case LightingPackage.LIGHTING_SETUP__FIXTURES:
				return fixtures != null && !fixtures.isEmpty();
			case LightingPackage.LIGHTING_SETUP__ISO:
				return iso != ISO_EDEFAULT;
			case LightingPackage.LIGHTING_SETUP__SHUTTER_SECONDS:
				return shutterSeconds != SHUTTER_SECONDS_EDEFAULT;
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
		result.append(", iso: ");
		result.append(iso);
		result.append(", shutterSeconds: ");
		result.append(shutterSeconds);
		result.append(')');
		return result.toString();
	}

} //LightingSetupImpl
