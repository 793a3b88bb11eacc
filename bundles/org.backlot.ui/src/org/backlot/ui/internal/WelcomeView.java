// SPDX-License-Identifier: EPL-2.0
package org.backlot.ui.internal;

import java.util.Arrays;
import java.util.Comparator;

import org.backlot.ui.api.BacklotUi;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.WorkbenchException;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.forms.widgets.TableWrapData;
import org.eclipse.ui.forms.widgets.TableWrapLayout;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.jface.dialogs.ErrorDialog;

/** The Welcome page: what Backlot is, and a link to every installed perspective. */
public class WelcomeView extends ViewPart {
	private FormToolkit toolkit;
	private ScrolledForm form;

	@Override
	public void createPartControl(Composite parent) {
		toolkit = new FormToolkit(parent.getDisplay());
		form = toolkit.createScrolledForm(parent);
		form.setText(Messages.welcomeTitle);
		toolkit.decorateFormHeading(form.getForm());
		TableWrapLayout layout = new TableWrapLayout();
		layout.leftMargin = 16;
		layout.rightMargin = 16;
		layout.verticalSpacing = 12;
		form.getBody().setLayout(layout);

		toolkit.createLabel(form.getBody(), Messages.welcomeIntro, SWT.WRAP).setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB));
		createPerspectiveSection();
		Button show = toolkit.createButton(form.getBody(), Messages.welcomeShowAtStart, SWT.CHECK);
		IPreferenceStore prefs = BacklotUi.preferences();
		show.setSelection(prefs.getBoolean(BacklotUi.PREF_SHOW_WELCOME));
		show.addListener(SWT.Selection, e -> prefs.setValue(BacklotUi.PREF_SHOW_WELCOME, show.getSelection()));
	}

	private void createPerspectiveSection() {
		Section section = toolkit.createSection(form.getBody(), Section.TITLE_BAR | Section.DESCRIPTION);
		section.setText(Messages.welcomePerspectives);
		section.setDescription(Messages.welcomePerspectivesHint);
		section.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB));
		Composite links = toolkit.createComposite(section);
		links.setLayout(new org.eclipse.swt.layout.GridLayout(1, false));
		IPerspectiveDescriptor[] perspectives = getSite().getWorkbenchWindow().getWorkbench().getPerspectiveRegistry().getPerspectives();
		Arrays.sort(perspectives, Comparator.comparing(IPerspectiveDescriptor::getLabel));
		for (IPerspectiveDescriptor p : perspectives) {
			Hyperlink link = toolkit.createHyperlink(links, p.getLabel(), SWT.NONE);
			link.setHref(p.getId());
			link.setData(p);
			link.addHyperlinkListener(new HyperlinkAdapter() {
				@Override
				public void linkActivated(HyperlinkEvent e) {
					openPerspective(p);
				}
			});
			if (p.getDescription() != null && !p.getDescription().isBlank()) {
				toolkit.createLabel(links, p.getDescription(), SWT.WRAP).setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
			}
		}
		section.setClient(links);
	}

	private void openPerspective(IPerspectiveDescriptor p) {
		IWorkbenchWindow window = getSite().getWorkbenchWindow();
		try {
			window.getWorkbench().showPerspective(p.getId(), window);
		} catch (WorkbenchException e) {
			ErrorDialog.openError(window.getShell(), Messages.welcomeTitle, e.getMessage(), e.getStatus());
		}
	}

	/** For tests: the form holding the page. */
	ScrolledForm form() {
		return form;
	}

	@Override
	public void setFocus() {
		form.setFocus();
	}

	@Override
	public void dispose() {
		if (toolkit != null) {
			toolkit.dispose();
		}
		super.dispose();
	}
}
