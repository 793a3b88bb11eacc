/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.studio.impl;

import java.util.Collection;

import org.backlot.model.lighting.FixtureType;

import org.backlot.model.permits.Authority;

import org.backlot.model.production.impl.IdentifiedImpl;

import org.backlot.model.studio.Apartment;
import org.backlot.model.studio.Booking;
import org.backlot.model.studio.DigitalAsset;
import org.backlot.model.studio.Extra;
import org.backlot.model.studio.FixtureStock;
import org.backlot.model.studio.InventoryItem;
import org.backlot.model.studio.Location;
import org.backlot.model.studio.Stage;
import org.backlot.model.studio.Studio;
import org.backlot.model.studio.StudioPackage;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Studio</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.backlot.model.studio.impl.StudioImpl#getFileVersion <em>File Version</em>}</li>
 *   <li>{@link org.backlot.model.studio.impl.StudioImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.backlot.model.studio.impl.StudioImpl#getNameZh <em>Name Zh</em>}</li>
 *   <li>{@link org.backlot.model.studio.impl.StudioImpl#getAddress <em>Address</em>}</li>
 *   <li>{@link org.backlot.model.studio.impl.StudioImpl#getStages <em>Stages</em>}</li>
 *   <li>{@link org.backlot.model.studio.impl.StudioImpl#getInventory <em>Inventory</em>}</li>
 *   <li>{@link org.backlot.model.studio.impl.StudioImpl#getExtras <em>Extras</em>}</li>
 *   <li>{@link org.backlot.model.studio.impl.StudioImpl#getApartments <em>Apartments</em>}</li>
 *   <li>{@link org.backlot.model.studio.impl.StudioImpl#getLocations <em>Locations</em>}</li>
 *   <li>{@link org.backlot.model.studio.impl.StudioImpl#getFixtureTypes <em>Fixture Types</em>}</li>
 *   <li>{@link org.backlot.model.studio.impl.StudioImpl#getFixtureStock <em>Fixture Stock</em>}</li>
 *   <li>{@link org.backlot.model.studio.impl.StudioImpl#getAuthorities <em>Authorities</em>}</li>
 *   <li>{@link org.backlot.model.studio.impl.StudioImpl#getBookings <em>Bookings</em>}</li>
 *   <li>{@link org.backlot.model.studio.impl.StudioImpl#getLatitude <em>Latitude</em>}</li>
 *   <li>{@link org.backlot.model.studio.impl.StudioImpl#getLongitude <em>Longitude</em>}</li>
 *   <li>{@link org.backlot.model.studio.impl.StudioImpl#getTimeZone <em>Time Zone</em>}</li>
 *   <li>{@link org.backlot.model.studio.impl.StudioImpl#getAssets <em>Assets</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StudioImpl extends IdentifiedImpl implements Studio {
	/**
	 * The default value of the '{@link #getFileVersion() <em>File Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFileVersion()
	 * @generated
	 * @ordered
	 */
	protected static final int FILE_VERSION_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFileVersion() <em>File Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFileVersion()
	 * @generated
	 * @ordered
	 */
	protected int fileVersion = FILE_VERSION_EDEFAULT;

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
	 * The cached value of the '{@link #getStages() <em>Stages</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStages()
	 * @generated
	 * @ordered
	 */
	protected EList<Stage> stages;

	/**
	 * The cached value of the '{@link #getInventory() <em>Inventory</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInventory()
	 * @generated
	 * @ordered
	 */
	protected EList<InventoryItem> inventory;

	/**
	 * The cached value of the '{@link #getExtras() <em>Extras</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExtras()
	 * @generated
	 * @ordered
	 */
	protected EList<Extra> extras;

	/**
	 * The cached value of the '{@link #getApartments() <em>Apartments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApartments()
	 * @generated
	 * @ordered
	 */
	protected EList<Apartment> apartments;

	/**
	 * The cached value of the '{@link #getLocations() <em>Locations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocations()
	 * @generated
	 * @ordered
	 */
	protected EList<Location> locations;

	/**
	 * The cached value of the '{@link #getFixtureTypes() <em>Fixture Types</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFixtureTypes()
	 * @generated
	 * @ordered
	 */
	protected EList<FixtureType> fixtureTypes;

	/**
	 * The cached value of the '{@link #getFixtureStock() <em>Fixture Stock</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFixtureStock()
	 * @generated
	 * @ordered
	 */
	protected EList<FixtureStock> fixtureStock;

	/**
	 * The cached value of the '{@link #getAuthorities() <em>Authorities</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthorities()
	 * @generated
	 * @ordered
	 */
	protected EList<Authority> authorities;

	/**
	 * The cached value of the '{@link #getBookings() <em>Bookings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBookings()
	 * @generated
	 * @ordered
	 */
	protected EList<Booking> bookings;

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
	 * The default value of the '{@link #getTimeZone() <em>Time Zone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeZone()
	 * @generated
	 * @ordered
	 */
	protected static final String TIME_ZONE_EDEFAULT = "Asia/Shanghai";

	/**
	 * The cached value of the '{@link #getTimeZone() <em>Time Zone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeZone()
	 * @generated
	 * @ordered
	 */
	protected String timeZone = TIME_ZONE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAssets() <em>Assets</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssets()
	 * @generated
	 * @ordered
	 */
	protected EList<DigitalAsset> assets;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StudioImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return StudioPackage.Literals.STUDIO;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFileVersion() {
		return fileVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFileVersion(int newFileVersion) {
		int oldFileVersion = fileVersion;
		fileVersion = newFileVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudioPackage.STUDIO__FILE_VERSION, oldFileVersion, fileVersion));
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
			eNotify(new ENotificationImpl(this, Notification.SET, StudioPackage.STUDIO__NAME, oldName, name));
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
			eNotify(new ENotificationImpl(this, Notification.SET, StudioPackage.STUDIO__NAME_ZH, oldNameZh, nameZh));
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
			eNotify(new ENotificationImpl(this, Notification.SET, StudioPackage.STUDIO__ADDRESS, oldAddress, address));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Stage> getStages() {
		if (stages == null) {
			stages = new EObjectContainmentEList<Stage>(Stage.class, this, StudioPackage.STUDIO__STAGES);
		}
		return stages;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<InventoryItem> getInventory() {
		if (inventory == null) {
			inventory = new EObjectContainmentEList<InventoryItem>(InventoryItem.class, this, StudioPackage.STUDIO__INVENTORY);
		}
		return inventory;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Extra> getExtras() {
		if (extras == null) {
			extras = new EObjectContainmentEList<Extra>(Extra.class, this, StudioPackage.STUDIO__EXTRAS);
		}
		return extras;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Apartment> getApartments() {
		if (apartments == null) {
			apartments = new EObjectContainmentEList<Apartment>(Apartment.class, this, StudioPackage.STUDIO__APARTMENTS);
		}
		return apartments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Location> getLocations() {
		if (locations == null) {
			locations = new EObjectContainmentEList<Location>(Location.class, this, StudioPackage.STUDIO__LOCATIONS);
		}
		return locations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<FixtureType> getFixtureTypes() {
		if (fixtureTypes == null) {
			fixtureTypes = new EObjectContainmentEList<FixtureType>(FixtureType.class, this, StudioPackage.STUDIO__FIXTURE_TYPES);
		}
		return fixtureTypes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<FixtureStock> getFixtureStock() {
		if (fixtureStock == null) {
			fixtureStock = new EObjectContainmentEList<FixtureStock>(FixtureStock.class, this, StudioPackage.STUDIO__FIXTURE_STOCK);
		}
		return fixtureStock;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Authority> getAuthorities() {
		if (authorities == null) {
			authorities = new EObjectContainmentEList<Authority>(Authority.class, this, StudioPackage.STUDIO__AUTHORITIES);
		}
		return authorities;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Booking> getBookings() {
		if (bookings == null) {
			bookings = new EObjectContainmentEList<Booking>(Booking.class, this, StudioPackage.STUDIO__BOOKINGS);
		}
		return bookings;
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
			eNotify(new ENotificationImpl(this, Notification.SET, StudioPackage.STUDIO__LATITUDE, oldLatitude, latitude));
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
			eNotify(new ENotificationImpl(this, Notification.SET, StudioPackage.STUDIO__LONGITUDE, oldLongitude, longitude));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTimeZone() {
		return timeZone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTimeZone(String newTimeZone) {
		String oldTimeZone = timeZone;
		timeZone = newTimeZone;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudioPackage.STUDIO__TIME_ZONE, oldTimeZone, timeZone));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DigitalAsset> getAssets() {
		if (assets == null) {
			assets = new EObjectContainmentEList<DigitalAsset>(DigitalAsset.class, this, StudioPackage.STUDIO__ASSETS);
		}
		return assets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case StudioPackage.STUDIO__STAGES:
				return ((InternalEList<?>)getStages()).basicRemove(otherEnd, msgs);
			case StudioPackage.STUDIO__INVENTORY:
				return ((InternalEList<?>)getInventory()).basicRemove(otherEnd, msgs);
			case StudioPackage.STUDIO__EXTRAS:
				return ((InternalEList<?>)getExtras()).basicRemove(otherEnd, msgs);
			case StudioPackage.STUDIO__APARTMENTS:
				return ((InternalEList<?>)getApartments()).basicRemove(otherEnd, msgs);
			case StudioPackage.STUDIO__LOCATIONS:
				return ((InternalEList<?>)getLocations()).basicRemove(otherEnd, msgs);
			case StudioPackage.STUDIO__FIXTURE_TYPES:
				return ((InternalEList<?>)getFixtureTypes()).basicRemove(otherEnd, msgs);
			case StudioPackage.STUDIO__FIXTURE_STOCK:
				return ((InternalEList<?>)getFixtureStock()).basicRemove(otherEnd, msgs);
			case StudioPackage.STUDIO__AUTHORITIES:
				return ((InternalEList<?>)getAuthorities()).basicRemove(otherEnd, msgs);
			case StudioPackage.STUDIO__BOOKINGS:
				return ((InternalEList<?>)getBookings()).basicRemove(otherEnd, msgs);
			case StudioPackage.STUDIO__ASSETS:
				return ((InternalEList<?>)getAssets()).basicRemove(otherEnd, msgs);
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
			case StudioPackage.STUDIO__FILE_VERSION:
				return getFileVersion();
			case StudioPackage.STUDIO__NAME:
				return getName();
			case StudioPackage.STUDIO__NAME_ZH:
				return getNameZh();
			case StudioPackage.STUDIO__ADDRESS:
				return getAddress();
			case StudioPackage.STUDIO__STAGES:
				return getStages();
			case StudioPackage.STUDIO__INVENTORY:
				return getInventory();
			case StudioPackage.STUDIO__EXTRAS:
				return getExtras();
			case StudioPackage.STUDIO__APARTMENTS:
				return getApartments();
			case StudioPackage.STUDIO__LOCATIONS:
				return getLocations();
			case StudioPackage.STUDIO__FIXTURE_TYPES:
				return getFixtureTypes();
			case StudioPackage.STUDIO__FIXTURE_STOCK:
				return getFixtureStock();
			case StudioPackage.STUDIO__AUTHORITIES:
				return getAuthorities();
			case StudioPackage.STUDIO__BOOKINGS:
				return getBookings();
			case StudioPackage.STUDIO__LATITUDE:
				return getLatitude();
			case StudioPackage.STUDIO__LONGITUDE:
				return getLongitude();
			case StudioPackage.STUDIO__TIME_ZONE:
				return getTimeZone();
			case StudioPackage.STUDIO__ASSETS:
				return getAssets();
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
			case StudioPackage.STUDIO__FILE_VERSION:
				setFileVersion((Integer)newValue);
				return;
			case StudioPackage.STUDIO__NAME:
				setName((String)newValue);
				return;
			case StudioPackage.STUDIO__NAME_ZH:
				setNameZh((String)newValue);
				return;
			case StudioPackage.STUDIO__ADDRESS:
				setAddress((String)newValue);
				return;
			case StudioPackage.STUDIO__STAGES:
				getStages().clear();
				getStages().addAll((Collection<? extends Stage>)newValue);
				return;
			case StudioPackage.STUDIO__INVENTORY:
				getInventory().clear();
				getInventory().addAll((Collection<? extends InventoryItem>)newValue);
				return;
			case StudioPackage.STUDIO__EXTRAS:
				getExtras().clear();
				getExtras().addAll((Collection<? extends Extra>)newValue);
				return;
			case StudioPackage.STUDIO__APARTMENTS:
				getApartments().clear();
				getApartments().addAll((Collection<? extends Apartment>)newValue);
				return;
			case StudioPackage.STUDIO__LOCATIONS:
				getLocations().clear();
				getLocations().addAll((Collection<? extends Location>)newValue);
				return;
			case StudioPackage.STUDIO__FIXTURE_TYPES:
				getFixtureTypes().clear();
				getFixtureTypes().addAll((Collection<? extends FixtureType>)newValue);
				return;
			case StudioPackage.STUDIO__FIXTURE_STOCK:
				getFixtureStock().clear();
				getFixtureStock().addAll((Collection<? extends FixtureStock>)newValue);
				return;
			case StudioPackage.STUDIO__AUTHORITIES:
				getAuthorities().clear();
				getAuthorities().addAll((Collection<? extends Authority>)newValue);
				return;
			case StudioPackage.STUDIO__BOOKINGS:
				getBookings().clear();
				getBookings().addAll((Collection<? extends Booking>)newValue);
				return;
			case StudioPackage.STUDIO__LATITUDE:
				setLatitude((Double)newValue);
				return;
			case StudioPackage.STUDIO__LONGITUDE:
				setLongitude((Double)newValue);
				return;
			case StudioPackage.STUDIO__TIME_ZONE:
				setTimeZone((String)newValue);
				return;
			case StudioPackage.STUDIO__ASSETS:
				getAssets().clear();
				getAssets().addAll((Collection<? extends DigitalAsset>)newValue);
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
			case StudioPackage.STUDIO__FILE_VERSION:
				setFileVersion(FILE_VERSION_EDEFAULT);
				return;
			case StudioPackage.STUDIO__NAME:
				setName(NAME_EDEFAULT);
				return;
			case StudioPackage.STUDIO__NAME_ZH:
				setNameZh(NAME_ZH_EDEFAULT);
				return;
			case StudioPackage.STUDIO__ADDRESS:
				setAddress(ADDRESS_EDEFAULT);
				return;
			case StudioPackage.STUDIO__STAGES:
				getStages().clear();
				return;
			case StudioPackage.STUDIO__INVENTORY:
				getInventory().clear();
				return;
			case StudioPackage.STUDIO__EXTRAS:
				getExtras().clear();
				return;
			case StudioPackage.STUDIO__APARTMENTS:
				getApartments().clear();
				return;
			case StudioPackage.STUDIO__LOCATIONS:
				getLocations().clear();
				return;
			case StudioPackage.STUDIO__FIXTURE_TYPES:
				getFixtureTypes().clear();
				return;
			case StudioPackage.STUDIO__FIXTURE_STOCK:
				getFixtureStock().clear();
				return;
			case StudioPackage.STUDIO__AUTHORITIES:
				getAuthorities().clear();
				return;
			case StudioPackage.STUDIO__BOOKINGS:
				getBookings().clear();
				return;
			case StudioPackage.STUDIO__LATITUDE:
				setLatitude(LATITUDE_EDEFAULT);
				return;
			case StudioPackage.STUDIO__LONGITUDE:
				setLongitude(LONGITUDE_EDEFAULT);
				return;
			case StudioPackage.STUDIO__TIME_ZONE:
				setTimeZone(TIME_ZONE_EDEFAULT);
				return;
			case StudioPackage.STUDIO__ASSETS:
				getAssets().clear();
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
			case StudioPackage.STUDIO__FILE_VERSION:
				return fileVersion != FILE_VERSION_EDEFAULT;
			case StudioPackage.STUDIO__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case StudioPackage.STUDIO__NAME_ZH:
				return NAME_ZH_EDEFAULT == null ? nameZh != null : !NAME_ZH_EDEFAULT.equals(nameZh);
			case StudioPackage.STUDIO__ADDRESS:
				return ADDRESS_EDEFAULT == null ? address != null : !ADDRESS_EDEFAULT.equals(address);
			case StudioPackage.STUDIO__STAGES:
				return stages != null && !stages.isEmpty();
			case StudioPackage.STUDIO__INVENTORY:
				return inventory != null && !inventory.isEmpty();
			case StudioPackage.STUDIO__EXTRAS:
				return extras != null && !extras.isEmpty();
			case StudioPackage.STUDIO__APARTMENTS:
				return apartments != null && !apartments.isEmpty();
			case StudioPackage.STUDIO__LOCATIONS:
				return locations != null && !locations.isEmpty();
			case StudioPackage.STUDIO__FIXTURE_TYPES:
				return fixtureTypes != null && !fixtureTypes.isEmpty();
			case StudioPackage.STUDIO__FIXTURE_STOCK:
				return fixtureStock != null && !fixtureStock.isEmpty();
			case StudioPackage.STUDIO__AUTHORITIES:
				return authorities != null && !authorities.isEmpty();
			case StudioPackage.STUDIO__BOOKINGS:
				return bookings != null && !bookings.isEmpty();
			case StudioPackage.STUDIO__LATITUDE:
				return latitude != LATITUDE_EDEFAULT;
			case StudioPackage.STUDIO__LONGITUDE:
				return longitude != LONGITUDE_EDEFAULT;
			case StudioPackage.STUDIO__TIME_ZONE:
				return TIME_ZONE_EDEFAULT == null ? timeZone != null : !TIME_ZONE_EDEFAULT.equals(timeZone);
			case StudioPackage.STUDIO__ASSETS:
				return assets != null && !assets.isEmpty();
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
		result.append(" (fileVersion: ");
		result.append(fileVersion);
		result.append(", name: ");
		result.append(name);
		result.append(", nameZh: ");
		result.append(nameZh);
		result.append(", address: ");
		result.append(address);
		result.append(", latitude: ");
		result.append(latitude);
		result.append(", longitude: ");
		result.append(longitude);
		result.append(", timeZone: ");
		result.append(timeZone);
		result.append(')');
		return result.toString();
	}

} //StudioImpl
