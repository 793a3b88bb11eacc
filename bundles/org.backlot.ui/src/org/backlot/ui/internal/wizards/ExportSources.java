// SPDX-License-Identifier: EPL-2.0
package org.backlot.ui.internal.wizards;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.backlot.model.production.Production;
import org.backlot.model.studio.Studio;
import org.backlot.ui.api.ProductionDocument;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;

/**
 * What the export wizard offers: the file selected in the Production Explorer
 * first, then the active production, its studio and the other open productions.
 */
final class ExportSources {
	/** A production or studio that can be exported, with its label for the user. */
	record Source(EObject root, String label) {
	}

	private ExportSources() {
	}

	/** The sources, the one to preselect first; empty when nothing is open or selected. */
	static List<Source> find(IWorkbenchPage page, IStructuredSelection selection) {
		List<EObject> roots = new ArrayList<>();
		if (selection != null) {
			add(roots, rootOf(selection.getFirstElement()));
		}
		if (page != null) {
			add(roots, page.getActiveEditor());
			for (IEditorReference ref : page.getEditorReferences()) {
				add(roots, ref.getEditor(false));
			}
		}
		return roots.stream().map(r -> new Source(r, label(r))).toList();
	}

	/** The production or studio an explorer element belongs to (a file, or anything in it), or null. */
	static EObject rootOf(Object selected) {
		EObject root = null;
		if (selected instanceof Resource r && !r.getContents().isEmpty()) {
			root = r.getContents().get(0);
		} else if (selected instanceof EObject o) {
			root = EcoreUtil.getRootContainer(o);
		}
		return root instanceof Production || root instanceof Studio ? root : null;
	}

	/** The file a root was loaded from, or null. */
	static Path fileOf(EObject root) {
		Resource r = root.eResource();
		return r != null && r.getURI() != null && r.getURI().isFile() ? Path.of(r.getURI().toFileString()) : null;
	}

	private static void add(List<EObject> roots, IEditorPart editor) {
		ProductionDocument d = editor == null ? null : editor.getAdapter(ProductionDocument.class);
		Production p = d == null ? null : d.production();
		if (p != null) {
			add(roots, p);
			if (p.getStudio() != null && !p.getStudio().eIsProxy()) {
				add(roots, p.getStudio());
			}
		}
	}

	private static void add(List<EObject> roots, EObject root) {
		if (root != null && !roots.contains(root)) {
			roots.add(root);
		}
	}

	private static String label(EObject root) {
		Path file = fileOf(root);
		String name = file == null ? "" : file.getFileName().toString(); //$NON-NLS-1$
		if (root instanceof Studio s) {
			return NLS.bind(Messages.sourceStudio, s.getName(), name);
		}
		return NLS.bind(Messages.sourceProduction, ((Production) root).getTitle(), name);
	}
}
