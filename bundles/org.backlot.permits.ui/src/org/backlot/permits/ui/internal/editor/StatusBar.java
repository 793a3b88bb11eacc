// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.ui.internal.editor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.backlot.model.permits.PermitApplication;
import org.backlot.model.permits.PermitStatus;
import org.backlot.permits.api.Clock;
import org.backlot.permits.api.Workflow;
import org.backlot.permits.ui.internal.Colours;
import org.backlot.permits.ui.internal.Dots;
import org.backlot.permits.ui.internal.Snapshot;
import org.backlot.permits.ui.internal.Texts;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/**
 * The application's status bar: where it stands with its clock, a button for
 * every move the workflow allows from here (disabled, saying why, when the
 * application is not ready for it), Export PDF..., Submit Online... and Check
 * for Decision.
 */
final class StatusBar {
	private final ApplicationEditorView view;
	private final Dots dots;
	private final Composite bar;
	private final Label dot;
	private final Label status;
	private final Composite moves;
	private final List<Button> moveButtons = new ArrayList<>();
	private final Online online;
	private final Button submit;
	private final Button poll;
	private PermitApplication shown;
	private List<PermitStatus> offered = List.of();

	StatusBar(Composite parent, ApplicationEditorView view, Dots dots, Online online) {
		this.view = view;
		this.dots = dots;
		this.online = online;
		bar = new Composite(parent, SWT.NONE);
		GridLayout grid = new GridLayout(6, false);
		grid.marginHeight = 2;
		bar.setLayout(grid);
		dot = new Label(bar, SWT.NONE);
		status = new Label(bar, SWT.NONE);
		status.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
		status.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
		moves = new Composite(bar, SWT.NONE);
		RowLayout row = new RowLayout();
		row.marginTop = 0;
		row.marginBottom = 0;
		row.center = true;
		moves.setLayout(row);
		moves.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		Button export = button(Messages.exportPdf, Messages.exportPdfTip, () -> new PdfExport(view).run(shown));
		submit = button(Messages.submitOnline, Messages.submitOnlineTip, () -> online.submit(shown));
		poll = button(Messages.checkDecision, Messages.checkDecisionTip, () -> online.poll(shown));
		export.setLayoutData(new GridData(SWT.RIGHT, SWT.CENTER, false, false));
	}

	private Button button(String text, String tip, Runnable run) {
		Button b = new Button(bar, SWT.PUSH);
		b.setText(text);
		b.setToolTipText(tip);
		b.addListener(SWT.Selection, e -> {
			if (shown != null) {
				run.run();
			}
		});
		return b;
	}

	Control control() {
		return bar;
	}

	/** Shows where the application stands and the moves it can make. */
	void show(PermitApplication a, Snapshot s) {
		shown = a;
		Clock clock = s == null ? null : s.clock(a);
		dot.setImage(clock == null ? null : dots.of(Colours.clock(clock.state())));
		String text = Texts.status(a.getStatus());
		if (clock != null) {
			text = NLS.bind(Messages.statusWithClock, text, Texts.clock(clock));
			if (clock.due() != null && clock.decided() == null) {
				text = NLS.bind(Messages.statusWithClock, text, NLS.bind(Messages.dueOn, Texts.date(clock.due())));
			}
			if (clock.deadline() != null && clock.decided() == null) {
				text = NLS.bind(Messages.statusWithClock, text, NLS.bind(Messages.neededBy, Texts.date(clock.deadline())));
			}
		}
		status.setText(text);
		List<PermitStatus> next = moves(a);
		if (!next.equals(offered) || moveButtons.isEmpty() && !next.isEmpty()) {
			offered = List.copyOf(next);
			moveButtons.forEach(Button::dispose);
			moveButtons.clear();
			for (PermitStatus to : offered) {
				Button b = new Button(moves, SWT.PUSH);
				b.setText(moveLabel(to));
				b.setData(to);
				b.addListener(SWT.Selection, e -> move(to));
				moveButtons.add(b);
			}
		}
		for (Button b : moveButtons) {
			PermitStatus to = (PermitStatus) b.getData();
			Optional<String> why = refusal(a, to);
			b.setEnabled(why.isEmpty());
			b.setToolTipText(why.orElse(NLS.bind(Messages.moveTip, Texts.status(to))));
		}
		PermitStatus st = a.getStatus();
		Optional<String> notReady = refusal(a, PermitStatus.SUBMITTED);
		submit.setEnabled(notReady.isEmpty());
		submit.setToolTipText(notReady.orElse(Messages.submitOnlineTip));
		poll.setEnabled(st == PermitStatus.SUBMITTED || st == PermitStatus.MORE_INFO);
		bar.layout(true, true);
	}

	/**
	 * The moves to offer: those the workflow allows now, and Mark Complete on a
	 * draft even while it is not complete (disabled, its tooltip saying what is
	 * missing), the one move the workflow holds back until the application is ready.
	 */
	static List<PermitStatus> moves(PermitApplication a) {
		List<PermitStatus> out = new ArrayList<>();
		try {
			out.addAll(Workflow.next(a));
		} catch (RuntimeException e) {
			return List.of();
		}
		PermitStatus from = a.getStatus() == null ? PermitStatus.DRAFT : a.getStatus();
		if (from == PermitStatus.DRAFT && !out.contains(PermitStatus.COMPLETE)) {
			out.add(0, PermitStatus.COMPLETE);
		}
		return out;
	}

	private static Optional<String> refusal(PermitApplication a, PermitStatus to) {
		try {
			return Workflow.refusal(a, to);
		} catch (RuntimeException e) {
			return Optional.ofNullable(e.getMessage());
		}
	}

	/** The button label of a move. */
	static String moveLabel(PermitStatus to) {
		try {
			Object v = Messages.class.getField("move" + to.name()).get(null); //$NON-NLS-1$
			return v == null ? to.name() : v.toString();
		} catch (ReflectiveOperationException e) {
			return to.name();
		}
	}

	/** Moves the application, asking for the permit number and conditions of an approval, or what the authority said. */
	private void move(PermitStatus to) {
		if (shown == null) {
			return;
		}
		String authority = Texts.authority(shown.getAuthority());
		if (to == PermitStatus.APPROVED) {
			String[] r = MoveDialogs.approval(bar.getShell(), authority);
			if (r != null) {
				move(to, null, r[0], r[1]);
			}
		} else if (to == PermitStatus.MORE_INFO || to == PermitStatus.REJECTED) {
			String note = MoveDialogs.note(bar.getShell(), Texts.status(to), authority);
			if (note != null) {
				move(to, note, null, null);
			}
		} else {
			move(to, null, null, null);
		}
	}

	/** Moves the application without asking (an approval with its number and conditions); returns whether it moved. */
	boolean move(PermitStatus to, String note, String number, String conditions) {
		if (shown == null || view.document() == null) {
			return false;
		}
		String by = Workflow.currentUser();
		Command c = to == PermitStatus.APPROVED
				? Workflow.approve(view.document().domain(), shown, number, conditions, by, new Date())
				: Workflow.change(view.document().domain(), shown, to, by, note == null || note.isBlank() ? null : note, new Date());
		return view.execute(c);
	}

	/** The moves offered now (tests). */
	List<PermitStatus> offered() {
		return offered;
	}

	/** Whether the move's button is enabled (tests). */
	boolean enabled(PermitStatus to) {
		return moveButtons.stream().anyMatch(b -> b.getData() == to && b.isEnabled());
	}

	/** Where the production file is kept (for adapters). */
	Path folder() {
		return shown == null ? null : Online.folder(shown);
	}
}
