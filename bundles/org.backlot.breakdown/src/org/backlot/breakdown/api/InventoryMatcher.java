// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
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
 * or Chinese, a synonym from the store's thesaurus or the word lists, the head
 * of the name or shared words, in the colour asked for, with a score from 0 to
 * 1 and the reason, best first. Built once per studio (an index of the store's
 * words, so that a match only reads the items that share one); thread-safe.
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

	/** Items with the same kind and names (pieces differing in size or condition) are read once. */
	private record Group(ItemText text, List<InventoryItem> items) {
	}

	/** A group and how well it serves the element. */
	private record Scored(Group group, ItemText.Score score) {
	}

	private final Map<String, List<Group>> byKey = new HashMap<>();

	/** Indexes the studio's store. */
	public InventoryMatcher(Studio studio) {
		if (studio == null) {
			return;
		}
		Map<String, Group> bySignature = new HashMap<>();
		for (InventoryItem i : studio.getInventory()) {
			String signature = i.getKind() + "|" + i.getNameEn() + "|" + i.getNameZh() + "|" + i.getColour(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			Group g = bySignature.get(signature);
			if (g == null) {
				g = new Group(new ItemText(i), new ArrayList<>());
				bySignature.put(signature, g);
				for (String key : g.text().keys()) {
					byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(g);
				}
			}
			g.items().add(i);
		}
	}

	/** True when the element's category is one the store serves. */
	public static boolean matchable(Element e) {
		return e.getCategory() != null && KINDS.containsKey(e.getCategory().getKey());
	}

	/** True when the item is of a kind that can serve the element's category (a costume for wardrobe...). */
	public static boolean serves(Element e, InventoryItem item) {
		return matchable(e) && item != null && KINDS.get(e.getCategory().getKey()).contains(item.getKind());
	}

	/** The best candidates for an element, at most {@code limit}. */
	public List<Candidate> match(Element e, int limit) {
		if (!matchable(e) || e.getName() == null) {
			return List.of();
		}
		Set<ItemKind> kinds = KINDS.get(e.getCategory().getKey());
		ItemText wanted = ItemText.of(e.getName());
		Set<Group> candidates = Collections.newSetFromMap(new IdentityHashMap<>());
		for (String key : wanted.keys()) {
			candidates.addAll(byKey.getOrDefault(key, List.of()));
		}
		List<Scored> scored = new ArrayList<>();
		for (Group g : candidates) {
			if (kinds.contains(g.text().item().getKind())) {
				ItemText.Score s = g.text().score(wanted);
				if (s.value() >= MIN_SCORE) {
					scored.add(new Scored(g, s));
				}
			}
		}
		scored.sort(Comparator.comparingDouble((Scored x) -> x.score().value()).reversed());
		// a damaged piece loses 0.1: groups within that of the group that fills the limit may still reach it
		double floor = 0;
		int count = 0;
		for (Scored x : scored) {
			count += x.group().items().size();
			if (count >= limit) {
				floor = x.score().value() - 0.1;
				break;
			}
		}
		List<Candidate> result = new ArrayList<>();
		for (Scored x : scored) {
			if (x.score().value() < floor) {
				break;
			}
			for (InventoryItem i : x.group().items()) {
				double score = x.score().value() - (i.getCondition() == Condition.DAMAGED ? 0.1 : 0);
				if (score >= MIN_SCORE && i.getQuantity() > 0) {
					result.add(new Candidate(i, Math.min(1, score), x.score().reason()));
				}
			}
		}
		result.sort(Comparator.comparingDouble(Candidate::score).reversed()
				.thenComparing(c -> c.item().getCondition() == null ? 9 : c.item().getCondition().getValue())
				.thenComparing(c -> String.valueOf(c.item().getCode())));
		return result.size() > limit ? List.copyOf(result.subList(0, limit)) : result;
	}
}
