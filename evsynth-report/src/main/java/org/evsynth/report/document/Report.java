package org.evsynth.report.document;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.evsynth.report.table.InputException;
import org.evsynth.report.table.StudyTable;
import org.evsynth.report.table.StudyTableReader;
import org.evsynth.report.bundle.AnalysisBundle;
import org.evsynth.report.bundle.BundleException;
import org.evsynth.report.bundle.Comparison;
import org.evsynth.report.bundle.Outcome;
import org.evsynth.stats.meta.MetaAnalysisException;

/** Loads an analysis bundle, analyses every outcome and writes the report. */
public final class Report {

    /**
     * What was written.
     *
     * @param outcomes outcomes analysed
     * @param figures figures drawn
     * @param warnings things a reviewer should look at
     */
    public record Summary(int outcomes, int figures, List<String> warnings) {
    }

    private Report() {
    }

    /**
     * Writes the report of the bundle in dir to out.
     *
     * @throws BundleException if review.yaml is invalid (every problem listed, with file, line and key)
     * @throws InputException if an outcome's study table is invalid (file, line and column)
     * @throws MetaAnalysisException if an outcome cannot be analysed (the outcome is named)
     */
    public static Summary write(Path dir, Path out, String version) throws IOException, BundleException,
            InputException {
        AnalysisBundle bundle = AnalysisBundle.load(dir);
        List<OutcomeAnalysis> analyses = new ArrayList<>();
        for (Comparison comparison : bundle.comparisons()) {
            for (Outcome outcome : comparison.outcomes()) {
                StudyTable table = StudyTableReader.read(outcome.data(), outcome.options().measure());
                try {
                    analyses.add(OutcomeAnalysis.of(comparison, outcome, table));
                } catch (MetaAnalysisException | IllegalArgumentException e) {
                    throw new MetaAnalysisException(outcome.dataName() + " (" + outcome.name() + "): " + e.getMessage());
                }
            }
        }
        ReportWriter writer = new ReportWriter(bundle, analyses, version, out);
        List<String> warnings = writer.write();
        return new Summary(analyses.size(), writer.figureCount(), warnings);
    }
}
