// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.internal.registers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.backlot.model.studio.Apartment;
import org.backlot.model.studio.Booking;
import org.backlot.model.studio.BookingStatus;
import org.backlot.model.studio.Condition;
import org.backlot.model.studio.Extra;
import org.backlot.model.studio.Gender;
import org.backlot.model.studio.InventoryItem;
import org.backlot.model.studio.ItemKind;
import org.backlot.model.studio.Stage;
import org.backlot.model.studio.Studio;
import org.backlot.schedule.api.ShootCalendar;
import org.backlot.studio.api.Housing;
import org.backlot.studio.api.Occupancy;
import org.backlot.studio.api.StageCalendar;

/** The studio reports of the command line, as plain records (printed as text by {@link ReportText} or as JSON). */
final class Reports {
	static final List<String> KINDS = List.of("stages", "inventory", "extras", "housing"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	/** Age bands of the extras report: lowest age of each band. */
	static final int[] AGE_BANDS = { 0, 18, 30, 45, 60 };

	record StageRow(int number, String name, int days, int daysUsed, double share, Map<String, Integer> byPurpose) {
	}

	record ConflictRow(int stage, String first, String firstFrom, String firstTo, String second, String secondFrom, String secondTo, String from,
			String to, String message) {
	}

	record StagesReport(String report, String from, String to, List<StageRow> stages, List<ConflictRow> conflicts) {
	}

	record Reservation(String code, String name, String production, String from, String to, int quantity, String purpose) {
	}

	record InventoryReport(String report, String from, String to, int items, int pieces, Map<String, Integer> byKind, Map<String, Integer> byCondition,
			int reservedItems, List<Reservation> reservations) {
	}

	record ExtrasDay(String date, int booked, Map<String, Integer> byProduction) {
	}

	record ExtrasReport(String report, String from, String to, int extras, Map<String, Integer> byGender, Map<String, Integer> byAgeBand, int bookings,
			List<ExtrasDay> days) {
	}

	record HousingDay(String date, int occupied, int total, double rate, Map<String, Integer> byProduction) {
	}

	record HousingReport(String report, String from, String to, int apartments, int beds, int peak, double occupancy, List<HousingDay> days) {
	}

	private Reports() {
	}

	/** The report's period: the dates given, else the span of the studio's bookings of that kind of resource, else 30 days from today. */
	static LocalDate[] span(Studio s, String what, LocalDate from, LocalDate to) {
		LocalDate first = null;
		LocalDate last = null;
		for (Booking b : active(s)) {
			if (what.equals(KINDS.get(0)) && b.getResource() instanceof Stage || what.equals(KINDS.get(1)) && b.getResource() instanceof InventoryItem
					|| what.equals(KINDS.get(2)) && b.getResource() instanceof Extra || what.equals(KINDS.get(3)) && b.getResource() instanceof Apartment) {
				LocalDate f = ShootCalendar.toLocal(b.getFrom());
				LocalDate t = ShootCalendar.toLocal(b.getTo());
				first = first == null || f.isBefore(first) ? f : first;
				last = last == null || t.isAfter(last) ? t : last;
			}
		}
		if (first == null) {
			first = LocalDate.now();
			last = first.plusDays(29);
		}
		LocalDate a = from != null ? from : to != null && to.isBefore(first) ? to.minusDays(29) : first;
		LocalDate z = to != null ? to : last.isBefore(a) ? a.plusDays(29) : last;
		return new LocalDate[] { a, z };
	}

	static Object of(Studio s, String what, LocalDate from, LocalDate to) {
		return switch (KINDS.indexOf(what)) {
			case 0 -> stages(s, from, to);
			case 1 -> inventory(s, from, to);
			case 2 -> extras(s, from, to);
			default -> housing(s, from, to);
		};
	}

	static StagesReport stages(Studio s, LocalDate from, LocalDate to) {
		List<StageRow> rows = new ArrayList<>();
		for (StageCalendar.Use u : StageCalendar.utilisation(s, from, to)) {
			Map<String, Integer> purposes = new LinkedHashMap<>();
			u.daysByPurpose().forEach((k, v) -> purposes.put(k.getLiteral(), v));
			rows.add(new StageRow(u.stage().getNumber(), StageCalendar.name(u.stage()), u.days(), u.daysUsed(), round(u.share()), purposes));
		}
		List<ConflictRow> conflicts = new ArrayList<>();
		for (StageCalendar.Conflict c : StageCalendar.conflicts(s)) {
			if (!c.to().isBefore(from) && !c.from().isAfter(to)) {
				conflicts.add(new ConflictRow(c.stage().getNumber(), c.first().getProductionTitle(), day(c.first().getFrom()), day(c.first().getTo()),
						c.second().getProductionTitle(), day(c.second().getFrom()), day(c.second().getTo()), c.from().toString(), c.to().toString(),
						c.message()));
			}
		}
		return new StagesReport(KINDS.get(0), from.toString(), to.toString(), rows, conflicts);
	}

	static InventoryReport inventory(Studio s, LocalDate from, LocalDate to) {
		Map<String, Integer> byKind = new LinkedHashMap<>();
		for (ItemKind k : ItemKind.VALUES) {
			byKind.put(k.getLiteral(), 0);
		}
		Map<String, Integer> byCondition = new LinkedHashMap<>();
		for (Condition c : Condition.VALUES) {
			byCondition.put(c.getLiteral(), 0);
		}
		int pieces = 0;
		for (InventoryItem i : s.getInventory()) {
			byKind.merge(i.getKind().getLiteral(), 1, Integer::sum);
			byCondition.merge(i.getCondition().getLiteral(), 1, Integer::sum);
			pieces += Math.max(1, i.getQuantity());
		}
		List<Reservation> reservations = new ArrayList<>();
		Set<InventoryItem> reserved = new HashSet<>();
		for (Booking b : overlapping(s, from, to)) {
			if (b.getResource() instanceof InventoryItem i) {
				reserved.add(i);
				reservations.add(new Reservation(i.getCode(), i.getNameZh() != null && !i.getNameZh().isBlank() ? i.getNameZh() : i.getNameEn(),
						b.getProductionTitle(), day(b.getFrom()), day(b.getTo()), Math.max(1, b.getQuantity()), b.getPurpose().getLiteral()));
			}
		}
		reservations.sort(Comparator.comparing(Reservation::from).thenComparing(Reservation::code));
		return new InventoryReport(KINDS.get(1), from.toString(), to.toString(), s.getInventory().size(), pieces, byKind, byCondition, reserved.size(),
				reservations);
	}

	static ExtrasReport extras(Studio s, LocalDate from, LocalDate to) {
		Map<String, Integer> byGender = new LinkedHashMap<>();
		for (Gender g : Gender.VALUES) {
			byGender.put(g.getLiteral(), 0);
		}
		Map<String, Integer> byAge = new LinkedHashMap<>();
		for (int i = 0; i < AGE_BANDS.length; i++) {
			byAge.put(band(i), 0);
		}
		for (Extra x : s.getExtras()) {
			byGender.merge(x.getGender().getLiteral(), 1, Integer::sum);
			int age = from.getYear() - x.getBirthYear();
			int band = 0;
			while (band + 1 < AGE_BANDS.length && age >= AGE_BANDS[band + 1]) {
				band++;
			}
			byAge.merge(band(band), 1, Integer::sum);
		}
		Map<LocalDate, Map<String, Set<Extra>>> perDay = new TreeMap<>();
		int bookings = 0;
		for (Booking b : overlapping(s, from, to)) {
			if (b.getResource() instanceof Extra x) {
				bookings++;
				for (LocalDate d = max(ShootCalendar.toLocal(b.getFrom()), from); !d.isAfter(min(ShootCalendar.toLocal(b.getTo()), to)); d = d.plusDays(1)) {
					perDay.computeIfAbsent(d, k -> new TreeMap<>()).computeIfAbsent(title(b), k -> new HashSet<>()).add(x);
				}
			}
		}
		List<ExtrasDay> days = new ArrayList<>();
		perDay.forEach((d, byProd) -> {
			Set<Extra> all = new HashSet<>();
			Map<String, Integer> counts = new LinkedHashMap<>();
			byProd.forEach((t, people) -> {
				all.addAll(people);
				counts.put(t, people.size());
			});
			days.add(new ExtrasDay(d.toString(), all.size(), counts));
		});
		return new ExtrasReport(KINDS.get(2), from.toString(), to.toString(), s.getExtras().size(), byGender, byAge, bookings, days);
	}

	static HousingReport housing(Studio s, LocalDate from, LocalDate to) {
		Occupancy o = Housing.occupancy(s, from, to);
		List<HousingDay> days = new ArrayList<>();
		double sum = 0;
		for (Occupancy.Day d : o.days()) {
			days.add(new HousingDay(d.date().toString(), d.occupied(), d.total(), round(d.rate()), d.byProduction()));
			sum += d.rate();
		}
		int beds = s.getApartments().stream().mapToInt(Apartment::getBeds).sum();
		return new HousingReport(KINDS.get(3), from.toString(), to.toString(), s.getApartments().size(), beds, o.peak(),
				days.isEmpty() ? 0 : round(sum / days.size()), days);
	}

	/** The label of an age band: "18-29", "60+". */
	static String band(int i) {
		return i + 1 < AGE_BANDS.length ? AGE_BANDS[i] + "-" + (AGE_BANDS[i + 1] - 1) : AGE_BANDS[i] + "+"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static List<Booking> active(Studio s) {
		return s.getBookings().stream().filter(b -> b.getStatus() != BookingStatus.CANCELLED && b.getFrom() != null && b.getTo() != null).toList();
	}

	private static List<Booking> overlapping(Studio s, LocalDate from, LocalDate to) {
		return active(s).stream().filter(b -> !ShootCalendar.toLocal(b.getTo()).isBefore(from) && !ShootCalendar.toLocal(b.getFrom()).isAfter(to))
				.toList();
	}

	private static String title(Booking b) {
		return b.getProductionTitle() != null ? b.getProductionTitle() : String.valueOf(b.getProductionId());
	}

	private static String day(java.util.Date d) {
		return d == null ? "" : ShootCalendar.toLocal(d).toString(); //$NON-NLS-1$
	}

	private static double round(double v) {
		return Math.round(v * 1000) / 1000.0;
	}

	private static LocalDate max(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}
}
