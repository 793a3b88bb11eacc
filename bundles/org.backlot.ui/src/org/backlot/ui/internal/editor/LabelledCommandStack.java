// SPDX-License-Identifier: EPL-2.0
package org.backlot.ui.internal.editor;

import java.util.MissingResourceException;

import org.backlot.model.edit.internal.BacklotEditPlugin;
import org.backlot.ui.internal.Messages;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.osgi.util.NLS;

/**
 * The production's command stack. A plain EMF "Set" gets a label that says
 * what it sets, so that Edit &gt; Undo reads "Undo Set Title" in the user's language.
 */
final class LabelledCommandStack extends BasicCommandStack {
	@Override
	public void execute(Command command) {
		super.execute(command instanceof SetCommand set ? relabel(set) : command);
	}

	private static Command relabel(SetCommand set) {
		EObject owner = set.getOwner();
		EStructuralFeature feature = set.getFeature();
		if (owner == null || feature == null) {
			return set;
		}
		String label = NLS.bind(Messages.setCommand, featureName(feature));
		return new CommandWrapper(label, set.getDescription(), set);
	}

	/** The feature's name as the Properties view shows it. */
	static String featureName(EStructuralFeature feature) {
		try {
			return BacklotEditPlugin.INSTANCE.getString("_UI_" + feature.getEContainingClass().getName() + "_" + feature.getName() + "_feature"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		} catch (MissingResourceException e) {
			return feature.getName();
		}
	}
}
