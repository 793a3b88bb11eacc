// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.internal.people;

import java.time.LocalDate;
import java.util.BitSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.backlot.model.production.DateRange;
import org.backlot.model.studio.Booking;
import org.backlot.model.studio.BookingStatus;
import org.backlot.model.studio.Extra;
import org.backlot.model.studio.Gender;
import org.backlot.model.studio.Studio;
import org.backlot.schedule.api.ShootCalendar;
import org.backlot.studio.api.ExtrasSearch.Filter;

/**
 * The extras database as compact arrays (gender, birth year, height) and one
 * bit set per look, skill and language, so that a filter over 15,000 people is
 * a few bit operations and one pass over primitive arrays. Availability is read
 * live: the studio's bookings change while the index stays.
 */
public final class ExtrasIndex {
	private static final byte NO_GENDER = 3;
	private final Extra[] extras;
	private final Map<Extra, Integer> position;
	private final byte[] gender;
	private final short[] birthYear;
	private final short[] height;
	private final Map<String, BitSet> looks = new HashMap<>();
	private final Map<String, BitSet> skills = new HashMap<>();
	private final Map<String, BitSet> languages = new HashMap<>();
	private final int[] awayWho;
	private final long[] awayFrom;
	private final long[] awayTo;

	/** Indexes the studio's extras as they are now. */
	public ExtrasIndex(Studio s) {
		List<Extra> list = s.getExtras();
		int n = list.size();
		extras = list.toArray(new Extra[n]);
		position = new IdentityHashMap<>(n * 2);
		gender = new byte[n];
		birthYear = new short[n];
		height = new short[n];
		int ranges = 0;
		for (int i = 0; i < n; i++) {
			Extra x = extras[i];
			position.put(x, i);
			gender[i] = x.getGender() == null ? NO_GENDER : (byte) x.getGender().getValue();
			birthYear[i] = (short) x.getBirthYear();
			height[i] = (short) x.getHeightCm();
			post(looks, Words.Kind.LOOK, x.getLooks(), i);
			post(skills, Words.Kind.SKILL, x.getSkills(), i);
			post(languages, Words.Kind.LANGUAGE, x.getLanguages(), i);
			ranges += x.getUnavailable().size();
		}
		awayWho = new int[ranges];
		awayFrom = new long[ranges];
		awayTo = new long[ranges];
		int r = 0;
		for (int i = 0; i < n; i++) {
			for (DateRange d : extras[i].getUnavailable()) {
				awayWho[r] = i;
				awayFrom[r] = d.getFrom() == null ? Long.MIN_VALUE : ShootCalendar.toLocal(d.getFrom()).toEpochDay();
				awayTo[r] = d.getTo() == null ? awayFrom[r] : ShootCalendar.toLocal(d.getTo()).toEpochDay();
				r++;
			}
		}
	}

	private static void post(Map<String, BitSet> postings, Words.Kind kind, List<String> values, int i) {
		for (String v : values) {
			postings.computeIfAbsent(Words.key(kind, v), k -> new BitSet()).set(i);
		}
	}

	/** Number of extras indexed. */
	public int size() {
		return extras.length;
	}

	/** The extra at a position. */
	public Extra extra(int i) {
		return extras[i];
	}

	/** The position of an extra, or -1 when it was not indexed. */
	public int indexOf(Extra x) {
		Integer i = position.get(x);
		return i == null ? -1 : i;
	}

	/** The age in the year of the date (0 when the birth year is unknown). */
	public int age(int i, LocalDate at) {
		return birthYear[i] <= 0 ? 0 : at.getYear() - birthYear[i];
	}

	/** Who has a look, a skill or a language (by canonical key); empty when nobody. */
	public BitSet posting(Words.Kind kind, String key) {
		Map<String, BitSet> postings = kind == Words.Kind.LOOK ? looks : kind == Words.Kind.SKILL ? skills : languages;
		BitSet b = postings.get(key);
		return b == null ? new BitSet() : b;
	}

	/** The extras that pass the filter, with ages taken at {@code ageAt}; availability on the filter's day against the studio's bookings. */
	public BitSet matching(Filter f, LocalDate ageAt, Studio studio) {
		int n = extras.length;
		BitSet out = new BitSet(n);
		out.set(0, n);
		and(out, Words.Kind.LOOK, f.looks());
		and(out, Words.Kind.SKILL, f.skills());
		and(out, Words.Kind.LANGUAGE, f.languages());
		if (f.available() != null) {
			out.andNot(away(f.available(), studio));
		}
		byte g = f.gender() == null ? -1 : (byte) f.gender().getValue();
		int year = ageAt.getYear();
		boolean ages = f.minAge() > 0 || f.maxAge() > 0;
		int maxAge = f.maxAge() > 0 ? f.maxAge() : Integer.MAX_VALUE;
		int maxHeight = f.maxHeightCm() > 0 ? f.maxHeightCm() : Integer.MAX_VALUE;
		for (int i = out.nextSetBit(0); i >= 0; i = out.nextSetBit(i + 1)) {
			int age = year - birthYear[i];
			if (g >= 0 && gender[i] != g || ages && (birthYear[i] <= 0 || age < f.minAge() || age > maxAge) || height[i] < f.minHeightCm()
					|| height[i] > maxHeight) {
				out.clear(i);
			}
		}
		return out;
	}

	private void and(BitSet out, Words.Kind kind, Set<String> values) {
		for (String v : values) {
			out.and(posting(kind, Words.key(kind, v)));
		}
	}

	/** Who cannot work on the day: unavailable, or booked by any production (cancelled bookings aside). */
	public BitSet away(LocalDate day, Studio studio) {
		long d = day.toEpochDay();
		BitSet out = new BitSet(extras.length);
		for (int r = 0; r < awayWho.length; r++) {
			if (awayFrom[r] <= d && d <= awayTo[r]) {
				out.set(awayWho[r]);
			}
		}
		if (studio != null) {
			for (Booking b : studio.getBookings()) {
				if (b.getResource() instanceof Extra x && b.getStatus() != BookingStatus.CANCELLED && covers(b, d)) {
					int i = indexOf(x);
					if (i >= 0) {
						out.set(i);
					}
				}
			}
		}
		return out;
	}

	/** Whether a booking's days include the day (a booking without an end lasts one day). */
	public static boolean covers(Booking b, long epochDay) {
		if (b.getFrom() == null) {
			return false;
		}
		long from = ShootCalendar.toLocal(b.getFrom()).toEpochDay();
		long to = b.getTo() == null ? from : ShootCalendar.toLocal(b.getTo()).toEpochDay();
		return from <= epochDay && epochDay <= to;
	}

	/** The gender at a position, or null. */
	public Gender gender(int i) {
		return gender[i] == NO_GENDER ? null : Gender.get(gender[i]);
	}
}
