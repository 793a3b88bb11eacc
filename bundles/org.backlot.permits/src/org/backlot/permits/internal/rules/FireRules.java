// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.backlot.model.permits.Hazard;
import org.backlot.model.permits.PermitApplication;
import org.backlot.model.script.IntExt;
import org.backlot.model.script.Scene;
import org.backlot.permits.api.AuthorityDefinition;
import org.backlot.permits.api.DayAtPlace;
import org.backlot.permits.api.DocumentKind;
import org.backlot.permits.api.PermitField;
import org.backlot.permits.internal.derive.Hazards;
import org.eclipse.osgi.util.NLS;

/**
 * The fire department: pyrotechnics and open flame anywhere, smoke indoors (on a stage, or in an interior scene).
 * Fee: {@code standbyPerDay} a shoot day for the fire crew on standby.
 */
public class FireRules extends BaseRules {
	@Override
	public List<String> reasons(DayAtPlace day, AuthorityDefinition self) {
		List<String> out = new ArrayList<>();
		evidence(day, Hazard.PYROTECHNICS, Messages.firePyro, out);
		evidence(day, Hazard.OPEN_FLAME, Messages.fireFlame, out);
		for (String e : day.hazards().getOrDefault(Hazard.SMOKE, List.of())) {
			if (indoors(day, e)) {
				out.add(NLS.bind(Messages.fireSmoke, e));
			}
		}
		return out;
	}

	/** Whether the evidence comes from a scene shot indoors: any on a stage, else an interior one. */
	private static boolean indoors(DayAtPlace day, String evidence) {
		if (day.stage() != null) {
			return true;
		}
		for (Scene s : day.scenes()) {
			if (s.getIntExt() != IntExt.EXT && evidence.startsWith(Hazards.prefix(s))) {
				return true;
			}
		}
		return false;
	}

	@Override
	public Set<PermitField> requiredFields(AuthorityDefinition self) {
		return basicPlus(PermitField.HAZARDS);
	}

	@Override
	public List<DocumentKind> documents(PermitApplication application, AuthorityDefinition self) {
		List<DocumentKind> out = usual(self, false);
		out.add(doc(DocumentKind.PYROTECHNICS_PLAN, Messages.docPyroPlan));
		out.add(doc(DocumentKind.OPERATOR_LICENCE, Messages.docOperatorLicence));
		ownerConsent(application, out);
		return out;
	}

	@Override
	public double fee(PermitApplication application, AuthorityDefinition self) {
		return perDay(application, self, "standbyPerDay"); //$NON-NLS-1$
	}
}
