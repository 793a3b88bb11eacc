// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.internal.forms;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The labels of an application form in the form's own language (forms_en / forms_zh), chosen per form and never
 * from the default locale: a location manager in Chongqing prints the Chinese form whatever the suite's language.
 */
public final class FormStrings {
	private static final Map<String, FormStrings> LOADED = new ConcurrentHashMap<>();
	private final String language;
	private final Properties texts;

	private FormStrings(String language, Properties texts) {
		this.language = language;
		this.texts = texts;
	}

	/** The strings for a language: Chinese for any {@code zh} locale, English otherwise. */
	public static FormStrings of(Locale locale) {
		String lang = locale != null && Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? "zh" : "en"; //$NON-NLS-1$ //$NON-NLS-2$
		return LOADED.computeIfAbsent(lang, FormStrings::load);
	}

	private static FormStrings load(String lang) {
		Properties p = new Properties();
		try (InputStream in = FormStrings.class.getResourceAsStream("forms_" + lang + ".properties")) { //$NON-NLS-1$ //$NON-NLS-2$
			if (in == null) {
				throw new IllegalStateException("forms_" + lang + ".properties is missing"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			p.load(in);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return new FormStrings(lang, p);
	}

	/** Whether these are the Chinese strings. */
	public boolean chinese() {
		return "zh".equals(language); //$NON-NLS-1$
	}

	/** The label for a key; the key itself when it is missing (so a gap shows, rather than failing the form). */
	public String get(String key) {
		return texts.getProperty(key, key);
	}

	/** The label for a key, or empty when the form has none. */
	public Optional<String> find(String key) {
		return Optional.ofNullable(texts.getProperty(key));
	}

	/** The label with {0}, {1}... replaced by the arguments. */
	public String format(String key, Object... args) {
		String s = get(key);
		for (int i = 0; i < args.length; i++) {
			s = s.replace("{" + i + "}", String.valueOf(args[i])); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return s;
	}

	/** The label of an enum literal under a prefix ("hazard.DRONES"), or "" for null. */
	public String of(String prefix, Enum<?> literal) {
		return literal == null ? "" : get(prefix + "." + literal.name()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The Chinese text when these are the Chinese strings and it is not empty, else the English one. */
	public String pick(String english, String chinese) {
		if (chinese() && chinese != null && !chinese.isBlank()) {
			return chinese;
		}
		return english == null || english.isBlank() ? (chinese == null ? "" : chinese) : english; //$NON-NLS-1$
	}
}
