package org.evsynth.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.evsynth.records.BibRecord;
import org.evsynth.records.search.LineResult;
import org.evsynth.records.search.SearchDocument;
import org.evsynth.records.search.StrategyParseException;
import org.evsynth.records.search.StrategyParser;
import org.evsynth.records.search.StrategyResult;
import org.evsynth.records.search.StrategyRunner;

/**
 * A search strategy run on the records its search exported: the hits of each line, to set beside the counts the
 * database printed. The records carry what the export carried (titles, abstracts, keywords, subject headings when
 * exported), so the figures are those records' own, not the database's.
 */
final class StrategyHits {

    private StrategyHits() {
    }

    /**
     * The per-line hits as JSON, or a warning when the strategy cannot be parsed (naming its line and construct);
     * never both.
     */
    record Outcome(String json, String warning) {
    }

    static Outcome run(String strategy, List<BibRecord> records) {
        if (strategy == null || strategy.isBlank()) {
            return new Outcome(null, null);
        }
        StrategyResult result;
        try {
            result = StrategyRunner.run(StrategyParser.parse(strategy),
                    records.stream().map(SearchDocument::of).toList());
        } catch (StrategyParseException e) {
            return new Outcome(null, "strategy kept as text but not run: " + e.getMessage());
        }
        List<Map<String, Object>> lines = new ArrayList<>();
        for (LineResult line : result.lines()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("number", line.number());
            row.put("text", line.text());
            row.put("hits", line.hits());
            row.put("reported_hits", line.reportedHits());
            lines.add(row);
        }
        return new Outcome(Json.write(lines), null);
    }
}
