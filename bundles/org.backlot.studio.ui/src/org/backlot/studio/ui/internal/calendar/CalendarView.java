// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.ui.internal.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.backlot.model.studio.Apartment;
import org.backlot.model.studio.Booking;
import org.backlot.model.studio.DigitalAsset;
import org.backlot.model.studio.Location;
import org.backlot.model.studio.Stage;
import org.backlot.model.studio.Studio;
import org.backlot.model.studio.StudioResource;
import org.backlot.studio.ui.internal.Icons;
import org.backlot.studio.ui.internal.StudioUi;
import org.backlot.studio.ui.internal.StudioViewPart;
import org.backlot.ui.api.Actions;
import org.backlot.ui.api.EmptyState;
import org.backlot.ui.api.SelectionPublisher;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

/**
 * Bookings across productions by resource and day: the stages, locations,
 * digital assets or apartments, the records selected in the registers, or
 * everything the open production has booked. A booking chosen here is the
 * workbench's selection; double-click shows its resource in the registers.
 */
public class CalendarView extends StudioViewPart {
	/** Which resources are rows. */
	public enum Mode {
		/** The stages. */
		STAGES,
		/** The listed locations. */
		LOCATIONS,
		/** The digital assets. */
		ASSETS,
		/** The apartments. */
		APARTMENTS,
		/** What the registers select. */
		SELECTION,
		/** Everything the open production has booked. */
		PRODUCTION
	}

	private EmptyState empty;
	private Combo mode;
	private Label summary;
	private BookingCanvas canvas;
	private Legend legend;
	private List<StudioResource> chosen = List.of();
	private Timeline timeline = Timeline.EMPTY;
	private final SelectionPublisher publisher = new SelectionPublisher(this::selection, this::reveal);

	@Override
	public void createPartControl(Composite parent) {
		empty = new EmptyState(parent, this::emptyLink);
		Composite body = new Composite(empty.parent(), SWT.NONE);
		empty.content(body);
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = 2;
		layout.marginHeight = 2;
		layout.verticalSpacing = 2;
		body.setLayout(layout);
		mode = new Combo(body, SWT.READ_ONLY);
		for (Mode m : Mode.values()) {
			mode.add(label(m));
		}
		mode.select(0);
		mode.setToolTipText(Messages.modeTip);
		mode.addListener(SWT.Selection, e -> update());
		summary = new Label(body, SWT.NONE);
		summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		canvas = new BookingCanvas(body, this::bookingChosen, r -> publisher.publish(List.of(r)), this::open);
		canvas.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		legend = new Legend(body);
		((GridData) legend.control().getLayoutData()).horizontalSpan = 2;
		IToolBarManager tools = getViewSite().getActionBars().getToolBarManager();
		tools.add(action(Messages.today, "today.png", () -> canvas.scrollTo(LocalDate.now()))); //$NON-NLS-1$
		tools.add(action(Messages.zoomIn, "zoom-in.png", () -> canvas.zoom(1.25, -1))); //$NON-NLS-1$
		tools.add(action(Messages.zoomOut, "zoom-out.png", () -> canvas.zoom(0.8, -1))); //$NON-NLS-1$
		getSite().setSelectionProvider(publisher);
		startFollowing();
	}

	private static Action action(String text, String icon, Runnable run) {
		Action a = Actions.of(text, run);
		a.setImageDescriptor(Icons.of(icon));
		return a;
	}

	private static String label(Mode m) {
		try {
			return (String) Messages.class.getField("mode" + m.name()).get(null); //$NON-NLS-1$
		} catch (ReflectiveOperationException e) {
			return m.name();
		}
	}

	@Override
	protected void update() {
		String why = emptyReason();
		Studio s = studio();
		List<StudioResource> rows = why == null ? rows(s) : List.of();
		timeline = why == null ? Timeline.of(rows, s.getBookings()) : Timeline.EMPTY;
		canvas.show(timeline);
		legend.show(timeline);
		empty.show(why);
		if (why == null) {
			summary.setText(rows.isEmpty() ? Messages.noRows
					: NLS.bind(Messages.summary, new Object[] { rows.size(), timeline.bookings().size(), timeline.conflictCount() }));
			summary.getParent().layout(true);
		}
	}

	private List<StudioResource> rows(Studio s) {
		return switch (mode()) {
		case STAGES -> new ArrayList<>(s.getStages());
		case LOCATIONS -> new ArrayList<>(s.getLocations());
		case ASSETS -> new ArrayList<>(s.getAssets());
		case APARTMENTS -> new ArrayList<>(s.getApartments());
		case SELECTION -> chosen.stream().filter(r -> r.eContainer() == s).toList();
		case PRODUCTION -> {
			Set<StudioResource> out = new LinkedHashSet<>();
			String id = production().getId();
			s.getBookings().stream().filter(b -> Objects.equals(b.getProductionId(), id) && b.getResource() != null)
					.sorted((a, b) -> a.getFrom() == null || b.getFrom() == null ? 0 : a.getFrom().compareTo(b.getFrom()))
					.forEach(b -> out.add(b.getResource()));
			yield List.copyOf(out);
		}
		};
	}

	/** The rows shown. */
	public Mode mode() {
		return Mode.values()[Math.max(0, mode.getSelectionIndex())];
	}

	/** Shows other rows. */
	public void mode(Mode m) {
		if (mode() != m) {
			mode.select(m.ordinal());
			update();
		}
	}

	@Override
	protected void selectionChanged(List<?> selected) {
		List<StudioResource> resources = new ArrayList<>();
		for (Object o : selected) {
			if (o instanceof StudioResource r) {
				resources.add(r);
			}
		}
		if (!resources.isEmpty()) {
			chosen = List.copyOf(resources);
			if (mode() == Mode.SELECTION) {
				update();
			} else if (timeline.rows().contains(resources.get(0)) && canvas.selectedRow() != resources.get(0)) {
				canvas.selectRow(resources.get(0));
			}
		}
	}

	private void bookingChosen(Booking b) {
		publisher.publish(List.of(b));
	}

	private void open(Booking b) {
		try {
			if (getSite().getPage().showView(StudioUi.REGISTERS_VIEW, null, IWorkbenchPage.VIEW_VISIBLE) instanceof org.backlot.studio.ui.internal.registers.RegistersView v) {
				v.reveal(b.getResource());
			}
		} catch (PartInitException e) {
			ILog.of(getClass()).error(e.getMessage(), e);
		}
	}

	private List<Object> selection() {
		if (canvas.selected() != null) {
			return List.of(canvas.selected());
		}
		return canvas.selectedRow() == null ? List.of() : List.of(canvas.selectedRow());
	}

	private void reveal(ISelection selection) {
		if (selection instanceof IStructuredSelection s && s.getFirstElement() instanceof Booking b) {
			reveal(b);
		} else if (selection instanceof IStructuredSelection s && s.getFirstElement() instanceof StudioResource r) {
			reveal(r);
		}
	}

	/** Shows the booking's resource as a row (switching rows when needed) and selects the booking. */
	public void reveal(Booking b) {
		if (b.getResource() == null) {
			return;
		}
		show(b.getResource());
		canvas.select(b);
	}

	/** Shows the resource as a row (switching rows when needed) and selects its row. */
	public void reveal(StudioResource r) {
		show(r);
		canvas.selectRow(r);
	}

	private void show(StudioResource r) {
		if (timeline.rows().contains(r)) {
			return;
		}
		Mode m = r instanceof Stage ? Mode.STAGES : r instanceof Location ? Mode.LOCATIONS : r instanceof DigitalAsset ? Mode.ASSETS
				: r instanceof Apartment ? Mode.APARTMENTS : Mode.SELECTION;
		if (m == Mode.SELECTION) {
			chosen = List.of(r);
		}
		mode.select(m.ordinal());
		update();
	}

	/** The timeline shown (tests). */
	Timeline timeline() {
		return timeline;
	}

	/** The canvas (tests). */
	BookingCanvas canvas() {
		return canvas;
	}

	@Override
	protected boolean isDisposed() {
		return empty == null || empty.control().isDisposed();
	}

	@Override
	public void setFocus() {
		empty.focus(canvas.control());
	}
}
