// SPDX-License-Identifier: EPL-2.0
package org.backlot.script.api;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a text file whose character set is not declared: a byte-order mark
 * wins; then strict UTF-8; then GB18030 when the bytes read as Chinese; else
 * ISO-8859-1 (Windows-1252 for its printable extras).
 */
public final class TextDecoding {
	private static final Charset GB18030 = Charset.forName("GB18030"); //$NON-NLS-1$
	private static final Charset CP1252 = Charset.forName("windows-1252"); //$NON-NLS-1$

	private TextDecoding() {
	}

	/** Decodes bytes, saying which character set was used. */
	public static DecodedText decode(byte[] b) {
		if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
			return new DecodedText(new String(b, 3, b.length - 3, StandardCharsets.UTF_8), "UTF-8", false); //$NON-NLS-1$
		}
		if (b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
			return new DecodedText(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE", false); //$NON-NLS-1$
		}
		if (b.length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
			return new DecodedText(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE", false); //$NON-NLS-1$
		}
		String utf8 = strict(b, StandardCharsets.UTF_8);
		if (utf8 != null) {
			return new DecodedText(utf8, "UTF-8", false); //$NON-NLS-1$
		}
		String gb = strict(b, GB18030);
		if (gb != null && han(gb) > 0.3 * nonAscii(gb)) {
			return new DecodedText(gb, "GB18030", true); //$NON-NLS-1$
		}
		String latin = strict(b, CP1252);
		if (latin != null) {
			return new DecodedText(latin, "windows-1252", true); //$NON-NLS-1$
		}
		return new DecodedText(new String(b, StandardCharsets.ISO_8859_1), "ISO-8859-1", true); //$NON-NLS-1$
	}

	private static String strict(byte[] b, Charset cs) {
		CharsetDecoder d = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		try {
			return d.decode(ByteBuffer.wrap(b)).toString();
		} catch (CharacterCodingException e) {
			return null;
		}
	}

	private static int han(String s) {
		return (int) s.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
				|| (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef)).count();
	}

	private static int nonAscii(String s) {
		return (int) s.chars().filter(c -> c > 0x7f).count();
	}
}
