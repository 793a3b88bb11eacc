// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.ui.internal.registers;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.backlot.model.studio.Extra;
import org.backlot.model.studio.Gender;
import org.backlot.model.studio.Studio;
import org.backlot.model.studio.StudioPackage.Literals;
import org.backlot.model.studio.StudioResource;
import org.backlot.studio.api.ExtrasSearch;
import org.backlot.studio.api.Registers;
import org.backlot.studio.ui.internal.Texts;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

/**
 * The base's extras, by name or code, gender, age, height, skills, looks or
 * languages (in either language), and who is free on a day (the studio's
 * {@link ExtrasSearch}).
 */
final class ExtrasRegister extends Register {
	private Combo gender;
	private Spinner minAge;
	private Spinner maxAge;
	private Spinner minHeight;
	private Spinner maxHeight;
	private Text traits;
	private Button free;
	private DateTime day;
	private ExtrasSearch search;
	private boolean stale = true;

	ExtrasRegister() {
		super(Registers.Kind.EXTRAS);
	}

	@Override
	List<Column> columns() {
		int year = Year.now().getValue();
		return List.of(Column.text(Messages.colCode, 80, Extra.class, Extra::getCode), Column.text(Messages.colName, 90, Extra.class, Extra::getName).editable(Literals.EXTRA__NAME),
				Column.text(Messages.colGender, 55, Extra.class, x -> Texts.of("gender", x.getGender())), //$NON-NLS-1$
				Column.number(Messages.colAge, 45, Extra.class, x -> -x.getBirthYear(), x -> x.getBirthYear() > 0 ? Integer.toString(year - x.getBirthYear()) : ""), //$NON-NLS-1$
				Column.number(Messages.colHeight, 55, Extra.class, Extra::getHeightCm, x -> x.getHeightCm() > 0 ? Integer.toString(x.getHeightCm()) : "") //$NON-NLS-1$
						.editable(Literals.EXTRA__HEIGHT_CM),
				Column.text(Messages.colLooks, 150, Extra.class, x -> Texts.list(x.getLooks())).editable(Literals.EXTRA__LOOKS),
				Column.text(Messages.colSkills, 150, Extra.class, x -> Texts.list(x.getSkills())).editable(Literals.EXTRA__SKILLS),
				Column.text(Messages.colLanguages, 110, Extra.class, x -> Texts.list(x.getLanguages())).editable(Literals.EXTRA__LANGUAGES));
	}

	@Override
	void createFilters(Composite bar, Runnable changed) {
		gender = Filters.choice(bar, Messages.anyGender, Arrays.stream(Gender.values()).map(g -> Texts.of("gender", g)).toList(), 80, changed); //$NON-NLS-1$
		Filters.caption(bar, Messages.age);
		minAge = Filters.number(bar, 120, changed);
		Filters.caption(bar, Messages.to);
		maxAge = Filters.number(bar, 120, changed);
		Filters.caption(bar, Messages.height);
		minHeight = Filters.number(bar, 250, changed);
		Filters.caption(bar, Messages.to);
		maxHeight = Filters.number(bar, 250, changed);
		traits = Filters.words(bar, Messages.skillsHint, 150, changed);
		traits.setToolTipText(Messages.skills);
		free = new Button(bar, SWT.CHECK);
		free.setText(Messages.freeOn);
		free.setToolTipText(Messages.freeOnTip);
		free.addListener(SWT.Selection, e -> changed.run());
		day = new DateTime(bar, SWT.DATE | SWT.DROP_DOWN | SWT.MEDIUM);
		day.addListener(SWT.Selection, e -> {
			if (free.getSelection()) {
				changed.run();
			}
		});
	}

	@Override
	void studioChanged(Studio s) {
		stale = true;
	}

	@Override
	void clearFilters() {
		gender.select(0);
		minAge.setSelection(0);
		maxAge.setSelection(0);
		minHeight.setSelection(0);
		maxHeight.setSelection(0);
		traits.setText(""); //$NON-NLS-1$
		free.setSelection(false);
	}

	@Override
	List<Extra> all(Studio s) {
		return s.getExtras();
	}

	/** The filter the controls make; words are required as a look, a skill or a language, whichever the person has. */
	ExtrasSearch.Filter filter() {
		int g = Filters.chosen(gender);
		return ExtrasSearch.Filter.any().withGender(g < 0 ? null : Gender.values()[g]).withAges(minAge.getSelection(), maxAge.getSelection())
				.withHeights(minHeight.getSelection(), maxHeight.getSelection())
				.availableOn(free.getSelection() ? LocalDate.of(day.getYear(), day.getMonth() + 1, day.getDay()) : null);
	}

	private List<String> words() {
		String t = traits.getText().strip();
		return t.isEmpty() ? List.of() : List.of(t.split("[\\s,，、;；]+")); //$NON-NLS-1$
	}

	@Override
	List<? extends StudioResource> search(Studio s, String text) {
		ExtrasSearch.Filter f = filter();
		List<String> words = words();
		List<Extra> people;
		if (f.equals(ExtrasSearch.Filter.any()) && words.isEmpty()) {
			people = s.getExtras();
		} else {
			ExtrasSearch x = index(s);
			Set<String> looks = new HashSet<>();
			Set<String> skills = new HashSet<>();
			Set<String> languages = new HashSet<>();
			for (String w : words) {
				Set<String> one = Set.of(w);
				if (x.count(ExtrasSearch.Filter.any().withTraits(Set.of(), one, Set.of())) > 0) {
					skills.add(w);
				} else if (x.count(ExtrasSearch.Filter.any().withTraits(one, Set.of(), Set.of())) > 0) {
					looks.add(w);
				} else if (x.count(ExtrasSearch.Filter.any().withTraits(Set.of(), Set.of(), one)) > 0) {
					languages.add(w);
				} else {
					return List.of();
				}
			}
			people = x.find(f.withTraits(looks, skills, languages), s.getExtras().size());
		}
		if (text.isBlank()) {
			return people;
		}
		List<Extra> out = new ArrayList<>();
		for (Extra x : people) {
			if (containsAll(text, x.getCode(), x.getName())) {
				out.add(x);
			}
		}
		return out;
	}

	/** The studio's extras search, built again after the studio changed. */
	private ExtrasSearch index(Studio s) {
		if (search == null || stale || search.studio() != s) {
			search = new ExtrasSearch(s);
			stale = false;
		}
		return search;
	}

	@Override
	boolean holds(StudioResource r) {
		return r instanceof Extra;
	}

	/** Sets the filters (tests): gender (null: anyone), ages and heights (0: no limit), words. */
	void filter(Gender g, int ageFrom, int ageTo, int heightFrom, int heightTo, String words) {
		gender.select(g == null ? 0 : g.ordinal() + 1);
		minAge.setSelection(ageFrom);
		maxAge.setSelection(ageTo);
		minHeight.setSelection(heightFrom);
		maxHeight.setSelection(heightTo);
		traits.setText(words);
	}
}
