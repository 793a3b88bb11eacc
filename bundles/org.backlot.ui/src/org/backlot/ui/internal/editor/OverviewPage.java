// SPDX-License-Identifier: EPL-2.0
package org.backlot.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.backlot.core.api.ModelSummary;
import org.backlot.model.production.Production;
import org.backlot.model.production.ProductionPackage;
import org.backlot.ui.internal.Messages;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.forms.widgets.TableWrapData;
import org.eclipse.ui.forms.widgets.TableWrapLayout;

/** The production's overview: its titles and company (edited as commands), and what it holds. */
final class OverviewPage {
	private final EditorModel model;
	private final Runnable onTitleChange;
	private final FormToolkit toolkit;
	private final ScrolledForm form;
	private final List<Field> fields = new ArrayList<>();
	private final Composite contents;
	private final CommandStackListener refresh;

	/** A text bound to an attribute of the production. */
	private record Field(Text text, EAttribute attribute) {
	}

	/** Texts the user has typed into and not yet committed: refreshes leave them alone. */
	private final java.util.Set<Text> editing = new java.util.HashSet<>();
	private boolean updating;

	OverviewPage(Composite parent, EditorModel model, Runnable onTitleChange) {
		this.model = model;
		this.onTitleChange = onTitleChange;
		toolkit = new FormToolkit(parent.getDisplay());
		form = toolkit.createScrolledForm(parent);
		toolkit.decorateFormHeading(form.getForm());
		TableWrapLayout layout = new TableWrapLayout();
		layout.numColumns = 2;
		layout.makeColumnsEqualWidth = true;
		form.getBody().setLayout(layout);

		Composite general = section(Messages.overviewProduction, Messages.overviewProductionHint);
		general.setLayout(new GridLayout(2, false));
		field(general, Messages.overviewTitle, ProductionPackage.Literals.PRODUCTION__TITLE);
		field(general, Messages.overviewOriginalTitle, ProductionPackage.Literals.PRODUCTION__ORIGINAL_TITLE);
		field(general, Messages.overviewTranslatedTitle, ProductionPackage.Literals.PRODUCTION__TRANSLATED_TITLE);
		field(general, Messages.overviewCompany, ProductionPackage.Literals.PRODUCTION__COMPANY);

		contents = section(Messages.overviewContents, Messages.overviewContentsHint);
		contents.setLayout(new GridLayout(2, false));
		refresh = e -> form.getDisplay().asyncExec(this::refresh);
		model.domain().getCommandStack().addCommandStackListener(refresh);
		refresh();
	}

	private Composite section(String title, String description) {
		Section s = toolkit.createSection(form.getBody(), Section.TITLE_BAR | Section.DESCRIPTION);
		s.setText(title);
		s.setDescription(description);
		s.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB));
		Composite c = toolkit.createComposite(s);
		s.setClient(c);
		return c;
	}

	private void field(Composite parent, String label, EAttribute attribute) {
		toolkit.createLabel(parent, label);
		Text text = toolkit.createText(parent, "", SWT.SINGLE); //$NON-NLS-1$
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		text.setData("attribute", attribute.getName()); //$NON-NLS-1$
		text.addListener(SWT.Modify, e -> {
			if (!updating) {
				editing.add(text);
			}
		});
		text.addListener(SWT.DefaultSelection, e -> commit(text, attribute));
		text.addListener(SWT.FocusOut, e -> commit(text, attribute));
		fields.add(new Field(text, attribute));
	}

	private void commit(Text text, EAttribute attribute) {
		if (!editing.remove(text)) {
			return;
		}
		Production p = model.production();
		String value = text.getText().isEmpty() ? null : text.getText();
		if (!Objects.equals(value, p.eGet(attribute))) {
			Command set = SetCommand.create(model.domain(), p, attribute, value);
			model.domain().getCommandStack().execute(set);
		}
	}

	private void refresh() {
		if (form.isDisposed()) {
			return;
		}
		Production p = model.production();
		form.setText(p.getTitle() == null ? "" : p.getTitle()); //$NON-NLS-1$
		for (Field f : fields) {
			Object v = p.eGet(f.attribute());
			String s = v == null ? "" : v.toString(); //$NON-NLS-1$
			if (!f.text().getText().equals(s) && !editing.contains(f.text())) {
				updating = true;
				f.text().setText(s);
				updating = false;
			}
		}
		for (var child : contents.getChildren()) {
			child.dispose();
		}
		for (Map.Entry<String, Object> e : ModelSummary.of(p).entrySet()) {
			String label = Messages.summaryLabel(e.getKey());
			if (label != null) {
				toolkit.createLabel(contents, label);
				Label value = toolkit.createLabel(contents, String.valueOf(e.getValue()));
				value.setData("summary", e.getKey()); //$NON-NLS-1$
			}
		}
		contents.layout(true);
		form.reflow(true);
		onTitleChange.run();
	}

	void setFocus() {
		form.setFocus();
	}

	/** For tests: the text bound to an attribute of the production. */
	Text text(String attribute) {
		return fields.stream().filter(f -> f.attribute().getName().equals(attribute)).map(Field::text).findFirst().orElseThrow();
	}

	void dispose() {
		model.domain().getCommandStack().removeCommandStackListener(refresh);
		toolkit.dispose();
	}
}
