package org.evsynth.records.io;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;

/**
 * Reads one export format. The contract follows JabRef's importers: an {@link #id()} used as the command
 * line's {@code --format} word, {@link #recognizes(String)} for detection from content, and a read that
 * returns the records it could parse plus line-numbered warnings, so one bad record never aborts an import.
 */
public interface RecordReader {

    /** The format's short name: "ris", "pubmed", "endnote-xml", "bibtex", "wos" or "csv". */
    String id();

    /**
     * Whether the start of a file looks like this format.
     *
     * @param head the first few kilobytes of the decoded text, byte order mark removed
     */
    boolean recognizes(String head);

    /**
     * Reads records from decoded text.
     *
     * @param name  the file name to put in origins and warnings
     * @param input the text; the caller closes it
     * @throws IOException only when the input cannot be read at all; malformed content gives warnings
     */
    ImportResult read(String name, Reader input) throws IOException;

    /**
     * Reads a file, decoding it as UTF-8 with a fall-back to windows-1252 (see {@link TextDecoder}).
     *
     * @throws IOException naming the file when it does not exist or cannot be read
     */
    default ImportResult read(Path file) throws IOException {
        DecodedText text = TextDecoder.decode(file);
        ImportResult result = read(file.toString(), new StringReader(text.text()));
        return text.withDecodingWarnings(result, file.toString());
    }
}
