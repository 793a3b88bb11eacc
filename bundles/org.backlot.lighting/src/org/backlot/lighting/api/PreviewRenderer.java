// SPDX-License-Identifier: EPL-2.0
package org.backlot.lighting.api;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.backlot.lighting.internal.render.RenderEngine;

/**
 * What the camera sees of a lit set, rendered progressively on its own threads: a quick hard-shadow frame first
 * (at half size, enlarged, when much has to be cast), then full size, then soft-shadow passes that sample the area
 * sources, then one bounce of indirect light. A surface shows albedo × Σ E·rgb / π from every source (E as
 * {@link Illuminance} computes it), the LED wall shows its picture × its brightness, and nothing is drawn beyond the
 * set. Exposure puts an 18 % grey card lit at the shooting stop at 0.18 before a filmic curve and sRGB encoding.
 * <p>
 * Work is cached by content, not identity: the camera rays while camera and set are unchanged, and each lamp's light
 * while that lamp is unchanged, so while a lamp is dragged only that lamp is cast again. One render runs at a time;
 * a second call waits for the first.
 */
public final class PreviewRenderer implements AutoCloseable {
	private final RenderEngine engine;

	/** A renderer with one thread per available processor. */
	public PreviewRenderer() {
		this(Runtime.getRuntime().availableProcessors());
	}

	/** A renderer with its own pool of {@code threads} threads. */
	public PreviewRenderer(int threads) {
		engine = new RenderEngine(threads);
	}

	/** The number of render threads. */
	public int threads() {
		return engine.threads();
	}

	/**
	 * Renders {@code scene} at width × height pixels, handing each pass to {@code sink} (on the calling thread) until
	 * the last (marked {@link Frame#last()}): hard shadows (first at half size when the camera or several lamps must
	 * be cast afresh), then the soft-shadow passes, then the bounce. The hard-shadow pass keeps the soft shadows of
	 * lamps refined in an earlier render, so while one lamp is dragged the others look as they did; the last pass is
	 * the same whatever came before. {@code cancelled} is asked between passes: once it answers true, no further pass
	 * starts. A scene without a camera gives one black frame.
	 */
	public void render(LightScene scene, int width, int height, BooleanSupplier cancelled, Consumer<Frame> sink) {
		engine.render(scene, width, height, cancelled, sink);
	}

	/** Renders one finished frame at {@code quality} (soft shadows and bounce run all their passes). */
	public Frame renderOnce(LightScene scene, int width, int height, Quality quality) {
		return engine.renderOnce(scene, width, height, quality);
	}

	/** Stops the render threads. */
	@Override
	public void close() {
		engine.close();
	}
}
