// SPDX-License-Identifier: EPL-2.0
package org.backlot.permits.ui.internal.editor;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.backlot.model.permits.Hazard;
import org.backlot.model.permits.PermitApplication;
import org.backlot.model.permits.PermitsPackage.Literals;
import org.backlot.model.production.Person;
import org.backlot.model.production.Production;
import org.backlot.permits.ui.internal.Texts;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

/** The application's own fields: description, applicant, person in charge, head-count, vehicles, equipment, hazards; each edit one command. */
final class DetailsPanel {
	private final ScrolledComposite scroll;
	private final Composite form;
	private final Edits edits;
	private final Bindings bindings = new Bindings();
	private final Label authority;
	private final Combo person;
	private final List<Person> people = new ArrayList<>();
	private final Spinner headCount;
	private final Map<Hazard, Button> hazards = new EnumMap<>(Hazard.class);
	private final Label reference;
	private final Label permit;
	private PermitApplication shown;

	DetailsPanel(Composite parent, Edits edits) {
		this.edits = edits;
		scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		form = new Composite(scroll, SWT.NONE);
		form.setLayout(new GridLayout(2, false));
		scroll.setContent(form);
		scroll.setExpandHorizontal(true);
		scroll.setExpandVertical(true);
		authority = value(Messages.labelAuthority);
		text(Messages.labelDescription, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL, 3, a -> a.getDescription(), (a, v) -> edits.set(a,
				Literals.PERMIT_APPLICATION__DESCRIPTION, blankNull(v), Messages.fieldDescription));
		text(Messages.labelApplicant, SWT.SINGLE, 1, PermitApplication::getApplicant,
				(a, v) -> edits.set(a, Literals.PERMIT_APPLICATION__APPLICANT, blankNull(v), Messages.fieldApplicant));
		label(Messages.labelPerson);
		person = new Combo(form, SWT.READ_ONLY);
		person.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		person.addListener(SWT.Selection, e -> {
			int i = person.getSelectionIndex();
			if (shown != null && i >= 0 && !bindings.updating()) {
				edits.set(shown, Literals.PERMIT_APPLICATION__PERSON_IN_CHARGE, i == 0 ? null : people.get(i - 1), Messages.fieldPerson);
			}
		});
		label(Messages.labelHeadCount);
		headCount = bindings.spinner(spinner(), () -> shown == null ? 0 : shown.getHeadCount(),
				v -> setInt(Literals.PERMIT_APPLICATION__HEAD_COUNT, v, Messages.fieldHeadCount));
		label(Messages.labelVehicles);
		bindings.spinner(spinner(), () -> shown == null ? 0 : shown.getVehicleCount(),
				v -> setInt(Literals.PERMIT_APPLICATION__VEHICLE_COUNT, v, Messages.fieldVehicleCount));
		text(Messages.labelVehicleTypes, SWT.SINGLE, 1, PermitApplication::getVehicleTypes,
				(a, v) -> edits.set(a, Literals.PERMIT_APPLICATION__VEHICLE_TYPES, blankNull(v), Messages.fieldVehicleTypes));
		text(Messages.labelEquipment, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL, 2, PermitApplication::getEquipment,
				(a, v) -> edits.set(a, Literals.PERMIT_APPLICATION__EQUIPMENT, blankNull(v), Messages.fieldEquipment));
		Label h = label(Messages.labelHazards);
		((GridData) h.getLayoutData()).verticalAlignment = SWT.TOP;
		Composite boxes = new Composite(form, SWT.NONE);
		GridLayout grid = new GridLayout(2, true);
		grid.marginWidth = 0;
		grid.marginHeight = 0;
		boxes.setLayout(grid);
		boxes.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		for (Hazard hz : Hazard.VALUES) {
			Button b = new Button(boxes, SWT.CHECK);
			b.setText(Texts.hazard(hz));
			b.addListener(SWT.Selection, e -> toggle(hz, b.getSelection()));
			hazards.put(hz, b);
		}
		reference = value(Messages.labelReference);
		permit = value(Messages.labelPermit);
		form.setSize(form.computeSize(SWT.DEFAULT, SWT.DEFAULT));
		scroll.setMinSize(form.computeSize(SWT.DEFAULT, SWT.DEFAULT));
	}

	private void setInt(org.eclipse.emf.ecore.EAttribute feature, int value, String name) {
		if (shown != null) {
			edits.set(shown, feature, value, name);
		}
	}

	private void toggle(Hazard h, boolean on) {
		if (shown == null || bindings.updating() || shown.getHazards().contains(h) == on) {
			return;
		}
		String label = NLS.bind(on ? Messages.cmdHazardOn : Messages.cmdHazardOff, Texts.hazard(h), edits.authority(shown));
		if (on) {
			edits.add(shown, Literals.PERMIT_APPLICATION__HAZARDS, h, label);
		} else {
			edits.remove(shown, Literals.PERMIT_APPLICATION__HAZARDS, h, label);
		}
	}

	Control control() {
		return scroll;
	}

	/** Shows the application's values (after any change). */
	void show(PermitApplication a, Production p) {
		shown = a;
		authority.setText(Texts.authority(a.getAuthority()));
		bindings.read();
		people.clear();
		people.addAll(p.getPeople());
		bindings.quietly(() -> {
			String[] items = new String[people.size() + 1];
			items[0] = Messages.noPerson;
			for (int i = 0; i < people.size(); i++) {
				Person x = people.get(i);
				String name = x.getName() == null ? "" : x.getName(); //$NON-NLS-1$
				if (x.getNameAlt() != null && !x.getNameAlt().isBlank() && !x.getNameAlt().equals(name)) {
					name = NLS.bind(Messages.personNames, name, x.getNameAlt());
				}
				items[i + 1] = x.getRole() == null || x.getRole().isBlank() ? name : NLS.bind(Messages.personLabel, name, x.getRole());
			}
			if (!java.util.Arrays.equals(items, person.getItems())) {
				person.setItems(items);
			}
			person.select(a.getPersonInCharge() == null ? 0 : people.indexOf(a.getPersonInCharge()) + 1);
			for (Map.Entry<Hazard, Button> e : hazards.entrySet()) {
				e.getValue().setSelection(a.getHazards().contains(e.getKey()));
			}
		});
		reference.setText(a.getReference() == null ? "" : a.getReference()); //$NON-NLS-1$
		String number = a.getPermitNumber() == null ? "" : a.getPermitNumber(); //$NON-NLS-1$
		String conditions = a.getConditions() == null || a.getConditions().isBlank() ? "" : " \u2014 " + a.getConditions(); //$NON-NLS-1$ //$NON-NLS-2$
		permit.setText(number + conditions);
		form.layout(true, true);
		scroll.setMinSize(form.computeSize(SWT.DEFAULT, SWT.DEFAULT));
	}

	/** The head-count spinner (tests). */
	Spinner headCount() {
		return headCount;
	}

	private Label label(String text) {
		Label l = new Label(form, SWT.NONE);
		l.setText(text);
		l.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
		return l;
	}

	private Label value(String title) {
		label(title);
		Label v = new Label(form, SWT.WRAP);
		v.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		return v;
	}

	private Spinner spinner() {
		Spinner s = new Spinner(form, SWT.BORDER);
		s.setMinimum(0);
		s.setMaximum(100000);
		s.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
		((GridData) s.getLayoutData()).widthHint = 80;
		return s;
	}

	private void text(String title, int style, int lines, java.util.function.Function<PermitApplication, String> read,
			java.util.function.BiConsumer<PermitApplication, String> write) {
		Label l = label(title);
		if (lines > 1) {
			((GridData) l.getLayoutData()).verticalAlignment = SWT.TOP;
		}
		Text t = new Text(form, style | SWT.BORDER);
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
		if (lines > 1) {
			data.heightHint = t.getLineHeight() * lines + 6;
		}
		data.widthHint = 200;
		t.setLayoutData(data);
		bindings.text(t, () -> shown == null ? "" : read.apply(shown), v -> { //$NON-NLS-1$
			if (shown != null) {
				write.accept(shown, v);
			}
		});
	}

	private static String blankNull(String v) {
		return v == null || v.isBlank() ? null : v;
	}
}
