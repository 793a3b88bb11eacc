// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.internal.photometry;

import java.util.Locale;

import org.backlot.lighting.internal.photometry.PhotometricData.Symmetry;
import org.eclipse.osgi.util.NLS;

/**
 * Reads IES LM-63 photometric files (1986, 1991, 1995, 2002 and 2019): the optional version line, keyword lines
 * such as {@code [MANUFAC]}, the {@code TILT=} line (NONE, INCLUDE with its table, or a file name, which is
 * ignored), then numbers separated by blanks or commas and wrapped over lines at will: the lamp and geometry
 * line, the ballast line, the vertical (gamma) and horizontal (C) angles and the candela table, one horizontal
 * angle after another. Only photometric type C is read. Candela values are scaled by the candela multiplier and
 * the ballast factor.
 */
public final class IesReader {
	private static final String SEPARATORS = "[\\s,]+"; //$NON-NLS-1$

	private IesReader() {
	}

	/** Reads the text of the file named {@code file} (the name is used in messages). */
	public static PhotometricData read(String file, String text) throws PhotometricException {
		Lines lines = new Lines(file, text);
		int tilt = tiltLine(lines);
		String tiltValue = lines.line(tilt).trim().substring(5).trim();
		lines.tokenize(tilt + 1, SEPARATORS);
		if ("INCLUDE".equalsIgnoreCase(tiltValue)) { //$NON-NLS-1$
			skipTilt(lines);
		}
		lines.count(Messages.iesLampCount, 0);
		lines.number(Messages.iesLumens);
		double multiplier = positive(lines, Messages.iesMultiplier);
		int nv = lines.count(Messages.iesVerticalCount, 2);
		int nh = lines.count(Messages.iesHorizontalCount, 1);
		int type = lines.count(Messages.iesPhotometricType, 1);
		int typeLine = lines.currentLine();
		lines.number(Messages.iesUnits);
		for (int i = 0; i < 3; i++) {
			lines.number(Messages.iesDimension);
		}
		double ballast = lines.number(Messages.iesBallast);
		lines.number(Messages.iesFutureUse);
		lines.number(Messages.iesWatts);
		if (type != 1) {
			String name = type == 2 ? "B" : type == 3 ? "A" : Integer.toString(type); //$NON-NLS-1$ //$NON-NLS-2$
			throw lines.error(typeLine, NLS.bind(Messages.unsupportedType, name));
		}
		double[] gamma = angles(lines, nv, Messages.iesVerticalAngle, 0, 180);
		double[] c = angles(lines, nh, Messages.iesHorizontalAngle, 0, 360);
		int cLine = lines.currentLine();
		Symmetry symmetry = symmetry(lines, c, cLine);
		double scale = multiplier * (ballast > 0 ? ballast : 1);
		double[][] cd = new double[nh][nv];
		int expected = nv * nh;
		for (int h = 0; h < nh; h++) {
			for (int v = 0; v < nv; v++) {
				if (!lines.hasNext()) {
					throw lines.error(lines.lastLine(), NLS.bind(Messages.candelaCount, expected, h * nv + v));
				}
				double value = lines.number(Messages.iesCandela);
				if (value < 0) {
					throw lines.error(lines.currentLine(), NLS.bind(Messages.negative, Messages.iesCandela, Lines.format(value)));
				}
				cd[h][v] = value * scale;
			}
		}
		if (lines.hasNext()) {
			int extra = lines.remaining();
			Lines.Token t = lines.token(Messages.iesCandela);
			if (isNumber(t.text())) {
				throw lines.error(t.line(), NLS.bind(Messages.candelaCount, expected, expected + extra));
			}
			throw lines.error(t.line(), NLS.bind(Messages.trailing, t.text()));
		}
		PhotometricData data = new PhotometricData(file, c, gamma, cd, symmetry);
		if (data.peakCandela() <= 0) {
			throw lines.error(Messages.allZero);
		}
		return data;
	}

	/** The line number of the TILT= line. */
	private static int tiltLine(Lines lines) throws PhotometricException {
		for (int i = 1; i <= lines.size(); i++) {
			if (lines.line(i).trim().toUpperCase(Locale.ROOT).startsWith("TILT=")) { //$NON-NLS-1$
				return i;
			}
		}
		if (lines.lastLine() == 1 && lines.line(1).isBlank()) {
			throw lines.error(Messages.emptyFile);
		}
		throw lines.error(lines.lastLine(), Messages.noTilt);
	}

	/** Skips the TILT=INCLUDE table: geometry, pair count, angles, factors. */
	private static void skipTilt(Lines lines) throws PhotometricException {
		lines.number(Messages.iesTilt);
		int pairs = lines.count(Messages.iesTilt, 0);
		for (int i = 0; i < 2 * pairs; i++) {
			lines.number(Messages.iesTilt);
		}
	}

	private static double positive(Lines lines, String what) throws PhotometricException {
		double v = lines.number(what);
		if (v <= 0) {
			throw lines.error(lines.currentLine(), NLS.bind(Messages.notPositive, what, Lines.format(v)));
		}
		return v;
	}

	/** {@code n} increasing angles between {@code min} and {@code max}. */
	static double[] angles(Lines lines, int n, String what, double min, double max) throws PhotometricException {
		double[] a = new double[n];
		for (int i = 0; i < n; i++) {
			a[i] = lines.number(what);
			if (a[i] < min - 1e-9 || a[i] > max + 1e-9) {
				throw lines.error(lines.currentLine(),
						NLS.bind(Messages.angleRange, new Object[] { what, Lines.format(min), Lines.format(max), Lines.format(a[i]) }));
			}
			if (i > 0 && a[i] <= a[i - 1]) {
				throw lines.error(lines.currentLine(), NLS.bind(Messages.angleOrder, new Object[] { what, Lines.format(a[i]), Lines.format(a[i - 1]) }));
			}
		}
		return a;
	}

	private static Symmetry symmetry(Lines lines, double[] c, int line) throws PhotometricException {
		double first = c[0];
		double last = c[c.length - 1];
		if (c.length == 1 && first == 0) {
			return Symmetry.ROTATIONAL;
		}
		if (first == 0 && last == 90) {
			return Symmetry.QUADRANT;
		}
		if (first == 0 && last == 180) {
			return Symmetry.BILATERAL_0_180;
		}
		if (first == 90 && last == 270) {
			return Symmetry.BILATERAL_90_270;
		}
		if (first == 0 && last > 180) {
			return Symmetry.NONE;
		}
		throw lines.error(line, NLS.bind(Messages.horizontalEnds, Lines.format(first), Lines.format(last)));
	}

	private static boolean isNumber(String s) {
		try {
			Double.parseDouble(s);
			return true;
		} catch (NumberFormatException e) {
			return false;
		}
	}
}
