package org.evsynth.report.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
import org.evsynth.report.table.StudyRow;
import org.evsynth.report.table.StudyTable;
import org.evsynth.report.table.StudyTableReader;
import org.evsynth.report.table.StudyValues;
import org.evsynth.stats.effect.EffectMeasure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the bundle writer writes, the bundle reader reads back as it was. */
class BundleWriterTest {

    @TempDir
    Path dir;

    private static BundleContent content(List<OutcomeContent> extra) {
        OutcomeContent death = new OutcomeContent("Death at 180 days", OutcomeKind.META_ANALYSIS, null,
                ArmShape.COUNTS, List.of(new StudyValues("DanGer Shock", List.of("82", "179", "103", "176")),
                        new StudyValues("ECLS-SHOCK, 2023", List.of("10", "20", "12", "21"))));
        OutcomeContent stay = new OutcomeContent("Length of stay", OutcomeKind.SINGLE_STUDY, null, ArmShape.MEANS,
                List.of(new StudyValues("DanGer Shock", List.of("12.5", "3.1", "40", "9", "2.8", "38"))));
        List<OutcomeContent> outcomes = new ArrayList<>(List.of(death, stay));
        outcomes.addAll(extra);
        OutcomeContent hr = new OutcomeContent("Death (HR)", OutcomeKind.SINGLE_STUDY, EffectMeasure.HR,
                ArmShape.CONTRAST, List.of(new StudyValues("DanGer Shock", List.of("0.74", "0.55", "0.99"))));
        RobTable rob = RobTable.of(RobTool.ROB2, List.of(new RobStudy("DanGer Shock", List.of(Judgement.LOW,
                Judgement.LOW, Judgement.SOME_CONCERNS, Judgement.LOW, Judgement.LOW), Judgement.SOME_CONCERNS,
                Double.NaN)));
        Map<PrismaKey, Long> given = new EnumMap<>(PrismaKey.class);
        given.put(PrismaKey.DATABASE_RESULTS, 412L);
        given.put(PrismaKey.REGISTER_RESULTS, 20L);
        given.put(PrismaKey.RECORDS_SCREENED, 400L);
        given.put(PrismaKey.DBR_EXCLUDED, 30L);
        PrismaCounts prisma = new PrismaCounts(given, List.of(new NamedCount("MEDLINE", 412L)),
                List.of(new NamedCount("ClinicalTrials.gov", 20L)),
                List.of(new NamedCount("wrong population", 25L), new NamedCount("wrong design, or none", 5L)),
                List.of(), List.of());
        return new BundleContent("Impella versus VA-ECMO", new Question("adults in shock", "Impella", "VA-ECMO",
                List.of("death"), ""), "exported", List.of(
                        new ComparisonContent("Impella versus standard care", "Impella", "Standard care", outcomes),
                        new ComparisonContent("Intervention versus Comparator", "Intervention", "Comparator",
                                List.of(hr))), rob, prisma);
    }

    @Test
    void whatIsWrittenReadsBackTheSame() throws Exception {
        BundleContent written = content(List.of());
        BundleWriter.write(written, dir);
        AnalysisBundle read = AnalysisBundle.load(dir);
        assertEquals(written.title(), read.title());
        assertEquals(written.question(), read.question());
        assertEquals(written.notes(), read.notes());
        assertEquals(written.comparisons().size(), read.comparisons().size());
        for (int c = 0; c < written.comparisons().size(); c++) {
            ComparisonContent w = written.comparisons().get(c);
            Comparison r = read.comparisons().get(c);
            assertEquals(List.of(w.name(), w.interventionLabel(), w.comparatorLabel()),
                    List.of(r.name(), r.interventionLabel(), r.comparatorLabel()));
            assertEquals(w.outcomes().size(), r.outcomes().size());
            for (int o = 0; o < w.outcomes().size(); o++) {
                sameOutcome(w.outcomes().get(o), r.outcomes().get(o));
            }
        }
        assertEquals(written.riskOfBias().studies(), read.riskOfBias().table().studies());
        assertEquals(written.riskOfBias().tool(), read.riskOfBias().tool());
        PrismaCounts counts = read.prisma().counts();
        assertEquals(written.prisma().given(), counts.given());
        assertEquals(written.prisma().databases(), counts.databases());
        assertEquals(written.prisma().registers(), counts.registers());
        assertEquals(written.prisma().reasons(), counts.reasons());
    }

    private static void sameOutcome(OutcomeContent w, Outcome r) throws Exception {
        assertEquals(w.name(), r.name());
        assertEquals(w.kind(), r.kind());
        assertEquals(w.measure(), r.options().measure());
        StudyTable table = StudyTableReader.read(r.data(), r.options().measure());
        assertEquals(w.shape().format(), table.format());
        assertEquals(w.rows().size(), table.rows().size());
        for (int i = 0; i < w.rows().size(); i++) {
            StudyRow row = table.rows().get(i);
            assertEquals(w.rows().get(i).study(), row.data().study());
            List<String> cells = w.shape().columns().stream().map(row::value).toList();
            assertEquals(w.rows().get(i).cells(), cells, w.name());
        }
    }

    @Test
    void anExportAgainRemovesAnOutcomeDroppedSinceAndKeepsTheReviewersFiles() throws Exception {
        OutcomeContent dropped = new OutcomeContent("Stroke", OutcomeKind.SINGLE_STUDY, null, ArmShape.COUNTS,
                List.of(new StudyValues("DanGer Shock", List.of("7", "179", "4", "176"))));
        BundleWriter.write(content(List.of(dropped)), dir);
        assertTrue(Files.exists(dir.resolve("data/stroke.csv")));
        Files.writeString(dir.resolve("data/my-notes.csv"), "mine");
        BundleWriter.write(content(List.of()), dir);
        assertFalse(Files.exists(dir.resolve("data/stroke.csv")), "the dropped outcome's table does not linger");
        assertTrue(Files.exists(dir.resolve("data/my-notes.csv")));
        assertFalse(BundleWriter.holdsForeignBundle(dir));
        assertNull(AnalysisBundle.load(dir).outcomes().stream().filter(o -> o.name().equals("Stroke")).findFirst()
                .orElse(null));
    }
}
