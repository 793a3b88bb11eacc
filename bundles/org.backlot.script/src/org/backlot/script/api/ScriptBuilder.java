// SPDX-License-Identifier: EPL-2.0
package org.backlot.script.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.backlot.core.api.Ids;
import org.backlot.model.script.IntExt;
import org.backlot.model.script.Paragraph;
import org.backlot.model.script.ParagraphType;
import org.backlot.model.script.Scene;
import org.backlot.model.script.Script;
import org.backlot.model.script.ScriptFactory;
import org.backlot.model.script.TimeOfDay;
import org.backlot.model.script.TitlePageEntry;

/**
 * Turns what an importer read into the production model's {@link Script}:
 * scenes with INT/EXT, set, time, number, synopsis and length in eighths,
 * paragraphs, and front matter before the first heading.
 */
public final class ScriptBuilder {
	private static final int SYNOPSIS_LENGTH = 120;

	/**
	 * The built script, and for each element of the parsed script the paragraph
	 * made from it, so that tags can point at paragraphs; and the scenes whose
	 * number the file gave (the others were counted).
	 */
	public record Built(Script script, List<Paragraph> paragraphs, Set<Scene> numbered) {
	}

	private ScriptBuilder() {
	}

	/** Builds a new script with fresh ids. */
	public static Built build(ParsedScript parsed, String sourceFile) {
		ScriptFactory f = ScriptFactory.eINSTANCE;
		Script script = f.createScript();
		script.setId(Ids.newId());
		script.setSourceFile(sourceFile);
		script.setSourceFormat(parsed.format());
		for (TitleEntry t : parsed.titlePage()) {
			TitlePageEntry e = f.createTitlePageEntry();
			e.setKey(t.key());
			e.setValue(t.value());
			script.getTitlePage().add(e);
		}
		script.setTitle(firstLine(parsed.title("title"))); //$NON-NLS-1$
		String author = parsed.title("author"); //$NON-NLS-1$
		script.setAuthor(firstLine(author != null ? author : parsed.title("authors"))); //$NON-NLS-1$

		List<ScriptElement> elements = parsed.elements();
		double[] at = PageModel.positions(elements);
		List<Paragraph> made = new ArrayList<>(elements.size());
		Scene scene = null;
		double sceneStart = 0;
		int autoNumber = 0;
		Set<Scene> numbered = Collections.newSetFromMap(new IdentityHashMap<>());
		for (int i = 0; i < elements.size(); i++) {
			ScriptElement e = elements.get(i);
			if (e.type() == ElementType.HEADING) {
				close(scene, sceneStart, at[i]);
				scene = f.createScene();
				scene.setId(Ids.newId());
				autoNumber = number(scene, e, autoNumber);
				if (e.sceneNumber() != null && !e.sceneNumber().isBlank()) {
					numbered.add(scene);
				}
				describe(scene, e.text());
				scene.setStartPage((int) Math.floor(at[i]) + 1);
				sceneStart = at[i];
				script.getScenes().add(scene);
			}
			Paragraph p = f.createParagraph();
			p.setType(ParagraphType.get(e.type().name()));
			p.setText(e.text());
			p.setDual(e.dual());
			p.setDepth(e.depth());
			(scene == null ? script.getFrontMatter() : scene.getParagraphs()).add(p);
			made.add(p);
			if (scene != null && scene.getSynopsis() == null && e.type() == ElementType.SYNOPSIS) {
				scene.setSynopsis(e.text());
			}
		}
		close(scene, sceneStart, at[elements.size()]);
		return new Built(script, made, numbered);
	}

	/** Sets INT/EXT, set, time of day and the heading text from a heading line. */
	public static void describe(Scene scene, String heading) {
		SceneHeading h = SceneHeadings.parse(heading);
		scene.setHeading(heading);
		// a heading without INT/EXT (forced, or a Chinese one without 内/外) counts as interior
		scene.setIntExt(h.intExt() == null ? IntExt.INT : switch (h.intExt()) {
		case "EXT" -> IntExt.EXT; //$NON-NLS-1$
		case "INT/EXT" -> IntExt.INT_EXT; //$NON-NLS-1$
		default -> IntExt.INT;
		});
		scene.setSetName(h.set());
		scene.setTimeOfDay(h.time() == null ? TimeOfDay.UNSPECIFIED : TimeOfDay.get(h.time()));
		scene.setTimeAsWritten(h.timeAsWritten());
	}

	private static int number(Scene scene, ScriptElement e, int autoNumber) {
		if (e.sceneNumber() != null && !e.sceneNumber().isBlank()) {
			scene.setNumber(e.sceneNumber());
			String digits = e.sceneNumber().replaceAll("\\D.*$", ""); //$NON-NLS-1$ //$NON-NLS-2$
			return digits.isEmpty() || digits.length() > 6 ? autoNumber : Math.max(autoNumber, Integer.parseInt(digits));
		}
		scene.setNumber(Integer.toString(autoNumber + 1));
		return autoNumber + 1;
	}

	private static void close(Scene scene, double start, double end) {
		if (scene == null) {
			return;
		}
		scene.setEighths(PageModel.eighths(start, end));
		if (scene.getSynopsis() == null) {
			for (Paragraph p : scene.getParagraphs()) {
				if (p.getType() == ParagraphType.ACTION && p.getText() != null && !p.getText().isBlank()) {
					scene.setSynopsis(cut(p.getText()));
					break;
				}
			}
		}
	}

	private static String cut(String text) {
		String s = text.replace('\n', ' ').strip();
		if (s.length() <= SYNOPSIS_LENGTH) {
			return s;
		}
		int space = s.lastIndexOf(' ', SYNOPSIS_LENGTH);
		return s.substring(0, space > SYNOPSIS_LENGTH / 2 ? space : SYNOPSIS_LENGTH) + "\u2026"; //$NON-NLS-1$
	}

	private static String firstLine(String s) {
		if (s == null) {
			return null;
		}
		int nl = s.indexOf('\n');
		return (nl < 0 ? s : s.substring(0, nl)).strip();
	}
}
