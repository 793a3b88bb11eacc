// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.ui.internal.plot;

import java.util.ArrayList;
import java.util.List;

import org.backlot.lighting.ui.internal.Setups;
import org.backlot.model.production.Production;
import org.backlot.model.shots.CameraSetup;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.ListDialog;

/** Asks which camera set-up a new lighting set-up lights: the ones without lighting first. */
final class SetupDialogs {
	private SetupDialogs() {
	}

	/** The camera set-up chosen, or null (cancelled, or the production has none, which the user is told). */
	static CameraSetup chooseCamera(Shell shell, Production p) {
		List<CameraSetup> cameras = new ArrayList<>();
		if (p.getShotList() != null) {
			for (CameraSetup c : p.getShotList().getSetups()) {
				if (Setups.forCamera(p, c) == null) {
					cameras.add(c);
				}
			}
			for (CameraSetup c : p.getShotList().getSetups()) {
				if (!cameras.contains(c)) {
					cameras.add(c);
				}
			}
		}
		if (cameras.isEmpty()) {
			MessageDialog.openInformation(shell, Messages.newSetupTitle, Messages.noCameras);
			return null;
		}
		ListDialog dialog = new ListDialog(shell);
		dialog.setTitle(Messages.newSetupTitle);
		dialog.setMessage(Messages.newSetupMessage);
		dialog.setContentProvider(ArrayContentProvider.getInstance());
		dialog.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				CameraSetup c = (CameraSetup) element;
				return Setups.forCamera(p, c) == null ? c.getName() : NLS.bind(Messages.cameraLit, c.getName());
			}
		});
		dialog.setInput(cameras);
		dialog.setInitialSelections(cameras.get(0));
		if (dialog.open() != Window.OK || dialog.getResult() == null || dialog.getResult().length == 0) {
			return null;
		}
		return (CameraSetup) dialog.getResult()[0];
	}
}
