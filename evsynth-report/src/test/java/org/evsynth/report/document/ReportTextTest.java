package org.evsynth.report.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.evsynth.report.files.OutputFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A control character in a study name or a title (U+0001, a form feed) made the report fail with "An invalid XML
 * character", leaving a broken index.html and a 0-byte report.pdf: it is removed where it is read, with a warning
 * naming the file, line and field, and the report is written whole or not at all.
 */
class ReportTextTest {

    @TempDir
    Path tmp;

    private Path bundle() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("bundle"));
        Files.writeString(dir.resolve("a.csv"), "study,events_1,total_1,events_2,total_2\n"
                + "Aronson\u0001 1948,4,123,11,139\nFerguson\u000C1949,6,306,29,303\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("review.yaml"), """
                title: "BCG \\x01 vaccine"
                question: {population: "people\\f", intervention: BCG, comparator: nothing}
                comparisons:
                  - name: BCG versus no vaccine
                    intervention_label: "BCG\\x0C"
                    comparator_label: No vaccine\u0001
                    outcomes:
                      - {name: Tuberculosis, data: a.csv}
                """, StandardCharsets.UTF_8);
        return dir;
    }

    @Test
    void controlCharactersAreRemovedWithAWarningAndTheReportIsWritten() throws Exception {
        Path out = tmp.resolve("out");
        Report.Summary summary = Report.write(bundle(), out, "test");
        List<String> warnings = summary.warnings();
        assertTrue(warnings.contains("review.yaml, line 1, title: control characters removed (U+0001); a report "
                + "cannot show them"), warnings.toString());
        assertTrue(warnings.contains("review.yaml, line 6: control characters removed (U+0001); a report cannot "
                + "show them"), "a raw control character, which YAML itself refuses: " + warnings);
        assertTrue(warnings.stream().anyMatch(w -> w.contains("comparisons[0].intervention_label: control "
                + "characters removed (U+000C)")), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("a.csv, line 2, column study: control characters "
                + "removed (U+0001)")), warnings.toString());
        String html = Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8);
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.resolve("index.html").toFile());
        assertTrue(html.contains("BCG  vaccine") && html.contains("Aronson 1948"), "the text, cleaned");
        try (PDDocument pdf = PDDocument.load(out.resolve("report.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(text.contains("BCG vaccine"), text);
            assertTrue(text.contains("control characters removed"), "the warnings are in the report too");
        }
        try (Stream<Path> files = Files.list(out)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().startsWith(".evsynth-staging")));
        }
    }

    /** A report that cannot be completed leaves the earlier one exactly as it was: nothing half-written. */
    @Test
    void aReportThatFailsLeavesTheEarlierOneAsItWas() throws Exception {
        Path out = tmp.resolve("out");
        Path dir = bundle();
        Report.write(dir, out, "test");
        byte[] index = Files.readAllBytes(out.resolve("index.html"));
        byte[] pdf = Files.readAllBytes(out.resolve("report.pdf"));
        Files.writeString(dir.resolve("review.yaml"), Files.readString(dir.resolve("review.yaml"))
                .replace("BCG versus no vaccine", "Second try"));
        Path figure;
        try (Stream<Path> figures = Files.list(out.resolve("figures"))) {
            figure = figures.filter(p -> p.toString().endsWith("-forest.svg")).findFirst().orElseThrow();
        }
        // a folder where the new report's figure goes makes it fail after everything was rendered
        Path blocked = out.resolve("figures/second-try-tuberculosis-forest.svg");
        Files.createDirectories(blocked);
        assertThrows(OutputFolder.UnsafeFolderException.class, () -> Report.write(dir, out, "test"));
        assertEquals(new String(index, StandardCharsets.UTF_8),
                Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8));
        assertTrue(java.util.Arrays.equals(pdf, Files.readAllBytes(out.resolve("report.pdf"))));
        assertTrue(Files.exists(figure), "the earlier figures stay");
        try (Stream<Path> files = Files.list(out)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().startsWith(".evsynth-staging")));
        }
    }
}
