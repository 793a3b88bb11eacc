// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.ui.internal;

import java.util.Locale;

import org.backlot.core.api.Eighths;
import org.backlot.model.breakdown.Category;
import org.backlot.model.script.IntExt;
import org.backlot.model.script.Scene;
import org.backlot.model.script.TimeOfDay;

/** How the breakdown views name things in the user's language. */
final class Labels {
	private Labels() {
	}

	static boolean chinese() {
		return Locale.getDefault().getLanguage().equals("zh"); //$NON-NLS-1$
	}

	/** A category's name in the user's language, with its number key when it has one. */
	static String category(Category c) {
		String name = chinese() && c.getNameZh() != null ? c.getNameZh() : c.getName();
		return c.getShortcut() > 0 ? name + "\t" + c.getShortcut() : name; //$NON-NLS-1$
	}

	/** A category's name without the key. */
	static String categoryName(Category c) {
		return chinese() && c.getNameZh() != null ? c.getNameZh() : c.getName();
	}

	static String intExt(Scene s) {
		IntExt ie = s.getIntExt();
		if (chinese()) {
			return ie == IntExt.EXT ? "外" : ie == IntExt.INT_EXT ? "内外" : "内"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		return ie == IntExt.INT_EXT ? "I/E" : ie.getName(); //$NON-NLS-1$
	}

	static String time(Scene s) {
		TimeOfDay t = s.getTimeOfDay();
		if (t == null || t == TimeOfDay.UNSPECIFIED) {
			return s.getTimeAsWritten() == null ? "" : s.getTimeAsWritten(); //$NON-NLS-1$
		}
		if (chinese()) {
			return switch (t) {
			case DAY -> "日"; //$NON-NLS-1$
			case NIGHT -> "夜"; //$NON-NLS-1$
			case DAWN -> "晨"; //$NON-NLS-1$
			case DUSK -> "昏"; //$NON-NLS-1$
			case MORNING -> "早"; //$NON-NLS-1$
			case EVENING -> "傍晚"; //$NON-NLS-1$
			case CONTINUOUS -> "接上"; //$NON-NLS-1$
			case LATER -> "稍后"; //$NON-NLS-1$
			default -> ""; //$NON-NLS-1$
			};
		}
		return switch (t) {
		case DAY -> "D"; //$NON-NLS-1$
		case NIGHT -> "N"; //$NON-NLS-1$
		default -> t.getName();
		};
	}

	static String eighths(Scene s) {
		return Eighths.format(s.getEighths());
	}
}
