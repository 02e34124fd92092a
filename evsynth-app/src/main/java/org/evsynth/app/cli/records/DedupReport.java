package org.evsynth.app.cli.records;

import java.util.List;
import java.util.Locale;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.evsynth.records.BibRecord;
import org.evsynth.records.dedup.DeduplicationResult;
import org.evsynth.records.dedup.DuplicateGroup;
import org.evsynth.records.dedup.MergeDecision;
import org.evsynth.records.dedup.ReviewPair;

/**
 * The output of {@code evsynth dedup}: JSON in the documented contract, {@code {records: [{file, position,
 * group, status}], pairs_for_review: [{a, b, score, agree, disagree}], summary: {...}}}, or a text report.
 */
final class DedupReport {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DedupReport() {
    }

    static String json(DeduplicationResult result) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode records = root.putArray("records");
        List<BibRecord> list = result.records();
        for (int i = 0; i < list.size(); i++) {
            ObjectNode node = place(records.addObject(), list.get(i));
            node.put("group", result.groupId(i));
            node.put("status", result.status(i).name().toLowerCase(Locale.ROOT));
        }
        ArrayNode pairs = root.putArray("pairs_for_review");
        for (ReviewPair p : result.reviewQueue()) {
            ObjectNode pair = pairs.addObject();
            place(pair.putObject("a"), list.get(p.a()));
            place(pair.putObject("b"), list.get(p.b()));
            pair.put("score", Math.round(p.score() * 1000) / 1000.0);
            p.agree().forEach(pair.putArray("agree")::add);
            p.disagree().forEach(pair.putArray("disagree")::add);
        }
        ObjectNode summary = root.putObject("summary");
        summary.put("records", list.size());
        summary.put("unique", result.keptCount());
        summary.put("merged_automatically", result.mergedCount());
        summary.put("pairs_for_review", result.reviewQueue().size());
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the dedup result as JSON", e);
        }
    }

    static String text(DeduplicationResult result) {
        StringBuilder b = new StringBuilder();
        List<BibRecord> list = result.records();
        b.append(String.format(Locale.ROOT, "%d records: %d kept, %d merged automatically, %d pairs for review%n",
                list.size(), result.keptCount(), result.mergedCount(), result.reviewQueue().size()));
        if (!result.groups().isEmpty()) {
            b.append(String.format(Locale.ROOT, "%nMerged groups%n"));
        }
        for (DuplicateGroup g : result.groups()) {
            List<String> rules = g.decisions().stream().map(MergeDecision::rule).distinct().toList();
            b.append(String.format(Locale.ROOT, "  group %d (%s): %s%n", g.id(), String.join(", ", rules),
                    title(list.get(g.kept()))));
            for (int member : g.members()) {
                b.append("    ").append(where(list.get(member))).append(System.lineSeparator());
            }
        }
        if (!result.reviewQueue().isEmpty()) {
            b.append(String.format(Locale.ROOT, "%nPairs for review%n"));
        }
        for (ReviewPair p : result.reviewQueue()) {
            b.append(String.format(Locale.ROOT, "  %.3f  %s  <->  %s%n         agree: %s; disagree: %s%n", p.score(),
                    where(list.get(p.a())), where(list.get(p.b())), String.join(", ", p.agree()),
                    String.join(", ", p.disagree())));
        }
        return b.toString();
    }

    private static ObjectNode place(ObjectNode node, BibRecord r) {
        node.put("file", r.origin() == null ? null : r.origin().file());
        node.put("position", r.origin() == null ? 0 : r.origin().position());
        return node;
    }

    private static String where(BibRecord r) {
        return r.origin() == null ? "?" : r.origin().file() + "#" + r.origin().position();
    }

    private static String title(BibRecord r) {
        String t = r.title() == null ? "(no title)" : r.title();
        return t.length() > 80 ? t.substring(0, 77) + "..." : t;
    }
}
