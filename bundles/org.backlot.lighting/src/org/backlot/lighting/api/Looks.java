// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

import org.backlot.lighting.internal.assistant.LookMeter;
import org.backlot.lighting.internal.assistant.Messages;
import org.backlot.model.lighting.Look;

/**
 * The named looks a DP asks for, as measurable {@link LookTarget}s, and how a lit scene is measured against one.
 * Azimuths are round the subject from the camera axis (positive to camera left), elevations above the eyes,
 * ratios key side to shadow side as n:1 on the cheeks, separations in stops of subject over background.
 */
public final class Looks {
	/** Preset ids. */
	public static final String HIGH_KEY = "high-key", LOW_KEY = "low-key", REMBRANDT = "rembrandt", BUTTERFLY = "butterfly", SPLIT = "split", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			LOOP = "loop", GOLDEN_HOUR = "golden-hour", MOONLIGHT = "moonlight", LED_VOLUME = "led-volume"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	/** A target in stops (exposure, ratio, separation) is met within this many stops. */
	public static final double STOP_TOLERANCE = 0.25;
	/** The key's azimuth is met within this many degrees. */
	public static final double AZIMUTH_TOLERANCE = 15;
	/** The key's elevation is met within this many degrees. */
	public static final double ELEVATION_TOLERANCE = 10;
	/** The colour is met within this many mireds (about 150 K at 3200 K, 500 K at 5600 K). */
	public static final double MIRED_TOLERANCE = 15;
	/** The separation the LED-volume match keeps between the face and the wall behind it, in stops. */
	public static final double LED_SEPARATION = 0.5;

	/** id, message key, azimuth, elevation, key:fill, T-stop, kelvin (0: from the wall), separation. */
	private static final Object[][] PRESETS = { //
			{ HIGH_KEY, "lookHighKey", 30, 30, 2, 2.8, 5600, -1 }, //$NON-NLS-1$
			{ LOW_KEY, "lookLowKey", 60, 35, 8, 2.8, 3200, 2 }, //$NON-NLS-1$
			{ REMBRANDT, "lookRembrandt", 45, 40, 4, 2.8, 3200, 1 }, //$NON-NLS-1$
			// frontal and symmetric: both cheeks read the same (1:1); the fill under the key sits a stop below it
			{ BUTTERFLY, "lookButterfly", 0, 50, 1, 2.8, 5600, 1 }, //$NON-NLS-1$
			{ SPLIT, "lookSplit", 90, 10, 8, 2.8, 3200, 1 }, //$NON-NLS-1$
			{ LOOP, "lookLoop", 30, 30, 3, 2.8, 5600, 1 }, //$NON-NLS-1$
			{ GOLDEN_HOUR, "lookGoldenHour", 70, 12, 3, 4, 3000, 1.5 }, //$NON-NLS-1$
			{ MOONLIGHT, "lookMoonlight", -50, 35, 4, 2, 7000, 1.5 }, //$NON-NLS-1$
			{ LED_VOLUME, "lookLedVolume", 45, 25, 2, 0, 0, LED_SEPARATION } }; //$NON-NLS-1$

	private static Properties english, chinese;

	private Looks() {
	}

	/** Every preset, named in the current language. The LED-volume match has no stop or colour until {@link #ledVolume} derives them. */
	public static List<LookTarget> presets() {
		List<LookTarget> out = new ArrayList<>();
		for (Object[] p : PRESETS) {
			out.add(preset(p, field((String) p[1])));
		}
		return out;
	}

	/** The preset ids in order. */
	public static List<String> ids() {
		List<String> out = new ArrayList<>();
		for (Object[] p : PRESETS) {
			out.add((String) p[0]);
		}
		return out;
	}

	/**
	 * The preset with this id or name in English or Chinese, ignoring case, spaces and punctuation; a part of a
	 * name ("noir", "paramount", "蝴蝶光") or an unambiguous beginning of one of at least three letters (two
	 * Chinese characters) will do.
	 */
	public static Optional<LookTarget> find(String nameOrId) {
		String q = normalise(nameOrId == null ? "" : nameOrId); //$NON-NLS-1$
		if (q.isEmpty()) {
			return Optional.empty();
		}
		Object[] prefix = null;
		int prefixes = 0;
		for (Object[] p : PRESETS) {
			List<String> names = names(p);
			if (names.contains(q)) {
				return Optional.of(preset(p, field((String) p[1])));
			}
			if (q.length() >= (q.codePointAt(0) > 0x2e80 ? 2 : 3) && names.stream().anyMatch(n -> n.startsWith(q))) {
				prefix = p;
				prefixes++;
			}
		}
		return prefixes == 1 ? Optional.of(preset(prefix, field((String) prefix[1]))) : Optional.empty();
	}

	/** A look of the production as targets; a colour of 0 means no colour target. */
	public static LookTarget of(Look look) {
		String preset = look.getPreset();
		String id = preset != null && !preset.isBlank() ? preset : look.getId();
		String name = look.getName() != null && !look.getName().isBlank() ? look.getName() : id;
		return new LookTarget(id, name, look.getKeyAzimuth(), look.getKeyElevation(), look.getKeyToFill() > 0 ? look.getKeyToFill() : 2,
				look.getTargetStop() > 0 ? look.getTargetStop() : 2.8, Math.max(0, look.getCct()), look.getSeparationStops());
	}

	/** The LED-volume match with its colour and stop derived from the scene's wall (see {@link #ledVolume(LightScene, LookTarget)}). */
	public static LookTarget ledVolume(LightScene scene) {
		return ledVolume(scene, find(LED_VOLUME).orElseThrow());
	}

	/**
	 * Fills in what a look leaves open (a stop or colour of 0) from the scene's LED wall: the colour of the wall's
	 * light, and the stop at which the face sits {@link #LED_SEPARATION} stops over the wall as the camera sees it.
	 * Without a wall: 5600 K and T2.8.
	 */
	public static LookTarget ledVolume(LightScene scene, LookTarget look) {
		double bigX = 0, bigY = 0, bigZ = 0;
		for (Source s : scene.sources()) {
			if (s.ledWall && s.y > 0) {
				bigX += s.x / s.y * s.candela;
				bigY += s.candela;
				bigZ += (1 - s.x - s.y) / s.y * s.candela;
			}
		}
		double kelvin = 5600;
		double stop = 2.8;
		if (bigY > 0 && scene.ledWall() != null) {
			double sum = bigX + bigY + bigZ;
			kelvin = Math.round(Colour.cctDuvOfXy(bigX / sum, bigY / sum)[0] / 50) * 50.0;
			double face = Math.PI * scene.ledWall().nits() * 0.5 * Math.pow(2, look.separationStops()) / Actor.SKIN;
			stop = Math.round(Math.max(1, Math.min(22, Exposure.tStop(face, scene.iso(), scene.shutterSeconds()))) * 10) / 10.0;
		}
		return new LookTarget(look.id(), look.name(), look.keyAzimuth(), look.keyElevation(), look.keyToFill(), look.tStop() > 0 ? look.tStop() : stop,
				look.kelvin() > 0 ? look.kelvin() : kelvin, look.separationStops());
	}

	/** How close the lit scene comes to each target of the look on the subject (see {@link LookMeter#measure}). */
	public static List<TargetResult> measure(LookTarget look, Illuminance light, Actor subject) {
		return LookMeter.measure(look, light, subject);
	}

	private static LookTarget preset(Object[] p, String name) {
		return new LookTarget((String) p[0], name, num(p[2]), num(p[3]), num(p[4]), num(p[5]), num(p[6]), num(p[7]));
	}

	private static double num(Object o) {
		return ((Number) o).doubleValue();
	}

	private static String field(String key) {
		try {
			return (String) Messages.class.getField(key).get(null);
		} catch (ReflectiveOperationException e) {
			return key;
		}
	}

	private static List<String> names(Object[] p) {
		List<String> out = new ArrayList<>();
		out.add(normalise((String) p[0]));
		for (String name : new String[] { field((String) p[1]), bundle(false).getProperty((String) p[1], ""), //$NON-NLS-1$
				bundle(true).getProperty((String) p[1], "") }) { //$NON-NLS-1$
			out.add(normalise(name));
			for (String part : name.split("[/\uff0f()\uff08\uff09]")) { //$NON-NLS-1$
				out.add(normalise(part));
			}
		}
		out.removeIf(String::isEmpty);
		return out;
	}

	private static synchronized Properties bundle(boolean zh) {
		if (english == null) {
			english = load("messages.properties"); //$NON-NLS-1$
			chinese = load("messages_zh.properties"); //$NON-NLS-1$
		}
		return zh ? chinese : english;
	}

	private static Properties load(String file) {
		Properties p = new Properties();
		try (InputStream in = Messages.class.getResourceAsStream(file)) {
			if (in != null) {
				p.load(in);
			}
		} catch (IOException e) {
			// the names of the current language still match
		}
		return p;
	}

	static String normalise(String s) {
		return s.toLowerCase(Locale.ROOT).replaceAll("[\\s\\-_/\uff0f()\uff08\uff09\u00b7.,:]", ""); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
