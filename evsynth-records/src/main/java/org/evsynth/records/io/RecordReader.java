package org.evsynth.records.io;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;

/**
 * Reads one export format. The contract follows JabRef's importers: an {@link #id()} used as the command
 * line's {@code --format} word, {@link #recognizes(String)} for detection from content, and a read.
 *
 * <p><b>All or nothing.</b> A read has exactly two outcomes, so that an import can take a whole file or none
 * of it:
 * <ul>
 * <li>It returns an {@link ImportResult}: the file was read to its end. Every record in it is in the result;
 * its {@linkplain ImportResult#warnings() warnings} name file, line and field of what was repaired or
 * doubtful in single records (a field that is not a DOI, a control character removed, a record cut short at
 * the end of a truncated file, a record that could not be mapped and was skipped). A caller may import the
 * records and show the warnings.</li>
 * <li>It throws {@link IncompleteFileException}: the file did not parse to its end (XML that stops being
 * well formed or ends too soon, a refused document type declaration). The exception names file, line and
 * column; the caller must import nothing from the file. Its {@link IncompleteFileException#partial()} is for
 * messages only.</li>
 * </ul>
 * Any other {@link IOException} means the input could not be read at all.
 */
public interface RecordReader {

    /** The format's short name: "ris", "pubmed", "endnote-xml", "bibtex", "wos" or "csv". */
    String id();

    /**
     * Whether the text looks like this format. Readers look only at the start of the text (what the format
     * puts first: a header row, a first tag, an XML prolog and root element), however long the file, and
     * must not claim another format's exports: detection then does not depend on the order readers are tried.
     *
     * @param text the decoded text of the file, byte order mark removed
     */
    boolean recognizes(String text);

    /**
     * Reads records from decoded text.
     *
     * @param name  the file name to put in origins and warnings
     * @param input the text; the caller closes it
     * @throws IncompleteFileException when the text does not parse to its end (see the class description)
     * @throws IOException             when the input cannot be read
     */
    ImportResult read(String name, Reader input) throws IOException;

    /**
     * Reads a file, decoding it as {@link TextDecoder} does (UTF-8, windows-1252 lines, UTF-16).
     *
     * @throws IncompleteFileException when the file does not parse to its end
     * @throws IOException             naming the file when it does not exist or cannot be read
     */
    default ImportResult read(Path file) throws IOException {
        DecodedText text = TextDecoder.decode(file);
        ImportResult result = read(file.toString(), new StringReader(text.text()));
        return text.withDecodingWarnings(result, file.toString());
    }
}
