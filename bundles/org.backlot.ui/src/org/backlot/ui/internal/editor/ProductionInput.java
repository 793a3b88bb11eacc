// SPDX-License-Identifier: EPL-2.0
package org.backlot.ui.internal.editor;

import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPersistableElement;

/** A production file as editor input; persistable, so File &gt; Open Recent lists it. */
public final class ProductionInput implements IEditorInput, IPersistableElement {
	static final String KEY_PATH = "path"; //$NON-NLS-1$
	private final Path path;

	/** The input for a file. */
	public ProductionInput(Path path) {
		this.path = path.toAbsolutePath().normalize();
	}

	/** The production file. */
	public Path path() {
		return path;
	}

	@Override
	public boolean exists() {
		return path.toFile().isFile();
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return null;
	}

	@Override
	public String getName() {
		return path.getFileName().toString();
	}

	@Override
	public IPersistableElement getPersistable() {
		return this;
	}

	@Override
	public String getToolTipText() {
		return path.toString();
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}

	@Override
	public String getFactoryId() {
		return ProductionInputFactory.ID;
	}

	@Override
	public void saveState(IMemento memento) {
		memento.putString(KEY_PATH, path.toString());
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof ProductionInput other && other.path.equals(path);
	}

	@Override
	public int hashCode() {
		return Objects.hash(path);
	}
}
