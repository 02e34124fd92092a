package org.evsynth.app.cli.records;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.evsynth.records.BibRecord;
import org.evsynth.records.search.LineNote;
import org.evsynth.records.search.LineResult;
import org.evsynth.records.search.LineStatus;
import org.evsynth.records.search.SearchDocument;
import org.evsynth.records.search.StrategyResult;
import org.evsynth.records.search.translate.TranslatedLine;
import org.evsynth.records.search.translate.Translation;

/**
 * The forms of {@code evsynth search} output.
 *
 * <p>JSON follows the command contract of issue 5: {@code {lines: [{number, text, hits}], final_hits,
 * matches: [{file, position}]}}, with each line also carrying its {@code label}, the {@code reported_hits}
 * printed in the source strategy (or null), its {@code syntax} ({@code ovid}, {@code pubmed},
 * {@code cochrane-library} or {@code embase-com}), its
 * {@code status} ({@code evaluated}, {@code approximated}, {@code partly evaluated}, {@code not evaluated}; hits
 * are null for the last) and its {@code notes: [{kind, message}]} (kind {@code forgiven}, {@code info},
 * {@code approximated}, {@code not evaluated}). Text is the table NICE appendices print: line number, search,
 * hits, the hits the source strategy reported when it gave them, and a status column when a line is not simply
 * evaluated; notes follow, each marked with its kind.
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
            if (line.hits() == null) {
                node.putNull("hits");
            } else {
                node.put("hits", line.hits());
            }
            if (line.reportedHits() == null) {
                node.putNull("reported_hits");
            } else {
                node.put("reported_hits", line.reportedHits());
            }
            node.put("syntax", line.syntax().id());
            node.put("status", line.status().label());
            ArrayNode notes = node.putArray("notes");
            for (LineNote note : line.notes()) {
                notes.addObject().put("kind", kind(note)).put("message", note.message());
            }
        }
        root.put("final_hits", result.finalHits());
        ArrayNode matches = root.putArray("matches");
        for (SearchDocument match : result.matches()) {
            BibRecord record = records.get(Integer.parseInt(match.id()));
            ObjectNode node = matches.addObject();
            node.put("file", record.origin() == null ? null : record.origin().file());
            node.put("position", record.origin() == null ? 0 : record.origin().position());
        }
        return write(root);
    }

    /** A translation as JSON: {@code {target, source_syntax, lines: [{number, label, source, text, exact, comments}]}}. */
    static String json(Translation translation) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("target", translation.target().id());
        root.put("source_syntax", translation.source().id());
        ArrayNode lines = root.putArray("lines");
        for (TranslatedLine line : translation.lines()) {
            ObjectNode node = lines.addObject();
            node.put("number", line.number());
            node.put("label", line.label());
            node.put("source", line.source());
            node.put("text", line.text());
            node.put("exact", line.exact());
            ArrayNode comments = node.putArray("comments");
            line.comments().forEach(comments::add);
        }
        return write(root);
    }

    private static String write(ObjectNode root) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree of strings and numbers always serialises", e);
        }
    }

    private static String kind(LineNote note) {
        return note.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** The NICE-style table, then the notes by line, then the final count. */
    static String text(StrategyResult result) {
        int labelWidth = Math.max(4, result.lines().stream().mapToInt(l -> l.label().length()).max().orElse(0));
        int textWidth = Math.max(6, result.lines().stream().mapToInt(l -> safe(l.text()).length()).max().orElse(0));
        boolean reported = result.lines().stream().anyMatch(l -> l.reportedHits() != null);
        boolean statuses = result.lines().stream().anyMatch(l -> l.status() != LineStatus.EVALUATED);
        boolean mixed = result.lines().stream().map(LineResult::syntax).distinct().count() > 1;
        String row = "%-" + labelWidth + "s  %-" + textWidth + "s  %8s" + (reported ? "  %10s" : "%s")
                + (statuses ? "  %-16s" : "%s") + (mixed ? "  %s%n" : "%s%n");
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, row, "Line", "Search", "Hits", reported ? "Reported" : "",
                statuses ? "Status" : "", mixed ? "Syntax" : "").stripTrailing()).append(System.lineSeparator());
        for (LineResult line : result.lines()) {
            String source = line.reportedHits() == null ? "" : line.reportedHits().toString();
            String hits = line.hits() == null ? "-" : line.hits().toString();
            String status = line.status() == LineStatus.EVALUATED ? "" : line.status().label();
            out.append(String.format(Locale.ROOT, row, line.label(), safe(line.text()), hits, source,
                    statuses ? status : "", mixed ? line.syntax().title() : "").stripTrailing())
                    .append(System.lineSeparator());
        }
        boolean anyNotes = result.lines().stream().anyMatch(l -> !l.notes().isEmpty());
        if (anyNotes) {
            out.append(String.format(Locale.ROOT, "%nNotes%n"));
            for (LineResult line : result.lines()) {
                line.notes().forEach(n -> out.append(String.format(Locale.ROOT, "  line %s, %s: %s%n", line.label(),
                        kind(n), safe(n.message()))));
            }
        }
        out.append(String.format(Locale.ROOT, "%nFinal search (line %s): %d records%n",
                result.lines().get(result.lines().size() - 1).label(), result.finalHits()));
        return out.toString();
    }

    /** Text from a strategy file as a terminal may show it: control characters (escape sequences) as '?'. */
    static String safe(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> out.appendCodePoint(
                Character.isISOControl(cp) && cp != '\t' && cp != '\n' ? '?' : cp));
        return out.toString();
    }
}
