// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.internal.registers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

import org.backlot.model.production.DateRange;
import org.backlot.model.production.ProductionFactory;
import org.backlot.schedule.api.ShootCalendar;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;

/** One column of a register: its stable name, the model feature it holds and how a cell is written and read. */
public record Column(String name, EStructuralFeature feature, Type type) {
	/** How a cell holds the value. */
	public enum Type {
		/** Free text. */
		TEXT,
		/** A whole number. */
		INT,
		/** A decimal number. */
		DECIMAL,
		/** true/false (yes/no, 1/0, 是/否 are read too). */
		YES_NO,
		/** yyyy-mm-dd (yyyy/m/d is read too). */
		DATE,
		/** One of the feature's enumeration literals. */
		CHOICE,
		/** Several texts separated by semicolons. */
		LIST,
		/** Date ranges yyyy-mm-dd..yyyy-mm-dd separated by semicolons. */
		RANGES
	}

	/** A cell that cannot be read; the message says why (without the row and column). */
	static final class Bad extends Exception {
		private static final long serialVersionUID = 1L;

		Bad(String message) {
			super(message);
		}
	}

	private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("uuuu/M/d"); //$NON-NLS-1$
	private static final String SEPARATOR = "; "; //$NON-NLS-1$
	private static final String RANGE = ".."; //$NON-NLS-1$

	/** The cell text of the object's value. */
	public String format(EObject o) {
		Object v = o.eGet(feature);
		return switch (type) {
			case TEXT -> v == null ? "" : (String) v; //$NON-NLS-1$
			case INT, YES_NO -> String.valueOf(v);
			case DECIMAL -> BigDecimal.valueOf(((Number) v).doubleValue()).stripTrailingZeros().toPlainString();
			case DATE -> v == null ? "" : ShootCalendar.toLocal((Date) v).toString(); //$NON-NLS-1$
			case CHOICE -> v == null ? "" : ((org.eclipse.emf.common.util.Enumerator) v).getLiteral(); //$NON-NLS-1$
			case LIST -> String.join(SEPARATOR, strings(v));
			case RANGES -> ranges(v).stream().map(r -> r.getFrom() == null ? "" //$NON-NLS-1$
					: ShootCalendar.toLocal(r.getFrom()) + (r.getTo() == null || r.getTo().equals(r.getFrom()) ? "" : RANGE + ShootCalendar.toLocal(r.getTo()))) //$NON-NLS-1$
					.collect(Collectors.joining(SEPARATOR));
		};
	}

	/** The model value of a cell: a String, Integer, Double, Boolean, Date, enumerator or a list. */
	public Object parse(String cell) throws Bad {
		String t = cell.strip();
		switch (type) {
		case TEXT:
			return t;
		case INT:
			try {
				return t.isEmpty() ? 0 : Integer.parseInt(t);
			} catch (NumberFormatException e) {
				throw new Bad(NLS.bind(t.matches("[-+]?\\d*[.,]\\d+") ? Messages.notWholeNumber : Messages.notNumber, cell)); //$NON-NLS-1$
			}
		case DECIMAL:
			try {
				double d = t.isEmpty() ? 0 : Double.parseDouble(t);
				if (Double.isNaN(d) || Double.isInfinite(d) || t.endsWith("d") || t.endsWith("f") || t.endsWith("D") || t.endsWith("F")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					throw new NumberFormatException();
				}
				return d;
			} catch (NumberFormatException e) {
				throw new Bad(NLS.bind(Messages.notNumber, cell));
			}
		case YES_NO:
			return switch (t.toLowerCase(Locale.ROOT)) {
				case "true", "yes", "y", "1", "是", "x" -> Boolean.TRUE; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
				case "false", "no", "n", "0", "否", "" -> Boolean.FALSE; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
				default -> throw new Bad(NLS.bind(Messages.notYesNo, cell));
			};
		case DATE:
			return t.isEmpty() ? null : ShootCalendar.toDate(date(t, cell));
		case CHOICE:
			return t.isEmpty() ? feature.getDefaultValue() : choice(t, cell);
		case LIST:
			return splitList(t);
		default:
			List<DateRange> out = new ArrayList<>();
			for (String part : splitList(t)) {
				int at = part.indexOf(RANGE);
				LocalDate from = date(at < 0 ? part : part.substring(0, at).strip(), cell);
				LocalDate to = at < 0 ? from : date(part.substring(at + RANGE.length()).strip(), cell);
				if (to.isBefore(from)) {
					throw new Bad(NLS.bind(Messages.rangeBackwards, part));
				}
				DateRange r = ProductionFactory.eINSTANCE.createDateRange();
				r.setFrom(ShootCalendar.toDate(from));
				r.setTo(ShootCalendar.toDate(to));
				out.add(r);
			}
			return out;
		}
	}

	/** Whether the object already holds the parsed value. */
	public boolean same(EObject o, Object value) {
		Object v = o.eGet(feature);
		if (type == Type.RANGES) {
			List<DateRange> a = ranges(v);
			@SuppressWarnings("unchecked")
			List<DateRange> b = (List<DateRange>) value;
			if (a.size() != b.size()) {
				return false;
			}
			for (int i = 0; i < a.size(); i++) {
				if (!Objects.equals(a.get(i).getFrom(), b.get(i).getFrom()) || !Objects.equals(a.get(i).getTo(), b.get(i).getTo())) {
					return false;
				}
			}
			return true;
		}
		if (type == Type.LIST) {
			return strings(v).equals(value);
		}
		if (type == Type.TEXT) {
			return Objects.equals(v == null ? "" : v, value); //$NON-NLS-1$
		}
		return Objects.equals(v, value);
	}

	private Object choice(String t, String cell) throws Bad {
		EEnum e = (EEnum) feature.getEType();
		String want = t.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
		for (EEnumLiteral l : e.getELiterals()) {
			if (l.getLiteral().equals(want) || l.getName().equals(want)) {
				return l.getInstance();
			}
		}
		String known = e.getELiterals().stream().map(EEnumLiteral::getLiteral).collect(Collectors.joining(", ")); //$NON-NLS-1$
		throw new Bad(NLS.bind(Messages.notChoice, cell, known));
	}

	private static LocalDate date(String t, String cell) throws Bad {
		try {
			return t.indexOf('/') >= 0 ? LocalDate.parse(t, SLASHED) : LocalDate.parse(t);
		} catch (DateTimeParseException e) {
			throw new Bad(NLS.bind(Messages.notDate, cell));
		}
	}

	private static List<String> splitList(String t) {
		List<String> out = new ArrayList<>();
		for (String part : t.split("[;；]")) { //$NON-NLS-1$
			String p = part.strip();
			if (!p.isEmpty()) {
				out.add(p);
			}
		}
		return out;
	}

	@SuppressWarnings("unchecked")
	private static List<String> strings(Object v) {
		return v == null ? List.of() : (List<String>) v;
	}

	@SuppressWarnings("unchecked")
	private static List<DateRange> ranges(Object v) {
		return v == null ? List.of() : (List<DateRange>) v;
	}
}
