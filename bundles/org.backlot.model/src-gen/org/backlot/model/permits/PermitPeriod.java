/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.permits;

import java.util.Date;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Permit Period</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Dates and hours applied for.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.backlot.model.permits.PermitPeriod#getKind <em>Kind</em>}</li>
 *   <li>{@link org.backlot.model.permits.PermitPeriod#getStart <em>Start</em>}</li>
 *   <li>{@link org.backlot.model.permits.PermitPeriod#getEnd <em>End</em>}</li>
 * </ul>
 *
 * @see org.backlot.model.permits.PermitsPackage#getPermitPeriod()
 * @model
 * @generated
 */
public interface PermitPeriod extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.backlot.model.permits.PeriodKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.backlot.model.permits.PeriodKind
	 * @see #setKind(PeriodKind)
	 * @see org.backlot.model.permits.PermitsPackage#getPermitPeriod_Kind()
	 * @model
	 * @generated
	 */
	PeriodKind getKind();

	/**
	 * Sets the value of the '{@link org.backlot.model.permits.PermitPeriod#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.backlot.model.permits.PeriodKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(PeriodKind value);

	/**
	 * Returns the value of the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start</em>' attribute.
	 * @see #setStart(Date)
	 * @see org.backlot.model.permits.PermitsPackage#getPermitPeriod_Start()
	 * @model
	 * @generated
	 */
	Date getStart();

	/**
	 * Sets the value of the '{@link org.backlot.model.permits.PermitPeriod#getStart <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start</em>' attribute.
	 * @see #getStart()
	 * @generated
	 */
	void setStart(Date value);

	/**
	 * Returns the value of the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>End</em>' attribute.
	 * @see #setEnd(Date)
	 * @see org.backlot.model.permits.PermitsPackage#getPermitPeriod_End()
	 * @model
	 * @generated
	 */
	Date getEnd();

	/**
	 * Sets the value of the '{@link org.backlot.model.permits.PermitPeriod#getEnd <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End</em>' attribute.
	 * @see #getEnd()
	 * @generated
	 */
	void setEnd(Date value);

} // PermitPeriod
