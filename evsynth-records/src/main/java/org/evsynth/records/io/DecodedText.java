package org.evsynth.records.io;

import java.util.ArrayList;
import java.util.List;

/**
 * A file's text and how it was decoded.
 *
 * @param text    the content, without byte order mark
 * @param charset the charset used, "UTF-8" or "windows-1252"
 * @param hadBom  whether a UTF-8 byte order mark was removed
 * @param firstMalformedLine 1-based line of the first byte sequence that was not UTF-8, 0 when all was UTF-8
 */
public record DecodedText(String text, String charset, boolean hadBom, int firstMalformedLine) {

    /** Whether the file was not valid UTF-8 and had to be read as windows-1252. */
    public boolean fellBack() {
        return firstMalformedLine > 0;
    }

    /** The result with a warning about the fall-back decoding prepended, when there was one. */
    public ImportResult withDecodingWarnings(ImportResult result, String file) {
        if (!fellBack()) {
            return result;
        }
        List<ImportWarning> warnings = new ArrayList<>();
        warnings.add(new ImportWarning(file, firstMalformedLine, null,
                "not valid UTF-8; read as " + charset + " (Latin-1); check accented letters"));
        warnings.addAll(result.warnings());
        return new ImportResult(result.records(), warnings);
    }
}
