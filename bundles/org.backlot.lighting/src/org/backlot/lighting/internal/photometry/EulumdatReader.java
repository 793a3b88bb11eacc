// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.internal.photometry;

import java.util.Arrays;

import org.backlot.lighting.internal.photometry.PhotometricData.Symmetry;
import org.eclipse.osgi.util.NLS;

/**
 * Reads EULUMDAT (.ldt) files: the fixed line layout (one field a line: header, Ityp, Isym, Mc, Dc, Ng, Dg,
 * texts, dimensions, DFF, LORL, conversion factor, tilt, then n lamp sets written field by field: numbers of
 * lamps, types, total fluxes, colours, colour rendering, wattages), 10 direct ratios, Mc C-angles, Ng gamma
 * angles and the intensities in cd/klm of the C-planes that the symmetry indicator Isym (0 none, 1 rotational,
 * 2 about C0–C180, 3 about C90–C270, 4 about both) says are stored. Intensities are turned into candela with the
 * lamps' total luminous flux (the sum over the lamp sets of the flux on line 26c, which is already the set's
 * total) divided by 1000 and the conversion factor. A decimal comma is accepted.
 */
public final class EulumdatReader {
	private static final String SEPARATORS = "\\s+"; //$NON-NLS-1$
	private static final int LAMP_SETS = 26;

	private EulumdatReader() {
	}

	/** Reads the text of the file named {@code file} (the name is used in messages). */
	public static PhotometricData read(String file, String text) throws PhotometricException {
		Lines lines = new Lines(file, text);
		if (lines.lastLine() == 1 && lines.line(1).isBlank()) {
			throw lines.error(Messages.emptyFile);
		}
		lines.countAt(2, Messages.ldtType, 0);
		int isym = lines.countAt(3, Messages.ldtSymmetry, 0);
		if (isym > 4) {
			throw lines.error(3, NLS.bind(Messages.badSymmetry, isym));
		}
		int mc = lines.countAt(4, Messages.ldtPlanes, 1);
		lines.numberAt(5, Messages.ldtPlaneDistance);
		int ng = lines.countAt(6, Messages.ldtIntensities, 2);
		lines.numberAt(7, Messages.ldtIntensityDistance);
		int divisor = isym == 2 ? 2 : isym >= 3 ? 4 : 1;
		if (mc % divisor != 0) {
			throw lines.error(4, NLS.bind(Messages.planeCount, new Object[] { isym, divisor, mc }));
		}
		for (int i = 13; i <= 21; i++) {
			lines.numberAt(i, Messages.ldtDimension);
		}
		lines.numberAt(22, Messages.ldtRatio);
		lines.numberAt(23, Messages.ldtRatio);
		double conversion = lines.numberAt(24, Messages.ldtConversion);
		lines.numberAt(25, Messages.ldtTilt);
		int sets = Math.abs(lines.countAt(LAMP_SETS, Messages.ldtLampSets, -1000));
		if (sets == 0) {
			throw lines.error(LAMP_SETS, NLS.bind(Messages.notACount, new Object[] { Messages.ldtLampSets, 1, 0 }));
		}
		double flux = 0;
		for (int i = 0; i < sets; i++) {
			int counted = LAMP_SETS + 1 + i;
			lines.numberAt(counted, Messages.ldtLampCount);
			int fluxLine = LAMP_SETS + 1 + 2 * sets + i;
			double f = lines.numberAt(fluxLine, Messages.ldtLampFlux);
			if (f <= 0) {
				throw lines.error(fluxLine, NLS.bind(Messages.notPositive, Messages.ldtLampFlux, Lines.format(f)));
			}
			flux += f;
			lines.numberAt(LAMP_SETS + 1 + 5 * sets + i, Messages.ldtWatts);
		}
		lines.tokenize(LAMP_SETS + 1 + 6 * sets, SEPARATORS);
		for (int i = 0; i < 10; i++) {
			lines.number(Messages.ldtDirectRatio);
		}
		double[] c = IesReader.angles(lines, mc, Messages.ldtCAngle, 0, 360);
		double[] gamma = IesReader.angles(lines, ng, Messages.ldtGAngle, 0, 180);
		int first = switch (isym) {
		case 3 -> 3 * mc / 4;
		default -> 0;
		};
		int count = switch (isym) {
		case 1 -> 1;
		case 2, 3 -> mc / 2 + 1;
		case 4 -> mc / 4 + 1;
		default -> mc;
		};
		double scale = flux / 1000 * (conversion > 0 ? conversion : 1);
		double[][] cd = new double[count][ng];
		double[] planes = new double[count];
		for (int p = 0; p < count; p++) {
			planes[p] = c[(first + p) % mc];
			for (int g = 0; g < ng; g++) {
				if (!lines.hasNext()) {
					throw lines.error(lines.lastLine(), NLS.bind(Messages.intensityCount, count * ng, p * ng + g));
				}
				double v = lines.number(Messages.ldtIntensity);
				if (v < 0) {
					throw lines.error(lines.currentLine(), NLS.bind(Messages.negative, Messages.ldtIntensity, Lines.format(v)));
				}
				cd[p][g] = v * scale;
			}
		}
		if (lines.hasNext()) {
			int extra = lines.remaining();
			throw lines.error(lines.token(Messages.ldtIntensity).line(), NLS.bind(Messages.intensityCount, count * ng, count * ng + extra));
		}
		PhotometricData data = switch (isym) {
		case 1 -> new PhotometricData(file, planes, gamma, cd, Symmetry.ROTATIONAL);
		case 2 -> new PhotometricData(file, planes, gamma, cd, Symmetry.BILATERAL_0_180);
		case 3 -> mirrored90(file, planes, gamma, cd);
		case 4 -> new PhotometricData(file, planes, gamma, cd, Symmetry.QUADRANT);
		default -> new PhotometricData(file, planes, gamma, cd, Symmetry.NONE);
		};
		if (data.peakCandela() <= 0) {
			throw lines.error(Messages.allZero);
		}
		return data;
	}

	/**
	 * Isym 3 stores the planes from C270 through C0 to C90; by the symmetry I(C) = I(180° − C) each of them equals
	 * a plane between C90 and C270, where {@link Symmetry#BILATERAL_90_270} expects them.
	 */
	private static PhotometricData mirrored90(String file, double[] planes, double[] gamma, double[][] cd) {
		Integer[] order = new Integer[planes.length];
		double[] mirrored = new double[planes.length];
		for (int i = 0; i < planes.length; i++) {
			order[i] = i;
			double m = (180 - planes[i]) % 360;
			mirrored[i] = m < 0 ? m + 360 : m;
		}
		Arrays.sort(order, (a, b) -> Double.compare(mirrored[a], mirrored[b]));
		double[] sortedPlanes = new double[planes.length];
		double[][] sortedCd = new double[planes.length][];
		for (int i = 0; i < order.length; i++) {
			sortedPlanes[i] = mirrored[order[i]];
			sortedCd[i] = cd[order[i]];
		}
		return new PhotometricData(file, sortedPlanes, gamma, sortedCd, Symmetry.BILATERAL_90_270);
	}
}
