/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.permits;

import java.util.Date;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Road Closure</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A road or lane closure.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.backlot.model.permits.RoadClosure#getRoad <em>Road</em>}</li>
 *   <li>{@link org.backlot.model.permits.RoadClosure#getStart <em>Start</em>}</li>
 *   <li>{@link org.backlot.model.permits.RoadClosure#getEnd <em>End</em>}</li>
 *   <li>{@link org.backlot.model.permits.RoadClosure#getTrafficPlan <em>Traffic Plan</em>}</li>
 * </ul>
 *
 * @see org.backlot.model.permits.PermitsPackage#getRoadClosure()
 * @model
 * @generated
 */
public interface RoadClosure extends EObject {
	/**
	 * Returns the value of the '<em><b>Road</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Road</em>' attribute.
	 * @see #setRoad(String)
	 * @see org.backlot.model.permits.PermitsPackage#getRoadClosure_Road()
	 * @model
	 * @generated
	 */
	String getRoad();

	/**
	 * Sets the value of the '{@link org.backlot.model.permits.RoadClosure#getRoad <em>Road</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Road</em>' attribute.
	 * @see #getRoad()
	 * @generated
	 */
	void setRoad(String value);

	/**
	 * Returns the value of the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start</em>' attribute.
	 * @see #setStart(Date)
	 * @see org.backlot.model.permits.PermitsPackage#getRoadClosure_Start()
	 * @model
	 * @generated
	 */
	Date getStart();

	/**
	 * Sets the value of the '{@link org.backlot.model.permits.RoadClosure#getStart <em>Start</em>}' attribute.
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
	 * @see org.backlot.model.permits.PermitsPackage#getRoadClosure_End()
	 * @model
	 * @generated
	 */
	Date getEnd();

	/**
	 * Sets the value of the '{@link org.backlot.model.permits.RoadClosure#getEnd <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End</em>' attribute.
	 * @see #getEnd()
	 * @generated
	 */
	void setEnd(Date value);

	/**
	 * Returns the value of the '<em><b>Traffic Plan</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Traffic Plan</em>' attribute.
	 * @see #setTrafficPlan(String)
	 * @see org.backlot.model.permits.PermitsPackage#getRoadClosure_TrafficPlan()
	 * @model
	 * @generated
	 */
	String getTrafficPlan();

	/**
	 * Sets the value of the '{@link org.backlot.model.permits.RoadClosure#getTrafficPlan <em>Traffic Plan</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Traffic Plan</em>' attribute.
	 * @see #getTrafficPlan()
	 * @generated
	 */
	void setTrafficPlan(String value);

} // RoadClosure
