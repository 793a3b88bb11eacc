// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.api;

import java.time.LocalDateTime;

import org.backlot.model.permits.PermitStatus;

/**
 * What an authority answered on an application.
 *
 * @param status       APPROVED, REJECTED or MORE_INFO
 * @param at           when it answered
 * @param by           who answered (the officer or the office)
 * @param permitNumber the permit number when approved, else empty
 * @param conditions   conditions of an approval, or what more is asked for, or why it was rejected
 */
public record Decision(PermitStatus status, LocalDateTime at, String by, String permitNumber, String conditions) {
}
