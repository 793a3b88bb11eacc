/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.shots.impl;

import org.backlot.model.production.impl.IdentifiedImpl;

import org.backlot.model.shots.CameraSetup;
import org.backlot.model.shots.SetPlan;
import org.backlot.model.shots.ShotsPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Camera Setup</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.backlot.model.shots.impl.CameraSetupImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.backlot.model.shots.impl.CameraSetupImpl#getSetPlan <em>Set Plan</em>}</li>
 *   <li>{@link org.backlot.model.shots.impl.CameraSetupImpl#getX <em>X</em>}</li>
 *   <li>{@link org.backlot.model.shots.impl.CameraSetupImpl#getY <em>Y</em>}</li>
 *   <li>{@link org.backlot.model.shots.impl.CameraSetupImpl#getHeight <em>Height</em>}</li>
 *   <li>{@link org.backlot.model.shots.impl.CameraSetupImpl#getPan <em>Pan</em>}</li>
 *   <li>{@link org.backlot.model.shots.impl.CameraSetupImpl#getTilt <em>Tilt</em>}</li>
 *   <li>{@link org.backlot.model.shots.impl.CameraSetupImpl#getLensMm <em>Lens Mm</em>}</li>
 *   <li>{@link org.backlot.model.shots.impl.CameraSetupImpl#getSensorWidthMm <em>Sensor Width Mm</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CameraSetupImpl extends IdentifiedImpl implements CameraSetup {
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
	 * The cached value of the '{@link #getSetPlan() <em>Set Plan</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSetPlan()
	 * @generated
	 * @ordered
	 */
	protected SetPlan setPlan;

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
	 * The default value of the '{@link #getHeight() <em>Height</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeight()
	 * @generated
	 * @ordered
	 */
	protected static final double HEIGHT_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getHeight() <em>Height</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeight()
	 * @generated
	 * @ordered
	 */
	protected double height = HEIGHT_EDEFAULT;

	/**
	 * The default value of the '{@link #getPan() <em>Pan</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPan()
	 * @generated
	 * @ordered
	 */
	protected static final double PAN_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getPan() <em>Pan</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPan()
	 * @generated
	 * @ordered
	 */
	protected double pan = PAN_EDEFAULT;

	/**
	 * The default value of the '{@link #getTilt() <em>Tilt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTilt()
	 * @generated
	 * @ordered
	 */
	protected static final double TILT_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getTilt() <em>Tilt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTilt()
	 * @generated
	 * @ordered
	 */
	protected double tilt = TILT_EDEFAULT;

	/**
	 * The default value of the '{@link #getLensMm() <em>Lens Mm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLensMm()
	 * @generated
	 * @ordered
	 */
	protected static final double LENS_MM_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getLensMm() <em>Lens Mm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLensMm()
	 * @generated
	 * @ordered
	 */
	protected double lensMm = LENS_MM_EDEFAULT;

	/**
	 * The default value of the '{@link #getSensorWidthMm() <em>Sensor Width Mm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSensorWidthMm()
	 * @generated
	 * @ordered
	 */
	protected static final double SENSOR_WIDTH_MM_EDEFAULT = 36.0;

	/**
	 * The cached value of the '{@link #getSensorWidthMm() <em>Sensor Width Mm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSensorWidthMm()
	 * @generated
	 * @ordered
	 */
	protected double sensorWidthMm = SENSOR_WIDTH_MM_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CameraSetupImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ShotsPackage.Literals.CAMERA_SETUP;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ShotsPackage.CAMERA_SETUP__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SetPlan getSetPlan() {
		if (setPlan != null && setPlan.eIsProxy()) {
			InternalEObject oldSetPlan = (InternalEObject)setPlan;
			setPlan = (SetPlan)eResolveProxy(oldSetPlan);
			if (setPlan != oldSetPlan) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ShotsPackage.CAMERA_SETUP__SET_PLAN, oldSetPlan, setPlan));
			}
		}
		return setPlan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SetPlan basicGetSetPlan() {
		return setPlan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSetPlan(SetPlan newSetPlan) {
		SetPlan oldSetPlan = setPlan;
		setPlan = newSetPlan;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ShotsPackage.CAMERA_SETUP__SET_PLAN, oldSetPlan, setPlan));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ShotsPackage.CAMERA_SETUP__X, oldX, x));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ShotsPackage.CAMERA_SETUP__Y, oldY, y));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getHeight() {
		return height;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHeight(double newHeight) {
		double oldHeight = height;
		height = newHeight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ShotsPackage.CAMERA_SETUP__HEIGHT, oldHeight, height));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getPan() {
		return pan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPan(double newPan) {
		double oldPan = pan;
		pan = newPan;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ShotsPackage.CAMERA_SETUP__PAN, oldPan, pan));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTilt() {
		return tilt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTilt(double newTilt) {
		double oldTilt = tilt;
		tilt = newTilt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ShotsPackage.CAMERA_SETUP__TILT, oldTilt, tilt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getLensMm() {
		return lensMm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLensMm(double newLensMm) {
		double oldLensMm = lensMm;
		lensMm = newLensMm;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ShotsPackage.CAMERA_SETUP__LENS_MM, oldLensMm, lensMm));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getSensorWidthMm() {
		return sensorWidthMm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSensorWidthMm(double newSensorWidthMm) {
		double oldSensorWidthMm = sensorWidthMm;
		sensorWidthMm = newSensorWidthMm;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ShotsPackage.CAMERA_SETUP__SENSOR_WIDTH_MM, oldSensorWidthMm, sensorWidthMm));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ShotsPackage.CAMERA_SETUP__NAME:
				return getName();
			case ShotsPackage.CAMERA_SETUP__SET_PLAN:
				if (resolve) return getSetPlan();
				return basicGetSetPlan();
			case ShotsPackage.CAMERA_SETUP__X:
				return getX();
			case ShotsPackage.CAMERA_SETUP__Y:
				return getY();
			case ShotsPackage.CAMERA_SETUP__HEIGHT:
				return getHeight();
			case ShotsPackage.CAMERA_SETUP__PAN:
				return getPan();
			case ShotsPackage.CAMERA_SETUP__TILT:
				return getTilt();
			case ShotsPackage.CAMERA_SETUP__LENS_MM:
				return getLensMm();
			case ShotsPackage.CAMERA_SETUP__SENSOR_WIDTH_MM:
				return getSensorWidthMm();
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
			case ShotsPackage.CAMERA_SETUP__NAME:
				setName((String)newValue);
				return;
			case ShotsPackage.CAMERA_SETUP__SET_PLAN:
				setSetPlan((SetPlan)newValue);
				return;
			case ShotsPackage.CAMERA_SETUP__X:
				setX((Double)newValue);
				return;
			case ShotsPackage.CAMERA_SETUP__Y:
				setY((Double)newValue);
				return;
			case ShotsPackage.CAMERA_SETUP__HEIGHT:
				setHeight((Double)newValue);
				return;
			case ShotsPackage.CAMERA_SETUP__PAN:
				setPan((Double)newValue);
				return;
			case ShotsPackage.CAMERA_SETUP__TILT:
				setTilt((Double)newValue);
				return;
			case ShotsPackage.CAMERA_SETUP__LENS_MM:
				setLensMm((Double)newValue);
				return;
			case ShotsPackage.CAMERA_SETUP__SENSOR_WIDTH_MM:
				setSensorWidthMm((Double)newValue);
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
			case ShotsPackage.CAMERA_SETUP__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ShotsPackage.CAMERA_SETUP__SET_PLAN:
				setSetPlan((SetPlan)null);
				return;
			case ShotsPackage.CAMERA_SETUP__X:
				setX(X_EDEFAULT);
				return;
			case ShotsPackage.CAMERA_SETUP__Y:
				setY(Y_EDEFAULT);
				return;
			case ShotsPackage.CAMERA_SETUP__HEIGHT:
				setHeight(HEIGHT_EDEFAULT);
				return;
			case ShotsPackage.CAMERA_SETUP__PAN:
				setPan(PAN_EDEFAULT);
				return;
			case ShotsPackage.CAMERA_SETUP__TILT:
				setTilt(TILT_EDEFAULT);
				return;
			case ShotsPackage.CAMERA_SETUP__LENS_MM:
				setLensMm(LENS_MM_EDEFAULT);
				return;
			case ShotsPackage.CAMERA_SETUP__SENSOR_WIDTH_MM:
				setSensorWidthMm(SENSOR_WIDTH_MM_EDEFAULT);
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
			case ShotsPackage.CAMERA_SETUP__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ShotsPackage.CAMERA_SETUP__SET_PLAN:
				return setPlan != null;
			case ShotsPackage.CAMERA_SETUP__X:
				return x != X_EDEFAULT;
			case ShotsPackage.CAMERA_SETUP__Y:
				return y != Y_EDEFAULT;
			case ShotsPackage.CAMERA_SETUP__HEIGHT:
				return height != HEIGHT_EDEFAULT;
			case ShotsPackage.CAMERA_SETUP__PAN:
				return pan != PAN_EDEFAULT;
			case ShotsPackage.CAMERA_SETUP__TILT:
				return tilt != TILT_EDEFAULT;
			case ShotsPackage.CAMERA_SETUP__LENS_MM:
				return lensMm != LENS_MM_EDEFAULT;
			case ShotsPackage.CAMERA_SETUP__SENSOR_WIDTH_MM:
				return sensorWidthMm != SENSOR_WIDTH_MM_EDEFAULT;
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
		result.append(", height: ");
		result.append(height);
		result.append(", pan: ");
		result.append(pan);
		result.append(", tilt: ");
		result.append(tilt);
		result.append(", lensMm: ");
		result.append(lensMm);
		result.append(", sensorWidthMm: ");
		result.append(sensorWidthMm);
		result.append(')');
		return result.toString();
	}

} //CameraSetupImpl
