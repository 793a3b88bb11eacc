// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.internal.registers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.backlot.core.api.Ids;
import org.backlot.model.production.Identified;
import org.backlot.model.studio.Studio;
import org.backlot.studio.api.RegisterException;
import org.backlot.studio.api.RegisterException.Problem;
import org.backlot.studio.api.Registers.Imported;
import org.backlot.studio.internal.registers.Column.Type;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.IdentityCommand;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;

/** Checks every row of a register file and turns the file into one command: updates of matched records, additions of new ones. */
public final class Import {
	private final Schema schema;
	private final List<Problem> problems = new ArrayList<>();
	private final Map<String, EObject> byId = new HashMap<>();
	private final Map<String, EObject> byKey = new HashMap<>();
	private final Map<String, Integer> seenIds = new HashMap<>();
	private final Map<String, Integer> seenKeys = new HashMap<>();
	private Column[] header;

	private Import(Schema schema) {
		this.schema = schema;
	}

	/** The checked import of the file's text into the studio's register. */
	public static Imported prepare(EditingDomain d, Studio studio, Schema schema, String text, String fileName) throws RegisterException {
		Import im = new Import(schema);
		List<Csv.Row> rows;
		try {
			rows = Csv.parse(text);
		} catch (Csv.Malformed e) {
			throw new RegisterException(List.of(new Problem(e.row(), null, e.getMessage())));
		}
		if (rows.isEmpty() || rows.get(0).blank()) {
			throw new RegisterException(List.of(new Problem(0, null, NLS.bind(Messages.noHeader, fileName))));
		}
		@SuppressWarnings("unchecked")
		EList<EObject> list = (EList<EObject>) studio.eGet(schema.list());
		im.index(list);
		im.readHeader(rows.get(0));
		List<Command> sets = new ArrayList<>();
		List<EObject> added = new ArrayList<>();
		int[] counts = new int[2];
		if (im.problems.isEmpty()) {
			for (Csv.Row row : rows.subList(1, rows.size())) {
				if (!row.blank()) {
					im.row(d, row, sets, added, counts);
				}
			}
		}
		if (!im.problems.isEmpty()) {
			im.problems.sort(Comparator.comparingInt(Problem::row));
			throw new RegisterException(im.problems);
		}
		String label = NLS.bind(Messages.importLabel, new Object[] { schema.kind().key(), fileName, added.size(), counts[0] });
		if (sets.isEmpty() && added.isEmpty()) {
			return new Imported(new IdentityCommand(label), 0, 0, counts[1]);
		}
		CompoundCommand c = new CompoundCommand(label);
		sets.forEach(c::append);
		if (!added.isEmpty()) {
			c.append(new AddCommand(d, studio, schema.list(), added));
		}
		return new Imported(c, added.size(), counts[0], counts[1]);
	}

	private void index(List<EObject> list) {
		for (EObject o : list) {
			String id = ((Identified) o).getId();
			if (id != null && !id.isEmpty()) {
				byId.put(id, o);
			}
			StringBuilder k = new StringBuilder();
			for (String name : schema.key()) {
				k.append(schema.column(name).format(o).strip()).append('\u0001');
			}
			byKey.putIfAbsent(k.toString(), o);
		}
	}

	private void readHeader(Csv.Row row) {
		header = new Column[row.fields().size()];
		for (int i = 0; i < header.length; i++) {
			String name = row.fields().get(i);
			Column c = schema.column(name);
			if (c == null) {
				problems.add(new Problem(1, name, NLS.bind(Messages.unknownColumn, String.join(", ", schema.names())))); //$NON-NLS-1$
				continue;
			}
			for (int j = 0; j < i; j++) {
				if (header[j] == c) {
					problems.add(new Problem(1, name, Messages.duplicateColumn));
				}
			}
			header[i] = c;
		}
		for (String k : schema.key()) {
			if (!has(k)) {
				problems.add(new Problem(1, null, NLS.bind(Messages.missingColumn, k)));
			}
		}
	}

	private boolean has(String name) {
		for (Column c : header) {
			if (c != null && c.name().equals(name)) {
				return true;
			}
		}
		return false;
	}

	private void row(EditingDomain d, Csv.Row row, List<Command> sets, List<EObject> added, int[] counts) {
		int n = row.number();
		if (row.fields().size() != header.length) {
			problems.add(new Problem(n, null, NLS.bind(Messages.fieldCount, row.fields().size(), header.length)));
			return;
		}
		Map<Column, Object> values = new HashMap<>();
		Map<String, String> cells = new HashMap<>();
		boolean ok = true;
		for (int i = 0; i < header.length; i++) {
			Column c = header[i];
			String cell = row.fields().get(i);
			cells.put(c.name(), cell.strip());
			if (schema.required().contains(c.name()) && cell.isBlank()) {
				problems.add(new Problem(n, c.name(), Messages.required));
				ok = false;
				continue;
			}
			try {
				values.put(c, c.parse(cell));
			} catch (Column.Bad e) {
				problems.add(new Problem(n, c.name(), e.getMessage()));
				ok = false;
			}
		}
		if (!ok) {
			return;
		}
		String id = cells.getOrDefault(Schema.ID, ""); //$NON-NLS-1$
		StringBuilder k = new StringBuilder();
		for (String name : schema.key()) {
			Column c = schema.column(name);
			k.append(c.type() == Type.TEXT ? cells.get(name) : String.valueOf(values.get(c))).append('\u0001');
		}
		String key = k.toString();
		String keyColumn = schema.key().get(0);
		if (!id.isEmpty() && seenIds.containsKey(id)) {
			problems.add(new Problem(n, Schema.ID, NLS.bind(Messages.duplicateRow, seenIds.get(id))));
			return;
		}
		if (seenKeys.containsKey(key)) {
			problems.add(new Problem(n, keyColumn, NLS.bind(Messages.duplicateRow, seenKeys.get(key))));
			return;
		}
		seenKeys.put(key, n);
		if (!id.isEmpty()) {
			seenIds.put(id, n);
		}
		EObject target = id.isEmpty() ? null : byId.get(id);
		EObject keyed = byKey.get(key);
		if (target != null && keyed != null && keyed != target) {
			problems.add(new Problem(n, keyColumn, NLS.bind(Messages.keyTaken, cells.get(keyColumn), ((Identified) keyed).getId())));
			return;
		}
		if (target == null && keyed != null) {
			String has = ((Identified) keyed).getId();
			if (!id.isEmpty() && has != null && !has.isEmpty()) {
				problems.add(new Problem(n, Schema.ID, NLS.bind(Messages.idMismatch, new Object[] { id, cells.get(keyColumn), has })));
				return;
			}
			target = keyed;
		}
		if (target == null) {
			for (String r : schema.required()) {
				if (!has(r)) {
					problems.add(new Problem(n, r, Messages.required));
					return;
				}
			}
			EObject o = EcoreUtil.create(schema.eClass());
			for (Map.Entry<Column, Object> e : values.entrySet()) {
				if (!e.getKey().name().equals(Schema.ID)) {
					o.eSet(e.getKey().feature(), e.getValue());
				}
			}
			((Identified) o).setId(id.isEmpty() ? Ids.newId() : id);
			added.add(o);
			return;
		}
		int before = sets.size();
		for (Map.Entry<Column, Object> e : values.entrySet()) {
			Column c = e.getKey();
			if (c.name().equals(Schema.ID) ? !id.isEmpty() && !c.same(target, id) : !c.same(target, e.getValue())) {
				sets.add(new SetCommand(d, target, c.feature(), e.getValue()));
			}
		}
		counts[sets.size() > before ? 0 : 1]++;
	}
}
