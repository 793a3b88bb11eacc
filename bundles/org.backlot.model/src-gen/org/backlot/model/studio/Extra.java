/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.studio;

import org.backlot.model.production.DateRange;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Extra</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A background actor in the base's database.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.backlot.model.studio.Extra#getCode <em>Code</em>}</li>
 *   <li>{@link org.backlot.model.studio.Extra#getName <em>Name</em>}</li>
 *   <li>{@link org.backlot.model.studio.Extra#getGender <em>Gender</em>}</li>
 *   <li>{@link org.backlot.model.studio.Extra#getBirthYear <em>Birth Year</em>}</li>
 *   <li>{@link org.backlot.model.studio.Extra#getHeightCm <em>Height Cm</em>}</li>
 *   <li>{@link org.backlot.model.studio.Extra#getLooks <em>Looks</em>}</li>
 *   <li>{@link org.backlot.model.studio.Extra#getSkills <em>Skills</em>}</li>
 *   <li>{@link org.backlot.model.studio.Extra#getLanguages <em>Languages</em>}</li>
 *   <li>{@link org.backlot.model.studio.Extra#getUnavailable <em>Unavailable</em>}</li>
 *   <li>{@link org.backlot.model.studio.Extra#getPhotoPath <em>Photo Path</em>}</li>
 * </ul>
 *
 * @see org.backlot.model.studio.StudioPackage#getExtra()
 * @model
 * @generated
 */
public interface Extra extends StudioResource {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.backlot.model.studio.StudioPackage#getExtra_Code()
	 * @model
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.backlot.model.studio.Extra#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.backlot.model.studio.StudioPackage#getExtra_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.backlot.model.studio.Extra#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Gender</b></em>' attribute.
	 * The literals are from the enumeration {@link org.backlot.model.studio.Gender}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Gender</em>' attribute.
	 * @see org.backlot.model.studio.Gender
	 * @see #setGender(Gender)
	 * @see org.backlot.model.studio.StudioPackage#getExtra_Gender()
	 * @model
	 * @generated
	 */
	Gender getGender();

	/**
	 * Sets the value of the '{@link org.backlot.model.studio.Extra#getGender <em>Gender</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gender</em>' attribute.
	 * @see org.backlot.model.studio.Gender
	 * @see #getGender()
	 * @generated
	 */
	void setGender(Gender value);

	/**
	 * Returns the value of the '<em><b>Birth Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Birth Year</em>' attribute.
	 * @see #setBirthYear(int)
	 * @see org.backlot.model.studio.StudioPackage#getExtra_BirthYear()
	 * @model
	 * @generated
	 */
	int getBirthYear();

	/**
	 * Sets the value of the '{@link org.backlot.model.studio.Extra#getBirthYear <em>Birth Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Birth Year</em>' attribute.
	 * @see #getBirthYear()
	 * @generated
	 */
	void setBirthYear(int value);

	/**
	 * Returns the value of the '<em><b>Height Cm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Height Cm</em>' attribute.
	 * @see #setHeightCm(int)
	 * @see org.backlot.model.studio.StudioPackage#getExtra_HeightCm()
	 * @model
	 * @generated
	 */
	int getHeightCm();

	/**
	 * Sets the value of the '{@link org.backlot.model.studio.Extra#getHeightCm <em>Height Cm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Height Cm</em>' attribute.
	 * @see #getHeightCm()
	 * @generated
	 */
	void setHeightCm(int value);

	/**
	 * Returns the value of the '<em><b>Looks</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Looks</em>' attribute list.
	 * @see org.backlot.model.studio.StudioPackage#getExtra_Looks()
	 * @model
	 * @generated
	 */
	EList<String> getLooks();

	/**
	 * Returns the value of the '<em><b>Skills</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Skills</em>' attribute list.
	 * @see org.backlot.model.studio.StudioPackage#getExtra_Skills()
	 * @model
	 * @generated
	 */
	EList<String> getSkills();

	/**
	 * Returns the value of the '<em><b>Languages</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Languages</em>' attribute list.
	 * @see org.backlot.model.studio.StudioPackage#getExtra_Languages()
	 * @model
	 * @generated
	 */
	EList<String> getLanguages();

	/**
	 * Returns the value of the '<em><b>Unavailable</b></em>' containment reference list.
	 * The list contents are of type {@link org.backlot.model.production.DateRange}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unavailable</em>' containment reference list.
	 * @see org.backlot.model.studio.StudioPackage#getExtra_Unavailable()
	 * @model containment="true"
	 * @generated
	 */
	EList<DateRange> getUnavailable();

	/**
	 * Returns the value of the '<em><b>Photo Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A photo of the person, relative to the studio file.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Photo Path</em>' attribute.
	 * @see #setPhotoPath(String)
	 * @see org.backlot.model.studio.StudioPackage#getExtra_PhotoPath()
	 * @model
	 * @generated
	 */
	String getPhotoPath();

	/**
	 * Sets the value of the '{@link org.backlot.model.studio.Extra#getPhotoPath <em>Photo Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Photo Path</em>' attribute.
	 * @see #getPhotoPath()
	 * @generated
	 */
	void setPhotoPath(String value);

} // Extra
