// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.api;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.backlot.breakdown.internal.FdxCategories;
import org.backlot.breakdown.internal.RevisionMerge;
import org.backlot.core.api.Ids;
import org.backlot.model.breakdown.Category;
import org.backlot.model.production.Production;
import org.backlot.model.script.Paragraph;
import org.backlot.model.script.Revision;
import org.backlot.model.script.RevisionColour;
import org.backlot.model.script.Scene;
import org.backlot.model.script.SceneChange;
import org.backlot.model.script.Script;
import org.backlot.model.script.ScriptFactory;
import org.backlot.script.api.ImportedTag;
import org.backlot.script.api.ParsedScript;
import org.backlot.script.api.ScriptBuilder;

/**
 * Puts an imported screenplay into a production and breaks it down: a first
 * import sets the script; a later one is a revision merged scene by scene
 * (identity, confirmed tags and numbers kept). Tags the file carries become
 * confirmed elements; the taggers add suggestions. Works on the model
 * directly; the UI runs it inside one undoable command.
 */
public final class ScriptImport {

	/** What an import did, for the summary the user sees. */
	public record Report(String format, String charset, int scenes, int characters, int elements, int suggestions,
			int added, int changed, int omitted, int keptTags, int lostTags, boolean revision, List<String> warnings) {
	}

	private ScriptImport() {
	}

	/** Imports {@code parsed} (read from {@code sourceFile}) into the production. */
	public static Report apply(Production production, ParsedScript parsed, String sourceFile, Taggers taggers) {
		ScriptBuilder.Built built = ScriptBuilder.build(parsed, sourceFile);
		Script current = production.getScript();
		boolean revision = current != null && !current.getScenes().isEmpty();
		AutoBreakdown auto = new AutoBreakdown(production);
		List<Paragraph> paragraphs = new ArrayList<>(built.paragraphs());
		RevisionMerge.Result merged = null;
		if (revision) {
			Revision r = nextRevision(current);
			merged = RevisionMerge.merge(current, built.script(), built.numbered(), r, production.getBreakdown());
			Map<Paragraph, Paragraph> replaced = merged.replaced();
			paragraphs.replaceAll(p -> replaced.getOrDefault(p, p));
		} else {
			Script s = built.script();
			if (current != null) {
				s.setId(current.getId());
			}
			Revision r = revision(s, RevisionColour.WHITE);
			s.getScenes().forEach(scene -> {
				scene.setChange(SceneChange.UNCHANGED);
				scene.setRevision(r);
			});
			production.setScript(s);
			if (production.getTitle() == null || production.getTitle().isBlank()) {
				production.setTitle(s.getTitle());
			}
		}
		fileTags(auto, production, parsed.tags(), paragraphs);
		int suggestions = auto.run(taggers);
		Script script = production.getScript();
		List<String> warnings = new ArrayList<>(parsed.warnings());
		return new Report(parsed.format(), parsed.charset(), (int) script.getScenes().stream().filter(s -> !s.isOmitted()).count(),
				AutoBreakdown.speakingCharacters(script).size(), production.getBreakdown().getElements().size(), suggestions,
				merged == null ? 0 : merged.added(), merged == null ? 0 : merged.changed(),
				merged == null ? 0 : merged.omitted(), merged == null ? 0 : merged.keptTags(),
				merged == null ? 0 : merged.lostTags(), revision, warnings);
	}

	/** Tags stored in the file are the writer's own: they become confirmed occurrences. */
	private static void fileTags(AutoBreakdown auto, Production production, List<ImportedTag> tags, List<Paragraph> paragraphs) {
		for (ImportedTag t : tags) {
			if (t.element() < 0 || t.element() >= paragraphs.size() || t.name() == null || t.name().isBlank()) {
				continue;
			}
			Paragraph p = paragraphs.get(t.element());
			if (!(p.eContainer() instanceof Scene scene) || p.getText() == null
					|| t.start() < 0 || t.start() + t.length() > p.getText().length()) {
				continue;
			}
			Category c = FdxCategories.category(production.getBreakdown(), t.category());
			boolean known = production.getBreakdown().getElements().stream().anyMatch(e -> e.getCategory() == c
					&& e.getName().equalsIgnoreCase(t.name()) && e.getOccurrences().stream()
							.anyMatch(o -> o.getParagraph() == p && o.getStart() == t.start()));
			if (!known) {
				auto.occur(c, t.name(), scene, p, t.start(), t.length(), 1, true);
			}
		}
	}

	private static Revision nextRevision(Script script) {
		RevisionColour[] order = RevisionColour.values();
		RevisionColour last = script.getCurrentRevision() == null ? RevisionColour.WHITE : script.getCurrentRevision().getColour();
		return revision(script, order[(last.ordinal() + 1) % order.length]);
	}

	private static Revision revision(Script script, RevisionColour colour) {
		Revision r = ScriptFactory.eINSTANCE.createRevision();
		r.setId(Ids.newId());
		String name = colour.getName().charAt(0) + colour.getName().substring(1).toLowerCase(Locale.ROOT);
		r.setName(script.getRevisions().isEmpty() ? name : name + " revision"); //$NON-NLS-1$
		r.setColour(colour);
		r.setDate(new Date());
		script.getRevisions().add(r);
		script.setCurrentRevision(r);
		return r;
	}
}
