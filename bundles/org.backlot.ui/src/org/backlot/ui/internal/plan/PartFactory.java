// SPDX-License-Identifier: EPL-2.0
package org.backlot.ui.internal.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.gef.EditPart;
import org.eclipse.gef.EditPartFactory;

/** A diagram's one factory of edit parts, by model class: the first registered class the model is an instance of makes its part. */
public final class PartFactory implements EditPartFactory {
	private final List<Maker<?>> makers = new ArrayList<>();

	private record Maker<T>(Class<T> type, Function<? super T, ? extends EditPart> make) {
		EditPart apply(Object model) {
			return make.apply(type.cast(model));
		}
	}

	/** Adds a maker of parts for models of a class; returns this. */
	public <T> PartFactory on(Class<T> type, Function<? super T, ? extends EditPart> make) {
		makers.add(new Maker<>(type, make));
		return this;
	}

	@Override
	public EditPart createEditPart(EditPart parent, Object model) {
		for (Maker<?> m : makers) {
			if (m.type().isInstance(model)) {
				return m.apply(model);
			}
		}
		throw new IllegalArgumentException("no edit part for " + model); //$NON-NLS-1$
	}
}
