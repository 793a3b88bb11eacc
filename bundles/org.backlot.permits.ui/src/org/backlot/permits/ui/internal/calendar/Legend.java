// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.ui.internal.calendar;

import java.util.ArrayList;
import java.util.List;

import org.backlot.permits.api.Requirement.Coverage;
import org.backlot.permits.ui.internal.Colours;
import org.backlot.permits.ui.internal.Texts;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** The calendar's legend: each coverage's colour and mark with its name, and "not needed". */
final class Legend {
	private final Composite bar;

	Legend(Composite parent) {
		bar = new Composite(parent, SWT.NONE);
		RowLayout row = new RowLayout(SWT.HORIZONTAL);
		row.wrap = true;
		row.center = true;
		row.spacing = 4;
		row.marginTop = 2;
		row.marginBottom = 2;
		bar.setLayout(row);
		new Label(bar, SWT.NONE).setText(Messages.legendTitle);
		List<Coverage> all = new ArrayList<>(Colours.LEGEND);
		all.add(null);
		for (Coverage c : all) {
			Label swatch = new Label(bar, SWT.CENTER | SWT.BORDER);
			swatch.setBackground(Painter.fill(c));
			swatch.setForeground(Colours.darkFill(c) ? new Color(255, 255, 255) : new Color(0x21, 0x21, 0x21));
			swatch.setText(Painter.mark(c));
			int h = swatch.computeSize(SWT.DEFAULT, SWT.DEFAULT).y;
			swatch.setLayoutData(new RowData(Math.max(h, 22), h));
			Label name = new Label(bar, SWT.NONE);
			name.setText(Texts.coverage(c) + "   "); //$NON-NLS-1$
		}
	}

	Composite control() {
		return bar;
	}
}
