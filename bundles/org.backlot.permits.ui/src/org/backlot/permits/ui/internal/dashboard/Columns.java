// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.ui.internal.dashboard;

import java.util.function.Function;

import org.backlot.model.permits.PermitApplication;
import org.backlot.permits.api.DayAtPlace;
import org.backlot.permits.ui.internal.Colours;
import org.backlot.permits.ui.internal.Dots;
import org.backlot.permits.ui.internal.Texts;
import org.backlot.permits.ui.internal.dashboard.Rows.Group;
import org.backlot.permits.ui.internal.dashboard.Rows.Line;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.Image;

/** The dashboard's columns: what each shows of a group or a row, with the clock's coloured dot. */
final class Columns {
	private static final Color NOT_APPLIED = new Color(0xc6, 0x28, 0x28);

	private Columns() {
	}

	/** Adds the columns to the tree. */
	static void create(TreeViewer viewer, Dots dots) {
		column(viewer, Messages.colAuthority, null, 300, Columns::title).setLabelProvider(new Provider(Columns::title) {
			@Override
			public String getText(Object element) {
				return element instanceof Group g ? NLS.bind(Messages.groupLabel, g.label(), g.lines().size()) : super.getText(element);
			}
		});
		column(viewer, Messages.colPlaces, null, 170, l -> Texts.places(l.application(), l.covered()));
		column(viewer, Messages.colFirstDay, null, 170, l -> {
			DayAtPlace d = l.first();
			return d == null ? "" : Texts.day(d.dayNumber(), d.date()); //$NON-NLS-1$
		});
		column(viewer, Messages.colStatus, null, 120, l -> Texts.status(l.status()));
		TreeViewerColumn clock = column(viewer, Messages.colClock, Messages.colClockTip, 200, l -> Texts.clock(l.clock()));
		clock.setLabelProvider(new Provider(l -> Texts.clock(l.clock())) {
			@Override
			public Image getImage(Object element) {
				return element instanceof Line l && l.clock() != null ? dots.of(Colours.clock(l.clock().state())) : null;
			}
		});
		column(viewer, Messages.colDue, Messages.colDueTip, 130, l -> {
			if (l.application() == null) {
				return NLS.bind(Messages.submitBy, Texts.date(l.requirement().submitBy()));
			}
			return l.clock() == null ? "" : Texts.date(l.clock().due()); //$NON-NLS-1$
		});
		column(viewer, Messages.colDeadline, Messages.colDeadlineTip, 110, l -> Texts.date(l.deadline()));
		column(viewer, Messages.colPermit, null, 110, l -> {
			PermitApplication a = l.application();
			return a == null || a.getPermitNumber() == null ? "" : a.getPermitNumber(); //$NON-NLS-1$
		});
	}

	/** A row's first cell: the application's description, or why the permit is needed when not applied for. */
	private static String title(Line l) {
		if (l.application() == null) {
			return l.requirement().reasons().isEmpty() ? Texts.status(null) : String.join("; ", l.requirement().reasons()); //$NON-NLS-1$
		}
		String d = l.application().getDescription();
		return d == null || d.isBlank() ? Messages.noDescription : d;
	}

	private static TreeViewerColumn column(TreeViewer viewer, String title, String tip, int width, Function<Line, String> text) {
		TreeViewerColumn c = new TreeViewerColumn(viewer, SWT.NONE);
		c.getColumn().setText(title);
		c.getColumn().setToolTipText(tip);
		c.getColumn().setWidth(width);
		c.getColumn().setMoveable(true);
		c.setLabelProvider(new Provider(text));
		return c;
	}

	/** Text of a row by its column's function; a group shows its name and count in the first column, bold. */
	private static class Provider extends ColumnLabelProvider {
		private final Function<Line, String> text;

		Provider(Function<Line, String> text) {
			this.text = text;
		}

		@Override
		public String getText(Object element) {
			String s = element instanceof Line l ? text.apply(l) : null;
			return s == null ? "" : s; //$NON-NLS-1$
		}

		@Override
		public Font getFont(Object element) {
			return element instanceof Group ? JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT) : null;
		}

		@Override
		public Color getForeground(Object element) {
			if (element instanceof Line l && l.application() == null) {
				return NOT_APPLIED;
			}
			return null;
		}

		@Override
		public String getToolTipText(Object element) {
			if (element instanceof Line l && l.application() == null) {
				return String.join("\n", l.requirement().reasons()); //$NON-NLS-1$
			}
			return null;
		}
	}
}
