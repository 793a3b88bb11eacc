// SPDX-License-Identifier: EPL-2.0
package org.backlot.core.api;

import java.util.Locale;

/** The language the user reads: Chinese when the interface language ({@code -nl}, the default locale) is Chinese, else English. */
public final class Languages {
	private Languages() {
	}

	/** Whether the user reads Chinese. */
	public static boolean chinese() {
		return Locale.getDefault().getLanguage().equals(Locale.CHINESE.getLanguage());
	}

	/** The English or the Chinese of a pair, as the user reads; the other when one is empty ("" when both are). */
	public static String pick(String en, String zh) {
		boolean hasEn = en != null && !en.isBlank();
		boolean hasZh = zh != null && !zh.isBlank();
		if (chinese() && hasZh || !hasEn) {
			return hasZh ? zh : ""; //$NON-NLS-1$
		}
		return en;
	}
}
