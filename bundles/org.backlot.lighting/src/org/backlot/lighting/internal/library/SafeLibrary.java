// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.internal.library;

import java.util.ArrayList;
import java.util.List;

import org.backlot.core.api.Contributions;
import org.backlot.lighting.api.FixtureLibrary;
import org.backlot.model.lighting.FixtureType;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;

/**
 * One contribution to the fixtures point as callers see it: the types of its JSON file followed by those of its
 * class. A class that throws is reported (once, naming its plugin) and contributes nothing; types it returns
 * attached to a model are copied, so callers always get detached objects.
 */
public final class SafeLibrary implements FixtureLibrary {
	private final String id;
	private final String name;
	private final FixtureLibrary json;
	private final FixtureLibrary code;
	private final IConfigurationElement element;
	private volatile boolean reported;

	/** The library {@code id} named {@code name} (null: the file's or class's own) from either or both parts. */
	public SafeLibrary(String id, String name, FixtureLibrary json, FixtureLibrary code, IConfigurationElement element) {
		this.id = id;
		this.name = name != null && !name.isBlank() ? name : code != null ? code.name() : json.name();
		this.json = json;
		this.code = code;
		this.element = element;
	}

	/** Calls the class once so that a broken one is found before it is offered to users. */
	public void check() {
		if (code != null) {
			code.id();
			List<FixtureType> types = code.types();
			if (types == null) {
				throw new IllegalStateException("types() returned null"); //$NON-NLS-1$
			}
		}
	}

	@Override
	public String id() {
		return id;
	}

	@Override
	public String name() {
		return name;
	}

	@Override
	public List<FixtureType> types() {
		List<FixtureType> result = new ArrayList<>();
		if (json != null) {
			result.addAll(json.types());
		}
		if (code != null) {
			try {
				for (FixtureType t : code.types()) {
					result.add(t.eContainer() != null || t.eResource() != null ? EcoreUtil.copy(t) : t);
				}
			} catch (RuntimeException | LinkageError e) {
				if (!reported) {
					reported = true;
					Contributions.reportBroken(element, NLS.bind(Messages.typesFailed, e), e);
				}
			}
		}
		return result;
	}
}
