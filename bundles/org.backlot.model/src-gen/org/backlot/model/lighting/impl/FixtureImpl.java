/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.lighting.impl;

import org.backlot.model.lighting.Fixture;
import org.backlot.model.lighting.FixtureType;
import org.backlot.model.lighting.Gel;
import org.backlot.model.lighting.LightingPackage;

import org.backlot.model.production.impl.IdentifiedImpl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Fixture</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.backlot.model.lighting.impl.FixtureImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.backlot.model.lighting.impl.FixtureImpl#getType <em>Type</em>}</li>
 *   <li>{@link org.backlot.model.lighting.impl.FixtureImpl#getX <em>X</em>}</li>
 *   <li>{@link org.backlot.model.lighting.impl.FixtureImpl#getY <em>Y</em>}</li>
 *   <li>{@link org.backlot.model.lighting.impl.FixtureImpl#getZ <em>Z</em>}</li>
 *   <li>{@link org.backlot.model.lighting.impl.FixtureImpl#getPan <em>Pan</em>}</li>
 *   <li>{@link org.backlot.model.lighting.impl.FixtureImpl#getTilt <em>Tilt</em>}</li>
 *   <li>{@link org.backlot.model.lighting.impl.FixtureImpl#getDimmer <em>Dimmer</em>}</li>
 *   <li>{@link org.backlot.model.lighting.impl.FixtureImpl#getGel <em>Gel</em>}</li>
 *   <li>{@link org.backlot.model.lighting.impl.FixtureImpl#getDiffusion <em>Diffusion</em>}</li>
 *   <li>{@link org.backlot.model.lighting.impl.FixtureImpl#isOff <em>Off</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FixtureImpl extends IdentifiedImpl implements Fixture {
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
	 * The cached value of the '{@link #getType() <em>Type</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected FixtureType type;

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
	 * The default value of the '{@link #getZ() <em>Z</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getZ()
	 * @generated
	 * @ordered
	 */
	protected static final double Z_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getZ() <em>Z</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getZ()
	 * @generated
	 * @ordered
	 */
	protected double z = Z_EDEFAULT;

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
	 * The default value of the '{@link #getDimmer() <em>Dimmer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDimmer()
	 * @generated
	 * @ordered
	 */
	protected static final double DIMMER_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getDimmer() <em>Dimmer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDimmer()
	 * @generated
	 * @ordered
	 */
	protected double dimmer = DIMMER_EDEFAULT;

	/**
	 * The default value of the '{@link #getGel() <em>Gel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGel()
	 * @generated
	 * @ordered
	 */
	protected static final Gel GEL_EDEFAULT = Gel.NONE;

	/**
	 * The cached value of the '{@link #getGel() <em>Gel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGel()
	 * @generated
	 * @ordered
	 */
	protected Gel gel = GEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getDiffusion() <em>Diffusion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiffusion()
	 * @generated
	 * @ordered
	 */
	protected static final double DIFFUSION_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getDiffusion() <em>Diffusion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiffusion()
	 * @generated
	 * @ordered
	 */
	protected double diffusion = DIFFUSION_EDEFAULT;

	/**
	 * The default value of the '{@link #isOff() <em>Off</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOff()
	 * @generated
	 * @ordered
	 */
	protected static final boolean OFF_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isOff() <em>Off</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOff()
	 * @generated
	 * @ordered
	 */
	protected boolean off = OFF_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FixtureImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LightingPackage.Literals.FIXTURE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, LightingPackage.FIXTURE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FixtureType getType() {
		if (type != null && type.eIsProxy()) {
			InternalEObject oldType = (InternalEObject)type;
			type = (FixtureType)eResolveProxy(oldType);
			if (type != oldType) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, LightingPackage.FIXTURE__TYPE, oldType, type));
			}
		}
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FixtureType basicGetType() {
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(FixtureType newType) {
		FixtureType oldType = type;
		type = newType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LightingPackage.FIXTURE__TYPE, oldType, type));
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
			eNotify(new ENotificationImpl(this, Notification.SET, LightingPackage.FIXTURE__X, oldX, x));
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
			eNotify(new ENotificationImpl(this, Notification.SET, LightingPackage.FIXTURE__Y, oldY, y));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getZ() {
		return z;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setZ(double newZ) {
		double oldZ = z;
		z = newZ;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LightingPackage.FIXTURE__Z, oldZ, z));
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
			eNotify(new ENotificationImpl(this, Notification.SET, LightingPackage.FIXTURE__PAN, oldPan, pan));
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
			eNotify(new ENotificationImpl(this, Notification.SET, LightingPackage.FIXTURE__TILT, oldTilt, tilt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getDimmer() {
		return dimmer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDimmer(double newDimmer) {
		double oldDimmer = dimmer;
		dimmer = newDimmer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LightingPackage.FIXTURE__DIMMER, oldDimmer, dimmer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Gel getGel() {
		return gel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGel(Gel newGel) {
		Gel oldGel = gel;
		gel = newGel == null ? GEL_EDEFAULT : newGel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LightingPackage.FIXTURE__GEL, oldGel, gel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getDiffusion() {
		return diffusion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDiffusion(double newDiffusion) {
		double oldDiffusion = diffusion;
		diffusion = newDiffusion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LightingPackage.FIXTURE__DIFFUSION, oldDiffusion, diffusion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isOff() {
		return off;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOff(boolean newOff) {
		boolean oldOff = off;
		off = newOff;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LightingPackage.FIXTURE__OFF, oldOff, off));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LightingPackage.FIXTURE__NAME:
				return getName();
			case LightingPackage.FIXTURE__TYPE:
				if (resolve) return getType();
				return basicGetType();
			case LightingPackage.FIXTURE__X:
				return getX();
			case LightingPackage.FIXTURE__Y:
				return getY();
			case LightingPackage.FIXTURE__Z:
				return getZ();
			case LightingPackage.FIXTURE__PAN:
				return getPan();
			case LightingPackage.FIXTURE__TILT:
				return getTilt();
			case LightingPackage.FIXTURE__DIMMER:
				return getDimmer();
			case LightingPackage.FIXTURE__GEL:
				return getGel();
			case LightingPackage.FIXTURE__DIFFUSION:
				return getDiffusion();
			case LightingPackage.FIXTURE__OFF:
				return isOff();
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
			case LightingPackage.FIXTURE__NAME:
				setName((String)newValue);
				return;
			case LightingPackage.FIXTURE__TYPE:
				setType((FixtureType)newValue);
				return;
			case LightingPackage.FIXTURE__X:
				setX((Double)newValue);
				return;
			case LightingPackage.FIXTURE__Y:
				setY((Double)newValue);
				return;
			case LightingPackage.FIXTURE__Z:
				setZ((Double)newValue);
				return;
			case LightingPackage.FIXTURE__PAN:
				setPan((Double)newValue);
				return;
			case LightingPackage.FIXTURE__TILT:
				setTilt((Double)newValue);
				return;
			case LightingPackage.FIXTURE__DIMMER:
				setDimmer((Double)newValue);
				return;
			case LightingPackage.FIXTURE__GEL:
				setGel((Gel)newValue);
				return;
			case LightingPackage.FIXTURE__DIFFUSION:
				setDiffusion((Double)newValue);
				return;
			case LightingPackage.FIXTURE__OFF:
				setOff((Boolean)newValue);
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
			case LightingPackage.FIXTURE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case LightingPackage.FIXTURE__TYPE:
				setType((FixtureType)null);
				return;
			case LightingPackage.FIXTURE__X:
				setX(X_EDEFAULT);
				return;
			case LightingPackage.FIXTURE__Y:
				setY(Y_EDEFAULT);
				return;
			case LightingPackage.FIXTURE__Z:
				setZ(Z_EDEFAULT);
				return;
			case LightingPackage.FIXTURE__PAN:
				setPan(PAN_EDEFAULT);
				return;
			case LightingPackage.FIXTURE__TILT:
				setTilt(TILT_EDEFAULT);
				return;
			case LightingPackage.FIXTURE__DIMMER:
				setDimmer(DIMMER_EDEFAULT);
				return;
			case LightingPackage.FIXTURE__GEL:
				setGel(GEL_EDEFAULT);
				return;
			case LightingPackage.FIXTURE__DIFFUSION:
				setDiffusion(DIFFUSION_EDEFAULT);
				return;
			case LightingPackage.FIXTURE__OFF:
				setOff(OFF_EDEFAULT);
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
			case LightingPackage.FIXTURE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case LightingPackage.FIXTURE__TYPE:
				return type != null;
			case LightingPackage.FIXTURE__X:
				return x != X_EDEFAULT;
			case LightingPackage.FIXTURE__Y:
				return y != Y_EDEFAULT;
			case LightingPackage.FIXTURE__Z:
				return z != Z_EDEFAULT;
			case LightingPackage.FIXTURE__PAN:
				return pan != PAN_EDEFAULT;
			case LightingPackage.FIXTURE__TILT:
				return tilt != TILT_EDEFAULT;
			case LightingPackage.FIXTURE__DIMMER:
				return dimmer != DIMMER_EDEFAULT;
			case LightingPackage.FIXTURE__GEL:
				return gel != GEL_EDEFAULT;
			case LightingPackage.FIXTURE__DIFFUSION:
				return diffusion != DIFFUSION_EDEFAULT;
			case LightingPackage.FIXTURE__OFF:
				return off != OFF_EDEFAULT;
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
		result.append(", z: ");
		result.append(z);
		result.append(", pan: ");
		result.append(pan);
		result.append(", tilt: ");
		result.append(tilt);
		result.append(", dimmer: ");
		result.append(dimmer);
		result.append(", gel: ");
		result.append(gel);
		result.append(", diffusion: ");
		result.append(diffusion);
		result.append(", off: ");
		result.append(off);
		result.append(')');
		return result.toString();
	}

} //FixtureImpl
