package org.evsynth.records.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Decodes export files. Databases write UTF-8, sometimes with a byte order mark; older tools write Latin-1 or
 * windows-1252; EndNote's "Unicode" exports and some Windows tools write UTF-16 with a byte order mark.
 *
 * <p>Without a UTF-16 or UTF-32 byte order mark, the text is decoded line by line: a line that is valid UTF-8
 * is read as UTF-8, a line that is not is read as windows-1252 and named in a warning. Strict UTF-8 is tried
 * first because windows-1252 accepts almost any bytes and would hide errors, and per line because one Latin-1
 * line pasted into a UTF-8 file must not turn every "ü" elsewhere into "Ã¼". (A windows-1252 line that
 * happens to be valid UTF-8, such as "Fuß“" alone, is read as UTF-8; such byte pairs are rare in text.)
 * A file with no byte order mark whose zero bytes fall on every other byte is UTF-16, and is read as such
 * with a warning.
 */
public final class TextDecoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** Lines named one by one in a mixed file; beyond these, one warning lists how many more there are. */
    static final int NAMED_LINES = 20;

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

    /** Decodes bytes: by their byte order mark, as UTF-16 when the zero bytes say so, else line by line. */
    public static DecodedText decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return perLine(bytes, 3, true);
        }
        if (startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
            return wide(bytes, 4, Charset.forName("UTF-32LE"), true, List.of());
        }
        if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
            return wide(bytes, 4, Charset.forName("UTF-32BE"), true, List.of());
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return wide(bytes, 2, StandardCharsets.UTF_16LE, true, List.of());
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return wide(bytes, 2, StandardCharsets.UTF_16BE, true, List.of());
        }
        Charset sixteen = utf16ByZeroBytes(bytes);
        if (sixteen != null) {
            return wide(bytes, 0, sixteen, false, List.of(new DecodedText.Note(0, "no byte order mark; read as "
                    + sixteen.name() + ", which its zero bytes show")));
        }
        return perLine(bytes, 0, false);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
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

    /**
     * UTF-16 without a byte order mark: text that is mostly ASCII has a zero in the high byte of most code
     * units, so zeros gather on the odd bytes (little-endian) or the even bytes (big-endian) of the start.
     */
    private static Charset utf16ByZeroBytes(byte[] bytes) {
        int n = Math.min(bytes.length, 4096) & ~1;
        if (n < 4) {
            return null;
        }
        int even = 0;
        int odd = 0;
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                even += (i & 1) == 0 ? 1 : 0;
                odd += (i & 1) == 1 ? 1 : 0;
            }
        }
        int units = n / 2;
        if (odd >= 0.4 * units && even <= 0.05 * units) {
            return StandardCharsets.UTF_16LE;
        }
        if (even >= 0.4 * units && odd <= 0.05 * units) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** UTF-16 or UTF-32: malformed units become U+FFFD, with a warning naming the first line that had one. */
    private static DecodedText wide(byte[] bytes, int start, Charset charset, boolean bom, List<DecodedText.Note> notes) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        int bad = 0;
        int firstBadLine = 0;
        while (true) {
            CoderResult r = decoder.decode(in, out, true);
            if (!r.isError()) {
                decoder.flush(out);
                break;
            }
            if (bad++ == 0) {
                String sofar = out.duplicate().flip().toString();
                firstBadLine = new LineIndex(sofar).lineAt(sofar.length());
            }
            out.put('\uFFFD');
            // Java reports a lone high surrogate together with the unit after it; only the surrogate is bad.
            in.position(in.position() + Math.min(r.length(), charset == StandardCharsets.UTF_16LE
                    || charset == StandardCharsets.UTF_16BE ? 2 : r.length()));
        }
        List<DecodedText.Note> all = new ArrayList<>(notes);
        if (bad > 0) {
            all.add(new DecodedText.Note(firstBadLine, String.format(Locale.ROOT,
                    "not valid %s in %d places (the first on this line); replaced by U+FFFD", charset.name(), bad)));
        }
        String text = out.flip().toString();
        return new DecodedText(withoutBom(text), charset.name(), bom, List.of(), all);
    }

    /** UTF-8, whole if it is valid, otherwise line by line with windows-1252 for the lines that are not. */
    private static DecodedText perLine(byte[] bytes, int start, boolean bom) {
        try {
            String text = strictUtf8().decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
            return new DecodedText(withoutBom(text), "UTF-8", bom, List.of(), List.of());
        } catch (CharacterCodingException e) {
            return new LineDecoder(bytes, start).decode(bom);
        }
    }

    private static CharsetDecoder strictUtf8() {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static String withoutBom(String text) {
        return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    }

    /** Decodes line by line; lines end at CRLF, CR or LF, which are the same bytes in both charsets. */
    private static final class LineDecoder {
        private final byte[] bytes;
        private final int start;
        private final CharsetDecoder utf8 = strictUtf8();
        private final StringBuilder out;
        private final List<Integer> fallbackLines = new ArrayList<>();
        private int utf8NonAsciiLines;

        LineDecoder(byte[] bytes, int start) {
            this.bytes = bytes;
            this.start = start;
            this.out = new StringBuilder(bytes.length);
        }

        DecodedText decode(boolean bom) {
            int line = 1;
            int i = start;
            while (i < bytes.length) {
                int end = i;
                while (end < bytes.length && bytes[end] != '\n' && bytes[end] != '\r') {
                    end++;
                }
                decodeLine(i, end, line);
                int next = end < bytes.length && bytes[end] == '\r' && end + 1 < bytes.length && bytes[end + 1] == '\n'
                        ? end + 2 : Math.min(end + 1, bytes.length);
                for (int k = end; k < next; k++) {
                    out.append((char) bytes[k]);
                }
                i = next;
                line++;
            }
            boolean wholeFile = utf8NonAsciiLines == 0;
            return new DecodedText(withoutBom(out.toString()), wholeFile ? "windows-1252" : "UTF-8 and windows-1252",
                    bom, fallbackLines, wholeFile ? wholeFileNote() : lineNotes());
        }

        private void decodeLine(int from, int to, int line) {
            boolean ascii = true;
            for (int k = from; k < to && ascii; k++) {
                ascii = bytes[k] >= 0;
            }
            if (ascii) {
                out.append(new String(bytes, from, to - from, StandardCharsets.ISO_8859_1));
                return;
            }
            try {
                out.append(utf8.decode(ByteBuffer.wrap(bytes, from, to - from)));
                utf8NonAsciiLines++;
            } catch (CharacterCodingException e) {
                out.append(new String(bytes, from, to - from, WINDOWS_1252));
                fallbackLines.add(line);
            }
        }

        private List<DecodedText.Note> wholeFileNote() {
            return List.of(new DecodedText.Note(fallbackLines.get(0), String.format(Locale.ROOT,
                    "not valid UTF-8; read as windows-1252 (Latin-1): %d lines with accented letters, the first "
                            + "on this line; check them", fallbackLines.size())));
        }

        private List<DecodedText.Note> lineNotes() {
            List<DecodedText.Note> notes = new ArrayList<>();
            for (int k = 0; k < fallbackLines.size() && k < NAMED_LINES; k++) {
                notes.add(new DecodedText.Note(fallbackLines.get(k), "this line is not valid UTF-8 (the rest of the "
                        + "file is); read as windows-1252 (Latin-1): check its accented letters"));
            }
            if (fallbackLines.size() > NAMED_LINES) {
                notes.add(new DecodedText.Note(fallbackLines.get(NAMED_LINES), String.format(Locale.ROOT,
                        "and %d more lines from here on that are not valid UTF-8, read as windows-1252",
                        fallbackLines.size() - NAMED_LINES)));
            }
            return notes;
        }
    }
}
