package org.evsynth.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.evsynth.records.search.SearchDocument;
import org.evsynth.records.search.SearchIndex;
import org.evsynth.records.search.Strategy;
import org.evsynth.records.search.StrategyParser;
import org.evsynth.records.search.StrategyResult;
import org.evsynth.records.search.StrategyRunner;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 12's speed goal: a 100-line Ovid strategy over 100,000 records in under 2 s. The records are synthetic
 * (fixed seed): titles and abstracts drawn from a clinical vocabulary, three MeSH headings with subheadings,
 * keywords, a publication type, a language and a year each. The strategy has the shape of a NICE or Cochrane
 * appendix: 80 search lines (phrases, truncation, {@code adjN}, headings with and without {@code exp} and
 * subheadings, field lists, {@code .pt.}, {@code .fs.}), 20 combination and limit lines. {@code run} is the
 * strategy on an index built once; {@code indexAndRun} includes indexing the 100,000 records, as one
 * {@code evsynth search} does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class SearchBenchmark {

    static final int RECORDS = 100_000;
    private static final String[] WORDS = {"heart", "failure", "cardiac", "myocardial", "infarction", "shock",
        "cardiogenic", "pump", "device", "assist", "ventricular", "left", "support", "mechanical", "circulatory",
        "mortality", "patients", "randomised", "randomized", "trial", "controlled", "cohort", "outcome", "stroke",
        "bleeding", "renal", "therapy", "treatment", "placebo", "blind", "elderly", "children", "surgery", "risk",
        "impella", "ecmo", "balloon", "intra", "aortic", "catheter", "flow", "axial", "haemolysis", "hemolysis",
        "kidney", "injury", "sepsis", "infection", "survival", "hospital", "intensive", "care", "unit", "dose"};
    private static final String[] HEADINGS = {"Heart Failure", "Shock, Cardiogenic", "Myocardial Infarction",
        "Heart-Assist Devices", "Cardiomyopathies", "Stroke", "Hemorrhage", "Acute Kidney Injury", "Sepsis",
        "Humans", "Animals", "Aged", "Child", "Extracorporeal Membrane Oxygenation", "Intra-Aortic Balloon Pumping"};
    private static final String[] SUBHEADINGS = {"th", "dt", "mo", "co", "di", "su", "ae", "ep"};

    private List<SearchDocument> documents;
    private SearchIndex index;
    private Strategy strategy;

    @Setup(Level.Trial)
    public void build() {
        documents = records(RECORDS, new SplittableRandom(12));
        index = SearchIndex.of(documents);
        strategy = StrategyParser.parse(strategyText());
    }

    @TearDown(Level.Trial)
    public void close() {
        index.close();
    }

    @Benchmark
    public StrategyResult run() {
        return StrategyRunner.run(strategy, index);
    }

    @Benchmark
    public StrategyResult indexAndRun() {
        return StrategyRunner.run(strategy, documents);
    }

    static List<SearchDocument> records(int n, SplittableRandom random) {
        List<SearchDocument> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            List<String> headings = new ArrayList<>();
            for (int h = 0; h < 3; h++) {
                headings.add((random.nextInt(4) == 0 ? "*" : "") + HEADINGS[random.nextInt(HEADINGS.length)] + "/"
                        + SUBHEADINGS[random.nextInt(SUBHEADINGS.length)]);
            }
            out.add(new SearchDocument(Integer.toString(i), Integer.toString(10_000_000 + i), words(random, 12),
                    words(random, 150), List.of(words(random, 2), words(random, 2)), headings,
                    List.of(random.nextBoolean() ? "Randomized Controlled Trial" : "Journal Article"), List.of(),
                    random.nextInt(10) == 0 ? "ger" : "eng", 1990 + random.nextInt(35)));
        }
        return out;
    }

    private static String words(SplittableRandom random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.toString();
    }

    /** 80 searches in 8 blocks of 10, each block combined, then the blocks and limits: 100 lines. */
    static String strategyText() {
        List<String> lines = new ArrayList<>();
        String[] heads = {"Heart Failure", "Shock, Cardiogenic", "Myocardial Infarction", "Heart-Assist Devices",
            "Cardiomyopathies", "Stroke", "Hemorrhage", "Acute Kidney Injury"};
        for (int block = 0; block < 8; block++) {
            String a = WORDS[block * 3];
            String b = WORDS[block * 3 + 1];
            String c = WORDS[block * 3 + 2];
            lines.add("exp " + heads[block] + "/");
            lines.add(heads[block] + "/th, dt");
            lines.add("*" + heads[block] + "/");
            lines.add("(" + a + " adj3 " + b + ").tw.");
            lines.add("(" + a + "* or " + b + "$).ti,ab.");
            lines.add("\"" + a + " " + c + "\".ti,ab,kw.");
            lines.add("(" + b + "$2 adj5 (" + c + " or " + a + ")).ab.");
            lines.add(c + "*.mp.");
            lines.add("(" + a + " and " + c + ").ti.");
            lines.add("randomized controlled trial.pt. or " + WORDS[40 + block] + "*.tw.");
        }
        for (int block = 0; block < 8; block++) {
            lines.add("or/" + (block * 10 + 1) + "-" + (block * 10 + 10));
        }
        lines.add("81 and 82");
        lines.add("83 or 84");
        lines.add("85 and 86");
        lines.add("87 or 88");
        lines.add("89 or 90 or 91 or 92");
        lines.add("93 not (th or dt).fs.");
        lines.add("exp animals/ not humans.sh.");
        lines.add("93 not 95");
        lines.add("limit 96 to english language");
        lines.add("limit 97 to (humans and yr=\"2000 - Current\")");
        lines.add("limit 98 to \"therapy (maximizes sensitivity)\"");
        lines.add("or/97-99");
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            text.append(i + 1).append(' ').append(lines.get(i)).append('\n');
        }
        return text.toString();
    }
}
