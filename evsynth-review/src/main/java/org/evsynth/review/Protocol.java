package org.evsynth.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The parts of the protocol ({@code review.yaml}) that the workspace acts on, and the YAML text they came from.
 *
 * @param title            the review's title
 * @param screeningMode    single or dual screening
 * @param exclusionReasons the reasons a full text may be excluded for
 * @param order            the order of the screening queue ({@code screening.order}: import or random)
 * @param seed             the seed of a random order ({@code screening.seed}, default 1)
 * @param yaml             the whole protocol as written
 */
public record Protocol(String title, ScreeningMode screeningMode, List<String> exclusionReasons,
        ScreeningOrder order, long seed, String yaml) {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    public Protocol {
        exclusionReasons = List.copyOf(exclusionReasons);
    }

    /** Parses a protocol; only the title is required. */
    public static Protocol parse(String yaml) {
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (IOException e) {
            throw new IllegalArgumentException("protocol is not valid YAML: " + e.getMessage(), e);
        }
        if (root == null || !root.hasNonNull("title")) {
            throw new IllegalArgumentException("protocol has no title");
        }
        String modeText = root.path("screening").path("mode").asText("dual");
        ScreeningMode mode;
        try {
            mode = ScreeningMode.valueOf(modeText.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "protocol screening.mode '%s' is neither single nor dual", modeText), e);
        }
        List<String> reasons = new ArrayList<>();
        root.path("exclusion_reasons").forEach(n -> reasons.add(n.asText()));
        ScreeningOrder order = ScreeningOrder.of(root.path("screening").path("order").asText("import"));
        long seed = root.path("screening").path("seed").asLong(1);
        return new Protocol(root.get("title").asText(), mode, reasons, order, seed, yaml);
    }

    /** Whether the screening outcomes of the two protocols differ: mode, queue order or seed. */
    boolean screensLike(Protocol other) {
        return other != null && screeningMode == other.screeningMode && order == other.order
                && (order == ScreeningOrder.IMPORT || seed == other.seed);
    }

    /** The skeleton written by {@link Review#create}: every section present, to be filled in. */
    public static String skeleton(String title) {
        String quoted = "\"" + title.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        return """
                # evsynth review protocol. Edit it freely; each changed version is kept in the review's database.
                title: %s
                question:
                  population: ""
                  intervention: ""
                  comparator: ""
                  outcomes: []
                eligibility:
                  include: []
                  exclude: []
                outcomes_of_interest: []
                planned_analyses: []
                screening:
                  mode: dual          # single | dual: two reviewers who agree, or a third to settle it
                  order: import       # import | random: the order records reach each reviewer (random: by seed)
                exclusion_reasons:    # the reasons a full text may be excluded for (PRISMA 2020)
                  - wrong population
                  - wrong intervention
                  - wrong comparator
                  - wrong outcomes
                  - wrong study design
                  - not a primary report
                """.formatted(quoted);
    }
}
