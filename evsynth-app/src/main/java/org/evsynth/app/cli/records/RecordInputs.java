package org.evsynth.app.cli.records;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.evsynth.app.cli.review.ReviewOptions;
import org.evsynth.records.io.ImportResult;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The record files a command reads, and how to read them: shared by `records` and `dedup`. */
final class RecordInputs {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Record files.")
    List<Path> files;

    @Option(names = "--input-format", paramLabel = "ID",
            description = "Read every file as ris, pubmed, endnote-xml, bibtex, wos or csv instead of detecting.")
    String inputFormat;

    @Option(names = "--columns", paramLabel = "MAPPING",
            description = "CSV column mapping, e.g. \"title=Article Title;authors=AU;year=PY\".")
    String columns;

    /** Whether the only argument is a review folder: then the command acts on the review. */
    boolean isReview(ReviewOptions review) {
        return files.size() == 1 && review.isReview(files.get(0));
    }

    /** Whether options that only concern reading files were given. */
    boolean fileOptionsGiven() {
        return inputFormat != null || columns != null;
    }

    /** Reads every file. */
    ImportResult read() throws IOException {
        return RecordFiles.read(files, inputFormat, columns);
    }
}
