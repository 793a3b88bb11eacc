// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.internal.assistant;

import org.backlot.model.lighting.Gel;
import org.eclipse.osgi.util.NLS;

/** Messages of the look assistant: look names, lamp roles, targets and the advisor's explanations. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.backlot.lighting.internal.assistant.messages"; //$NON-NLS-1$
	public static String lookHighKey;
	public static String lookLowKey;
	public static String lookRembrandt;
	public static String lookButterfly;
	public static String lookSplit;
	public static String lookLoop;
	public static String lookGoldenHour;
	public static String lookMoonlight;
	public static String lookLedVolume;
	public static String roleKey;
	public static String roleFill;
	public static String roleBack;
	public static String roleBackground;
	public static String targetExposure;
	public static String targetRatio;
	public static String targetColour;
	public static String targetAzimuth;
	public static String targetElevation;
	public static String targetSeparation;
	public static String applyLabel;
	public static String advisorFailed;
	public static String advisorNotLoaded;
	public static String noSubject;
	public static String noStock;
	public static String title;
	public static String titleAlternative;
	public static String lampLine;
	public static String lampDiffusion;
	public static String lampLineBackground;
	public static String noLamps;
	public static String sideLeft;
	public static String sideRight;
	public static String sideFront;
	public static String whyKeyHard;
	public static String whyKeySoft;
	public static String whyFill;
	public static String whyFillUnder;
	public static String whyBack;
	public static String whyBackground;
	public static String whyBackgroundBright;
	public static String whyBackgroundLed;
	public static String whyColour;
	public static String whyColourNone;
	public static String whyColourMix;
	public static String whyColourMissed;
	public static String whyColourFixed;
	public static String colourStep;
	public static String colourOr;
	public static String whyPractical;
	public static String whyLedWall;
	public static String whyNoLedWall;
	public static String whyMoved;
	public static String stockShort;
	public static String resultLine;
	public static String met;
	public static String notMet;
	public static String stops;
	public static String gelNONE;
	public static String gelCTO;
	public static String gelHALF_CTO;
	public static String gelQUARTER_CTO;
	public static String gelCTB;
	public static String gelHALF_CTB;
	public static String gelQUARTER_CTB;
	public static String gelPLUS_GREEN;
	public static String gelMINUS_GREEN;
	public static String gearCsvHeader;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}

	/** The name of a gel as a gaffer says it. */
	public static String gel(Gel gel) {
		return switch (gel == null ? Gel.NONE : gel) {
		case CTO -> gelCTO;
		case HALF_CTO -> gelHALF_CTO;
		case QUARTER_CTO -> gelQUARTER_CTO;
		case CTB -> gelCTB;
		case HALF_CTB -> gelHALF_CTB;
		case QUARTER_CTB -> gelQUARTER_CTB;
		case PLUS_GREEN -> gelPLUS_GREEN;
		case MINUS_GREEN -> gelMINUS_GREEN;
		default -> gelNONE;
		};
	}

	/** The name of a lamp role ({@code key}, {@code fill}, {@code back}, {@code background}) in the current language. */
	public static String role(String role) {
		return switch (role == null ? "" : role) { //$NON-NLS-1$
		case "key" -> roleKey; //$NON-NLS-1$
		case "fill" -> roleFill; //$NON-NLS-1$
		case "back" -> roleBack; //$NON-NLS-1$
		case "background" -> roleBackground; //$NON-NLS-1$
		default -> role;
		};
	}
}
