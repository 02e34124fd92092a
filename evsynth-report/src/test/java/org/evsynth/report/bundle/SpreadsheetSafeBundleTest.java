package org.evsynth.report.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.evsynth.report.bundle.BundleContent.ComparisonContent;
import org.evsynth.report.bundle.BundleContent.OutcomeContent;
import org.evsynth.report.prisma.NamedCount;
import org.evsynth.report.prisma.PrismaCounts;
import org.evsynth.report.prisma.PrismaKey;
import org.evsynth.review.rob.Judgement;
import org.evsynth.report.rob.RobStudy;
import org.evsynth.report.rob.RobTable;
import org.evsynth.review.rob.RobTool;
import org.evsynth.report.table.ArmShape;
import org.evsynth.report.table.StudyTable;
import org.evsynth.report.table.StudyTableReader;
import org.evsynth.report.table.StudyValues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spreadsheet formula injection (OWASP "CSV Injection"): a study labelled {@code =HYPERLINK(...)} must not become a
 * live formula when a reviewer opens the bundle's CSVs in Excel, and the bundle must still read back as it was.
 */
class SpreadsheetSafeBundleTest {

    private static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"click\")";
    private static final List<String> HOSTILE = List.of(FORMULA, "+1+1", "-2-3", "@SUM(A1)", "\tTab", "\rReturn");

    @TempDir
    Path dir;

    @Test
    void everyCsvOfTheBundleNeutralisesFormulasAndReadsBack() throws Exception {
        List<StudyValues> rows = HOSTILE.stream().map(label -> new StudyValues(label, List.of("1", "10", "2", "10")))
                .toList();
        OutcomeContent outcome = new OutcomeContent("Death", OutcomeKind.META_ANALYSIS, null, ArmShape.COUNTS, rows);
        RobTable rob = RobTable.of(RobTool.ROB2, HOSTILE.stream().map(label -> new RobStudy(label,
                List.of(Judgement.LOW, Judgement.LOW, Judgement.LOW, Judgement.LOW, Judgement.HIGH), Judgement.HIGH,
                Double.NaN)).toList());
        Map<PrismaKey, Long> given = new EnumMap<>(PrismaKey.class);
        given.put(PrismaKey.RECORDS_SCREENED, 10L);
        PrismaCounts prisma = new PrismaCounts(given, List.of(new NamedCount("@MEDLINE", 10L)), List.of(),
                List.of(new NamedCount("=wrong population", 3L)), List.of(), List.of());
        BundleWriter.write(new BundleContent("A review", new Question("adults", "A", "B", List.of(), ""), "",
                List.of(new ComparisonContent("A versus B", "A", "B", List.of(outcome))), rob, prisma), dir);

        for (String csv : List.of("data/death.csv", "rob.csv", "prisma.csv")) {
            for (String line : Files.readAllLines(dir.resolve(csv), StandardCharsets.UTF_8)) {
                String first = line.startsWith("\"") ? line.substring(1) : line;
                assertFalse(first.matches("(?s)^[=+\\-@\t\r].*"), csv + ": a cell a spreadsheet would run: " + line);
            }
        }
        String data = Files.readString(dir.resolve("data/death.csv"), StandardCharsets.UTF_8);
        assertTrue(data.contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\""), data);
        assertTrue(data.contains("'-2-3,1,10,2,10"), "counts stay numbers: " + data);

        AnalysisBundle read = AnalysisBundle.load(dir);
        StudyTable table = StudyTableReader.read(read.outcomes().get(0).data(), null);
        List<String> labels = table.studies().stream().map(s -> s.study()).toList();
        assertEquals(HOSTILE, labels, "read back as written");
        assertEquals(HOSTILE, read.riskOfBias().table().studyNames());
        assertEquals(prisma.reasons(), read.prisma().counts().reasons());
        assertEquals(prisma.databases(), read.prisma().counts().databases());
    }

    @Test
    void theMetaCsvNeutralisesTextAndKeepsNumbers() throws Exception {
        StudyTable table = StudyTableReader.read("t.csv", ("study,events_1,total_1,events_2,total_2\n"
                + "A,1,10,2,10\nB,3,10,4,10\n").getBytes(StandardCharsets.UTF_8), null);
        StringWriter out = new StringWriter();
        org.evsynth.report.output.CsvReport csv = new org.evsynth.report.output.CsvReport(out);
        csv.add("=cmd|' /C calc'!A0", org.evsynth.report.analysis.AnalysisPlan.of(
                org.evsynth.stats.meta.MetaAnalysis.withDefaults()).run(table));
        csv.flush();
        String[] lines = out.toString().split("\n");
        assertTrue(lines[1].startsWith("'=cmd|' /C calc'!A0,"), lines[1]);
        assertTrue(lines[1].contains(",-"), "a negative number stays a number: " + lines[1]);
        assertFalse(lines[1].contains("'-"), lines[1]);
    }
}
