// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.api;

import java.util.List;

/** A lighting set-up an advisor proposes for a look: its lamps, what it did in words, how close each target is, and a score (lower is better). */
public record Proposal(String advisorId, String title, List<String> explanation, List<PlacedFixture> fixtures, List<TargetResult> results,
		double score) {
	/** Whether every target is met. */
	public boolean meetsAll() {
		return results.stream().allMatch(TargetResult::met);
	}
}
