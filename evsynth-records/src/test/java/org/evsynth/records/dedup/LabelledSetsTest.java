package org.evsynth.records.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.evsynth.records.BibRecord;
import org.evsynth.records.SharedData;
import org.evsynth.records.io.RecordReaders;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Deduplication measured on the two labelled sets, the labels used only for scoring; the assertions leave a
 * small margin below the figures measured when this test was written (default options, threshold 0.8):
 * <pre>
 *                         stage one              both stages            all queued pairs merged
 * ASySD diabetes (1,845)  sens 0.9429 spec 1.0   sens 1.0   spec 1.0    spec 0.9949 (3 false merges)
 * copper (505)            sens 0.9667 spec 1.0   sens 1.0   spec 1.0    spec 0.9972 (1 false merge)
 * </pre>
 * Diabetes labels say only unique/duplicate, so its false merges are a lower bound ({@link
 * DedupEvaluation#ofLabels}); copper's studies are rebuilt from its captions ({@link CopperTruth}).
 *
 * <p>Both stages count a queued pair as found when a person would confirm it (the pair is a true duplicate);
 * the worst case merges every queued pair, as a careless reviewer would.
 */
class LabelledSetsTest {

    private static List<BibRecord> diabetes;
    private static boolean[] diabetesUnique;
    private static DeduplicationResult diabetesResult;
    private static List<BibRecord> copper;
    private static int[] copperStudies;
    private static DeduplicationResult copperResult;

    @BeforeAll
    static void deduplicate() throws IOException {
        diabetes = RecordReaders.read(SharedData.file("dedup/asysd-diabetes-labelled.csv")).records();
        diabetesUnique = new boolean[diabetes.size()];
        for (int i = 0; i < diabetes.size(); i++) {
            diabetesUnique[i] = diabetes.get(i).original().get("source").get(0).equals("unique");
        }
        diabetesResult = new Deduplicator().deduplicate(diabetes);
        copper = RecordReaders.read(SharedData.file("dedup/copper-endnote.xml")).records();
        copperStudies = CopperTruth.studies(copper);
        copperResult = new Deduplicator().deduplicate(copper);
    }

    @Test
    void labelsAreAsDocumented() {
        assertEquals(1845, diabetes.size());
        int unique = 0;
        for (boolean u : diabetesUnique) {
            unique += u ? 1 : 0;
        }
        assertEquals(584, unique);
        assertEquals(505, copper.size());
        assertEquals(281, copper.stream().filter(r -> r.original().containsKey("caption")).count());
    }

    @Test
    void diabetesStageOne() {
        DedupEvaluation e = DedupEvaluation.ofLabels(DedupEvaluation.stageOne(diabetesResult), diabetesUnique);
        report("diabetes stage one", e);
        assertEquals(0, e.falseMerges(), "no false merge in stage one");
        assertTrue(e.sensitivity() >= 0.90, () -> "sensitivity " + e.sensitivity());
    }

    @Test
    void diabetesBothStages() {
        int[] oracle = DedupEvaluation.withReview(diabetesResult, LabelledSetsTest::sameStudyByLabels);
        DedupEvaluation e = DedupEvaluation.ofLabels(oracle, diabetesUnique);
        report("diabetes both stages", e);
        DedupEvaluation worst = DedupEvaluation.ofLabels(
                DedupEvaluation.withReview(diabetesResult, (current, pair) -> true), diabetesUnique);
        report("diabetes all queued merged", worst);
        assertEquals(0, e.falseMerges());
        assertTrue(e.sensitivity() >= 0.99, () -> "sensitivity " + e.sensitivity());
        assertTrue(worst.specificity() >= 0.99, () -> "worst-case specificity " + worst.specificity());
    }

    @Test
    void copperStageOne() {
        DedupEvaluation e = DedupEvaluation.of(DedupEvaluation.stageOne(copperResult), copperStudies);
        report("copper stage one", e);
        assertEquals(0, e.falseMerges(), "no false merge in stage one");
        assertTrue(e.sensitivity() >= 0.93, () -> "sensitivity " + e.sensitivity());
    }

    @Test
    void copperBothStages() {
        int[] oracle = DedupEvaluation.withReview(copperResult, (current, pair) -> copperStudies[pair.a()] == copperStudies[pair.b()]);
        DedupEvaluation e = DedupEvaluation.of(oracle, copperStudies);
        report("copper both stages", e);
        DedupEvaluation worst = DedupEvaluation.of(DedupEvaluation.withReview(copperResult, (current, pair) -> true),
                copperStudies);
        report("copper all queued merged", worst);
        assertEquals(0, e.falseMerges());
        assertTrue(e.sensitivity() >= 0.95, () -> "sensitivity " + e.sensitivity());
        assertTrue(worst.specificity() >= 0.99, () -> "worst-case specificity " + worst.specificity());
    }

    /** A pair between two groups that the labels allow to be one study: not two records labelled unique. */
    private static boolean sameStudyByLabels(DeduplicationResult current, ReviewPair pair) {
        return !(uniqueInGroup(current, pair.a()) && uniqueInGroup(current, pair.b()));
    }

    private static boolean uniqueInGroup(DeduplicationResult current, int record) {
        int group = current.groupId(record);
        for (int i = 0; i < diabetes.size(); i++) {
            if (diabetesUnique[i] && current.groupId(i) == group) {
                return true;
            }
        }
        return false;
    }

    private static void report(String name, DedupEvaluation e) {
        // Test output, read by whoever updates the figures in the Javadoc and the report.
        System.out.printf(Locale.ROOT, "%-28s sensitivity %.4f (%d/%d), specificity %.4f (%d false merges of %d)%n",
                name, e.sensitivity(), e.found(), e.removable(), e.specificity(), e.falseMerges(), e.studies());
    }
}
