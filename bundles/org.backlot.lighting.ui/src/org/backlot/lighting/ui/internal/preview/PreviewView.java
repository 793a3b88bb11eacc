// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.ui.internal.preview;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.backlot.lighting.api.Exposure;
import org.backlot.lighting.api.Frame;
import org.backlot.lighting.api.LightScene;
import org.backlot.lighting.ui.internal.Icons;
import org.backlot.lighting.ui.internal.LightingViewPart;
import org.backlot.model.lighting.LightingSetup;
import org.backlot.ui.api.Actions;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;

/**
 * The camera preview: the set-up rendered progressively through its camera
 * (a fast first picture, then finer passes), started again after every change
 * and while a lamp is dragged; or, toggled on the toolbar, the false-colour
 * map of the light on the floor. Renders run off the UI thread and a new one
 * cancels the old.
 */
public class PreviewView extends LightingViewPart {
	/** The widest render, in pixels. */
	static final int MAX_WIDTH = 1280;
	private static final double ASPECT = 16.0 / 9.0;
	private PreviewCanvas canvas;
	private Label status;
	private RenderSession session;
	private FloorMapRun floorMap;
	private final AtomicReference<Shown> pending = new AtomicReference<>();
	private final AtomicBoolean scheduled = new AtomicBoolean();
	private Action floorToggle;
	private Action take;
	private Frame lastFrame;
	private LightScene lastScene;
	private long framesShown;
	private boolean resizeQueued;

	/** A frame ready for the screen, from the render started as {@code run}. */
	private record Shown(Frame frame, ImageData data, long run) {
	}

	@Override
	public void createPartControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayout grid = new GridLayout(1, false);
		grid.marginWidth = 0;
		grid.marginHeight = 0;
		grid.verticalSpacing = 2;
		body.setLayout(grid);
		canvas = new PreviewCanvas(body);
		canvas.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		status = new Label(body, SWT.NONE);
		status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		session = new RenderSession();
		floorMap = new FloorMapRun(this::floorMapReady);
		canvas.control().addListener(SWT.Resize, e -> queueResize());
		floorToggle = new Action(Messages.floorMap, IAction.AS_CHECK_BOX) {
			@Override
			public void run() {
				restart();
			}
		};
		floorToggle.setToolTipText(Messages.floorMapTip);
		floorToggle.setImageDescriptor(Icons.of("floor-map.png")); //$NON-NLS-1$
		take = Actions.of(Messages.takeFrame, Messages.takeFrameTip, () -> new TakeFrame(this).run());
		take.setImageDescriptor(Icons.of("take-frame.png")); //$NON-NLS-1$
		IToolBarManager bar = getViewSite().getActionBars().getToolBarManager();
		bar.add(floorToggle);
		bar.add(take);
		getViewSite().getActionBars().getMenuManager().add(floorToggle);
		getViewSite().getActionBars().getMenuManager().add(take);
		startFollowing();
	}

	@Override
	protected void refresh() {
		if (canvas == null || canvas.control().isDisposed()) {
			return;
		}
		take.setEnabled(setup() != null && lastFrame != null);
		if (production() == null) {
			stop(Messages.noProduction);
		} else if (setup() == null) {
			stop(Messages.noSetup);
		} else if (feed().scene() == null) {
			stop(feed().problem() != null ? NLS.bind(Messages.cannotCompile, feed().problem()) : Messages.noSetup);
		} else if (feed().scene() != lastScene) {
			restart();
		}
	}

	@Override
	public void sceneChanged(LightScene scene, boolean transientScene) {
		restart();
	}

	@Override
	public void setupChanged(LightingSetup setup) {
		lastFrame = null;
	}

	private void stop(String why) {
		session.cancel();
		floorMap.cancel();
		lastScene = null;
		lastFrame = null;
		canvas.show(null);
		canvas.legend("", List.of()); //$NON-NLS-1$
		canvas.message(why);
		status.setText(""); //$NON-NLS-1$
		take.setEnabled(false);
	}

	/** Renders the feed's scene again (or its floor map), cancelling what runs. */
	void restart() {
		if (canvas == null || canvas.control().isDisposed()) {
			return;
		}
		LightScene scene = feed().scene();
		if (scene == null) {
			refresh();
			return;
		}
		lastScene = scene;
		canvas.message(null);
		if (floorToggle.isChecked()) {
			session.cancel();
			status.setText(Messages.floorMapComputing);
			floorMap.start(scene);
			return;
		}
		floorMap.cancel();
		canvas.legend("", List.of()); //$NON-NLS-1$
		int[] size = renderSize(canvas.control().getClientArea());
		Display display = canvas.control().getDisplay();
		session.start(scene, size[0], size[1], (run, frame) -> frameReady(display, run, frame), e -> display.asyncExec(() -> {
			if (!canvas.control().isDisposed()) {
				canvas.message(NLS.bind(Messages.renderFailed, e.toString()));
			}
		}));
	}

	/** The render size for a client area: 16:9 inside it, at most {@link #MAX_WIDTH} wide, at least 64 x 36. */
	static int[] renderSize(Rectangle area) {
		int w = Math.min(MAX_WIDTH, Math.max(64, area.width));
		int h = (int) Math.round(w / ASPECT);
		if (area.height > 0 && h > area.height) {
			h = Math.max(36, area.height);
			w = (int) Math.round(h * ASPECT);
		}
		return new int[] { w, h };
	}

	private void frameReady(Display display, long run, Frame frame) {
		pending.set(new Shown(frame, Pictures.imageData(frame.width(), frame.height(), frame.argb()), run));
		if (!scheduled.getAndSet(true) && !display.isDisposed()) {
			display.asyncExec(this::showPending);
		}
	}

	private void showPending() {
		scheduled.set(false);
		Shown s = pending.getAndSet(null);
		if (s == null || canvas.control().isDisposed() || s.run() != session.run() || floorToggle.isChecked()) {
			return;
		}
		canvas.show(s.data());
		lastFrame = s.frame();
		framesShown++;
		take.setEnabled(setup() != null);
		status.setText(statusOf(s.frame()));
	}

	private String statusOf(Frame f) {
		LightScene scene = lastScene;
		String stop = scene == null ? "" : Exposure.format(scene.shootingStop()); //$NON-NLS-1$
		String iso = scene == null ? "" : String.valueOf(Math.round(scene.iso())); //$NON-NLS-1$
		String shutter = scene == null || scene.shutterSeconds() <= 0 ? "" : "1/" + Math.round(1 / scene.shutterSeconds()); //$NON-NLS-1$ //$NON-NLS-2$
		String text = NLS.bind(Messages.status, new Object[] { f.pass() + 1, Qualities.name(f.quality()), Math.max(1, f.nanos() / 1_000_000), stop, iso,
				shutter });
		if (!f.last()) {
			text += " " + Messages.refining; //$NON-NLS-1$
		}
		String note = feed().note();
		return note != null ? note + ": " + text : text; //$NON-NLS-1$
	}

	private void floorMapReady(FloorMapRun.Result r) {
		if (canvas.control().isDisposed() || !floorToggle.isChecked()) {
			return;
		}
		canvas.show(Pictures.imageData(r.width(), r.height(), r.argb()));
		canvas.legend(Messages.legendTitle, r.legend());
		status.setText(NLS.bind(Messages.floorMapStatus, r.cellCm(), org.backlot.lighting.ui.internal.Labels.lux(r.maxLux())));
	}

	private void queueResize() {
		if (resizeQueued) {
			return;
		}
		resizeQueued = true;
		canvas.control().getDisplay().timerExec(200, () -> {
			resizeQueued = false;
			if (!canvas.control().isDisposed() && feed().scene() != null && !floorToggle.isChecked()) {
				restart();
			}
		});
	}

	/** The latest frame of the camera view, or null. */
	Frame lastFrame() {
		return lastFrame;
	}

	/** How many frames were put on the screen so far (for tests). */
	public long framesShown() {
		return framesShown;
	}

	/** Switches between the camera view and the floor map, as the toolbar toggle does (for tests). */
	public void toggleFloorMap() {
		floorToggle.setChecked(!floorToggle.isChecked());
		restart();
	}

	@Override
	public void setFocus() {
		canvas.control().setFocus();
	}

	@Override
	public void dispose() {
		if (session != null) {
			session.close();
		}
		if (floorMap != null) {
			floorMap.cancel();
		}
		super.dispose();
	}
}
