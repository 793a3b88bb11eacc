// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.ui.internal.editor;

import java.util.Collection;
import java.util.Objects;

import org.backlot.model.permits.PermitApplication;
import org.backlot.permits.ui.internal.Texts;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.osgi.util.NLS;

/**
 * The editor's edits as labelled EMF commands on the production's stack
 * ("Undo Set Head-count (Traffic Police Brigade)"); an edit that changes
 * nothing is not run.
 */
final class Edits {
	private final ApplicationEditorView view;

	Edits(ApplicationEditorView view) {
		this.view = view;
	}

	/** The name of the application's authority, for labels. */
	String authority(PermitApplication a) {
		return Texts.authority(a.getAuthority());
	}

	/** Sets a feature of the application or one of its parts, unless it already has the value. */
	boolean set(EObject owner, EStructuralFeature feature, Object value, String fieldName) {
		if (view.document() == null || Objects.equals(owner.eGet(feature), value)) {
			return false;
		}
		PermitApplication a = applicationOf(owner);
		Command set = SetCommand.create(view.document().domain(), owner, feature, value);
		return view.execute(labelled(NLS.bind(Messages.cmdSet, fieldName, a == null ? "" : authority(a)), set)); //$NON-NLS-1$
	}

	/** Adds a value (or values) to a list feature. */
	boolean add(EObject owner, EStructuralFeature feature, Object value, String label) {
		if (view.document() == null) {
			return false;
		}
		Command add = value instanceof Collection<?> c ? AddCommand.create(view.document().domain(), owner, feature, c)
				: AddCommand.create(view.document().domain(), owner, feature, value);
		return view.execute(labelled(label, add));
	}

	/** Removes a value (or values) from a list feature. */
	boolean remove(EObject owner, EStructuralFeature feature, Object value, String label) {
		if (view.document() == null) {
			return false;
		}
		Command remove = value instanceof Collection<?> c ? RemoveCommand.create(view.document().domain(), owner, feature, c)
				: RemoveCommand.create(view.document().domain(), owner, feature, value);
		return view.execute(labelled(label, remove));
	}

	private static PermitApplication applicationOf(EObject o) {
		for (EObject x = o; x != null; x = x.eContainer()) {
			if (x instanceof PermitApplication a) {
				return a;
			}
		}
		return null;
	}

	/** A command under a label for the Edit menu. */
	static Command labelled(String label, Command command) {
		CompoundCommand c = new CompoundCommand(label);
		c.append(command);
		return c;
	}
}
