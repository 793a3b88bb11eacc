/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.schedule;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Item</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A strip or a day break on the board.
 * <!-- end-model-doc -->
 *
 *
 * @see org.backlot.model.schedule.SchedulePackage#getScheduleItem()
 * @model abstract="true"
 * @generated
 */
public interface ScheduleItem extends EObject {
} // ScheduleItem
