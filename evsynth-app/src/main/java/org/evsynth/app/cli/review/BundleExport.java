package org.evsynth.app.cli.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.evsynth.review.rob.Judgement;
import org.evsynth.review.rob.RobTool;
import org.evsynth.review.RecordState;
import org.evsynth.review.Review;
import org.evsynth.review.RiskOfBias;
import org.evsynth.review.Study;

/**
 * Writes a review's analysis bundle (README, "The analysis bundle"): the included studies' extracted outcome data as
 * one study table per outcome, review.yaml, prisma.csv from the review's counts, and rob.csv when there are
 * risk-of-bias judgements.
 *
 * <p>Conventions: an outcome's first arm extracted is group 1 (the experimental arm); outcomes with the same two
 * arms form one comparison. An estimate with its CI is a contrast, stored with the measure (HR, OR, ...) as the
 * arm; such outcomes go to a comparison named from the protocol's intervention and comparator. Extraction keys are
 * "outcome/arm", split at the last slash, so an arm's name must not contain one.
 */
final class BundleExport {

    /** A file in the bundle that says evsynth export wrote it, and lists the files it wrote. */
    static final String MARKER = ".evsynth-export";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));
    private static final Set<String> CONTRAST_MEASURES = Set.of("HR", "OR", "RR", "RD", "MD", "SMD", "GEN");
    private static final String NOT_STATED = "not stated in the protocol";

    /** What was written. */
    record Summary(int outcomes, int studies, boolean rob, List<String> warnings) {
    }

    /** One outcome's data: the arms in order and, per study, each arm's data. */
    private static final class Table {
        final String name;
        final List<String> arms = new ArrayList<>();
        final Map<String, Map<String, Map<String, Object>>> rows = new LinkedHashMap<>();

        Table(String name) {
            this.name = name;
        }
    }

    private BundleExport() {
    }

    static Summary write(Review review, Path out) throws IOException {
        List<String> warnings = new ArrayList<>();
        Set<Long> includedReports = new HashSet<>();
        for (RecordState s : review.recordStatuses()) {
            if ("included".equals(ReviewRecords.status(s))) {
                includedReports.add(s.id());
                if (s.study() == null) {
                    warnings.add(String.format(Locale.ROOT, "record %d is included but is a report of no study; "
                            + "link it (evsynth studies) to export its data", s.id()));
                }
            }
        }
        List<Study> studies = new ArrayList<>();
        for (Study s : review.studies().list()) {
            if (s.reports().stream().anyMatch(includedReports::contains)) {
                studies.add(s);
            }
        }
        Map<String, Table> tables = new LinkedHashMap<>();
        for (Study study : studies) {
            for (Map.Entry<String, Map<String, Object>> e : review.extraction(study.id()).entrySet()) {
                int slash = e.getKey().lastIndexOf('/');
                if (e.getKey().equals("characteristics") || slash < 0) {
                    continue;
                }
                String outcome = e.getKey().substring(0, slash);
                String arm = e.getKey().substring(slash + 1);
                Table t = tables.computeIfAbsent(outcome, Table::new);
                if (!t.arms.contains(arm)) {
                    t.arms.add(arm);
                }
                t.rows.computeIfAbsent(study.label(), k -> new LinkedHashMap<>()).put(arm, e.getValue());
            }
        }

        cleanPrevious(out);
        Files.createDirectories(out.resolve("data"));
        List<String> written = new ArrayList<>();
        JsonNode protocol = YAML.readTree(review.protocol().yaml());
        JsonNode question = protocol == null ? YAML.createObjectNode() : protocol.path("question");
        String intervention = text(question.path("intervention"), "Intervention");
        String comparator = text(question.path("comparator"), "Comparator");
        Map<String, Map<String, Object>> comparisons = new LinkedHashMap<>();
        Set<String> files = new HashSet<>();
        for (Table t : tables.values()) {
            Map<String, Object> outcome = writeTable(t, out, files, warnings);
            if (outcome == null) {
                continue;
            }
            written.add((String) outcome.get("data"));
            boolean contrast = outcome.containsKey("measure");
            String group1 = contrast ? intervention : t.arms.get(0);
            String group2 = contrast ? comparator : t.arms.get(1);
            Map<String, Object> comparison = comparisons.computeIfAbsent(group1 + "\u0000" + group2, k -> {
                Map<String, Object> c = new LinkedHashMap<>();
                c.put("name", group1 + " versus " + group2);
                c.put("intervention_label", group1);
                c.put("comparator_label", group2);
                c.put("outcomes", new ArrayList<Object>());
                return c;
            });
            @SuppressWarnings("unchecked")
            List<Object> list = (List<Object>) comparison.get("outcomes");
            list.add(outcome);
        }

        Map<String, Object> yaml = new LinkedHashMap<>();
        yaml.put("title", review.title());
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("population", text(question.path("population"), NOT_STATED));
        q.put("intervention", text(question.path("intervention"), NOT_STATED));
        q.put("comparator", text(question.path("comparator"), NOT_STATED));
        List<String> outcomes = new ArrayList<>();
        question.path("outcomes").forEach(n -> {
            if (n.isTextual() && !n.asText().isBlank()) {
                outcomes.add(n.asText());
            }
        });
        if (!outcomes.isEmpty()) {
            q.put("outcomes", outcomes);
        }
        yaml.put("question", q);
        yaml.put("notes", String.format(Locale.ROOT, "Exported by evsynth export from the review %s: %d included "
                + "studies.", review.location(), studies.size()));
        yaml.put("comparisons", new ArrayList<>(comparisons.values()));

        boolean rob = writeRob(review, studies, out.resolve("rob.csv"), warnings);
        if (rob) {
            written.add("rob.csv");
            yaml.put("risk_of_bias", Map.of("tool", robTool(review, studies).id(), "file", "rob.csv"));
        }
        try (Writer w = Files.newBufferedWriter(out.resolve("prisma.csv"), StandardCharsets.UTF_8)) {
            ReviewPrisma.writeCsv(review.status(), w);
        }
        written.add("prisma.csv");
        yaml.put("prisma", Map.of("file", "prisma.csv"));
        Files.writeString(out.resolve("review.yaml"), "# Written by evsynth export; the review is the source: "
                + "export again rather than edit.\n" + YAML.writeValueAsString(yaml), StandardCharsets.UTF_8);
        written.add("review.yaml");
        Files.writeString(out.resolve(MARKER), String.join("\n", written) + "\n", StandardCharsets.UTF_8);
        int count = comparisons.values().stream().mapToInt(c -> ((List<?>) c.get("outcomes")).size()).sum();
        return new Summary(count, studies.size(), rob, warnings);
    }

    /** Removes the files an earlier export wrote, so an outcome dropped since does not linger. */
    private static void cleanPrevious(Path out) throws IOException {
        Path marker = out.resolve(MARKER);
        if (!Files.isRegularFile(marker)) {
            return;
        }
        for (String name : Files.readAllLines(marker, StandardCharsets.UTF_8)) {
            if (!name.isBlank() && !name.contains("..")) {
                Files.deleteIfExists(out.resolve(name));
            }
        }
    }

    /** Writes the outcome's study table; returns its review.yaml entry, or null (with a warning) when it cannot. */
    private static Map<String, Object> writeTable(Table t, Path out, Set<String> files, List<String> warnings)
            throws IOException {
        Set<String> shape = t.rows.values().iterator().next().values().iterator().next().keySet();
        boolean contrast = shape.equals(Set.of("estimate", "lower", "upper"));
        String measure = null;
        if (contrast) {
            if (t.arms.size() != 1 || !CONTRAST_MEASURES.contains(t.arms.get(0).toUpperCase(Locale.ROOT))) {
                warnings.add(String.format(Locale.ROOT, "outcome '%s' is not exported: an estimate with its CI must "
                        + "be stored with its measure (%s) as the arm, once per study; found arms %s", t.name,
                        String.join(", ", CONTRAST_MEASURES), t.arms));
                return null;
            }
            measure = t.arms.get(0).toUpperCase(Locale.ROOT);
        } else if (t.arms.size() != 2) {
            warnings.add(String.format(Locale.ROOT, "outcome '%s' is not exported: it has arms %s; a study table "
                    + "compares two", t.name, t.arms));
            return null;
        }
        List<String> fields = contrast ? List.of("estimate", "lower", "upper")
                : shape.contains("events") ? List.of("events", "total") : List.of("mean", "sd", "n");
        List<String> header = new ArrayList<>(List.of("study"));
        if (contrast) {
            header.addAll(List.of("estimate", "ci_lower", "ci_upper"));
        } else {
            for (int g = 1; g <= 2; g++) {
                for (String f : fields) {
                    header.add(f + "_" + g);
                }
            }
        }
        String file = "data/" + unique(slug(t.name), files) + ".csv";
        int rows = 0;
        try (CSVPrinter p = new CSVPrinter(Files.newBufferedWriter(out.resolve(file), StandardCharsets.UTF_8),
                CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).setRecordSeparator('\n')
                        .build())) {
            for (Map.Entry<String, Map<String, Map<String, Object>>> row : t.rows.entrySet()) {
                List<Object> cells = new ArrayList<>(List.of(row.getKey()));
                boolean complete = true;
                for (String arm : t.arms) {
                    Map<String, Object> data = row.getValue().get(arm);
                    if (data == null || !data.keySet().equals(Set.copyOf(fields))) {
                        complete = false;
                        break;
                    }
                    fields.forEach(f -> cells.add(number(data.get(f))));
                }
                if (!complete) {
                    warnings.add(String.format(Locale.ROOT, "outcome '%s': study '%s' is left out: it lacks an arm "
                            + "or its arms' data differ in shape (%s)", t.name, row.getKey(), String.join(", ",
                            fields)));
                    continue;
                }
                p.printRecord(cells);
                rows++;
            }
        }
        if (rows == 0) {
            Files.delete(out.resolve(file));
            warnings.add("outcome '" + t.name + "' is not exported: no study has complete data");
            return null;
        }
        Map<String, Object> outcome = new LinkedHashMap<>();
        outcome.put("name", t.name);
        outcome.put("data", file);
        if (rows == 1) {
            outcome.put("kind", "single-study");
        }
        if (measure != null) {
            outcome.put("measure", measure);
        }
        return outcome;
    }

    /** rob.csv in robvis' layout, when every included study judged names each domain of the tool and Overall. */
    private static boolean writeRob(Review review, List<Study> studies, Path file, List<String> warnings)
            throws IOException {
        RobTool tool = robTool(review, studies);
        if (tool == null) {
            return false;
        }
        List<String> header = new ArrayList<>(List.of("Study"));
        for (int d = 1; d <= tool.domains().size(); d++) {
            header.add("D" + d);
        }
        header.add("Overall");
        List<List<String>> rows = new ArrayList<>();
        for (Study s : studies) {
            List<RiskOfBias> judgements = review.risksOfBias(s.id());
            if (judgements.isEmpty()) {
                continue;
            }
            String[] row = new String[tool.domains().size() + 1];
            for (RiskOfBias j : judgements) {
                int column = column(tool, j.domain());
                Judgement level = j.judgement();
                if (column >= 0 && level != null && tool.allows(level)) {
                    row[column] = level.label();
                }
            }
            for (int k = 0; k < row.length; k++) {
                if (row[k] == null) {
                    warnings.add(String.format(Locale.ROOT, "rob.csv is not written: study '%s' has no %s "
                            + "judgement on %s", s.label(), tool.displayName(), k < tool.domains().size()
                            ? "D" + (k + 1) + " (" + tool.domains().get(k) + ")" : "Overall"));
                    return false;
                }
            }
            List<String> cells = new ArrayList<>(List.of(s.label()));
            cells.addAll(List.of(row));
            rows.add(cells);
        }
        try (CSVPrinter p = new CSVPrinter(Files.newBufferedWriter(file, StandardCharsets.UTF_8),
                CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).setRecordSeparator('\n')
                        .build())) {
            for (List<String> r : rows) {
                p.printRecord(r);
            }
        }
        return true;
    }

    /** The tool of the first judgement of an included study, or null when there is none or it is unknown. */
    private static RobTool robTool(Review review, List<Study> studies) {
        for (Study s : studies) {
            for (RiskOfBias j : review.risksOfBias(s.id())) {
                try {
                    return j.tool();
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
        }
        return null;
    }

    /** The column of a domain named as the tool names it (British or American spelling), as D1..Dn, or Overall. */
    private static int column(RobTool tool, String domain) {
        String d = normal(domain);
        if (d.equals("overall")) {
            return tool.domains().size();
        }
        for (int k = 0; k < tool.domains().size(); k++) {
            if (d.equals("d" + (k + 1)) || d.equals(normal(tool.domains().get(k)))) {
                return k;
            }
        }
        return -1;
    }

    private static String normal(String s) {
        return s.toLowerCase(Locale.ROOT).replace('z', 's').replaceAll("[^a-z0-9]", "");
    }

    private static String text(JsonNode node, String fallback) {
        return node.isTextual() && !node.asText().isBlank() ? node.asText() : fallback;
    }

    private static String number(Object value) {
        if (value instanceof Number n) {
            return new BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
        }
        return String.valueOf(value);
    }

    private static String slug(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return s.isEmpty() ? "outcome" : s.length() > 60 ? s.substring(0, 60) : s;
    }

    private static String unique(String base, Set<String> taken) {
        String name = base;
        for (int k = 2; !taken.add(name); k++) {
            name = base + "-" + k;
        }
        return name;
    }
}
