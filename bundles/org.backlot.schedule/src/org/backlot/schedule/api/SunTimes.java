// SPDX-License-Identifier: EPL-2.0
package org.backlot.schedule.api;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Sunrise and sunset of a date at a place, by the NOAA solar position
 * algorithm (the sun's upper limb on the horizon with standard refraction,
 * zenith 90.833°). Accurate to about a minute between ±72° latitude.
 *
 * @param date    the local date
 * @param sunrise local sunrise, or null when the sun does not rise or set that day (polar day or night)
 * @param sunset  local sunset, or null when the sun does not rise or set that day
 */
public record SunTimes(LocalDate date, LocalTime sunrise, LocalTime sunset) {
	private static final double ZENITH = 90.833;

	/** Sunrise and sunset at a latitude and longitude (degrees, north and east positive) in a time zone. */
	public static SunTimes of(LocalDate date, double latitude, double longitude, ZoneId zone) {
		double offsetMinutes = zone.getRules().getOffset(date.atTime(12, 0)).getTotalSeconds() / 60.0;
		double jd = julianDay(date);
		Double rise = event(true, jd, latitude, longitude, offsetMinutes);
		Double set = event(false, jd, latitude, longitude, offsetMinutes);
		if (rise == null || set == null) {
			return new SunTimes(date, null, null);
		}
		return new SunTimes(date, local(date, rise, zone), local(date, set, zone));
	}

	/** Whether the sun rises and sets that day. */
	public boolean hasSunriseAndSunset() {
		return sunrise != null && sunset != null;
	}

	private static LocalTime local(LocalDate date, double utcMinutes, ZoneId zone) {
		long seconds = Math.round(utcMinutes * 60);
		return date.atStartOfDay(ZoneOffset.UTC).plusSeconds(seconds + 30).withZoneSameInstant(zone).toLocalTime().truncatedTo(ChronoUnit.MINUTES);
	}

	/** Minutes after 00:00 UTC of the date, refined once at the first estimate's time; null in polar day or night. */
	private static Double event(boolean rise, double jd, double lat, double lon, double offsetMinutes) {
		Double first = utcMinutes(rise, jd - offsetMinutes / 1440.0 + 0.5, lat, lon);
		if (first == null) {
			return null;
		}
		return utcMinutes(rise, jd + first / 1440.0, lat, lon);
	}

	private static Double utcMinutes(boolean rise, double jd, double lat, double lon) {
		double t = (jd - 2451545.0) / 36525.0;
		double eqTime = equationOfTime(t);
		double decl = declination(t);
		double latR = Math.toRadians(lat);
		double cosH = Math.cos(Math.toRadians(ZENITH)) / (Math.cos(latR) * Math.cos(decl)) - Math.tan(latR) * Math.tan(decl);
		if (cosH > 1 || cosH < -1) {
			return null;
		}
		double hourAngle = Math.toDegrees(Math.acos(cosH));
		double delta = lon + (rise ? hourAngle : -hourAngle);
		return 720 - 4.0 * delta - eqTime;
	}

	/** Julian day at 00:00 UTC of the date. */
	static double julianDay(LocalDate date) {
		int y = date.getYear();
		int m = date.getMonthValue();
		if (m <= 2) {
			y -= 1;
			m += 12;
		}
		int a = y / 100;
		int b = 2 - a + a / 4;
		return Math.floor(365.25 * (y + 4716)) + Math.floor(30.6001 * (m + 1)) + date.getDayOfMonth() + b - 1524.5;
	}

	private static double meanLongitude(double t) {
		double l = 280.46646 + t * (36000.76983 + t * 0.0003032);
		return ((l % 360) + 360) % 360;
	}

	private static double meanAnomaly(double t) {
		return 357.52911 + t * (35999.05029 - 0.0001537 * t);
	}

	private static double eccentricity(double t) {
		return 0.016708634 - t * (0.000042037 + 0.0000001267 * t);
	}

	private static double obliquity(double t) {
		double seconds = 21.448 - t * (46.8150 + t * (0.00059 - t * 0.001813));
		double e0 = 23.0 + (26.0 + seconds / 60.0) / 60.0;
		double omega = 125.04 - 1934.136 * t;
		return e0 + 0.00256 * Math.cos(Math.toRadians(omega));
	}

	/** The sun's declination in radians. */
	private static double declination(double t) {
		double m = Math.toRadians(meanAnomaly(t));
		double centre = Math.sin(m) * (1.914602 - t * (0.004817 + 0.000014 * t)) + Math.sin(2 * m) * (0.019993 - 0.000101 * t)
				+ Math.sin(3 * m) * 0.000289;
		double trueLong = meanLongitude(t) + centre;
		double omega = 125.04 - 1934.136 * t;
		double lambda = trueLong - 0.00569 - 0.00478 * Math.sin(Math.toRadians(omega));
		return Math.asin(Math.sin(Math.toRadians(obliquity(t))) * Math.sin(Math.toRadians(lambda)));
	}

	/** The equation of time in minutes. */
	private static double equationOfTime(double t) {
		double eps = Math.toRadians(obliquity(t));
		double l0 = Math.toRadians(meanLongitude(t));
		double e = eccentricity(t);
		double m = Math.toRadians(meanAnomaly(t));
		double y = Math.tan(eps / 2) * Math.tan(eps / 2);
		double eTime = y * Math.sin(2 * l0) - 2 * e * Math.sin(m) + 4 * e * y * Math.sin(m) * Math.cos(2 * l0)
				- 0.5 * y * y * Math.sin(4 * l0) - 1.25 * e * e * Math.sin(2 * m);
		return Math.toDegrees(eTime) * 4.0;
	}
}
