// SPDX-License-Identifier: EPL-2.0
package org.backlot.app.internal;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.ICoolBarManager;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.action.ToolBarContributionItem;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/**
 * The main menu (File, Edit, Window, Help) and tool bar. Plugins add their
 * items through org.eclipse.ui.menus into the named groups kept here
 * ("open", "additions", "group.intro", ...).
 */
public class BacklotActionBarAdvisor extends ActionBarAdvisor {
	/** Group in the File menu for Open and Open Recent. */
	public static final String GROUP_OPEN = "open"; //$NON-NLS-1$

	/** Creates the advisor for one window. */
	public BacklotActionBarAdvisor(IActionBarConfigurer configurer) {
		super(configurer);
	}

	@Override
	protected void makeActions(IWorkbenchWindow window) {
		for (ActionFactory f : new ActionFactory[] { ActionFactory.NEW, ActionFactory.CLOSE, ActionFactory.CLOSE_ALL,
				ActionFactory.SAVE, ActionFactory.SAVE_AS, ActionFactory.SAVE_ALL, ActionFactory.IMPORT, ActionFactory.EXPORT,
				ActionFactory.QUIT, ActionFactory.UNDO, ActionFactory.REDO, ActionFactory.CUT, ActionFactory.COPY,
				ActionFactory.PASTE, ActionFactory.DELETE, ActionFactory.SELECT_ALL, ActionFactory.RESET_PERSPECTIVE,
				ActionFactory.PREFERENCES, ActionFactory.ABOUT }) {
			register(f.create(window));
		}
	}

	private org.eclipse.jface.action.IAction action(ActionFactory f) {
		return getAction(f.getId());
	}

	@Override
	protected void fillMenuBar(IMenuManager menuBar) {
		IWorkbenchWindow window = getActionBarConfigurer().getWindowConfigurer().getWindow();
		menuBar.add(fileMenu(window));
		menuBar.add(editMenu());
		menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		menuBar.add(windowMenu(window));
		menuBar.add(helpMenu());
	}

	private MenuManager fileMenu(IWorkbenchWindow window) {
		MenuManager m = new MenuManager(Messages.menuFile, IWorkbenchActionConstants.M_FILE);
		m.add(new GroupMarker(IWorkbenchActionConstants.FILE_START));
		MenuManager newMenu = new MenuManager(Messages.menuNew, ActionFactory.NEW.getId());
		newMenu.add(ContributionItemFactory.NEW_WIZARD_SHORTLIST.create(window));
		m.add(newMenu);
		m.add(new GroupMarker(IWorkbenchActionConstants.NEW_EXT));
		m.add(new Separator(GROUP_OPEN));
		MenuManager recent = new MenuManager(Messages.menuOpenRecent, "openRecent"); //$NON-NLS-1$
		recent.add(ContributionItemFactory.REOPEN_EDITORS.create(window));
		m.add(recent);
		m.add(new Separator(IWorkbenchActionConstants.CLOSE_EXT));
		m.add(action(ActionFactory.CLOSE));
		m.add(action(ActionFactory.CLOSE_ALL));
		m.add(new Separator(IWorkbenchActionConstants.SAVE_GROUP));
		m.add(action(ActionFactory.SAVE));
		m.add(action(ActionFactory.SAVE_AS));
		m.add(action(ActionFactory.SAVE_ALL));
		m.add(new Separator(IWorkbenchActionConstants.IMPORT_EXT));
		m.add(action(ActionFactory.IMPORT));
		m.add(action(ActionFactory.EXPORT));
		m.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		m.add(new Separator(IWorkbenchActionConstants.FILE_END));
		m.add(action(ActionFactory.QUIT));
		return m;
	}

	private MenuManager editMenu() {
		MenuManager m = new MenuManager(Messages.menuEdit, IWorkbenchActionConstants.M_EDIT);
		m.add(new GroupMarker(IWorkbenchActionConstants.EDIT_START));
		m.add(action(ActionFactory.UNDO));
		m.add(action(ActionFactory.REDO));
		m.add(new GroupMarker(IWorkbenchActionConstants.UNDO_EXT));
		m.add(new Separator(IWorkbenchActionConstants.CUT_EXT));
		m.add(action(ActionFactory.CUT));
		m.add(action(ActionFactory.COPY));
		m.add(action(ActionFactory.PASTE));
		m.add(new Separator());
		m.add(action(ActionFactory.DELETE));
		m.add(action(ActionFactory.SELECT_ALL));
		m.add(new Separator(IWorkbenchActionConstants.FIND_EXT));
		m.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		m.add(new GroupMarker(IWorkbenchActionConstants.EDIT_END));
		return m;
	}

	private MenuManager windowMenu(IWorkbenchWindow window) {
		MenuManager m = new MenuManager(Messages.menuWindow, IWorkbenchActionConstants.M_WINDOW);
		MenuManager perspectives = new MenuManager(Messages.menuOpenPerspective, "openPerspective"); //$NON-NLS-1$
		perspectives.add(ContributionItemFactory.PERSPECTIVES_SHORTLIST.create(window));
		m.add(perspectives);
		MenuManager views = new MenuManager(Messages.menuShowView, "showView"); //$NON-NLS-1$
		views.add(ContributionItemFactory.VIEWS_SHORTLIST.create(window));
		m.add(views);
		m.add(new Separator());
		m.add(action(ActionFactory.RESET_PERSPECTIVE));
		m.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		m.add(action(ActionFactory.PREFERENCES));
		return m;
	}

	private MenuManager helpMenu() {
		MenuManager m = new MenuManager(Messages.menuHelp, IWorkbenchActionConstants.M_HELP);
		m.add(new GroupMarker(IWorkbenchActionConstants.HELP_START));
		m.add(new GroupMarker("group.intro")); //$NON-NLS-1$
		m.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		m.add(new Separator("group.about")); //$NON-NLS-1$
		m.add(action(ActionFactory.ABOUT));
		m.add(new GroupMarker(IWorkbenchActionConstants.HELP_END));
		return m;
	}

	@Override
	protected void fillCoolBar(ICoolBarManager coolBar) {
		IToolBarManager file = new ToolBarManager(SWT.FLAT | SWT.RIGHT);
		file.add(new GroupMarker(IWorkbenchActionConstants.NEW_EXT));
		file.add(action(ActionFactory.SAVE));
		file.add(new Separator());
		file.add(action(ActionFactory.UNDO));
		file.add(action(ActionFactory.REDO));
		file.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		coolBar.add(new ToolBarContributionItem(file, IWorkbenchActionConstants.TOOLBAR_FILE));
	}
}
