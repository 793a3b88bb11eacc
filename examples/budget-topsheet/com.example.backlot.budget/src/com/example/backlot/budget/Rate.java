// SPDX-License-Identifier: EPL-2.0
package com.example.backlot.budget;

/**
 * One figure of the rate card: its key in {@code rates.properties} and in the
 * plugin's preferences, and the value used when neither gives a readable one.
 */
public enum Rate {
	/** A cast work, hold or travel day for an actor without a daily rate of their own. */
	CAST_DAY("cast.day", 3000), //$NON-NLS-1$
	/** A background (atmosphere) person-day. */
	EXTRAS_DAY("extras.day", 300), //$NON-NLS-1$
	/** A day of a silent bit (a featured extra). */
	SILENT_BIT_DAY("extras.silent.day", 800), //$NON-NLS-1$
	/** A crew day: the whole shooting unit for one shoot day. */
	CREW_DAY("crew.day", 60000), //$NON-NLS-1$
	/** A day of one stage in use. */
	STAGE_DAY("stage.day", 20000), //$NON-NLS-1$
	/** A day at one location (fee to the owner or the site). */
	LOCATION_DAY("location.day", 8000), //$NON-NLS-1$
	/** A working day of one picture vehicle or animal. */
	VEHICLE_DAY("vehicle.day", 1500), //$NON-NLS-1$
	/** The allowance for one prop. */
	PROP_ALLOWANCE("prop.allowance", 800), //$NON-NLS-1$
	/** The allowance for one wardrobe element. */
	WARDROBE_ALLOWANCE("wardrobe.allowance", 1200), //$NON-NLS-1$
	/** A working day of one special effect. */
	SFX_DAY("sfx.day", 5000), //$NON-NLS-1$
	/** One night's housing for one person. */
	HOUSING_NIGHT("housing.night", 350), //$NON-NLS-1$
	/** The contingency, in percent of the subtotal. */
	CONTINGENCY_PERCENT("contingency.percent", 10); //$NON-NLS-1$

	private final String key;
	private final double fallback;

	Rate(String key, double fallback) {
		this.key = key;
		this.fallback = fallback;
	}

	/** The key in the properties file and the preferences. */
	public String key() {
		return key;
	}

	/** The value built into the plugin, used when the rate card has no readable value. */
	public double fallback() {
		return fallback;
	}

	/** The user's name of the figure. */
	public String label() {
		return switch (this) {
		case CAST_DAY -> Messages.rateCastDay;
		case EXTRAS_DAY -> Messages.rateExtrasDay;
		case SILENT_BIT_DAY -> Messages.rateSilentBitDay;
		case CREW_DAY -> Messages.rateCrewDay;
		case STAGE_DAY -> Messages.rateStageDay;
		case LOCATION_DAY -> Messages.rateLocationDay;
		case VEHICLE_DAY -> Messages.rateVehicleDay;
		case PROP_ALLOWANCE -> Messages.ratePropAllowance;
		case WARDROBE_ALLOWANCE -> Messages.rateWardrobeAllowance;
		case SFX_DAY -> Messages.rateSfxDay;
		case HOUSING_NIGHT -> Messages.rateHousingNight;
		case CONTINGENCY_PERCENT -> Messages.rateContingency;
		};
	}

	/** The rate of a key, or null. */
	public static Rate ofKey(String key) {
		for (Rate r : values()) {
			if (r.key.equals(key)) {
				return r;
			}
		}
		return null;
	}
}
