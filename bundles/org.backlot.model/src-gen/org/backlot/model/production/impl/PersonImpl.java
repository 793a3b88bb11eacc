/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.production.impl;

import java.util.Collection;

import org.backlot.model.production.Department;
import org.backlot.model.production.Person;
import org.backlot.model.production.ProductionPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Person</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.backlot.model.production.impl.PersonImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.backlot.model.production.impl.PersonImpl#getNameAlt <em>Name Alt</em>}</li>
 *   <li>{@link org.backlot.model.production.impl.PersonImpl#getDepartment <em>Department</em>}</li>
 *   <li>{@link org.backlot.model.production.impl.PersonImpl#getRole <em>Role</em>}</li>
 *   <li>{@link org.backlot.model.production.impl.PersonImpl#getPhone <em>Phone</em>}</li>
 *   <li>{@link org.backlot.model.production.impl.PersonImpl#getEmail <em>Email</em>}</li>
 *   <li>{@link org.backlot.model.production.impl.PersonImpl#isHousing <em>Housing</em>}</li>
 *   <li>{@link org.backlot.model.production.impl.PersonImpl#getHousingPreferences <em>Housing Preferences</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PersonImpl extends IdentifiedImpl implements Person {
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
	 * The default value of the '{@link #getNameAlt() <em>Name Alt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNameAlt()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_ALT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNameAlt() <em>Name Alt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNameAlt()
	 * @generated
	 * @ordered
	 */
	protected String nameAlt = NAME_ALT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDepartment() <em>Department</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDepartment()
	 * @generated
	 * @ordered
	 */
	protected Department department;

	/**
	 * The default value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected static final String ROLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected String role = ROLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPhone() <em>Phone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhone()
	 * @generated
	 * @ordered
	 */
	protected static final String PHONE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPhone() <em>Phone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhone()
	 * @generated
	 * @ordered
	 */
	protected String phone = PHONE_EDEFAULT;

	/**
	 * The default value of the '{@link #getEmail() <em>Email</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmail()
	 * @generated
	 * @ordered
	 */
	protected static final String EMAIL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEmail() <em>Email</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmail()
	 * @generated
	 * @ordered
	 */
	protected String email = EMAIL_EDEFAULT;

	/**
	 * The default value of the '{@link #isHousing() <em>Housing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isHousing()
	 * @generated
	 * @ordered
	 */
	protected static final boolean HOUSING_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isHousing() <em>Housing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isHousing()
	 * @generated
	 * @ordered
	 */
	protected boolean housing = HOUSING_EDEFAULT;

	/**
	 * The cached value of the '{@link #getHousingPreferences() <em>Housing Preferences</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHousingPreferences()
	 * @generated
	 * @ordered
	 */
	protected EList<String> housingPreferences;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PersonImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ProductionPackage.Literals.PERSON;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ProductionPackage.PERSON__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNameAlt() {
		return nameAlt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNameAlt(String newNameAlt) {
		String oldNameAlt = nameAlt;
		nameAlt = newNameAlt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProductionPackage.PERSON__NAME_ALT, oldNameAlt, nameAlt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Department getDepartment() {
		if (department != null && department.eIsProxy()) {
			InternalEObject oldDepartment = (InternalEObject)department;
			department = (Department)eResolveProxy(oldDepartment);
			if (department != oldDepartment) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ProductionPackage.PERSON__DEPARTMENT, oldDepartment, department));
			}
		}
		return department;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Department basicGetDepartment() {
		return department;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDepartment(Department newDepartment) {
		Department oldDepartment = department;
		department = newDepartment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProductionPackage.PERSON__DEPARTMENT, oldDepartment, department));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRole() {
		return role;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRole(String newRole) {
		String oldRole = role;
		role = newRole;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProductionPackage.PERSON__ROLE, oldRole, role));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPhone() {
		return phone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPhone(String newPhone) {
		String oldPhone = phone;
		phone = newPhone;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProductionPackage.PERSON__PHONE, oldPhone, phone));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEmail() {
		return email;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEmail(String newEmail) {
		String oldEmail = email;
		email = newEmail;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProductionPackage.PERSON__EMAIL, oldEmail, email));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isHousing() {
		return housing;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHousing(boolean newHousing) {
		boolean oldHousing = housing;
		housing = newHousing;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProductionPackage.PERSON__HOUSING, oldHousing, housing));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getHousingPreferences() {
		if (housingPreferences == null) {
			housingPreferences = new EDataTypeUniqueEList<String>(String.class, this, ProductionPackage.PERSON__HOUSING_PREFERENCES);
		}
		return housingPreferences;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ProductionPackage.PERSON__NAME:
				return getName();
			case ProductionPackage.PERSON__NAME_ALT:
				return getNameAlt();
			case ProductionPackage.PERSON__DEPARTMENT:
				if (resolve) return getDepartment();
				return basicGetDepartment();
			case ProductionPackage.PERSON__ROLE:
				return getRole();
			case ProductionPackage.PERSON__PHONE:
				return getPhone();
			case ProductionPackage.PERSON__EMAIL:
				return getEmail();
			case ProductionPackage.PERSON__HOUSING:
				return isHousing();
			case ProductionPackage.PERSON__HOUSING_PREFERENCES:
				return getHousingPreferences();
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
			case ProductionPackage.PERSON__NAME:
				setName((String)newValue);
				return;
			case ProductionPackage.PERSON__NAME_ALT:
				setNameAlt((String)newValue);
				return;
			case ProductionPackage.PERSON__DEPARTMENT:
				setDepartment((Department)newValue);
				return;
			case ProductionPackage.PERSON__ROLE:
				setRole((String)newValue);
				return;
			case ProductionPackage.PERSON__PHONE:
				setPhone((String)newValue);
				return;
			case ProductionPackage.PERSON__EMAIL:
				setEmail((String)newValue);
				return;
			case ProductionPackage.PERSON__HOUSING:
				setHousing((Boolean)newValue);
				return;
			case ProductionPackage.PERSON__HOUSING_PREFERENCES:
				getHousingPreferences().clear();
				getHousingPreferences().addAll((Collection<? extends String>)newValue);
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
			case ProductionPackage.PERSON__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ProductionPackage.PERSON__NAME_ALT:
				setNameAlt(NAME_ALT_EDEFAULT);
				return;
			case ProductionPackage.PERSON__DEPARTMENT:
				setDepartment((Department)null);
				return;
			case ProductionPackage.PERSON__ROLE:
				setRole(ROLE_EDEFAULT);
				return;
			case ProductionPackage.PERSON__PHONE:
				setPhone(PHONE_EDEFAULT);
				return;
			case ProductionPackage.PERSON__EMAIL:
				setEmail(EMAIL_EDEFAULT);
				return;
			case ProductionPackage.PERSON__HOUSING:
				setHousing(HOUSING_EDEFAULT);
				return;
			case ProductionPackage.PERSON__HOUSING_PREFERENCES:
				getHousingPreferences().clear();
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
			case ProductionPackage.PERSON__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ProductionPackage.PERSON__NAME_ALT:
				return NAME_ALT_EDEFAULT == null ? nameAlt != null : !NAME_ALT_EDEFAULT.equals(nameAlt);
			case ProductionPackage.PERSON__DEPARTMENT:
				return department != null;
			case ProductionPackage.PERSON__ROLE:
				return ROLE_EDEFAULT == null ? role != null : !ROLE_EDEFAULT.equals(role);
			case ProductionPackage.PERSON__PHONE:
				return PHONE_EDEFAULT == null ? phone != null : !PHONE_EDEFAULT.equals(phone);
			case ProductionPackage.PERSON__EMAIL:
				return EMAIL_EDEFAULT == null ? email != null : !EMAIL_EDEFAULT.equals(email);
			case ProductionPackage.PERSON__HOUSING:
				return housing != HOUSING_EDEFAULT;
			case ProductionPackage.PERSON__HOUSING_PREFERENCES:
				return housingPreferences != null && !housingPreferences.isEmpty();
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
		result.append(", nameAlt: ");
		result.append(nameAlt);
		result.append(", role: ");
		result.append(role);
		result.append(", phone: ");
		result.append(phone);
		result.append(", email: ");
		result.append(email);
		result.append(", housing: ");
		result.append(housing);
		result.append(", housingPreferences: ");
		result.append(housingPreferences);
		result.append(')');
		return result.toString();
	}

} //PersonImpl
