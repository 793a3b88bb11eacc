// SPDX-License-Identifier: EPL-2.0
package org.backlot.schedule.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** Sunrise and sunset against published tables (NOAA, timeanddate.com), within two minutes. */
class SunTimesTest {
	private static void near(String expected, LocalTime actual, String what) {
		LocalTime e = LocalTime.parse(expected);
		long minutes = Math.abs(Duration.between(e, actual).toMinutes());
		assertTrue(minutes <= 2, what + ": expected about " + e + " but was " + actual);
	}

	@Test
	void greenwichOnTheEquinox() {
		SunTimes s = SunTimes.of(LocalDate.of(2027, 3, 20), 51.4769, 0.0, ZoneId.of("UTC"));
		near("06:02", s.sunrise(), "sunrise");
		near("18:13", s.sunset(), "sunset");
	}

	/** Solar noon 13:06.5 (longitude 106.55 E, equation of time +12.5 min), half-day arc 86.6 deg at declination -7.6 deg. */
	@Test
	void chongqingOnTheFirstShootDay() {
		SunTimes s = SunTimes.of(LocalDate.of(2027, 3, 1), 29.56, 106.55, ZoneId.of("Asia/Shanghai"));
		near("07:20", s.sunrise(), "sunrise");
		near("18:53", s.sunset(), "sunset");
	}

	@Test
	void newYorkAtMidsummerInDaylightSavingTime() {
		SunTimes s = SunTimes.of(LocalDate.of(2027, 6, 21), 40.7128, -74.0060, ZoneId.of("America/New_York"));
		near("05:25", s.sunrise(), "sunrise");
		near("20:31", s.sunset(), "sunset");
	}

	@Test
	void sydneyInTheSouthernSummer() {
		SunTimes s = SunTimes.of(LocalDate.of(2027, 12, 21), -33.8688, 151.2093, ZoneId.of("Australia/Sydney"));
		near("05:41", s.sunrise(), "sunrise");
		near("20:05", s.sunset(), "sunset");
	}

	@Test
	void polarNightAndPolarDayHaveNoSunriseOrSunset() {
		SunTimes night = SunTimes.of(LocalDate.of(2027, 12, 21), 69.65, 18.96, ZoneId.of("Europe/Oslo"));
		assertNull(night.sunrise());
		assertNull(night.sunset());
		assertFalse(night.hasSunriseAndSunset());
		SunTimes day = SunTimes.of(LocalDate.of(2027, 6, 21), 69.65, 18.96, ZoneId.of("Europe/Oslo"));
		assertNull(day.sunrise());
		assertTrue(SunTimes.of(LocalDate.of(2027, 3, 20), 69.65, 18.96, ZoneId.of("Europe/Oslo")).hasSunriseAndSunset());
	}
}
