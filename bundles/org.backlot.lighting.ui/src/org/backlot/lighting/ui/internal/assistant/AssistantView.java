// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.ui.internal.assistant;

import java.util.List;

import org.backlot.lighting.api.AdvisorRequest;
import org.backlot.lighting.api.Assistant;
import org.backlot.lighting.api.LookTarget;
import org.backlot.lighting.api.Proposal;
import org.backlot.lighting.ui.internal.LightingViewPart;
import org.backlot.lighting.ui.internal.Setups;
import org.backlot.model.lighting.LightingSetup;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * The look assistant: pick a look (a preset or one of the production's), a
 * T-stop and an ISO, and Propose runs the advisors in a cancellable job. The
 * proposal selected shows as ghost lamps in the plot and in the preview before
 * anything changes; Apply makes it the set-up's lighting in one undoable command.
 */
public class AssistantView extends LightingViewPart {
	private Combo look;
	private Combo stop;
	private Combo iso;
	private Button propose;
	private Button apply;
	private Label status;
	private ProposalPanel panel;
	private ProposalRun run;
	private List<LookChoices.Choice> choices = List.of();
	private LightingSetup proposedFor;
	private String chosenLabel;
	private double proposedIso;

	@Override
	public void createPartControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		body.setLayout(new GridLayout(4, false));
		new Label(body, SWT.NONE).setText(Messages.lookLabel);
		look = new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN);
		look.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
		look.addListener(SWT.Selection, e -> {
			chosenLabel = look.getText();
			lookChosen();
		});
		new Label(body, SWT.NONE).setText(Messages.stopLabel);
		stop = new Combo(body, SWT.DROP_DOWN);
		stop.setItems(LookChoices.STOPS);
		stop.setToolTipText(Messages.stopTip);
		stop.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		new Label(body, SWT.NONE).setText(Messages.isoLabel);
		iso = new Combo(body, SWT.DROP_DOWN);
		iso.setItems(LookChoices.ISOS);
		iso.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		Composite buttons = new Composite(body, SWT.NONE);
		buttons.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));
		buttons.setLayout(new GridLayout(2, true));
		propose = new Button(buttons, SWT.PUSH);
		propose.setText(Messages.propose);
		propose.setToolTipText(Messages.proposeTip);
		propose.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		propose.addListener(SWT.Selection, e -> proposeOrCancel());
		apply = new Button(buttons, SWT.PUSH);
		apply.setText(Messages.apply);
		apply.setToolTipText(Messages.applyTip);
		apply.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		apply.addListener(SWT.Selection, e -> apply());
		panel = new ProposalPanel(body, this::selected);
		panel.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
		status = new Label(body, SWT.WRAP);
		status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));
		run = new ProposalRun(this::proposed, this::progress);
		startFollowing();
	}

	@Override
	protected void refresh() {
		if (look == null || look.isDisposed()) {
			return;
		}
		List<LookChoices.Choice> next = LookChoices.of(production());
		String[] labels = next.stream().map(LookChoices.Choice::label).toArray(String[]::new);
		if (!java.util.Arrays.equals(labels, look.getItems())) {
			// the user's choice stays while it is offered; otherwise the set-up's own look
			int keep = chosenLabel == null ? -1 : java.util.Arrays.asList(labels).indexOf(chosenLabel);
			choices = next;
			look.setItems(labels);
			look.select(keep >= 0 ? keep : LookChoices.initial(choices, setup()));
			lookChosen();
		}
		choices = next;
		boolean ready = setup() != null && !run.running();
		propose.setEnabled(setup() != null);
		apply.setEnabled(ready && panel.selected() != null && proposedFor == setup());
		if (setup() == null) {
			status.setText(production() == null ? Messages.noProduction : Messages.noSetup);
		} else if (status.getText().equals(Messages.noProduction) || status.getText().equals(Messages.noSetup)) {
			status.setText(Messages.hint);
		}
	}

	@Override
	public void setupChanged(LightingSetup setup) {
		if (look == null || look.isDisposed()) {
			return;
		}
		run.cancel();
		panel.show(List.of());
		proposedFor = null;
		chosenLabel = null;
		look.select(LookChoices.initial(choices, setup));
		lookChosen();
		iso.setText(setup == null ? "800" : String.valueOf(Math.round(setup.getIso()))); //$NON-NLS-1$
		status.setText(setup == null ? "" : Messages.hint); //$NON-NLS-1$
		refresh();
	}

	private void lookChosen() {
		int i = look.getSelectionIndex();
		if (i >= 0 && i < choices.size()) {
			double t = choices.get(i).target().tStop();
			stop.setText(t > 0 ? LookChoices.trim(t) : ""); //$NON-NLS-1$
		}
	}

	private void proposeOrCancel() {
		if (run.running()) {
			run.cancel();
			return;
		}
		propose();
	}

	/** Asks the advisors for proposals for the chosen look, stop and ISO (the work runs in a job). */
	public void propose() {
		LightingSetup setup = setup();
		int i = look.getSelectionIndex();
		if (setup == null || i < 0 || i >= choices.size()) {
			return;
		}
		LookTarget target = choices.get(i).target();
		double t = LookChoices.number(stop.getText(), 0);
		if (t > 0) {
			target = target.atStop(t);
		}
		proposedIso = LookChoices.number(iso.getText(), setup.getIso());
		LightingSetup asked = setup;
		if (proposedIso != setup.getIso()) {
			asked = EcoreUtil.copy(setup);
			asked.setIso(proposedIso);
		}
		AdvisorRequest request;
		try {
			request = Assistant.request(asked, Setups.studio(production()), target, Setups.baseDir(production()));
		} catch (RuntimeException e) {
			status.setText(NLS.bind(Messages.failed, e.getMessage()));
			return;
		}
		proposedFor = setup;
		clearPreview();
		panel.show(List.of());
		propose.setText(Messages.cancel);
		apply.setEnabled(false);
		status.setText(NLS.bind(Messages.proposing, target.name()));
		run.start(request, target.name());
	}

	private void progress(String text) {
		if (!status.isDisposed()) {
			status.setText(text);
		}
	}

	private void proposed(List<Proposal> list, String problem) {
		if (look.isDisposed()) {
			return;
		}
		propose.setText(Messages.propose);
		panel.show(list);
		if (problem != null) {
			status.setText(problem);
		} else if (list.isEmpty()) {
			status.setText(Messages.nothingProposed);
		} else {
			status.setText(NLS.bind(Messages.proposed, list.size()));
			panel.select(0);
			selected(panel.selected());
		}
		refresh();
	}

	private void selected(Proposal p) {
		panel.details(p);
		apply.setEnabled(p != null && proposedFor == setup() && setup() != null);
		if (p == null || setup() == null) {
			clearPreview();
			return;
		}
		ProposalScenes.show(feed(), setup(), p, Setups.baseDir(production()));
	}

	private void clearPreview() {
		ProposalScenes.clear(feed());
	}

	/** Applies the selected proposal to the set-up in one command. */
	public void apply() {
		Proposal p = panel.selected();
		if (p != null) {
			apply(p);
		}
	}

	/** Applies a proposal to the set-up shown in one command (its ISO too, when the proposal was made at another); false when nothing was done. */
	public boolean apply(Proposal p) {
		LightingSetup setup = setup();
		if (setup == null || document() == null) {
			return false;
		}
		double iso = proposedFor == setup ? proposedIso : 0;
		Command all = ProposalApply.command(document().domain(), setup, p, iso);
		if (all == null) {
			return false;
		}
		clearPreview();
		document().domain().getCommandStack().execute(all);
		status.setText(NLS.bind(Messages.applied, p.title()));
		return true;
	}

	/** Shows the proposal selected in the list (as a click on it does). */
	void showSelected() {
		selected(panel.selected());
	}

	/** The proposals panel (for tests). */
	ProposalPanel panel() {
		return panel;
	}

	/** Whether proposals are being worked out (for tests). */
	public boolean running() {
		return run.running();
	}

	@Override
	public void setFocus() {
		look.setFocus();
	}

	@Override
	public void dispose() {
		if (run != null) {
			run.cancel();
		}
		if (!feed().ghosts().isEmpty()) {
			ProposalScenes.clear(feed());
		}
		super.dispose();
	}
}
