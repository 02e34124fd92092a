package org.evsynth.app.cli.records;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.evsynth.records.BibRecord;
import org.evsynth.records.search.LineResult;
import org.evsynth.records.search.SearchDocument;
import org.evsynth.records.search.StrategyResult;

/**
 * The two forms of {@code evsynth search} output.
 *
 * <p>JSON follows the command contract of issue 5: {@code {lines: [{number, text, hits}], final_hits,
 * matches: [{file, position}]}}, with each line also carrying its {@code label}, the {@code reported_hits}
 * printed in the source strategy (or null) and its {@code notes}. Text is the table NICE appendices print:
 * line number, search, hits, and the hits the source strategy reported when it gave them; notes follow.
 */
final class SearchReport {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SearchReport() {
    }

    /** The result as JSON; matches are given as the file and 1-based position of each record. */
    static String json(StrategyResult result, List<BibRecord> records) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode lines = root.putArray("lines");
        for (LineResult line : result.lines()) {
            ObjectNode node = lines.addObject();
            node.put("number", line.number());
            node.put("label", line.label());
            node.put("text", line.text());
            node.put("hits", line.hits());
            if (line.reportedHits() == null) {
                node.putNull("reported_hits");
            } else {
                node.put("reported_hits", line.reportedHits());
            }
            ArrayNode notes = node.putArray("notes");
            line.notes().forEach(notes::add);
        }
        root.put("final_hits", result.finalHits());
        ArrayNode matches = root.putArray("matches");
        for (SearchDocument match : result.matches()) {
            BibRecord record = records.get(Integer.parseInt(match.id()));
            ObjectNode node = matches.addObject();
            node.put("file", record.origin() == null ? null : record.origin().file());
            node.put("position", record.origin() == null ? 0 : record.origin().position());
        }
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree of strings and numbers always serialises", e);
        }
    }

    /** The NICE-style table, then the notes by line, then the final count. */
    static String text(StrategyResult result) {
        int labelWidth = Math.max(4, result.lines().stream().mapToInt(l -> l.label().length()).max().orElse(0));
        int textWidth = Math.max(6, result.lines().stream().mapToInt(l -> l.text().length()).max().orElse(0));
        boolean reported = result.lines().stream().anyMatch(l -> l.reportedHits() != null);
        String row = "%-" + labelWidth + "s  %-" + textWidth + "s  %8s" + (reported ? "  %10s%n" : "%n");
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, row, "Line", "Search", "Hits", "Reported"));
        for (LineResult line : result.lines()) {
            String source = line.reportedHits() == null ? "" : line.reportedHits().toString();
            out.append(String.format(Locale.ROOT, row, line.label(), line.text(), line.hits(), source));
        }
        boolean anyNotes = result.lines().stream().anyMatch(l -> !l.notes().isEmpty());
        if (anyNotes) {
            out.append(String.format(Locale.ROOT, "%nNotes%n"));
            for (LineResult line : result.lines()) {
                line.notes().forEach(n -> out.append(String.format(Locale.ROOT, "  line %s: %s%n", line.label(), n)));
            }
        }
        out.append(String.format(Locale.ROOT, "%nFinal search (line %s): %d records%n",
                result.lines().get(result.lines().size() - 1).label(), result.finalHits()));
        return out.toString();
    }
}
