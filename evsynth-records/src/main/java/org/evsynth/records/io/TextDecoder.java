package org.evsynth.records.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Decodes export files. Databases write UTF-8, sometimes with a byte order mark; older tools write Latin-1 or
 * windows-1252. Strict UTF-8 is tried first, because windows-1252 accepts almost any bytes and would hide
 * errors; on malformed input the bytes are read as windows-1252 and the line of the first bad byte is kept
 * for a warning.
 */
public final class TextDecoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    /**
     * Reads and decodes a file.
     *
     * @throws IOException with a message naming the file when it is missing, a directory, or unreadable
     */
    public static DecodedText decode(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IOException(file + ": is a directory, not a file of records");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new IOException(file + ": no such file", e);
        } catch (IOException e) {
            throw new IOException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
        return decode(bytes);
    }

    /** Decodes bytes: BOM removed, UTF-8 if valid, otherwise windows-1252. */
    public static DecodedText decode(byte[] bytes) {
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
        int start = bom ? 3 : 0;
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String text = utf8.decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
            return new DecodedText(stripBom(text), "UTF-8", bom, 0);
        } catch (CharacterCodingException e) {
            String text = new String(bytes, start, bytes.length - start, WINDOWS_1252);
            return new DecodedText(text, WINDOWS_1252.name(), bom, lineOfFirstMalformed(bytes, start));
        }
    }

    private static String stripBom(String text) {
        return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    }

    /** 1-based line of the first byte that does not begin or continue a valid UTF-8 sequence. */
    private static int lineOfFirstMalformed(byte[] bytes, int start) {
        int line = 1;
        int i = start;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            int length = b < 0x80 ? 1 : b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3
                    : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
            if (length == 0 || i + length > bytes.length || !continuations(bytes, i + 1, length - 1)) {
                return line;
            }
            if (b == '\n') {
                line++;
            }
            i += length;
        }
        return line;
    }

    private static boolean continuations(byte[] bytes, int from, int count) {
        for (int k = from; k < from + count; k++) {
            if ((bytes[k] & 0xC0) != 0x80) {
                return false;
            }
        }
        return true;
    }
}
