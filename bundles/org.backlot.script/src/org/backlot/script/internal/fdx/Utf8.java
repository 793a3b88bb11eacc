// SPDX-License-Identifier: EPL-2.0
package org.backlot.script.internal.fdx;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.backlot.script.api.ScriptFormatException;
import org.eclipse.osgi.util.NLS;

/**
 * Decodes an XML file that is UTF-8 (no byte-order mark other than UTF-8's, no
 * other encoding declared), so that bad bytes are reported with their line
 * rather than by the XML parser on the console.
 */
final class Utf8 {
	private static final Pattern DECLARED = Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']"); //$NON-NLS-1$
	private static final int PROLOG = 200;

	private Utf8() {
	}

	private static boolean wide(int b0, int b1) {
		return (b0 == 0xfe && b1 == 0xff) || (b0 == 0xff && b1 == 0xfe) || (b0 == 0 && (b1 == '<' || b1 == 0))
				|| (b0 == '<' && b1 == 0);
	}

	/** The text, or null when the file declares or marks another encoding (the parser then decodes it). */
	static String decode(byte[] bytes, String name) throws ScriptFormatException {
		int start = 0;
		if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
			start = 3;
		} else if (bytes.length >= 2 && wide(bytes[0] & 0xff, bytes[1] & 0xff)) {
			return null; // UTF-16 or UTF-32, marked or not
		}
		String prolog = new String(bytes, start, Math.min(PROLOG, bytes.length - start), StandardCharsets.ISO_8859_1);
		Matcher m = DECLARED.matcher(prolog);
		if (m.find()) {
			String enc = m.group(1).toUpperCase(Locale.ROOT);
			if (!enc.equals("UTF-8") && !enc.equals("UTF8")) { //$NON-NLS-1$ //$NON-NLS-2$
				return null;
			}
		}
		CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
		CharBuffer out = CharBuffer.allocate(bytes.length - start + 1);
		CoderResult r = d.decode(in, out, true);
		if (!r.isError()) {
			r = d.flush(out);
		}
		if (r.isError()) {
			int line = 1;
			for (int i = start; i < in.position(); i++) {
				if (bytes[i] == '\n') {
					line++;
				}
			}
			throw new ScriptFormatException(NLS.bind(Messages.notWellFormed,
					new Object[] { name, line, NLS.bind(Messages.notUtf8, Integer.toHexString(bytes[in.position()] & 0xff)) }));
		}
		out.flip();
		return out.toString();
	}
}
