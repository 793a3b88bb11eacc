// SPDX-License-Identifier: EPL-2.0
package org.backlot.script.api;

/**
 * One title-page entry.
 *
 * @param key   the key as written, lower case ("title", "credit", "author", "draft date")
 * @param value the value; lines separated by '\n'
 */
public record TitleEntry(String key, String value) {
}
