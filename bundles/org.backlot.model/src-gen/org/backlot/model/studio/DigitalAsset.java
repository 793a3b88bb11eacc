/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.studio;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Digital Asset</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A scanned digital human or an LED-wall environment the base keeps.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.backlot.model.studio.DigitalAsset#getName <em>Name</em>}</li>
 *   <li>{@link org.backlot.model.studio.DigitalAsset#getNameZh <em>Name Zh</em>}</li>
 *   <li>{@link org.backlot.model.studio.DigitalAsset#getKind <em>Kind</em>}</li>
 *   <li>{@link org.backlot.model.studio.DigitalAsset#getFiles <em>Files</em>}</li>
 *   <li>{@link org.backlot.model.studio.DigitalAsset#getPreview <em>Preview</em>}</li>
 *   <li>{@link org.backlot.model.studio.DigitalAsset#getPerson <em>Person</em>}</li>
 *   <li>{@link org.backlot.model.studio.DigitalAsset#getRightsHolder <em>Rights Holder</em>}</li>
 *   <li>{@link org.backlot.model.studio.DigitalAsset#getRights <em>Rights</em>}</li>
 *   <li>{@link org.backlot.model.studio.DigitalAsset#getScanned <em>Scanned</em>}</li>
 *   <li>{@link org.backlot.model.studio.DigitalAsset#getExpires <em>Expires</em>}</li>
 * </ul>
 *
 * @see org.backlot.model.studio.StudioPackage#getDigitalAsset()
 * @model
 * @generated
 */
public interface DigitalAsset extends StudioResource {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.backlot.model.studio.StudioPackage#getDigitalAsset_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.backlot.model.studio.DigitalAsset#getName <em>Name</em>}' attribute.
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
	 * @see org.backlot.model.studio.StudioPackage#getDigitalAsset_NameZh()
	 * @model
	 * @generated
	 */
	String getNameZh();

	/**
	 * Sets the value of the '{@link org.backlot.model.studio.DigitalAsset#getNameZh <em>Name Zh</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name Zh</em>' attribute.
	 * @see #getNameZh()
	 * @generated
	 */
	void setNameZh(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.backlot.model.studio.AssetKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.backlot.model.studio.AssetKind
	 * @see #setKind(AssetKind)
	 * @see org.backlot.model.studio.StudioPackage#getDigitalAsset_Kind()
	 * @model
	 * @generated
	 */
	AssetKind getKind();

	/**
	 * Sets the value of the '{@link org.backlot.model.studio.DigitalAsset#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.backlot.model.studio.AssetKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(AssetKind value);

	/**
	 * Returns the value of the '<em><b>Files</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The asset files, relative to the studio file.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Files</em>' attribute list.
	 * @see org.backlot.model.studio.StudioPackage#getDigitalAsset_Files()
	 * @model
	 * @generated
	 */
	EList<String> getFiles();

	/**
	 * Returns the value of the '<em><b>Preview</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A picture of it (for an LED environment, the picture the lighting preview shows), relative to the studio file.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Preview</em>' attribute.
	 * @see #setPreview(String)
	 * @see org.backlot.model.studio.StudioPackage#getDigitalAsset_Preview()
	 * @model
	 * @generated
	 */
	String getPreview();

	/**
	 * Sets the value of the '{@link org.backlot.model.studio.DigitalAsset#getPreview <em>Preview</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Preview</em>' attribute.
	 * @see #getPreview()
	 * @generated
	 */
	void setPreview(String value);

	/**
	 * Returns the value of the '<em><b>Person</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who was scanned (digital humans).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Person</em>' attribute.
	 * @see #setPerson(String)
	 * @see org.backlot.model.studio.StudioPackage#getDigitalAsset_Person()
	 * @model
	 * @generated
	 */
	String getPerson();

	/**
	 * Sets the value of the '{@link org.backlot.model.studio.DigitalAsset#getPerson <em>Person</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Person</em>' attribute.
	 * @see #getPerson()
	 * @generated
	 */
	void setPerson(String value);

	/**
	 * Returns the value of the '<em><b>Rights Holder</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who holds the rights.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rights Holder</em>' attribute.
	 * @see #setRightsHolder(String)
	 * @see org.backlot.model.studio.StudioPackage#getDigitalAsset_RightsHolder()
	 * @model
	 * @generated
	 */
	String getRightsHolder();

	/**
	 * Sets the value of the '{@link org.backlot.model.studio.DigitalAsset#getRightsHolder <em>Rights Holder</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rights Holder</em>' attribute.
	 * @see #getRightsHolder()
	 * @generated
	 */
	void setRightsHolder(String value);

	/**
	 * Returns the value of the '<em><b>Rights</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the rights allow.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rights</em>' attribute.
	 * @see #setRights(String)
	 * @see org.backlot.model.studio.StudioPackage#getDigitalAsset_Rights()
	 * @model
	 * @generated
	 */
	String getRights();

	/**
	 * Sets the value of the '{@link org.backlot.model.studio.DigitalAsset#getRights <em>Rights</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rights</em>' attribute.
	 * @see #getRights()
	 * @generated
	 */
	void setRights(String value);

	/**
	 * Returns the value of the '<em><b>Scanned</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When it was scanned or made.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scanned</em>' attribute.
	 * @see #setScanned(Date)
	 * @see org.backlot.model.studio.StudioPackage#getDigitalAsset_Scanned()
	 * @model
	 * @generated
	 */
	Date getScanned();

	/**
	 * Sets the value of the '{@link org.backlot.model.studio.DigitalAsset#getScanned <em>Scanned</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scanned</em>' attribute.
	 * @see #getScanned()
	 * @generated
	 */
	void setScanned(Date value);

	/**
	 * Returns the value of the '<em><b>Expires</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the rights end.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Expires</em>' attribute.
	 * @see #setExpires(Date)
	 * @see org.backlot.model.studio.StudioPackage#getDigitalAsset_Expires()
	 * @model
	 * @generated
	 */
	Date getExpires();

	/**
	 * Sets the value of the '{@link org.backlot.model.studio.DigitalAsset#getExpires <em>Expires</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Expires</em>' attribute.
	 * @see #getExpires()
	 * @generated
	 */
	void setExpires(Date value);

} // DigitalAsset
