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
        putSwitch(root, s.runs().stream().allMatch(r -> r.switchedAt() >= 0) ? s.mean(SimulationRun::switchedAt)
                : Double.NaN);
        root.put("stopped_at", s.mean(SimulationRun::stoppedAt));
        root.put("recall_at_stop", s.mean(SimulationRun::recallAtStop));
        root.put("work_saved_at_stop", s.mean(SimulationReport::workSavedAtStop));
        root.put("ranked_tail_stopped_at", s.mean(SimulationRun::rankedTailStoppedAt));
        root.put("ranked_tail_recall_at_stop", s.mean(SimulationRun::rankedTailRecallAtStop));
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
        stopping.put("rule", s.stopping().describe());
        stopping.put("protocol", s.stopping().protocol().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        stopping.put("target_recall", s.stopping().targetRecall());
        stopping.put("confidence", s.stopping().confidence());
        stopping.put("runs_reaching_target", s.reachedTarget());
        stopping.put("ranked_tail_runs_reaching_target", s.rankedTailReachedTarget());
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
        putSwitch(node, run.switchedAt() >= 0 ? run.switchedAt() : Double.NaN);
        node.put("stopped_at", run.stoppedAt());
        node.put("recall_at_stop", run.recallAtStop());
        node.put("work_saved_at_stop", workSavedAtStop(run));
        node.put("ranked_tail_stopped_at", run.rankedTailStoppedAt());
        node.put("ranked_tail_recall_at_stop", run.rankedTailRecallAtStop());
        ArrayNode curve = node.putArray("recall_curve");
        curve.addArray().add(0).add(0);
        for (int i = 0; i < run.foundAt().length; i++) {
            curve.addArray().add(run.foundAt()[i]).add(i + 1);
        }
        curve.addArray().add(run.records()).add(run.relevant());
        return node;
    }

    /** The records the stopping rule left unscreened, in percent of all: 100 (N - stopped_at) / N. */
    private static double workSavedAtStop(SimulationRun run) {
        return 100.0 * (run.records() - run.stoppedAt()) / run.records();
    }

    /** {@code switched_at}: where random sampling began; null under the ranked-tail protocol. */
    private static void putSwitch(ObjectNode node, double switchedAt) {
        if (Double.isNaN(switchedAt)) {
            node.putNull("switched_at");
        } else if (switchedAt == Math.rint(switchedAt)) {
            node.put("switched_at", (int) switchedAt);
        } else {
            node.put("switched_at", switchedAt);
        }
    }

    /** A table: one row per seed, then the mean, then what the stopping rule did. */
    static String text(SimulationSummary s) {
        StringBuilder out = new StringBuilder();
        out.append(s.file()).append(", labels from ").append(s.labelColumn()).append('\n');
        out.append(String.format(Locale.ROOT, "%d records, %d relevant; model %s: %s%n%n", s.records(),
                s.relevant(), s.model().name().toLowerCase(Locale.ROOT).replace('_', '-'), s.description()));
        out.append(String.format(Locale.ROOT, "%-8s %12s %8s %8s %8s %9s %9s %9s%n", "Seed", "Screened@95",
                "WSS@95", "WSS@100", "RRF@10", "Sampling", "Stopped", "Recall"));
        for (SimulationRun r : s.runs()) {
            out.append(String.format(Locale.ROOT, "%-8d %12d %7.1f%% %7.1f%% %7.1f%% %9s %9d %8.1f%%%n", r.seed(),
                    r.screenedAt(0.95), r.wssAt(0.95), r.wssAt(1.0), r.rrfAt(0.10),
                    r.switchedAt() < 0 ? "-" : Integer.toString(r.switchedAt()), r.stoppedAt(),
                    100 * r.recallAtStop()));
        }
        out.append(String.format(Locale.ROOT, "%-8s %12.1f %7.1f%% %7.1f%% %7.1f%% %9s %9.1f %8.1f%%%n%n", "Mean",
                s.mean(r -> r.screenedAt(0.95)), s.mean(r -> r.wssAt(0.95)), s.mean(r -> r.wssAt(1.0)),
                s.mean(r -> r.rrfAt(0.10)), s.runs().stream().anyMatch(r -> r.switchedAt() < 0) ? "-"
                        : String.format(Locale.ROOT, "%.1f", s.mean(SimulationRun::switchedAt)),
                s.mean(SimulationRun::stoppedAt), 100 * s.mean(SimulationRun::recallAtStop)));
        out.append(String.format(Locale.ROOT, "Stopping rule: %s.%nReached the target in %d of %d runs, stopping "
                        + "after %.1f%% of the records on average (%.1f%% of the work saved).%n",
                s.stopping().describe(), s.reachedTarget(), s.runs().size(),
                100 * s.mean(SimulationRun::stoppedAt) / s.records(),
                100 - 100 * s.mean(SimulationRun::stoppedAt) / s.records()));
        out.append(String.format(Locale.ROOT, "Beside it, buscar's ranked-tail form (no guarantee): target reached in "
                        + "%d of %d runs, stopping after %.1f%% of the records.%n", s.rankedTailReachedTarget(),
                s.runs().size(), 100 * s.mean(SimulationRun::rankedTailStoppedAt) / s.records()));
        return out.toString();
    }

    /** The seeds as labels for a plot's key. */
    static List<String> labels(SimulationSummary s) {
        return s.runs().stream().map(r -> "seed " + r.seed()).toList();
    }
}
