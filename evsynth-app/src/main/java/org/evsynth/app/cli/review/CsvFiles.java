package org.evsynth.app.cli.review;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.evsynth.app.cli.CommandFailure;
import org.evsynth.review.CsvSource;

/** The CSV file of a bulk import, opened as the review's imports take it. */
final class CsvFiles {

    private CsvFiles() {
    }

    /** @throws CommandFailure (bad input) when the file does not exist */
    static CsvSource open(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw CommandFailure.badInput(file + ": no such file");
        }
        return new CsvSource(file.toString(), Files.newBufferedReader(file, StandardCharsets.UTF_8));
    }
}
