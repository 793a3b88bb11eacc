// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.ui.internal.preview;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.function.BiConsumer;

import org.backlot.model.studio.PanoramaPin;
import org.backlot.studio.api.Panoramas;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

/**
 * Looking around in a location's 360° survey: the equirectangular panorama
 * seen through a pinhole camera ({@link Panoramas#render}), dragged to turn
 * (yaw and pitch), the wheel or + and - to zoom (field of view), the arrow keys
 * to turn; the notes pinned in the panorama drawn at their directions, the
 * chosen one ringed. Double-click asks for a note at that direction.
 */
final class PanoramaCanvas {
	/** Narrowest and widest field of view, degrees. */
	static final double MIN_FOV = 25;
	static final double MAX_FOV = 120;
	private final Canvas canvas;
	private BufferedImage panorama;
	private BufferedImage frame;
	private Image image;
	private boolean dirty = true;
	private double yaw;
	private double pitch;
	private double fov = 90;
	private List<PanoramaPin> pins = List.of();
	private PanoramaPin chosen;
	private String message;
	private Point dragFrom;
	private double dragYaw;
	private double dragPitch;

	PanoramaCanvas(Composite parent, BiConsumer<Double, Double> doubleClicked) {
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
		canvas.addListener(SWT.Paint, e -> paint(e.gc));
		canvas.addListener(SWT.Resize, e -> changed());
		canvas.addListener(SWT.MouseDown, e -> {
			if (e.button == 1 && panorama != null) {
				dragFrom = new Point(e.x, e.y);
				dragYaw = yaw;
				dragPitch = pitch;
				canvas.setCursor(canvas.getDisplay().getSystemCursor(SWT.CURSOR_SIZEALL));
				canvas.setFocus();
			}
		});
		canvas.addListener(SWT.MouseMove, this::drag);
		canvas.addListener(SWT.MouseUp, e -> {
			dragFrom = null;
			canvas.setCursor(null);
		});
		canvas.addListener(SWT.MouseVerticalWheel, e -> {
			zoom(e.count > 0 ? 0.9 : 1 / 0.9);
			e.doit = false;
		});
		canvas.addListener(SWT.MouseDoubleClick, e -> {
			double[] d = directionAt(e.x, e.y);
			if (d != null) {
				doubleClicked.accept(d[0], d[1]);
			}
		});
		canvas.addListener(SWT.KeyDown, this::key);
		canvas.addListener(SWT.Traverse, e -> e.doit = e.detail != SWT.TRAVERSE_ARROW_NEXT && e.detail != SWT.TRAVERSE_ARROW_PREVIOUS);
		canvas.addListener(SWT.Dispose, e -> {
			if (image != null) {
				image.dispose();
			}
		});
	}

	Canvas control() {
		return canvas;
	}

	/** Shows a panorama (null: none, with a message saying why), looking straight ahead. */
	void show(BufferedImage equirect, String why) {
		panorama = equirect == null ? null : Panoramas.prepare(equirect);
		message = why;
		yaw = 0;
		pitch = 0;
		fov = 90;
		changed();
	}

	/** The notes to draw and the one to ring (may be null). */
	void pins(List<PanoramaPin> list, PanoramaPin ring) {
		pins = list;
		chosen = ring;
		canvas.redraw();
	}

	/** Turns the view to look at a direction. */
	void lookAt(double y, double p) {
		yaw = Panoramas.wrap(y);
		pitch = clampPitch(p);
		changed();
	}

	/** Zooms by a factor of the field of view (below 1: closer). */
	void zoom(double factor) {
		fov = Math.max(MIN_FOV, Math.min(MAX_FOV, fov * factor));
		changed();
	}

	/** The direction {yaw, pitch} seen at a point of the view, or null when no panorama is shown. */
	double[] directionAt(int x, int y) {
		Rectangle r = canvas.getClientArea();
		if (panorama == null || r.width <= 0 || r.height <= 0) {
			return null;
		}
		return Panoramas.direction(x + 0.5, y + 0.5, yaw, pitch, fov, r.width, r.height);
	}

	/** Yaw, pitch and field of view now. */
	double[] view() {
		return new double[] { yaw, pitch, fov };
	}

	/** The last frame rendered (tests), or null. */
	BufferedImage frame() {
		return frame;
	}

	/** Renders the view now if it changed (tests; painting does it otherwise). */
	void renderNow() {
		Rectangle r = canvas.getClientArea();
		if (dirty && panorama != null && r.width > 0 && r.height > 0) {
			render(r);
		}
	}

	private void changed() {
		dirty = true;
		canvas.redraw();
	}

	private void drag(Event e) {
		if (dragFrom == null) {
			return;
		}
		double perPixel = fov / Math.max(1, canvas.getClientArea().width);
		yaw = Panoramas.wrap(dragYaw - (e.x - dragFrom.x) * perPixel);
		pitch = clampPitch(dragPitch + (e.y - dragFrom.y) * perPixel);
		changed();
		canvas.update();
	}

	private void key(Event e) {
		double step = fov / 12;
		switch (e.keyCode) {
		case SWT.ARROW_LEFT -> lookAt(yaw - step, pitch);
		case SWT.ARROW_RIGHT -> lookAt(yaw + step, pitch);
		case SWT.ARROW_UP -> lookAt(yaw, pitch + step);
		case SWT.ARROW_DOWN -> lookAt(yaw, pitch - step);
		default -> {
			if (e.character == '+' || e.character == '=') {
				zoom(0.9);
			} else if (e.character == '-') {
				zoom(1 / 0.9);
			}
		}
		}
	}

	private static double clampPitch(double p) {
		return Math.max(-85, Math.min(85, p));
	}

	private void render(Rectangle r) {
		if (frame == null || frame.getWidth() != r.width || frame.getHeight() != r.height) {
			frame = new BufferedImage(r.width, r.height, BufferedImage.TYPE_INT_RGB);
		}
		Panoramas.render(panorama, yaw, pitch, fov, frame);
		if (image != null) {
			image.dispose();
		}
		image = new Image(canvas.getDisplay(), Frames.toSwt(frame));
		dirty = false;
	}

	private void paint(GC gc) {
		Rectangle r = canvas.getClientArea();
		gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
		gc.fillRectangle(r);
		if (panorama == null) {
			if (message != null) {
				gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
				Point t = gc.textExtent(message);
				gc.drawText(message, Math.max(4, (r.width - t.x) / 2), Math.max(4, (r.height - t.y) / 2), true);
			}
			return;
		}
		if (r.width <= 0 || r.height <= 0) {
			return;
		}
		if (dirty || image == null) {
			render(r);
		}
		gc.drawImage(image, 0, 0);
		gc.setAntialias(SWT.ON);
		for (PanoramaPin pin : pins) {
			double[] at = Panoramas.viewPoint(pin.getYaw(), pin.getPitch(), yaw, pitch, fov, r.width, r.height);
			if (at != null && at[0] >= -40 && at[0] <= r.width + 40 && at[1] >= -40 && at[1] <= r.height + 40) {
				pin(gc, pin, (int) Math.round(at[0]), (int) Math.round(at[1]), pin == chosen);
			}
		}
		gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
		String fovText = NLS.bind(Messages.fieldOfView, Math.round(fov));
		Point t = gc.textExtent(fovText);
		gc.drawText(fovText, r.width - t.x - 6, r.height - t.y - 4, true);
	}

	private void pin(GC gc, PanoramaPin pin, int x, int y, boolean ringed) {
		Color red = new Color(0xe5, 0x39, 0x35);
		Color white = canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE);
		gc.setBackground(red);
		gc.setForeground(white);
		gc.setLineWidth(2);
		gc.fillOval(x - 6, y - 6, 12, 12);
		gc.drawOval(x - 6, y - 6, 12, 12);
		if (ringed) {
			gc.setForeground(new Color(0xff, 0xd5, 0x4f));
			gc.setLineWidth(3);
			gc.drawOval(x - 11, y - 11, 22, 22);
		}
		gc.setLineWidth(1);
		String text = pin.getText() == null ? "" : pin.getText(); //$NON-NLS-1$
		if (!text.isEmpty()) {
			Point e = gc.textExtent(text);
			int tx = x + 10;
			int ty = y - e.y - 6;
			gc.setAlpha(200);
			gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
			gc.fillRoundRectangle(tx - 4, ty - 2, e.x + 8, e.y + 4, 6, 6);
			gc.setAlpha(255);
			gc.setForeground(white);
			gc.drawText(text, tx, ty, true);
		}
	}
}
