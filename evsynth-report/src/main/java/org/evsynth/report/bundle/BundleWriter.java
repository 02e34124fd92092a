package org.evsynth.report.bundle;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import org.evsynth.report.files.OutputFolder;
import org.evsynth.report.prisma.PrismaCountsWriter;
import org.evsynth.report.rob.RobTableWriter;
import org.evsynth.review.rob.RobTool;
import org.evsynth.report.table.StudyTableWriter;

/**
 * Writes an analysis bundle: review.yaml in the schema {@link AnalysisBundle#load} reads (README, "The analysis
 * bundle"), data/NAME.csv per outcome, rob.csv and prisma.csv. The folder is written through an
 * {@link OutputFolder}: files of an earlier export that this one does not write are removed, nothing else, and
 * nothing outside the folder is touched.
 */
public final class BundleWriter {

    /** The file in a bundle that lists what evsynth wrote there. */
    public static final String MANIFEST = ".evsynth-export";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));

    private BundleWriter() {
    }

    /** Whether a folder holds a review.yaml that evsynth did not write (a bundle of someone's, not to overwrite). */
    public static boolean holdsForeignBundle(Path dir) {
        return Files.exists(dir.resolve(AnalysisBundle.REVIEW_FILE)) && !Files.exists(dir.resolve(MANIFEST));
    }

    /**
     * Writes the bundle into the folder.
     *
     * @throws OutputFolder.UnsafeFolderException if a folder inside it is a symbolic link (nothing is written)
     */
    public static void write(BundleContent bundle, Path dir) throws IOException {
        try (OutputFolder folder = OutputFolder.open(dir, MANIFEST)) {
            ObjectNode yaml = YAML.createObjectNode();
            yaml.put("title", bundle.title());
            yaml.set("question", question(bundle.question()));
            if (bundle.notes() != null && !bundle.notes().isBlank()) {
                yaml.put("notes", bundle.notes());
            }
            if (bundle.screeningMethods() != null && !bundle.screeningMethods().isBlank()) {
                yaml.put("screening_methods", bundle.screeningMethods());
            }
            ArrayNode comparisons = yaml.putArray("comparisons");
            Set<String> names = new HashSet<>();
            for (BundleContent.ComparisonContent c : bundle.comparisons()) {
                ObjectNode comparison = comparisons.addObject().put("name", c.name())
                        .put("intervention_label", c.interventionLabel()).put("comparator_label", c.comparatorLabel());
                ArrayNode outcomes = comparison.putArray("outcomes");
                for (BundleContent.OutcomeContent o : c.outcomes()) {
                    outcomes.add(outcome(o, dataFile(o.name(), names), folder));
                }
            }
            if (bundle.riskOfBias() != null) {
                try (Writer w = writer(folder, "rob.csv")) {
                    RobTableWriter.write(bundle.riskOfBias(), w);
                }
                yaml.putObject("risk_of_bias").put("tool", toolKey(bundle.riskOfBias().tool())).put("file", "rob.csv");
            }
            if (bundle.prisma() != null) {
                try (Writer w = writer(folder, "prisma.csv")) {
                    PrismaCountsWriter.write(bundle.prisma(), w);
                }
                yaml.putObject("prisma").put("file", "prisma.csv");
            }
            if (bundle.screeningCurve() != null) {
                ScreeningCurveBundle.write(bundle.screeningCurve(), yaml);
            }
            folder.writeString(AnalysisBundle.REVIEW_FILE, "# Written by evsynth export; the review is the source: "
                    + "export again rather than edit.\n" + YAML.writeValueAsString(yaml));
            folder.commit();
        }
    }

    private static ObjectNode question(Question q) {
        ObjectNode node = YAML.createObjectNode().put("population", q.population())
                .put("intervention", q.intervention()).put("comparator", q.comparator());
        if (!q.outcomes().isEmpty()) {
            ArrayNode outcomes = node.putArray("outcomes");
            q.outcomes().forEach(outcomes::add);
        }
        if (!q.setting().isEmpty()) {
            node.put("setting", q.setting());
        }
        return node;
    }

    private static ObjectNode outcome(BundleContent.OutcomeContent o, String file, OutputFolder folder)
            throws IOException {
        try (Writer w = writer(folder, file)) {
            StudyTableWriter.write(w, o.shape().columns(), o.rows());
        }
        ObjectNode node = YAML.createObjectNode().put("name", o.name()).put("data", file);
        if (o.kind() != OutcomeKind.META_ANALYSIS) {
            node.put("kind", o.kind().key());
        }
        if (o.measure() != null) {
            node.put("measure", o.measure().name());
        }
        return node;
    }

    private static Writer writer(OutputFolder folder, String name) throws IOException {
        return Files.newBufferedWriter(folder.file(name), StandardCharsets.UTF_8);
    }

    private static String toolKey(RobTool tool) {
        for (Map.Entry<String, RobTool> e : BundleReader.ROB_TOOLS.entrySet()) {
            if (e.getValue() == tool) {
                return e.getKey();
            }
        }
        throw new IllegalArgumentException("no review.yaml key for the tool " + tool);
    }

    /** data/NAME.csv, NAME the outcome's words in lower case with hyphens, made unique with -2, -3, ... */
    private static String dataFile(String outcome, Set<String> taken) {
        String s = outcome.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        String base = s.isEmpty() ? "outcome" : s.length() > 60 ? s.substring(0, 60) : s;
        String name = base;
        for (int k = 2; !taken.add(name); k++) {
            name = base + "-" + k;
        }
        return "data/" + name + ".csv";
    }
}
