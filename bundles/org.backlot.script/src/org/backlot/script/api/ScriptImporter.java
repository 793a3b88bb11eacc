// SPDX-License-Identifier: EPL-2.0
package org.backlot.script.api;

/**
 * Reads one screenplay format, contributed through the
 * {@value #EXTENSION_POINT} extension point. Implementations are stateless
 * and may be called from any thread.
 */
public interface ScriptImporter {
	/** The id of the extension point that contributes importers. */
	String EXTENSION_POINT = "org.backlot.script.importers"; //$NON-NLS-1$

	/**
	 * Says how sure this importer is that it reads the source, from its content
	 * (the extension is only a hint): 0 not at all, 100 certain.
	 */
	int detect(ScriptSource source);

	/**
	 * Reads the source.
	 *
	 * @throws ScriptFormatException when the file cannot be read as this format,
	 *                               with a message naming the problem
	 */
	ParsedScript read(ScriptSource source) throws ScriptFormatException;
}
