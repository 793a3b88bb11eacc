// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.ui.internal.preview;

import java.nio.file.Path;
import java.util.List;

import org.backlot.model.studio.Booking;
import org.backlot.model.studio.DigitalAsset;
import org.backlot.model.studio.Extra;
import org.backlot.model.studio.InventoryItem;
import org.backlot.model.studio.Location;
import org.backlot.model.studio.PanoramaPin;
import org.backlot.model.studio.StudioResource;
import org.backlot.studio.api.Assets;
import org.backlot.studio.ui.internal.StudioViewPart;
import org.backlot.ui.api.EmptyState;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Composite;

/**
 * What the registers select, beside them: a record's photo (or a placeholder
 * saying why there is none) with its details and bookings; for a location,
 * its survey panorama to look around in, with the notes pinned in it.
 */
public class PreviewView extends StudioViewPart {
	private EmptyState empty;
	private Composite stack;
	private final StackLayout stackLayout = new StackLayout();
	private SashForm recordPane;
	private PhotoPane photo;
	private Details details;
	private LocationPane locationPane;
	private StudioResource shown;

	@Override
	public void createPartControl(Composite parent) {
		empty = new EmptyState(parent, this::emptyLink);
		stack = new Composite(empty.parent(), SWT.NONE);
		stack.setLayout(stackLayout);
		empty.content(stack);
		recordPane = new SashForm(stack, SWT.VERTICAL);
		photo = new PhotoPane(recordPane);
		details = new Details(recordPane);
		recordPane.setWeights(55, 45);
		locationPane = new LocationPane(stack, this);
		stackLayout.topControl = recordPane;
		startFollowing();
	}

	@Override
	protected void selectionChanged(List<?> selected) {
		Object o = selected.get(0);
		StudioResource r = o instanceof StudioResource s ? s
				: o instanceof Booking b ? b.getResource() : o instanceof PanoramaPin p && p.eContainer() instanceof Location l ? l : null;
		if (r != null && r.eContainer() == studio()) {
			shown = r;
			update();
		}
	}

	@Override
	protected void update() {
		String why = emptyReason();
		if (shown != null && (studio() == null || shown.eContainer() != studio())) {
			shown = null;
		}
		if (why == null && shown == null) {
			why = Messages.nothingSelected;
		}
		empty.show(why);
		if (why != null) {
			locationPane.show(null);
			return;
		}
		if (shown instanceof Location l) {
			stackLayout.topControl = locationPane.control();
			locationPane.show(l);
		} else {
			stackLayout.topControl = recordPane;
			locationPane.show(null);
			showPhoto(shown);
			details.show(shown);
		}
		stack.layout(true);
	}

	private void showPhoto(StudioResource r) {
		String path = r instanceof InventoryItem i ? i.getPhotoPath() : r instanceof Extra x ? x.getPhotoPath()
				: r instanceof DigitalAsset a ? a.getPreview() : null;
		Path file = r instanceof DigitalAsset a ? Assets.preview(a) : StudioPaths.resolve(r, path);
		photo.show(file, path == null || path.isBlank() ? null : path);
	}

	/** Shows a record as if the registers had selected it. */
	public void show(StudioResource r) {
		shown = r;
		update();
	}

	/** The record shown, or null. */
	public StudioResource shown() {
		return shown;
	}

	/** The panorama viewer and its notes (tests). */
	LocationPane locationPane() {
		return locationPane;
	}

	/** The photo pane (tests). */
	PhotoPane photo() {
		return photo;
	}

	@Override
	protected boolean isDisposed() {
		return empty == null || empty.control().isDisposed();
	}

	@Override
	public void setFocus() {
		if (empty.showsMessage()) {
			empty.focusMessage();
		} else if (shown instanceof Location) {
			locationPane.setFocus();
		} else {
			details.control().setFocus();
		}
	}
}
