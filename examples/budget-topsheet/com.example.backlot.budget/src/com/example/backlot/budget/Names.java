// SPDX-License-Identifier: EPL-2.0
package com.example.backlot.budget;

import java.util.Locale;

import org.backlot.model.breakdown.CastMember;
import org.backlot.model.breakdown.Element;
import org.backlot.model.permits.PermitApplication;
import org.backlot.model.studio.Location;
import org.backlot.model.studio.Stage;
import org.eclipse.osgi.util.NLS;

/** The names a top-sheet line shows: Chinese names where the interface is in Chinese and the model has one. */
final class Names {
	private Names() {
	}

	static boolean chinese() {
		return "zh".equals(Locale.getDefault().getLanguage()); //$NON-NLS-1$
	}

	private static String pick(String name, String nameZh, String fallback) {
		if (chinese() && nameZh != null && !nameZh.isBlank()) {
			return nameZh;
		}
		if (name != null && !name.isBlank()) {
			return name;
		}
		return nameZh != null && !nameZh.isBlank() ? nameZh : fallback;
	}

	static String stage(Stage s) {
		return pick(s.getName(), s.getNameZh(), NLS.bind(Messages.stageNumber, s.getNumber()));
	}

	static String location(Location l) {
		return pick(l.getName(), l.getNameZh(), Messages.unnamed);
	}

	/** "2. LIN (Tang Ning)": number, character and actor. */
	static String cast(CastMember c) {
		String name = element(c);
		String actor = chinese() || c.getActorAlt() == null || c.getActorAlt().isBlank() ? c.getActor() : c.getActorAlt();
		String text = c.getCastNumber() > 0 ? c.getCastNumber() + ". " + name : name; //$NON-NLS-1$
		return actor == null || actor.isBlank() ? text : text + " (" + actor + ")"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** "1 day" or "3 days": the singular text for one, else the pattern bound to the number. */
	static String count(int n, String one, String many) {
		return n == 1 ? one : NLS.bind(many, n);
	}

	static String element(Element e) {
		return e.getName() == null || e.getName().isBlank() ? Messages.unnamed : e.getName();
	}

	static String application(PermitApplication a) {
		if (a.getAuthority() != null) {
			return pick(a.getAuthority().getName(), a.getAuthority().getNameZh(), Messages.unnamed);
		}
		return a.getDescription() == null || a.getDescription().isBlank() ? Messages.unnamed : a.getDescription();
	}
}
