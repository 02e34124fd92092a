package org.evsynth.report.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.evsynth.report.bundle.AnalysisBundle;
import org.evsynth.report.bundle.BundleContent;
import org.evsynth.report.bundle.BundleException;
import org.evsynth.report.bundle.BundleWriter;
import org.evsynth.report.bundle.OutcomeKind;
import org.evsynth.report.bundle.Question;
import org.evsynth.report.figure.RecallCurvePlot;
import org.evsynth.report.table.ArmShape;
import org.evsynth.report.table.StudyValues;
import org.evsynth.review.ScreeningCurve;
import org.evsynth.review.ScreeningMode;
import org.evsynth.review.ScreeningOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The team's recall curve in the bundle and the report: written to review.yaml, read back the same, drawn in the
 * report's study selection with its caption; a wrong curve is refused with its line and key; the figure ends where
 * screening is.
 */
class ReportScreeningCurveTest {

    @TempDir
    Path tmp;

    private static final ScreeningCurve.Curve CURVE = new ScreeningCurve.Curve(ScreeningOrder.PRIORITY,
            ScreeningMode.DUAL, 40, List.of(true, false, true, false, false, false, true, false, false, false), 2, 9,
            List.of());

    private static BundleContent content(ScreeningCurve.Curve curve) {
        return new BundleContent("Statins", new Question("adults", "statin", "placebo", List.of(), ""), "",
                List.of(new BundleContent.ComparisonContent("Statin versus placebo", "Statin", "Placebo", List.of(
                        new BundleContent.OutcomeContent("Death", OutcomeKind.META_ANALYSIS, null, ArmShape.COUNTS,
                                List.of(new StudyValues("A 2001", List.of("10", "100", "15", "100")),
                                        new StudyValues("B 2004", List.of("8", "90", "12", "95"))))))),
                null, null, curve);
    }

    @Test
    void theCurveReadsBackAndIsDrawnInTheReport() throws Exception {
        Path bundle = tmp.resolve("bundle");
        BundleWriter.write(content(CURVE), bundle);
        String yaml = Files.readString(bundle.resolve("review.yaml"));
        assertTrue(yaml.contains("screening_curve:") && yaml.contains("screening: dual"), yaml);
        assertEquals(CURVE, AnalysisBundle.load(bundle).screeningCurve());
        Path out = tmp.resolve("out");
        Report.write(bundle, out, "test");
        String html = Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("Prioritised screening: recall so far"), html);
        assertTrue(html.contains("against the 10 of 40 records screened at title and abstract, in the order their "
                + "outcome was agreed or settled"), html);
        assertTrue(html.contains("Screening stopped by the stopping rule after 9 records (the circle)."), html);
        assertTrue(html.contains("2 records in conflict are not on it until settled."), html);
        assertTrue(Files.exists(out.resolve("figures/screening-curve.svg")));
    }

    @Test
    void aBundleWithoutACurveHasNoSuchSection() throws Exception {
        Path bundle = tmp.resolve("plain");
        BundleWriter.write(content(null), bundle);
        assertEquals(null, AnalysisBundle.load(bundle).screeningCurve());
        Report.write(bundle, tmp.resolve("out"), "test");
        assertFalse(Files.readString(tmp.resolve("out/index.html")).contains("recall so far"));
    }

    @Test
    void aWrongCurveIsRefusedWithItsLineAndKey() throws Exception {
        Path bundle = tmp.resolve("wrong");
        BundleWriter.write(content(CURVE), bundle);
        Path yaml = bundle.resolve("review.yaml");
        Files.writeString(yaml, Files.readString(yaml).replaceAll("(?s)found_at:.*?(?=\\n  \\w|\\n\\w|$)",
                "found_at: [3, 2, x]"));
        BundleException e = assertThrows(BundleException.class, () -> AnalysisBundle.load(bundle));
        String message = e.getMessage();
        assertTrue(message.contains("screening_curve.found_at") && message.contains("2: the records screened must "
                + "be 1 or more and increase") && message.contains("expected a whole number"), message);
        assertTrue(message.matches("(?s).*review\\.yaml.*line \\d+.*"), message);
    }

    @Test
    void theFigureEndsWhereScreeningIs() {
        RecallCurvePlot.Curve curve = RecallCurvePlot.Curve.stoppingOnTheRanking("so far", new int[] {1, 3}, -1);
        String svg = RecallCurvePlot.soFar("t", 100, 10, curve).svg();
        String whole = RecallCurvePlot.of("t", 100, 2, List.of(curve)).svg();
        assertFalse(svg.equals(whole), "a curve so far stops at the records screened");
        assertFalse(svg.contains("key-stop"), "no stop, no stop in the key");
        assertThrows(IllegalArgumentException.class, () -> RecallCurvePlot.soFar("t", 100, 2, curve));
        assertThrows(IllegalArgumentException.class, () -> RecallCurvePlot.soFar("t", 100, 5,
                RecallCurvePlot.Curve.stoppingOnTheRanking("none", new int[0], -1)), "nothing relevant yet");
    }
}
