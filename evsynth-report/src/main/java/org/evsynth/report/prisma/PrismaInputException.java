package org.evsynth.report.prisma;

import java.nio.file.Path;

/**
 * A counts file that cannot be read; the message starts with the file, the line and the column, as every evsynth
 * input error does.
 */
public final class PrismaInputException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    PrismaInputException(Path file, int line, String column, String problem) {
        super(file + (line > 0 ? ", line " + line : "") + (column != null ? ", column " + column : "") + ": "
                + problem);
    }
}
