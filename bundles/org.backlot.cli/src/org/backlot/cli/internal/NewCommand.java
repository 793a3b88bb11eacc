// SPDX-License-Identifier: EPL-2.0
package org.backlot.cli.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.backlot.cli.api.CliArgs;
import org.backlot.cli.api.CliCommand;
import org.backlot.cli.api.CliContext;
import org.backlot.cli.api.CliException;
import org.backlot.cli.api.CliFiles;
import org.backlot.core.api.ModelFiles;
import org.backlot.core.api.ModelStore;
import org.backlot.core.api.NewProduction;
import org.backlot.core.api.StoreException;
import org.backlot.model.production.Production;
import org.backlot.model.studio.Studio;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.osgi.util.NLS;

/** {@code backlot cli new FILE [--title T] [--studio STUDIO] [--force]}: creates an empty production. */
public class NewCommand implements CliCommand {
	@Override
	public int run(CliContext context) throws CliException {
		CliArgs args = new CliArgs(context.args(), Set.of("--title", "--studio"), Set.of("--force")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Path file = Path.of(args.single(Messages.argProductionFile)).toAbsolutePath();
		if (!file.getFileName().toString().endsWith("." + ModelStore.PRODUCTION_EXTENSION)) { //$NON-NLS-1$
			throw new CliException(NLS.bind(Messages.newWrongExtension, file));
		}
		if (Files.exists(file) && !args.has("--force")) { //$NON-NLS-1$
			throw new CliException(NLS.bind(Messages.newExists, file), CliException.BAD_INPUT);
		}
		ResourceSet set = ModelFiles.store().createResourceSet();
		Studio studio = null;
		if (args.has("--studio")) { //$NON-NLS-1$
			studio = (Studio) CliFiles.load(args.option("--studio", null)); //$NON-NLS-1$
			set = studio.eResource().getResourceSet();
		}
		String title = args.option("--title", stem(file)); //$NON-NLS-1$
		Production p = NewProduction.create(title, studio);
		Resource r = set.createResource(URI.createFileURI(file.toString()));
		r.getContents().add(p);
		try {
			ModelFiles.store().save(r);
		} catch (StoreException e) {
			throw new CliException(e.getMessage(), CliException.BAD_INPUT);
		}
		if (context.json()) {
			context.printJson(new Created(file.toString(), p.getId(), title));
		} else {
			context.out().println(NLS.bind(Messages.newCreated, title, file));
		}
		return 0;
	}

	private static String stem(Path file) {
		String name = file.getFileName().toString();
		return name.substring(0, name.length() - ModelStore.PRODUCTION_EXTENSION.length() - 1);
	}

	/** What {@code new --json} prints. */
	record Created(String file, String id, String title) {
	}
}
