package org.evsynth.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.evsynth.report.render.FigureFiles;
import org.evsynth.report.table.InputException;
import picocli.CommandLine.Model.CommandSpec;

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

    /** The file's extension as written (".svg", ".PNG", ...), or null when it names no format evsynth writes. */
    static String extension(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        for (String extension : List.of(".svg", ".png", ".pdf")) {
            if (lower.endsWith(extension)) {
                return name.substring(name.length() - extension.length());
            }
        }
        return null;
    }

    /**
     * Writes the figure and prints its path on standard output.
     *
     * @return 0
     * @throws CommandFailure (exit code 1) when the file cannot be written
     */
    static int write(String svg, Path out, CommandSpec spec) {
        try {
            FigureFiles.write(svg, out);
        } catch (IOException e) {
            throw CommandFailure.failed("cannot write " + out + ": " + e.getMessage(), e);
        }
        spec.commandLine().getOut().println(out);
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
