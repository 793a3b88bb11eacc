// SPDX-License-Identifier: EPL-2.0
package org.backlot.script.api;

/**
 * Text decoded from a file's bytes.
 *
 * @param text    the text, without a byte-order mark, line ends as in the file
 * @param charset the name of the character set used ("UTF-8", "GB18030", "ISO-8859-1", "UTF-16LE")
 * @param guessed true when the file did not say (no BOM) and was not valid UTF-8,
 *                so the character set was guessed and the user should be told
 */
public record DecodedText(String text, String charset, boolean guessed) {
}
