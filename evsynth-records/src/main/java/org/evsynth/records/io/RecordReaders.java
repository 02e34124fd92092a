package org.evsynth.records.io;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The readers evsynth knows, format detection from content, and reading a file whatever its format.
 * Detection looks at content, not the file name, because exports are often saved as ".txt" whatever they
 * hold. Each reader recognises only its own format ({@link RecordReader#recognizes}), so the order in which
 * they are tried does not decide anything; it only saves time.
 */
public final class RecordReaders {

    private static final List<RecordReader> ALL = List.of(new EndNoteXmlReader(), new PubMedReader(),
            new WebOfScienceReader(), new RisReader(), new BibTexReader(), new CsvReader());

    private RecordReaders() {
    }

    /** Every reader. */
    public static List<RecordReader> all() {
        return ALL;
    }

    /** The ids accepted by {@link #forId(String)}. */
    public static List<String> ids() {
        return ALL.stream().map(RecordReader::id).toList();
    }

    /**
     * The reader with this id.
     *
     * @throws IllegalArgumentException naming the id and the known ones
     */
    public static RecordReader forId(String id) {
        String wanted = id.toLowerCase(Locale.ROOT);
        return ALL.stream().filter(r -> r.id().equals(wanted)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("unknown record format '" + id + "'; known: " + ids()));
    }

    /** The reader that recognises the decoded text of a file. */
    public static Optional<RecordReader> detect(String text) {
        String content = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
        for (RecordReader reader : ALL) {
            if (reader.recognizes(content)) {
                return Optional.of(reader);
            }
        }
        return Optional.empty();
    }

    /**
     * Reads a file, detecting its format from its content. An empty file gives no records and a warning.
     *
     * @throws IncompleteFileException when the file does not parse to its end (see {@link RecordReader})
     * @throws IOException naming the file when it is missing or unreadable, or when no reader recognises it
     */
    public static ImportResult read(Path file) throws IOException {
        return read(file.toString(), TextDecoder.decode(file));
    }

    /**
     * Reads the bytes of a file, detecting the format from content.
     *
     * @param name the file name to put in origins and warnings
     * @throws IncompleteFileException     when the content does not parse to its end
     * @throws UnrecognizedFormatException when no reader recognises the content
     */
    public static ImportResult read(String name, byte[] content) throws IOException {
        return read(name, TextDecoder.decode(content));
    }

    private static ImportResult read(String name, DecodedText text) throws IOException {
        if (text.text().isBlank()) {
            return new ImportResult(List.of(), List.of(new ImportWarning(name, 0, null, "file is empty")));
        }
        RecordReader reader = detect(text.text()).orElseThrow(() -> new UnrecognizedFormatException(name));
        return text.withDecodingWarnings(reader.read(name, new StringReader(text.text())), name);
    }

    /**
     * Reads several files in order; positions stay 1-based within each file.
     *
     * @throws IncompleteFileException for the first file that does not parse to its end
     */
    public static ImportResult readAll(List<Path> files) throws IOException {
        List<ImportResult> results = new ArrayList<>();
        for (Path file : files) {
            results.add(read(file));
        }
        return ImportResult.concat(results);
    }
}
