package org.evsynth.app.cli.records;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import org.evsynth.app.cli.CommandFailure;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.evsynth.records.io.CsvReader;
import org.evsynth.records.io.ColumnMapping;
import org.evsynth.records.io.ImportResult;
import org.evsynth.records.io.RecordReader;
import org.evsynth.records.io.RecordReaders;

/**
 * Reads the record files of the {@code records} and {@code dedup} commands: formats detected from content
 * unless {@code --input-format} names one, CSV columns mapped by {@code --columns} when given.
 */
final class RecordFiles {

    private RecordFiles() {
    }

    /**
     * Reads every file in order.
     *
     * @param inputFormat a reader id, or null to detect each file's format
     * @param columns     a CSV column mapping ({@link ColumnMapping#parse}), or null for the defaults
     * @throws IOException naming the file that is missing, unreadable or not recognised
     * @throws IllegalArgumentException for an unknown format or a bad column mapping
     */
    static ImportResult read(List<Path> files, String inputFormat, String columns) throws IOException {
        RecordReader reader = reader(inputFormat, columns);
        List<ImportResult> results = new ArrayList<>();
        for (Path file : files) {
            try {
                results.add(reader == null ? RecordReaders.read(file) : reader.read(file));
            } catch (NoSuchFileException | AccessDeniedException e) {
                throw e;
            } catch (IOException e) {
                throw CommandFailure.badInput(e.getMessage(), e);
            }
        }
        return ImportResult.concat(results);
    }

    private static RecordReader reader(String inputFormat, String columns) {
        if (columns != null) {
            if (inputFormat != null && !inputFormat.equalsIgnoreCase("csv")) {
                throw new IllegalArgumentException("--columns applies to CSV input, not --input-format " + inputFormat);
            }
            return new CsvReader(ColumnMapping.parse(columns));
        }
        return inputFormat == null ? null : RecordReaders.forId(inputFormat);
    }
}
