// SPDX-License-Identifier: EPL-2.0
package org.backlot.core.internal.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.backlot.core.api.StoreException;
import org.eclipse.osgi.util.NLS;

/** Reads a file's format version from its root element before EMF loads it. */
final class VersionProbe {
	private VersionProbe() {
	}

	/** The root element's fileVersion, or 0 for files written before versions existed. */
	static int read(Path file) throws StoreException {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
		try (InputStream in = Files.newInputStream(file)) {
			if (Files.size(file) == 0) {
				throw new StoreException(file, 0, NLS.bind(Messages.emptyFile, file), null);
			}
			XMLStreamReader reader = factory.createXMLStreamReader(in);
			try {
				while (reader.hasNext()) {
					if (reader.next() == XMLStreamConstants.START_ELEMENT) {
						String v = reader.getAttributeValue(null, "fileVersion"); //$NON-NLS-1$
						if (v == null) {
							return 0;
						}
						try {
							return Integer.parseInt(v.trim());
						} catch (NumberFormatException e) {
							throw new StoreException(file, reader.getLocation().getLineNumber(),
									NLS.bind(Messages.badVersion, new Object[] { file, reader.getLocation().getLineNumber(), v }), e);
						}
					}
				}
				throw new StoreException(file, 0, NLS.bind(Messages.noContent, file), null);
			} finally {
				reader.close();
			}
		} catch (XMLStreamException e) {
			int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
			throw new StoreException(file, line, NLS.bind(Messages.notXml, new Object[] { file, line, Errors.reason(e) }), e);
		} catch (IOException e) {
			throw new StoreException(file, 0, NLS.bind(Messages.cannotRead, file, e.getMessage()), e);
		}
	}
}
