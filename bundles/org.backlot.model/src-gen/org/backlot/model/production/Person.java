/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.production;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Person</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Someone on the production: crew or cast.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.backlot.model.production.Person#getName <em>Name</em>}</li>
 *   <li>{@link org.backlot.model.production.Person#getNameAlt <em>Name Alt</em>}</li>
 *   <li>{@link org.backlot.model.production.Person#getDepartment <em>Department</em>}</li>
 *   <li>{@link org.backlot.model.production.Person#getRole <em>Role</em>}</li>
 *   <li>{@link org.backlot.model.production.Person#getPhone <em>Phone</em>}</li>
 *   <li>{@link org.backlot.model.production.Person#getEmail <em>Email</em>}</li>
 *   <li>{@link org.backlot.model.production.Person#isHousing <em>Housing</em>}</li>
 *   <li>{@link org.backlot.model.production.Person#getHousingPreferences <em>Housing Preferences</em>}</li>
 * </ul>
 *
 * @see org.backlot.model.production.ProductionPackage#getPerson()
 * @model
 * @generated
 */
public interface Person extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.backlot.model.production.ProductionPackage#getPerson_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.backlot.model.production.Person#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Name Alt</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name in the other script (pinyin or Chinese characters).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name Alt</em>' attribute.
	 * @see #setNameAlt(String)
	 * @see org.backlot.model.production.ProductionPackage#getPerson_NameAlt()
	 * @model
	 * @generated
	 */
	String getNameAlt();

	/**
	 * Sets the value of the '{@link org.backlot.model.production.Person#getNameAlt <em>Name Alt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name Alt</em>' attribute.
	 * @see #getNameAlt()
	 * @generated
	 */
	void setNameAlt(String value);

	/**
	 * Returns the value of the '<em><b>Department</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Department</em>' reference.
	 * @see #setDepartment(Department)
	 * @see org.backlot.model.production.ProductionPackage#getPerson_Department()
	 * @model
	 * @generated
	 */
	Department getDepartment();

	/**
	 * Sets the value of the '{@link org.backlot.model.production.Person#getDepartment <em>Department</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Department</em>' reference.
	 * @see #getDepartment()
	 * @generated
	 */
	void setDepartment(Department value);

	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Job title, e.g. 1st AD, gaffer.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see #setRole(String)
	 * @see org.backlot.model.production.ProductionPackage#getPerson_Role()
	 * @model
	 * @generated
	 */
	String getRole();

	/**
	 * Sets the value of the '{@link org.backlot.model.production.Person#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see #getRole()
	 * @generated
	 */
	void setRole(String value);

	/**
	 * Returns the value of the '<em><b>Phone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Phone</em>' attribute.
	 * @see #setPhone(String)
	 * @see org.backlot.model.production.ProductionPackage#getPerson_Phone()
	 * @model
	 * @generated
	 */
	String getPhone();

	/**
	 * Sets the value of the '{@link org.backlot.model.production.Person#getPhone <em>Phone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Phone</em>' attribute.
	 * @see #getPhone()
	 * @generated
	 */
	void setPhone(String value);

	/**
	 * Returns the value of the '<em><b>Email</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Email</em>' attribute.
	 * @see #setEmail(String)
	 * @see org.backlot.model.production.ProductionPackage#getPerson_Email()
	 * @model
	 * @generated
	 */
	String getEmail();

	/**
	 * Sets the value of the '{@link org.backlot.model.production.Person#getEmail <em>Email</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Email</em>' attribute.
	 * @see #getEmail()
	 * @generated
	 */
	void setEmail(String value);

	/**
	 * Returns the value of the '<em><b>Housing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the person needs a crew apartment on the base.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Housing</em>' attribute.
	 * @see #setHousing(boolean)
	 * @see org.backlot.model.production.ProductionPackage#getPerson_Housing()
	 * @model
	 * @generated
	 */
	boolean isHousing();

	/**
	 * Sets the value of the '{@link org.backlot.model.production.Person#isHousing <em>Housing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Housing</em>' attribute.
	 * @see #isHousing()
	 * @generated
	 */
	void setHousing(boolean value);

	/**
	 * Returns the value of the '<em><b>Housing Preferences</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the person asks of an apartment (quiet, ground floor, share with...).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Housing Preferences</em>' attribute list.
	 * @see org.backlot.model.production.ProductionPackage#getPerson_HousingPreferences()
	 * @model
	 * @generated
	 */
	EList<String> getHousingPreferences();

} // Person
