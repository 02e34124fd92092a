package org.evsynth.report.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.evsynth.report.table.InputFormat;
import org.evsynth.report.table.StudyTable;
import org.evsynth.stats.effect.EffectMeasure;
import org.evsynth.stats.effect.EffectSizes;
import org.evsynth.stats.effect.StudyData;
import org.evsynth.stats.meta.MetaAnalysis;
import org.evsynth.stats.meta.MetaAnalysisResult;
import org.evsynth.stats.meta.SubgroupAnalysisResult;
import org.evsynth.stats.regression.CommonTau2Subgroups;
import org.evsynth.stats.sensitivity.ProgressListener;

/**
 * What to do with one outcome's study table: the engine's settings, the effect measure, an optional subgroup
 * analysis, and the sensitivity and small-study-bias sections. `evsynth meta`'s options and an outcome of
 * review.yaml both become a plan; {@link #run(StudyTable)} gives the one result that the text panel, the JSON, the
 * CSV, the figures and the report render.
 *
 * <pre>{@code
 * AnalysisPlan plan = AnalysisPlan.of(MetaAnalysis.withDefaults())
 *         .withSubgroups(new Subgroups("alloc", Subgroups.Tau2.SEPARATE))
 *         .with(Sections.none().with(Section.EGGER).withCumulative("year"));
 * AnalysisResult result = plan.run(StudyTableReader.read(path, plan.measure()));
 * }</pre>
 *
 * <p>Immutable: each {@code with} returns a new plan.
 */
public final class AnalysisPlan {

    private final MetaAnalysis settings;
    private final EffectMeasure measure;
    private final Subgroups subgroups;
    private final Sections sections;

    private AnalysisPlan(MetaAnalysis settings, EffectMeasure measure, Subgroups subgroups, Sections sections) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.measure = measure;
        this.subgroups = subgroups;
        this.sections = Objects.requireNonNull(sections, "sections");
    }

    /** The main analysis with these settings, the measure by the table's format, no subgroups, no sections. */
    public static AnalysisPlan of(MetaAnalysis settings) {
        return new AnalysisPlan(settings, null, null, Sections.none());
    }

    /** The same plan for this measure (null: the default of the table's format, as the table reader chooses). */
    public AnalysisPlan withMeasure(EffectMeasure value) {
        return new AnalysisPlan(settings, value, subgroups, sections);
    }

    /** The same plan with a subgroup analysis (null: none). */
    public AnalysisPlan withSubgroups(Subgroups value) {
        return new AnalysisPlan(settings, measure, value, sections);
    }

    /** The same plan with these sections. */
    public AnalysisPlan with(Sections value) {
        return new AnalysisPlan(settings, measure, subgroups, value);
    }

    /** The engine's settings. */
    public MetaAnalysis settings() {
        return settings;
    }

    /** The measure asked for, or null for the table format's default. */
    public EffectMeasure measure() {
        return measure;
    }

    /** The subgroup analysis, or null. */
    public Subgroups subgroups() {
        return subgroups;
    }

    /** The sections asked for. */
    public Sections sections() {
        return sections;
    }

    /**
     * What stops a section of this plan for every table of the format, each as "SECTION-KEY PROBLEM" (for instance
     * "peters is a test for binary outcomes ..."): bad usage, to refuse before any work. Empty when nothing does.
     */
    public List<String> usageProblems(InputFormat format) {
        List<String> problems = new ArrayList<>();
        for (Section section : sections.wanted()) {
            section.usageProblem(format, settings).ifPresent(p -> problems.add(section.key() + " " + p));
        }
        return problems;
    }

    /**
     * Runs the plan on the table's rows: the main analysis (by subgroup when asked), then each section that applies;
     * a section that does not is recorded with its reason.
     *
     * @throws IllegalArgumentException if the data cannot be analysed as planned (the table holds another measure,
     *     a subgroup or order column is missing, or the engine refuses the data)
     * @throws org.evsynth.stats.meta.MetaAnalysisException if the analysis cannot be done
     */
    public AnalysisResult run(StudyTable table) {
        return run(table, ProgressListener.NONE);
    }

    /**
     * Runs the plan as {@link #run(StudyTable)} does, telling the listener how far the sections that refit the model
     * once per study (leave-one-out, influence, cumulative) have got: one count over all of them, a refit at a time.
     * The listener is called on this thread; it is not called when no such section is asked for.
     */
    public AnalysisResult run(StudyTable table, ProgressListener progress) {
        Objects.requireNonNull(progress, "progress");
        if (measure != null && measure != table.measure()) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "%s was read for %s, but the plan is for %s", table.file(), table.measure(), measure));
        }
        List<StudyData> studies = table.studies();
        Function<StudyData, String> groupOf = subgroups == null ? null : table.valuesOf(requireColumn(table,
                subgroups.column()));
        MetaAnalysisResult overall;
        SubgroupAnalysisResult bySubgroup = null;
        if (subgroups == null) {
            overall = settings.run(table.measure(), studies);
        } else {
            bySubgroup = subgroups.tau2() == Subgroups.Tau2.COMMON
                    ? CommonTau2Subgroups.run(settings, table.measure(), studies, groupOf)
                    : settings.runBySubgroup(table.measure(), studies, groupOf);
            overall = bySubgroup.overall();
        }
        List<String> warnings = new ArrayList<>(table.warnings());
        SectionResults done = SectionResults.none();
        if (!sections.isEmpty()) {
            if (sections.cumulativeOrder() != null) {
                requireColumn(table, sections.cumulativeOrder());
            }
            EffectSizes sizes = settings.effectSizes(table.measure(), studies);
            done = new SectionRunner(this, table, sizes, progress).run(warnings);
        }
        return new AnalysisResult(this, table, overall, bySubgroup, groupOf, done, warnings);
    }

    private static String requireColumn(StudyTable table, String column) {
        if (!table.header().contains(column)) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "the column '%s' is not in %s", column, table.file()));
        }
        return column;
    }

    @Override
    public String toString() {
        return "AnalysisPlan[" + settings + ", measure=" + measure + ", subgroups=" + subgroups + ", sections="
                + sections + "]";
    }
}
