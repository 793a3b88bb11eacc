/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.lighting.impl;

import java.util.Collection;

import org.backlot.model.lighting.LedWall;
import org.backlot.model.lighting.LightingPackage;
import org.backlot.model.lighting.SetGeometry;
import org.backlot.model.lighting.SetPiece;
import org.backlot.model.lighting.Wall;

import org.backlot.model.production.impl.IdentifiedImpl;

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
 * An implementation of the model object '<em><b>Set Geometry</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.backlot.model.lighting.impl.SetGeometryImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.backlot.model.lighting.impl.SetGeometryImpl#getWidthM <em>Width M</em>}</li>
 *   <li>{@link org.backlot.model.lighting.impl.SetGeometryImpl#getDepthM <em>Depth M</em>}</li>
 *   <li>{@link org.backlot.model.lighting.impl.SetGeometryImpl#getHeightM <em>Height M</em>}</li>
 *   <li>{@link org.backlot.model.lighting.impl.SetGeometryImpl#getFloorReflectance <em>Floor Reflectance</em>}</li>
 *   <li>{@link org.backlot.model.lighting.impl.SetGeometryImpl#getWalls <em>Walls</em>}</li>
 *   <li>{@link org.backlot.model.lighting.impl.SetGeometryImpl#getPieces <em>Pieces</em>}</li>
 *   <li>{@link org.backlot.model.lighting.impl.SetGeometryImpl#getLedWall <em>Led Wall</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SetGeometryImpl extends IdentifiedImpl implements SetGeometry {
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
	 * The default value of the '{@link #getWidthM() <em>Width M</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWidthM()
	 * @generated
	 * @ordered
	 */
	protected static final double WIDTH_M_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getWidthM() <em>Width M</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWidthM()
	 * @generated
	 * @ordered
	 */
	protected double widthM = WIDTH_M_EDEFAULT;

	/**
	 * The default value of the '{@link #getDepthM() <em>Depth M</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDepthM()
	 * @generated
	 * @ordered
	 */
	protected static final double DEPTH_M_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getDepthM() <em>Depth M</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDepthM()
	 * @generated
	 * @ordered
	 */
	protected double depthM = DEPTH_M_EDEFAULT;

	/**
	 * The default value of the '{@link #getHeightM() <em>Height M</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeightM()
	 * @generated
	 * @ordered
	 */
	protected static final double HEIGHT_M_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getHeightM() <em>Height M</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeightM()
	 * @generated
	 * @ordered
	 */
	protected double heightM = HEIGHT_M_EDEFAULT;

	/**
	 * The default value of the '{@link #getFloorReflectance() <em>Floor Reflectance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFloorReflectance()
	 * @generated
	 * @ordered
	 */
	protected static final double FLOOR_REFLECTANCE_EDEFAULT = 0.2;

	/**
	 * The cached value of the '{@link #getFloorReflectance() <em>Floor Reflectance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFloorReflectance()
	 * @generated
	 * @ordered
	 */
	protected double floorReflectance = FLOOR_REFLECTANCE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getWalls() <em>Walls</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWalls()
	 * @generated
	 * @ordered
	 */
	protected EList<Wall> walls;

	/**
	 * The cached value of the '{@link #getPieces() <em>Pieces</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPieces()
	 * @generated
	 * @ordered
	 */
	protected EList<SetPiece> pieces;

	/**
	 * The cached value of the '{@link #getLedWall() <em>Led Wall</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLedWall()
	 * @generated
	 * @ordered
	 */
	protected LedWall ledWall;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SetGeometryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LightingPackage.Literals.SET_GEOMETRY;
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
			eNotify(new ENotificationImpl(this, Notification.SET, LightingPackage.SET_GEOMETRY__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getWidthM() {
		return widthM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWidthM(double newWidthM) {
		double oldWidthM = widthM;
		widthM = newWidthM;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LightingPackage.SET_GEOMETRY__WIDTH_M, oldWidthM, widthM));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getDepthM() {
		return depthM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDepthM(double newDepthM) {
		double oldDepthM = depthM;
		depthM = newDepthM;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LightingPackage.SET_GEOMETRY__DEPTH_M, oldDepthM, depthM));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getHeightM() {
		return heightM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHeightM(double newHeightM) {
		double oldHeightM = heightM;
		heightM = newHeightM;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LightingPackage.SET_GEOMETRY__HEIGHT_M, oldHeightM, heightM));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getFloorReflectance() {
		return floorReflectance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFloorReflectance(double newFloorReflectance) {
		double oldFloorReflectance = floorReflectance;
		floorReflectance = newFloorReflectance;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LightingPackage.SET_GEOMETRY__FLOOR_REFLECTANCE, oldFloorReflectance, floorReflectance));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Wall> getWalls() {
		if (walls == null) {
			walls = new EObjectContainmentEList<Wall>(Wall.class, this, LightingPackage.SET_GEOMETRY__WALLS);
		}
		return walls;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SetPiece> getPieces() {
		if (pieces == null) {
			pieces = new EObjectContainmentEList<SetPiece>(SetPiece.class, this, LightingPackage.SET_GEOMETRY__PIECES);
		}
		return pieces;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LedWall getLedWall() {
		return ledWall;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetLedWall(LedWall newLedWall, NotificationChain msgs) {
		LedWall oldLedWall = ledWall;
		ledWall = newLedWall;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, LightingPackage.SET_GEOMETRY__LED_WALL, oldLedWall, newLedWall);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLedWall(LedWall newLedWall) {
		if (newLedWall != ledWall) {
			NotificationChain msgs = null;
			if (ledWall != null)
				msgs = ((InternalEObject)ledWall).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - LightingPackage.SET_GEOMETRY__LED_WALL, null, msgs);
			if (newLedWall != null)
				msgs = ((InternalEObject)newLedWall).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - LightingPackage.SET_GEOMETRY__LED_WALL, null, msgs);
			msgs = basicSetLedWall(newLedWall, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LightingPackage.SET_GEOMETRY__LED_WALL, newLedWall, newLedWall));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case LightingPackage.SET_GEOMETRY__WALLS:
				return ((InternalEList<?>)getWalls()).basicRemove(otherEnd, msgs);
			case LightingPackage.SET_GEOMETRY__PIECES:
				return ((InternalEList<?>)getPieces()).basicRemove(otherEnd, msgs);
			case LightingPackage.SET_GEOMETRY__LED_WALL:
				return basicSetLedWall(null, msgs);
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
			case LightingPackage.SET_GEOMETRY__NAME:
				return getName();
			case LightingPackage.SET_GEOMETRY__WIDTH_M:
				return getWidthM();
			case LightingPackage.SET_GEOMETRY__DEPTH_M:
				return getDepthM();
			case LightingPackage.SET_GEOMETRY__HEIGHT_M:
				return getHeightM();
			case LightingPackage.SET_GEOMETRY__FLOOR_REFLECTANCE:
				return getFloorReflectance();
			case LightingPackage.SET_GEOMETRY__WALLS:
				return getWalls();
			case LightingPackage.SET_GEOMETRY__PIECES:
				return getPieces();
			case LightingPackage.SET_GEOMETRY__LED_WALL:
				return getLedWall();
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
			case LightingPackage.SET_GEOMETRY__NAME:
				setName((String)newValue);
				return;
			case LightingPackage.SET_GEOMETRY__WIDTH_M:
				setWidthM((Double)newValue);
				return;
			case LightingPackage.SET_GEOMETRY__DEPTH_M:
				setDepthM((Double)newValue);
				return;
			case LightingPackage.SET_GEOMETRY__HEIGHT_M:
				setHeightM((Double)newValue);
				return;
			case LightingPackage.SET_GEOMETRY__FLOOR_REFLECTANCE:
				setFloorReflectance((Double)newValue);
				return;
			case LightingPackage.SET_GEOMETRY__WALLS:
				getWalls().clear();
				getWalls().addAll((Collection<? extends Wall>)newValue);
				return;
			case LightingPackage.SET_GEOMETRY__PIECES:
				getPieces().clear();
				getPieces().addAll((Collection<? extends SetPiece>)newValue);
				return;
			case LightingPackage.SET_GEOMETRY__LED_WALL:
				setLedWall((LedWall)newValue);
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
			case LightingPackage.SET_GEOMETRY__NAME:
				setName(NAME_EDEFAULT);
				return;
			case LightingPackage.SET_GEOMETRY__WIDTH_M:
				setWidthM(WIDTH_M_EDEFAULT);
				return;
			case LightingPackage.SET_GEOMETRY__DEPTH_M:
				setDepthM(DEPTH_M_EDEFAULT);
				return;
			case LightingPackage.SET_GEOMETRY__HEIGHT_M:
				setHeightM(HEIGHT_M_EDEFAULT);
				return;
			case LightingPackage.SET_GEOMETRY__FLOOR_REFLECTANCE:
				setFloorReflectance(FLOOR_REFLECTANCE_EDEFAULT);
				return;
			case LightingPackage.SET_GEOMETRY__WALLS:
				getWalls().clear();
				return;
			case LightingPackage.SET_GEOMETRY__PIECES:
				getPieces().clear();
				return;
			case LightingPackage.SET_GEOMETRY__LED_WALL:
				setLedWall((LedWall)null);
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
			case LightingPackage.SET_GEOMETRY__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case LightingPackage.SET_GEOMETRY__WIDTH_M:
				return widthM != WIDTH_M_EDEFAULT;
			case LightingPackage.SET_GEOMETRY__DEPTH_M:
				return depthM != DEPTH_M_EDEFAULT;
			case LightingPackage.SET_GEOMETRY__HEIGHT_M:
				return heightM != HEIGHT_M_EDEFAULT;
			case LightingPackage.SET_GEOMETRY__FLOOR_REFLECTANCE:
				return floorReflectance != FLOOR_REFLECTANCE_EDEFAULT;
			case LightingPackage.SET_GEOMETRY__WALLS:
				return walls != null && !walls.isEmpty();
			case LightingPackage.SET_GEOMETRY__PIECES:
				return pieces != null && !pieces.isEmpty();
			case LightingPackage.SET_GEOMETRY__LED_WALL:
				return ledWall != null;
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
		result.append(", widthM: ");
		result.append(widthM);
		result.append(", depthM: ");
		result.append(depthM);
		result.append(", heightM: ");
		result.append(heightM);
		result.append(", floorReflectance: ");
		result.append(floorReflectance);
		result.append(')');
		return result.toString();
	}

} //SetGeometryImpl
