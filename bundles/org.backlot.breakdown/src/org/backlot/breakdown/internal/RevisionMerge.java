// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.backlot.model.breakdown.Breakdown;
import org.backlot.model.breakdown.Element;
import org.backlot.model.breakdown.ElementOccurrence;
import org.backlot.model.script.Paragraph;
import org.backlot.model.script.Revision;
import org.backlot.model.script.Scene;
import org.backlot.model.script.SceneChange;
import org.backlot.model.script.Script;

/**
 * Brings a revised script into an existing one without losing work: scenes are
 * matched by number and then by text, keep their identity (schedules point at
 * them), are marked added, changed or omitted with the revision, and confirmed
 * tags move to where their text now is (or are counted as lost).
 */
public final class RevisionMerge {
	private static final double SAME_SCENE = 0.5;
	private static final double MOVED_SCENE = 0.6;

	/** What the merge did. */
	public record Result(int added, int changed, int omitted, int keptTags, int lostTags,
			Map<Paragraph, Paragraph> replaced) {
	}

	private RevisionMerge() {
	}

	/**
	 * Merges {@code revised} (freshly built, not in any resource) into
	 * {@code current}; {@code numbered} are the revised scenes whose number the
	 * file gave; {@code revision} marks what changed.
	 */
	public static Result merge(Script current, Script revised, Set<Scene> numbered, Revision revision,
			Breakdown breakdown) {
		List<Scene> olds = new ArrayList<>(current.getScenes());
		List<Scene> news = new ArrayList<>(revised.getScenes());
		Map<Scene, Scene> match = match(olds, news);
		Map<Paragraph, Paragraph> replaced = new IdentityHashMap<>();
		int[] tags = new int[2];
		List<Scene> result = new ArrayList<>();
		Map<Scene, Scene> matchedOld = new IdentityHashMap<>();
		int added = 0;
		int changed = 0;
		String lastNumber = null;
		int suffix = 0;
		for (Scene n : news) {
			Scene o = match.get(n);
			if (o == null) {
				n.setChange(SceneChange.ADDED);
				n.setRevision(revision);
				if (!explicitNumber(n, numbered) && lastNumber != null) {
					n.setNumber(lastNumber + (char) ('A' + Math.min(suffix++, 25)));
				}
				result.add(n);
				added++;
				continue;
			}
			matchedOld.put(o, n);
			lastNumber = o.getNumber();
			suffix = 0;
			boolean same = Similarity.body(o).equals(Similarity.body(n)) && Objects.equals(o.getHeading(), n.getHeading());
			if (same) {
				o.setChange(SceneChange.UNCHANGED);
				for (int i = 0; i < n.getParagraphs().size(); i++) {
					replaced.put(n.getParagraphs().get(i), o.getParagraphs().get(i));
				}
			} else {
				moveTags(o, n, breakdown, tags);
				copy(n, o, numbered);
				o.setChange(SceneChange.CHANGED);
				o.setRevision(revision);
				changed++;
			}
			o.setOmitted(false);
			o.setEighths(n.getEighths());
			o.setStartPage(n.getStartPage());
			result.add(o);
		}
		int omitted = 0;
		for (int i = 0; i < olds.size(); i++) {
			Scene o = olds.get(i);
			if (matchedOld.containsKey(o)) {
				continue;
			}
			if (!o.isOmitted()) {
				o.setOmitted(true);
				o.setChange(SceneChange.OMITTED);
				o.setRevision(revision);
				omitted++;
			}
			int at = i == 0 ? 0 : result.indexOf(olds.get(i - 1)) + 1;
			result.add(Math.max(0, Math.min(at, result.size())), o);
		}
		current.getScenes().clear();
		current.getScenes().addAll(result);
		current.getFrontMatter().clear();
		current.getFrontMatter().addAll(new ArrayList<>(revised.getFrontMatter()));
		current.getTitlePage().clear();
		current.getTitlePage().addAll(new ArrayList<>(revised.getTitlePage()));
		current.setTitle(revised.getTitle());
		current.setAuthor(revised.getAuthor());
		current.setSourceFile(revised.getSourceFile());
		current.setSourceFormat(revised.getSourceFormat());
		return new Result(added, changed, omitted, tags[0], tags[1], replaced);
	}

	private static Map<Scene, Scene> match(List<Scene> olds, List<Scene> news) {
		Map<Scene, Scene> match = new IdentityHashMap<>();
		Map<Scene, Boolean> used = new IdentityHashMap<>();
		Map<String, Scene> byNumber = new HashMap<>();
		olds.forEach(o -> byNumber.putIfAbsent(o.getNumber(), o));
		Map<Scene, String> bodies = new IdentityHashMap<>();
		olds.forEach(o -> bodies.put(o, Similarity.body(o)));
		for (Scene n : news) {
			Scene o = byNumber.get(n.getNumber());
			if (o != null && !used.containsKey(o) && (Objects.equals(o.getHeading(), n.getHeading())
					|| Similarity.of(bodies.get(o), Similarity.body(n)) >= SAME_SCENE)) {
				match.put(n, o);
				used.put(o, true);
			}
		}
		for (Scene n : news) {
			if (match.containsKey(n)) {
				continue;
			}
			String body = Similarity.body(n);
			Scene best = null;
			double bestScore = 0;
			for (Scene o : olds) {
				if (used.containsKey(o)) {
					continue;
				}
				double s = Similarity.of(bodies.get(o), body) + (Objects.equals(o.getHeading(), n.getHeading()) ? 0.2 : 0);
				if (s > bestScore) {
					best = o;
					bestScore = s;
				}
			}
			if (best != null && bestScore >= MOVED_SCENE) {
				match.put(n, best);
				used.put(best, true);
			}
		}
		return match;
	}

	/** Moves the confirmed occurrences of {@code from}'s paragraphs to the same text in {@code to}; drops the rest. */
	private static void moveTags(Scene from, Scene to, Breakdown breakdown, int[] tags) {
		for (Element e : breakdown.getElements()) {
			for (var it = e.getOccurrences().iterator(); it.hasNext();) {
				ElementOccurrence o = it.next();
				if (o.getScene() != from || o.getParagraph() == null) {
					continue;
				}
				if (!o.isConfirmed()) {
					it.remove();
					continue;
				}
				String text = o.getParagraph().getText();
				int index = from.getParagraphs().indexOf(o.getParagraph());
				String tagged = text != null && o.getStart() + o.getLength() <= text.length()
						? text.substring(o.getStart(), o.getStart() + o.getLength())
						: null;
				Paragraph target = tagged == null ? null : find(to, index, o.getParagraph(), tagged);
				if (target == null) {
					it.remove();
					tags[1]++;
					continue;
				}
				o.setStart(closest(target.getText(), tagged, o.getStart()));
				o.setParagraph(target);
				tags[0]++;
			}
		}
	}

	private static Paragraph find(Scene to, int index, Paragraph old, String tagged) {
		List<Paragraph> ps = to.getParagraphs();
		if (index >= 0 && index < ps.size() && contains(ps.get(index), tagged)) {
			return ps.get(index);
		}
		for (Paragraph p : ps) {
			if (p.getType() == old.getType() && contains(p, tagged)) {
				return p;
			}
		}
		for (Paragraph p : ps) {
			if (contains(p, tagged)) {
				return p;
			}
		}
		return null;
	}

	/** The start of the occurrence of {@code tagged} in {@code text} nearest to {@code near}. */
	private static int closest(String text, String tagged, int near) {
		int best = text.indexOf(tagged);
		for (int i = best; i >= 0; i = text.indexOf(tagged, i + 1)) {
			if (Math.abs(i - near) < Math.abs(best - near)) {
				best = i;
			}
		}
		return best;
	}

	private static boolean contains(Paragraph p, String tagged) {
		return p.getText() != null && p.getText().contains(tagged);
	}

	/** Copies what the revision says about a scene into the existing scene, which keeps its id and number. */
	private static void copy(Scene from, Scene to, Set<Scene> numbered) {
		to.setHeading(from.getHeading());
		to.setIntExt(from.getIntExt());
		to.setSetName(from.getSetName());
		to.setTimeOfDay(from.getTimeOfDay());
		to.setTimeAsWritten(from.getTimeAsWritten());
		to.setSynopsis(from.getSynopsis());
		if (explicitNumber(from, numbered)) {
			to.setNumber(from.getNumber());
		}
		to.getParagraphs().clear();
		to.getParagraphs().addAll(new ArrayList<>(from.getParagraphs()));
	}

	/** True when the file gave the scene its number (not counted by the builder). */
	private static boolean explicitNumber(Scene s, Set<Scene> numbered) {
		return numbered.contains(s);
	}
}
