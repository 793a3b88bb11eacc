/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.lighting.impl;

import org.backlot.model.lighting.LightingPackage;
import org.backlot.model.lighting.SetPiece;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Set Piece</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.backlot.model.lighting.impl.SetPieceImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.backlot.model.lighting.impl.SetPieceImpl#getX <em>X</em>}</li>
 *   <li>{@link org.backlot.model.lighting.impl.SetPieceImpl#getY <em>Y</em>}</li>
 *   <li>{@link org.backlot.model.lighting.impl.SetPieceImpl#getZ <em>Z</em>}</li>
 *   <li>{@link org.backlot.model.lighting.impl.SetPieceImpl#getWidth <em>Width</em>}</li>
 *   <li>{@link org.backlot.model.lighting.impl.SetPieceImpl#getDepth <em>Depth</em>}</li>
 *   <li>{@link org.backlot.model.lighting.impl.SetPieceImpl#getHeight <em>Height</em>}</li>
 *   <li>{@link org.backlot.model.lighting.impl.SetPieceImpl#getRotation <em>Rotation</em>}</li>
 *   <li>{@link org.backlot.model.lighting.impl.SetPieceImpl#getReflectance <em>Reflectance</em>}</li>
 *   <li>{@link org.backlot.model.lighting.impl.SetPieceImpl#getMeshPath <em>Mesh Path</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SetPieceImpl extends EObjectImpl implements SetPiece {
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
	 * The default value of the '{@link #getWidth() <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWidth()
	 * @generated
	 * @ordered
	 */
	protected static final double WIDTH_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getWidth() <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWidth()
	 * @generated
	 * @ordered
	 */
	protected double width = WIDTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getDepth() <em>Depth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDepth()
	 * @generated
	 * @ordered
	 */
	protected static final double DEPTH_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getDepth() <em>Depth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDepth()
	 * @generated
	 * @ordered
	 */
	protected double depth = DEPTH_EDEFAULT;

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
	 * The default value of the '{@link #getRotation() <em>Rotation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRotation()
	 * @generated
	 * @ordered
	 */
	protected static final double ROTATION_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getRotation() <em>Rotation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRotation()
	 * @generated
	 * @ordered
	 */
	protected double rotation = ROTATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getReflectance() <em>Reflectance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReflectance()
	 * @generated
	 * @ordered
	 */
	protected static final double REFLECTANCE_EDEFAULT = 0.4;

	/**
	 * The cached value of the '{@link #getReflectance() <em>Reflectance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReflectance()
	 * @generated
	 * @ordered
	 */
	protected double reflectance = REFLECTANCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMeshPath() <em>Mesh Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeshPath()
	 * @generated
	 * @ordered
	 */
	protected static final String MESH_PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMeshPath() <em>Mesh Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeshPath()
	 * @generated
	 * @ordered
	 */
	protected String meshPath = MESH_PATH_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SetPieceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LightingPackage.Literals.SET_PIECE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, LightingPackage.SET_PIECE__NAME, oldName, name));
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
			eNotify(new ENotificationImpl(this, Notification.SET, LightingPackage.SET_PIECE__X, oldX, x));
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
			eNotify(new ENotificationImpl(this, Notification.SET, LightingPackage.SET_PIECE__Y, oldY, y));
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
			eNotify(new ENotificationImpl(this, Notification.SET, LightingPackage.SET_PIECE__Z, oldZ, z));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getWidth() {
		return width;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWidth(double newWidth) {
		double oldWidth = width;
		width = newWidth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LightingPackage.SET_PIECE__WIDTH, oldWidth, width));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getDepth() {
		return depth;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDepth(double newDepth) {
		double oldDepth = depth;
		depth = newDepth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LightingPackage.SET_PIECE__DEPTH, oldDepth, depth));
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
			eNotify(new ENotificationImpl(this, Notification.SET, LightingPackage.SET_PIECE__HEIGHT, oldHeight, height));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getRotation() {
		return rotation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRotation(double newRotation) {
		double oldRotation = rotation;
		rotation = newRotation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LightingPackage.SET_PIECE__ROTATION, oldRotation, rotation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getReflectance() {
		return reflectance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReflectance(double newReflectance) {
		double oldReflectance = reflectance;
		reflectance = newReflectance;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LightingPackage.SET_PIECE__REFLECTANCE, oldReflectance, reflectance));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMeshPath() {
		return meshPath;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMeshPath(String newMeshPath) {
		String oldMeshPath = meshPath;
		meshPath = newMeshPath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LightingPackage.SET_PIECE__MESH_PATH, oldMeshPath, meshPath));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LightingPackage.SET_PIECE__NAME:
				return getName();
			case LightingPackage.SET_PIECE__X:
				return getX();
			case LightingPackage.SET_PIECE__Y:
				return getY();
			case LightingPackage.SET_PIECE__Z:
				return getZ();
			case LightingPackage.SET_PIECE__WIDTH:
				return getWidth();
			case LightingPackage.SET_PIECE__DEPTH:
				return getDepth();
			case LightingPackage.SET_PIECE__HEIGHT:
				return getHeight();
			case LightingPackage.SET_PIECE__ROTATION:
				return getRotation();
			case LightingPackage.SET_PIECE__REFLECTANCE:
				return getReflectance();
			case LightingPackage.SET_PIECE__MESH_PATH:
				return getMeshPath();
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
			case LightingPackage.SET_PIECE__NAME:
				setName((String)newValue);
				return;
			case LightingPackage.SET_PIECE__X:
				setX((Double)newValue);
				return;
			case LightingPackage.SET_PIECE__Y:
				setY((Double)newValue);
				return;
			case LightingPackage.SET_PIECE__Z:
				setZ((Double)newValue);
				return;
			case LightingPackage.SET_PIECE__WIDTH:
				setWidth((Double)newValue);
				return;
			case LightingPackage.SET_PIECE__DEPTH:
				setDepth((Double)newValue);
				return;
			case LightingPackage.SET_PIECE__HEIGHT:
				setHeight((Double)newValue);
				return;
			case LightingPackage.SET_PIECE__ROTATION:
				setRotation((Double)newValue);
				return;
			case LightingPackage.SET_PIECE__REFLECTANCE:
				setReflectance((Double)newValue);
				return;
			case LightingPackage.SET_PIECE__MESH_PATH:
				setMeshPath((String)newValue);
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
			case LightingPackage.SET_PIECE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case LightingPackage.SET_PIECE__X:
				setX(X_EDEFAULT);
				return;
			case LightingPackage.SET_PIECE__Y:
				setY(Y_EDEFAULT);
				return;
			case LightingPackage.SET_PIECE__Z:
				setZ(Z_EDEFAULT);
				return;
			case LightingPackage.SET_PIECE__WIDTH:
				setWidth(WIDTH_EDEFAULT);
				return;
			case LightingPackage.SET_PIECE__DEPTH:
				setDepth(DEPTH_EDEFAULT);
				return;
			case LightingPackage.SET_PIECE__HEIGHT:
				setHeight(HEIGHT_EDEFAULT);
				return;
			case LightingPackage.SET_PIECE__ROTATION:
				setRotation(ROTATION_EDEFAULT);
				return;
			case LightingPackage.SET_PIECE__REFLECTANCE:
				setReflectance(REFLECTANCE_EDEFAULT);
				return;
			case LightingPackage.SET_PIECE__MESH_PATH:
				setMeshPath(MESH_PATH_EDEFAULT);
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
			case LightingPackage.SET_PIECE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case LightingPackage.SET_PIECE__X:
				return x != X_EDEFAULT;
			case LightingPackage.SET_PIECE__Y:
				return y != Y_EDEFAULT;
			case LightingPackage.SET_PIECE__Z:
				return z != Z_EDEFAULT;
			case LightingPackage.SET_PIECE__WIDTH:
				return width != WIDTH_EDEFAULT;
			case LightingPackage.SET_PIECE__DEPTH:
				return depth != DEPTH_EDEFAULT;
			case LightingPackage.SET_PIECE__HEIGHT:
				return height != HEIGHT_EDEFAULT;
			case LightingPackage.SET_PIECE__ROTATION:
				return rotation != ROTATION_EDEFAULT;
			case LightingPackage.SET_PIECE__REFLECTANCE:
				return reflectance != REFLECTANCE_EDEFAULT;
			case LightingPackage.SET_PIECE__MESH_PATH:
				return MESH_PATH_EDEFAULT == null ? meshPath != null : !MESH_PATH_EDEFAULT.equals(meshPath);
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
		result.append(", width: ");
		result.append(width);
		result.append(", depth: ");
		result.append(depth);
		result.append(", height: ");
		result.append(height);
		result.append(", rotation: ");
		result.append(rotation);
		result.append(", reflectance: ");
		result.append(reflectance);
		result.append(", meshPath: ");
		result.append(meshPath);
		result.append(')');
		return result.toString();
	}

} //SetPieceImpl
