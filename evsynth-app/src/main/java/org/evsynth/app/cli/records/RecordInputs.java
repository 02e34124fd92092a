package org.evsynth.app.cli.records;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

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

    /** Reads every file. */
    ImportResult read() throws IOException {
        return RecordFiles.read(files, inputFormat, columns);
    }
}
