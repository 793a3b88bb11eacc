// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.api;

import java.awt.Color;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.backlot.core.api.AtomicFiles;
import org.backlot.core.api.Eighths;
import org.backlot.core.api.pdf.ReportWriter;
import org.backlot.model.breakdown.Category;
import org.backlot.model.production.Production;
import org.backlot.model.script.Scene;
import org.eclipse.osgi.util.NLS;

/**
 * Breakdown reports: a breakdown sheet per scene (PDF, one page each, category
 * colours), and the element list by category with scene references (CSV and
 * PDF). Files are written atomically.
 */
public final class BreakdownReports {
	private BreakdownReports() {
	}

	/** Writes one breakdown sheet per scene (omitted scenes left out); returns the page count. */
	public static int sheets(Production p, Path file, boolean letter) throws IOException {
		try (ReportWriter w = new ReportWriter(letter)) {
			for (Scene s : scenes(p)) {
				SceneFacts f = SceneFacts.of(s, p.getBreakdown());
				w.newPage();
				w.text(NLS.bind(Messages.sheetTitle, title(p)), 10, 0, Color.GRAY);
				w.text(NLS.bind(Messages.sheetScene, f.number(), f.heading()), 16, 0, null);
				w.text(NLS.bind(Messages.sheetFacts, new Object[] { f.intExt(), f.location(), f.time(),
						Eighths.format(f.eighths()), s.getStartPage() }), 11, 0, Color.DARK_GRAY);
				if (f.synopsis() != null) {
					w.text(f.synopsis(), 11, 0, null);
				}
				w.rule();
				for (Category c : p.getBreakdown().getCategories()) {
					List<String> names = f.elements().get(c.getKey());
					if (names != null && !names.isEmpty()) {
						w.labelled(colour(c.getColour()), label(c), String.join(", ", names), 11); //$NON-NLS-1$
					}
				}
				if (f.extras() > 0) {
					w.labelled(null, Messages.sheetExtras, Integer.toString(f.extras()), 11);
				}
			}
			if (w.pages() == 0) {
				w.newPage();
				w.text(Messages.noScenes, 12, 0, null);
			}
			w.save(file);
			return w.pages();
		}
	}

	/** Writes the element list as PDF. */
	public static void elementsPdf(Production p, Path file, boolean letter) throws IOException {
		try (ReportWriter w = new ReportWriter(letter)) {
			w.newPage();
			w.text(NLS.bind(Messages.elementsTitle, title(p)), 16, 0, null);
			String current = null;
			for (ElementRows.Row r : ElementRows.of(p.getBreakdown())) {
				if (!r.category().equals(current)) {
					current = r.category();
					Category c = CategoryContributions.find(p.getBreakdown(), current);
					w.space(6);
					w.labelled(c == null ? null : colour(c.getColour()), c == null ? current : label(c), "", 12); //$NON-NLS-1$
				}
				String name = r.castNumber() > 0 ? r.castNumber() + ". " + r.name() : r.name(); //$NON-NLS-1$
				w.labelled(null, name, NLS.bind(Messages.elementScenes, r.scenes().size(), String.join(", ", r.scenes())), 10); //$NON-NLS-1$
			}
			w.save(file);
		}
	}

	/** Writes the element list as CSV (UTF-8 with BOM, so spreadsheets show Chinese). */
	public static void elementsCsv(Production p, Path file) throws IOException {
		StringBuilder b = new StringBuilder("\uFEFFcategory,name,cast_number,scene_count,scenes,confirmed,suggested\r\n"); //$NON-NLS-1$
		for (ElementRows.Row r : ElementRows.of(p.getBreakdown())) {
			b.append(csv(r.category())).append(',').append(csv(r.name())).append(',')
					.append(r.castNumber() > 0 ? Integer.toString(r.castNumber()) : "").append(',') //$NON-NLS-1$
					.append(r.scenes().size()).append(',').append(csv(String.join(" ", r.scenes()))).append(',') //$NON-NLS-1$
					.append(r.confirmed()).append(',').append(r.suggested()).append("\r\n"); //$NON-NLS-1$
		}
		AtomicFiles.write(file, b.toString().getBytes(StandardCharsets.UTF_8));
	}

	/** Writes the characters with their scene counts as CSV (name,scenes,scene_numbers). */
	public static void charactersCsv(Production p, Path file) throws IOException {
		StringBuilder b = new StringBuilder("\uFEFFname,scenes,scene_numbers\r\n"); //$NON-NLS-1$
		characterSceneNumbers(p).forEach((name, numbers) -> b.append(csv(name)).append(',').append(numbers.size())
				.append(',').append(csv(String.join(" ", numbers))).append("\r\n")); //$NON-NLS-1$ //$NON-NLS-2$
		AtomicFiles.write(file, b.toString().getBytes(StandardCharsets.UTF_8));
	}

	/** Number of scenes each character speaks or is named in, most first. */
	public static Map<String, Integer> characterScenes(Production p) {
		Map<String, Integer> counts = new java.util.LinkedHashMap<>();
		characterSceneNumbers(p).forEach((name, numbers) -> counts.put(name, numbers.size()));
		return counts;
	}

	/** The numbers of the scenes each character speaks or is named in, the character in most scenes first. */
	private static Map<String, List<String>> characterSceneNumbers(Production p) {
		Map<String, List<String>> scenes = new java.util.LinkedHashMap<>();
		for (Scene s : scenes(p)) {
			for (String c : SceneFacts.of(s, p.getBreakdown()).characters()) {
				scenes.computeIfAbsent(c, k -> new java.util.ArrayList<>()).add(s.getNumber());
			}
		}
		Map<String, List<String>> sorted = new java.util.LinkedHashMap<>();
		scenes.entrySet().stream().sorted((x, y) -> y.getValue().size() - x.getValue().size())
				.forEach(e -> sorted.put(e.getKey(), e.getValue()));
		return sorted;
	}

	static String csv(String s) {
		if (s == null) {
			return ""; //$NON-NLS-1$
		}
		if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
			return s;
		}
		return '"' + s.replace("\"", "\"\"") + '"'; //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static List<Scene> scenes(Production p) {
		if (p.getScript() == null) {
			return List.of();
		}
		return p.getScript().getScenes().stream().filter(s -> !s.isOmitted()).toList();
	}

	private static String title(Production p) {
		return p.getTitle() == null ? "" : p.getTitle(); //$NON-NLS-1$
	}

	private static String label(Category c) {
		boolean zh = java.util.Locale.getDefault().getLanguage().equals("zh"); //$NON-NLS-1$
		return zh && c.getNameZh() != null ? c.getNameZh() : c.getName();
	}

	/** A colour from "#rrggbb", or grey. */
	static Color colour(String hex) {
		try {
			return hex == null ? Color.GRAY : Color.decode(hex);
		} catch (NumberFormatException e) {
			return Color.GRAY;
		}
	}

}
