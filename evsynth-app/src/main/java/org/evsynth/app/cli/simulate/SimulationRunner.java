package org.evsynth.app.cli.simulate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.evsynth.report.output.Provenance;
import org.evsynth.records.BibRecord;
import org.evsynth.records.screening.FeatureMatrix;
import org.evsynth.records.screening.PrioritySettings;
import org.evsynth.records.screening.RecordLabels;
import org.evsynth.records.screening.Simulation;
import org.evsynth.records.screening.SimulationRun;
import org.evsynth.records.screening.StoppingSettings;
import org.evsynth.records.screening.TfIdfVectorizer;
import org.evsynth.report.figure.RecallCurvePlot;
import org.evsynth.report.render.FigureFiles;

/**
 * Runs a simulation for {@code evsynth simulate} and renders its result: the labels read, the features built once,
 * one run per seed, then text, JSON or a plot. Bad input throws IllegalArgumentException naming file, line and
 * column.
 */
public final class SimulationRunner {

    private final String file;
    private final List<BibRecord> records;
    private final SimulationModel model;
    private final PrioritySettings settings;

    public SimulationRunner(String file, List<BibRecord> records, SimulationModel model, StoppingSettings stopping) {
        if (records.isEmpty()) {
            throw new IllegalArgumentException(file + ": no records to simulate on");
        }
        this.file = file;
        this.records = List.copyOf(records);
        this.model = model;
        this.settings = model.settings().withStopping(stopping);
    }

    /**
     * The runs.
     *
     * @param labelColumn   the label column, or null for the defaults
     * @param includeValues the values meaning relevant, or null for the defaults
     */
    public SimulationSummary run(String labelColumn, List<String> includeValues, List<Long> seeds,
                                 int priorIncludes, int priorExcludes) {
        String column = RecordLabels.column(records, labelColumn, file);
        boolean[] labels = RecordLabels.read(records, column,
                includeValues == null ? RecordLabels.DEFAULT_INCLUDE_VALUES : includeValues);
        FeatureMatrix features = TfIdfVectorizer.fit(records, settings.features());
        Simulation simulation;
        try {
            simulation = new Simulation(features, labels);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ", column " + column + ": " + e.getMessage(), e);
        }
        List<SimulationRun> runs;
        try {
            runs = simulation.runs(settings, seeds, priorIncludes, priorExcludes);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ", column " + column + ": " + e.getMessage(), e);
        }
        return new SimulationSummary(file, column, model, settings.describe(), settings.stopping(), runs);
    }

    public String text(SimulationSummary summary) {
        return SimulationReport.text(summary);
    }

    public String json(SimulationSummary summary, Provenance provenance) {
        return SimulationReport.json(summary, provenance);
    }

    /** Draws the recall curves, one per seed, with the stopping points. */
    public void plot(SimulationSummary summary, Path out) throws IOException {
        List<RecallCurvePlot.Curve> curves = new ArrayList<>();
        List<String> labels = SimulationReport.labels(summary);
        for (int i = 0; i < summary.runs().size(); i++) {
            SimulationRun run = summary.runs().get(i);
            curves.add(new RecallCurvePlot.Curve(labels.get(i), run.foundAt(), run.switchedAt(), run.stoppedAt(),
                    run.relevantAtStop()));
        }
        String title = "Recall curve: " + Path.of(file).getFileName() + " (" + summary.labelColumn() + ")";
        FigureFiles.write(RecallCurvePlot.of(title, summary.records(), summary.relevant(), curves).svg(), out);
    }
}
