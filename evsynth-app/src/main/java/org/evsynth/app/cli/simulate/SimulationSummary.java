package org.evsynth.app.cli.simulate;

import java.util.List;
import java.util.function.ToDoubleFunction;

import org.evsynth.records.screening.SimulationRun;
import org.evsynth.records.screening.StoppingSettings;

/**
 * The runs of one {@code evsynth simulate} and their means, which the text and JSON outputs both show.
 *
 * @param file          the labelled file
 * @param labelColumn   the column the labels came from
 * @param model         the model simulated
 * @param description   the model's settings in words
 * @param stopping      the stopping rule's settings
 * @param runs          one run per seed
 */
public record SimulationSummary(String file, String labelColumn, SimulationModel model, String description,
                                StoppingSettings stopping, List<SimulationRun> runs) {

    public SimulationSummary {
        runs = List.copyOf(runs);
    }

    public int records() {
        return runs.get(0).records();
    }

    public int relevant() {
        return runs.get(0).relevant();
    }

    double mean(ToDoubleFunction<SimulationRun> metric) {
        return runs.stream().mapToDouble(metric).average().orElse(Double.NaN);
    }

    /** Runs in which the stopping rule stopped with at least the target recall. */
    long reachedTarget() {
        return runs.stream().filter(r -> r.recallAtStop() >= stopping.targetRecall() - 1e-12).count();
    }

    /** Runs in which the ranked-tail form of the test stopped with at least the target recall. */
    long rankedTailReachedTarget() {
        return runs.stream().filter(r -> r.rankedTailRecallAtStop() >= stopping.targetRecall() - 1e-12).count();
    }

    /** The mean relevant found after screening s records, at about 200 points from 0 to N. */
    double[][] meanCurve() {
        int n = records();
        int step = Math.max(1, (int) Math.ceil(n / 200.0));
        int points = n / step + (n % step == 0 ? 1 : 2);
        double[][] curve = new double[points][];
        for (int i = 0; i < points; i++) {
            int screened = Math.min(n, i * step);
            curve[i] = new double[] {screened, mean(r -> r.found(screened))};
        }
        return curve;
    }
}
