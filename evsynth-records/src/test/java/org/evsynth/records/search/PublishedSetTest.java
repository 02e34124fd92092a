package org.evsynth.records.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.evsynth.records.search.translate.StrategyTranslator;
import org.evsynth.records.search.translate.TargetInterface;
import org.evsynth.records.search.translate.Translation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The published strategies in {@code published/} (sources in its PROVENANCE.md and manifest.tsv): each one either
 * runs with one row per line the source prints, in the syntax the manifest names, and translates to every target;
 * or it is refused for the error its published text holds. The share that runs is the figure the README reports.
 */
class PublishedSetTest {

    /** One row of manifest.tsv. */
    record Published(String file, int lines, String outcome, String syntax, String source) {

        boolean runs() {
            return outcome.equals("runs");
        }

        @Override
        public String toString() {
            return file;
        }
    }

    private static SearchIndex index;

    @BeforeAll
    static void build() {
        index = SearchIndex.of(SmallCorpus.documents());
    }

    @AfterAll
    static void close() {
        index.close();
    }

    static List<Published> manifest() {
        return read("manifest.tsv").lines().filter(l -> !l.startsWith("#") && !l.isBlank()).map(l -> {
            String[] cells = l.split("\t");
            return new Published(cells[0], Integer.parseInt(cells[1]), cells[2], cells[3], cells[4]);
        }).toList();
    }

    static Stream<Published> strategies() {
        return manifest().stream();
    }

    private static String read(String file) {
        try (InputStream in = PublishedSetTest.class.getResourceAsStream("published/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("strategies")
    void runsWithOneRowPerPrintedLineOrIsRefusedForItsPublishedError(Published published) {
        String text = read(published.file());
        if (!published.runs()) {
            StrategyParseException e = assertThrows(StrategyParseException.class, () -> StrategyParser.parse(text));
            assertTrue(e.getMessage().contains(published.outcome().substring("refused: ".length())), e.getMessage());
            return;
        }
        Strategy strategy = StrategyParser.parse(text);
        StrategyResult result = StrategyRunner.run(strategy, index);
        assertEquals(published.lines(), result.lines().size(), published.file());
        assertEquals(published.syntax(), strategy.dialect().id(), published.file());
        for (LineResult line : result.lines()) {
            assertTrue(line.hits() != null || line.status() == LineStatus.NOT_EVALUATED,
                    published.file() + " line " + line.label());
            assertEquals(Integer.toString(line.number()), line.label(), "numbered as printed: " + published.file());
        }
        for (TargetInterface target : TargetInterface.values()) {
            Translation translation = StrategyTranslator.translate(strategy, target);
            assertEquals(published.lines(), translation.lines().size(), published.file() + " to " + target);
            translation.lines().forEach(l -> assertFalse(l.text().isBlank(), published.file() + " line "
                    + l.number() + " to " + target));
        }
    }

    /** The share the README reports: 29 of 31 run, and every one whose published text has no error. */
    @Test
    void shareThatRuns() {
        List<Published> all = manifest();
        long runs = all.stream().filter(p -> {
            try {
                StrategyRunner.run(StrategyParser.parse(read(p.file())), index);
                return true;
            } catch (StrategyParseException e) {
                return false;
            }
        }).count();
        assertEquals(31, all.size());
        assertEquals(29, runs);
        assertEquals(all.stream().filter(Published::runs).count(), runs);
        assertTrue(all.stream().map(Published::syntax).distinct().count() >= 4, "Ovid, PubMed, Cochrane, Embase.com");
    }
}
