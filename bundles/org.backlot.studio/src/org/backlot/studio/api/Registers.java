// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.backlot.core.api.AtomicFiles;
import org.backlot.model.studio.Studio;
import org.backlot.studio.internal.registers.Column;
import org.backlot.studio.internal.registers.Csv;
import org.backlot.studio.internal.registers.Import;
import org.backlot.studio.internal.registers.Schema;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * The studio's registers as spreadsheets: each register is written and read
 * as CSV (UTF-8 with a byte order mark, a header row of stable column names,
 * see docs/studio-registers.md). An import is checked row by row before
 * anything changes; then it is one command that updates the records it
 * matches (by id, else by the register's key: code, building and unit,
 * stage number or name) and adds the others.
 */
public final class Registers {
	/** The registers. */
	public enum Kind {
		/** Costumes, props, set dressing, vehicles, weapons. */
		INVENTORY,
		/** Background actors. */
		EXTRAS,
		/** Crew apartments. */
		APARTMENTS,
		/** Sound stages. */
		STAGES,
		/** Listed locations. */
		LOCATIONS,
		/** Digital humans and LED-wall environments. */
		ASSETS;

		/** The name used on the command line and in file names: inventory, extras, ... */
		public String key() {
			return name().toLowerCase(Locale.ROOT);
		}

		/** The register of that name (any case), or null. */
		public static Kind of(String name) {
			for (Kind k : values()) {
				if (k.key().equalsIgnoreCase(name.strip())) {
					return k;
				}
			}
			return null;
		}
	}

	/** A checked import: the command to run and what it will do. */
	public record Imported(Command command, int added, int updated, int unchanged) {
	}

	private Registers() {
	}

	/** The register's column names in file order (the header row). */
	public static List<String> columns(Kind kind) {
		return Schema.of(kind).names();
	}

	/** The register as CSV bytes (UTF-8 with a byte order mark, CRLF line ends). */
	public static byte[] export(Studio studio, Kind kind) {
		Schema schema = Schema.of(kind);
		List<List<String>> records = new ArrayList<>();
		records.add(schema.names());
		@SuppressWarnings("unchecked")
		EList<EObject> list = (EList<EObject>) studio.eGet(schema.list());
		for (EObject o : list) {
			List<String> row = new ArrayList<>(schema.columns().size());
			for (Column c : schema.columns()) {
				row.add(c.format(o));
			}
			records.add(row);
		}
		return Csv.write(records);
	}

	/** Writes the register to a CSV file (atomically: a failed write leaves the old file). */
	public static void export(Studio studio, Kind kind, Path csv) throws IOException {
		AtomicFiles.write(csv, export(studio, kind));
	}

	/**
	 * Checks a CSV file against the register and returns the import command
	 * with its counts; nothing changes until the command is executed.
	 *
	 * @throws RegisterException naming every bad row and column
	 */
	public static Imported prepare(EditingDomain d, Studio studio, Kind kind, Path csv) throws RegisterException {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(csv);
		} catch (IOException e) {
			throw new RegisterException(List.of(new RegisterException.Problem(0, null, csv + ": " + e.getMessage()))); //$NON-NLS-1$
		}
		return Import.prepare(d, studio, Schema.of(kind), Csv.decode(bytes), String.valueOf(csv.getFileName()));
	}

	/** The import of a CSV file as one command (see {@link #prepare}). */
	public static Command importCsv(EditingDomain d, Studio studio, Kind kind, Path csv) throws RegisterException {
		return prepare(d, studio, kind, csv).command();
	}
}
