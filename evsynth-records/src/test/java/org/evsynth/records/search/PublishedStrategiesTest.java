package org.evsynth.records.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The strategies in {@code strategies/} (shapes of published strategies, one file per group of constructs) all
 * parse and run with one row per line, and their {@code #!} expectations hold: line count, reported hits, the
 * status of a line, a note on a line, the syntax of a line.
 */
class PublishedStrategiesTest {

    static final List<String> FILES = List.of("nice-embase.txt", "ovid-history-table.txt", "cochrane-rct-filter.txt",
            "annotations.txt", "limits.txt", "subheadings.txt", "typos.txt", "multifile.txt", "pubmed.txt",
            "mixed.txt", "field-codes.txt");

    private static SearchIndex index;

    @BeforeAll
    static void build() {
        List<SearchDocument> documents = new ArrayList<>(SmallCorpus.documents());
        documents.add(dated("T1", "Heart failure therapy in a randomised trial", "20150312", "2015/03/01 06:00",
                List.of("Heart Failure/drug therapy", "Humans", "Aged, 80 and over"), 2014));
        documents.add(dated("T2", "Heart failure in children", "20190101", "2018/11/20 06:00",
                List.of("Heart Failure/adverse effects", "Humans", "Child"), 2018));
        index = SearchIndex.of(documents);
    }

    private static SearchDocument dated(String id, String title, String completed, String entrez,
            List<String> headings, int year) {
        SearchDocument.Bibliographic bibliographic = new SearchDocument.Bibliographic(List.of("Smith JC"),
                List.of("Heart"), null, null, null, null, null, "MEDLINE",
                Map.of("ed", completed, "ez", entrez, "dt", entrez, "dp", year + " Mar"));
        return new SearchDocument(id, null, title, "A randomized placebo controlled trial.", List.of("heart"),
                headings, List.of("Randomized Controlled Trial"), List.of(), "eng", year, bibliographic);
    }

    @AfterAll
    static void close() {
        index.close();
    }

    static Stream<String> files() {
        return FILES.stream();
    }

    static String read(String file) {
        try (InputStream in = PublishedStrategiesTest.class.getResourceAsStream("strategies/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String strategy(String file) {
        return read(file).lines().filter(l -> !l.startsWith("#!")).collect(Collectors.joining("\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void runsWithOneRowPerLineAndItsExpectations(String file) {
        StrategyResult result = StrategyRunner.run(StrategyParser.parse(strategy(file)), index);
        for (String expectation : read(file).lines().filter(l -> l.startsWith("#!")).toList()) {
            String[] words = expectation.substring(2).trim().split("\\s+", 3);
            switch (words[0]) {
                case "lines" -> assertEquals(Integer.parseInt(words[1]), result.lines().size(), file);
                case "reported" -> assertEquals(Integer.valueOf(words[2]), line(result, words[1]).reportedHits(),
                        file + " line " + words[1]);
                case "status" -> assertEquals(words[2], line(result, words[1]).status().label(),
                        file + " line " + words[1] + ": " + line(result, words[1]).notes());
                case "note" -> assertTrue(line(result, words[1]).notes().stream()
                        .anyMatch(n -> n.message().contains(words[2])), file + " line " + words[1] + ": "
                        + line(result, words[1]).notes());
                case "syntax" -> {
                    if (words.length == 2) {
                        result.lines().forEach(l -> assertEquals(words[1], name(l.syntax()), file));
                    } else {
                        assertEquals(words[2], name(line(result, words[1]).syntax()), file + " line " + words[1]);
                    }
                }
                default -> throw new IllegalArgumentException("unknown expectation " + expectation);
            }
        }
        result.lines().forEach(l -> assertTrue(l.hits() != null || l.status() == LineStatus.NOT_EVALUATED,
                file + " line " + l.label()));
    }

    private static String name(Dialect dialect) {
        return dialect.name().toLowerCase(Locale.ROOT);
    }

    private static LineResult line(StrategyResult result, String label) {
        LineResult found = result.lines().stream().filter(l -> l.label().equals(label)).findFirst().orElse(null);
        assertNotNull(found, "no line " + label);
        return found;
    }

    @Test
    void everyTestStrategyRuns() {
        long run = FILES.stream().filter(f -> {
            try {
                StrategyRunner.run(StrategyParser.parse(strategy(f)), index);
                return true;
            } catch (StrategyParseException e) {
                return false;
            }
        }).count();
        assertEquals(FILES.size(), run);
    }

    @Test
    void limitsEvaluateOnTheRecordsThatCarryThem() {
        StrategyResult result = StrategyRunner.run(StrategyParser.parse(strategy("limits.txt")), index);
        // line 1 finds A (2005, no dates), T1 (entry 2015-03-12, Entrez 2015-03-01, 2014) and T2 (entry
        // 2019-01-01, created 2018-11-20, 2018); the date limits then keep what their ranges overlap
        List<Integer> hits = result.lines().subList(0, 9).stream().map(LineResult::hits).toList();
        assertEquals(List.of(3, 0, 1, 1, 1, 1, 2, 3, 1), hits);
        assertEquals(3, line(result, "16").hits(), "english or french");
        assertEquals(0, line(result, "17").hits(), "animals");
        assertEquals(1, line(result, "19").hits(), "all child: T2 is indexed Child");
        assertEquals(1, line(result, "20").hits(), "aged (80 and over): T1");
        assertEquals(3, line(result, "21").hits(), "last 5 years cannot be checked: passed through");
        assertEquals(LineStatus.PARTLY_EVALUATED, line(result, "22").status());
        assertEquals(3, line(result, "24").hits(), "abstracts");
    }

    @Test
    void withoutDatesADateLimitPassesTheRecordsThroughAndSaysWhy() {
        try (SearchIndex plain = SearchIndex.of(SmallCorpus.documents())) {
            StrategyResult result = StrategyRunner.run(StrategyParser.parse(
                    "1 heart.ti.\n2 limit 1 to ed=19460101-20150131\n3 (2012* or 2013*).ed.\n4 1 not 3"), plain);
            LineResult limit = result.lines().get(1);
            assertEquals(result.lines().get(0).hits(), limit.hits());
            assertEquals(LineStatus.PARTLY_EVALUATED, limit.status());
            assertEquals(List.of(LineNote.notEvaluated("limit to ed=19460101-20150131 not applied: records have no "
                    + "entry dates")), limit.notes());
            assertEquals(null, result.lines().get(2).hits());
            assertEquals(LineStatus.NOT_EVALUATED, result.lines().get(2).status());
            assertEquals(result.lines().get(0).hits(), result.lines().get(3).hits(), "line 3 is left out of line 4");
            assertEquals(LineStatus.PARTLY_EVALUATED, result.lines().get(3).status());
        }
    }
}
