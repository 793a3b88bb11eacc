/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.studio;

import java.util.Date;

import org.backlot.model.production.Identified;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Booking</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A resource reserved by a production for some days.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.backlot.model.studio.Booking#getResource <em>Resource</em>}</li>
 *   <li>{@link org.backlot.model.studio.Booking#getProductionId <em>Production Id</em>}</li>
 *   <li>{@link org.backlot.model.studio.Booking#getProductionTitle <em>Production Title</em>}</li>
 *   <li>{@link org.backlot.model.studio.Booking#getFrom <em>From</em>}</li>
 *   <li>{@link org.backlot.model.studio.Booking#getTo <em>To</em>}</li>
 *   <li>{@link org.backlot.model.studio.Booking#getStatus <em>Status</em>}</li>
 *   <li>{@link org.backlot.model.studio.Booking#getQuantity <em>Quantity</em>}</li>
 *   <li>{@link org.backlot.model.studio.Booking#getNote <em>Note</em>}</li>
 *   <li>{@link org.backlot.model.studio.Booking#getPurpose <em>Purpose</em>}</li>
 *   <li>{@link org.backlot.model.studio.Booking#getOccupant <em>Occupant</em>}</li>
 *   <li>{@link org.backlot.model.studio.Booking#getCallTime <em>Call Time</em>}</li>
 *   <li>{@link org.backlot.model.studio.Booking#getElementId <em>Element Id</em>}</li>
 * </ul>
 *
 * @see org.backlot.model.studio.StudioPackage#getBooking()
 * @model
 * @generated
 */
public interface Booking extends Identified {
	/**
	 * Returns the value of the '<em><b>Resource</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resource</em>' reference.
	 * @see #setResource(StudioResource)
	 * @see org.backlot.model.studio.StudioPackage#getBooking_Resource()
	 * @model
	 * @generated
	 */
	StudioResource getResource();

	/**
	 * Sets the value of the '{@link org.backlot.model.studio.Booking#getResource <em>Resource</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resource</em>' reference.
	 * @see #getResource()
	 * @generated
	 */
	void setResource(StudioResource value);

	/**
	 * Returns the value of the '<em><b>Production Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Id of the production that booked.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Production Id</em>' attribute.
	 * @see #setProductionId(String)
	 * @see org.backlot.model.studio.StudioPackage#getBooking_ProductionId()
	 * @model
	 * @generated
	 */
	String getProductionId();

	/**
	 * Sets the value of the '{@link org.backlot.model.studio.Booking#getProductionId <em>Production Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Production Id</em>' attribute.
	 * @see #getProductionId()
	 * @generated
	 */
	void setProductionId(String value);

	/**
	 * Returns the value of the '<em><b>Production Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Production Title</em>' attribute.
	 * @see #setProductionTitle(String)
	 * @see org.backlot.model.studio.StudioPackage#getBooking_ProductionTitle()
	 * @model
	 * @generated
	 */
	String getProductionTitle();

	/**
	 * Sets the value of the '{@link org.backlot.model.studio.Booking#getProductionTitle <em>Production Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Production Title</em>' attribute.
	 * @see #getProductionTitle()
	 * @generated
	 */
	void setProductionTitle(String value);

	/**
	 * Returns the value of the '<em><b>From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>From</em>' attribute.
	 * @see #setFrom(Date)
	 * @see org.backlot.model.studio.StudioPackage#getBooking_From()
	 * @model
	 * @generated
	 */
	Date getFrom();

	/**
	 * Sets the value of the '{@link org.backlot.model.studio.Booking#getFrom <em>From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>From</em>' attribute.
	 * @see #getFrom()
	 * @generated
	 */
	void setFrom(Date value);

	/**
	 * Returns the value of the '<em><b>To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>To</em>' attribute.
	 * @see #setTo(Date)
	 * @see org.backlot.model.studio.StudioPackage#getBooking_To()
	 * @model
	 * @generated
	 */
	Date getTo();

	/**
	 * Sets the value of the '{@link org.backlot.model.studio.Booking#getTo <em>To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>To</em>' attribute.
	 * @see #getTo()
	 * @generated
	 */
	void setTo(Date value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.backlot.model.studio.BookingStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.backlot.model.studio.BookingStatus
	 * @see #setStatus(BookingStatus)
	 * @see org.backlot.model.studio.StudioPackage#getBooking_Status()
	 * @model
	 * @generated
	 */
	BookingStatus getStatus();

	/**
	 * Sets the value of the '{@link org.backlot.model.studio.Booking#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.backlot.model.studio.BookingStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(BookingStatus value);

	/**
	 * Returns the value of the '<em><b>Quantity</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Quantity</em>' attribute.
	 * @see #setQuantity(int)
	 * @see org.backlot.model.studio.StudioPackage#getBooking_Quantity()
	 * @model default="1"
	 * @generated
	 */
	int getQuantity();

	/**
	 * Sets the value of the '{@link org.backlot.model.studio.Booking#getQuantity <em>Quantity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Quantity</em>' attribute.
	 * @see #getQuantity()
	 * @generated
	 */
	void setQuantity(int value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see org.backlot.model.studio.StudioPackage#getBooking_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link org.backlot.model.studio.Booking#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

	/**
	 * Returns the value of the '<em><b>Purpose</b></em>' attribute.
	 * The literals are from the enumeration {@link org.backlot.model.studio.BookingPurpose}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the days are for.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Purpose</em>' attribute.
	 * @see org.backlot.model.studio.BookingPurpose
	 * @see #setPurpose(BookingPurpose)
	 * @see org.backlot.model.studio.StudioPackage#getBooking_Purpose()
	 * @model
	 * @generated
	 */
	BookingPurpose getPurpose();

	/**
	 * Sets the value of the '{@link org.backlot.model.studio.Booking#getPurpose <em>Purpose</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Purpose</em>' attribute.
	 * @see org.backlot.model.studio.BookingPurpose
	 * @see #getPurpose()
	 * @generated
	 */
	void setPurpose(BookingPurpose value);

	/**
	 * Returns the value of the '<em><b>Occupant</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who the booking is for: the person staying in an apartment, or the element an item is reserved for.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Occupant</em>' attribute.
	 * @see #setOccupant(String)
	 * @see org.backlot.model.studio.StudioPackage#getBooking_Occupant()
	 * @model
	 * @generated
	 */
	String getOccupant();

	/**
	 * Sets the value of the '{@link org.backlot.model.studio.Booking#getOccupant <em>Occupant</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Occupant</em>' attribute.
	 * @see #getOccupant()
	 * @generated
	 */
	void setOccupant(String value);

	/**
	 * Returns the value of the '<em><b>Call Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Report time on the day, for extras (HH:mm).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Call Time</em>' attribute.
	 * @see #setCallTime(String)
	 * @see org.backlot.model.studio.StudioPackage#getBooking_CallTime()
	 * @model
	 * @generated
	 */
	String getCallTime();

	/**
	 * Sets the value of the '{@link org.backlot.model.studio.Booking#getCallTime <em>Call Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Call Time</em>' attribute.
	 * @see #getCallTime()
	 * @generated
	 */
	void setCallTime(String value);

	/**
	 * Returns the value of the '<em><b>Element Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Id of the breakdown element (or person) in the booking production the booking serves.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Element Id</em>' attribute.
	 * @see #setElementId(String)
	 * @see org.backlot.model.studio.StudioPackage#getBooking_ElementId()
	 * @model
	 * @generated
	 */
	String getElementId();

	/**
	 * Sets the value of the '{@link org.backlot.model.studio.Booking#getElementId <em>Element Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Element Id</em>' attribute.
	 * @see #getElementId()
	 * @generated
	 */
	void setElementId(String value);

} // Booking
