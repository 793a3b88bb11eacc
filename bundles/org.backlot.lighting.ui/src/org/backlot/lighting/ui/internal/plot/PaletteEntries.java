// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.ui.internal.plot;

import org.backlot.model.lighting.FixtureType;
import org.eclipse.gef.EditPartViewer;
import org.eclipse.gef.Tool;
import org.eclipse.gef.dnd.TemplateTransferDragSourceListener;
import org.eclipse.gef.palette.ToolEntry;
import org.eclipse.gef.requests.CreationFactory;
import org.eclipse.gef.tools.CreationTool;
import org.eclipse.gef.tools.MarqueeSelectionTool;
import org.eclipse.gef.tools.SelectionTool;
import org.eclipse.jface.resource.ImageDescriptor;

/**
 * The palette's entries. GEF 3.2's own entries check their tool class with a
 * JFace assertion class that today's JFace no longer has, so these entries
 * make their tools themselves.
 */
final class PaletteEntries {
	private PaletteEntries() {
	}

	/** The selection tool. */
	static ToolEntry selection(String label, String tip, ImageDescriptor icon) {
		return new ToolEntry(label, tip, icon, icon, null) {
			@Override
			public Tool createTool() {
				SelectionTool t = new SelectionTool();
				t.setUnloadWhenFinished(false);
				return t;
			}
		};
	}

	/** The marquee tool. */
	static ToolEntry marquee(String label, String tip, ImageDescriptor icon) {
		return new ToolEntry(label, tip, icon, icon, null) {
			@Override
			public Tool createTool() {
				return new MarqueeSelectionTool();
			}
		};
	}

	/** An entry that places a lamp of a type: click it then the floor, or drag it onto the floor. */
	static final class Lamp extends ToolEntry {
		private final FixtureType type;
		private final CreationFactory factory;

		/** The entry of a type. */
		Lamp(FixtureType type, CreationFactory factory, ImageDescriptor icon) {
			super(type.getName(), "", icon, icon, null); //$NON-NLS-1$
			this.type = type;
			this.factory = factory;
		}

		/** The type placed. */
		FixtureType type() {
			return type;
		}

		@Override
		public Tool createTool() {
			return new CreationTool(factory);
		}
	}

	/** Drags a lamp entry out of the palette as its type. */
	static TemplateTransferDragSourceListener dragSource(EditPartViewer palette) {
		return new TemplateTransferDragSourceListener(palette) {
			@Override
			protected Object getTemplate() {
				if (getViewer().getSelectedEditParts().size() == 1
						&& ((org.eclipse.gef.EditPart) getViewer().getSelectedEditParts().get(0)).getModel() instanceof Lamp lamp) {
					return lamp.type();
				}
				return null;
			}
		};
	}
}
