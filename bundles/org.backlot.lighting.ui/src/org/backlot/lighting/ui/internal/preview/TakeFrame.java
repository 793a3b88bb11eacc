// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.ui.internal.preview;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.backlot.lighting.api.Frame;
import org.backlot.lighting.ui.internal.Setups;
import org.backlot.model.lighting.LightingSetup;
import org.backlot.model.production.Production;
import org.backlot.model.shots.Shot;
import org.backlot.shots.api.Storyboard;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;

/**
 * Takes the preview's picture as a storyboard frame: a PNG in the production's
 * assets, added to the shot (the one selected, if it is taken from the
 * set-up's camera, else the camera set-up's first shot) in one command.
 */
final class TakeFrame {
	private final PreviewView view;

	/** The action of a preview. */
	TakeFrame(PreviewView view) {
		this.view = view;
	}

	/** Takes the frame, telling the user why when it cannot. */
	void run() {
		Production p = view.production();
		LightingSetup setup = view.setup();
		Frame frame = view.lastFrame();
		if (p == null || setup == null || frame == null) {
			return;
		}
		Path file = Setups.file(p);
		if (file == null) {
			MessageDialog.openInformation(view.getSite().getShell(), Messages.takeTitle, Messages.notSaved);
			return;
		}
		List<Shot> shots = Setups.shots(p, setup.getCameraSetup());
		if (shots.isEmpty()) {
			String camera = setup.getCameraSetup() == null ? Setups.name(setup) : setup.getCameraSetup().getName();
			MessageDialog.openInformation(view.getSite().getShell(), Messages.takeTitle, NLS.bind(Messages.noShot, camera));
			return;
		}
		Shot shot = shots.get(0);
		if (view.getSite().getPage().getSelection() instanceof IStructuredSelection s && s.getFirstElement() instanceof Shot chosen
				&& shots.contains(chosen)) {
			shot = chosen;
		}
		try {
			add(shot, frame, file);
		} catch (IOException e) {
			MessageDialog.openError(view.getSite().getShell(), Messages.takeTitle, e.getMessage());
		}
	}

	/** Adds the frame's picture to the shot as one command (the PNG stays if the command is undone). */
	void add(Shot shot, Frame frame, Path productionFile) throws IOException {
		Production p = view.production();
		BufferedImage image = Pictures.buffered(frame.width(), frame.height(), frame.argb());
		IOException[] failed = new IOException[1];
		view.edit(NLS.bind(Messages.takeLabel, shot.getNumber()), () -> {
			try {
				Storyboard.addRendered(p, shot, image, productionFile);
			} catch (IOException e) {
				failed[0] = e;
			}
		});
		if (failed[0] != null) {
			throw failed[0];
		}
	}
}
