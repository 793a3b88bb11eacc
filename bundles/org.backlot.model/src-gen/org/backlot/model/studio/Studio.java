/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.studio;

import org.backlot.model.lighting.FixtureType;

import org.backlot.model.permits.Authority;

import org.backlot.model.production.Identified;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Studio</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root of a *.backlot-studio file.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.backlot.model.studio.Studio#getFileVersion <em>File Version</em>}</li>
 *   <li>{@link org.backlot.model.studio.Studio#getName <em>Name</em>}</li>
 *   <li>{@link org.backlot.model.studio.Studio#getNameZh <em>Name Zh</em>}</li>
 *   <li>{@link org.backlot.model.studio.Studio#getAddress <em>Address</em>}</li>
 *   <li>{@link org.backlot.model.studio.Studio#getStages <em>Stages</em>}</li>
 *   <li>{@link org.backlot.model.studio.Studio#getInventory <em>Inventory</em>}</li>
 *   <li>{@link org.backlot.model.studio.Studio#getExtras <em>Extras</em>}</li>
 *   <li>{@link org.backlot.model.studio.Studio#getApartments <em>Apartments</em>}</li>
 *   <li>{@link org.backlot.model.studio.Studio#getLocations <em>Locations</em>}</li>
 *   <li>{@link org.backlot.model.studio.Studio#getFixtureTypes <em>Fixture Types</em>}</li>
 *   <li>{@link org.backlot.model.studio.Studio#getFixtureStock <em>Fixture Stock</em>}</li>
 *   <li>{@link org.backlot.model.studio.Studio#getAuthorities <em>Authorities</em>}</li>
 *   <li>{@link org.backlot.model.studio.Studio#getBookings <em>Bookings</em>}</li>
 *   <li>{@link org.backlot.model.studio.Studio#getLatitude <em>Latitude</em>}</li>
 *   <li>{@link org.backlot.model.studio.Studio#getLongitude <em>Longitude</em>}</li>
 *   <li>{@link org.backlot.model.studio.Studio#getTimeZone <em>Time Zone</em>}</li>
 *   <li>{@link org.backlot.model.studio.Studio#getAssets <em>Assets</em>}</li>
 * </ul>
 *
 * @see org.backlot.model.studio.StudioPackage#getStudio()
 * @model
 * @generated
 */
public interface Studio extends Identified {
	/**
	 * Returns the value of the '<em><b>File Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>File Version</em>' attribute.
	 * @see #setFileVersion(int)
	 * @see org.backlot.model.studio.StudioPackage#getStudio_FileVersion()
	 * @model
	 * @generated
	 */
	int getFileVersion();

	/**
	 * Sets the value of the '{@link org.backlot.model.studio.Studio#getFileVersion <em>File Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>File Version</em>' attribute.
	 * @see #getFileVersion()
	 * @generated
	 */
	void setFileVersion(int value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.backlot.model.studio.StudioPackage#getStudio_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.backlot.model.studio.Studio#getName <em>Name</em>}' attribute.
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
	 * @see org.backlot.model.studio.StudioPackage#getStudio_NameZh()
	 * @model
	 * @generated
	 */
	String getNameZh();

	/**
	 * Sets the value of the '{@link org.backlot.model.studio.Studio#getNameZh <em>Name Zh</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name Zh</em>' attribute.
	 * @see #getNameZh()
	 * @generated
	 */
	void setNameZh(String value);

	/**
	 * Returns the value of the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Address</em>' attribute.
	 * @see #setAddress(String)
	 * @see org.backlot.model.studio.StudioPackage#getStudio_Address()
	 * @model
	 * @generated
	 */
	String getAddress();

	/**
	 * Sets the value of the '{@link org.backlot.model.studio.Studio#getAddress <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Address</em>' attribute.
	 * @see #getAddress()
	 * @generated
	 */
	void setAddress(String value);

	/**
	 * Returns the value of the '<em><b>Stages</b></em>' containment reference list.
	 * The list contents are of type {@link org.backlot.model.studio.Stage}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stages</em>' containment reference list.
	 * @see org.backlot.model.studio.StudioPackage#getStudio_Stages()
	 * @model containment="true"
	 * @generated
	 */
	EList<Stage> getStages();

	/**
	 * Returns the value of the '<em><b>Inventory</b></em>' containment reference list.
	 * The list contents are of type {@link org.backlot.model.studio.InventoryItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Inventory</em>' containment reference list.
	 * @see org.backlot.model.studio.StudioPackage#getStudio_Inventory()
	 * @model containment="true"
	 * @generated
	 */
	EList<InventoryItem> getInventory();

	/**
	 * Returns the value of the '<em><b>Extras</b></em>' containment reference list.
	 * The list contents are of type {@link org.backlot.model.studio.Extra}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Extras</em>' containment reference list.
	 * @see org.backlot.model.studio.StudioPackage#getStudio_Extras()
	 * @model containment="true"
	 * @generated
	 */
	EList<Extra> getExtras();

	/**
	 * Returns the value of the '<em><b>Apartments</b></em>' containment reference list.
	 * The list contents are of type {@link org.backlot.model.studio.Apartment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Apartments</em>' containment reference list.
	 * @see org.backlot.model.studio.StudioPackage#getStudio_Apartments()
	 * @model containment="true"
	 * @generated
	 */
	EList<Apartment> getApartments();

	/**
	 * Returns the value of the '<em><b>Locations</b></em>' containment reference list.
	 * The list contents are of type {@link org.backlot.model.studio.Location}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Locations</em>' containment reference list.
	 * @see org.backlot.model.studio.StudioPackage#getStudio_Locations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Location> getLocations();

	/**
	 * Returns the value of the '<em><b>Fixture Types</b></em>' containment reference list.
	 * The list contents are of type {@link org.backlot.model.lighting.FixtureType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fixture Types</em>' containment reference list.
	 * @see org.backlot.model.studio.StudioPackage#getStudio_FixtureTypes()
	 * @model containment="true"
	 * @generated
	 */
	EList<FixtureType> getFixtureTypes();

	/**
	 * Returns the value of the '<em><b>Fixture Stock</b></em>' containment reference list.
	 * The list contents are of type {@link org.backlot.model.studio.FixtureStock}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fixture Stock</em>' containment reference list.
	 * @see org.backlot.model.studio.StudioPackage#getStudio_FixtureStock()
	 * @model containment="true"
	 * @generated
	 */
	EList<FixtureStock> getFixtureStock();

	/**
	 * Returns the value of the '<em><b>Authorities</b></em>' containment reference list.
	 * The list contents are of type {@link org.backlot.model.permits.Authority}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Authorities</em>' containment reference list.
	 * @see org.backlot.model.studio.StudioPackage#getStudio_Authorities()
	 * @model containment="true"
	 * @generated
	 */
	EList<Authority> getAuthorities();

	/**
	 * Returns the value of the '<em><b>Bookings</b></em>' containment reference list.
	 * The list contents are of type {@link org.backlot.model.studio.Booking}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bookings</em>' containment reference list.
	 * @see org.backlot.model.studio.StudioPackage#getStudio_Bookings()
	 * @model containment="true"
	 * @generated
	 */
	EList<Booking> getBookings();

	/**
	 * Returns the value of the '<em><b>Latitude</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Degrees north of the base (stages).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Latitude</em>' attribute.
	 * @see #setLatitude(double)
	 * @see org.backlot.model.studio.StudioPackage#getStudio_Latitude()
	 * @model default="0.0"
	 * @generated
	 */
	double getLatitude();

	/**
	 * Sets the value of the '{@link org.backlot.model.studio.Studio#getLatitude <em>Latitude</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Latitude</em>' attribute.
	 * @see #getLatitude()
	 * @generated
	 */
	void setLatitude(double value);

	/**
	 * Returns the value of the '<em><b>Longitude</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Degrees east of the base (stages).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Longitude</em>' attribute.
	 * @see #setLongitude(double)
	 * @see org.backlot.model.studio.StudioPackage#getStudio_Longitude()
	 * @model default="0.0"
	 * @generated
	 */
	double getLongitude();

	/**
	 * Sets the value of the '{@link org.backlot.model.studio.Studio#getLongitude <em>Longitude</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Longitude</em>' attribute.
	 * @see #getLongitude()
	 * @generated
	 */
	void setLongitude(double value);

	/**
	 * Returns the value of the '<em><b>Time Zone</b></em>' attribute.
	 * The default value is <code>"Asia/Shanghai"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * IANA time zone of the base, e.g. Asia/Shanghai.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Time Zone</em>' attribute.
	 * @see #setTimeZone(String)
	 * @see org.backlot.model.studio.StudioPackage#getStudio_TimeZone()
	 * @model default="Asia/Shanghai"
	 * @generated
	 */
	String getTimeZone();

	/**
	 * Sets the value of the '{@link org.backlot.model.studio.Studio#getTimeZone <em>Time Zone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time Zone</em>' attribute.
	 * @see #getTimeZone()
	 * @generated
	 */
	void setTimeZone(String value);

	/**
	 * Returns the value of the '<em><b>Assets</b></em>' containment reference list.
	 * The list contents are of type {@link org.backlot.model.studio.DigitalAsset}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Scanned digital humans and LED-wall environments.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Assets</em>' containment reference list.
	 * @see org.backlot.model.studio.StudioPackage#getStudio_Assets()
	 * @model containment="true"
	 * @generated
	 */
	EList<DigitalAsset> getAssets();

} // Studio
