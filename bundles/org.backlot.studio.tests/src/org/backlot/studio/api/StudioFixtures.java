// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.api;

import java.time.LocalDate;
import java.util.List;

import org.backlot.core.api.Ids;
import org.backlot.model.production.Production;
import org.backlot.model.studio.Apartment;
import org.backlot.model.studio.Booking;
import org.backlot.model.studio.BookingPurpose;
import org.backlot.model.studio.BookingStatus;
import org.backlot.model.studio.Extra;
import org.backlot.model.studio.Gender;
import org.backlot.model.studio.Studio;
import org.backlot.model.studio.StudioFactory;
import org.backlot.model.studio.StudioResource;
import org.backlot.schedule.api.ShootCalendar;
import org.backlot.studio.internal.sample.SampleProduction;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;

/** Studios and productions for the extras and housing tests: the generated sample base (shared, read-only) and small hand-made ones. */
final class StudioFixtures {
	private static Studio sample;

	private StudioFixtures() {
	}

	/** The generated sample base, generated once; tests must not change it. */
	static synchronized Studio sample() {
		if (sample == null) {
			sample = StudioGenerator.generate(StudioGenerator.SAMPLE_SEED);
		}
		return sample;
	}

	/** The sample production on a studio, with ids as a saved file has them. */
	static Production production(Studio s) {
		Production p = SampleProduction.create(s);
		Ids.assign(p);
		return p;
	}

	static EditingDomain domain() {
		return new AdapterFactoryEditingDomain(new ComposedAdapterFactory(new ReflectiveItemProviderAdapterFactory()), new BasicCommandStack());
	}

	static LocalDate d(String iso) {
		return LocalDate.parse(iso);
	}

	static Studio empty() {
		Studio s = StudioFactory.eINSTANCE.createStudio();
		s.setId(Ids.newId());
		return s;
	}

	static Extra extra(Studio s, String code, Gender g, int birthYear, int heightCm, List<String> looks, List<String> skills, List<String> languages) {
		Extra x = StudioFactory.eINSTANCE.createExtra();
		x.setId(Ids.newId());
		x.setCode(code);
		x.setName(code);
		x.setGender(g);
		x.setBirthYear(birthYear);
		x.setHeightCm(heightCm);
		x.getLooks().addAll(looks);
		x.getSkills().addAll(skills);
		x.getLanguages().addAll(languages);
		s.getExtras().add(x);
		return x;
	}

	static Apartment unit(Studio s, String name, int floor, int beds, String... features) {
		Apartment a = StudioFactory.eINSTANCE.createApartment();
		a.setId(Ids.newId());
		a.setBuilding(name.substring(0, 1));
		a.setUnit(name.substring(1));
		a.setFloor(floor);
		a.setBeds(beds);
		a.getFeatures().addAll(List.of(features));
		s.getApartments().add(a);
		return a;
	}

	static Booking booking(Studio s, StudioResource r, String productionId, String title, String from, String to, BookingPurpose purpose) {
		Booking b = StudioFactory.eINSTANCE.createBooking();
		b.setId(Ids.newId());
		b.setResource(r);
		b.setProductionId(productionId);
		b.setProductionTitle(title);
		b.setFrom(ShootCalendar.toDate(d(from)));
		b.setTo(ShootCalendar.toDate(d(to)));
		b.setPurpose(purpose);
		b.setStatus(BookingStatus.CONFIRMED);
		s.getBookings().add(b);
		return b;
	}
}
