package org.evsynth.report.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.evsynth.report.bundle.BundleContent.ComparisonContent;
import org.evsynth.report.bundle.BundleContent.OutcomeContent;
import org.evsynth.report.bundle.BundleContent;
import org.evsynth.report.bundle.BundleWriter;
import org.evsynth.report.bundle.Question;
import org.evsynth.report.rob.RobTable;
import org.evsynth.review.Review;

/**
 * `evsynth export`: a live review's analysis bundle (README, "The analysis bundle"), from its included studies.
 * One study table per extracted outcome; outcomes with the same two arms form one comparison, and contrasts (an
 * estimate with its CI, stored under its measure) go to a comparison named from the protocol's intervention and
 * comparator; review.yaml with the protocol's question; prisma.csv with every count the review knows; rob.csv when
 * the judgements cover every domain of the tool.
 */
public final class BundleExport {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final String NOT_STATED = "not stated in the protocol";

    /**
     * What was written.
     *
     * @param outcomes outcomes exported
     * @param studies included studies
     * @param rob whether rob.csv was written
     * @param warnings what was left out, and why
     */
    public record Summary(int outcomes, int studies, boolean rob, List<String> warnings) {
    }

    private BundleExport() {
    }

    /** The bundle of the review as it stands now, not yet written; what is left out is added to the warnings. */
    public static BundleContent content(Review review, List<String> warnings) throws IOException {
        return content(ReviewData.of(review), warnings);
    }

    private static BundleContent content(ReviewData data, List<String> warnings) throws IOException {
        warnings.addAll(data.warnings());
        warnings.addAll(data.prisma().notes());
        JsonNode protocol = YAML.readTree(data.protocolYaml());
        JsonNode question = protocol == null ? YAML.createObjectNode() : protocol.path("question");
        String intervention = text(question.path("intervention"), "Intervention");
        String comparator = text(question.path("comparator"), "Comparator");
        Map<String, List<OutcomeContent>> byGroups = new LinkedHashMap<>();
        Map<String, String[]> labels = new LinkedHashMap<>();
        for (OutcomeTables.Exported e : new OutcomeTables(warnings).of(data.studies())) {
            String group1 = e.group1() == null ? intervention : e.group1();
            String group2 = e.group2() == null ? comparator : e.group2();
            String key = group1 + "\u0000" + group2;
            labels.putIfAbsent(key, new String[] {group1, group2});
            byGroups.computeIfAbsent(key, k -> new ArrayList<>()).add(e.content());
        }
        List<ComparisonContent> comparisons = new ArrayList<>();
        byGroups.forEach((key, outcomes) -> comparisons.add(new ComparisonContent(labels.get(key)[0] + " versus "
                + labels.get(key)[1], labels.get(key)[0], labels.get(key)[1], outcomes)));
        RobTable rob = RobExport.of(data.studies(), warnings);
        String notes = String.format(Locale.ROOT, "Exported by evsynth export from the review %s: %d included "
                + "studies.", data.location(), data.studies().size());
        return new BundleContent(data.title(), question(question), notes, data.screeningMethods(), comparisons, rob,
                data.prisma(), data.screeningCurve());
    }

    /**
     * Writes the bundle of the review into the folder; nothing when no included study has extracted outcome data
     * (a bundle needs an outcome).
     *
     * @throws org.evsynth.report.files.OutputFolder.UnsafeFolderException if a folder inside out is a symbolic link
     */
    public static Summary write(Review review, Path out) throws IOException {
        List<String> warnings = new ArrayList<>();
        ReviewData data = ReviewData.of(review);
        BundleContent bundle = content(data, warnings);
        if (!bundle.comparisons().isEmpty()) {
            BundleWriter.write(bundle, out);
        }
        return new Summary(bundle.outcomes().size(), data.studies().size(), bundle.riskOfBias() != null, warnings);
    }

    private static Question question(JsonNode q) {
        List<String> outcomes = new ArrayList<>();
        q.path("outcomes").forEach(n -> {
            if (n.isTextual() && !n.asText().isBlank()) {
                outcomes.add(n.asText());
            }
        });
        return new Question(text(q.path("population"), NOT_STATED), text(q.path("intervention"), NOT_STATED),
                text(q.path("comparator"), NOT_STATED), outcomes, "");
    }

    private static String text(JsonNode node, String fallback) {
        return node.isTextual() && !node.asText().isBlank() ? node.asText() : fallback;
    }
}
