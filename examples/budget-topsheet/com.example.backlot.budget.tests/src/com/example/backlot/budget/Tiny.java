// SPDX-License-Identifier: EPL-2.0
package com.example.backlot.budget;

import java.time.LocalDate;

import org.backlot.core.api.NewProduction;
import org.backlot.model.breakdown.BreakdownFactory;
import org.backlot.model.breakdown.CastMember;
import org.backlot.model.breakdown.Category;
import org.backlot.model.breakdown.Element;
import org.backlot.model.breakdown.ElementOccurrence;
import org.backlot.model.breakdown.ExtrasRequirement;
import org.backlot.model.permits.PermitApplication;
import org.backlot.model.permits.PermitStatus;
import org.backlot.model.permits.PermitsFactory;
import org.backlot.model.production.Person;
import org.backlot.model.production.Production;
import org.backlot.model.production.ProductionFactory;
import org.backlot.model.schedule.Schedule;
import org.backlot.model.schedule.ScheduleFactory;
import org.backlot.model.schedule.ShootDay;
import org.backlot.model.schedule.Strip;
import org.backlot.model.script.Scene;
import org.backlot.model.script.ScriptFactory;
import org.backlot.model.studio.Location;
import org.backlot.model.studio.Stage;
import org.backlot.model.studio.StudioFactory;
import org.backlot.schedule.api.ShootCalendar;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * A production small enough to price by hand: two shoot days (scenes 1 and 2
 * on Stage A, then scene 3 at the wharf), two actors, background, a prop, a
 * vehicle, one housed person and two permit applications.
 */
final class Tiny {
	final Production p = NewProduction.create("Tiny", null); //$NON-NLS-1$
	final Stage stage = StudioFactory.eINSTANCE.createStage();
	final Location wharf = StudioFactory.eINSTANCE.createLocation();
	final Scene s1 = scene("1"), s2 = scene("2"), s3 = scene("3"), omitted = scene("4"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	final CastMember lead = cast(1, "LEAD", 5000, s1, s3); //$NON-NLS-1$
	final CastMember friend = cast(2, "FRIEND", 0, s2); //$NON-NLS-1$
	final Person housed = ProductionFactory.eINSTANCE.createPerson();
	final boolean housingInModel;

	Tiny() {
		stage.setName("Stage A"); //$NON-NLS-1$
		wharf.setName("Wharf"); //$NON-NLS-1$
		s1.setStage(stage);
		s2.setStage(stage);
		s3.setLocation(wharf);
		omitted.setOmitted(true);
		Schedule board = p.getActiveSchedule();
		board.getItems().add(strip(s1));
		board.getItems().add(strip(s2));
		board.getItems().add(day(1, LocalDate.of(2027, 3, 1)));
		board.getItems().add(strip(s3));
		board.getItems().add(day(2, LocalDate.of(2027, 3, 2)));
		extras(s1, "dock workers", 30); //$NON-NLS-1$
		extras(s2, "dock workers", 20); //$NON-NLS-1$
		extras(s3, "tea drinkers", 10); //$NON-NLS-1$
		element("props", "teapot", s1); //$NON-NLS-1$ //$NON-NLS-2$
		element("props", "cut sword", omitted); //$NON-NLS-1$ //$NON-NLS-2$
		element("vehicles", "police truck", s1, s3); //$NON-NLS-1$ //$NON-NLS-2$
		housed.setName("Ye Qing"); //$NON-NLS-1$
		EStructuralFeature f = housed.eClass().getEStructuralFeature("housing"); //$NON-NLS-1$
		housingInModel = f != null;
		if (housingInModel) {
			housed.eSet(f, Boolean.TRUE);
		}
		p.getPeople().add(housed);
		p.getPeople().add(ProductionFactory.eINSTANCE.createPerson());
		permit(5000, PermitStatus.APPROVED);
		permit(999, PermitStatus.REJECTED);
	}

	private Scene scene(String number) {
		Scene s = ScriptFactory.eINSTANCE.createScene();
		s.setNumber(number);
		p.getScript().getScenes().add(s);
		return s;
	}

	private static Strip strip(Scene s) {
		Strip strip = ScheduleFactory.eINSTANCE.createStrip();
		strip.setScene(s);
		return strip;
	}

	private static ShootDay day(int number, LocalDate date) {
		ShootDay d = ScheduleFactory.eINSTANCE.createShootDay();
		d.setDayNumber(number);
		d.setDate(ShootCalendar.toDate(date));
		return d;
	}

	private Category category(String key) {
		return p.getBreakdown().getCategories().stream().filter(c -> key.equals(c.getKey())).findFirst().orElseThrow();
	}

	private CastMember cast(int number, String name, double rate, Scene... scenes) {
		CastMember c = BreakdownFactory.eINSTANCE.createCastMember();
		c.setCastNumber(number);
		c.setName(name);
		c.setDailyRate(rate);
		c.setCategory(category("cast")); //$NON-NLS-1$
		occur(c, scenes);
		p.getBreakdown().getElements().add(c);
		return c;
	}

	Element element(String category, String name, Scene... scenes) {
		Element e = BreakdownFactory.eINSTANCE.createElement();
		e.setName(name);
		e.setCategory(category(category));
		occur(e, scenes);
		p.getBreakdown().getElements().add(e);
		return e;
	}

	private static void occur(Element e, Scene... scenes) {
		for (Scene s : scenes) {
			ElementOccurrence o = BreakdownFactory.eINSTANCE.createElementOccurrence();
			o.setScene(s);
			e.getOccurrences().add(o);
		}
	}

	private void extras(Scene s, String who, int count) {
		ExtrasRequirement r = BreakdownFactory.eINSTANCE.createExtrasRequirement();
		r.setScene(s);
		r.setDescription(who);
		r.setCount(count);
		p.getBreakdown().getExtras().add(r);
	}

	private void permit(double fee, PermitStatus status) {
		PermitApplication a = PermitsFactory.eINSTANCE.createPermitApplication();
		a.setDescription("Filming at the wharf"); //$NON-NLS-1$
		a.setFee(fee);
		a.setStatus(status);
		p.getPermitApplications().add(a);
	}
}
