// SPDX-License-Identifier: EPL-2.0
package com.example.backlot.budget;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The rates a top-sheet is priced at: the defaults in the bundle's
 * {@value #FILE}, overridden by the plugin's preferences or a file the user
 * names. Immutable. A missing or unreadable value never fails: the previous
 * value stays (in the end, the figure built into {@link Rate}) and the card
 * carries a warning that says which value was skipped and why.
 */
public final class RateCard {
	/** The plugin's id, also the preference node that holds the user's rates. */
	public static final String PLUGIN_ID = "com.example.backlot.budget"; //$NON-NLS-1$
	/** The bundled defaults, beside this class. */
	public static final String FILE = "rates.properties"; //$NON-NLS-1$

	private final Map<Rate, Double> values;
	private final List<String> warnings;

	private RateCard(Map<Rate, Double> values, List<String> warnings) {
		this.values = Collections.unmodifiableMap(new EnumMap<>(values));
		this.warnings = List.copyOf(warnings);
	}

	/** The figures built into the plugin, without reading any file. */
	public static RateCard builtIn() {
		Map<Rate, Double> v = new EnumMap<>(Rate.class);
		for (Rate r : Rate.values()) {
			v.put(r, r.fallback());
		}
		return new RateCard(v, List.of());
	}

	/** The bundle's default rate card ({@value #FILE}). */
	public static RateCard defaults() {
		try (InputStream in = RateCard.class.getResourceAsStream(FILE)) {
			return read(in, FILE);
		} catch (IOException e) {
			return builtIn().warn(NLS.bind(Messages.fileUnreadable, FILE, e.getMessage()));
		}
	}

	/** The rate card in use: the defaults with the user's preferences over them. */
	public static RateCard current() {
		return defaults().withPreferences();
	}

	/**
	 * A rate card read from a properties stream (null: missing); every rate the
	 * stream lacks or cannot give keeps its built-in figure, with a warning.
	 */
	public static RateCard read(InputStream in, String source) {
		if (in == null) {
			return builtIn().warn(NLS.bind(Messages.fileMissing, source));
		}
		Properties p = new Properties();
		try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			p.load(r);
		} catch (IOException | IllegalArgumentException e) {
			return builtIn().warn(NLS.bind(Messages.fileUnreadable, source, e.getMessage()));
		}
		RateCard card = builtIn();
		List<String> missing = new ArrayList<>();
		for (Rate rate : Rate.values()) {
			if (p.getProperty(rate.key()) == null) {
				missing.add(NLS.bind(Messages.valueMissing, new Object[] { source, rate.key(), rate.label(), Money.format(rate.fallback()) }));
			}
		}
		return card.withOverrides(asMap(p), source).warn(missing);
	}

	/** This card with the values of a properties stream the user named over it (a file for the CLI). */
	public RateCard withFile(InputStream in, String source) {
		Properties p = new Properties();
		try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			p.load(r);
		} catch (IOException | IllegalArgumentException e) {
			return warn(NLS.bind(Messages.fileUnreadable, source, e.getMessage()));
		}
		return withOverrides(asMap(p), source);
	}

	/**
	 * This card with the user's preferences over it (instance scope, node
	 * {@value #PLUGIN_ID}); without a preference store (a CLI run without a
	 * workspace) the card is returned as it is.
	 */
	public RateCard withPreferences() {
		if (FrameworkUtil.getBundle(RateCard.class) == null) {
			return this; // outside OSGi there is no preference service
		}
		Map<String, String> prefs = new LinkedHashMap<>();
		try {
			IEclipsePreferences node = InstanceScope.INSTANCE.getNode(PLUGIN_ID);
			for (String key : node.keys()) {
				prefs.put(key, node.get(key, null));
			}
		} catch (BackingStoreException | RuntimeException e) {
			return this; // no instance location: nobody can have set a preference
		}
		return withOverrides(prefs, Messages.preferences);
	}

	/** This card with the given key/value pairs over it; an unknown key or an unreadable value is skipped with a warning. */
	public RateCard withOverrides(Map<String, String> overrides, String source) {
		Map<Rate, Double> v = new EnumMap<>(values);
		List<String> w = new ArrayList<>(warnings);
		overrides.forEach((key, text) -> {
			Rate rate = Rate.ofKey(key);
			if (rate == null) {
				w.add(NLS.bind(Messages.unknownKey, source, key));
				return;
			}
			Double value = parse(text);
			if (value == null) {
				w.add(NLS.bind(Messages.valueUnreadable, new Object[] { source, text, rate.key(), rate.label(), Money.format(v.get(rate)) }));
			} else {
				v.put(rate, value);
			}
		});
		return new RateCard(v, w);
	}

	/** This card with one figure changed. */
	public RateCard with(Rate rate, double value) {
		Map<Rate, Double> v = new EnumMap<>(values);
		v.put(rate, value);
		return new RateCard(v, warnings);
	}

	/** A figure of the card. */
	public double get(Rate rate) {
		return values.get(rate);
	}

	/** What was skipped while the card was read, one sentence each. */
	public List<String> warnings() {
		return warnings;
	}

	/** An amount as written on the card: digits with an optional ¥, thousands separators and decimals; null when it is not a number of at least 0. */
	public static Double parse(String text) {
		if (text == null) {
			return null;
		}
		String t = text.trim().replace(",", "").replace("_", "").replace("\u00a5", "").replace("\uffe5", "").trim(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
		try {
			double d = Double.parseDouble(t);
			return Double.isFinite(d) && d >= 0 ? d : null;
		} catch (NumberFormatException e) {
			return null;
		}
	}

	private RateCard warn(String warning) {
		return warn(List.of(warning));
	}

	private RateCard warn(List<String> more) {
		List<String> w = new ArrayList<>(warnings);
		w.addAll(more);
		return new RateCard(values, w);
	}

	private static Map<String, String> asMap(Properties p) {
		Map<String, String> m = new LinkedHashMap<>();
		for (String key : p.stringPropertyNames().stream().sorted().toList()) {
			m.put(key, p.getProperty(key));
		}
		return m;
	}
}
