// SPDX-License-Identifier: EPL-2.0
package org.backlot.breakdown.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Localised strings of the breakdown perspective. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.backlot.breakdown.ui.internal.messages"; //$NON-NLS-1$
	public static String addElement;
	public static String allCategories;
	public static String browse;
	public static String categoryLabel;
	public static String changeAdded;
	public static String changeCategory;
	public static String changeChanged;
	public static String changeOmitted;
	public static String columnCast;
	public static String columnCategory;
	public static String columnChange;
	public static String columnIntExt;
	public static String columnName;
	public static String columnNumber;
	public static String columnPages;
	public static String columnScenes;
	public static String columnScenesCount;
	public static String columnSet;
	public static String columnState;
	public static String columnTime;
	public static String confirmAll;
	public static String confirmAllLabel;
	public static String confirmLabel;
	public static String confirmSheet;
	public static String confirmTag;
	public static String deleteLabel;
	public static String elementCount;
	public static String filterAll;
	public static String filterHint;
	public static String filterScripts;
	public static String formatAuto;
	public static String importBreakingDown;
	public static String importDescription;
	public static String importFailed;
	public static String importFile;
	public static String importFormat;
	public static String importInto;
	public static String importIntoNew;
	public static String importIntoRevision;
	public static String importJob;
	public static String importLabel;
	public static String importNoFile;
	public static String importNoProduction;
	public static String importReading;
	public static String importTitle;
	public static String nameLabel;
	public static String noElements;
	public static String noProduction;
	public static String noScript;
	public static String rejectLabel;
	public static String rejectTag;
	public static String removeLabel;
	public static String retag;
	public static String retagLabel;
	public static String selectScene;
	public static String selectWithinParagraph;
	public static String sheetFacts;
	public static String sheetTitle;
	public static String stateConfirmed;
	public static String stateSuggested;
	public static String suggested;
	public static String summaryCharset;
	public static String summaryFound;
	public static String summaryNext;
	public static String summaryRevision;
	public static String summaryWarnings;
	public static String synopsisHint;
	public static String synopsisLabel;
	public static String tagAs;
	public static String tagLabel;
	public static String useItem;
	public static String columnScore;
	public static String columnCode;
	public static String columnPeriod;
	public static String columnCondition;
	public static String columnWhy;
	public static String matchNoStudio;
	public static String matchSelect;
	public static String matchHeading;
	public static String matchLinked;
	public static String useLabel;
	public static String exportTitle;
	public static String exportSheets;
	public static String exportElementsPdf;
	public static String exportElementsCsv;
	public static String exportJob;
	public static String exportFailed;
	public static String sheetFromPage;
	public static String sheetBackground;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
