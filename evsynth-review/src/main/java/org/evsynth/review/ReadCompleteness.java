package org.evsynth.review;

import java.util.Optional;
import org.evsynth.records.io.ImportResult;
import org.evsynth.records.io.ImportWarning;

/**
 * Whether a reader read its whole file. An import is all or nothing, so a file whose reading stopped part-way (XML
 * that is not well formed, or that declares entities, which the reader refuses) adds nothing at all.
 *
 * <p>The records module says so today only in the warning it adds when it stops; this is the one place that reads
 * that warning, to be replaced by the module's typed failure when it has one.
 */
final class ReadCompleteness {

    private ReadCompleteness() {
    }

    /** The warning that says where reading stopped, when it stopped before the end of the file. */
    static Optional<ImportWarning> stopped(ImportResult result) {
        return result.warnings().stream().filter(w -> w.message().contains("reading stopped")).findFirst();
    }
}
