// SPDX-License-Identifier: EPL-2.0
package org.backlot.script.internal.layout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.backlot.script.api.ElementType;
import org.backlot.script.api.ParsedScript;
import org.backlot.script.api.ScriptElement;
import org.backlot.script.api.TitleEntry;

/**
 * Writes elements in a short notation to compare with expectations: one string
 * per element, a type prefix ('.' heading with " #n" for its scene number, '!'
 * action, "><" centred, '@' cue, '=' dialogue, '_' parenthetical, '>'
 * transition, '%' shot, '~' lyric, "[[" note, '+' synopsis, '#' per section
 * level, '&' cast list, "<pagebreak>"), '^' before it for dual dialogue, and
 * line breaks inside an element as '|'. Also holds expectations written by
 * hand from reading the shared Fountain files (never parsed by these tests).
 */
public final class Expect {
	private static final Pattern SPACE = Pattern.compile("\\s+"); //$NON-NLS-1$

	/** Brick &amp; Steel as its Fountain file (screenplain/examples/Brick-and-Steel.fountain) says, read by hand. */
	public static final List<String> BRICK_AND_STEEL = List.of(".EXT. BRICK'S PATIO - DAY",
			"!A gorgeous day.  The sun is shining.  But BRICK BRADDOCK, retired police detective, is sitting quietly, contemplating -- something.",
			"!The SCREEN DOOR slides open and DICK STEEL, his former partner and fellow retiree, emerges with two cold beers.",
			"@STEEL", "=Beer's ready!", "@BRICK", "=Are they cold?", "@STEEL", "=Does a bear crap in the woods?",
			"!Steel sits.  They laugh at the dumb joke.", "@STEEL", "_(beer raised)", "=To retirement.", "@BRICK",
			"=To retirement.", "!They drink long and well from the beers.",
			"!And then there's a long beat.|Longer than is funny.|Long enough to be depressing.", "!The men look at each other.",
			"@STEEL", "=Screw retirement.", "^@BRICK", "^=Screw retirement.", ">SMASH CUT TO:", ".INT. TRAILER HOME - DAY",
			"!This is the home of THE BOY BAND, AKA DAN and JACK.  They too are drinking beer, and counting the take from their last smash-and-grab.  Money, drugs, and ridiculous props are strewn about the table.",
			"@JACK", "_(in Vietnamese, subtitled)", "=Did you know Brick and Steel are retired?", "@DAN",
			"=Then let's retire them.|Permanently.",
			"!Jack begins to argue vociferously in Vietnamese (?), But mercifully we...", ">CUT TO:", ".EXT. BRICK'S POOL - DAY",
			"!Steel, in the middle of a heated phone call:", "@STEEL", "=They're coming out of the woodwork!", "_(pause)",
			"=No, everybody we've put away!", "_(pause)", "=Point Blank Sniper?", ".SNIPER SCOPE POV",
			"!From what seems like only INCHES AWAY.  Steel's face FILLS the Leupold Mark 4 scope.", "@STEEL",
			"=The man's a myth!", "!Steel turns and looks straight into the cross-hairs.", "@STEEL", "_(oh crap)", "=Hello...",
			">CUT TO:", ".OPENING TITLES", "><BRICK BRADDOCK|& DICK STEEL IN", "><BRICK & STEEL|FULL RETIRED",
			">SMASH CUT TO:", ".EXT. WOODEN SHACK - DAY", "!COGNITO, the criminal mastermind, is SLAMMED against the wall.",
			"@COGNITO", "=Woah woah woah, Brick and Steel!",
			"!Sure enough, it's Brick and Steel, roughing up their favorite usual suspect.", "@COGNITO",
			"=What is it you want with me, DICK?", "!Steel SMACKS him.", "@STEEL", "=Who's coming after us?", "@COGNITO",
			"=Everyone's coming after you mate!  Scorpio, The Boy Band, Sparrow, Point Blank Sniper...",
			"!As he rattles off the long list, Brick and Steel share a look.  This is going to be BAD.", ">CUT TO:",
			".INT. GARAGE - DAY",
			"!BRICK and STEEL get into Mom's PORSCHE, Steel at the wheel.  They pause for a beat, the gravity of the situation catching up with them.",
			"@BRICK", "=This is everybody we've ever put away.", "@STEEL", "_(starting the engine)", "=So much for retirement!",
			"!They speed off.  To destiny!", ">CUT TO:", ".EXT. PALATIAL MANSION - DAY",
			"!An EXTREMELY HANDSOME MAN drinks a beer.  Shirtless, unfortunately.", "!His minion approaches offscreen:",
			"@MINION", "=We found Brick and Steel!", "@HANDSOME MAN", "=I want them dead.  DEAD!", "!Beer flies.",
			">BURN TO PINK.", "><THE END");

	/** The title page of Brick &amp; Steel, read by hand from its Fountain file. */
	public static final Map<String, String> BRICK_AND_STEEL_TITLE = map("title", "BRICK & STEEL\nFULL RETIRED", "credit",
			"Written by", "author", "Stu Maschwitz", "source", "Story by KTM", "draft date", "1/27/2012", "contact",
			"Next Level Productions\n1588 Mission Dr.\nSolvang, CA 93463");

	private Expect() {
	}

	/** The elements in the notation, line breaks kept as '|'. */
	public static List<String> of(List<ScriptElement> elements) {
		List<String> result = new ArrayList<>(elements.size());
		for (ScriptElement e : elements) {
			String prefix = switch (e.type()) {
			case HEADING -> "."; //$NON-NLS-1$
			case ACTION -> "!"; //$NON-NLS-1$
			case CENTERED -> "><"; //$NON-NLS-1$
			case CHARACTER -> "@"; //$NON-NLS-1$
			case DIALOGUE -> "="; //$NON-NLS-1$
			case PARENTHETICAL -> "_"; //$NON-NLS-1$
			case TRANSITION -> ">"; //$NON-NLS-1$
			case SHOT -> "%"; //$NON-NLS-1$
			case LYRIC -> "~"; //$NON-NLS-1$
			case NOTE -> "[["; //$NON-NLS-1$
			case SYNOPSIS -> "+"; //$NON-NLS-1$
			case SECTION -> "#".repeat(Math.max(1, e.depth())); //$NON-NLS-1$
			case CAST_LIST -> "&"; //$NON-NLS-1$
			case PAGE_BREAK -> "<pagebreak>"; //$NON-NLS-1$
			};
			String text = e.type() == ElementType.PAGE_BREAK ? "" : e.text().replace('\n', '|'); //$NON-NLS-1$
			String number = e.sceneNumber() == null ? "" : " #" + e.sceneNumber(); //$NON-NLS-1$ //$NON-NLS-2$
			result.add((e.dual() ? "^" : "") + prefix + text + number); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return result;
	}

	/** The script's elements in the notation. */
	public static List<String> of(ParsedScript script) {
		return of(script.elements());
	}

	/** The notation with line breaks and runs of white space as single spaces (for laid-out text). */
	public static List<String> loose(List<String> notation) {
		List<String> result = new ArrayList<>(notation.size());
		for (String s : notation) {
			result.add(SPACE.matcher(s.replace('|', ' ')).replaceAll(" ").strip()); //$NON-NLS-1$
		}
		return result;
	}

	/** The title page as a map, in order. */
	public static Map<String, String> title(ParsedScript script) {
		Map<String, String> result = new LinkedHashMap<>();
		for (TitleEntry e : script.titlePage()) {
			result.put(e.key(), e.value());
		}
		return result;
	}

	/** A map from key, value pairs, in order. */
	public static Map<String, String> map(String... pairs) {
		Map<String, String> result = new LinkedHashMap<>();
		for (int i = 0; i + 1 < pairs.length; i += 2) {
			result.put(pairs[i], pairs[i + 1]);
		}
		return result;
	}

	/**
	 * True when a message was read from its messages.properties; when the
	 * properties are not on the class path (a quick compile outside the build),
	 * says so, and the caller skips checking the wording.
	 */
	public static boolean worded(String message) {
		if (message != null && message.startsWith("NLS missing message")) { //$NON-NLS-1$
			System.out.println("message wording not checked (messages.properties not on the class path): " + message); //$NON-NLS-1$
			return false;
		}
		return true;
	}

	/** Counts elements of a type. */
	public static long count(ParsedScript script, ElementType type) {
		return script.elements().stream().filter(e -> e.type() == type).count();
	}

	/** Distinct speakers: cue text without extensions in brackets. */
	public static long speakers(ParsedScript script) {
		return script.elements().stream().filter(e -> e.type() == ElementType.CHARACTER)
				.map(e -> e.text().replaceAll("\\(.*?\\)", "").strip()).distinct().count(); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
