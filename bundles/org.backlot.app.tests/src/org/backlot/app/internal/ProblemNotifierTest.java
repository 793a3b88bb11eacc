// SPDX-License-Identifier: EPL-2.0
package org.backlot.app.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.backlot.core.api.Contributions;
import org.backlot.core.api.ModelCheck;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

/** A plugin that fails while Backlot is running is named to the user once, in a warning, and Backlot goes on. */
class ProblemNotifierTest {

	@Test
	void aContributionThatFailsAtRunIsShownOnceNamingThePlugin() throws Exception {
		Display display = Display.getCurrent();
		List<String> shown = new ArrayList<>();
		Runnable[] closer = new Runnable[1];
		closer[0] = () -> {
			for (Shell s : display.getShells()) {
				if (Messages.brokenPluginsTitle.equals(s.getText()) && s.isVisible()) {
					shown.add(texts(s));
					s.close();
				}
			}
			display.timerExec(100, closer[0]);
		};
		display.timerExec(100, closer[0]);
		IConfigurationElement element = Platform.getExtensionRegistry().getConfigurationElementsFor(ModelCheck.EXTENSION_POINT)[0];
		String plugin = element.getContributor().getName();
		Thread worker = new Thread(() -> Contributions.reportBroken(element, "notifier test: thrown while working"));
		worker.start();
		worker.join();
		long until = System.currentTimeMillis() + 3000;
		while (System.currentTimeMillis() < until) {
			if (!display.readAndDispatch()) {
				Thread.sleep(20);
			}
		}
		display.timerExec(-1, closer[0]);
		assertEquals(1, shown.size(), "one warning: " + shown);
		assertTrue(shown.get(0).contains(plugin) && shown.get(0).contains("notifier test: thrown while working"), shown.get(0));
		assertTrue(Contributions.takeProblems().isEmpty(), "shown problems are taken, so each is shown once");
	}

	private static String texts(Composite c) {
		StringBuilder s = new StringBuilder();
		for (Control child : c.getChildren()) {
			if (child instanceof Label l) {
				s.append(l.getText()).append('\n');
			} else if (child instanceof Composite k) {
				s.append(texts(k));
			}
		}
		return s.toString();
	}
}
