// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.ui.internal.editor;

import java.util.List;
import java.util.function.Consumer;

import org.backlot.model.permits.PermitApplication;
import org.backlot.model.permits.PermitPeriod;
import org.backlot.model.permits.PermitsFactory;
import org.backlot.model.permits.PermitsPackage.Literals;
import org.backlot.model.permits.RoadClosure;
import org.backlot.model.studio.Location;
import org.backlot.permits.ui.internal.Texts;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/** Road or lane closures: road, start, end and traffic-control plan edited in place; add and remove. */
final class ClosuresTab {
	private final TablePane table;
	private final Edits edits;
	private PermitApplication shown;

	ClosuresTab(Composite parent, Edits edits, Consumer<String> problem) {
		this.edits = edits;
		table = new TablePane(parent);
		table.column(Messages.colRoad, 160, RoadClosure.class, RoadClosure::getRoad, CellEdits.text(table.viewer(), RoadClosure.class,
				RoadClosure::getRoad, CellEdits::anyText, (c, v) -> edits.set(c, Literals.ROAD_CLOSURE__ROAD, v, Messages.fieldRoad), problem, "")); //$NON-NLS-1$
		table.column(Messages.colStart, 150, RoadClosure.class, c -> Texts.dateTime(c.getStart()), CellEdits.text(table.viewer(),
				RoadClosure.class, c -> CellEdits.editText(c.getStart()), CellEdits::dateTime,
				(c, v) -> edits.set(c, Literals.ROAD_CLOSURE__START, v, Messages.fieldStart), problem, CellEdits.dateProblem()));
		table.column(Messages.colEnd, 150, RoadClosure.class, c -> Texts.dateTime(c.getEnd()), CellEdits.text(table.viewer(),
				RoadClosure.class, c -> CellEdits.editText(c.getEnd()), CellEdits::dateTime,
				(c, v) -> edits.set(c, Literals.ROAD_CLOSURE__END, v, Messages.fieldEnd), problem, CellEdits.dateProblem()));
		table.column(Messages.colTrafficPlan, 220, RoadClosure.class, RoadClosure::getTrafficPlan, CellEdits.text(table.viewer(),
				RoadClosure.class, RoadClosure::getTrafficPlan, CellEdits::anyText,
				(c, v) -> edits.set(c, Literals.ROAD_CLOSURE__TRAFFIC_PLAN, v, Messages.fieldTrafficPlan), problem, "")); //$NON-NLS-1$
		table.button(Messages.add, false, this::add);
		table.button(Messages.remove, true, this::remove);
	}

	Control control() {
		return table.control();
	}

	void show(PermitApplication a) {
		shown = a;
		table.show(a.getRoadClosures());
	}

	/** Adds a closure on the application's first road location, over its first shoot period. */
	private void add() {
		if (shown == null) {
			return;
		}
		RoadClosure c = PermitsFactory.eINSTANCE.createRoadClosure();
		Location road = shown.getLocations().stream().filter(Location::isRoad).findFirst().orElse(null);
		c.setRoad(road == null ? "" : Texts.place(road)); //$NON-NLS-1$
		PermitPeriod first = shown.getPeriods().isEmpty() ? null : shown.getPeriods().get(0);
		if (first != null) {
			c.setStart(first.getStart());
			c.setEnd(first.getEnd());
		}
		edits.add(shown, Literals.PERMIT_APPLICATION__ROAD_CLOSURES, c, NLS.bind(Messages.cmdAddClosure, edits.authority(shown)));
		table.viewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(c));
	}

	private void remove() {
		List<RoadClosure> chosen = table.selected(RoadClosure.class);
		if (shown != null && !chosen.isEmpty()) {
			edits.remove(shown, Literals.PERMIT_APPLICATION__ROAD_CLOSURES, chosen, NLS.bind(Messages.cmdRemoveClosure, edits.authority(shown)));
		}
	}
}
