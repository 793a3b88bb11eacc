/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.lighting.impl;

import org.backlot.model.lighting.LightingPackage;
import org.backlot.model.lighting.Look;

import org.backlot.model.production.impl.IdentifiedImpl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Look</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.backlot.model.lighting.impl.LookImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.backlot.model.lighting.impl.LookImpl#getKeyToFill <em>Key To Fill</em>}</li>
 *   <li>{@link org.backlot.model.lighting.impl.LookImpl#getTargetStop <em>Target Stop</em>}</li>
 *   <li>{@link org.backlot.model.lighting.impl.LookImpl#getCct <em>Cct</em>}</li>
 *   <li>{@link org.backlot.model.lighting.impl.LookImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.backlot.model.lighting.impl.LookImpl#getKeyAzimuth <em>Key Azimuth</em>}</li>
 *   <li>{@link org.backlot.model.lighting.impl.LookImpl#getKeyElevation <em>Key Elevation</em>}</li>
 *   <li>{@link org.backlot.model.lighting.impl.LookImpl#getSeparationStops <em>Separation Stops</em>}</li>
 *   <li>{@link org.backlot.model.lighting.impl.LookImpl#getPreset <em>Preset</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LookImpl extends IdentifiedImpl implements Look {
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
	 * The default value of the '{@link #getKeyToFill() <em>Key To Fill</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKeyToFill()
	 * @generated
	 * @ordered
	 */
	protected static final double KEY_TO_FILL_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getKeyToFill() <em>Key To Fill</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKeyToFill()
	 * @generated
	 * @ordered
	 */
	protected double keyToFill = KEY_TO_FILL_EDEFAULT;

	/**
	 * The default value of the '{@link #getTargetStop() <em>Target Stop</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetStop()
	 * @generated
	 * @ordered
	 */
	protected static final double TARGET_STOP_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getTargetStop() <em>Target Stop</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetStop()
	 * @generated
	 * @ordered
	 */
	protected double targetStop = TARGET_STOP_EDEFAULT;

	/**
	 * The default value of the '{@link #getCct() <em>Cct</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCct()
	 * @generated
	 * @ordered
	 */
	protected static final double CCT_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getCct() <em>Cct</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCct()
	 * @generated
	 * @ordered
	 */
	protected double cct = CCT_EDEFAULT;

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
	 * The default value of the '{@link #getKeyAzimuth() <em>Key Azimuth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKeyAzimuth()
	 * @generated
	 * @ordered
	 */
	protected static final double KEY_AZIMUTH_EDEFAULT = 45.0;

	/**
	 * The cached value of the '{@link #getKeyAzimuth() <em>Key Azimuth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKeyAzimuth()
	 * @generated
	 * @ordered
	 */
	protected double keyAzimuth = KEY_AZIMUTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getKeyElevation() <em>Key Elevation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKeyElevation()
	 * @generated
	 * @ordered
	 */
	protected static final double KEY_ELEVATION_EDEFAULT = 35.0;

	/**
	 * The cached value of the '{@link #getKeyElevation() <em>Key Elevation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKeyElevation()
	 * @generated
	 * @ordered
	 */
	protected double keyElevation = KEY_ELEVATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getSeparationStops() <em>Separation Stops</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeparationStops()
	 * @generated
	 * @ordered
	 */
	protected static final double SEPARATION_STOPS_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getSeparationStops() <em>Separation Stops</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeparationStops()
	 * @generated
	 * @ordered
	 */
	protected double separationStops = SEPARATION_STOPS_EDEFAULT;

	/**
	 * The default value of the '{@link #getPreset() <em>Preset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreset()
	 * @generated
	 * @ordered
	 */
	protected static final String PRESET_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPreset() <em>Preset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreset()
	 * @generated
	 * @ordered
	 */
	protected String preset = PRESET_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LookImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LightingPackage.Literals.LOOK;
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
			eNotify(new ENotificationImpl(this, Notification.SET, LightingPackage.LOOK__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getKeyToFill() {
		return keyToFill;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKeyToFill(double newKeyToFill) {
		double oldKeyToFill = keyToFill;
		keyToFill = newKeyToFill;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LightingPackage.LOOK__KEY_TO_FILL, oldKeyToFill, keyToFill));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTargetStop() {
		return targetStop;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetStop(double newTargetStop) {
		double oldTargetStop = targetStop;
		targetStop = newTargetStop;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LightingPackage.LOOK__TARGET_STOP, oldTargetStop, targetStop));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getCct() {
		return cct;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCct(double newCct) {
		double oldCct = cct;
		cct = newCct;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LightingPackage.LOOK__CCT, oldCct, cct));
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
			eNotify(new ENotificationImpl(this, Notification.SET, LightingPackage.LOOK__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getKeyAzimuth() {
		return keyAzimuth;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKeyAzimuth(double newKeyAzimuth) {
		double oldKeyAzimuth = keyAzimuth;
		keyAzimuth = newKeyAzimuth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LightingPackage.LOOK__KEY_AZIMUTH, oldKeyAzimuth, keyAzimuth));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getKeyElevation() {
		return keyElevation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKeyElevation(double newKeyElevation) {
		double oldKeyElevation = keyElevation;
		keyElevation = newKeyElevation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LightingPackage.LOOK__KEY_ELEVATION, oldKeyElevation, keyElevation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getSeparationStops() {
		return separationStops;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeparationStops(double newSeparationStops) {
		double oldSeparationStops = separationStops;
		separationStops = newSeparationStops;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LightingPackage.LOOK__SEPARATION_STOPS, oldSeparationStops, separationStops));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPreset() {
		return preset;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPreset(String newPreset) {
		String oldPreset = preset;
		preset = newPreset;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LightingPackage.LOOK__PRESET, oldPreset, preset));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LightingPackage.LOOK__NAME:
				return getName();
			case LightingPackage.LOOK__KEY_TO_FILL:
				return getKeyToFill();
			case LightingPackage.LOOK__TARGET_STOP:
				return getTargetStop();
			case LightingPackage.LOOK__CCT:
				return getCct();
			case LightingPackage.LOOK__DESCRIPTION:
				return getDescription();
			case LightingPackage.LOOK__KEY_AZIMUTH:
				return getKeyAzimuth();
			case LightingPackage.LOOK__KEY_ELEVATION:
				return getKeyElevation();
			case LightingPackage.LOOK__SEPARATION_STOPS:
				return getSeparationStops();
			case LightingPackage.LOOK__PRESET:
				return getPreset();
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
			case LightingPackage.LOOK__NAME:
				setName((String)newValue);
				return;
			case LightingPackage.LOOK__KEY_TO_FILL:
				setKeyToFill((Double)newValue);
				return;
			case LightingPackage.LOOK__TARGET_STOP:
				setTargetStop((Double)newValue);
				return;
			case LightingPackage.LOOK__CCT:
				setCct((Double)newValue);
				return;
			case LightingPackage.LOOK__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case LightingPackage.LOOK__KEY_AZIMUTH:
				setKeyAzimuth((Double)newValue);
				return;
			case LightingPackage.LOOK__KEY_ELEVATION:
				setKeyElevation((Double)newValue);
				return;
			case LightingPackage.LOOK__SEPARATION_STOPS:
				setSeparationStops((Double)newValue);
				return;
			case LightingPackage.LOOK__PRESET:
				setPreset((String)newValue);
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
			case LightingPackage.LOOK__NAME:
				setName(NAME_EDEFAULT);
				return;
			case LightingPackage.LOOK__KEY_TO_FILL:
				setKeyToFill(KEY_TO_FILL_EDEFAULT);
				return;
			case LightingPackage.LOOK__TARGET_STOP:
				setTargetStop(TARGET_STOP_EDEFAULT);
				return;
			case LightingPackage.LOOK__CCT:
				setCct(CCT_EDEFAULT);
				return;
			case LightingPackage.LOOK__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case LightingPackage.LOOK__KEY_AZIMUTH:
				setKeyAzimuth(KEY_AZIMUTH_EDEFAULT);
				return;
			case LightingPackage.LOOK__KEY_ELEVATION:
				setKeyElevation(KEY_ELEVATION_EDEFAULT);
				return;
			case LightingPackage.LOOK__SEPARATION_STOPS:
				setSeparationStops(SEPARATION_STOPS_EDEFAULT);
				return;
			case LightingPackage.LOOK__PRESET:
				setPreset(PRESET_EDEFAULT);
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
			case LightingPackage.LOOK__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case LightingPackage.LOOK__KEY_TO_FILL:
				return keyToFill != KEY_TO_FILL_EDEFAULT;
			case LightingPackage.LOOK__TARGET_STOP:
				return targetStop != TARGET_STOP_EDEFAULT;
			case LightingPackage.LOOK__CCT:
				return cct != CCT_EDEFAULT;
			case LightingPackage.LOOK__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case LightingPackage.LOOK__KEY_AZIMUTH:
				return keyAzimuth != KEY_AZIMUTH_EDEFAULT;
			case LightingPackage.LOOK__KEY_ELEVATION:
				return keyElevation != KEY_ELEVATION_EDEFAULT;
			case LightingPackage.LOOK__SEPARATION_STOPS:
				return separationStops != SEPARATION_STOPS_EDEFAULT;
			case LightingPackage.LOOK__PRESET:
				return PRESET_EDEFAULT == null ? preset != null : !PRESET_EDEFAULT.equals(preset);
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
		result.append(", keyToFill: ");
		result.append(keyToFill);
		result.append(", targetStop: ");
		result.append(targetStop);
		result.append(", cct: ");
		result.append(cct);
		result.append(", description: ");
		result.append(description);
		result.append(", keyAzimuth: ");
		result.append(keyAzimuth);
		result.append(", keyElevation: ");
		result.append(keyElevation);
		result.append(", separationStops: ");
		result.append(separationStops);
		result.append(", preset: ");
		result.append(preset);
		result.append(')');
		return result.toString();
	}

} //LookImpl
