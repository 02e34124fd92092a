package org.evsynth.records.search.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.evsynth.records.BibRecord;
import org.evsynth.records.io.RecordReaders;
import org.evsynth.records.search.LineResult;
import org.evsynth.records.search.SearchDocument;
import org.evsynth.records.search.SearchIndex;
import org.evsynth.records.search.Strategy;
import org.evsynth.records.search.StrategyParser;
import org.evsynth.records.search.StrategyResult;
import org.evsynth.records.search.StrategyRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Ovid → PubMed → Ovid on the CLEF TAR 2017 strategies, run on the screening sets' records: every line whose two
 * translations are exact finds the same records as the original line, and every line that changes its hits
 * carries a comment in one of the two translations.
 */
class RoundTripTest {

    private static final Path STRATEGIES = Path.of("../../shared/data/search-strategies");
    private static final Path SCREENING = Path.of("../../shared/data/screening");
    private static SearchIndex index;

    @BeforeAll
    static void indexScreeningSets() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(SCREENING) && Files.isDirectory(STRATEGIES),
                "the screening sets and CLEF strategies are not beside the project (../shared/data)");
        List<Path> files;
        try (Stream<Path> listed = Files.list(SCREENING)) {
            files = listed.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
        List<SearchDocument> documents = new ArrayList<>();
        for (BibRecord record : RecordReaders.readAll(files).records()) {
            documents.add(SearchDocument.of(record.pmid(), record));
        }
        index = SearchIndex.of(documents);
    }

    @AfterAll
    static void close() {
        if (index != null) {
            index.close();
        }
    }

    @Test
    void ovidToPubMedToOvidKeepsTheHitsOfEveryExactLine() throws IOException {
        int lines = 0;
        int same = 0;
        int strategies = 0;
        int sameFinal = 0;
        List<String> unexplained = new ArrayList<>();
        try (Stream<Path> listed = Files.list(STRATEGIES)) {
            for (Path file : listed.filter(p -> p.toString().contains("_topics_")).sorted().toList()) {
                String text = Files.readString(file);
                Strategy original = StrategyParser.parse(text.substring(text.indexOf("Query:") + 6,
                        text.indexOf("Pids:")));
                if (original.mixed() || original.dialect() != org.evsynth.records.search.Dialect.OVID) {
                    continue;
                }
                Translation pubmed = StrategyTranslator.translate(original, TargetInterface.PUBMED);
                Translation back = StrategyTranslator.translate(StrategyParser.parse(pubmed.text()),
                        TargetInterface.OVID_MEDLINE);
                StrategyResult before = StrategyRunner.run(original, index);
                StrategyResult after = StrategyRunner.run(StrategyParser.parse(back.text()), index);
                strategies++;
                sameFinal += before.finalHits() == after.finalHits() ? 1 : 0;
                for (int i = 0; i < before.lines().size(); i++) {
                    LineResult a = before.lines().get(i);
                    LineResult b = after.lines().get(i);
                    lines++;
                    boolean exact = pubmed.lines().get(i).exact() && back.lines().get(i).exact();
                    if (java.util.Objects.equals(a.hits(), b.hits())) {
                        same++;
                    } else if (exact && !dependsOnInexact(pubmed, back, i)) {
                        unexplained.add(file.getFileName() + " line " + a.label() + ": " + a.text() + " -> "
                                + pubmed.lines().get(i).text() + " -> " + back.lines().get(i).text() + " ("
                                + a.hits() + " vs " + b.hits() + ")");
                    }
                }
            }
        }
        System.out.printf("round trip: %d of %d lines and %d of %d final lines keep their hits%n", same, lines,
                sameFinal, strategies);
        assertEquals(List.of(), unexplained);
        assertEquals(28, strategies);
        // the rest are adjN with truncation (PubMed's proximity takes plain words only) and what depends on them
        assertEquals(772, same, same + " of " + lines + " lines keep their hits");
    }

    /**
     * The published Cochrane Library strategies (test resources) written in Ovid syntax: every exactly translated
     * line finds what the Cochrane Library line finds on the same records.
     */
    @Test
    void cochraneLibraryToOvidKeepsTheHitsOfEveryExactLine() throws IOException {
        int compared = 0;
        for (String file : List.of("nice-ipg-impella-cochrane.txt", "cochrane-CD008888-central.txt",
                "bmjopen-depression-chronic-cochrane.txt")) {
            String text;
            try (var in = RoundTripTest.class.getResourceAsStream("../published/" + file)) {
                text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
            Strategy original = StrategyParser.parse(text);
            assertEquals(org.evsynth.records.search.Dialect.COCHRANE, original.dialect(), file);
            Translation ovid = StrategyTranslator.translate(original, TargetInterface.OVID_MEDLINE);
            StrategyResult before = StrategyRunner.run(original, index);
            StrategyResult after = StrategyRunner.run(StrategyParser.parse(ovid.text()), index);
            for (int i = 0; i < before.lines().size(); i++) {
                if (ovid.lines().get(i).exact() && !dependsOnInexact(ovid, ovid, i)) {
                    assertEquals(before.lines().get(i).hits(), after.lines().get(i).hits(), file + " line "
                            + (i + 1) + ": " + ovid.lines().get(i).text());
                    compared++;
                }
            }
        }
        assertTrue(compared >= 40, compared + " lines compared");
    }

    /** A line referring to an earlier line that was not translated exactly inherits the difference. */
    private static boolean dependsOnInexact(Translation pubmed, Translation back, int line) {
        for (int i = 0; i < line; i++) {
            if (!pubmed.lines().get(i).exact() || !back.lines().get(i).exact()) {
                return true;
            }
        }
        return false;
    }
}
