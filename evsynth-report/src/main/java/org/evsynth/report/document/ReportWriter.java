package org.evsynth.report.document;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.evsynth.report.files.OutputFolder;
import org.evsynth.report.output.JsonReport;
import org.evsynth.report.render.FigureFiles;

/**
 * Writes a report's files into its folder: index.html (self-contained, figures inline), report.pdf, figures/ (SVG
 * and PNG per figure) and results.json with every number shown. All are staged and moved into place together
 * ({@link OutputFolder}), so a failure leaves an earlier report as it was.
 */
final class ReportWriter {

    private ReportWriter() {
    }

    /** Writes the files; returns the files replaced that no earlier evsynth report wrote. */
    static List<String> write(ReportDocument document, ObjectNode results, OutputFolder folder, String xhtml)
            throws IOException {
        folder.writeString("index.html", xhtml);
        // The PDF and the PNGs are independent and each takes seconds: render them on both cores at once.
        CompletableFuture<Void> pdf = CompletableFuture.runAsync(() -> {
            try (OutputStream stream = Files.newOutputStream(folder.file("report.pdf"))) {
                FigureFiles.pdf(xhtml, stream);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        try {
            for (Map.Entry<String, String> f : document.figures().entrySet()) {
                folder.writeString("figures/" + f.getKey() + ".svg", f.getValue());
                Files.write(folder.file("figures/" + f.getKey() + ".png"), FigureFiles.png(f.getValue()));
            }
        } finally {
            awaitPdf(pdf);
        }
        JsonReport.mapper().writerWithDefaultPrettyPrinter().writeValue(folder.file("results.json").toFile(), results);
        return folder.commit();
    }

    private static void awaitPdf(CompletableFuture<Void> pdf) throws IOException {
        try {
            pdf.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw new IOException("cannot write report.pdf: " + e.getCause().getMessage(), e.getCause());
        }
    }
}
