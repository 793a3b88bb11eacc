// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.backlot.breakdown.internal.ItemText;
import org.backlot.model.breakdown.Element;
import org.backlot.model.studio.Condition;
import org.backlot.model.studio.InventoryItem;
import org.backlot.model.studio.ItemKind;
import org.backlot.model.studio.Studio;

/**
 * Finds the studio store's items that could serve a breakdown element (a prop,
 * costume, vehicle, weapon or piece of set dressing): the same name in English
 * or Chinese, a synonym from the word lists, or shared words, with a score from
 * 0 to 1 and the reason, best first. Built once per studio; thread-safe.
 */
public final class InventoryMatcher {
	/** Which store kinds can serve which category. */
	private static final Map<String, Set<ItemKind>> KINDS = Map.of("props", Set.of(ItemKind.PROP, ItemKind.SET_DRESSING), //$NON-NLS-1$
			"wardrobe", Set.of(ItemKind.COSTUME), "vehicles", Set.of(ItemKind.VEHICLE), //$NON-NLS-1$ //$NON-NLS-2$
			"weapons", Set.of(ItemKind.WEAPON, ItemKind.PROP), "set-dressing", Set.of(ItemKind.SET_DRESSING, ItemKind.PROP)); //$NON-NLS-1$ //$NON-NLS-2$
	private static final double MIN_SCORE = 0.3;

	/** A candidate item with its score and why. */
	public record Candidate(InventoryItem item, double score, String reason) {
	}

	private final List<ItemText> items = new ArrayList<>();

	/** Indexes the studio's store. */
	public InventoryMatcher(Studio studio) {
		if (studio != null) {
			for (InventoryItem i : studio.getInventory()) {
				items.add(new ItemText(i));
			}
		}
	}

	/** True when the element's category is one the store serves. */
	public static boolean matchable(Element e) {
		return e.getCategory() != null && KINDS.containsKey(e.getCategory().getKey());
	}

	/** The best candidates for an element, at most {@code limit}. */
	public List<Candidate> match(Element e, int limit) {
		if (!matchable(e) || e.getName() == null) {
			return List.of();
		}
		Set<ItemKind> kinds = KINDS.get(e.getCategory().getKey());
		ItemText wanted = ItemText.of(e.getName());
		List<Candidate> result = new ArrayList<>();
		for (ItemText t : items) {
			if (!kinds.contains(t.item().getKind()) || t.item().getQuantity() <= 0) {
				continue;
			}
			ItemText.Score s = t.score(wanted);
			double score = s.value() - (t.item().getCondition() == Condition.DAMAGED ? 0.1 : 0);
			if (score >= MIN_SCORE) {
				result.add(new Candidate(t.item(), Math.min(1, score), s.reason()));
			}
		}
		result.sort(Comparator.comparingDouble(Candidate::score).reversed()
				.thenComparing(c -> c.item().getCondition() == null ? 9 : c.item().getCondition().getValue())
				.thenComparing(c -> String.valueOf(c.item().getCode())));
		return result.size() > limit ? List.copyOf(result.subList(0, limit)) : result;
	}
}
