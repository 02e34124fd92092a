package org.evsynth.report.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.evsynth.report.grade.Certainty;
import org.evsynth.report.grade.Domain;
import org.evsynth.report.grade.StudyDesign;
import org.evsynth.stats.effect.EffectMeasure;
import org.evsynth.stats.meta.ConfidenceMethod;
import org.evsynth.stats.meta.Model;
import org.evsynth.stats.meta.TauSquaredEstimator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loader on small bundles, one test per kind of error. */
class AnalysisBundleTest {

    @TempDir
    Path dir;

    private static final String HEAD = """
            title: A review
            question:
              population: adults
              intervention: A
              comparator: B
            comparisons:
              - name: A versus B
                intervention_label: A
                comparator_label: B
                outcomes:
                  - name: Death
                    data: death.csv
            """;

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private void bundle(String outcomeLines) throws IOException {
        write("death.csv", "study,events_1,total_1,events_2,total_2,year\nA,1,10,2,10,2001\nB,3,20,4,20,2002\n");
        write("review.yaml", HEAD + outcomeLines.indent(8));
    }

    private BundleException fails() {
        return assertThrows(BundleException.class, () -> AnalysisBundle.load(dir));
    }

    @Test
    void minimalBundleWithDefaults() throws Exception {
        bundle("");
        AnalysisBundle b = AnalysisBundle.load(dir);
        assertEquals("A review", b.title());
        Outcome o = b.outcomes().get(0);
        assertEquals(OutcomeKind.META_ANALYSIS, o.kind());
        assertEquals(dir.resolve("death.csv"), o.data());
        assertNull(o.options().measure());
        assertEquals(TauSquaredEstimator.REML, o.options().method());
        assertEquals(95, o.options().level());
        assertNull(o.grade());
        assertEquals(11, o.line());
        assertNull(b.riskOfBias());
    }

    @Test
    void everyOptionIsRead() throws Exception {
        bundle("""
                measure: or
                model: random
                method: DL
                ci: wald
                pi: z
                level: 90
                cc: 0.25
                cc_to: all
                by: year
                common_tau2: true
                sensitivity: [leave-one-out, "cumulative:year", influence]
                bias: [egger, trim-fill]
                design: non-randomised
                rob_tool: robins-i
                comparator_risk: 585 per 1,000
                comparator_risk_source: a registry
                threshold: 0.9
                higher_is_better: true
                grade:
                  risk_of_bias: {rating: -2, reason: confounding}
                  inconsistency: 0
                  indirectness: 0
                  imprecision: {rating: -1, reason: wide}
                  publication_bias: {rating: 0, reason: Egger p 0.76}
                  large_effect: {rating: 1, reason: big}
                """);
        Outcome o = AnalysisBundle.load(dir).outcomes().get(0);
        assertEquals(EffectMeasure.OR, o.options().measure());
        assertEquals(Model.RANDOM, o.options().model());
        assertEquals(ConfidenceMethod.WALD, o.options().ci());
        assertEquals("year", o.options().by());
        assertEquals("[leave-one-out, cumulative:year, influence]", o.sensitivity().toString());
        assertEquals(List.of(BiasTest.EGGER, BiasTest.TRIM_FILL), o.bias());
        assertEquals(0.585, o.comparatorRisk().risk(), 1e-12);
        assertEquals(StudyDesign.NON_RANDOMISED, o.design());
        assertEquals(Certainty.HIGH, o.grade().start()); // ROBINS-I
        assertEquals(-2, o.grade().rating(Domain.RISK_OF_BIAS).levels());
        assertEquals(Certainty.LOW, o.grade().certainty()); // 4 - 2 - 1 + 1
        assertEquals(0.9, o.options().toMetaAnalysis().level(), 1e-12);
    }

    @Test
    void badValueNamesFileLineAndKeyPath() throws IOException {
        bundle("measure: XX\n");
        BundleException e = fails();
        assertEquals("review.yaml, line 13, comparisons[0].outcomes[0].measure: 'XX' is not one of OR, RR, RD, MD, "
                + "SMD, PR, PLO, PFT, HR, GEN, IRR, IRD, IR, IRLN, ROM, AS, PETO", e.getMessage());
    }

    @Test
    void unknownKeyIsATypo() throws IOException {
        bundle("mesure: RR\n");
        BundleProblem p = fails().problems().get(0);
        assertEquals(13, p.line());
        assertEquals("comparisons[0].outcomes[0].mesure", p.path());
        assertTrue(p.message().startsWith("unknown key (did you mean 'measure'?)"), p.message());
    }

    @Test
    void missingRequiredKeyAndEveryProblemIsReported() throws IOException {
        write("death.csv", "study,events_1,total_1,events_2,total_2\nA,1,10,2,10\n");
        write("review.yaml", "title: T\ncomparisons: []\nquestion:\n  population: p\n  intervention: i\n");
        List<BundleProblem> problems = fails().problems();
        assertEquals(2, problems.size(), problems.toString());
        assertEquals("review.yaml, line 4, question.comparator: missing; this key is required",
                problems.get(0).toString());
        assertEquals("review.yaml, line 2, comparisons: is empty; give at least one", problems.get(1).toString());
    }

    @Test
    void missingFilesAreNamed() throws IOException {
        bundle("");
        Files.delete(dir.resolve("death.csv"));
        assertTrue(fails().getMessage().startsWith("review.yaml, line 12, comparisons[0].outcomes[0].data: no such "
                + "file 'death.csv'"));
        Files.delete(dir.resolve("review.yaml"));
        assertTrue(fails().getMessage().endsWith("review.yaml: no such file: a bundle is a folder with a review.yaml"));
    }

    @Test
    void yamlSyntaxAndDuplicateKeys() throws IOException {
        write("review.yaml", "title: [unclosed\n");
        BundleException syntax = fails();
        assertTrue(syntax.getMessage().startsWith("review.yaml, line "), syntax.getMessage());
        assertTrue(syntax.getMessage().contains("not valid YAML"));
        write("review.yaml", "title: A\ntitle: B\n");
        assertEquals("review.yaml, line 2, title: the key 'title' is given twice (first on line 1)",
                fails().getMessage());
    }

    @Test
    void wrongTypes() throws IOException {
        bundle("level: high\nsensitivity: {a: 1}\nhigher_is_better: yes please\n");
        String message = fails().getMessage();
        assertTrue(message.contains("line 13, comparisons[0].outcomes[0].level: expected a number, found the "
                + "text 'high'"), message);
        assertTrue(message.contains("outcomes[0].sensitivity: expected a list, found a mapping"), message);
        assertTrue(message.contains("higher_is_better: expected true or false"), message);
    }

    @Test
    void gradeNeedsEveryDomainAReasonAndADesign() throws IOException {
        bundle("""
                grade:
                  risk_of_bias: -1
                  inconsistency: 0
                  indirectness: 0
                  imprecision: {rating: -4, reason: x}
                """);
        String message = fails().getMessage();
        assertTrue(message.contains("outcomes[0].design: missing; a GRADE assessment starts from the design"),
                message);
        assertTrue(message.contains("line 14, comparisons[0].outcomes[0].grade.risk_of_bias: risk_of_bias is rated "
                + "-1 without a reason"), message);
        assertTrue(message.contains("grade.imprecision.rating: -4 is outside -3 to 0"), message);
        assertTrue(message.contains("grade.publication_bias: missing; rate every domain"), message);
    }

    @Test
    void columnsTheOutcomeNamesMustBeInItsData() throws IOException {
        bundle("by: region\nsensitivity: cumulative:yr\ncommon_tau2: true\n");
        String message = fails().getMessage();
        assertTrue(message.contains("by: the column 'region' is not in death.csv"), message);
        assertTrue(message.contains("the column 'yr' for cumulative is not in death.csv"), message);
    }

    @Test
    void estimatesNeedAMeasureAndOverviewsAreNotPooled() throws IOException {
        write("hr.csv", "study,estimate,ci_lower,ci_upper\nA,0.74,0.55,0.99\n");
        write("death.csv", "study,events_1,total_1,events_2,total_2\nA,1,10,2,10\n");
        write("review.yaml", HEAD.replace("death.csv", "hr.csv") + "        kind: overview\n        bias: egger\n"
                + "        pooling: MH\n        model: random\n");
        String message = fails().getMessage();
        assertTrue(message.contains("hr.csv holds estimates with CIs: say which measure"), message);
        assertTrue(message.contains("bias: an overview outcome is not pooled"), message);
        assertTrue(message.contains("MH pooling is a common-effect method"), message);
    }

    @Test
    void riskOfBiasAndPrismaFilesAreReadAndChecked() throws IOException {
        bundle("");
        write("rob.csv", "Study,D1,D2,D3,D4,D5,D6,D7,Overall\nA,Low,Low,Low,Low,Low,Low,Low,Sometimes\n");
        write("prisma.csv", "box,count\nrecords_screened,827\nnew_studies,10\n");
        Files.writeString(dir.resolve("review.yaml"), "risk_of_bias:\n  tool: robins-i\n  file: rob.csv\n"
                + "prisma:\n  file: prisma.csv\n", StandardOpenOptionAppend.APPEND);
        BundleProblem p = fails().problems().get(0);
        assertEquals("rob.csv", p.file());
        assertEquals(2, p.line(), p.toString());
        write("rob.csv", "Study,D1,D2,D3,D4,D5,D6,D7,Overall\nA,Low,Low,Low,Low,Low,Low,Low,Serious\n");
        try {
            AnalysisBundle b = AnalysisBundle.load(dir);
            assertEquals(1, b.riskOfBias().table().studies().size());
            assertEquals(827L, b.prisma().counts().given().values().stream().mapToLong(Long::longValue).max()
                    .orElseThrow());
        } catch (BundleException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** Short name for the append option. */
    private static final class StandardOpenOptionAppend {
        static final java.nio.file.StandardOpenOption APPEND = java.nio.file.StandardOpenOption.APPEND;
    }
}
