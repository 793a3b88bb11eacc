// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.backlot.model.breakdown.Breakdown;
import org.backlot.model.breakdown.CastMember;
import org.backlot.model.breakdown.Category;
import org.backlot.model.breakdown.Element;
import org.backlot.model.breakdown.ElementOccurrence;
import org.backlot.model.script.Scene;

/** The element list by category with scene references, as the CLI, CSV and PDF reports show it. */
public final class ElementRows {

	/**
	 * One element.
	 *
	 * @param category   category key
	 * @param name       element name
	 * @param castNumber cast number, or 0
	 * @param scenes     numbers of the scenes it is in, in script order
	 * @param confirmed  occurrences a person confirmed
	 * @param suggested  occurrences still only suggested
	 */
	public record Row(String category, String name, int castNumber, List<String> scenes, int confirmed, int suggested) {
	}

	private ElementRows() {
	}

	/** Rows for every element, by category order then name (cast by number). */
	public static List<Row> of(Breakdown breakdown) {
		return sorted(breakdown).stream().map(ElementRows::row).toList();
	}

	/** The elements by category order, then cast number, then name. */
	public static List<Element> sorted(Breakdown breakdown) {
		if (breakdown == null) {
			return List.of();
		}
		List<Category> order = breakdown.getCategories();
		List<Element> elements = new ArrayList<>(breakdown.getElements());
		elements.sort(Comparator.<Element>comparingInt(e -> order.indexOf(e.getCategory()))
				.thenComparingInt(e -> e instanceof CastMember c && c.getCastNumber() > 0 ? c.getCastNumber() : Integer.MAX_VALUE)
				.thenComparing(e -> e.getName() == null ? "" : e.getName())); //$NON-NLS-1$
		return elements;
	}

	/** The row of one element. */
	public static Row row(Element e) {
		Set<Scene> scenes = new LinkedHashSet<>();
		int confirmed = 0;
		for (ElementOccurrence o : e.getOccurrences()) {
			if (o.getScene() != null && !o.getScene().isOmitted()) {
				scenes.add(o.getScene());
			}
			confirmed += o.isConfirmed() ? 1 : 0;
		}
		List<Scene> inOrder = new ArrayList<>(scenes);
		if (!inOrder.isEmpty() && inOrder.get(0).eContainer() != null) {
			List<?> all = (List<?>) inOrder.get(0).eContainer().eGet(inOrder.get(0).eContainingFeature());
			inOrder.sort(Comparator.comparingInt(all::indexOf));
		}
		return new Row(e.getCategory() == null ? "" : e.getCategory().getKey(), e.getName(), //$NON-NLS-1$
				e instanceof CastMember c ? c.getCastNumber() : 0, inOrder.stream().map(Scene::getNumber).toList(),
				confirmed, e.getOccurrences().size() - confirmed);
	}
}
