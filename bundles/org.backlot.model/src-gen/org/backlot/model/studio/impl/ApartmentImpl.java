/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.studio.impl;

import java.util.Collection;

import org.backlot.model.studio.Apartment;
import org.backlot.model.studio.StudioPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Apartment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.backlot.model.studio.impl.ApartmentImpl#getBuilding <em>Building</em>}</li>
 *   <li>{@link org.backlot.model.studio.impl.ApartmentImpl#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.backlot.model.studio.impl.ApartmentImpl#getBeds <em>Beds</em>}</li>
 *   <li>{@link org.backlot.model.studio.impl.ApartmentImpl#getFloor <em>Floor</em>}</li>
 *   <li>{@link org.backlot.model.studio.impl.ApartmentImpl#getFeatures <em>Features</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ApartmentImpl extends StudioResourceImpl implements Apartment {
	/**
	 * The default value of the '{@link #getBuilding() <em>Building</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBuilding()
	 * @generated
	 * @ordered
	 */
	protected static final String BUILDING_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBuilding() <em>Building</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBuilding()
	 * @generated
	 * @ordered
	 */
	protected String building = BUILDING_EDEFAULT;

	/**
	 * The default value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected static final String UNIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected String unit = UNIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getBeds() <em>Beds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBeds()
	 * @generated
	 * @ordered
	 */
	protected static final int BEDS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getBeds() <em>Beds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBeds()
	 * @generated
	 * @ordered
	 */
	protected int beds = BEDS_EDEFAULT;

	/**
	 * The default value of the '{@link #getFloor() <em>Floor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFloor()
	 * @generated
	 * @ordered
	 */
	protected static final int FLOOR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFloor() <em>Floor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFloor()
	 * @generated
	 * @ordered
	 */
	protected int floor = FLOOR_EDEFAULT;

	/**
	 * The cached value of the '{@link #getFeatures() <em>Features</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFeatures()
	 * @generated
	 * @ordered
	 */
	protected EList<String> features;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ApartmentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return StudioPackage.Literals.APARTMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBuilding() {
		return building;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBuilding(String newBuilding) {
		String oldBuilding = building;
		building = newBuilding;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudioPackage.APARTMENT__BUILDING, oldBuilding, building));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUnit() {
		return unit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnit(String newUnit) {
		String oldUnit = unit;
		unit = newUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudioPackage.APARTMENT__UNIT, oldUnit, unit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getBeds() {
		return beds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBeds(int newBeds) {
		int oldBeds = beds;
		beds = newBeds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudioPackage.APARTMENT__BEDS, oldBeds, beds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFloor() {
		return floor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFloor(int newFloor) {
		int oldFloor = floor;
		floor = newFloor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudioPackage.APARTMENT__FLOOR, oldFloor, floor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getFeatures() {
		if (features == null) {
			features = new EDataTypeUniqueEList<String>(String.class, this, StudioPackage.APARTMENT__FEATURES);
		}
		return features;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case StudioPackage.APARTMENT__BUILDING:
				return getBuilding();
			case StudioPackage.APARTMENT__UNIT:
				return getUnit();
			case StudioPackage.APARTMENT__BEDS:
				return getBeds();
			case StudioPackage.APARTMENT__FLOOR:
				return getFloor();
			case StudioPackage.APARTMENT__FEATURES:
				return getFeatures();
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
			case StudioPackage.APARTMENT__BUILDING:
				setBuilding((String)newValue);
				return;
			case StudioPackage.APARTMENT__UNIT:
				setUnit((String)newValue);
				return;
			case StudioPackage.APARTMENT__BEDS:
				setBeds((Integer)newValue);
				return;
			case StudioPackage.APARTMENT__FLOOR:
				setFloor((Integer)newValue);
				return;
			case StudioPackage.APARTMENT__FEATURES:
				getFeatures().clear();
				getFeatures().addAll((Collection<? extends String>)newValue);
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
			case StudioPackage.APARTMENT__BUILDING:
				setBuilding(BUILDING_EDEFAULT);
				return;
			case StudioPackage.APARTMENT__UNIT:
				setUnit(UNIT_EDEFAULT);
				return;
			case StudioPackage.APARTMENT__BEDS:
				setBeds(BEDS_EDEFAULT);
				return;
			case StudioPackage.APARTMENT__FLOOR:
				setFloor(FLOOR_EDEFAULT);
				return;
			case StudioPackage.APARTMENT__FEATURES:
				getFeatures().clear();
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
			case StudioPackage.APARTMENT__BUILDING:
				return BUILDING_EDEFAULT == null ? building != null : !BUILDING_EDEFAULT.equals(building);
			case StudioPackage.APARTMENT__UNIT:
				return UNIT_EDEFAULT == null ? unit != null : !UNIT_EDEFAULT.equals(unit);
			case StudioPackage.APARTMENT__BEDS:
				return beds != BEDS_EDEFAULT;
			case StudioPackage.APARTMENT__FLOOR:
				return floor != FLOOR_EDEFAULT;
			case StudioPackage.APARTMENT__FEATURES:
				return features != null && !features.isEmpty();
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
		result.append(" (building: ");
		result.append(building);
		result.append(", unit: ");
		result.append(unit);
		result.append(", beds: ");
		result.append(beds);
		result.append(", floor: ");
		result.append(floor);
		result.append(", features: ");
		result.append(features);
		result.append(')');
		return result.toString();
	}

} //ApartmentImpl
