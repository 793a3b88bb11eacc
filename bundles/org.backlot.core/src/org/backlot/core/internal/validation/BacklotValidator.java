// SPDX-License-Identifier: EPL-2.0
package org.backlot.core.internal.validation;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.backlot.model.breakdown.Breakdown;
import org.backlot.model.breakdown.BreakdownPackage;
import org.backlot.model.breakdown.CastMember;
import org.backlot.model.breakdown.Element;
import org.backlot.model.lighting.LightingPackage;
import org.backlot.model.permits.PermitApplication;
import org.backlot.model.permits.PermitPeriod;
import org.backlot.model.permits.PermitStatus;
import org.backlot.model.permits.PermitsPackage;
import org.backlot.model.production.DateRange;
import org.backlot.model.production.Production;
import org.backlot.model.production.ProductionPackage;
import org.backlot.model.schedule.ShootDay;
import org.backlot.model.schedule.SchedulePackage;
import org.backlot.model.script.Scene;
import org.backlot.model.script.Script;
import org.backlot.model.script.ScriptPackage;
import org.backlot.model.shots.ShotsPackage;
import org.backlot.model.studio.Booking;
import org.backlot.model.studio.Studio;
import org.backlot.model.studio.StudioPackage;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;

/** Backlot's constraints on top of EMF's basic ones (multiplicities, unresolved references...). */
public class BacklotValidator extends EObjectValidator {
	/** Diagnostic source of Backlot's constraints. */
	public static final String SOURCE = "org.backlot.core"; //$NON-NLS-1$

	@Override
	public boolean validate(EClass eClass, EObject o, DiagnosticChain d, Map<Object, Object> context) {
		boolean ok = validate_EveryDefaultConstraint(o, d, context);
		if (o instanceof Production p) {
			ok &= range(p, p.getStartDate(), p.getWrapDate(), ProductionPackage.Literals.PRODUCTION__WRAP_DATE, d);
		} else if (o instanceof Script s) {
			ok &= uniqueSceneNumbers(s, d);
		} else if (o instanceof Breakdown b) {
			ok &= uniqueCastNumbers(b, d);
		} else if (o instanceof Element e && e.getCategory() == null) {
			ok &= report(d, Diagnostic.WARNING, NLS.bind(Messages.elementWithoutCategory, e.getName()), e, BreakdownPackage.Literals.ELEMENT__CATEGORY);
		}
		if (o instanceof ShootDay day) {
			ok &= shootDayInProduction(day, d);
		} else if (o instanceof DateRange r) {
			ok &= range(r, r.getFrom(), r.getTo(), ProductionPackage.Literals.DATE_RANGE__TO, d);
		} else if (o instanceof Booking b) {
			ok &= range(b, b.getFrom(), b.getTo(), StudioPackage.Literals.BOOKING__TO, d);
		} else if (o instanceof PermitPeriod p) {
			ok &= range(p, p.getStart(), p.getEnd(), PermitsPackage.Literals.PERMIT_PERIOD__END, d);
		} else if (o instanceof PermitApplication a) {
			ok &= requiredPermitFields(a, d);
		} else if (o instanceof Studio s) {
			ok &= BookingOverlaps.check(s, d);
		}
		return ok;
	}

	private static boolean uniqueSceneNumbers(Script script, DiagnosticChain d) {
		Map<String, Scene> seen = new HashMap<>();
		boolean ok = true;
		for (Scene scene : script.getScenes()) {
			String n = scene.getNumber();
			if (n == null || n.isBlank()) {
				continue;
			}
			Scene first = seen.putIfAbsent(n.strip(), scene);
			if (first != null) {
				ok &= report(d, Diagnostic.ERROR, NLS.bind(Messages.duplicateSceneNumber, n, first.getHeading()), scene,
						ScriptPackage.Literals.SCENE__NUMBER);
			}
		}
		return ok;
	}

	private static boolean uniqueCastNumbers(Breakdown breakdown, DiagnosticChain d) {
		Map<Integer, CastMember> seen = new HashMap<>();
		boolean ok = true;
		for (Element e : breakdown.getElements()) {
			if (e instanceof CastMember c && c.getCastNumber() > 0) {
				CastMember first = seen.putIfAbsent(c.getCastNumber(), c);
				if (first != null) {
					ok &= report(d, Diagnostic.ERROR, NLS.bind(Messages.duplicateCastNumber,
							new Object[] { c.getCastNumber(), first.getName(), c.getName() }), c,
							BreakdownPackage.Literals.CAST_MEMBER__CAST_NUMBER);
				}
			}
		}
		return ok;
	}

	private static boolean shootDayInProduction(ShootDay day, DiagnosticChain d) {
		if (day.getDate() == null || !(EcoreUtil.getRootContainer(day) instanceof Production p)) {
			return true;
		}
		boolean before = p.getStartDate() != null && day.getDate().before(p.getStartDate());
		boolean after = p.getWrapDate() != null && day.getDate().after(p.getWrapDate());
		if (before || after) {
			return report(d, Diagnostic.WARNING, NLS.bind(Messages.shootDayOutsideProduction,
					new Object[] { day.getDayNumber(), Dates.format(day.getDate()), Dates.format(p.getStartDate()), Dates.format(p.getWrapDate()) }),
					day, SchedulePackage.Literals.SHOOT_DAY__DATE);
		}
		return true;
	}

	private static boolean requiredPermitFields(PermitApplication a, DiagnosticChain d) {
		if (a.getStatus() == PermitStatus.DRAFT || a.getStatus() == PermitStatus.WITHDRAWN) {
			return true;
		}
		boolean ok = true;
		Object[][] required = {
				{ a.getAuthority() == null, PermitsPackage.Literals.PERMIT_APPLICATION__AUTHORITY, Messages.fieldAuthority },
				{ a.getLocations().isEmpty(), PermitsPackage.Literals.PERMIT_APPLICATION__LOCATIONS, Messages.fieldLocations },
				{ a.getPeriods().isEmpty(), PermitsPackage.Literals.PERMIT_APPLICATION__PERIODS, Messages.fieldPeriods },
				{ a.getHeadCount() <= 0, PermitsPackage.Literals.PERMIT_APPLICATION__HEAD_COUNT, Messages.fieldHeadCount },
				{ a.getPersonInCharge() == null, PermitsPackage.Literals.PERMIT_APPLICATION__PERSON_IN_CHARGE, Messages.fieldPersonInCharge } };
		for (Object[] r : required) {
			if ((Boolean) r[0]) {
				ok &= report(d, Diagnostic.ERROR, NLS.bind(Messages.permitMissingField, r[2], a.getStatus().getLiteral()), a,
						(EStructuralFeature) r[1]);
			}
		}
		return ok;
	}

	private static boolean range(EObject o, Date from, Date to, EStructuralFeature toFeature, DiagnosticChain d) {
		if (from != null && to != null && to.before(from)) {
			return report(d, Diagnostic.ERROR, NLS.bind(Messages.endBeforeStart, Dates.format(to), Dates.format(from)), o, toFeature);
		}
		return true;
	}

	/** Adds a problem about an object and one of its features; returns false for errors. */
	static boolean report(DiagnosticChain d, int severity, String message, EObject o, EStructuralFeature feature) {
		if (d != null) {
			d.add(new BasicDiagnostic(severity, SOURCE, 0, message, new Object[] { o, feature }));
		}
		return severity < Diagnostic.ERROR;
	}

	/** The registry that maps each Backlot package to this validator. */
	public static EValidator.Registry registry() {
		EValidator.Registry registry = new EValidatorRegistryImpl(EValidator.Registry.INSTANCE);
		BacklotValidator v = new BacklotValidator();
		for (EPackage p : List.of(ProductionPackage.eINSTANCE, ScriptPackage.eINSTANCE, BreakdownPackage.eINSTANCE,
				ShotsPackage.eINSTANCE, SchedulePackage.eINSTANCE, LightingPackage.eINSTANCE, PermitsPackage.eINSTANCE,
				StudioPackage.eINSTANCE)) {
			registry.put(p, v);
		}
		return registry;
	}
}
