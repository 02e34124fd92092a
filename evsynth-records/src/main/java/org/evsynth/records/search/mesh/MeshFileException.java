package org.evsynth.records.search.mesh;

import java.nio.file.Path;
import java.util.Locale;

/** A MeSH file that cannot be read: the message names the file, the line and, where known, the column. */
public final class MeshFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MeshFileException(Path file, int line, int column, String problem) {
        super(column > 0
                ? String.format(Locale.ROOT, "%s, line %d, column %d: %s", file.getFileName(), line, column, problem)
                : String.format(Locale.ROOT, "%s, line %d: %s", file.getFileName(), line, problem));
    }

    public MeshFileException(Path file, String problem) {
        super(file.getFileName() + ": " + problem);
    }
}
