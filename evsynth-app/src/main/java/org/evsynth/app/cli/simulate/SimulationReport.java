package org.evsynth.app.cli.simulate;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.evsynth.report.output.Provenance;
import org.evsynth.records.screening.SimulationRun;

/** The text and JSON forms of a simulation. */
final class SimulationReport {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SimulationReport() {
    }

    /**
     * One object: the means over the seeds under the metric names, the mean recall curve, and {@code seeds} with
     * the same keys per seed; then the model, the stopping rule and the provenance.
     */
    static String json(SimulationSummary s, Provenance provenance) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("file", s.file());
        root.put("label", s.labelColumn());
        root.put("records", s.records());
        root.put("relevant", s.relevant());
        root.put("screened_at_95", s.mean(r -> r.screenedAt(0.95)));
        root.put("wss_at_95", s.mean(r -> r.wssAt(0.95)));
        root.put("wss_at_100", s.mean(r -> r.wssAt(1.0)));
        root.put("rrf_at_10", s.mean(r -> r.rrfAt(0.10)));
        root.put("stopped_at", s.mean(SimulationRun::stoppedAt));
        root.put("recall_at_stop", s.mean(SimulationRun::recallAtStop));
        ArrayNode curve = root.putArray("recall_curve");
        for (double[] point : s.meanCurve()) {
            curve.addArray().add((int) point[0]).add(point[1]);
        }
        ArrayNode seeds = root.putArray("seeds");
        for (SimulationRun run : s.runs()) {
            seeds.add(run(run));
        }
        ObjectNode model = root.putObject("model");
        model.put("name", s.model().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        model.put("settings", s.description());
        ObjectNode stopping = root.putObject("stopping");
        stopping.put("rule", "hypergeometric test, Callaghan & Müller-Hansen 2020");
        stopping.put("target_recall", s.targetRecall());
        stopping.put("confidence", s.confidence());
        stopping.put("runs_reaching_target", s.reachedTarget());
        ObjectNode prov = root.putObject("provenance");
        prov.put("evsynth_version", provenance.version());
        prov.put("input_file", provenance.inputFile());
        prov.put("input_sha256", provenance.inputSha256());
        ArrayNode args = prov.putArray("arguments");
        provenance.arguments().forEach(args::add);
        try {
            return MAPPER.writeValueAsString(root) + System.lineSeparator();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private static ObjectNode run(SimulationRun run) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("seed", run.seed());
        node.put("records", run.records());
        node.put("relevant", run.relevant());
        node.put("screened_at_95", run.screenedAt(0.95));
        node.put("wss_at_95", run.wssAt(0.95));
        node.put("wss_at_100", run.wssAt(1.0));
        node.put("rrf_at_10", run.rrfAt(0.10));
        node.put("stopped_at", run.stoppedAt());
        node.put("recall_at_stop", run.recallAtStop());
        ArrayNode curve = node.putArray("recall_curve");
        curve.addArray().add(0).add(0);
        for (int i = 0; i < run.foundAt().length; i++) {
            curve.addArray().add(run.foundAt()[i]).add(i + 1);
        }
        curve.addArray().add(run.records()).add(run.relevant());
        return node;
    }

    /** A table: one row per seed, then the mean, then what the stopping rule did. */
    static String text(SimulationSummary s) {
        StringBuilder out = new StringBuilder();
        out.append(s.file()).append(", labels from ").append(s.labelColumn()).append('\n');
        out.append(String.format(Locale.ROOT, "%d records, %d relevant; model %s: %s%n%n", s.records(),
                s.relevant(), s.model().name().toLowerCase(Locale.ROOT).replace('_', '-'), s.description()));
        out.append(String.format(Locale.ROOT, "%-8s %14s %9s %10s %9s %10s %14s%n", "Seed", "Screened@95",
                "WSS@95", "WSS@100", "RRF@10", "Stopped at", "Recall at stop"));
        for (SimulationRun r : s.runs()) {
            out.append(String.format(Locale.ROOT, "%-8d %14d %8.1f%% %9.1f%% %8.1f%% %10d %13.1f%%%n", r.seed(),
                    r.screenedAt(0.95), r.wssAt(0.95), r.wssAt(1.0), r.rrfAt(0.10), r.stoppedAt(),
                    100 * r.recallAtStop()));
        }
        out.append(String.format(Locale.ROOT, "%-8s %14.1f %8.1f%% %9.1f%% %8.1f%% %10.1f %13.1f%%%n%n", "Mean",
                s.mean(r -> r.screenedAt(0.95)), s.mean(r -> r.wssAt(0.95)), s.mean(r -> r.wssAt(1.0)),
                s.mean(r -> r.rrfAt(0.10)), s.mean(SimulationRun::stoppedAt), 100 * s.mean(SimulationRun::recallAtStop)));
        out.append(String.format(Locale.ROOT, "Stopping rule: hypergeometric test (Callaghan & Müller-Hansen 2020), "
                        + "target recall %.0f%% with %.0f%% confidence; reached in %d of %d runs, stopping after "
                        + "%.1f%% of the records on average.%n", 100 * s.targetRecall(), 100 * s.confidence(),
                s.reachedTarget(), s.runs().size(), 100 * s.mean(SimulationRun::stoppedAt) / s.records()));
        return out.toString();
    }

    /** The seeds as labels for a plot's key. */
    static List<String> labels(SimulationSummary s) {
        return s.runs().stream().map(r -> "seed " + r.seed()).toList();
    }
}
