// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.internal.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

import org.backlot.model.breakdown.ExtrasRequirement;
import org.backlot.model.script.Scene;
import org.backlot.model.studio.Extra;
import org.backlot.model.studio.Studio;
import org.backlot.studio.api.ExtrasSearch.Filter;
import org.backlot.studio.api.Shortlist;
import org.eclipse.osgi.util.NLS;

/**
 * Scores the people who pass a requirement's hard limits: +3 for each look and
 * language asked for, +2 for each skill, in a period piece +2 for a period
 * look and -3 for tattoos, up to +1 for an age near the middle of the range
 * asked for; a small hash of person and scene (under 0.001) breaks ties, so that scenes with
 * the same needs do not all propose the same people.
 */
public final class Shortlister {
	static final double LOOK = 3;
	static final double LANGUAGE = 3;
	static final double SKILL = 2;
	static final double PERIOD_LOOK = 2;
	static final double TATTOO = -3;
	private static final String PERIOD_KEY = "republic-era"; //$NON-NLS-1$
	private static final String TATTOO_KEY = "tattooed"; //$NON-NLS-1$
	private static final int SHIFT = 20;

	private Shortlister() {
	}

	/** The shortlist of the requirement on the day (null: availability not checked, ages this year). */
	public static Shortlist shortlist(ExtrasIndex index, Studio studio, ExtrasRequirement req, LocalDate day, int reserve) {
		String text = join(req.getDescription(), req.getLook());
		LookReader.Reading r = LookReader.read(text);
		Filter filter = new Filter(r.gender(), r.minAge(), r.maxAge(), r.minHeight(), r.maxHeight(), Set.of(), Set.of(), Set.of(), day);
		LocalDate ageAt = day != null ? day : LocalDate.now();
		BitSet hits = index.matching(filter, ageAt, studio);
		double[] score = new double[index.size()];
		add(index, hits, score, Words.Kind.LOOK, r.looks(), LOOK);
		add(index, hits, score, Words.Kind.SKILL, r.skills(), SKILL);
		add(index, hits, score, Words.Kind.LANGUAGE, r.languages(), LANGUAGE);
		if (r.period()) {
			add(index, hits, score, Words.Kind.LOOK, Set.of(PERIOD_KEY), PERIOD_LOOK);
			add(index, hits, score, Words.Kind.LOOK, Set.of(TATTOO_KEY), TATTOO);
		}
		boolean ranged = r.minAge() > 0 && r.maxAge() > 0;
		double mid = (r.minAge() + r.maxAge()) / 2.0;
		double half = (r.maxAge() - r.minAge()) / 2.0 + 1;
		Scene scene = req.getScene();
		int salt = (scene == null ? "" : scene.getId() != null ? scene.getId() : String.valueOf(scene.getNumber())).hashCode() * 17 + text.hashCode(); //$NON-NLS-1$
		int n = hits.cardinality();
		long[] keys = new long[n];
		int k = 0;
		for (int i = hits.nextSetBit(0); i >= 0; i = hits.nextSetBit(i + 1)) {
			if (ranged) {
				score[i] += 1 - Math.abs(index.age(i, ageAt) - mid) / half;
			}
			Extra x = index.extra(i);
			int h = (x.getCode() == null ? i : x.getCode().hashCode()) * 31 + salt;
			score[i] += ((h * 0x9E3779B1) >>> 8) / (double) (1 << 24) * 0.001;
			keys[k++] = (Math.round(score[i] * 1_000_000) << SHIFT) | ((1 << SHIFT) - 1 - i);
		}
		Arrays.sort(keys);
		int want = Math.max(0, req.getCount());
		List<Shortlist.Candidate> chosen = new ArrayList<>();
		List<Shortlist.Candidate> reserves = new ArrayList<>();
		for (int j = n - 1; j >= 0 && chosen.size() + reserves.size() < want + reserve; j--) {
			int i = (1 << SHIFT) - 1 - (int) (keys[j] & ((1 << SHIFT) - 1));
			Shortlist.Candidate c = new Shortlist.Candidate(index.extra(i), index.age(i, ageAt), Math.round(score[i] * 100) / 100.0,
					why(index, i, r, ageAt));
			(chosen.size() < want ? chosen : reserves).add(c);
		}
		return new Shortlist(req, day, filter, r.understood(), n, List.copyOf(chosen), List.copyOf(reserves));
	}

	private static String join(String a, String b) {
		return (a == null ? "" : a) + " " + (b == null ? "" : b); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static void add(ExtrasIndex index, BitSet hits, double[] score, Words.Kind kind, Set<String> keys, double weight) {
		for (String key : keys) {
			BitSet b = (BitSet) index.posting(kind, key).clone();
			b.and(hits);
			for (int i = b.nextSetBit(0); i >= 0; i = b.nextSetBit(i + 1)) {
				score[i] += weight;
			}
		}
	}

	private static List<String> why(ExtrasIndex index, int i, LookReader.Reading r, LocalDate ageAt) {
		List<String> out = new ArrayList<>();
		if (r.minAge() > 0 || r.maxAge() > 0) {
			out.add(NLS.bind(Messages.whyAge, index.age(i, ageAt)));
		}
		for (String key : r.looks()) {
			if (index.posting(Words.Kind.LOOK, key).get(i)) {
				out.add(NLS.bind(Messages.whyLook, Words.label(Words.Kind.LOOK, key)));
			}
		}
		for (String key : r.skills()) {
			if (index.posting(Words.Kind.SKILL, key).get(i)) {
				out.add(NLS.bind(Messages.whySkill, Words.label(Words.Kind.SKILL, key)));
			}
		}
		for (String key : r.languages()) {
			if (index.posting(Words.Kind.LANGUAGE, key).get(i)) {
				out.add(NLS.bind(Messages.whySpeaks, Words.label(Words.Kind.LANGUAGE, key)));
			}
		}
		if (r.period() && index.posting(Words.Kind.LOOK, PERIOD_KEY).get(i)) {
			out.add(Messages.whyPeriodLook);
		}
		if (r.period() && index.posting(Words.Kind.LOOK, TATTOO_KEY).get(i)) {
			out.add(Messages.whyTattoos);
		}
		return List.copyOf(out);
	}
}
