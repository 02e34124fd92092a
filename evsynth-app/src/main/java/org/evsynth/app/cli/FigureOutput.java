package org.evsynth.app.cli;

import java.nio.file.Path;
import java.util.Locale;

import org.evsynth.app.io.InputException;

/** The --out file of a figure command: its format comes from its extension, checked before any work is done. */
final class FigureOutput {

    private FigureOutput() {
    }

    /**
     * Checks that the file names a format FigureFiles writes.
     *
     * @throws InputException naming the file and the extensions accepted
     */
    static void check(Path out) throws InputException {
        String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!(name.endsWith(".svg") || name.endsWith(".png") || name.endsWith(".pdf"))) {
            throw new InputException("cannot tell the format of '" + out
                    + "' from its name: --out must end in .svg, .png or .pdf");
        }
    }
}
