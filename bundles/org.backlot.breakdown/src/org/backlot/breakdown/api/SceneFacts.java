// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.backlot.model.breakdown.Breakdown;
import org.backlot.model.breakdown.Element;
import org.backlot.model.breakdown.ElementOccurrence;
import org.backlot.model.breakdown.ExtrasRequirement;
import org.backlot.model.script.IntExt;
import org.backlot.model.script.Paragraph;
import org.backlot.model.script.ParagraphType;
import org.backlot.model.script.Scene;
import org.backlot.model.script.TimeOfDay;

/**
 * The breakdown facts of one scene, as the CLI prints them and the breakdown
 * sheet shows them: heading parts, length, characters, extras, elements by
 * category.
 *
 * @param number     scene number
 * @param heading    the heading as written
 * @param intExt     INT, EXT or INT/EXT
 * @param location   the set
 * @param time       DAY, NIGHT, ... or the word as written
 * @param eighths    length in eighths of a page
 * @param synopsis   the synopsis
 * @param characters who speaks or is named in the cast line, as written, extensions removed
 * @param extras     total background count
 * @param elements   category key to element names (sorted)
 */
public record SceneFacts(String number, String heading, String intExt, String location, String time, int eighths,
		String synopsis, List<String> characters, int extras, Map<String, List<String>> elements) {

	/** Collects the facts of a scene from the script and the breakdown. */
	public static SceneFacts of(Scene scene, Breakdown breakdown) {
		Set<String> characters = new LinkedHashSet<>();
		for (Paragraph p : scene.getParagraphs()) {
			if (p.getType() == ParagraphType.CHARACTER) {
				String name = Cues.name(p.getText());
				if (!name.isEmpty()) {
					characters.add(name);
				}
			}
		}
		Map<String, Set<String>> elements = new TreeMap<>();
		int extras = 0;
		if (breakdown != null) {
			for (Element e : breakdown.getElements()) {
				for (ElementOccurrence o : e.getOccurrences()) {
					if (o.getScene() == scene && e.getCategory() != null) {
						elements.computeIfAbsent(e.getCategory().getKey(), k -> new TreeSet<>()).add(e.getName());
						if (o.getParagraph() != null && o.getParagraph().getType() == ParagraphType.CAST_LIST
								&& "cast".equals(e.getCategory().getKey())) { //$NON-NLS-1$
							characters.add(e.getName());
						}
					}
				}
			}
			for (ExtrasRequirement r : breakdown.getExtras()) {
				if (r.getScene() == scene) {
					extras += r.getCount();
				}
			}
		}
		Map<String, List<String>> lists = new LinkedHashMap<>();
		elements.forEach((k, v) -> lists.put(k, new ArrayList<>(v)));
		return new SceneFacts(scene.getNumber(), scene.getHeading(), intExt(scene.getIntExt()), scene.getSetName(),
				time(scene), scene.getEighths(), scene.getSynopsis(), new ArrayList<>(characters), extras, lists);
	}

	/** INT, EXT or INT/EXT. */
	public static String intExt(IntExt ie) {
		return ie == IntExt.INT_EXT ? "INT/EXT" : ie.getName(); //$NON-NLS-1$
	}

	/** The time: a known one, else the word as written, else "". */
	public static String time(Scene s) {
		if (s.getTimeOfDay() != null && s.getTimeOfDay() != TimeOfDay.UNSPECIFIED) {
			return s.getTimeOfDay().getName();
		}
		return s.getTimeAsWritten() == null ? "" : s.getTimeAsWritten(); //$NON-NLS-1$
	}
}
