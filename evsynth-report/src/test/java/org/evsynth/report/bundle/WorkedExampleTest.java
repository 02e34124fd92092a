package org.evsynth.report.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.evsynth.report.grade.Certainty;
import org.evsynth.report.grade.ComparatorRisk;
import org.evsynth.report.grade.SofHtml;
import org.evsynth.report.grade.SofRow;
import org.evsynth.report.grade.SummaryOfFindings;
import org.evsynth.review.rob.RobTool;
import org.junit.jupiter.api.Test;

/** examples/mcs-cardiogenic-shock loads, every row names its source, and the seed's GRADE rating comes out. */
class WorkedExampleTest {

    private static final Path EXAMPLE = Path.of("..", "examples", "mcs-cardiogenic-shock");

    @Test
    void loads() throws Exception {
        AnalysisBundle b = AnalysisBundle.load(EXAMPLE);
        assertEquals(4, b.comparisons().size());
        assertEquals(31, b.outcomes().size()); // one per data file
        assertEquals(RobTool.ROBINS_I, b.riskOfBias().tool());
        assertEquals(10, b.riskOfBias().table().studies().size());
        assertEquals(2, b.prisma().counts().given().size()); // 827 screened, 10 included; the rest unknown
        Outcome soliman = b.outcomes().stream().filter(o -> o.grade() != null).findFirst().orElseThrow();
        assertEquals(Certainty.VERY_LOW, soliman.grade().certainty());
        assertEquals(5364, soliman.participants());
        assertEquals(OutcomeKind.OVERVIEW, soliman.kind());
    }

    @Test
    void everyRowNamesItsSource() throws IOException {
        try (var files = Files.list(EXAMPLE.resolve("data"))) {
            for (Path file : files.toList()) {
                try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                     CSVParser p = CSVFormat.RFC4180.builder().setHeader().build().parse(r)) {
                    List<CSVRecord> rows = p.getRecords();
                    assertTrue(!rows.isEmpty(), file.toString());
                    for (CSVRecord row : rows) {
                        assertTrue(row.get("source").matches("seeds? 00[0-4].*"), file + ": " + row.get("source"));
                    }
                }
            }
        }
    }

    @Test
    void solimanSummaryOfFindingsRow() throws Exception {
        Outcome o = AnalysisBundle.load(EXAMPLE).outcomes().stream().filter(x -> x.grade() != null).findFirst()
                .orElseThrow();
        ComparatorRisk cr = o.comparatorRisk();
        SofRow row = SofRow.of("Short-term mortality", o.participants(), o.studies(), o.grade(),
                o.options().measure(), 0.92, 0.76, 1.10, cr, o.higherIsBetter(), "");
        String html = SofHtml.render(new SummaryOfFindings("Impella compared with VA-ECMO", "cardiogenic shock", "",
                "Impella", "VA-ECMO", List.of(row)));
        assertTrue(html.contains("⊕◯◯◯</span> Very low<sup>a,b,c</sup>"), html);
        assertTrue(html.contains("5,364 (10 non-randomised studies)"), html);
    }
}
