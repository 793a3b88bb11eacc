// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.ui.internal.readouts;

import java.util.ArrayList;
import java.util.List;

import org.backlot.lighting.api.ActorReading;
import org.backlot.lighting.api.Exposure;
import org.backlot.lighting.api.LightScene;
import org.backlot.lighting.api.Readouts;
import org.backlot.lighting.ui.internal.LightingViewPart;
import org.backlot.model.lighting.LightingSetup;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

/**
 * The meter on every actor of the set-up: face lux, the stop it exposes for
 * and how far that is from the shooting stop, key to fill, colour, separation
 * and the key lamp, with what is wrong said in words; beside it the gear list
 * against the studio's stock, and the power it draws. Measured in a job after
 * every change (and while a lamp is dragged).
 */
public class ReadoutsView extends LightingViewPart {
	private static final Color WARN = new Color(200, 40, 30);
	private Label header;
	private Table actors;
	private Table warnings;
	private GearPanel gear;
	private ReadoutRun run;
	private List<ActorReading> readings = List.of();
	private LightScene measured;

	@Override
	public void createPartControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayout grid = new GridLayout(1, false);
		grid.marginWidth = 2;
		grid.marginHeight = 2;
		body.setLayout(grid);
		header = new Label(body, SWT.WRAP);
		header.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		SashForm sides = new SashForm(body, SWT.HORIZONTAL);
		sides.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		SashForm left = new SashForm(sides, SWT.VERTICAL);
		actors = new Table(left, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		actors.setHeaderVisible(true);
		actors.setLinesVisible(true);
		String[][] columns = { { Messages.colActor, Messages.colActorTip }, { Messages.colLux, Messages.colLuxTip },
				{ Messages.colStop, Messages.colStopTip }, { Messages.colExposure, Messages.colExposureTip }, { Messages.colRatio, Messages.colRatioTip },
				{ Messages.colCct, Messages.colCctTip }, { Messages.colDuv, Messages.colDuvTip }, { Messages.colSeparation, Messages.colSeparationTip },
				{ Messages.colKey, Messages.colKeyTip } };
		int[] widths = { 150, 55, 55, 80, 120, 65, 60, 85, 120 };
		for (int i = 0; i < columns.length; i++) {
			TableColumn c = new TableColumn(actors, i == 0 || i == 8 ? SWT.LEFT : SWT.RIGHT);
			c.setText(columns[i][0]);
			c.setToolTipText(columns[i][1]);
			c.setWidth(widths[i]);
		}
		warnings = new Table(left, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
		new TableColumn(warnings, SWT.LEFT).setWidth(700);
		warnings.setToolTipText(Messages.warningsTip);
		left.setWeights(new int[] { 62, 38 });
		gear = new GearPanel(sides);
		sides.setWeights(new int[] { 66, 34 });
		run = new ReadoutRun(this::show);
		startFollowing();
	}

	@Override
	public void sceneChanged(LightScene scene, boolean transientScene) {
		measure();
	}

	@Override
	public void setupChanged(LightingSetup setup) {
		readings = List.of();
		measured = null;
	}

	@Override
	protected void refresh() {
		if (actors == null || actors.isDisposed()) {
			return;
		}
		gear.show(setup(), production());
		measure();
	}

	private void measure() {
		LightScene scene = feed().scene();
		if (production() == null || setup() == null || scene == null) {
			run.cancel();
			measured = null;
			readings = List.of();
			fill(List.of());
			header.setText(production() == null ? Messages.noProduction : feed().problem() != null ? feed().problem() : Messages.noSetup);
			return;
		}
		if (scene == measured) {
			return;
		}
		measured = scene;
		header.setText(NLS.bind(Messages.measuring, headerOf(scene)));
		run.start(scene);
	}

	private static String headerOf(LightScene s) {
		String shutter = s.shutterSeconds() > 0 ? "1/" + Math.round(1 / s.shutterSeconds()) : "?"; //$NON-NLS-1$ //$NON-NLS-2$
		return NLS.bind(Messages.header, new Object[] { Exposure.format(s.shootingStop()), Math.round(s.iso()), shutter });
	}

	private void show(List<ActorReading> rs) {
		if (actors.isDisposed()) {
			return;
		}
		readings = List.copyOf(rs);
		LightScene scene = measured;
		String note = feed().note();
		header.setText(scene == null ? "" : headerOf(scene) + (note != null ? "  (" + note + ")" : "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		fill(rs);
	}

	private void fill(List<ActorReading> rs) {
		ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
		actors.setRedraw(false);
		actors.removeAll();
		for (ActorReading r : inFrameFirst(rs)) {
			TableItem item = new TableItem(actors, SWT.NONE);
			for (int c = 0; c < actors.getColumnCount(); c++) {
				item.setText(c, Format.cell(r, c));
			}
			if (!r.inFrame()) {
				item.setText(0, NLS.bind(Messages.outOfFrame, r.name()));
				item.setForeground(actors.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DISABLED_FOREGROUND));
			} else if (!r.warnings().isEmpty()) {
				item.setImage(0, images.getImage(ISharedImages.IMG_OBJS_WARN_TSK));
			}
			if (r.inFrame() && (r.exposureStops() > Readouts.CLIP_STOPS || r.exposureStops() < Readouts.DARK_STOPS)) {
				item.setForeground(3, WARN);
			}
			item.setData(r);
		}
		if (!rs.isEmpty()) {
			// the names decide the first column; the rest keep their widths
			actors.getColumn(0).pack();
			actors.getColumn(0).setWidth(Math.min(240, Math.max(110, actors.getColumn(0).getWidth())));
		}
		actors.setRedraw(true);
		warnings.setRedraw(false);
		warnings.removeAll();
		List<String> problems = new ArrayList<>();
		if (measured != null) {
			problems.addAll(measured.problems());
		}
		for (String p : problems) {
			TableItem item = new TableItem(warnings, SWT.NONE);
			item.setText(p);
			item.setImage(images.getImage(ISharedImages.IMG_OBJS_ERROR_TSK));
		}
		for (ActorReading r : rs) {
			for (String w : r.inFrame() ? r.warnings() : List.<String>of()) {
				TableItem item = new TableItem(warnings, SWT.NONE);
				item.setText(w);
				item.setImage(images.getImage(ISharedImages.IMG_OBJS_WARN_TSK));
			}
		}
		if (warnings.getItemCount() == 0 && !rs.isEmpty()) {
			TableItem item = new TableItem(warnings, SWT.NONE);
			item.setText(Messages.allGood);
			item.setImage(images.getImage(ISharedImages.IMG_OBJS_INFO_TSK));
		} else if (rs.isEmpty() && measured != null && measured.actors().isEmpty()) {
			TableItem item = new TableItem(warnings, SWT.NONE);
			item.setText(Messages.noActors);
			item.setImage(images.getImage(ISharedImages.IMG_OBJS_INFO_TSK));
		}
		warnings.setRedraw(true);
	}

	/** The actors the camera sees first (in scene order), then the others. */
	private static List<ActorReading> inFrameFirst(List<ActorReading> rs) {
		List<ActorReading> out = new ArrayList<>(rs);
		out.sort(java.util.Comparator.comparing(r -> !r.inFrame()));
		return out;
	}

	/** The readings shown (for tests). */
	public List<ActorReading> readings() {
		return readings;
	}

	/** The names in the actors table (for tests). */
	public List<String> actorNames() {
		List<String> out = new ArrayList<>();
		for (TableItem item : actors.getItems()) {
			out.add(item.getText(0));
		}
		return out;
	}

	/** The warning sentences shown (for tests). */
	public List<String> warningTexts() {
		List<String> out = new ArrayList<>();
		for (TableItem item : warnings.getItems()) {
			out.add(item.getText());
		}
		return out;
	}

	/** The gear panel (for tests). */
	GearPanel gear() {
		return gear;
	}

	@Override
	public void setFocus() {
		actors.setFocus();
	}

	@Override
	public void dispose() {
		if (run != null) {
			run.cancel();
		}
		super.dispose();
	}
}
