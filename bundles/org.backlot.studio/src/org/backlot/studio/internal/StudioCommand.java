// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.backlot.cli.api.CliArgs;
import org.backlot.cli.api.CliCommand;
import org.backlot.cli.api.CliContext;
import org.backlot.cli.api.CliException;
import org.backlot.core.api.ModelFiles;
import org.backlot.core.api.ModelStore;
import org.backlot.core.api.ModelSummary;
import org.backlot.core.api.StoreException;
import org.backlot.model.studio.Studio;
import org.backlot.studio.api.StudioGenerator;
import org.backlot.studio.internal.registers.StudioFileCommand;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.osgi.util.NLS;

/**
 * {@code backlot cli studio generate --out FILE [--seed N] [--force]}: writes a generated studio base;
 * {@code studio STUDIO --report|--import|--export ...}: see {@link StudioFileCommand}.
 */
public class StudioCommand implements CliCommand {
	@Override
	public int run(CliContext context) throws CliException {
		List<String> a = context.args();
		if (!a.isEmpty() && !a.get(0).equals("generate") && a.stream().anyMatch(x -> x.equals("--report") || x.equals("--import") || x.equals("--export"))) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			return StudioFileCommand.run(context);
		}
		if (a.isEmpty() || !a.get(0).equals("generate")) { //$NON-NLS-1$
			throw new CliException(NLS.bind(Messages.unknownSubcommand, a.isEmpty() ? "" : a.get(0))); //$NON-NLS-1$
		}
		CliArgs args = new CliArgs(a.subList(1, a.size()), Set.of("--out", "--seed"), Set.of("--force")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		args.noPositional();
		String out = args.option("--out", null); //$NON-NLS-1$
		if (out == null) {
			throw new CliException(Messages.missingOut);
		}
		Path file = Path.of(out).toAbsolutePath();
		if (!file.getFileName().toString().endsWith("." + ModelStore.STUDIO_EXTENSION)) { //$NON-NLS-1$
			throw new CliException(NLS.bind(Messages.wrongExtension, file));
		}
		long seed = args.intOption("--seed", (int) StudioGenerator.SAMPLE_SEED); //$NON-NLS-1$
		if (Files.exists(file) && !args.has("--force")) { //$NON-NLS-1$
			throw new CliException(NLS.bind(Messages.exists, file), CliException.BAD_INPUT);
		}
		Studio studio = StudioGenerator.generate(seed);
		Resource r = ModelFiles.store().createResourceSet().createResource(URI.createFileURI(file.toString()));
		r.getContents().add(studio);
		try {
			ModelFiles.store().save(r);
		} catch (StoreException e) {
			throw new CliException(e.getMessage(), CliException.BAD_INPUT);
		}
		if (context.json()) {
			context.printJson(ModelSummary.of(studio));
		} else {
			context.out().println(NLS.bind(Messages.generated, new Object[] { file, studio.getInventory().size(), studio.getExtras().size(),
					studio.getApartments().size(), studio.getStages().size() }));
		}
		return 0;
	}
}
