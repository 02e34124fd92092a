package org.evsynth.report.document;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.evsynth.report.bundle.AnalysisBundle;
import org.evsynth.report.bundle.BundleException;
import org.evsynth.report.bundle.Comparison;
import org.evsynth.report.bundle.Outcome;
import org.evsynth.report.files.OutputFolder;
import org.evsynth.report.table.InputException;
import org.evsynth.report.table.StudyTable;
import org.evsynth.report.table.StudyTableReader;
import org.evsynth.stats.meta.MetaAnalysisException;

/** Loads an analysis bundle, analyses every outcome and writes the report. */
public final class Report {

    /** The file in a report folder that lists what evsynth wrote there. */
    public static final String MANIFEST = ".evsynth-report";

    /**
     * What was written.
     *
     * @param outcomes outcomes analysed
     * @param figures figures drawn
     * @param warnings things a reviewer should look at
     * @param replaced files of the folder that no earlier evsynth report wrote and that this one replaced
     */
    public record Summary(int outcomes, int figures, List<String> warnings, List<String> replaced) {
    }

    private Report() {
    }

    /**
     * Writes the report of the bundle in dir to out. Files an earlier report wrote there and this one does not are
     * removed; other files are left alone.
     *
     * @throws BundleException if review.yaml is invalid (every problem listed, with file, line and key)
     * @throws InputException if an outcome's study table is invalid (file, line and column)
     * @throws MetaAnalysisException if an outcome cannot be analysed (the outcome is named)
     * @throws OutputFolder.UnsafeFolderException if a folder in out is a symbolic link (nothing is written)
     */
    public static Summary write(Path dir, Path out, String version) throws IOException, BundleException,
            InputException {
        AnalysisBundle bundle = AnalysisBundle.load(dir);
        List<OutcomeAnalysis> analyses = new ArrayList<>();
        for (Comparison comparison : bundle.comparisons()) {
            for (Outcome outcome : comparison.outcomes()) {
                analyses.add(analyse(comparison, outcome));
            }
        }
        ReportDocument document = new ReportDocument(bundle, analyses, version);
        String xhtml = document.xhtml();
        try (OutputFolder folder = OutputFolder.open(out, MANIFEST)) {
            List<String> replaced = ReportWriter.write(document, ResultsJson.of(bundle, analyses, version), folder,
                    xhtml);
            return new Summary(analyses.size(), document.figures().size(), document.warnings(), replaced);
        }
    }

    private static OutcomeAnalysis analyse(Comparison comparison, Outcome outcome) throws InputException {
        StudyTable table = StudyTableReader.read(outcome.data(), outcome.options().measure());
        try {
            return OutcomeAnalysis.of(comparison, outcome, table);
        } catch (MetaAnalysisException | IllegalArgumentException e) {
            throw new MetaAnalysisException(outcome.dataName() + " (" + outcome.name() + "): " + e.getMessage());
        }
    }
}
