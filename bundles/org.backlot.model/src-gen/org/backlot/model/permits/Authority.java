/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.permits;

import org.backlot.model.production.Identified;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Authority</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A body that approves filming.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.backlot.model.permits.Authority#getKind <em>Kind</em>}</li>
 *   <li>{@link org.backlot.model.permits.Authority#getName <em>Name</em>}</li>
 *   <li>{@link org.backlot.model.permits.Authority#getNameZh <em>Name Zh</em>}</li>
 *   <li>{@link org.backlot.model.permits.Authority#getLeadTimeDays <em>Lead Time Days</em>}</li>
 *   <li>{@link org.backlot.model.permits.Authority#getTargetDays <em>Target Days</em>}</li>
 *   <li>{@link org.backlot.model.permits.Authority#getRequiredDocuments <em>Required Documents</em>}</li>
 *   <li>{@link org.backlot.model.permits.Authority#getContact <em>Contact</em>}</li>
 *   <li>{@link org.backlot.model.permits.Authority#getRuleId <em>Rule Id</em>}</li>
 * </ul>
 *
 * @see org.backlot.model.permits.PermitsPackage#getAuthority()
 * @model
 * @generated
 */
public interface Authority extends Identified {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.backlot.model.permits.AuthorityKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.backlot.model.permits.AuthorityKind
	 * @see #setKind(AuthorityKind)
	 * @see org.backlot.model.permits.PermitsPackage#getAuthority_Kind()
	 * @model
	 * @generated
	 */
	AuthorityKind getKind();

	/**
	 * Sets the value of the '{@link org.backlot.model.permits.Authority#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.backlot.model.permits.AuthorityKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(AuthorityKind value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.backlot.model.permits.PermitsPackage#getAuthority_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.backlot.model.permits.Authority#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Name Zh</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name Zh</em>' attribute.
	 * @see #setNameZh(String)
	 * @see org.backlot.model.permits.PermitsPackage#getAuthority_NameZh()
	 * @model
	 * @generated
	 */
	String getNameZh();

	/**
	 * Sets the value of the '{@link org.backlot.model.permits.Authority#getNameZh <em>Name Zh</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name Zh</em>' attribute.
	 * @see #getNameZh()
	 * @generated
	 */
	void setNameZh(String value);

	/**
	 * Returns the value of the '<em><b>Lead Time Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Working days before the shoot an application must be in.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Lead Time Days</em>' attribute.
	 * @see #setLeadTimeDays(int)
	 * @see org.backlot.model.permits.PermitsPackage#getAuthority_LeadTimeDays()
	 * @model
	 * @generated
	 */
	int getLeadTimeDays();

	/**
	 * Sets the value of the '{@link org.backlot.model.permits.Authority#getLeadTimeDays <em>Lead Time Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lead Time Days</em>' attribute.
	 * @see #getLeadTimeDays()
	 * @generated
	 */
	void setLeadTimeDays(int value);

	/**
	 * Returns the value of the '<em><b>Target Days</b></em>' attribute.
	 * The default value is <code>"3"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Working days the authority promises to decide in.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Days</em>' attribute.
	 * @see #setTargetDays(int)
	 * @see org.backlot.model.permits.PermitsPackage#getAuthority_TargetDays()
	 * @model default="3"
	 * @generated
	 */
	int getTargetDays();

	/**
	 * Sets the value of the '{@link org.backlot.model.permits.Authority#getTargetDays <em>Target Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Days</em>' attribute.
	 * @see #getTargetDays()
	 * @generated
	 */
	void setTargetDays(int value);

	/**
	 * Returns the value of the '<em><b>Required Documents</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Required Documents</em>' attribute list.
	 * @see org.backlot.model.permits.PermitsPackage#getAuthority_RequiredDocuments()
	 * @model
	 * @generated
	 */
	EList<String> getRequiredDocuments();

	/**
	 * Returns the value of the '<em><b>Contact</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Contact</em>' attribute.
	 * @see #setContact(String)
	 * @see org.backlot.model.permits.PermitsPackage#getAuthority_Contact()
	 * @model
	 * @generated
	 */
	String getContact();

	/**
	 * Sets the value of the '{@link org.backlot.model.permits.Authority#getContact <em>Contact</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Contact</em>' attribute.
	 * @see #getContact()
	 * @generated
	 */
	void setContact(String value);

	/**
	 * Returns the value of the '<em><b>Rule Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Id of the contributed authority (org.backlot.permits.authorities) whose rules, documents, fees and form apply.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rule Id</em>' attribute.
	 * @see #setRuleId(String)
	 * @see org.backlot.model.permits.PermitsPackage#getAuthority_RuleId()
	 * @model
	 * @generated
	 */
	String getRuleId();

	/**
	 * Sets the value of the '{@link org.backlot.model.permits.Authority#getRuleId <em>Rule Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rule Id</em>' attribute.
	 * @see #getRuleId()
	 * @generated
	 */
	void setRuleId(String value);

} // Authority
