// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.internal.cli;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.backlot.cli.api.CliArgs;
import org.backlot.cli.api.CliCommand;
import org.backlot.cli.api.CliContext;
import org.backlot.cli.api.CliException;
import org.backlot.lighting.api.FixtureLibraries;
import org.backlot.lighting.api.FixtureLibrary;
import org.backlot.model.lighting.FixtureType;
import org.eclipse.osgi.util.NLS;

/** {@code fixtures [--library ID] [--json]}: the installed fixture libraries and their lamp types with their figures. */
public final class FixturesCommand implements CliCommand {
	static final String LIBRARY = "--library", JSON = "--json"; //$NON-NLS-1$ //$NON-NLS-2$

	@Override
	public int run(CliContext context) throws CliException {
		CliArgs args = new CliArgs(context.args(), Set.of(LIBRARY), Set.of(JSON));
		if (!args.positional().isEmpty()) {
			throw new CliException(NLS.bind(Messages.fixturesNoArguments, String.join(" ", args.positional()))); //$NON-NLS-1$
		}
		List<FixtureLibrary> libraries = FixtureLibraries.all();
		String only = args.option(LIBRARY, null);
		if (only != null) {
			libraries = libraries.stream().filter(l -> l.id().equals(only)).toList();
			if (libraries.isEmpty()) {
				throw new CliException(NLS.bind(Messages.unknownLibrary, only,
						String.join(", ", FixtureLibraries.all().stream().map(FixtureLibrary::id).toList()))); //$NON-NLS-1$
			}
		}
		if (context.json() || args.has(JSON)) {
			context.printJson(libraries.stream().map(LibraryJson::of).toList());
			return 0;
		}
		for (FixtureLibrary l : libraries) {
			context.out().println(NLS.bind(Messages.libraryHeader, new Object[] { l.name(), l.id(), l.types().size() }));
			for (FixtureType t : l.types()) {
				context.out().println(String.format(Locale.ROOT, "  %-34s %-17s %7.0f W %9.0f cd  beam %5.1f°  field %5.1f°  %5.0f K%s", t.getName(), //$NON-NLS-1$
						t.getKind().getLiteral(), t.getPowerW(), t.getCandela(), t.getBeamAngle(), t.getFieldAngle(), t.getCct(),
						t.getSoftWidthM() > 0 ? String.format(Locale.ROOT, "  soft %.2f x %.2f m", t.getSoftWidthM(), t.getSoftHeightM()) : "")); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		return 0;
	}

	/** A library as JSON. */
	record LibraryJson(String id, String name, List<TypeJson> types) {
		static LibraryJson of(FixtureLibrary l) {
			return new LibraryJson(l.id(), l.name(), l.types().stream().map(TypeJson::of).toList());
		}
	}

	/** A lamp type as JSON. */
	record TypeJson(String id, String name, String kind, double watts, double candela, double beamAngle, double fieldAngle, double cct,
			String colour, double softWidthM, double softHeightM, String photometricFile, String dimmerCurve) {
		static TypeJson of(FixtureType t) {
			return new TypeJson(t.getId(), t.getName(), t.getKind().getLiteral(), t.getPowerW(), t.getCandela(), t.getBeamAngle(), t.getFieldAngle(),
					t.getCct(), t.getColour(), t.getSoftWidthM(), t.getSoftHeightM(), t.getPhotometricFile(), t.getDimmerCurve().getLiteral());
		}
	}
}
