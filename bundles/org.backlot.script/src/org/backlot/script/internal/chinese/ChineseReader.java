// SPDX-License-Identifier: EPL-2.0
package org.backlot.script.internal.chinese;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.backlot.script.api.ElementType;
import org.backlot.script.api.ParsedScript;
import org.backlot.script.api.SceneHeading;
import org.backlot.script.api.SceneHeadings;
import org.backlot.script.api.ScriptElement;
import org.backlot.script.api.TitleEntry;
import org.eclipse.osgi.util.NLS;

/** Reads the lines of a Chinese script into elements, in one pass. */
final class ChineseReader {
	private static final Pattern LINE_END = Pattern.compile("\r\n|\r|\n"); //$NON-NLS-1$
	private static final String HEADING_JOIN = "  "; //$NON-NLS-1$

	private final ParsedScript out;
	private final String name;
	private String[] lines;
	private boolean titleBlock = true;
	private boolean bios;
	private boolean englishSpeech;
	private boolean pendingCue;
	private int headings;
	/** Index of the last heading while nothing has followed it (labels may still join it), else -1. */
	private int openHeading = -1;
	private SceneHeading openParsed;
	/** Lines (1-based) of headings that name no place. */
	private final List<Integer> noPlace = new ArrayList<>();
	private int openLine;
	private String episode;
	private final Set<String> episodes = new LinkedHashSet<>();
	private final List<EpisodeScene> numbered = new ArrayList<>();

	/** A numbered heading inside an episode: its element index and the episode. */
	private record EpisodeScene(int index, String episode) {
	}

	ChineseReader(ParsedScript out, String name) {
		this.out = out;
		this.name = name;
	}

	/** Reads the text into the result, adding warnings. */
	void read(String text) {
		lines = LINE_END.split(text, -1);
		for (int i = 0; i < lines.length; i++) {
			String s = ChineseText.clean(lines[i]);
			if (s.isEmpty()) {
				englishSpeech = false;
				continue;
			}
			String f = ChineseText.fold(s);
			if (titleBlock) {
				if (title(i, s, f)) {
					continue;
				}
				titleBlock = false;
			}
			line(i, s, f);
		}
		numberEpisodes();
		if (headings == 0) {
			out.warnings().add(NLS.bind(Messages.noHeadings, name));
		}
		if (!noPlace.isEmpty()) {
			out.warnings().add(NLS.bind(Messages.headingsWithoutPlace, Integer.toString(noPlace.size()),
					Integer.toString(noPlace.get(0))));
		}
	}

	private void line(int i, String s, String f) {
		if (joinHeading(s, f)) {
			return;
		}
		ChineseHeadings.Match h = ChineseHeadings.match(s);
		if (h != null) {
			heading(s, h.number(), h.heading(), i);
			return;
		}
		EnglishLines.Heading eh = EnglishLines.heading(s);
		if (eh != null) {
			heading(eh.text(), eh.number(), SceneHeadings.parse(eh.text()), i);
			return;
		}
		String ep = ChineseLines.episode(f);
		if (ep != null) {
			episode = ep;
			episodes.add(ep);
			bios = false;
			add(new ScriptElement(ElementType.SECTION, s, null, false, 1, Double.NaN));
			return;
		}
		if (bios) {
			add(ElementType.ACTION, s);
			return;
		}
		if (englishSpeech) {
			if (!chineseForm(s, f)) {
				add(EnglishLines.parenthetical(s) ? ElementType.PARENTHETICAL : ElementType.DIALOGUE, s);
				return;
			}
			englishSpeech = false;
		}
		if (!plain(s, f)) {
			speechOrAction(i, s, f);
		}
	}

	/** The one-line forms; false when the line is none of them. */
	private boolean plain(String s, String f) {
		String action = ChineseLines.action(s);
		if (action != null) {
			if (!action.isEmpty()) {
				add(ElementType.ACTION, action);
			}
			return true;
		}
		if (ChineseLines.cast(f)) {
			add(ElementType.CAST_LIST, s);
			return true;
		}
		if (headings == 0 && ChineseLines.bios(f)) {
			bios = true;
			add(ElementType.ACTION, s);
			return true;
		}
		String[] t = ChineseLines.transition(s, f);
		if (t != null) {
			add(ElementType.TRANSITION, t[0]);
			if (t[1] != null) {
				add(ElementType.ACTION, t[1]);
			}
			return true;
		}
		if (ChineseLines.end(f)) {
			add(ElementType.CENTERED, s);
			return true;
		}
		if (ChineseLines.shot(f)) {
			add(ElementType.SHOT, s);
			return true;
		}
		if (ChineseLines.label(f) != null) {
			add(ElementType.ACTION, s);
			return true;
		}
		return false;
	}

	private void speechOrAction(int i, String s, String f) {
		ChineseSpeech.Speech sp = ChineseSpeech.read(s, f);
		if (sp != null) {
			add(ElementType.CHARACTER, sp.cue());
			for (String p : sp.parentheticals()) {
				add(ElementType.PARENTHETICAL, p);
			}
			if (sp.dialogue().isEmpty()) {
				pendingCue = true;
			} else {
				add(ElementType.DIALOGUE, sp.dialogue());
			}
			return;
		}
		if (EnglishLines.cue(s) && (i == 0 || lines[i - 1].isBlank()) && i + 1 < lines.length && !lines[i + 1].isBlank()) {
			add(ElementType.CHARACTER, s);
			englishSpeech = true;
			return;
		}
		if (pendingCue) {
			boolean paren = EnglishLines.parenthetical(s);
			add(paren ? ElementType.PARENTHETICAL : ElementType.DIALOGUE, s);
			pendingCue = paren;
			return;
		}
		add(ElementType.ACTION, s);
	}

	/** True for a Chinese form that ends an English speech block. */
	private static boolean chineseForm(String s, String f) {
		return ChineseLines.action(s) != null || ChineseLines.cast(f) || ChineseLines.transition(s, f) != null
				|| (ChineseText.hasHan(s) && ChineseSpeech.read(s, f) != null);
	}

	private void heading(String text, String number, SceneHeading parsed, int i) {
		headings++;
		bios = false;
		add(new ScriptElement(ElementType.HEADING, text, number, false, 0, Double.NaN));
		openHeading = out.elements().size() - 1;
		openParsed = parsed;
		openLine = i + 1;
		if (number != null && episode != null && number.indexOf('-') < 0) {
			numbered.add(new EpisodeScene(openHeading, episode));
		}
		if (parsed.set().isEmpty()) {
			noPlace.add(openLine);
		}
	}

	/**
	 * Joins "时间：日" or "地点：茶馆" lines right below a heading that does not
	 * say that yet ("第一场" / "时间：白天" / "地点：办公室") to the heading.
	 */
	private boolean joinHeading(String s, String f) {
		if (openHeading < 0 || openHeading != out.elements().size() - 1) {
			return false;
		}
		String label = ChineseLines.label(f);
		if (label == null) {
			return false;
		}
		boolean missing = switch (label) {
		case "时间" -> openParsed.time() == null && openParsed.timeAsWritten() == null; //$NON-NLS-1$
		case "地点", "场景", "场地", "拍摄地", "拍摄地点" -> openParsed.set().isEmpty(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		case "内外景" -> openParsed.intExt() == null; //$NON-NLS-1$
		default -> false;
		};
		if (!missing) {
			return false;
		}
		ScriptElement old = out.elements().get(openHeading);
		String joined = old.text() + HEADING_JOIN + s;
		ChineseHeadings.Match m = ChineseHeadings.match(joined);
		if (m == null) {
			return false;
		}
		boolean hadPlace = !openParsed.set().isEmpty();
		out.elements().set(openHeading, new ScriptElement(ElementType.HEADING, joined, old.sceneNumber(), false, 0, Double.NaN));
		openParsed = m.heading();
		if (!hadPlace && !openParsed.set().isEmpty()) {
			noPlace.remove(Integer.valueOf(openLine));
		}
		return true;
	}

	/** A title-page line at the top; false once the script proper starts. */
	private boolean title(int i, String s, String f) {
		if (ChineseHeadings.match(s) != null || EnglishLines.heading(s) != null || ChineseLines.episode(f) != null
				|| ChineseLines.transition(s, f) != null || ChineseLines.cast(f)) {
			return false;
		}
		List<TitleEntry> entries = TitleLines.entries(s, f, !out.titlePage().isEmpty());
		if (entries != null) {
			out.titlePage().addAll(entries);
			return true;
		}
		if (out.titlePage().isEmpty() && TitleLines.plainTitle(f)) {
			String next = nextLine(i);
			if (next != null && TitleLines.key(ChineseText.fold(next)) != null) {
				out.titlePage().add(new TitleEntry("title", s)); //$NON-NLS-1$
				return true;
			}
		}
		return false;
	}

	private String nextLine(int i) {
		for (int j = i + 1; j < lines.length; j++) {
			if (!lines[j].isBlank()) {
				return ChineseText.clean(lines[j]);
			}
		}
		return null;
	}

	/** In a file of several episodes, scene numbers restart each episode: "第5场" of 第2集 becomes "2-5". */
	private void numberEpisodes() {
		if (episodes.size() < 2) {
			return;
		}
		for (EpisodeScene n : numbered) {
			ScriptElement e = out.elements().get(n.index());
			String number = n.episode() + "-" + e.sceneNumber(); //$NON-NLS-1$
			out.elements().set(n.index(), new ScriptElement(e.type(), e.text(), number, e.dual(), e.depth(), e.page()));
		}
	}

	private void add(ElementType type, String text) {
		add(ScriptElement.of(type, text));
	}

	private void add(ScriptElement e) {
		out.add(e);
		if (e.type() != ElementType.CHARACTER) {
			pendingCue = false;
		}
	}
}
