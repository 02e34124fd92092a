package org.evsynth.report.bundle;

import java.util.List;

import org.evsynth.report.prisma.PrismaCounts;
import org.evsynth.report.rob.RobTable;
import org.evsynth.report.table.ArmShape;
import org.evsynth.report.table.StudyValues;
import org.evsynth.review.ScreeningCurve;
import org.evsynth.stats.effect.EffectMeasure;

/**
 * What {@link BundleWriter} writes: an analysis bundle's content before it has files. {@link AnalysisBundle#load}
 * reads the written bundle back to the same title, question, comparisons, outcomes, tables, judgements and counts.
 *
 * @param title the review's title
 * @param question the question
 * @param notes free text about the bundle
 * @param screeningMethods how title-and-abstract screening was ordered and stopped, a methods sentence, or null
 * @param comparisons the comparisons, each with at least one outcome
 * @param riskOfBias the risk-of-bias judgements, or null
 * @param prisma the PRISMA counts, or null
 * @param screeningCurve the team's recall curve at title and abstract in priority order, or null
 */
public record BundleContent(String title, Question question, String notes, String screeningMethods,
                            List<ComparisonContent> comparisons, RobTable riskOfBias, PrismaCounts prisma,
                            ScreeningCurve.Curve screeningCurve) {

    /** Copies the list. */
    public BundleContent {
        comparisons = List.copyOf(comparisons);
    }

    /** Content that says nothing of how its records were screened. */
    public BundleContent(String title, Question question, String notes, List<ComparisonContent> comparisons,
                         RobTable riskOfBias, PrismaCounts prisma) {
        this(title, question, notes, null, comparisons, riskOfBias, prisma, null);
    }

    /** Content with a screening curve and no methods text. */
    public BundleContent(String title, Question question, String notes, List<ComparisonContent> comparisons,
                         RobTable riskOfBias, PrismaCounts prisma, ScreeningCurve.Curve screeningCurve) {
        this(title, question, notes, null, comparisons, riskOfBias, prisma, screeningCurve);
    }

    /**
     * A comparison to write.
     *
     * @param name the comparison's title
     * @param interventionLabel group 1's name
     * @param comparatorLabel group 2's name
     * @param outcomes the outcomes
     */
    public record ComparisonContent(String name, String interventionLabel, String comparatorLabel,
                                    List<OutcomeContent> outcomes) {

        /** Copies the list. */
        public ComparisonContent {
            outcomes = List.copyOf(outcomes);
        }
    }

    /**
     * An outcome to write, with its study table.
     *
     * @param name the outcome
     * @param kind meta-analysis or single study
     * @param measure the measure, needed for contrasts (estimates with CIs), else null for the format's default
     * @param shape how the rows' cells are laid out (the table's columns)
     * @param rows the studies, cells in the shape's column order
     */
    public record OutcomeContent(String name, OutcomeKind kind, EffectMeasure measure, ArmShape shape,
                                 List<StudyValues> rows) {

        /** Copies the list. */
        public OutcomeContent {
            rows = List.copyOf(rows);
        }
    }

    /** Every outcome of every comparison. */
    public List<OutcomeContent> outcomes() {
        return comparisons.stream().flatMap(c -> c.outcomes().stream()).toList();
    }
}
