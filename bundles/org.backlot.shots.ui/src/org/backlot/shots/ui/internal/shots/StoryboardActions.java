// SPDX-License-Identifier: EPL-2.0
package org.backlot.shots.ui.internal.shots;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.backlot.ui.api.Actions;
import org.backlot.model.production.Production;
import org.backlot.model.shots.Shot;
import org.backlot.model.shots.StoryboardFrame;
import org.backlot.shots.api.Shots;
import org.backlot.shots.api.Storyboard;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

/** The storyboard's actions: Import Image..., Draw..., Remove Frame and Export PDF... */
final class StoryboardActions {
	private final StoryboardView view;
	private final Action importImage;
	private final Action draw;
	private final Action remove;
	private final Action export;

	StoryboardActions(StoryboardView view) {
		this.view = view;
		ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
		importImage = Actions.of(Messages.importImage, this::importImage);
		importImage.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_OBJ_FILE));
		draw = Actions.of(Messages.draw, this::draw);
		draw.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_OBJ_ADD));
		remove = Actions.of(Messages.removeFrame, this::remove);
		remove.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_ETOOL_DELETE));
		export = Actions.of(Messages.exportPdf, this::export);
		export.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_ETOOL_SAVEAS_EDIT));
	}

	void contribute(IToolBarManager bar) {
		bar.add(importImage);
		bar.add(draw);
		bar.add(remove);
		bar.add(new Separator());
		bar.add(export);
	}

	void fill(IMenuManager menu) {
		menu.add(importImage);
		menu.add(draw);
		menu.add(remove);
		menu.add(new Separator());
		menu.add(export);
	}

	void update() {
		boolean shot = view.selectedShot() != null;
		importImage.setEnabled(shot);
		draw.setEnabled(shot);
		remove.setEnabled(view.selectedFrame() != null);
		export.setEnabled(view.scene() != null && !Shots.of(view.production(), view.scene()).isEmpty());
	}

	private Shell shell() {
		return view.getSite().getShell();
	}

	/** The production's file, or null after telling the user to save it first. */
	private Path productionFile() {
		Path file = ShotSelections.file(view.production());
		if (file == null) {
			MessageDialog.openInformation(shell(), Messages.storyboardTitle, Messages.notSaved);
		}
		return file;
	}

	void importImage() {
		Production p = view.production();
		Shot shot = view.selectedShot();
		Path file = productionFile();
		if (p == null || shot == null || file == null) {
			return;
		}
		FileDialog dialog = new FileDialog(shell(), SWT.OPEN);
		dialog.setText(Messages.importImage.replace("&", "")); //$NON-NLS-1$ //$NON-NLS-2$
		dialog.setFilterExtensions(new String[] { "*.png;*.jpg;*.jpeg;*.PNG;*.JPG;*.JPEG", "*.*" }); //$NON-NLS-1$ //$NON-NLS-2$
		dialog.setFilterNames(new String[] { Messages.imageFiles, Messages.allFiles });
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		Path image = Path.of(chosen);
		try {
			Storyboard.check(image);
		} catch (IOException e) {
			MessageDialog.openError(shell(), Messages.storyboardTitle, e.getMessage());
			return;
		}
		IOException[] failed = new IOException[1];
		view.edit(NLS.bind(Messages.importLabel, shot.getNumber()), () -> {
			try {
				Storyboard.addImage(p, shot, image, file);
			} catch (IOException e) {
				failed[0] = e;
			}
		});
		if (failed[0] != null) {
			MessageDialog.openError(shell(), Messages.storyboardTitle, failed[0].getMessage());
		}
	}

	void draw() {
		Production p = view.production();
		Shot shot = view.selectedShot();
		Path file = productionFile();
		if (p == null || shot == null || file == null) {
			return;
		}
		SketchDialog dialog = new SketchDialog(shell(), NLS.bind(Messages.drawTitle, shot.getNumber()));
		if (dialog.open() != Window.OK || dialog.drawing() == null) {
			return;
		}
		BufferedImage drawing = dialog.drawing();
		IOException[] failed = new IOException[1];
		view.edit(NLS.bind(Messages.drawLabel, shot.getNumber()), () -> {
			try {
				Storyboard.addDrawing(p, shot, drawing, file);
			} catch (IOException e) {
				failed[0] = e;
			}
		});
		if (failed[0] != null) {
			MessageDialog.openError(shell(), Messages.storyboardTitle, failed[0].getMessage());
		}
	}

	void remove() {
		Shot shot = view.selectedShot();
		StoryboardFrame frame = view.selectedFrame();
		if (shot == null || frame == null) {
			return;
		}
		view.edit(NLS.bind(Messages.removeLabel, shot.getNumber()), () -> shot.getFrames().remove(frame));
	}

	void export() {
		Production p = view.production();
		if (p == null || view.scene() == null) {
			return;
		}
		List<Shot> shots = Shots.of(p, view.scene());
		FileDialog dialog = new FileDialog(shell(), SWT.SAVE);
		dialog.setText(Messages.exportPdf.replace("&", "")); //$NON-NLS-1$ //$NON-NLS-2$
		dialog.setFilterExtensions(new String[] { "*.pdf" }); //$NON-NLS-1$
		dialog.setFileName(NLS.bind(Messages.pdfFileName, view.scene().getNumber()) + ".pdf"); //$NON-NLS-1$
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		boolean usLetter = Locale.US.getCountry().equals(Locale.getDefault().getCountry())
				|| "CA".equals(Locale.getDefault().getCountry()); //$NON-NLS-1$
		MessageDialog paper = new MessageDialog(shell(), Messages.paperTitle, null, Messages.paperQuestion,
				MessageDialog.QUESTION, usLetter ? 1 : 0, Messages.paperA4, Messages.paperLetter, Messages.cancel);
		int choice = paper.open();
		if (choice != 0 && choice != 1) {
			return;
		}
		Path out = Path.of(chosen.toLowerCase(Locale.ROOT).endsWith(".pdf") ? chosen : chosen + ".pdf"); //$NON-NLS-1$ //$NON-NLS-2$
		StoryboardExport.job(p, shots, ShotSelections.file(p), out, choice == 1).schedule();
	}
}
