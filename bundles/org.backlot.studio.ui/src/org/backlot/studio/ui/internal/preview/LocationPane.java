// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.ui.internal.preview;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.backlot.model.studio.Location;
import org.backlot.model.studio.PanoramaPin;
import org.backlot.studio.api.Locations;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * A location in the preview: its survey panorama in the viewer (loaded in the
 * background, the last few kept), a choice when it has several, the notes
 * pinned in it beside, and its details below. Adding, editing and removing
 * notes are commands on the production's stack.
 */
final class LocationPane {
	private static final int CACHED = 4;
	private static final Map<Path, BufferedImage> CACHE = new LinkedHashMap<>(8, 0.75f, true) {
		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<Path, BufferedImage> eldest) {
			return size() > CACHED;
		}
	};
	private final PreviewView view;
	private final SashForm control;
	private final Combo choice;
	private final PanoramaCanvas canvas;
	private final PinsTable pins;
	private final Details details;
	private Location location;
	private String panorama;
	private Path loading;
	private Job job;

	LocationPane(Composite parent, PreviewView view) {
		this.view = view;
		control = new SashForm(parent, SWT.VERTICAL);
		Composite top = new Composite(control, SWT.NONE);
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		top.setLayout(layout);
		choice = new Combo(top, SWT.READ_ONLY);
		choice.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
		choice.setToolTipText(Messages.panoramaChoice);
		choice.addListener(SWT.Selection, e -> choose(choice.getSelectionIndex()));
		Label hint = new Label(top, SWT.NONE);
		hint.setText(Messages.panoramaHint);
		hint.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		SashForm look = new SashForm(top, SWT.HORIZONTAL);
		look.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		canvas = new PanoramaCanvas(look, this::askPin);
		pins = new PinsTable(look, p -> {
			canvas.lookAt(p.getYaw(), p.getPitch());
			canvas.pins(pinsShown(), p);
		}, this::editPin, p -> view.execute(Locations.unpin(view.domain(), p)));
		look.setWeights(72, 28);
		details = new Details(control);
		control.setWeights(68, 32);
	}

	SashForm control() {
		return control;
	}

	/** Shows a location (null: none; stops loading). */
	void show(Location l) {
		boolean same = l == location;
		location = l;
		if (l == null) {
			panorama = null;
			loading = null;
			return;
		}
		details.show(l);
		List<String> names = l.getPanoramas();
		if (!same || choice.getItemCount() != names.size()) {
			choice.setItems(names.stream().map(n -> Path.of(n).getFileName().toString()).toArray(String[]::new));
			((GridData) choice.getLayoutData()).exclude = names.size() < 2;
			choice.setVisible(names.size() > 1);
			choice.getParent().layout(true);
			choose(names.isEmpty() ? -1 : Math.max(0, names.indexOf(panorama)));
		} else {
			refreshPins();
		}
	}

	private void choose(int index) {
		List<String> names = location.getPanoramas();
		panorama = index < 0 || index >= names.size() ? null : names.get(index);
		if (index >= 0) {
			choice.select(index);
		}
		refreshPins();
		if (panorama == null) {
			canvas.show(null, Messages.noPanorama);
			return;
		}
		Path file = Locations.panoramaFile(location, panorama);
		if (file == null || !Files.isRegularFile(file)) {
			canvas.show(null, NLS.bind(Messages.panoramaMissing, panorama));
			return;
		}
		BufferedImage cached;
		synchronized (CACHE) {
			cached = CACHE.get(file);
		}
		if (cached != null) {
			canvas.show(cached, null);
			return;
		}
		canvas.show(null, Messages.loading);
		load(file);
	}

	private void load(Path file) {
		loading = file;
		if (job != null) {
			job.cancel();
		}
		job = Job.create(NLS.bind(Messages.loadJob, file.getFileName()), monitor -> {
			BufferedImage img;
			String why = null;
			try {
				img = ImageIO.read(file.toFile());
				if (img == null) {
					why = NLS.bind(Messages.panoramaMissing, file.getFileName());
				} else {
					synchronized (CACHE) {
						CACHE.put(file, img);
					}
				}
			} catch (IOException e) {
				img = null;
				why = e.getMessage();
			}
			BufferedImage result = img;
			String reason = why;
			if (!control.isDisposed()) {
				control.getDisplay().asyncExec(() -> {
					if (!control.isDisposed() && file.equals(loading)) {
						loading = null;
						canvas.show(result, reason);
					}
				});
			}
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}

	private List<PanoramaPin> pinsShown() {
		return location == null || panorama == null ? List.of() : Locations.pins(location, panorama);
	}

	private void refreshPins() {
		List<PanoramaPin> list = pinsShown();
		PanoramaPin chosen = pins.selected();
		pins.show(list);
		canvas.pins(list, list.contains(chosen) ? chosen : null);
	}

	private void askPin(double yaw, double pitch) {
		if (location == null || panorama == null) {
			return;
		}
		InputDialog d = new InputDialog(control.getShell(), Messages.addPinTitle,
				NLS.bind(Messages.addPinMessage, Math.round(yaw), Math.round(pitch)), "", //$NON-NLS-1$
				t -> t.isBlank() ? "" : null); //$NON-NLS-1$
		if (d.open() == IDialogConstants.OK_ID) {
			pin(yaw, pitch, d.getValue().strip());
		}
	}

	/** Pins a note at a direction of the panorama shown, as one command; returns whether it ran. */
	boolean pin(double yaw, double pitch, String text) {
		if (location == null || panorama == null || view.domain() == null) {
			return false;
		}
		return view.execute(Locations.pin(view.domain(), location, panorama, yaw, pitch, text));
	}

	private void editPin(PanoramaPin p) {
		InputDialog d = new InputDialog(control.getShell(), Messages.editPinTitle, Messages.editPinMessage, p.getText(),
				t -> t.isBlank() ? "" : null); //$NON-NLS-1$
		if (d.open() == IDialogConstants.OK_ID && !d.getValue().strip().equals(p.getText())) {
			view.execute(Locations.edit(view.domain(), p, d.getValue().strip()));
		}
	}

	/** The viewer (tests). */
	PanoramaCanvas canvas() {
		return canvas;
	}

	/** The notes listed (tests). */
	PinsTable pins() {
		return pins;
	}

	/** The panorama shown (its name as the location lists it), or null. */
	String panorama() {
		return panorama;
	}

	/** Whether a panorama is still loading. */
	boolean loading() {
		return loading != null;
	}

	void setFocus() {
		canvas.control().setFocus();
	}
}
