// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.internal.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.backlot.breakdown.api.ScriptImport;
import org.backlot.breakdown.api.Taggers;
import org.backlot.cli.api.CliArgs;
import org.backlot.cli.api.CliCommand;
import org.backlot.cli.api.CliContext;
import org.backlot.cli.api.CliException;
import org.backlot.cli.api.CliFiles;
import org.backlot.core.api.ModelFiles;
import org.backlot.core.api.ModelStore;
import org.backlot.core.api.NewProduction;
import org.backlot.model.production.Production;
import org.backlot.model.studio.Studio;
import org.backlot.script.api.ScriptFormatException;
import org.backlot.script.api.ScriptImporters;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.osgi.util.NLS;

/**
 * {@code backlot cli import SCRIPT --out FILE.backlot [--format F] [--studio S]}:
 * imports a screenplay and breaks it down; into an existing production it is
 * a revision, merged without losing confirmed work.
 */
public class ImportCommand implements CliCommand {
	@Override
	public int run(CliContext context) throws CliException {
		CliArgs args = new CliArgs(context.args(), Set.of("--out", "--format", "--studio"), Set.of()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Path script = Path.of(args.single(Messages.argScript));
		String out = args.option("--out", null); //$NON-NLS-1$
		if (out == null) {
			throw new CliException(NLS.bind(Messages.missingOption, "--out FILE.backlot")); //$NON-NLS-1$
		}
		Path target = Path.of(out).toAbsolutePath();
		if (!target.getFileName().toString().endsWith("." + ModelStore.PRODUCTION_EXTENSION)) { //$NON-NLS-1$
			throw new CliException(NLS.bind(Messages.wrongExtension, target));
		}
		ScriptImporters.Imported imported;
		try {
			imported = ScriptImporters.read(script, args.option("--format", null)); //$NON-NLS-1$
		} catch (ScriptFormatException e) {
			throw new CliException(NLS.bind(Messages.cannotImport, script, e.getMessage()), CliException.BAD_INPUT);
		}
		Production production = Files.exists(target) ? Productions.load(target.toString()) : create(target, args);
		ScriptImport.Report report = ScriptImport.apply(production, imported.script(),
				script.toAbsolutePath().toString(), new Taggers());
		if (production.getTitle() == null || production.getTitle().isBlank()) {
			String name = script.getFileName().toString();
			production.setTitle(name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name); //$NON-NLS-1$
		}
		CliFiles.save(production.eResource());
		if (context.json()) {
			context.printJson(report);
		} else {
			Reports.print(context, report, target);
		}
		return 0;
	}

	private static Production create(Path target, CliArgs args) throws CliException {
		ResourceSet set = ModelFiles.store().createResourceSet();
		Studio studio = null;
		if (args.has("--studio")) { //$NON-NLS-1$
			studio = (Studio) CliFiles.load(args.option("--studio", null)); //$NON-NLS-1$
			set = studio.eResource().getResourceSet();
		}
		Production p = NewProduction.create(null, studio);
		Resource r = set.createResource(URI.createFileURI(target.toString()));
		r.getContents().add(p);
		return p;
	}
}
