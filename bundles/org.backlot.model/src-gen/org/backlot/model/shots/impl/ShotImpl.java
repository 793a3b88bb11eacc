/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.shots.impl;

import java.util.Collection;

import org.backlot.model.production.impl.IdentifiedImpl;

import org.backlot.model.script.Scene;

import org.backlot.model.shots.CameraAngle;
import org.backlot.model.shots.CameraMovement;
import org.backlot.model.shots.CameraSetup;
import org.backlot.model.shots.Shot;
import org.backlot.model.shots.ShotSize;
import org.backlot.model.shots.ShotsPackage;
import org.backlot.model.shots.StoryboardFrame;

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
 * An implementation of the model object '<em><b>Shot</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.backlot.model.shots.impl.ShotImpl#getNumber <em>Number</em>}</li>
 *   <li>{@link org.backlot.model.shots.impl.ShotImpl#getScene <em>Scene</em>}</li>
 *   <li>{@link org.backlot.model.shots.impl.ShotImpl#getSize <em>Size</em>}</li>
 *   <li>{@link org.backlot.model.shots.impl.ShotImpl#getAngle <em>Angle</em>}</li>
 *   <li>{@link org.backlot.model.shots.impl.ShotImpl#getMovement <em>Movement</em>}</li>
 *   <li>{@link org.backlot.model.shots.impl.ShotImpl#getLensMm <em>Lens Mm</em>}</li>
 *   <li>{@link org.backlot.model.shots.impl.ShotImpl#getSetup <em>Setup</em>}</li>
 *   <li>{@link org.backlot.model.shots.impl.ShotImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.backlot.model.shots.impl.ShotImpl#getSetupMinutes <em>Setup Minutes</em>}</li>
 *   <li>{@link org.backlot.model.shots.impl.ShotImpl#getShootMinutes <em>Shoot Minutes</em>}</li>
 *   <li>{@link org.backlot.model.shots.impl.ShotImpl#getFrames <em>Frames</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ShotImpl extends IdentifiedImpl implements Shot {
	/**
	 * The default value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected String number = NUMBER_EDEFAULT;

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
	 * The default value of the '{@link #getSize() <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSize()
	 * @generated
	 * @ordered
	 */
	protected static final ShotSize SIZE_EDEFAULT = ShotSize.EWS;

	/**
	 * The cached value of the '{@link #getSize() <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSize()
	 * @generated
	 * @ordered
	 */
	protected ShotSize size = SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAngle() <em>Angle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAngle()
	 * @generated
	 * @ordered
	 */
	protected static final CameraAngle ANGLE_EDEFAULT = CameraAngle.EYE_LEVEL;

	/**
	 * The cached value of the '{@link #getAngle() <em>Angle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAngle()
	 * @generated
	 * @ordered
	 */
	protected CameraAngle angle = ANGLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMovement() <em>Movement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMovement()
	 * @generated
	 * @ordered
	 */
	protected static final CameraMovement MOVEMENT_EDEFAULT = CameraMovement.STATIC;

	/**
	 * The cached value of the '{@link #getMovement() <em>Movement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMovement()
	 * @generated
	 * @ordered
	 */
	protected CameraMovement movement = MOVEMENT_EDEFAULT;

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
	 * The cached value of the '{@link #getSetup() <em>Setup</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSetup()
	 * @generated
	 * @ordered
	 */
	protected CameraSetup setup;

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
	 * The default value of the '{@link #getSetupMinutes() <em>Setup Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSetupMinutes()
	 * @generated
	 * @ordered
	 */
	protected static final int SETUP_MINUTES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSetupMinutes() <em>Setup Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSetupMinutes()
	 * @generated
	 * @ordered
	 */
	protected int setupMinutes = SETUP_MINUTES_EDEFAULT;

	/**
	 * The default value of the '{@link #getShootMinutes() <em>Shoot Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShootMinutes()
	 * @generated
	 * @ordered
	 */
	protected static final int SHOOT_MINUTES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getShootMinutes() <em>Shoot Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShootMinutes()
	 * @generated
	 * @ordered
	 */
	protected int shootMinutes = SHOOT_MINUTES_EDEFAULT;

	/**
	 * The cached value of the '{@link #getFrames() <em>Frames</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrames()
	 * @generated
	 * @ordered
	 */
	protected EList<StoryboardFrame> frames;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ShotImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ShotsPackage.Literals.SHOT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNumber() {
		return number;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNumber(String newNumber) {
		String oldNumber = number;
		number = newNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ShotsPackage.SHOT__NUMBER, oldNumber, number));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ShotsPackage.SHOT__SCENE, oldScene, scene));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ShotsPackage.SHOT__SCENE, oldScene, scene));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ShotSize getSize() {
		return size;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSize(ShotSize newSize) {
		ShotSize oldSize = size;
		size = newSize == null ? SIZE_EDEFAULT : newSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ShotsPackage.SHOT__SIZE, oldSize, size));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CameraAngle getAngle() {
		return angle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAngle(CameraAngle newAngle) {
		CameraAngle oldAngle = angle;
		angle = newAngle == null ? ANGLE_EDEFAULT : newAngle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ShotsPackage.SHOT__ANGLE, oldAngle, angle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CameraMovement getMovement() {
		return movement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMovement(CameraMovement newMovement) {
		CameraMovement oldMovement = movement;
		movement = newMovement == null ? MOVEMENT_EDEFAULT : newMovement;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ShotsPackage.SHOT__MOVEMENT, oldMovement, movement));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ShotsPackage.SHOT__LENS_MM, oldLensMm, lensMm));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CameraSetup getSetup() {
		if (setup != null && setup.eIsProxy()) {
			InternalEObject oldSetup = (InternalEObject)setup;
			setup = (CameraSetup)eResolveProxy(oldSetup);
			if (setup != oldSetup) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ShotsPackage.SHOT__SETUP, oldSetup, setup));
			}
		}
		return setup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CameraSetup basicGetSetup() {
		return setup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSetup(CameraSetup newSetup) {
		CameraSetup oldSetup = setup;
		setup = newSetup;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ShotsPackage.SHOT__SETUP, oldSetup, setup));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ShotsPackage.SHOT__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSetupMinutes() {
		return setupMinutes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSetupMinutes(int newSetupMinutes) {
		int oldSetupMinutes = setupMinutes;
		setupMinutes = newSetupMinutes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ShotsPackage.SHOT__SETUP_MINUTES, oldSetupMinutes, setupMinutes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getShootMinutes() {
		return shootMinutes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setShootMinutes(int newShootMinutes) {
		int oldShootMinutes = shootMinutes;
		shootMinutes = newShootMinutes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ShotsPackage.SHOT__SHOOT_MINUTES, oldShootMinutes, shootMinutes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<StoryboardFrame> getFrames() {
		if (frames == null) {
			frames = new EObjectContainmentEList<StoryboardFrame>(StoryboardFrame.class, this, ShotsPackage.SHOT__FRAMES);
		}
		return frames;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ShotsPackage.SHOT__FRAMES:
				return ((InternalEList<?>)getFrames()).basicRemove(otherEnd, msgs);
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
			case ShotsPackage.SHOT__NUMBER:
				return getNumber();
			case ShotsPackage.SHOT__SCENE:
				if (resolve) return getScene();
				return basicGetScene();
			case ShotsPackage.SHOT__SIZE:
				return getSize();
			case ShotsPackage.SHOT__ANGLE:
				return getAngle();
			case ShotsPackage.SHOT__MOVEMENT:
				return getMovement();
			case ShotsPackage.SHOT__LENS_MM:
				return getLensMm();
			case ShotsPackage.SHOT__SETUP:
				if (resolve) return getSetup();
				return basicGetSetup();
			case ShotsPackage.SHOT__DESCRIPTION:
				return getDescription();
			case ShotsPackage.SHOT__SETUP_MINUTES:
				return getSetupMinutes();
			case ShotsPackage.SHOT__SHOOT_MINUTES:
				return getShootMinutes();
			case ShotsPackage.SHOT__FRAMES:
				return getFrames();
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
			case ShotsPackage.SHOT__NUMBER:
				setNumber((String)newValue);
				return;
			case ShotsPackage.SHOT__SCENE:
				setScene((Scene)newValue);
				return;
			case ShotsPackage.SHOT__SIZE:
				setSize((ShotSize)newValue);
				return;
			case ShotsPackage.SHOT__ANGLE:
				setAngle((CameraAngle)newValue);
				return;
			case ShotsPackage.SHOT__MOVEMENT:
				setMovement((CameraMovement)newValue);
				return;
			case ShotsPackage.SHOT__LENS_MM:
				setLensMm((Double)newValue);
				return;
			case ShotsPackage.SHOT__SETUP:
				setSetup((CameraSetup)newValue);
				return;
			case ShotsPackage.SHOT__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case ShotsPackage.SHOT__SETUP_MINUTES:
				setSetupMinutes((Integer)newValue);
				return;
			case ShotsPackage.SHOT__SHOOT_MINUTES:
				setShootMinutes((Integer)newValue);
				return;
			case ShotsPackage.SHOT__FRAMES:
				getFrames().clear();
				getFrames().addAll((Collection<? extends StoryboardFrame>)newValue);
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
			case ShotsPackage.SHOT__NUMBER:
				setNumber(NUMBER_EDEFAULT);
				return;
			case ShotsPackage.SHOT__SCENE:
				setScene((Scene)null);
				return;
			case ShotsPackage.SHOT__SIZE:
				setSize(SIZE_EDEFAULT);
				return;
			case ShotsPackage.SHOT__ANGLE:
				setAngle(ANGLE_EDEFAULT);
				return;
			case ShotsPackage.SHOT__MOVEMENT:
				setMovement(MOVEMENT_EDEFAULT);
				return;
			case ShotsPackage.SHOT__LENS_MM:
				setLensMm(LENS_MM_EDEFAULT);
				return;
			case ShotsPackage.SHOT__SETUP:
				setSetup((CameraSetup)null);
				return;
			case ShotsPackage.SHOT__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case ShotsPackage.SHOT__SETUP_MINUTES:
				setSetupMinutes(SETUP_MINUTES_EDEFAULT);
				return;
			case ShotsPackage.SHOT__SHOOT_MINUTES:
				setShootMinutes(SHOOT_MINUTES_EDEFAULT);
				return;
			case ShotsPackage.SHOT__FRAMES:
				getFrames().clear();
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
			case ShotsPackage.SHOT__NUMBER:
				return NUMBER_EDEFAULT == null ? number != null : !NUMBER_EDEFAULT.equals(number);
			case ShotsPackage.SHOT__SCENE:
				return scene != null;
			case ShotsPackage.SHOT__SIZE:
				return size != SIZE_EDEFAULT;
			case ShotsPackage.SHOT__ANGLE:
				return angle != ANGLE_EDEFAULT;
			case ShotsPackage.SHOT__MOVEMENT:
				return movement != MOVEMENT_EDEFAULT;
			case ShotsPackage.SHOT__LENS_MM:
				return lensMm != LENS_MM_EDEFAULT;
			case ShotsPackage.SHOT__SETUP:
				return setup != null;
			case ShotsPackage.SHOT__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case ShotsPackage.SHOT__SETUP_MINUTES:
				return setupMinutes != SETUP_MINUTES_EDEFAULT;
			case ShotsPackage.SHOT__SHOOT_MINUTES:
				return shootMinutes != SHOOT_MINUTES_EDEFAULT;
			case ShotsPackage.SHOT__FRAMES:
				return frames != null && !frames.isEmpty();
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
		result.append(" (number: ");
		result.append(number);
		result.append(", size: ");
		result.append(size);
		result.append(", angle: ");
		result.append(angle);
		result.append(", movement: ");
		result.append(movement);
		result.append(", lensMm: ");
		result.append(lensMm);
		result.append(", description: ");
		result.append(description);
		result.append(", setupMinutes: ");
		result.append(setupMinutes);
		result.append(", shootMinutes: ");
		result.append(shootMinutes);
		result.append(')');
		return result.toString();
	}

} //ShotImpl
