package org.evsynth.records.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Known hits on {@link SmallCorpus}: each operator, truncation, wildcard, field, heading form and limit. */
class StrategyRunnerTest {

    private static SearchIndex index;

    @BeforeAll
    static void build() {
        index = SearchIndex.of(SmallCorpus.documents());
    }

    @AfterAll
    static void close() {
        index.close();
    }

    private static String hits(String strategy) {
        StrategyResult result = StrategyRunner.run(StrategyParser.parse(strategy), index);
        Set<String> ids = new TreeSet<>();
        result.matches().forEach(d -> ids.add(d.id()));
        return String.join("", ids);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        // phrases and field restriction
        "heart failure.ti.                                | A",
        "\"heart failure\".ti.                            | A",
        "failure.ab.                                      | B",
        "tumour.ti.                                       | E",
        "tumour.ab.                                       | ''",
        "tumor.ab.                                        | E",
        "(tumour or tumor).tw.                            | E",
        // proximity: adjN either order within N words, adj in order and adjacent
        "(heart adj3 failure).ti.                         | AB",
        "(heart adj2 failure).ti.                         | A",
        "(failure adj heart).ti.                          | ''",
        "(heart adj failure).ti.                          | A",
        "(optical adj2 coherence adj2 tomograph$).ti.     | HI",
        "(optical adj5 coherence).ti.                     | HIJ",
        "((optical or retinal) adj2 tomograph*).ti.       | HJ",
        // truncation and wildcards
        "dog*.ti,ab.                                      | LM",
        "dog$.ti,ab.                                      | LM",
        "dog$1.ti,ab.                                     | L",
        "dog$2.ti,ab.                                     | LM",
        "colo?r.ti.                                       | CD",
        "wom#n.ti.                                        | N",
        "an?esthesia.ti.                                  | PQ",
        "h?emorrhage.tw.                                  | F",
        // punctuation is a word break, as in Ovid
        "intra-ocular.mp.                                 | K",
        "\"intra ocular\".ti.                             | K",
        // other fields
        "bisoprolol.kw.                                   | G",
        "bisoprolol.rn.                                   | G",
        "bisoprolol.mp.                                   | G",
        "beta blocker$.mp.                                | AG",
        "case reports.pt.                                 | B",
        "randomized controlled trial.pt.                  | AG",
        "Humans.sh.                                       | ABCDFR",
        "(animals not humans).sh.                         | EL",
        "di.fs.                                           | DF",
        "\"sensitivity and specificity\".ti.              | S",
        // subject headings
        "Heart Failure/                                   | AB",
        "*Heart Failure/                                  | A",
        "Heart Failure/su                                 | B",
        "Heart Failure/dt, su                             | AB",
        "exp Heart Failure/                               | AB",
        "\"Tomography, Optical Coherence\"/               | H",
        "Tomography, Optical Coherence/                   | H",
        "exp animals/ not humans/                         | EL",
        // PubMed tags
        "heart failure[tiab] AND Humans[mesh]             | A",
        "Heart Failure[majr]                              | A",
        "tumour[ti] OR bisoprolol[ti]                     | EG",
    })
    void oneLine(String strategy, String expected) {
        assertEquals(expected, hits(strategy));
    }

    @Test
    void lineReferencesCombinationsAndLimits() {
        String strategy = String.join("\n",
                "Heart Failure/",
                "tumo?r$.ti,ab.",
                "1 or 2",
                "Humans/",
                "3 and 4",
                "exp animals/ not humans/",
                "3 not 6",
                "limit 7 to english",
                "limit 7 to yr=\"2000-2010\"",
                "or/1-2",
                "and/3,4",
                "limit 3 to humans",
                "limit 3 to animals",
                "limit 3 to (english language and humans)");
        StrategyResult result = StrategyRunner.run(StrategyParser.parse(strategy), index);
        List<Integer> counts = result.lines().stream().map(LineResult::hits).toList();
        assertEquals(List.of(2, 1, 3, 6, 2, 2, 2, 2, 1, 3, 2, 2, 1, 2), counts);
        assertEquals(2, result.finalHits());
    }

    @Test
    void explodedHeadingSaysWhatItSearched() {
        StrategyResult result = StrategyRunner.run(StrategyParser.parse("exp Heart Failure/"), index);
        assertTrue(result.lines().get(0).notes().get(0).message().contains("no MeSH tree"),
                result.lines().get(0).notes().toString());
        assertEquals(LineStatus.APPROXIMATED, result.lines().get(0).status());
    }

    @Test
    void fieldTheRecordsLackIsNotedNotSilent() {
        StrategyResult result = StrategyRunner.run(StrategyParser.parse("(2012* or 2013*).ed."), index);
        assertEquals(0, result.finalHits());
        assertEquals(null, result.lines().get(0).hits());
        assertEquals(LineStatus.NOT_EVALUATED, result.lines().get(0).status());
        assertEquals(List.of(LineNote.notEvaluated("'2012*' not searched: records have no entry dates"),
                LineNote.notEvaluated("'2013*' not searched: records have no entry dates")),
                result.lines().get(0).notes());
    }

    @Test
    void mixedOperatorsAreEvaluatedLeftToRightAndNoted() {
        StrategyResult result = StrategyRunner.run(StrategyParser.parse(
                "Heart Failure/\nHumans/\nAnimals/\n1 or 2 and 3"), index);
        assertEquals(1, result.finalHits(), "(1 or 2) and 3 = R only");
        assertTrue(result.lines().get(3).notes().get(0).message().contains("left to right"));
    }

    @Test
    void proximityWithAndInsideIsRefusedWithTheLine() {
        StrategyParseException e = org.junit.jupiter.api.Assertions.assertThrows(StrategyParseException.class,
                () -> StrategyRunner.run(StrategyParser.parse("heart.ti.\n(heart adj3 (failure and pump)).ti."),
                        index));
        assertEquals(2, e.line());
        assertEquals("and", e.construct());
    }
}
