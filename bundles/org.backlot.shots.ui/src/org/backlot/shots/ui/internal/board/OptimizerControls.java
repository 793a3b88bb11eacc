// SPDX-License-Identifier: EPL-2.0
package org.backlot.shots.ui.internal.board;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

/** The optimiser's settings (seconds, improve or rebuild, seed) and its buttons (Optimise, Stop, Classic sort, Apply, Discard). */
final class OptimizerControls {
	private final Spinner seconds;
	private final Button improve;
	private final Button scratch;
	private final Text seed;
	private final Button optimise;
	private final Button stop;
	private final Button classic;
	private final Button apply;
	private final Button discard;

	OptimizerControls(Composite parent, OptimizerView view) {
		Composite row = new Composite(parent, SWT.NONE);
		row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		GridLayout grid = new GridLayout(12, false);
		grid.marginHeight = 0;
		row.setLayout(grid);
		new Label(row, SWT.NONE).setText(Messages.seconds);
		seconds = new Spinner(row, SWT.BORDER);
		seconds.setValues(10, 1, 3600, 0, 1, 10);
		improve = new Button(row, SWT.RADIO);
		improve.setText(Messages.improveBoard);
		improve.setSelection(true);
		scratch = new Button(row, SWT.RADIO);
		scratch.setText(Messages.fromScratch);
		new Label(row, SWT.NONE).setText(Messages.seed);
		seed = new Text(row, SWT.BORDER);
		seed.setText("1"); //$NON-NLS-1$
		seed.setLayoutData(new GridData(60, SWT.DEFAULT));
		optimise = button(row, Messages.optimise, () -> view.optimise(seconds.getSelection(), improve.getSelection(), seed()));
		stop = button(row, Messages.stop, view::stop);
		classic = button(row, Messages.classicSort, view::classicSort);
		new Label(row, SWT.SEPARATOR | SWT.VERTICAL).setLayoutData(new GridData(SWT.CENTER, SWT.FILL, false, false));
		apply = button(row, Messages.apply, view::apply);
		discard = button(row, Messages.discard, view::discard);
		update(false, false, false);
	}

	private long seed() {
		try {
			return Long.parseLong(seed.getText().trim());
		} catch (NumberFormatException e) {
			return seed.getText().trim().hashCode();
		}
	}

	private static Button button(Composite parent, String text, Runnable run) {
		Button b = new Button(parent, SWT.PUSH);
		b.setText(text);
		b.addListener(SWT.Selection, e -> run.run());
		return b;
	}

	/** Enables the buttons for the state: a run on, a proposal waiting, a board to work on. */
	void update(boolean running, boolean proposal, boolean board) {
		if (optimise.isDisposed()) {
			return;
		}
		optimise.setEnabled(board && !running);
		stop.setEnabled(running);
		classic.setEnabled(board && !running);
		apply.setEnabled(proposal && !running);
		discard.setEnabled(proposal && !running);
	}

	/** Focuses the Optimise button. */
	void setFocus() {
		optimise.setFocus();
	}
}
