// SPDX-License-Identifier: EPL-2.0
package org.backlot.shots.ui.internal.board;

import java.util.List;

import org.backlot.model.production.Production;
import org.backlot.model.schedule.CostWeights;
import org.backlot.model.schedule.Schedule;
import org.backlot.model.schedule.ScheduleFactory;
import org.backlot.schedule.api.Boards;
import org.backlot.schedule.api.ClassicSort;
import org.backlot.schedule.api.ConstraintStatus;
import org.backlot.schedule.api.Constraints;
import org.backlot.schedule.api.CostBreakdown;
import org.backlot.schedule.api.Costs;
import org.backlot.schedule.api.Optimizer;
import org.backlot.schedule.api.OptimizerResult;
import org.backlot.schedule.api.Plan;
import org.backlot.ui.api.EmptyState;
import org.backlot.ui.api.ProductionViewPart;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * The optimiser: settings and cost weights, a run in the background with the
 * best cost so far, then the proposal's cost terms beside the board's and
 * every constraint with why it holds; Apply makes it the board in one
 * command. When idle it reports on the current board.
 */
public class OptimizerView extends ProductionViewPart {
	private OptimizerControls controls;
	private WeightsTable weights;
	private CostTable costs;
	private ConstraintTable constraints;
	private Label status;
	private EmptyState empty;
	private OptimizerRun run;
	private OptimizerResult proposal;
	private Schedule proposalBoard;
	private Plan proposalBasis;
	private CostBreakdown current;

	@Override
	public void createPartControl(Composite parent) {
		empty = new EmptyState(parent, null);
		Composite body = new Composite(empty.parent(), SWT.NONE);
		empty.content(body);
		GridLayout grid = new GridLayout();
		grid.marginHeight = 2;
		grid.verticalSpacing = 2;
		body.setLayout(grid);
		controls = new OptimizerControls(body, this);
		status = new Label(body, SWT.NONE);
		status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		SashForm sash = new SashForm(body, SWT.HORIZONTAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		// side by side: the view usually sits in a short bottom row
		weights = new WeightsTable(sash, this::board, this::setWeight);
		costs = new CostTable(sash);
		constraints = new ConstraintTable(sash);
		sash.setWeights(18, 37, 45);
		startTracking();
	}

	private Schedule board() {
		Production p = production();
		return p == null ? null : Boards.active(p);
	}

	private void setWeight(EAttribute attribute, double value) {
		Schedule board = board();
		if (board == null) {
			return;
		}
		edit(NLS.bind(Messages.setWeightLabel, WeightsTable.label(attribute), Texts.count(value)), () -> {
			if (board.getWeights() == null) {
				board.setWeights(ScheduleFactory.eINSTANCE.createCostWeights());
			}
			CostWeights w = board.getWeights();
			w.eSet(attribute, value);
		});
	}

	@Override
	protected void refresh() {
		if (costs == null || costs.control().isDisposed()) {
			return;
		}
		Production p = production();
		Schedule board = board();
		if (proposal != null && board != proposalBoard) {
			proposal = null; // the proposal was for another board
		}
		if (p == null || board == null) {
			empty.show(p == null ? Messages.noProduction : Messages.noBoardOptimiser, false);
			current = null;
		} else {
			empty.show(null, false);
			weights.refresh();
			try {
				Plan plan = Boards.read(board);
				current = Costs.of(p, board, plan);
				if (proposal == null) {
					constraints.show(Constraints.check(p, board, plan), List.of());
				}
			} catch (RuntimeException e) {
				ILog.of(OptimizerView.class).error("cost report failed", e); //$NON-NLS-1$
				current = null;
				status.setText(NLS.bind(Messages.optimiseFailed, e.getMessage()));
			}
		}
		costs.show(current, proposal == null ? null : proposal.cost());
		controls.update(run != null, proposal != null, board != null);
	}

	/** Starts an optimiser run on the active board; returns its job, or null when there is no board or a run is on. */
	public Job optimise(double seconds, boolean keepBoard, long seed) {
		Production p = production();
		Schedule board = board();
		if (p == null || board == null || run != null) {
			return null;
		}
		proposal = null;
		proposalBoard = board;
		proposalBasis = Boards.read(board);
		status.setText(Messages.starting);
		run = new OptimizerRun(p, board, new Optimizer.Options(seconds, seed, keepBoard), status.getDisplay(), this::progress,
				this::finished);
		controls.update(true, false, true);
		run.schedule();
		return run;
	}

	/** Stops the run, keeping its best plan. */
	public void stop() {
		if (run != null) {
			run.stop();
		}
	}

	private void progress(String text) {
		if (!status.isDisposed() && run != null) {
			status.setText(text);
		}
	}

	private void finished(OptimizerResult result) {
		run = null;
		if (status.isDisposed()) {
			return;
		}
		proposal = result;
		if (result == null) {
			status.setText(Messages.noProposal);
		} else {
			status.setText(NLS.bind(result.feasible() ? Messages.proposalReady : Messages.proposalInfeasible, new Object[] {
					Texts.money(result.cost().total()), Texts.change(result.startCost().total(), result.cost().total()),
					Texts.count(result.iterations()), String.format("%.1f", result.millis() / 1000.0) })); //$NON-NLS-1$
			Production p = production();
			if (p != null && proposalBoard != null) {
				try {
					constraints.show(Constraints.check(p, proposalBoard, result.plan()), result.feasible() ? List.of() : result.blocking());
				} catch (RuntimeException e) {
					ILog.of(OptimizerView.class).error("constraint check failed", e); //$NON-NLS-1$
				}
			}
		}
		refresh();
	}

	/** The last run's proposal not yet applied or discarded, or null. */
	public OptimizerResult proposal() {
		return proposal;
	}

	/** Writes the proposal into its board as one command "Apply optimised schedule"; false when there is none. */
	public boolean apply() {
		Production p = production();
		if (proposal == null || p == null || proposalBoard == null || !p.getSchedules().contains(proposalBoard)) {
			return false;
		}
		Plan now = Boards.read(proposalBoard);
		if (proposalBasis != null && !(now.days().equals(proposalBasis.days()) && now.unscheduled().equals(proposalBasis.unscheduled()))) {
			// the board was edited while the optimiser worked on its old shape: the proposal may undo those edits
			status.setText(Messages.boardChanged);
			return false;
		}
		Plan plan = proposal.plan();
		Schedule board = proposalBoard;
		proposal = null;
		edit(Messages.applyLabel, () -> Boards.apply(p, board, plan));
		status.setText(""); //$NON-NLS-1$
		refresh();
		return true;
	}

	/** Forgets the proposal. */
	public void discard() {
		proposal = null;
		status.setText(""); //$NON-NLS-1$
		refresh();
	}

	/** Applies the classic sort (by place, then day/night, then cast) to the active board as one command. */
	public boolean classicSort() {
		Production p = production();
		Schedule board = board();
		if (p == null || board == null) {
			return false;
		}
		Plan plan = ClassicSort.plan(p, board);
		edit(Messages.classicSortLabel, () -> Boards.apply(p, board, plan));
		return true;
	}

	/** The current board's cost, or null. */
	public CostBreakdown currentCost() {
		return current;
	}

	/** The constraint statuses shown (of the proposal when there is one). */
	List<ConstraintStatus> shownConstraints() {
		java.util.ArrayList<ConstraintStatus> out = new java.util.ArrayList<>();
		for (org.eclipse.swt.widgets.TableItem item : constraints.control().getItems()) {
			if (item.getData() instanceof ConstraintStatus s) {
				out.add(s);
			}
		}
		return out;
	}

	@Override
	public void setFocus() {
		controls.setFocus();
	}

	@Override
	public void dispose() {
		stop();
		super.dispose();
	}
}
