/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.studio;

import org.backlot.model.production.DateRange;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Location</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An exterior or public place the base lists.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.backlot.model.studio.Location#getName <em>Name</em>}</li>
 *   <li>{@link org.backlot.model.studio.Location#getNameZh <em>Name Zh</em>}</li>
 *   <li>{@link org.backlot.model.studio.Location#getAddress <em>Address</em>}</li>
 *   <li>{@link org.backlot.model.studio.Location#getLatitude <em>Latitude</em>}</li>
 *   <li>{@link org.backlot.model.studio.Location#getLongitude <em>Longitude</em>}</li>
 *   <li>{@link org.backlot.model.studio.Location#getType <em>Type</em>}</li>
 *   <li>{@link org.backlot.model.studio.Location#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.backlot.model.studio.Location#getOwnerContact <em>Owner Contact</em>}</li>
 *   <li>{@link org.backlot.model.studio.Location#getPanoramas <em>Panoramas</em>}</li>
 *   <li>{@link org.backlot.model.studio.Location#getParking <em>Parking</em>}</li>
 *   <li>{@link org.backlot.model.studio.Location#getNearestHospital <em>Nearest Hospital</em>}</li>
 *   <li>{@link org.backlot.model.studio.Location#isRoad <em>Road</em>}</li>
 *   <li>{@link org.backlot.model.studio.Location#isLandmark <em>Landmark</em>}</li>
 *   <li>{@link org.backlot.model.studio.Location#getUnavailable <em>Unavailable</em>}</li>
 *   <li>{@link org.backlot.model.studio.Location#getBaseCamp <em>Base Camp</em>}</li>
 *   <li>{@link org.backlot.model.studio.Location#getPower <em>Power</em>}</li>
 *   <li>{@link org.backlot.model.studio.Location#getPins <em>Pins</em>}</li>
 * </ul>
 *
 * @see org.backlot.model.studio.StudioPackage#getLocation()
 * @model
 * @generated
 */
public interface Location extends StudioResource {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.backlot.model.studio.StudioPackage#getLocation_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.backlot.model.studio.Location#getName <em>Name</em>}' attribute.
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
	 * @see org.backlot.model.studio.StudioPackage#getLocation_NameZh()
	 * @model
	 * @generated
	 */
	String getNameZh();

	/**
	 * Sets the value of the '{@link org.backlot.model.studio.Location#getNameZh <em>Name Zh</em>}' attribute.
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
	 * @see org.backlot.model.studio.StudioPackage#getLocation_Address()
	 * @model
	 * @generated
	 */
	String getAddress();

	/**
	 * Sets the value of the '{@link org.backlot.model.studio.Location#getAddress <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Address</em>' attribute.
	 * @see #getAddress()
	 * @generated
	 */
	void setAddress(String value);

	/**
	 * Returns the value of the '<em><b>Latitude</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Latitude</em>' attribute.
	 * @see #setLatitude(double)
	 * @see org.backlot.model.studio.StudioPackage#getLocation_Latitude()
	 * @model
	 * @generated
	 */
	double getLatitude();

	/**
	 * Sets the value of the '{@link org.backlot.model.studio.Location#getLatitude <em>Latitude</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Latitude</em>' attribute.
	 * @see #getLatitude()
	 * @generated
	 */
	void setLatitude(double value);

	/**
	 * Returns the value of the '<em><b>Longitude</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Longitude</em>' attribute.
	 * @see #setLongitude(double)
	 * @see org.backlot.model.studio.StudioPackage#getLocation_Longitude()
	 * @model
	 * @generated
	 */
	double getLongitude();

	/**
	 * Sets the value of the '{@link org.backlot.model.studio.Location#getLongitude <em>Longitude</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Longitude</em>' attribute.
	 * @see #getLongitude()
	 * @generated
	 */
	void setLongitude(double value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.backlot.model.studio.LocationType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see org.backlot.model.studio.LocationType
	 * @see #setType(LocationType)
	 * @see org.backlot.model.studio.StudioPackage#getLocation_Type()
	 * @model
	 * @generated
	 */
	LocationType getType();

	/**
	 * Sets the value of the '{@link org.backlot.model.studio.Location#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see org.backlot.model.studio.LocationType
	 * @see #getType()
	 * @generated
	 */
	void setType(LocationType value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Owner</em>' attribute.
	 * @see #setOwner(String)
	 * @see org.backlot.model.studio.StudioPackage#getLocation_Owner()
	 * @model
	 * @generated
	 */
	String getOwner();

	/**
	 * Sets the value of the '{@link org.backlot.model.studio.Location#getOwner <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' attribute.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(String value);

	/**
	 * Returns the value of the '<em><b>Owner Contact</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Owner Contact</em>' attribute.
	 * @see #setOwnerContact(String)
	 * @see org.backlot.model.studio.StudioPackage#getLocation_OwnerContact()
	 * @model
	 * @generated
	 */
	String getOwnerContact();

	/**
	 * Sets the value of the '{@link org.backlot.model.studio.Location#getOwnerContact <em>Owner Contact</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner Contact</em>' attribute.
	 * @see #getOwnerContact()
	 * @generated
	 */
	void setOwnerContact(String value);

	/**
	 * Returns the value of the '<em><b>Panoramas</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 360° equirectangular images.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Panoramas</em>' attribute list.
	 * @see org.backlot.model.studio.StudioPackage#getLocation_Panoramas()
	 * @model
	 * @generated
	 */
	EList<String> getPanoramas();

	/**
	 * Returns the value of the '<em><b>Parking</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parking</em>' attribute.
	 * @see #setParking(String)
	 * @see org.backlot.model.studio.StudioPackage#getLocation_Parking()
	 * @model
	 * @generated
	 */
	String getParking();

	/**
	 * Sets the value of the '{@link org.backlot.model.studio.Location#getParking <em>Parking</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parking</em>' attribute.
	 * @see #getParking()
	 * @generated
	 */
	void setParking(String value);

	/**
	 * Returns the value of the '<em><b>Nearest Hospital</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Nearest Hospital</em>' attribute.
	 * @see #setNearestHospital(String)
	 * @see org.backlot.model.studio.StudioPackage#getLocation_NearestHospital()
	 * @model
	 * @generated
	 */
	String getNearestHospital();

	/**
	 * Sets the value of the '{@link org.backlot.model.studio.Location#getNearestHospital <em>Nearest Hospital</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Nearest Hospital</em>' attribute.
	 * @see #getNearestHospital()
	 * @generated
	 */
	void setNearestHospital(String value);

	/**
	 * Returns the value of the '<em><b>Road</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A public road or street where traffic runs.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Road</em>' attribute.
	 * @see #setRoad(boolean)
	 * @see org.backlot.model.studio.StudioPackage#getLocation_Road()
	 * @model
	 * @generated
	 */
	boolean isRoad();

	/**
	 * Sets the value of the '{@link org.backlot.model.studio.Location#isRoad <em>Road</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Road</em>' attribute.
	 * @see #isRoad()
	 * @generated
	 */
	void setRoad(boolean value);

	/**
	 * Returns the value of the '<em><b>Landmark</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A park, scenic spot, heritage site or landmark.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Landmark</em>' attribute.
	 * @see #setLandmark(boolean)
	 * @see org.backlot.model.studio.StudioPackage#getLocation_Landmark()
	 * @model
	 * @generated
	 */
	boolean isLandmark();

	/**
	 * Sets the value of the '{@link org.backlot.model.studio.Location#isLandmark <em>Landmark</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Landmark</em>' attribute.
	 * @see #isLandmark()
	 * @generated
	 */
	void setLandmark(boolean value);

	/**
	 * Returns the value of the '<em><b>Unavailable</b></em>' containment reference list.
	 * The list contents are of type {@link org.backlot.model.production.DateRange}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Days the location cannot be used.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unavailable</em>' containment reference list.
	 * @see org.backlot.model.studio.StudioPackage#getLocation_Unavailable()
	 * @model containment="true"
	 * @generated
	 */
	EList<DateRange> getUnavailable();

	/**
	 * Returns the value of the '<em><b>Base Camp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the unit can set up base camp.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Base Camp</em>' attribute.
	 * @see #setBaseCamp(String)
	 * @see org.backlot.model.studio.StudioPackage#getLocation_BaseCamp()
	 * @model
	 * @generated
	 */
	String getBaseCamp();

	/**
	 * Sets the value of the '{@link org.backlot.model.studio.Location#getBaseCamp <em>Base Camp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Base Camp</em>' attribute.
	 * @see #getBaseCamp()
	 * @generated
	 */
	void setBaseCamp(String value);

	/**
	 * Returns the value of the '<em><b>Power</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mains power on site, or where a generator can stand.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Power</em>' attribute.
	 * @see #setPower(String)
	 * @see org.backlot.model.studio.StudioPackage#getLocation_Power()
	 * @model
	 * @generated
	 */
	String getPower();

	/**
	 * Sets the value of the '{@link org.backlot.model.studio.Location#getPower <em>Power</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Power</em>' attribute.
	 * @see #getPower()
	 * @generated
	 */
	void setPower(String value);

	/**
	 * Returns the value of the '<em><b>Pins</b></em>' containment reference list.
	 * The list contents are of type {@link org.backlot.model.studio.PanoramaPin}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Notes pinned in the survey panoramas.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pins</em>' containment reference list.
	 * @see org.backlot.model.studio.StudioPackage#getLocation_Pins()
	 * @model containment="true"
	 * @generated
	 */
	EList<PanoramaPin> getPins();

} // Location
