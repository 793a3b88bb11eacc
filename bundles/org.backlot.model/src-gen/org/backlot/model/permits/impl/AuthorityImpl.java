/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.permits.impl;

import java.util.Collection;

import org.backlot.model.permits.Authority;
import org.backlot.model.permits.AuthorityKind;
import org.backlot.model.permits.PermitsPackage;

import org.backlot.model.production.impl.IdentifiedImpl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Authority</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.backlot.model.permits.impl.AuthorityImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.backlot.model.permits.impl.AuthorityImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.backlot.model.permits.impl.AuthorityImpl#getNameZh <em>Name Zh</em>}</li>
 *   <li>{@link org.backlot.model.permits.impl.AuthorityImpl#getLeadTimeDays <em>Lead Time Days</em>}</li>
 *   <li>{@link org.backlot.model.permits.impl.AuthorityImpl#getTargetDays <em>Target Days</em>}</li>
 *   <li>{@link org.backlot.model.permits.impl.AuthorityImpl#getRequiredDocuments <em>Required Documents</em>}</li>
 *   <li>{@link org.backlot.model.permits.impl.AuthorityImpl#getContact <em>Contact</em>}</li>
 *   <li>{@link org.backlot.model.permits.impl.AuthorityImpl#getRuleId <em>Rule Id</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AuthorityImpl extends IdentifiedImpl implements Authority {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final AuthorityKind KIND_EDEFAULT = AuthorityKind.POLICE;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected AuthorityKind kind = KIND_EDEFAULT;

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
	 * The default value of the '{@link #getNameZh() <em>Name Zh</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNameZh()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_ZH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNameZh() <em>Name Zh</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNameZh()
	 * @generated
	 * @ordered
	 */
	protected String nameZh = NAME_ZH_EDEFAULT;

	/**
	 * The default value of the '{@link #getLeadTimeDays() <em>Lead Time Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLeadTimeDays()
	 * @generated
	 * @ordered
	 */
	protected static final int LEAD_TIME_DAYS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getLeadTimeDays() <em>Lead Time Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLeadTimeDays()
	 * @generated
	 * @ordered
	 */
	protected int leadTimeDays = LEAD_TIME_DAYS_EDEFAULT;

	/**
	 * The default value of the '{@link #getTargetDays() <em>Target Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetDays()
	 * @generated
	 * @ordered
	 */
	protected static final int TARGET_DAYS_EDEFAULT = 3;

	/**
	 * The cached value of the '{@link #getTargetDays() <em>Target Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetDays()
	 * @generated
	 * @ordered
	 */
	protected int targetDays = TARGET_DAYS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRequiredDocuments() <em>Required Documents</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequiredDocuments()
	 * @generated
	 * @ordered
	 */
	protected EList<String> requiredDocuments;

	/**
	 * The default value of the '{@link #getContact() <em>Contact</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContact()
	 * @generated
	 * @ordered
	 */
	protected static final String CONTACT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getContact() <em>Contact</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContact()
	 * @generated
	 * @ordered
	 */
	protected String contact = CONTACT_EDEFAULT;

	/**
	 * The default value of the '{@link #getRuleId() <em>Rule Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRuleId()
	 * @generated
	 * @ordered
	 */
	protected static final String RULE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRuleId() <em>Rule Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRuleId()
	 * @generated
	 * @ordered
	 */
	protected String ruleId = RULE_ID_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AuthorityImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PermitsPackage.Literals.AUTHORITY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AuthorityKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(AuthorityKind newKind) {
		AuthorityKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PermitsPackage.AUTHORITY__KIND, oldKind, kind));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PermitsPackage.AUTHORITY__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNameZh() {
		return nameZh;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNameZh(String newNameZh) {
		String oldNameZh = nameZh;
		nameZh = newNameZh;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PermitsPackage.AUTHORITY__NAME_ZH, oldNameZh, nameZh));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLeadTimeDays() {
		return leadTimeDays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLeadTimeDays(int newLeadTimeDays) {
		int oldLeadTimeDays = leadTimeDays;
		leadTimeDays = newLeadTimeDays;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PermitsPackage.AUTHORITY__LEAD_TIME_DAYS, oldLeadTimeDays, leadTimeDays));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTargetDays() {
		return targetDays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetDays(int newTargetDays) {
		int oldTargetDays = targetDays;
		targetDays = newTargetDays;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PermitsPackage.AUTHORITY__TARGET_DAYS, oldTargetDays, targetDays));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getRequiredDocuments() {
		if (requiredDocuments == null) {
			requiredDocuments = new EDataTypeUniqueEList<String>(String.class, this, PermitsPackage.AUTHORITY__REQUIRED_DOCUMENTS);
		}
		return requiredDocuments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getContact() {
		return contact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContact(String newContact) {
		String oldContact = contact;
		contact = newContact;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PermitsPackage.AUTHORITY__CONTACT, oldContact, contact));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRuleId() {
		return ruleId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRuleId(String newRuleId) {
		String oldRuleId = ruleId;
		ruleId = newRuleId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PermitsPackage.AUTHORITY__RULE_ID, oldRuleId, ruleId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PermitsPackage.AUTHORITY__KIND:
				return getKind();
			case PermitsPackage.AUTHORITY__NAME:
				return getName();
			case PermitsPackage.AUTHORITY__NAME_ZH:
				return getNameZh();
			case PermitsPackage.AUTHORITY__LEAD_TIME_DAYS:
				return getLeadTimeDays();
			case PermitsPackage.AUTHORITY__TARGET_DAYS:
				return getTargetDays();
			case PermitsPackage.AUTHORITY__REQUIRED_DOCUMENTS:
				return getRequiredDocuments();
			case PermitsPackage.AUTHORITY__CONTACT:
				return getContact();
			case PermitsPackage.AUTHORITY__RULE_ID:
				return getRuleId();
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
			case PermitsPackage.AUTHORITY__KIND:
				setKind((AuthorityKind)newValue);
				return;
			case PermitsPackage.AUTHORITY__NAME:
				setName((String)newValue);
				return;
			case PermitsPackage.AUTHORITY__NAME_ZH:
				setNameZh((String)newValue);
				return;
			case PermitsPackage.AUTHORITY__LEAD_TIME_DAYS:
				setLeadTimeDays((Integer)newValue);
				return;
			case PermitsPackage.AUTHORITY__TARGET_DAYS:
				setTargetDays((Integer)newValue);
				return;
			case PermitsPackage.AUTHORITY__REQUIRED_DOCUMENTS:
				getRequiredDocuments().clear();
				getRequiredDocuments().addAll((Collection<? extends String>)newValue);
				return;
			case PermitsPackage.AUTHORITY__CONTACT:
				setContact((String)newValue);
				return;
			case PermitsPackage.AUTHORITY__RULE_ID:
				setRuleId((String)newValue);
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
			case PermitsPackage.AUTHORITY__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case PermitsPackage.AUTHORITY__NAME:
				setName(NAME_EDEFAULT);
				return;
			case PermitsPackage.AUTHORITY__NAME_ZH:
				setNameZh(NAME_ZH_EDEFAULT);
				return;
			case PermitsPackage.AUTHORITY__LEAD_TIME_DAYS:
				setLeadTimeDays(LEAD_TIME_DAYS_EDEFAULT);
				return;
			case PermitsPackage.AUTHORITY__TARGET_DAYS:
				setTargetDays(TARGET_DAYS_EDEFAULT);
				return;
			case PermitsPackage.AUTHORITY__REQUIRED_DOCUMENTS:
				getRequiredDocuments().clear();
				return;
			case PermitsPackage.AUTHORITY__CONTACT:
				setContact(CONTACT_EDEFAULT);
				return;
			case PermitsPackage.AUTHORITY__RULE_ID:
				setRuleId(RULE_ID_EDEFAULT);
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
			case PermitsPackage.AUTHORITY__KIND:
				return kind != KIND_EDEFAULT;
			case PermitsPackage.AUTHORITY__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case PermitsPackage.AUTHORITY__NAME_ZH:
				return NAME_ZH_EDEFAULT == null ? nameZh != null : !NAME_ZH_EDEFAULT.equals(nameZh);
			case PermitsPackage.AUTHORITY__LEAD_TIME_DAYS:
				return leadTimeDays != LEAD_TIME_DAYS_EDEFAULT;
			case PermitsPackage.AUTHORITY__TARGET_DAYS:
				return targetDays != TARGET_DAYS_EDEFAULT;
			case PermitsPackage.AUTHORITY__REQUIRED_DOCUMENTS:
				return requiredDocuments != null && !requiredDocuments.isEmpty();
			case PermitsPackage.AUTHORITY__CONTACT:
				return CONTACT_EDEFAULT == null ? contact != null : !CONTACT_EDEFAULT.equals(contact);
			case PermitsPackage.AUTHORITY__RULE_ID:
				return RULE_ID_EDEFAULT == null ? ruleId != null : !RULE_ID_EDEFAULT.equals(ruleId);
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", name: ");
		result.append(name);
		result.append(", nameZh: ");
		result.append(nameZh);
		result.append(", leadTimeDays: ");
		result.append(leadTimeDays);
		result.append(", targetDays: ");
		result.append(targetDays);
		result.append(", requiredDocuments: ");
		result.append(requiredDocuments);
		result.append(", contact: ");
		result.append(contact);
		result.append(", ruleId: ");
		result.append(ruleId);
		result.append(')');
		return result.toString();
	}

} //AuthorityImpl
