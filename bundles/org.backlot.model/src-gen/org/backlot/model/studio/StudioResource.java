/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.backlot.model.studio;

import org.backlot.model.production.Identified;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Resource</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Something of the studio that productions book.
 * <!-- end-model-doc -->
 *
 *
 * @see org.backlot.model.studio.StudioPackage#getStudioResource()
 * @model abstract="true"
 * @generated
 */
public interface StudioResource extends Identified {
} // StudioResource
