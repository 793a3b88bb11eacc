// SPDX-License-Identifier: EPL-2.0
package org.backlot.script.internal.fdx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.backlot.script.api.ImportedTag;

/**
 * Final Draft's breakdown tags: the categories, the element definitions and the
 * numbered tags of {@code <TagData>}, and the text runs that carry a
 * {@code TagNumber}. Runs next to each other that carry the same element (one
 * word split by style) become one tag.
 */
final class FdxTags {
	/** A tagged run: element index, offset and length in its text, tag number. */
	private record Run(int element, int start, int length, String number) {
	}

	/** An element definition: its category id and its name. */
	private record Definition(String category, String label) {
	}

	private final Map<String, String> categories = new HashMap<>();
	private final Map<String, Definition> definitions = new HashMap<>();
	private final Map<String, List<String>> tags = new HashMap<>();
	private final List<Run> runs = new ArrayList<>();
	private boolean missing;

	void category(String id, String name) {
		if (id != null) {
			categories.put(id, name == null ? "" : name); //$NON-NLS-1$
		}
	}

	void definition(String id, String categoryId, String label) {
		if (id != null) {
			definitions.put(id, new Definition(categoryId, label == null ? "" : label)); //$NON-NLS-1$
		}
	}

	void tag(String number, String definitionId) {
		if (number != null && definitionId != null && !definitionId.isBlank()) {
			tags.computeIfAbsent(number.strip(), k -> new ArrayList<>(1)).add(definitionId.strip());
		}
	}

	void run(int element, int start, int length, String number) {
		runs.add(new Run(element, start, length, number.strip()));
	}

	/** True when some tagged run named a tag or element the file does not define. */
	boolean missing() {
		return missing;
	}

	/** The tags, runs of the same element merged, in document order. */
	List<ImportedTag> resolve() {
		List<int[]> spans = new ArrayList<>();
		List<String[]> names = new ArrayList<>();
		Map<String, Integer> open = new HashMap<>();
		for (Run run : runs) {
			List<String> ids = tags.get(run.number());
			if (ids == null) {
				missing = true;
				continue;
			}
			for (String id : ids) {
				Definition d = definitions.get(id);
				if (d == null) {
					missing = true;
					continue;
				}
				String key = run.element() + "/" + id; //$NON-NLS-1$
				Integer at = open.get(key);
				if (at != null) {
					int[] span = spans.get(at);
					if (span[1] + span[2] == run.start()) {
						span[2] += run.length();
						continue;
					}
				}
				open.put(key, spans.size());
				spans.add(new int[] { run.element(), run.start(), run.length() });
				String category = d.category() == null ? null : categories.get(d.category());
				names.add(new String[] { category == null ? "" : category, d.label() }); //$NON-NLS-1$
			}
		}
		List<ImportedTag> result = new ArrayList<>(spans.size());
		for (int i = 0; i < spans.size(); i++) {
			int[] s = spans.get(i);
			result.add(new ImportedTag(s[0], s[1], s[2], names.get(i)[0], names.get(i)[1]));
		}
		return result;
	}
}
