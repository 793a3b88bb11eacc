// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.internal.photometry;

import org.eclipse.osgi.util.NLS;

/** Localised messages of the photometric file readers. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.backlot.lighting.internal.photometry.messages"; //$NON-NLS-1$
	public static String at;
	public static String inFile;
	public static String notFound;
	public static String cannotRead;
	public static String badPath;
	public static String unknownExtension;
	public static String emptyFile;
	public static String noTilt;
	public static String expectedNumber;
	public static String endOfFile;
	public static String notACount;
	public static String unsupportedType;
	public static String angleOrder;
	public static String angleRange;
	public static String horizontalEnds;
	public static String candelaCount;
	public static String trailing;
	public static String negative;
	public static String notPositive;
	public static String allZero;
	public static String badSymmetry;
	public static String planeCount;
	public static String intensityCount;
	public static String iesLampCount;
	public static String iesLumens;
	public static String iesMultiplier;
	public static String iesVerticalCount;
	public static String iesHorizontalCount;
	public static String iesPhotometricType;
	public static String iesUnits;
	public static String iesDimension;
	public static String iesBallast;
	public static String iesFutureUse;
	public static String iesWatts;
	public static String iesVerticalAngle;
	public static String iesHorizontalAngle;
	public static String iesCandela;
	public static String iesTilt;
	public static String ldtType;
	public static String ldtSymmetry;
	public static String ldtPlanes;
	public static String ldtPlaneDistance;
	public static String ldtIntensities;
	public static String ldtIntensityDistance;
	public static String ldtDimension;
	public static String ldtRatio;
	public static String ldtConversion;
	public static String ldtTilt;
	public static String ldtLampSets;
	public static String ldtLampCount;
	public static String ldtLampFlux;
	public static String ldtWatts;
	public static String ldtDirectRatio;
	public static String ldtCAngle;
	public static String ldtGAngle;
	public static String ldtIntensity;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
