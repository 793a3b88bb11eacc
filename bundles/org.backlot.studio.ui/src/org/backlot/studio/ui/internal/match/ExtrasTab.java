// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.ui.internal.match;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.backlot.model.breakdown.ExtrasRequirement;
import org.backlot.model.production.Production;
import org.backlot.model.studio.BookingStatus;
import org.backlot.model.studio.Extra;
import org.backlot.model.studio.Studio;
import org.backlot.studio.api.ExtrasSearch;
import org.backlot.studio.api.Shortlist;
import org.backlot.studio.ui.internal.Tables;
import org.backlot.studio.ui.internal.Texts;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * The scenes' extras requirements with their shoot days and how many are
 * booked; the chosen requirement's shortlist from the base's extras (the best
 * people first, then reserves, each with why); Book books the selected people
 * (or the chosen ones) for the shoot day in one command.
 */
final class ExtrasTab extends MatchTab {
	/** A requirement with its shoot day and the people booked for its scene that day. */
	record Need(ExtrasRequirement requirement, LocalDate day, int booked) {
	}

	/** A person on the shortlist, chosen or a reserve. */
	record Person(Shortlist.Candidate candidate, boolean chosen) {
	}

	private static final int RESERVES = 10;
	private final TableViewer needs;
	private final TableViewer shortlist;
	private final Label summary;
	private ExtrasSearch search;
	private Shortlist current;

	ExtrasTab(Composite parent, MatchView view) {
		super(parent, view);
		SashForm sash = new SashForm(control(), SWT.VERTICAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		needs = Tables.table(sash, SWT.SINGLE);
		Tables.column(needs, Need.class, Messages.colScene, 60, n -> n.requirement().getScene() == null ? "" : n.requirement().getScene().getNumber()); //$NON-NLS-1$
		Tables.column(needs, Need.class, Messages.colCount, 50, n -> Integer.toString(n.requirement().getCount()));
		Tables.column(needs, Need.class, Messages.colDescription, 180, n -> n.requirement().getDescription());
		Tables.column(needs, Need.class, Messages.colLook, 100, n -> n.requirement().getLook());
		Tables.column(needs, Need.class, Messages.colShootDay, 100, n -> n.day() == null ? Messages.unscheduled : Texts.date(n.day()));
		Tables.column(needs, Need.class, Messages.colBooked, 60, n -> n.booked() == 0 ? "" : Integer.toString(n.booked())); //$NON-NLS-1$
		needs.setContentProvider(ArrayContentProvider.getInstance());
		needs.addSelectionChangedListener(e -> showShortlist());
		Composite lower = new Composite(sash, SWT.NONE);
		lower.setLayout(new org.eclipse.swt.layout.GridLayout());
		summary = new Label(lower, SWT.WRAP);
		summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		shortlist = Tables.table(lower, SWT.MULTI);
		Tables.column(shortlist, Person.class, Messages.colPick, 60, p -> p.chosen() ? Messages.chosen : Messages.reserveMark);
		Tables.column(shortlist, Person.class, Messages.colCode, 70, p -> p.candidate().extra().getCode());
		Tables.column(shortlist, Person.class, Messages.colName, 80, p -> p.candidate().extra().getName());
		Tables.column(shortlist, Person.class, Messages.colAge, 40, p -> Integer.toString(p.candidate().age()));
		Tables.column(shortlist, Person.class, Messages.colScore, 50, p -> String.format("%.1f", p.candidate().score())); //$NON-NLS-1$
		Tables.column(shortlist, Person.class, Messages.colWhy, 260, p -> Texts.list(p.candidate().why()));
		shortlist.setContentProvider(ArrayContentProvider.getInstance());
		sash.setWeights(40, 60);
		Composite buttons = buttons(1);
		button(buttons, Messages.book, Messages.bookExtrasTip, this::book);
	}

	@Override
	void refresh(Production p, Studio s) {
		if (search == null || search.studio() != s || search.size() != s.getExtras().size()) {
			search = new ExtrasSearch(s);
		}
		List<Need> list = new ArrayList<>();
		if (p.getBreakdown() != null) {
			for (ExtrasRequirement r : p.getBreakdown().getExtras()) {
				LocalDate day = r.getScene() == null ? null : ExtrasSearch.shootDate(p, r.getScene());
				list.add(new Need(r, day, booked(s, p, r, day)));
			}
		}
		Object was = needs.getStructuredSelection().getFirstElement();
		needs.setInput(list);
		if (was instanceof Need old) {
			list.stream().filter(n -> n.requirement() == old.requirement()).findFirst()
					.ifPresent(n -> needs.setSelection(new org.eclipse.jface.viewers.StructuredSelection(n)));
		}
		showShortlist();
		say(list.isEmpty() ? Messages.noRequirements : null, false);
	}

	private static int booked(Studio s, Production p, ExtrasRequirement r, LocalDate day) {
		if (day == null || r.getScene() == null) {
			return 0;
		}
		return (int) s.getBookings().stream().filter(b -> b.getResource() instanceof Extra && b.getStatus() != BookingStatus.CANCELLED
				&& Objects.equals(b.getProductionId(), p.getId()) && Objects.equals(b.getElementId(), r.getScene().getId())
				&& day.equals(Texts.local(b.getFrom()))).count();
	}

	private void showShortlist() {
		Need n = needs.getStructuredSelection().getFirstElement() instanceof Need x ? x : null;
		if (n == null || search == null) {
			current = null;
			shortlist.setInput(List.of());
			summary.setText(""); //$NON-NLS-1$
			return;
		}
		current = search.shortlist(n.requirement(), n.day(), RESERVES);
		List<Person> people = new ArrayList<>();
		current.chosen().forEach(c -> people.add(new Person(c, true)));
		current.reserve().forEach(c -> people.add(new Person(c, false)));
		shortlist.setInput(people);
		String text = NLS.bind(Messages.shortlistSummary, new Object[] { current.matching(), current.chosen().size(), current.count() });
		if (!current.understood().isEmpty()) {
			text += "  ·  " + NLS.bind(Messages.understood, Texts.list(current.understood())); //$NON-NLS-1$
		}
		summary.setText(text);
		summary.getParent().layout(true);
	}

	/** Books the selected people, or the chosen ones when none are selected, for the requirement's shoot day. */
	boolean book() {
		Need n = needs.getStructuredSelection().getFirstElement() instanceof Need x ? x : null;
		Production p = view().production();
		if (n == null || current == null || p == null) {
			return false;
		}
		List<Extra> people = new ArrayList<>();
		for (Object o : shortlist.getStructuredSelection()) {
			people.add(((Person) o).candidate().extra());
		}
		if (people.isEmpty()) {
			people.addAll(current.chosenExtras());
		}
		if (n.day() == null) {
			say(NLS.bind(Messages.cannotBook, Messages.unscheduled), true);
			return false;
		}
		return run(ExtrasSearch.book(view().domain(), p, n.requirement(), people, n.day(), null));
	}

	/** Chooses a requirement (tests). */
	void choose(ExtrasRequirement r) {
		@SuppressWarnings("unchecked")
		List<Need> list = (List<Need>) needs.getInput();
		list.stream().filter(n -> n.requirement() == r).findFirst().ifPresent(n -> needs.setSelection(new org.eclipse.jface.viewers.StructuredSelection(n)));
	}

	/** The shortlist shown, or null (tests). */
	Shortlist shortlist() {
		return current;
	}
}
