/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.studio.impl;

import org.backlot.model.studio.PanoramaPin;
import org.backlot.model.studio.StudioPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Panorama Pin</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.backlot.model.studio.impl.PanoramaPinImpl#getPanorama <em>Panorama</em>}</li>
 *   <li>{@link org.backlot.model.studio.impl.PanoramaPinImpl#getYaw <em>Yaw</em>}</li>
 *   <li>{@link org.backlot.model.studio.impl.PanoramaPinImpl#getPitch <em>Pitch</em>}</li>
 *   <li>{@link org.backlot.model.studio.impl.PanoramaPinImpl#getText <em>Text</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PanoramaPinImpl extends EObjectImpl implements PanoramaPin {
	/**
	 * The default value of the '{@link #getPanorama() <em>Panorama</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPanorama()
	 * @generated
	 * @ordered
	 */
	protected static final String PANORAMA_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPanorama() <em>Panorama</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPanorama()
	 * @generated
	 * @ordered
	 */
	protected String panorama = PANORAMA_EDEFAULT;

	/**
	 * The default value of the '{@link #getYaw() <em>Yaw</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYaw()
	 * @generated
	 * @ordered
	 */
	protected static final double YAW_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getYaw() <em>Yaw</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYaw()
	 * @generated
	 * @ordered
	 */
	protected double yaw = YAW_EDEFAULT;

	/**
	 * The default value of the '{@link #getPitch() <em>Pitch</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPitch()
	 * @generated
	 * @ordered
	 */
	protected static final double PITCH_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getPitch() <em>Pitch</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPitch()
	 * @generated
	 * @ordered
	 */
	protected double pitch = PITCH_EDEFAULT;

	/**
	 * The default value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected String text = TEXT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PanoramaPinImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return StudioPackage.Literals.PANORAMA_PIN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPanorama() {
		return panorama;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPanorama(String newPanorama) {
		String oldPanorama = panorama;
		panorama = newPanorama;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudioPackage.PANORAMA_PIN__PANORAMA, oldPanorama, panorama));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getYaw() {
		return yaw;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setYaw(double newYaw) {
		double oldYaw = yaw;
		yaw = newYaw;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudioPackage.PANORAMA_PIN__YAW, oldYaw, yaw));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getPitch() {
		return pitch;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPitch(double newPitch) {
		double oldPitch = pitch;
		pitch = newPitch;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudioPackage.PANORAMA_PIN__PITCH, oldPitch, pitch));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText() {
		return text;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setText(String newText) {
		String oldText = text;
		text = newText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudioPackage.PANORAMA_PIN__TEXT, oldText, text));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case StudioPackage.PANORAMA_PIN__PANORAMA:
				return getPanorama();
			case StudioPackage.PANORAMA_PIN__YAW:
				return getYaw();
			case StudioPackage.PANORAMA_PIN__PITCH:
				return getPitch();
			case StudioPackage.PANORAMA_PIN__TEXT:
				return getText();
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
			case StudioPackage.PANORAMA_PIN__PANORAMA:
				setPanorama((String)newValue);
				return;
			case StudioPackage.PANORAMA_PIN__YAW:
				setYaw((Double)newValue);
				return;
			case StudioPackage.PANORAMA_PIN__PITCH:
				setPitch((Double)newValue);
				return;
			case StudioPackage.PANORAMA_PIN__TEXT:
				setText((String)newValue);
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
			case StudioPackage.PANORAMA_PIN__PANORAMA:
				setPanorama(PANORAMA_EDEFAULT);
				return;
			case StudioPackage.PANORAMA_PIN__YAW:
				setYaw(YAW_EDEFAULT);
				return;
			case StudioPackage.PANORAMA_PIN__PITCH:
				setPitch(PITCH_EDEFAULT);
				return;
			case StudioPackage.PANORAMA_PIN__TEXT:
				setText(TEXT_EDEFAULT);
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
			case StudioPackage.PANORAMA_PIN__PANORAMA:
				return PANORAMA_EDEFAULT == null ? panorama != null : !PANORAMA_EDEFAULT.equals(panorama);
			case StudioPackage.PANORAMA_PIN__YAW:
				return yaw != YAW_EDEFAULT;
			case StudioPackage.PANORAMA_PIN__PITCH:
				return pitch != PITCH_EDEFAULT;
			case StudioPackage.PANORAMA_PIN__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
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
		result.append(" (panorama: ");
		result.append(panorama);
		result.append(", yaw: ");
		result.append(yaw);
		result.append(", pitch: ");
		result.append(pitch);
		result.append(", text: ");
		result.append(text);
		result.append(')');
		return result.toString();
	}

} //PanoramaPinImpl
