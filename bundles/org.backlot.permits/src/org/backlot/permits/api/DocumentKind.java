// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.api;

/**
 * A kind of document an authority asks for. The key is stored in the application's checklist
 * ({@code PermitDocument.kind}), so the checklist survives a change of language; the label is shown.
 *
 * @param key   stable key, lower case with hyphens ("insurance", "site-plan", "traffic-plan"); Backlot's keys are the
 *              constants below, a plugin may add its own
 * @param label the kind in the user's language ("Insurance certificate naming the authority", "保险凭证")
 */
public record DocumentKind(String key, String label) {
	/** Insurance certificate naming the authority. */
	public static final String INSURANCE = "insurance"; //$NON-NLS-1$
	/** Cast and crew list. */
	public static final String CREW_LIST = "crew-list"; //$NON-NLS-1$
	/** Site sketch with base camp and parking. */
	public static final String SITE_PLAN = "site-plan"; //$NON-NLS-1$
	/** Traffic-control plan. */
	public static final String TRAFFIC_PLAN = "traffic-plan"; //$NON-NLS-1$
	/** Owner's consent for private property. */
	public static final String OWNER_CONSENT = "owner-consent"; //$NON-NLS-1$
	/** Notice to neighbours. */
	public static final String NEIGHBOUR_NOTICE = "neighbour-notice"; //$NON-NLS-1$
	/** List of prop weapons with the armourer. */
	public static final String WEAPONS_LIST = "weapons-list"; //$NON-NLS-1$
	/** Pyrotechnics / special-effects plan. */
	public static final String PYROTECHNICS_PLAN = "pyrotechnics-plan"; //$NON-NLS-1$
	/** Effects operator's licence. */
	public static final String OPERATOR_LICENCE = "operator-licence"; //$NON-NLS-1$
	/** Drone registration. */
	public static final String DRONE_REGISTRATION = "drone-registration"; //$NON-NLS-1$
	/** Drone pilot's licence. */
	public static final String PILOT_LICENCE = "pilot-licence"; //$NON-NLS-1$
	/** Flight plan. */
	public static final String FLIGHT_PLAN = "flight-plan"; //$NON-NLS-1$
	/** Production registration. */
	public static final String REGISTRATION = "registration"; //$NON-NLS-1$
	/** Script synopsis. */
	public static final String SYNOPSIS = "synopsis"; //$NON-NLS-1$
}
