// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.ui.internal.readouts;

import java.util.List;
import java.util.Locale;

import org.backlot.lighting.api.GearLine;
import org.backlot.lighting.api.GearList;
import org.backlot.lighting.ui.internal.Setups;
import org.backlot.model.lighting.LightingSetup;
import org.backlot.model.production.Production;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/** The set-up's gear list: each lamp type with how many it uses, how many the studio has, the shortfall in red, the watts; the total power below. */
final class GearPanel {
	private static final Color SHORT = new Color(200, 40, 30);
	private final Table table;
	private final Label total;
	private List<GearLine> lines = List.of();

	/** A panel in the parent. */
	GearPanel(Composite parent) {
		Composite c = new Composite(parent, SWT.NONE);
		GridLayout grid = new GridLayout(1, false);
		grid.marginWidth = 0;
		grid.marginHeight = 0;
		c.setLayout(grid);
		table = new Table(c, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		String[] names = { Messages.gearType, Messages.gearCount, Messages.gearStock, Messages.gearShort, Messages.gearWatts };
		int[] widths = { 170, 50, 50, 60, 70 };
		for (int i = 0; i < names.length; i++) {
			TableColumn col = new TableColumn(table, i == 0 ? SWT.LEFT : SWT.RIGHT);
			col.setText(names[i]);
			col.setWidth(widths[i]);
		}
		total = new Label(c, SWT.NONE);
		total.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
	}

	/** Shows the gear of a set-up (none: empty). */
	void show(LightingSetup setup, Production p) {
		lines = setup == null ? List.of() : GearList.of(setup, Setups.studio(p));
		table.setRedraw(false);
		table.removeAll();
		int shortTotal = 0;
		for (GearLine l : lines) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { l.type() == null ? "?" : l.type().getName(), String.valueOf(l.count()), String.valueOf(l.inStock()), //$NON-NLS-1$
					l.shortfall() > 0 ? String.valueOf(-l.shortfall()) : "", String.valueOf(Math.round(l.watts())) }); //$NON-NLS-1$
			if (l.shortfall() > 0) {
				item.setForeground(SHORT);
				shortTotal += l.shortfall();
			}
		}
		table.setRedraw(true);
		String kw = String.format(Locale.ROOT, "%.2f", GearList.totalWatts(lines) / 1000); //$NON-NLS-1$
		total.setText(shortTotal > 0 ? NLS.bind(Messages.totalShort, kw, shortTotal) : NLS.bind(Messages.total, kw));
		total.setForeground(shortTotal > 0 ? SHORT : null);
		total.getParent().layout();
	}

	/** The lines shown (for tests). */
	List<GearLine> lines() {
		return lines;
	}
}
