// SPDX-License-Identifier: EPL-2.0
package org.backlot.shots.ui.internal.shots;

import java.awt.image.BufferedImage;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/** A sketch pad: a white 16:9 canvas drawn on with the mouse in three pen widths, cleared at will; OK keeps the drawing. */
final class SketchDialog extends Dialog {
	/** Width of the drawing in pixels. */
	static final int WIDTH = 640;
	/** Height of the drawing in pixels. */
	static final int HEIGHT = 360;
	private static final int[] PENS = { 2, 4, 8 };

	private final String title;
	private Image paper;
	private int pen = PENS[0];
	private int lastX = -1;
	private int lastY = -1;
	private boolean touched;
	private BufferedImage drawing;

	SketchDialog(Shell parent, String title) {
		super(parent);
		this.title = title;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Composite tools = new Composite(area, SWT.NONE);
		tools.setLayout(new GridLayout(PENS.length + 2, false));
		new Label(tools, SWT.NONE).setText(Messages.penWidth);
		String[] names = { Messages.penThin, Messages.penMedium, Messages.penThick };
		for (int i = 0; i < PENS.length; i++) {
			Button b = new Button(tools, SWT.RADIO);
			b.setText(names[i]);
			b.setSelection(i == 0);
			int width = PENS[i];
			b.addListener(SWT.Selection, e -> pen = width);
		}
		Canvas canvas = new Canvas(area, SWT.DOUBLE_BUFFERED | SWT.BORDER);
		GridData size = new GridData(WIDTH, HEIGHT);
		canvas.setLayoutData(size);
		Button clear = new Button(tools, SWT.PUSH);
		clear.setText(Messages.clear);
		paper = new Image(parent.getDisplay(), WIDTH, HEIGHT);
		wipe();
		clear.addListener(SWT.Selection, e -> {
			wipe();
			touched = false;
			canvas.redraw();
		});
		canvas.addPaintListener(e -> e.gc.drawImage(paper, 0, 0));
		canvas.addListener(SWT.MouseDown, e -> {
			lastX = e.x;
			lastY = e.y;
			stroke(canvas, e.x, e.y);
		});
		canvas.addListener(SWT.MouseMove, e -> {
			if (lastX >= 0 && (e.stateMask & SWT.BUTTON1) != 0) {
				stroke(canvas, e.x, e.y);
			}
		});
		canvas.addListener(SWT.MouseUp, e -> lastX = -1);
		canvas.addListener(SWT.Dispose, e -> paper.dispose());
		return area;
	}

	private void wipe() {
		GC gc = new GC(paper);
		gc.setBackground(paper.getDevice().getSystemColor(SWT.COLOR_WHITE));
		gc.fillRectangle(0, 0, WIDTH, HEIGHT);
		gc.dispose();
	}

	private void stroke(Canvas canvas, int x, int y) {
		GC gc = new GC(paper);
		gc.setAntialias(SWT.ON);
		gc.setForeground(paper.getDevice().getSystemColor(SWT.COLOR_BLACK));
		gc.setLineWidth(pen);
		gc.setLineCap(SWT.CAP_ROUND);
		gc.setLineJoin(SWT.JOIN_ROUND);
		gc.drawLine(lastX, lastY, x, y);
		gc.dispose();
		lastX = x;
		lastY = y;
		touched = true;
		canvas.redraw();
	}

	@Override
	protected void okPressed() {
		drawing = touched ? toAwt(paper.getImageData()) : null;
		super.okPressed();
	}

	/** The drawing after OK, or null when nothing was drawn. */
	BufferedImage drawing() {
		return drawing;
	}

	/** An SWT image's pixels as an AWT image. */
	static BufferedImage toAwt(ImageData data) {
		BufferedImage out = new BufferedImage(data.width, data.height, BufferedImage.TYPE_INT_RGB);
		PaletteData palette = data.palette;
		for (int y = 0; y < data.height; y++) {
			for (int x = 0; x < data.width; x++) {
				RGB rgb = palette.getRGB(data.getPixel(x, y));
				out.setRGB(x, y, rgb.red << 16 | rgb.green << 8 | rgb.blue);
			}
		}
		return out;
	}
}
