package org.evsynth.records.screening;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.evsynth.records.BibRecord;
import org.evsynth.records.io.RecordReaders;

/**
 * Not a test: a program that simulates screening on the Cohen et al. (2006) sets for tuning, printing WSS@95 and
 * the stopping rule per set. Usage: ScreeningEvaluation DATA_DIR [evsynth|elas-u4] [seeds].
 */
public final class ScreeningEvaluation {

    private ScreeningEvaluation() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        PrioritySettings settings = args.length > 1 && args[1].equals("elas-u4") ? PrioritySettings.asReviewElasU4()
                : PrioritySettings.defaults();
        int seeds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        List<Long> seedList = java.util.stream.LongStream.rangeClosed(1, seeds).boxed().toList();
        double sum = 0;
        int sets = 0;
        try (var files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                List<BibRecord> records = RecordReaders.read(file).records();
                long t0 = System.nanoTime();
                FeatureMatrix features = TfIdfVectorizer.fit(records, settings.features());
                for (String column : List.of("label1", "label2")) {
                    boolean[] labels = RecordLabels.read(records, column, List.of("I"));
                    List<SimulationRun> runs = new Simulation(features, labels).runs(settings, seedList, 1, 1);
                    double wss = runs.stream().mapToDouble(r -> r.wssAt(0.95)).average().orElse(0);
                    double rrf = runs.stream().mapToDouble(r -> r.rrfAt(0.10)).average().orElse(0);
                    double stopRecall = runs.stream().mapToDouble(SimulationRun::recallAtStop).average().orElse(0);
                    long reached = runs.stream().filter(r -> r.recallAtStop() >= 0.95).count();
                    double stopAt = runs.stream().mapToDouble(r -> 100.0 * r.stoppedAt() / r.records()).average()
                            .orElse(0);
                    System.out.printf(Locale.ROOT, "%-28s %s n=%d rel=%d wss95=%.1f rrf10=%.1f stop=%.1f%% "
                                    + "recall@stop=%.3f (%d/%d>=95%%) %.1fs%n", file.getFileName(), column,
                            records.size(), runs.get(0).relevant(), wss, rrf, stopAt, stopRecall, reached,
                            runs.size(), (System.nanoTime() - t0) / 1e9);
                    sum += wss;
                    sets++;
                }
            }
        }
        System.out.printf(Locale.ROOT, "mean wss95 %.2f over %d%n", sum / sets, sets);
    }
}
