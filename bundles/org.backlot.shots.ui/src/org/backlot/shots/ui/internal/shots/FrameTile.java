// SPDX-License-Identifier: EPL-2.0
package org.backlot.shots.ui.internal.shots;

import java.nio.file.Files;
import java.nio.file.Path;

import org.backlot.model.shots.Shot;
import org.backlot.model.shots.StoryboardFrame;
import org.backlot.shots.api.Storyboard;
import org.backlot.shots.api.ShotLabels;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Listener;

/** One storyboard frame in the grid: its thumbnail (or an empty box), the shot's number, size and description. */
final class FrameTile {
	/** Width of a thumbnail in pixels; the height is 9/16 of it. */
	static final int WIDTH = 200;
	private static final int HEIGHT = WIDTH * 9 / 16;

	private final Shot shot;
	private final StoryboardFrame frame;
	private final Composite tile;
	private final Image thumbnail;
	private final String note;
	private boolean selected;

	FrameTile(Composite parent, Shot shot, StoryboardFrame frame, Path productionFile, Listener onClick) {
		this.shot = shot;
		this.frame = frame;
		Image thumb = null;
		String why = Messages.noImage;
		if (frame != null) {
			Path file = Storyboard.resolve(frame, productionFile);
			if (file != null && Files.isReadable(file)) {
				thumb = load(parent, file);
			}
			if (thumb == null) {
				why = NLS.bind(Messages.missingImage, frame.getImagePath() == null ? "" : Path.of(frame.getImagePath()).getFileName()); //$NON-NLS-1$
			}
		}
		thumbnail = thumb;
		note = why;
		tile = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = 4;
		layout.marginHeight = 4;
		tile.setLayout(layout);
		Canvas picture = new Canvas(tile, SWT.DOUBLE_BUFFERED);
		GridData size = new GridData(WIDTH, HEIGHT);
		size.horizontalSpan = 2;
		picture.setLayoutData(size);
		picture.addPaintListener(e -> paint(e.gc, picture.getClientArea()));
		Label number = new Label(tile, SWT.NONE);
		number.setText(shot.getNumber() == null ? "" : shot.getNumber()); //$NON-NLS-1$
		number.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
		Label kind = new Label(tile, SWT.NONE);
		kind.setText(ShotLabels.size(shot.getSize()) + (shot.getFrames().size() > 1 && frame != null
				? "  " + NLS.bind(Messages.frameOf, shot.getFrames().indexOf(frame) + 1, shot.getFrames().size()) : "")); //$NON-NLS-1$ //$NON-NLS-2$
		kind.setLayoutData(new GridData(SWT.END, SWT.CENTER, true, false));
		Label description = new Label(tile, SWT.WRAP);
		GridData wrap = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
		wrap.widthHint = WIDTH;
		description.setLayoutData(wrap);
		description.setText(shot.getDescription() == null ? "" : shot.getDescription().replace("&", "&&")); //$NON-NLS-1$ //$NON-NLS-2$
		tile.setToolTipText(ShotLabels.kind(shot) + "\n" + ShotLabels.lensAndSetup(shot) + "\n" + ShotLabels.minutes(shot)); //$NON-NLS-1$ //$NON-NLS-2$
		for (org.eclipse.swt.widgets.Control c : new org.eclipse.swt.widgets.Control[] { tile, picture, number, kind, description }) {
			c.addListener(SWT.MouseDown, onClick);
			c.setData(this);
		}
		tile.addPaintListener(e -> {
			if (selected) {
				Rectangle r = tile.getClientArea();
				e.gc.setForeground(tile.getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION));
				e.gc.setLineWidth(2);
				e.gc.drawRectangle(r.x + 1, r.y + 1, r.width - 2, r.height - 2);
			}
		});
	}

	private static Image load(Composite parent, Path file) {
		try {
			ImageData data = new ImageData(file.toString());
			double scale = Math.min((double) WIDTH / data.width, (double) HEIGHT / data.height);
			int w = Math.max(1, (int) Math.round(data.width * scale));
			int h = Math.max(1, (int) Math.round(data.height * scale));
			Image full = new Image(parent.getDisplay(), data);
			try {
				Image small = new Image(parent.getDisplay(), w, h);
				GC gc = new GC(small);
				gc.setInterpolation(SWT.HIGH);
				gc.drawImage(full, 0, 0, data.width, data.height, 0, 0, w, h);
				gc.dispose();
				return small;
			} finally {
				full.dispose();
			}
		} catch (org.eclipse.swt.SWTException | IllegalArgumentException e) {
			return null;
		}
	}

	private void paint(GC gc, Rectangle area) {
		gc.setBackground(gc.getDevice().getSystemColor(SWT.COLOR_WHITE));
		gc.fillRectangle(area);
		if (thumbnail != null) {
			Rectangle b = thumbnail.getBounds();
			gc.drawImage(thumbnail, area.x + (area.width - b.width) / 2, area.y + (area.height - b.height) / 2);
		} else {
			gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_DARK_GRAY));
			Point extent = gc.textExtent(note);
			gc.drawText(note, area.x + (area.width - extent.x) / 2, area.y + (area.height - extent.y) / 2, true);
		}
		gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_GRAY));
		gc.drawRectangle(area.x, area.y, area.width - 1, area.height - 1);
	}

	Shot shot() {
		return shot;
	}

	/** The frame, or null for a shot without frames. */
	StoryboardFrame frame() {
		return frame;
	}

	Composite control() {
		return tile;
	}

	void selected(boolean on) {
		selected = on;
		tile.redraw();
	}

	/** Disposes the tile and its thumbnail. */
	void dispose() {
		if (thumbnail != null) {
			thumbnail.dispose();
		}
		tile.dispose();
	}
}
