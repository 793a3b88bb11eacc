/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.shots.impl;

import java.util.Collection;

import org.backlot.model.lighting.SetGeometry;

import org.backlot.model.production.impl.IdentifiedImpl;

import org.backlot.model.shots.ActorMark;
import org.backlot.model.shots.ActorMove;
import org.backlot.model.shots.SetPlan;
import org.backlot.model.shots.ShotsPackage;

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
 * An implementation of the model object '<em><b>Set Plan</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.backlot.model.shots.impl.SetPlanImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.backlot.model.shots.impl.SetPlanImpl#getWidthM <em>Width M</em>}</li>
 *   <li>{@link org.backlot.model.shots.impl.SetPlanImpl#getDepthM <em>Depth M</em>}</li>
 *   <li>{@link org.backlot.model.shots.impl.SetPlanImpl#getGeometry <em>Geometry</em>}</li>
 *   <li>{@link org.backlot.model.shots.impl.SetPlanImpl#getMarks <em>Marks</em>}</li>
 *   <li>{@link org.backlot.model.shots.impl.SetPlanImpl#getMoves <em>Moves</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SetPlanImpl extends IdentifiedImpl implements SetPlan {
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
	 * The cached value of the '{@link #getGeometry() <em>Geometry</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGeometry()
	 * @generated
	 * @ordered
	 */
	protected SetGeometry geometry;

	/**
	 * The cached value of the '{@link #getMarks() <em>Marks</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMarks()
	 * @generated
	 * @ordered
	 */
	protected EList<ActorMark> marks;

	/**
	 * The cached value of the '{@link #getMoves() <em>Moves</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMoves()
	 * @generated
	 * @ordered
	 */
	protected EList<ActorMove> moves;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SetPlanImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ShotsPackage.Literals.SET_PLAN;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ShotsPackage.SET_PLAN__NAME, oldName, name));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ShotsPackage.SET_PLAN__WIDTH_M, oldWidthM, widthM));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ShotsPackage.SET_PLAN__DEPTH_M, oldDepthM, depthM));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SetGeometry getGeometry() {
		if (geometry != null && geometry.eIsProxy()) {
			InternalEObject oldGeometry = (InternalEObject)geometry;
			geometry = (SetGeometry)eResolveProxy(oldGeometry);
			if (geometry != oldGeometry) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ShotsPackage.SET_PLAN__GEOMETRY, oldGeometry, geometry));
			}
		}
		return geometry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SetGeometry basicGetGeometry() {
		return geometry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGeometry(SetGeometry newGeometry) {
		SetGeometry oldGeometry = geometry;
		geometry = newGeometry;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ShotsPackage.SET_PLAN__GEOMETRY, oldGeometry, geometry));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ActorMark> getMarks() {
		if (marks == null) {
			marks = new EObjectContainmentEList<ActorMark>(ActorMark.class, this, ShotsPackage.SET_PLAN__MARKS);
		}
		return marks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ActorMove> getMoves() {
		if (moves == null) {
			moves = new EObjectContainmentEList<ActorMove>(ActorMove.class, this, ShotsPackage.SET_PLAN__MOVES);
		}
		return moves;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ShotsPackage.SET_PLAN__MARKS:
				return ((InternalEList<?>)getMarks()).basicRemove(otherEnd, msgs);
			case ShotsPackage.SET_PLAN__MOVES:
				return ((InternalEList<?>)getMoves()).basicRemove(otherEnd, msgs);
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
			case ShotsPackage.SET_PLAN__NAME:
				return getName();
			case ShotsPackage.SET_PLAN__WIDTH_M:
				return getWidthM();
			case ShotsPackage.SET_PLAN__DEPTH_M:
				return getDepthM();
			case ShotsPackage.SET_PLAN__GEOMETRY:
				if (resolve) return getGeometry();
				return basicGetGeometry();
			case ShotsPackage.SET_PLAN__MARKS:
				return getMarks();
			case ShotsPackage.SET_PLAN__MOVES:
				return getMoves();
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
			case ShotsPackage.SET_PLAN__NAME:
				setName((String)newValue);
				return;
			case ShotsPackage.SET_PLAN__WIDTH_M:
				setWidthM((Double)newValue);
				return;
			case ShotsPackage.SET_PLAN__DEPTH_M:
				setDepthM((Double)newValue);
				return;
			case ShotsPackage.SET_PLAN__GEOMETRY:
				setGeometry((SetGeometry)newValue);
				return;
			case ShotsPackage.SET_PLAN__MARKS:
				getMarks().clear();
				getMarks().addAll((Collection<? extends ActorMark>)newValue);
				return;
			case ShotsPackage.SET_PLAN__MOVES:
				getMoves().clear();
				getMoves().addAll((Collection<? extends ActorMove>)newValue);
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
			case ShotsPackage.SET_PLAN__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ShotsPackage.SET_PLAN__WIDTH_M:
				setWidthM(WIDTH_M_EDEFAULT);
				return;
			case ShotsPackage.SET_PLAN__DEPTH_M:
				setDepthM(DEPTH_M_EDEFAULT);
				return;
			case ShotsPackage.SET_PLAN__GEOMETRY:
				setGeometry((SetGeometry)null);
				return;
			case ShotsPackage.SET_PLAN__MARKS:
				getMarks().clear();
				return;
			case ShotsPackage.SET_PLAN__MOVES:
				getMoves().clear();
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
			case ShotsPackage.SET_PLAN__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ShotsPackage.SET_PLAN__WIDTH_M:
				return widthM != WIDTH_M_EDEFAULT;
			case ShotsPackage.SET_PLAN__DEPTH_M:
				return depthM != DEPTH_M_EDEFAULT;
			case ShotsPackage.SET_PLAN__GEOMETRY:
				return geometry != null;
			case ShotsPackage.SET_PLAN__MARKS:
				return marks != null && !marks.isEmpty();
			case ShotsPackage.SET_PLAN__MOVES:
				return moves != null && !moves.isEmpty();
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
		result.append(')');
		return result.toString();
	}

} //SetPlanImpl
