package org.evsynth.report.bundle;

import java.nio.file.Path;
import java.util.List;

import org.evsynth.report.analysis.AnalysisPlan;
import org.evsynth.report.analysis.Sections;
import org.evsynth.report.analysis.Subgroups;
import org.evsynth.report.grade.ComparatorMean;
import org.evsynth.report.grade.ComparatorRisk;
import org.evsynth.report.grade.GradeAssessment;
import org.evsynth.report.grade.StudyDesign;
import org.evsynth.review.rob.RobTool;

/**
 * One outcome of a comparison, as review.yaml describes it. The data file is not read here: the report reads it
 * with evsynth's study-table reader, which validates every cell.
 *
 * @param name the outcome, with its time point
 * @param kind meta-analysis, single study or overview
 * @param data the study table (absolute path)
 * @param dataName the study table's name as written in review.yaml, for messages
 * @param options the analysis options
 * @param sensitivity sensitivity analyses, in the order given
 * @param bias small-study-bias analyses, in the order given
 * @param design the studies' design, or null if not stated
 * @param robTool the risk-of-bias tool used for these studies, or null
 * @param grade the reviewers' GRADE assessment, or null if not assessed
 * @param comparatorRisk a stated comparator risk, or null for the median of the studies' comparator groups
 * @param comparatorMean a stated comparator mean (continuous outcomes), or null for the median of the studies'
 *                       comparator groups
 * @param unit the outcome's unit ("days"), for the summary of findings ("" if not stated)
 * @param threshold a decision threshold on the measure's natural scale for the imprecision signal, NaN if none
 * @param higherIsBetter whether the outcome is desirable (an increase is a benefit)
 * @param favours the 'Favours ...' texts given for this outcome (else the comparison's)
 * @param participants participants, where the data do not show them (overviews), or -1
 * @param studies studies, where the data do not show them, or -1
 * @param source where the outcome's figures come from ("" if not stated)
 * @param line the line of the outcome in review.yaml
 */
public record Outcome(String name, OutcomeKind kind, Path data, String dataName, AnalysisOptions options,
                      List<Sensitivity> sensitivity, List<BiasTest> bias, StudyDesign design, RobTool robTool,
                      GradeAssessment grade, ComparatorRisk comparatorRisk, ComparatorMean comparatorMean,
                      String unit, double threshold,
                      boolean higherIsBetter, FavoursLabels favours, long participants, int studies, String source,
                      int line) {

    /** Copies the lists. */
    public Outcome {
        sensitivity = List.copyOf(sensitivity);
        bias = List.copyOf(bias);
        favours = favours == null ? FavoursLabels.NONE : favours;
    }

    /** The analysis this outcome asks for: the options, the subgroups and the sections, as `evsynth meta` has them. */
    public AnalysisPlan plan() {
        Sections sections = Sections.none();
        for (Sensitivity s : sensitivity) {
            sections = s.kind() == Sensitivity.Kind.CUMULATIVE ? sections.withCumulative(s.column())
                    : sections.with(s.section());
        }
        for (BiasTest test : bias) {
            sections = sections.with(test.section());
        }
        Subgroups subgroups = options.by() == null ? null : new Subgroups(options.by(),
                options.commonTau2() ? Subgroups.Tau2.COMMON : Subgroups.Tau2.SEPARATE);
        return AnalysisPlan.of(options.toMetaAnalysis()).withMeasure(options.measure()).withSubgroups(subgroups)
                .with(sections);
    }
}
