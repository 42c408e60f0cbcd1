package dev.frontline.imports.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * How the bytes of an exported file become text. CRMs and spreadsheets write UTF-8 (Excel's "CSV UTF-8" with a
 * byte-order mark, most exports without), UTF-16 with a byte-order mark (Excel's "Unicode text"), or, from older
 * Excel and Windows tools, Windows-1252. Text that is valid UTF-8 is read as UTF-8; any other is Windows-1252, or
 * Latin-1 for the five bytes Windows-1252 leaves undefined. The encoding used is named, for the import report.
 */
final class TextDecoding {

    /** Text and the name of the encoding it was read in. */
    record Decoded(String text, String encoding) {
    }

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoding() {
    }

    static Decoded decode(byte[] bytes) {
        if (starts(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), "UTF-8 with BOM");
        }
        if (starts(bytes, 0xFF, 0xFE)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE");
        }
        if (starts(bytes, 0xFE, 0xFF)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE");
        }
        String utf8 = strictly(bytes, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return new Decoded(utf8, "UTF-8");
        }
        String windows = strictly(bytes, WINDOWS_1252);
        return windows != null ? new Decoded(windows, "Windows-1252")
                : new Decoded(new String(bytes, StandardCharsets.ISO_8859_1), "ISO-8859-1");
    }

    private static boolean starts(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static @org.jspecify.annotations.Nullable String strictly(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
