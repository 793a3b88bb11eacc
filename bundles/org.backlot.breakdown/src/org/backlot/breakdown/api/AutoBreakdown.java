// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.backlot.core.api.DefaultCategories;
import org.backlot.core.api.Ids;
import org.backlot.model.breakdown.Breakdown;
import org.backlot.model.breakdown.BreakdownFactory;
import org.backlot.model.breakdown.CastMember;
import org.backlot.model.breakdown.Category;
import org.backlot.model.breakdown.Element;
import org.backlot.model.breakdown.ElementOccurrence;
import org.backlot.model.breakdown.ExtrasRequirement;
import org.backlot.model.production.Production;
import org.backlot.model.script.Paragraph;
import org.backlot.model.script.ParagraphType;
import org.backlot.model.script.Scene;
import org.backlot.model.script.Script;

/**
 * Tags every scene of a production's script with the contributed taggers and
 * records what they find as elements with occurrences (suggestions, not yet
 * confirmed). Confirmed occurrences are never touched; unconfirmed ones from an
 * earlier run are replaced. Runs on the model directly: the UI wraps a call in
 * one undoable command.
 */
public final class AutoBreakdown {
	private static final Set<String> EXTRAS = Set.of("extras", "extras-silent"); //$NON-NLS-1$ //$NON-NLS-2$

	private final Production production;
	private final Breakdown breakdown;
	private final Map<String, Element> index = new HashMap<>();

	/** Prepares a run over the production (which must have a script and a breakdown). */
	public AutoBreakdown(Production production) {
		this.production = production;
		if (production.getBreakdown() == null) {
			Breakdown b = BreakdownFactory.eINSTANCE.createBreakdown();
			b.getCategories().addAll(DefaultCategories.create());
			production.setBreakdown(b);
		}
		this.breakdown = production.getBreakdown();
		breakdown.getCategories().addAll(CategoryContributions.missing(breakdown));
		for (Element e : breakdown.getElements()) {
			if (e.getCategory() != null && e.getName() != null) {
				index.put(key(e.getCategory().getKey(), e.getName()), e);
			}
		}
	}

	/** Tags every scene; returns the number of suggestions added. */
	public int run(Taggers taggers) {
		dropSuggestions(null);
		Script script = production.getScript();
		if (script == null) {
			return 0;
		}
		TaggingContext context = new TaggingContext(speakingCharacters(script));
		int added = 0;
		for (Scene scene : script.getScenes()) {
			if (!scene.isOmitted()) {
				added += tag(scene, taggers, context);
			}
		}
		numberCast();
		return added;
	}

	/** Tags one scene again (its unconfirmed suggestions are replaced). */
	public int retag(Scene scene, Taggers taggers) {
		dropSuggestions(scene);
		int added = tag(scene, taggers, new TaggingContext(speakingCharacters(production.getScript())));
		numberCast();
		return added;
	}

	/** The speaking characters of a script: cue names, upper case. */
	public static Set<String> speakingCharacters(Script script) {
		Set<String> names = new LinkedHashSet<>();
		if (script != null) {
			for (Scene s : script.getScenes()) {
				for (Paragraph p : s.getParagraphs()) {
					if (p.getType() == ParagraphType.CHARACTER) {
						String n = Cues.name(p.getText());
						if (!n.isEmpty()) {
							names.add(n);
						}
					}
				}
			}
		}
		return names;
	}

	/** The scene as taggers read it. */
	public static SceneText text(Scene scene) {
		List<SceneText.Para> paras = new ArrayList<>(scene.getParagraphs().size());
		for (Paragraph p : scene.getParagraphs()) {
			paras.add(new SceneText.Para(p.getType().getName(), p.getText() == null ? "" : p.getText())); //$NON-NLS-1$
		}
		return new SceneText(scene.getHeading(), paras);
	}

	/** Adds an occurrence of a named element (created when new) for a span; returns it. */
	public ElementOccurrence occur(Category category, String name, Scene scene, Paragraph paragraph, int start,
			int length, double confidence, boolean confirmed) {
		Element element = element(category, name);
		ElementOccurrence o = BreakdownFactory.eINSTANCE.createElementOccurrence();
		o.setScene(scene);
		o.setParagraph(paragraph);
		o.setStart(start);
		o.setLength(length);
		o.setConfidence(confidence);
		o.setConfirmed(confirmed);
		element.getOccurrences().add(o);
		return o;
	}

	private int tag(Scene scene, Taggers taggers, TaggingContext context) {
		List<TagSuggestion> found = taggers.tag(text(scene), context);
		List<ElementOccurrence> kept = TagOperations.occurrences(breakdown, scene);
		int added = 0;
		for (TagSuggestion s : found) {
			if (s.paragraph() < 0 || s.paragraph() >= scene.getParagraphs().size()) {
				continue;
			}
			Paragraph p = scene.getParagraphs().get(s.paragraph());
			if (overlapsKept(kept, p, s) || !fits(p, s)) {
				continue;
			}
			Category c = CategoryContributions.find(breakdown, s.category());
			if (c == null) {
				continue;
			}
			occur(c, s.name(), scene, p, s.start(), s.length(), s.confidence(), false);
			added++;
			if (EXTRAS.contains(s.category()) && s.count() > 0) {
				extras(scene, s.name(), s.count());
			}
		}
		return added;
	}

	private void extras(Scene scene, String description, int count) {
		for (ExtrasRequirement r : breakdown.getExtras()) {
			if (r.getScene() == scene && description.equals(r.getDescription())) {
				r.setCount(Math.max(r.getCount(), count));
				return;
			}
		}
		ExtrasRequirement r = BreakdownFactory.eINSTANCE.createExtrasRequirement();
		r.setId(Ids.newId());
		r.setScene(scene);
		r.setCount(count);
		r.setDescription(description);
		breakdown.getExtras().add(r);
	}

	private Element element(Category category, String name) {
		String k = key(category.getKey(), name);
		Element e = index.get(k);
		if (e == null) {
			e = DefaultCategories.CAST.equals(category.getKey()) ? BreakdownFactory.eINSTANCE.createCastMember()
					: BreakdownFactory.eINSTANCE.createElement();
			e.setId(Ids.newId());
			e.setName(name);
			e.setCategory(category);
			breakdown.getElements().add(e);
			index.put(k, e);
		}
		return e;
	}

	/** Removes unconfirmed occurrences (of one scene, or all when null), elements left empty, and their extras. */
	private void dropSuggestions(Scene only) {
		for (Iterator<Element> it = breakdown.getElements().iterator(); it.hasNext();) {
			Element e = it.next();
			boolean had = !e.getOccurrences().isEmpty();
			e.getOccurrences().removeIf(o -> !o.isConfirmed() && (only == null || o.getScene() == only));
			if (had && e.getOccurrences().isEmpty() && !(e instanceof CastMember cm && cm.getActor() != null)) {
				breakdown.getExtras().removeIf(r -> e.getName().equals(r.getDescription()));
				index.remove(key(e.getCategory() == null ? "" : e.getCategory().getKey(), e.getName())); //$NON-NLS-1$
				it.remove();
			}
		}
	}

	private static boolean overlapsKept(List<ElementOccurrence> kept, Paragraph p, TagSuggestion s) {
		for (ElementOccurrence o : kept) {
			if (o.getParagraph() == p && s.start() < o.getStart() + o.getLength() && o.getStart() < s.start() + s.length()) {
				return true;
			}
		}
		return false;
	}

	private static boolean fits(Paragraph p, TagSuggestion s) {
		int len = p.getText() == null ? 0 : p.getText().length();
		return s.start() >= 0 && s.length() > 0 && s.start() + s.length() <= len;
	}

	/** Numbers cast members without a number by how many scenes they are in, most first. */
	private void numberCast() {
		List<CastMember> cast = new ArrayList<>();
		int next = 1;
		for (Element e : breakdown.getElements()) {
			if (e instanceof CastMember cm) {
				if (cm.getCastNumber() > 0) {
					next = Math.max(next, cm.getCastNumber() + 1);
				} else {
					cast.add(cm);
				}
			}
		}
		cast.sort((a, b) -> Long.compare(scenes(b), scenes(a)));
		for (CastMember cm : cast) {
			cm.setCastNumber(next++);
		}
	}

	private static long scenes(Element e) {
		return e.getOccurrences().stream().map(ElementOccurrence::getScene).distinct().count();
	}

	private static String key(String category, String name) {
		return category + '\u0000' + name.toLowerCase(Locale.ROOT);
	}
}
