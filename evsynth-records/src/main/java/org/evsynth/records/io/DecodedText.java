package org.evsynth.records.io;

import java.util.ArrayList;
import java.util.List;

/**
 * A file's text and how it was decoded.
 *
 * @param text             the content, without byte order mark
 * @param charset          what was used: "UTF-8", "windows-1252", "UTF-8 and windows-1252" (per line),
 *                         "UTF-16LE", "UTF-16BE", "UTF-32LE" or "UTF-32BE"
 * @param hadBom           whether a byte order mark was removed
 * @param windows1252Lines the 1-based lines that were not valid UTF-8 and were read as windows-1252
 * @param notes            what the decoder has to say about the file, as warnings without a file name
 */
public record DecodedText(String text, String charset, boolean hadBom, List<Integer> windows1252Lines,
        List<Note> notes) {

    /**
     * One thing to warn about.
     *
     * @param line    1-based line, 0 for the whole file
     * @param message what was done
     */
    public record Note(int line, String message) {
    }

    public DecodedText {
        windows1252Lines = List.copyOf(windows1252Lines);
        notes = List.copyOf(notes);
    }

    /** The result with the decoding notes prepended to its warnings. */
    public ImportResult withDecodingWarnings(ImportResult result, String file) {
        if (notes.isEmpty()) {
            return result;
        }
        List<ImportWarning> warnings = new ArrayList<>();
        for (Note note : notes) {
            warnings.add(new ImportWarning(file, note.line(), null, note.message()));
        }
        warnings.addAll(result.warnings());
        return new ImportResult(result.records(), warnings);
    }
}
