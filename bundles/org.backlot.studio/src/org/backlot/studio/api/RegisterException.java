// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.api;

import java.util.List;
import java.util.stream.Collectors;

import org.backlot.studio.internal.places.Messages;
import org.eclipse.osgi.util.NLS;

/** A register file that cannot be imported: every bad row and column, so that all can be fixed at once. */
public class RegisterException extends Exception {
	private static final long serialVersionUID = 1L;

	/** One problem: the 1-based row as a spreadsheet numbers it (the header is row 1; 0 for the whole file), the column or null, and why. */
	public record Problem(int row, String column, String reason) {
		/** The problem as users read it: "row 17, column heightCm: 'abc' is not a number". */
		public String message() {
			if (row <= 0) {
				return reason;
			}
			return column == null ? NLS.bind(Messages.problemRow, row, reason) : NLS.bind(Messages.problemCell, new Object[] { row, column, reason });
		}

		@Override
		public String toString() {
			return message();
		}
	}

	private final transient List<Problem> problems;

	/** An exception listing the problems (at least one). */
	public RegisterException(List<Problem> problems) {
		super(problems.stream().map(Problem::message).collect(Collectors.joining("; "))); //$NON-NLS-1$
		this.problems = List.copyOf(problems);
	}

	/** The problems in row order. */
	public List<Problem> problems() {
		return problems;
	}
}
