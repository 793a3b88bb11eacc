// SPDX-License-Identifier: EPL-2.0
package org.backlot.core.internal.store;

import java.nio.file.Path;

import org.backlot.core.api.StoreException;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.eclipse.osgi.util.NLS;
import org.xml.sax.SAXParseException;

/** Turns the exceptions of XML parsing and EMF loading into one clear message with the line at fault. */
final class Errors {
	private Errors() {
	}

	/** The reason without the parser's location prefix. */
	static String reason(Throwable t) {
		String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
		// StAX prefixes "ParseError at [row,col]:[3,1]\nMessage: ..."
		int i = m.indexOf("Message: "); //$NON-NLS-1$
		return (i >= 0 ? m.substring(i + 9) : m).strip();
	}

	/** Builds the exception for a failed EMF load. */
	static StoreException loadFailed(Path file, Throwable failure) {
		Throwable t = failure;
		while (t instanceof Resource.IOWrappedException && t.getCause() != null && t.getCause() != t) {
			t = t.getCause();
		}
		int line = 0;
		if (t instanceof XMIException x) {
			line = x.getLine();
		} else if (t instanceof SAXParseException s) {
			line = s.getLineNumber();
		} else if (t.getCause() instanceof SAXParseException s) {
			line = s.getLineNumber();
			t = s;
		}
		String reason = reason(t);
		String message = line > 0 ? NLS.bind(Messages.loadFailedAtLine, new Object[] { file, line, reason })
				: NLS.bind(Messages.loadFailed, file, reason);
		return new StoreException(file, line, message, failure);
	}
}
