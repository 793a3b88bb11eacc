/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.studio.impl;

import java.util.Date;

import org.backlot.model.production.impl.IdentifiedImpl;

import org.backlot.model.studio.Booking;
import org.backlot.model.studio.BookingPurpose;
import org.backlot.model.studio.BookingStatus;
import org.backlot.model.studio.StudioPackage;
import org.backlot.model.studio.StudioResource;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Booking</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.backlot.model.studio.impl.BookingImpl#getResource <em>Resource</em>}</li>
 *   <li>{@link org.backlot.model.studio.impl.BookingImpl#getProductionId <em>Production Id</em>}</li>
 *   <li>{@link org.backlot.model.studio.impl.BookingImpl#getProductionTitle <em>Production Title</em>}</li>
 *   <li>{@link org.backlot.model.studio.impl.BookingImpl#getFrom <em>From</em>}</li>
 *   <li>{@link org.backlot.model.studio.impl.BookingImpl#getTo <em>To</em>}</li>
 *   <li>{@link org.backlot.model.studio.impl.BookingImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.backlot.model.studio.impl.BookingImpl#getQuantity <em>Quantity</em>}</li>
 *   <li>{@link org.backlot.model.studio.impl.BookingImpl#getNote <em>Note</em>}</li>
 *   <li>{@link org.backlot.model.studio.impl.BookingImpl#getPurpose <em>Purpose</em>}</li>
 *   <li>{@link org.backlot.model.studio.impl.BookingImpl#getOccupant <em>Occupant</em>}</li>
 *   <li>{@link org.backlot.model.studio.impl.BookingImpl#getCallTime <em>Call Time</em>}</li>
 *   <li>{@link org.backlot.model.studio.impl.BookingImpl#getElementId <em>Element Id</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BookingImpl extends IdentifiedImpl implements Booking {
	/**
	 * The cached value of the '{@link #getResource() <em>Resource</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResource()
	 * @generated
	 * @ordered
	 */
	protected StudioResource resource;

	/**
	 * The default value of the '{@link #getProductionId() <em>Production Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProductionId()
	 * @generated
	 * @ordered
	 */
	protected static final String PRODUCTION_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProductionId() <em>Production Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProductionId()
	 * @generated
	 * @ordered
	 */
	protected String productionId = PRODUCTION_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getProductionTitle() <em>Production Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProductionTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String PRODUCTION_TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProductionTitle() <em>Production Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProductionTitle()
	 * @generated
	 * @ordered
	 */
	protected String productionTitle = PRODUCTION_TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getFrom() <em>From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrom()
	 * @generated
	 * @ordered
	 */
	protected static final Date FROM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFrom() <em>From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrom()
	 * @generated
	 * @ordered
	 */
	protected Date from = FROM_EDEFAULT;

	/**
	 * The default value of the '{@link #getTo() <em>To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTo()
	 * @generated
	 * @ordered
	 */
	protected static final Date TO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTo() <em>To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTo()
	 * @generated
	 * @ordered
	 */
	protected Date to = TO_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final BookingStatus STATUS_EDEFAULT = BookingStatus.TENTATIVE;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected BookingStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getQuantity() <em>Quantity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuantity()
	 * @generated
	 * @ordered
	 */
	protected static final int QUANTITY_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getQuantity() <em>Quantity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuantity()
	 * @generated
	 * @ordered
	 */
	protected int quantity = QUANTITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected String note = NOTE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPurpose() <em>Purpose</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPurpose()
	 * @generated
	 * @ordered
	 */
	protected static final BookingPurpose PURPOSE_EDEFAULT = BookingPurpose.SHOOT;

	/**
	 * The cached value of the '{@link #getPurpose() <em>Purpose</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPurpose()
	 * @generated
	 * @ordered
	 */
	protected BookingPurpose purpose = PURPOSE_EDEFAULT;

	/**
	 * The default value of the '{@link #getOccupant() <em>Occupant</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOccupant()
	 * @generated
	 * @ordered
	 */
	protected static final String OCCUPANT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOccupant() <em>Occupant</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOccupant()
	 * @generated
	 * @ordered
	 */
	protected String occupant = OCCUPANT_EDEFAULT;

	/**
	 * The default value of the '{@link #getCallTime() <em>Call Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCallTime()
	 * @generated
	 * @ordered
	 */
	protected static final String CALL_TIME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCallTime() <em>Call Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCallTime()
	 * @generated
	 * @ordered
	 */
	protected String callTime = CALL_TIME_EDEFAULT;

	/**
	 * The default value of the '{@link #getElementId() <em>Element Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getElementId()
	 * @generated
	 * @ordered
	 */
	protected static final String ELEMENT_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getElementId() <em>Element Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getElementId()
	 * @generated
	 * @ordered
	 */
	protected String elementId = ELEMENT_ID_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BookingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return StudioPackage.Literals.BOOKING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StudioResource getResource() {
		if (resource != null && resource.eIsProxy()) {
			InternalEObject oldResource = (InternalEObject)resource;
			resource = (StudioResource)eResolveProxy(oldResource);
			if (resource != oldResource) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, StudioPackage.BOOKING__RESOURCE, oldResource, resource));
			}
		}
		return resource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StudioResource basicGetResource() {
		return resource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResource(StudioResource newResource) {
		StudioResource oldResource = resource;
		resource = newResource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudioPackage.BOOKING__RESOURCE, oldResource, resource));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProductionId() {
		return productionId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProductionId(String newProductionId) {
		String oldProductionId = productionId;
		productionId = newProductionId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudioPackage.BOOKING__PRODUCTION_ID, oldProductionId, productionId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProductionTitle() {
		return productionTitle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProductionTitle(String newProductionTitle) {
		String oldProductionTitle = productionTitle;
		productionTitle = newProductionTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudioPackage.BOOKING__PRODUCTION_TITLE, oldProductionTitle, productionTitle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getFrom() {
		return from;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFrom(Date newFrom) {
		Date oldFrom = from;
		from = newFrom;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudioPackage.BOOKING__FROM, oldFrom, from));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getTo() {
		return to;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTo(Date newTo) {
		Date oldTo = to;
		to = newTo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudioPackage.BOOKING__TO, oldTo, to));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BookingStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(BookingStatus newStatus) {
		BookingStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudioPackage.BOOKING__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getQuantity() {
		return quantity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQuantity(int newQuantity) {
		int oldQuantity = quantity;
		quantity = newQuantity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudioPackage.BOOKING__QUANTITY, oldQuantity, quantity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNote() {
		return note;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNote(String newNote) {
		String oldNote = note;
		note = newNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudioPackage.BOOKING__NOTE, oldNote, note));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BookingPurpose getPurpose() {
		return purpose;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPurpose(BookingPurpose newPurpose) {
		BookingPurpose oldPurpose = purpose;
		purpose = newPurpose == null ? PURPOSE_EDEFAULT : newPurpose;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudioPackage.BOOKING__PURPOSE, oldPurpose, purpose));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOccupant() {
		return occupant;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOccupant(String newOccupant) {
		String oldOccupant = occupant;
		occupant = newOccupant;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudioPackage.BOOKING__OCCUPANT, oldOccupant, occupant));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCallTime() {
		return callTime;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCallTime(String newCallTime) {
		String oldCallTime = callTime;
		callTime = newCallTime;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudioPackage.BOOKING__CALL_TIME, oldCallTime, callTime));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getElementId() {
		return elementId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setElementId(String newElementId) {
		String oldElementId = elementId;
		elementId = newElementId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StudioPackage.BOOKING__ELEMENT_ID, oldElementId, elementId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case StudioPackage.BOOKING__RESOURCE:
				if (resolve) return getResource();
				return basicGetResource();
			case StudioPackage.BOOKING__PRODUCTION_ID:
				return getProductionId();
			case StudioPackage.BOOKING__PRODUCTION_TITLE:
				return getProductionTitle();
			case StudioPackage.BOOKING__FROM:
				return getFrom();
			case StudioPackage.BOOKING__TO:
				return getTo();
			case StudioPackage.BOOKING__STATUS:
				return getStatus();
			case StudioPackage.BOOKING__QUANTITY:
				return getQuantity();
			case StudioPackage.BOOKING__NOTE:
				return getNote();
			case StudioPackage.BOOKING__PURPOSE:
				return getPurpose();
			case StudioPackage.BOOKING__OCCUPANT:
				return getOccupant();
			case StudioPackage.BOOKING__CALL_TIME:
				return getCallTime();
			case StudioPackage.BOOKING__ELEMENT_ID:
				return getElementId();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case StudioPackage.BOOKING__RESOURCE:
				setResource((StudioResource)newValue);
				return;
			case StudioPackage.BOOKING__PRODUCTION_ID:
				setProductionId((String)newValue);
				return;
			case StudioPackage.BOOKING__PRODUCTION_TITLE:
				setProductionTitle((String)newValue);
				return;
			case StudioPackage.BOOKING__FROM:
				setFrom((Date)newValue);
				return;
			case StudioPackage.BOOKING__TO:
				setTo((Date)newValue);
				return;
			case StudioPackage.BOOKING__STATUS:
				setStatus((BookingStatus)newValue);
				return;
			case StudioPackage.BOOKING__QUANTITY:
				setQuantity((Integer)newValue);
				return;
			case StudioPackage.BOOKING__NOTE:
				setNote((String)newValue);
				return;
			case StudioPackage.BOOKING__PURPOSE:
				setPurpose((BookingPurpose)newValue);
				return;
			case StudioPackage.BOOKING__OCCUPANT:
				setOccupant((String)newValue);
				return;
			case StudioPackage.BOOKING__CALL_TIME:
				setCallTime((String)newValue);
				return;
			case StudioPackage.BOOKING__ELEMENT_ID:
				setElementId((String)newValue);
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
			case StudioPackage.BOOKING__RESOURCE:
				setResource((StudioResource)null);
				return;
			case StudioPackage.BOOKING__PRODUCTION_ID:
				setProductionId(PRODUCTION_ID_EDEFAULT);
				return;
			case StudioPackage.BOOKING__PRODUCTION_TITLE:
				setProductionTitle(PRODUCTION_TITLE_EDEFAULT);
				return;
			case StudioPackage.BOOKING__FROM:
				setFrom(FROM_EDEFAULT);
				return;
			case StudioPackage.BOOKING__TO:
				setTo(TO_EDEFAULT);
				return;
			case StudioPackage.BOOKING__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case StudioPackage.BOOKING__QUANTITY:
				setQuantity(QUANTITY_EDEFAULT);
				return;
			case StudioPackage.BOOKING__NOTE:
				setNote(NOTE_EDEFAULT);
				return;
			case StudioPackage.BOOKING__PURPOSE:
				setPurpose(PURPOSE_EDEFAULT);
				return;
			case StudioPackage.BOOKING__OCCUPANT:
				setOccupant(OCCUPANT_EDEFAULT);
				return;
			case StudioPackage.BOOKING__CALL_TIME:
				setCallTime(CALL_TIME_EDEFAULT);
				return;
			case StudioPackage.BOOKING__ELEMENT_ID:
				setElementId(ELEMENT_ID_EDEFAULT);
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
			case StudioPackage.BOOKING__RESOURCE:
				return resource != null;
			case StudioPackage.BOOKING__PRODUCTION_ID:
				return PRODUCTION_ID_EDEFAULT == null ? productionId != null : !PRODUCTION_ID_EDEFAULT.equals(productionId);
			case StudioPackage.BOOKING__PRODUCTION_TITLE:
				return PRODUCTION_TITLE_EDEFAULT == null ? productionTitle != null : !PRODUCTION_TITLE_EDEFAULT.equals(productionTitle);
			case StudioPackage.BOOKING__FROM:
				return FROM_EDEFAULT == null ? from != null : !FROM_EDEFAULT.equals(from);
			case StudioPackage.BOOKING__TO:
				return TO_EDEFAULT == null ? to != null : !TO_EDEFAULT.equals(to);
			case StudioPackage.BOOKING__STATUS:
				return status != STATUS_EDEFAULT;
			case StudioPackage.BOOKING__QUANTITY:
				return quantity != QUANTITY_EDEFAULT;
			case StudioPackage.BOOKING__NOTE:
				return NOTE_EDEFAULT == null ? note != null : !NOTE_EDEFAULT.equals(note);
			case StudioPackage.BOOKING__PURPOSE:
				return purpose != PURPOSE_EDEFAULT;
			case StudioPackage.BOOKING__OCCUPANT:
				return OCCUPANT_EDEFAULT == null ? occupant != null : !OCCUPANT_EDEFAULT.equals(occupant);
			case StudioPackage.BOOKING__CALL_TIME:
				return CALL_TIME_EDEFAULT == null ? callTime != null : !CALL_TIME_EDEFAULT.equals(callTime);
			case StudioPackage.BOOKING__ELEMENT_ID:
				return ELEMENT_ID_EDEFAULT == null ? elementId != null : !ELEMENT_ID_EDEFAULT.equals(elementId);
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
		result.append(" (productionId: ");
		result.append(productionId);
		result.append(", productionTitle: ");
		result.append(productionTitle);
		result.append(", from: ");
		result.append(from);
		result.append(", to: ");
		result.append(to);
		result.append(", status: ");
		result.append(status);
		result.append(", quantity: ");
		result.append(quantity);
		result.append(", note: ");
		result.append(note);
		result.append(", purpose: ");
		result.append(purpose);
		result.append(", occupant: ");
		result.append(occupant);
		result.append(", callTime: ");
		result.append(callTime);
		result.append(", elementId: ");
		result.append(elementId);
		result.append(')');
		return result.toString();
	}

} //BookingImpl
