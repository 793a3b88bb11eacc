// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.ui.internal.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.backlot.breakdown.api.InventoryMatcher;
import org.backlot.core.api.Languages;
import org.backlot.model.breakdown.Element;
import org.backlot.model.production.Production;
import org.backlot.model.studio.Booking;
import org.backlot.model.studio.InventoryItem;
import org.backlot.model.studio.Studio;
import org.backlot.studio.api.Reservations;
import org.backlot.studio.ui.internal.Tables;
import org.backlot.studio.ui.internal.Texts;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;

/**
 * The production's props, wardrobe, vehicles, weapons and set dressing, each
 * with the store items that could serve it (score and why), the best free one
 * proposed for its days on the schedule, and its reservation. Reserve makes
 * one reservation, Reserve All Free every missing one; each is one command.
 * The matching runs in the background.
 */
final class StoreTab extends MatchTab {
	/** An element with its proposal, its reservations and its candidates. */
	record Row(Element element, Reservations.Proposal proposal, List<Booking> reserved, List<Pick> picks) {
		@Override
		public boolean equals(Object o) {
			return this == o;
		}

		@Override
		public int hashCode() {
			return System.identityHashCode(this);
		}
	}

	/** A candidate item for an element. */
	record Pick(Row row, InventoryItem item, double score, String reason) {
		@Override
		public boolean equals(Object o) {
			return this == o;
		}

		@Override
		public int hashCode() {
			return System.identityHashCode(this);
		}
	}

	private static final int CANDIDATES = 5;
	private final TreeViewer tree;
	private List<Row> rows = List.of();
	private InventoryMatcher matcher;
	private Studio matched;
	private int matchedSize = -1;
	private int generation;

	StoreTab(Composite parent, MatchView view) {
		super(parent, view);
		tree = new TreeViewer(control(), SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		tree.getTree().setHeaderVisible(true);
		tree.getTree().setLinesVisible(true);
		tree.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		Tables.column(tree, Object.class, Messages.colElement, 200, o -> o instanceof Row r ? r.element().getName() : Texts.label(((Pick) o).item()));
		Tables.column(tree, Object.class, Messages.colCategory, 90, o -> o instanceof Row r ? category(r.element())
				: Texts.of("kind", ((Pick) o).item().getKind())); //$NON-NLS-1$
		Tables.column(tree, Object.class, Messages.colScore, 55, o -> o instanceof Row r ? r.proposal() == null ? "" : percent(r.proposal().score()) //$NON-NLS-1$
				: percent(((Pick) o).score()));
		Tables.column(tree, Object.class, Messages.colStatus, 200, o -> o instanceof Row r ? status(r) : reservedMark((Pick) o));
		Tables.column(tree, Object.class, Messages.colWhy, 200, o -> o instanceof Row r ? r.proposal() == null ? "" : r.proposal().reason() //$NON-NLS-1$
				: ((Pick) o).reason());
		tree.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return rows.toArray();
			}

			@Override
			public Object[] getChildren(Object parent) {
				return parent instanceof Row r ? r.picks().toArray() : new Object[0];
			}

			@Override
			public Object getParent(Object element) {
				return element instanceof Pick p ? p.row() : null;
			}

			@Override
			public boolean hasChildren(Object element) {
				return element instanceof Row r && !r.picks().isEmpty();
			}
		});
		tree.addDoubleClickListener(e -> reserveSelected());
		Composite buttons = buttons(2);
		button(buttons, Messages.reserve, Messages.reserveTip, this::reserveSelected);
		button(buttons, Messages.reserveAll, Messages.reserveAllTip, this::reserveAll);
	}

	private static String category(Element e) {
		return e.getCategory() == null ? "" : Languages.pick(e.getCategory().getName(), e.getCategory().getNameZh()); //$NON-NLS-1$
	}

	private static String percent(double score) {
		return NLS.bind(Messages.score, Math.round(score * 100));
	}

	private static String status(Row r) {
		if (!r.reserved().isEmpty()) {
			InventoryItem item = (InventoryItem) r.reserved().get(0).getResource();
			return NLS.bind(Messages.reservedAs, Texts.label(item));
		}
		if (r.proposal() == null) {
			if (r.picks().isEmpty()) {
				return Messages.noMatch;
			}
			double best = r.picks().stream().mapToDouble(Pick::score).max().orElse(0);
			return best < Reservations.MIN_SCORE ? NLS.bind(Messages.weakMatch, Math.round(100 * best)) : Messages.notOnBoard;
		}
		return NLS.bind(r.proposal().free() ? Messages.proposedFree : Messages.proposedTaken, r.proposal().item().getCode());
	}

	private static String reservedMark(Pick p) {
		return p.row().reserved().stream().anyMatch(b -> b.getResource() == p.item()) ? NLS.bind(Messages.reservedAs, p.item().getCode()) : ""; //$NON-NLS-1$
	}

	@Override
	void refresh(Production p, Studio s) {
		int ticket = ++generation;
		if (rows.isEmpty()) {
			say(Messages.matching, false);
		}
		Display display = control().getDisplay();
		Job job = Job.create(Messages.matchJob, monitor -> {
			List<Row> out;
			try {
				out = compute(p, s);
			} catch (RuntimeException e) {
				// the model changed while it was read: the change queues another refresh
				return Status.CANCEL_STATUS;
			}
			display.asyncExec(() -> {
				if (ticket == generation && !control().isDisposed()) {
					show(out);
				}
			});
			return Status.OK_STATUS;
		});
		job.setPriority(Job.SHORT);
		job.schedule();
	}

	/** Every store element with its proposal, reservations and candidates (off the UI thread). */
	private synchronized List<Row> compute(Production p, Studio s) {
		if (matcher == null || matched != s || matchedSize != s.getInventory().size()) {
			matcher = new InventoryMatcher(s);
			matched = s;
			matchedSize = s.getInventory().size();
		}
		Map<Element, Reservations.Proposal> proposals = new HashMap<>();
		Reservations.propose(p).forEach(x -> proposals.put(x.element(), x));
		List<Booking> reservations = Reservations.reservations(s, p);
		List<Row> out = new ArrayList<>();
		if (p.getBreakdown() != null) {
			for (Element e : List.copyOf(p.getBreakdown().getElements())) {
				if (!InventoryMatcher.matchable(e)) {
					continue;
				}
				Reservations.Proposal proposal = proposals.get(e);
				List<Booking> reserved = reservations.stream().filter(b -> Objects.equals(b.getElementId(), e.getId())).toList();
				List<Pick> picks = new ArrayList<>();
				Row row = new Row(e, proposal, reserved, picks);
				if (proposal != null) {
					picks.add(new Pick(row, proposal.item(), proposal.score(), proposal.reason()));
				}
				for (InventoryMatcher.Candidate c : matcher.match(e, CANDIDATES)) {
					if (picks.stream().noneMatch(x -> x.item() == c.item())) {
						picks.add(new Pick(row, c.item(), c.score(), c.reason()));
					}
				}
				out.add(row);
			}
		}
		return out;
	}

	private void show(List<Row> out) {
		Object[] expanded = tree.getExpandedElements();
		rows = out;
		tree.setInput(rows);
		List<Object> again = new ArrayList<>();
		for (Object o : expanded) {
			if (o instanceof Row old) {
				rows.stream().filter(r -> r.element() == old.element()).findFirst().ifPresent(again::add);
			}
		}
		tree.setExpandedElements(again.toArray());
		say(rows.isEmpty() ? Messages.noBreakdown : null, false);
	}

	private void reserveSelected() {
		Object o = tree.getStructuredSelection().getFirstElement();
		if (o instanceof Pick p) {
			reserve(p.row().element(), p.item());
		} else if (o instanceof Row r && !r.picks().isEmpty()) {
			reserve(r.element(), r.picks().get(0).item());
		}
	}

	/** Reserves the item for the element as one command; returns whether it ran. */
	boolean reserve(Element e, InventoryItem item) {
		Production p = view().production();
		return p != null && run(Reservations.reserve(view().domain(), p, e, item));
	}

	/** Reserves the best free item of every element that has no reservation yet, as one command; returns whether it ran. */
	boolean reserveAll() {
		Production p = view().production();
		List<Reservations.Proposal> todo = rows.stream().filter(r -> r.reserved().isEmpty() && r.proposal() != null && r.proposal().free())
				.map(Row::proposal).toList();
		return p != null && !todo.isEmpty() && run(Reservations.reserveAll(view().domain(), p, todo));
	}

	/** The rows shown (tests). */
	List<Row> rows() {
		return rows;
	}

	TreeViewer tree() {
		return tree;
	}
}
