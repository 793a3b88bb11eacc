// SPDX-License-Identifier: EPL-2.0
package com.example.backlot.budget;

import org.eclipse.emf.ecore.EObject;

/**
 * One priced line of an account: quantity times rate, or a sum without a rate.
 *
 * @param label    what is priced (an actor, a stage, "Atmosphere")
 * @param basis    how the quantity was found, in words ("12 work, 2 hold, 1 travel days")
 * @param quantity days, person-days, elements or nights
 * @param rate     the price of one, or NaN when the amount is a sum of its own (permit fees)
 * @param amount   what the line costs
 * @param source   the model object behind the line (a cast member, a stage), or null
 */
public record Line(String label, String basis, double quantity, double rate, double amount, EObject source) {
	/** A line of quantity × rate. */
	public static Line priced(String label, String basis, double quantity, double rate, EObject source) {
		return new Line(label, basis, quantity, rate, quantity * rate, source);
	}

	/** Whether the line has a rate. */
	public boolean hasRate() {
		return !Double.isNaN(rate);
	}
}
