// SPDX-License-Identifier: EPL-2.0
package org.backlot.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Localised strings of the shared UI. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.backlot.ui.internal.messages"; //$NON-NLS-1$
	public static String autosaveJob;
	public static String dateLong;
	public static String dateShort;
	public static String dateWeekday;
	public static String dateTime;
	public static String recoverQuestion;
	public static String recoverTitle;
	public static String browse;
	public static String newProductionDescription;
	public static String newProductionExists;
	public static String newProductionFile;
	public static String newProductionName;
	public static String newProductionNeedsExtension;
	public static String newProductionNeedsTitle;
	public static String newProductionNoStudio;
	public static String newProductionStudio;
	public static String newProductionTitle;
	public static String problemsJob;
	public static String problemsMessage;
	public static String problemsNoProduction;
	public static String problemsObject;
	public static String problemsSummary;
	public static String editorLoadFailed;
	public static String editorWrongInput;
	public static String explorerEmpty;
	public static String explorerNew;
	public static String filterAll;
	public static String filterProductions;
	public static String overviewCompany;
	public static String overviewContents;
	public static String overviewContentsHint;
	public static String overviewOriginalTitle;
	public static String overviewProduction;
	public static String overviewProductionHint;
	public static String overviewTitle;
	public static String overviewTranslatedTitle;
	public static String redo;
	public static String redoCommand;
	public static String saveFailedTitle;
	public static String setCommand;
	public static String undo;
	public static String undoCommand;
	public static String summary_studio;
	public static String summary_start;
	public static String summary_wrap;
	public static String summary_scenes;
	public static String summary_pages;
	public static String summary_elements;
	public static String summary_cast;
	public static String summary_shots;
	public static String summary_schedules;
	public static String summary_shootDays;
	public static String summary_lightingSetups;
	public static String summary_permitApplications;
	public static String languageChinese;
	public static String languageDescription;
	public static String languageEnglish;
	public static String languageLabel;
	public static String languageReadError;
	public static String languageRestart;
	public static String languageSystem;
	public static String languageWriteError;
	public static String welcomeIntro;
	public static String welcomePerspectives;
	public static String welcomePerspectivesHint;
	public static String welcomeShowAtStart;
	public static String welcomeTitle;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}

	/** The label of a ModelSummary key, or null for keys not shown. */
	public static String summaryLabel(String key) {
		try {
			return (String) Messages.class.getField("summary_" + key).get(null); //$NON-NLS-1$
		} catch (ReflectiveOperationException e) {
			return null;
		}
	}
}
