// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.ui.internal;

/** Ids of the Previs Lighting perspective and its views. */
public final class LightingUi {
	/** The bundle. */
	public static final String PLUGIN_ID = "org.backlot.lighting.ui"; //$NON-NLS-1$
	/** The perspective. */
	public static final String PERSPECTIVE = "org.backlot.lighting.ui.perspective"; //$NON-NLS-1$
	/** The light plot (GEF, top view of the set with its lamps). */
	public static final String PLOT_VIEW = "org.backlot.lighting.ui.plot"; //$NON-NLS-1$
	/** The camera preview (progressive render). */
	public static final String PREVIEW_VIEW = "org.backlot.lighting.ui.preview"; //$NON-NLS-1$
	/** The per-actor meter readings and the gear list. */
	public static final String READOUTS_VIEW = "org.backlot.lighting.ui.readouts"; //$NON-NLS-1$
	/** The look assistant. */
	public static final String ASSISTANT_VIEW = "org.backlot.lighting.ui.assistant"; //$NON-NLS-1$
	/** The selected fixture's settings. */
	public static final String FIXTURE_VIEW = "org.backlot.lighting.ui.fixture"; //$NON-NLS-1$

	private LightingUi() {
	}
}
