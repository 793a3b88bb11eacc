// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.backlot.core.api.ModelFiles;
import org.backlot.core.api.ModelStore;
import org.backlot.core.api.StoreException;
import org.backlot.model.production.Production;
import org.backlot.model.studio.Studio;
import org.backlot.studio.internal.generator.SurveyPictures;
import org.backlot.studio.internal.sample.SampleBacking;
import org.backlot.studio.internal.sample.SamplePermits;
import org.backlot.studio.internal.sample.SampleProduction;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

/** The sample studio base and the sample production "The Last Pot of Tea" that the suite opens on first start. */
public final class Samples {
	/** File name of the sample studio. */
	public static final String STUDIO_FILE = "yongchuan." + ModelStore.STUDIO_EXTENSION; //$NON-NLS-1$
	/** File name of the sample production. */
	public static final String PRODUCTION_FILE = "last-pot-of-tea." + ModelStore.PRODUCTION_EXTENSION; //$NON-NLS-1$

	private Samples() {
	}

	/**
	 * Writes the sample studio and production into the folder unless they are
	 * there already (a user's edits are kept); returns the production's file.
	 */
	public static Path ensure(Path dir) throws StoreException {
		Path production = dir.resolve(PRODUCTION_FILE);
		if (Files.isRegularFile(production)) {
			return production;
		}
		ModelStore store = ModelFiles.store();
		ResourceSet set = store.createResourceSet();
		Path studioFile = dir.resolve(STUDIO_FILE);
		Studio studio;
		if (Files.isRegularFile(studioFile)) {
			studio = (Studio) store.load(set, studioFile).getContents().get(0);
		} else {
			studio = StudioGenerator.generate(StudioGenerator.SAMPLE_SEED);
			Resource r = set.createResource(URI.createFileURI(studioFile.toAbsolutePath().toString()));
			r.getContents().add(studio);
			store.save(r);
		}
		Production p = SampleProduction.create(studio);
		try {
			SampleBacking.write(dir);
			SamplePermits.write(dir);
			SurveyPictures.write(dir, studio, p, dir.resolve(SampleBacking.PATH));
		} catch (IOException e) {
			throw new StoreException(dir.resolve(SampleBacking.PATH), 0, e.getMessage(), e);
		}
		Resource r = set.createResource(URI.createFileURI(production.toAbsolutePath().toString()));
		r.getContents().add(p);
		store.save(r);
		return production;
	}
}
