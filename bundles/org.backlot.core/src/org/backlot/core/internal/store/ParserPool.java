// SPDX-License-Identifier: EPL-2.0
package org.backlot.core.internal.store;

import org.eclipse.emf.ecore.xmi.XMLParserPool;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;

/** One XML parser pool for all loads: reusing parsers makes loading large studios faster. */
final class ParserPool {
	static final XMLParserPool INSTANCE = new XMLParserPoolImpl();

	private ParserPool() {
	}
}
