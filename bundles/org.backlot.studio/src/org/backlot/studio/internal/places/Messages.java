// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.internal.places;


import org.eclipse.osgi.util.NLS;

/** Localised strings of the stage calendar, locations library, digital assets and register problems. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.backlot.studio.internal.places.messages"; //$NON-NLS-1$
	public static String anotherProduction;
	public static String bookStages;
	public static String dateSpan;
	public static String editPinLabel;
	public static String ledPictureLabel;
	public static String movePinLabel;
	public static String pinLabel;
	public static String problemCell;
	public static String problemRow;
	public static String rightsExpire;
	public static String stageConflict;
	public static String stageNumber;
	public static String unpinLabel;
	public static String useAssetLabel;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}

}
