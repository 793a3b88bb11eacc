/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.studio.impl;

import java.util.Collection;

import org.backlot.model.production.DateRange;

import org.backlot.model.studio.Location;
import org.backlot.model.studio.LocationType;
import org.backlot.model.studio.PanoramaPin;
import org.backlot.model.studio.StudioPackage;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Location</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.backlot.model.studio.impl.LocationImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.backlot.model.studio.impl.LocationImpl#getNameZh <em>Name Zh</em>}</li>
 *   <li>{@link org.backlot.model.studio.impl.LocationImpl#getAddress <em>Address</em>}</li>
 *   <li>{@link org.backlot.model.studio.impl.LocationImpl#getLatitude <em>Latitude</em>}</li>
 *   <li>{@link org.backlot.model.studio.impl.LocationImpl#getLongitude <em>Longitude</em>}</li>
 *   <li>{@link org.backlot.model.studio.impl.LocationImpl#getType <em>Type</em>}</li>
 *   <li>{@link org.backlot.model.studio.impl.LocationImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.backlot.model.studio.impl.LocationImpl#getOwnerContact <em>Owner Contact</em>}</li>
 *   <li>{@link org.backlot.model.studio.impl.LocationImpl#getPanoramas <em>Panoramas</em>}</li>
 *   <li>{@link org.backlot.model.studio.impl.LocationImpl#getParking <em>Parking</em>}</li>
 *   <li>{@link org.backlot.model.studio.impl.LocationImpl#getNearestHospital <em>Nearest Hospital</em>}</li>
 *   <li>{@link org.backlot.model.studio.impl.LocationImpl#isRoad <em>Road</em>}</li>
 *   <li>{@link org.backlot.model.studio.impl.LocationImpl#isLandmark <em>Landmark</em>}</li>
 *   <li>{@link org.backlot.model.studio.impl.LocationImpl#getUnavailable <em>Unavailable</em>}</li>
 *   <li>{@link org.backlot.model.studio.impl.LocationImpl#getBaseCamp <em>Base Camp</em>}</li>
 *   <li>{@link org.backlot.model.studio.impl.LocationImpl#getPower <em>Power</em>}</li>
 *   <li>{@link org.backlot.model.studio.impl.LocationImpl#getPins <em>Pins</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LocationImpl extends StudioResourceImpl implements Location {
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
	 * The default value of the '{@link #getAddress() <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress()
	 * @generated
	 * @ordered
	 */
	protected static final String ADDRESS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAddress() <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress()
	 * @generated
	 * @ordered
	 */
	protected String address = ADDRESS_EDEFAULT;

	/**
	 * The default value of the '{@link #getLatitude() <em>Latitude</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLatitude()
	 * @generated
	 * @ordered
	 */
	protected static final double LATITUDE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getLatitude() <em>Latitude</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLatitude()
	 * @generated
	 * @ordered
	 */
	protected double latitude = LATITUDE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLongitude() <em>Longitude</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLongitude()
	 * @generated
	 * @ordered
	 */
	protected static final double LONGITUDE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getLongitude() <em>Longitude</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLongitude()
	 * @generated
	 * @ordered
	 */
	protected double longitude = LONGITUDE_EDEFAULT;

	/**
	 * The default value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected static final LocationType TYPE_EDEFAULT = LocationType.PUBLIC;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected LocationType type = TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getOwner() <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected static final String OWNER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOwner() <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected String owner = OWNER_EDEFAULT;

	/**
	 * The default value of the '{@link #getOwnerContact() <em>Owner Contact</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwnerContact()
	 * @generated
	 * @ordered
	 */
	protected static final String OWNER_CONTACT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOwnerContact() <em>Owner Contact</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwnerContact()
	 * @generated
	 * @ordered
	 */
	protected String ownerContact = OWNER_CONTACT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPanoramas() <em>Panoramas</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPanoramas()
	 * @generated
	 * @ordered
	 */
	protected EList<String> panoramas;

	/**
	 * The default value of the '{@link #getParking() <em>Parking</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParking()
	 * @generated
	 * @ordered
	 */
	protected static final String PARKING_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getParking() <em>Parking</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParking()
	 * @generated
	 * @ordered
	 */
	protected String parking = PARKING_EDEFAULT;

	/**
	 * The default value of the '{@link #getNearestHospital() <em>Nearest Hospital</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNearestHospital()
	 * @generated
	 * @ordered
	 */
	protected static final String NEAREST_HOSPITAL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNearestHospital() <em>Nearest Hospital</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNearestHospital()
	 * @generated
	 * @ordered
	 */
	protected String nearestHospital = NEAREST_HOSPITAL_EDEFAULT;

	/**
	 * The default value of the '{@link #isRoad() <em>Road</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRoad()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ROAD_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isRoad() <em>Road</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRoad()
	 * @generated
	 * @ordered
	 */
	protected boolean road = ROAD_EDEFAULT;

	/**
	 * The default value of the '{@link #isLandmark() <em>Landmark</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLandmark()
	 * @generated
	 * @ordered
	 */
	protected static final boolean LANDMARK_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isLandmark() <em>Landmark</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLandmark()
	 * @generated
	 * @ordered
	 */
	protected boolean landmark = LANDMARK_EDEFAULT;

	/**
	 * The cached value of the '{@link #getUnavailable() <em>Unavailable</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnavailable()
	 * @generated
	 * @ordered
	 */
	protected EList<DateRange> unavailable;

	/**
	 * The default value of the '{@link #getBaseCamp() <em>Base Camp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseCamp()
	 * @generated
	 * @ordered
	 */
	protected static final String BASE_CAMP_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBaseCamp() <em>Base Camp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseCamp()
	 * @generated
	 * @ordered
	 */
	protected String baseCamp = BASE_CAMP_EDEFAULT;

	/**
	 * The default value of the '{@link #getPower() <em>Power</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPower()
	 * @generated
	 * @ordered
	 */
	protected static final String POWER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPower() <em>Power</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPower()
	 * @generated
	 * @ordered
	 */
	protected String power = POWER_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPins() <em>Pins</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPins()
	 * @generated
	 * @ordered
	 */
	protected EList<PanoramaPin> pins;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LocationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return StudioPackage.Literals.LOCATION;
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
			eNotify(new ENotificationImpl(this, Notification.SET, StudioPackage.LOCATION__NAME, oldName, name));
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
			eNotify(new ENotificationImpl(this, Notification.SET, StudioPackage.LOCATION__NAME_ZH, oldNameZh, nameZh));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAddress() {
		return address;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAddress(String newAddress) {
		String oldAddress = address;
		address = newAddress;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudioPackage.LOCATION__ADDRESS, oldAddress, address));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getLatitude() {
		return latitude;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLatitude(double newLatitude) {
		double oldLatitude = latitude;
		latitude = newLatitude;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudioPackage.LOCATION__LATITUDE, oldLatitude, latitude));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getLongitude() {
		return longitude;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLongitude(double newLongitude) {
		double oldLongitude = longitude;
		longitude = newLongitude;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudioPackage.LOCATION__LONGITUDE, oldLongitude, longitude));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocationType getType() {
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(LocationType newType) {
		LocationType oldType = type;
		type = newType == null ? TYPE_EDEFAULT : newType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudioPackage.LOCATION__TYPE, oldType, type));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOwner() {
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwner(String newOwner) {
		String oldOwner = owner;
		owner = newOwner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudioPackage.LOCATION__OWNER, oldOwner, owner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOwnerContact() {
		return ownerContact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwnerContact(String newOwnerContact) {
		String oldOwnerContact = ownerContact;
		ownerContact = newOwnerContact;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudioPackage.LOCATION__OWNER_CONTACT, oldOwnerContact, ownerContact));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getPanoramas() {
		if (panoramas == null) {
			panoramas = new EDataTypeUniqueEList<String>(String.class, this, StudioPackage.LOCATION__PANORAMAS);
		}
		return panoramas;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getParking() {
		return parking;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParking(String newParking) {
		String oldParking = parking;
		parking = newParking;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudioPackage.LOCATION__PARKING, oldParking, parking));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNearestHospital() {
		return nearestHospital;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNearestHospital(String newNearestHospital) {
		String oldNearestHospital = nearestHospital;
		nearestHospital = newNearestHospital;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudioPackage.LOCATION__NEAREST_HOSPITAL, oldNearestHospital, nearestHospital));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isRoad() {
		return road;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRoad(boolean newRoad) {
		boolean oldRoad = road;
		road = newRoad;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudioPackage.LOCATION__ROAD, oldRoad, road));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isLandmark() {
		return landmark;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLandmark(boolean newLandmark) {
		boolean oldLandmark = landmark;
		landmark = newLandmark;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudioPackage.LOCATION__LANDMARK, oldLandmark, landmark));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DateRange> getUnavailable() {
		if (unavailable == null) {
			unavailable = new EObjectContainmentEList<DateRange>(DateRange.class, this, StudioPackage.LOCATION__UNAVAILABLE);
		}
		return unavailable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBaseCamp() {
		return baseCamp;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBaseCamp(String newBaseCamp) {
		String oldBaseCamp = baseCamp;
		baseCamp = newBaseCamp;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudioPackage.LOCATION__BASE_CAMP, oldBaseCamp, baseCamp));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPower() {
		return power;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPower(String newPower) {
		String oldPower = power;
		power = newPower;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudioPackage.LOCATION__POWER, oldPower, power));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PanoramaPin> getPins() {
		if (pins == null) {
			pins = new EObjectContainmentEList<PanoramaPin>(PanoramaPin.class, this, StudioPackage.LOCATION__PINS);
		}
		return pins;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case StudioPackage.LOCATION__UNAVAILABLE:
				return ((InternalEList<?>)getUnavailable()).basicRemove(otherEnd, msgs);
			case StudioPackage.LOCATION__PINS:
				return ((InternalEList<?>)getPins()).basicRemove(otherEnd, msgs);
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
			case StudioPackage.LOCATION__NAME:
				return getName();
			case StudioPackage.LOCATION__NAME_ZH:
				return getNameZh();
			case StudioPackage.LOCATION__ADDRESS:
				return getAddress();
			case StudioPackage.LOCATION__LATITUDE:
				return getLatitude();
			case StudioPackage.LOCATION__LONGITUDE:
				return getLongitude();
			case StudioPackage.LOCATION__TYPE:
				return getType();
			case StudioPackage.LOCATION__OWNER:
				return getOwner();
			case StudioPackage.LOCATION__OWNER_CONTACT:
				return getOwnerContact();
			case StudioPackage.LOCATION__PANORAMAS:
				return getPanoramas();
			case StudioPackage.LOCATION__PARKING:
				return getParking();
			case StudioPackage.LOCATION__NEAREST_HOSPITAL:
				return getNearestHospital();
			case StudioPackage.LOCATION__ROAD:
				return isRoad();
			case StudioPackage.LOCATION__LANDMARK:
				return isLandmark();
			case StudioPackage.LOCATION__UNAVAILABLE:
				return getUnavailable();
			case StudioPackage.LOCATION__BASE_CAMP:
				return getBaseCamp();
			case StudioPackage.LOCATION__POWER:
				return getPower();
			case StudioPackage.LOCATION__PINS:
				return getPins();
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
			case StudioPackage.LOCATION__NAME:
				setName((String)newValue);
				return;
			case StudioPackage.LOCATION__NAME_ZH:
				setNameZh((String)newValue);
				return;
			case StudioPackage.LOCATION__ADDRESS:
				setAddress((String)newValue);
				return;
			case StudioPackage.LOCATION__LATITUDE:
				setLatitude((Double)newValue);
				return;
			case StudioPackage.LOCATION__LONGITUDE:
				setLongitude((Double)newValue);
				return;
			case StudioPackage.LOCATION__TYPE:
				setType((LocationType)newValue);
				return;
			case StudioPackage.LOCATION__OWNER:
				setOwner((String)newValue);
				return;
			case StudioPackage.LOCATION__OWNER_CONTACT:
				setOwnerContact((String)newValue);
				return;
			case StudioPackage.LOCATION__PANORAMAS:
				getPanoramas().clear();
				getPanoramas().addAll((Collection<? extends String>)newValue);
				return;
			case StudioPackage.LOCATION__PARKING:
				setParking((String)newValue);
				return;
			case StudioPackage.LOCATION__NEAREST_HOSPITAL:
				setNearestHospital((String)newValue);
				return;
			case StudioPackage.LOCATION__ROAD:
				setRoad((Boolean)newValue);
				return;
			case StudioPackage.LOCATION__LANDMARK:
				setLandmark((Boolean)newValue);
				return;
			case StudioPackage.LOCATION__UNAVAILABLE:
				getUnavailable().clear();
				getUnavailable().addAll((Collection<? extends DateRange>)newValue);
				return;
			case StudioPackage.LOCATION__BASE_CAMP:
				setBaseCamp((String)newValue);
				return;
			case StudioPackage.LOCATION__POWER:
				setPower((String)newValue);
				return;
			case StudioPackage.LOCATION__PINS:
				getPins().clear();
				getPins().addAll((Collection<? extends PanoramaPin>)newValue);
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
			case StudioPackage.LOCATION__NAME:
				setName(NAME_EDEFAULT);
				return;
			case StudioPackage.LOCATION__NAME_ZH:
				setNameZh(NAME_ZH_EDEFAULT);
				return;
			case StudioPackage.LOCATION__ADDRESS:
				setAddress(ADDRESS_EDEFAULT);
				return;
			case StudioPackage.LOCATION__LATITUDE:
				setLatitude(LATITUDE_EDEFAULT);
				return;
			case StudioPackage.LOCATION__LONGITUDE:
				setLongitude(LONGITUDE_EDEFAULT);
				return;
			case StudioPackage.LOCATION__TYPE:
				setType(TYPE_EDEFAULT);
				return;
			case StudioPackage.LOCATION__OWNER:
				setOwner(OWNER_EDEFAULT);
				return;
			case StudioPackage.LOCATION__OWNER_CONTACT:
				setOwnerContact(OWNER_CONTACT_EDEFAULT);
				return;
			case StudioPackage.LOCATION__PANORAMAS:
				getPanoramas().clear();
				return;
			case StudioPackage.LOCATION__PARKING:
				setParking(PARKING_EDEFAULT);
				return;
			case StudioPackage.LOCATION__NEAREST_HOSPITAL:
				setNearestHospital(NEAREST_HOSPITAL_EDEFAULT);
				return;
			case StudioPackage.LOCATION__ROAD:
				setRoad(ROAD_EDEFAULT);
				return;
			case StudioPackage.LOCATION__LANDMARK:
				setLandmark(LANDMARK_EDEFAULT);
				return;
			case StudioPackage.LOCATION__UNAVAILABLE:
				getUnavailable().clear();
				return;
			case StudioPackage.LOCATION__BASE_CAMP:
				setBaseCamp(BASE_CAMP_EDEFAULT);
				return;
			case StudioPackage.LOCATION__POWER:
				setPower(POWER_EDEFAULT);
				return;
			case StudioPackage.LOCATION__PINS:
				getPins().clear();
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
			case StudioPackage.LOCATION__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case StudioPackage.LOCATION__NAME_ZH:
				return NAME_ZH_EDEFAULT == null ? nameZh != null : !NAME_ZH_EDEFAULT.equals(nameZh);
			case StudioPackage.LOCATION__ADDRESS:
				return ADDRESS_EDEFAULT == null ? address != null : !ADDRESS_EDEFAULT.equals(address);
			case StudioPackage.LOCATION__LATITUDE:
				return latitude != LATITUDE_EDEFAULT;
			case StudioPackage.LOCATION__LONGITUDE:
				return longitude != LONGITUDE_EDEFAULT;
			case StudioPackage.LOCATION__TYPE:
				return type != TYPE_EDEFAULT;
			case StudioPackage.LOCATION__OWNER:
				return OWNER_EDEFAULT == null ? owner != null : !OWNER_EDEFAULT.equals(owner);
			case StudioPackage.LOCATION__OWNER_CONTACT:
				return OWNER_CONTACT_EDEFAULT == null ? ownerContact != null : !OWNER_CONTACT_EDEFAULT.equals(ownerContact);
			case StudioPackage.LOCATION__PANORAMAS:
				return panoramas != null && !panoramas.isEmpty();
			case StudioPackage.LOCATION__PARKING:
				return PARKING_EDEFAULT == null ? parking != null : !PARKING_EDEFAULT.equals(parking);
			case StudioPackage.LOCATION__NEAREST_HOSPITAL:
				return NEAREST_HOSPITAL_EDEFAULT == null ? nearestHospital != null : !NEAREST_HOSPITAL_EDEFAULT.equals(nearestHospital);
			case StudioPackage.LOCATION__ROAD:
				return road != ROAD_EDEFAULT;
			case StudioPackage.LOCATION__LANDMARK:
				return landmark != LANDMARK_EDEFAULT;
			case StudioPackage.LOCATION__UNAVAILABLE:
				return unavailable != null && !unavailable.isEmpty();
			case StudioPackage.LOCATION__BASE_CAMP:
				return BASE_CAMP_EDEFAULT == null ? baseCamp != null : !BASE_CAMP_EDEFAULT.equals(baseCamp);
			case StudioPackage.LOCATION__POWER:
				return POWER_EDEFAULT == null ? power != null : !POWER_EDEFAULT.equals(power);
			case StudioPackage.LOCATION__PINS:
				return pins != null && !pins.isEmpty();
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
		result.append(", nameZh: ");
		result.append(nameZh);
		result.append(", address: ");
		result.append(address);
		result.append(", latitude: ");
		result.append(latitude);
		result.append(", longitude: ");
		result.append(longitude);
		result.append(", type: ");
		result.append(type);
		result.append(", owner: ");
		result.append(owner);
		result.append(", ownerContact: ");
		result.append(ownerContact);
		result.append(", panoramas: ");
		result.append(panoramas);
		result.append(", parking: ");
		result.append(parking);
		result.append(", nearestHospital: ");
		result.append(nearestHospital);
		result.append(", road: ");
		result.append(road);
		result.append(", landmark: ");
		result.append(landmark);
		result.append(", baseCamp: ");
		result.append(baseCamp);
		result.append(", power: ");
		result.append(power);
		result.append(')');
		return result.toString();
	}

} //LocationImpl
