package org.evsynth.records.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.evsynth.records.search.SearchNode.And;
import org.evsynth.records.search.SearchNode.Criterion;
import org.evsynth.records.search.SearchNode.Fielded;
import org.evsynth.records.search.SearchNode.Heading;
import org.evsynth.records.search.SearchNode.LimitCriterion;
import org.evsynth.records.search.SearchNode.LineRef;
import org.evsynth.records.search.SearchNode.Or;
import org.evsynth.records.search.SearchNode.Proximity;
import org.evsynth.records.search.SearchNode.Term;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Cochrane Library's search-manager syntax and Embase.com's: how lines are read, and what they find. */
class ColonFieldSyntaxTest {

    private static SearchIndex index;

    @BeforeAll
    static void build() {
        index = SearchIndex.of(SmallCorpus.documents());
    }

    @AfterAll
    static void close() {
        index.close();
    }

    private static SearchNode cochrane(String line) {
        return StrategyParser.parse(line, Dialect.COCHRANE).lines().get(0).search();
    }

    private static SearchNode embase(String line) {
        return StrategyParser.parse(line, Dialect.EMBASE_COM).lines().get(0).search();
    }

    private static LineResult last(String strategy) {
        List<LineResult> lines = StrategyRunner.run(StrategyParser.parse(strategy), index).lines();
        return lines.get(lines.size() - 1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "MeSH descriptor: [Heart Failure] explode all trees                      | Heart Failure | true  | ''",
        "MeSH descriptor: [Shock, Cardiogenic] this term only                    | Shock, Cardiogenic | false | ''",
        "MeSH descriptor Cough explode all trees                                 | Cough | true  | ''",
        "MESH DESCRIPTOR Diabetes Mellitus, Type 2 EXPLODE ALL TREES             | Diabetes Mellitus, Type 2 | true | ''",
        "MeSH descriptor: [Heart Failure] explode all trees and with qualifier(s): [drug therapy - DT, surgery - SU] "
                + "| Heart Failure | true | dt su",
        "MeSH descriptor: [Pain] explode tree 1                                  | Pain | true  | ''",
    })
    void meshDescriptorLines(String line, String name, boolean explode, String qualifiers) {
        Heading heading = (Heading) cochrane(line);
        assertEquals(name, heading.name());
        assertEquals(explode, heading.explode());
        assertEquals(qualifiers.isEmpty() ? List.of() : List.of(qualifiers.split(" ")), heading.subheadings());
    }

    @Test
    void fieldsAfterAColonBecomeTheOvidCodesTheIndexKnows() {
        assertEquals(new Fielded(new Term("shock"), List.of("ti", "ab", "kf", "hw")), cochrane("(shock):ti,ab,kw"));
        assertEquals(new Fielded(new Term("heart failure"), List.of("ti", "ab")), cochrane("\"heart failure\":ti,ab"));
        assertEquals(new Fielded(new Term("T2D*"), List.of("ti", "ab", "kf", "hw")), cochrane("(T2D*):TI,AB,KY"));
        assertEquals(new Fielded(new Term("heart failure"), List.of("ti", "ab", "kf")),
                embase("'heart failure':ti,ab,kw"));
        StrategyParseException e = assertThrows(StrategyParseException.class, () -> cochrane("heart:xy"));
        assertTrue(e.getMessage().contains("unknown Cochrane Library field label :xy"), e.getMessage());
    }

    @Test
    void wordsWithoutAnOperatorAreSearchedTogetherAndProximityKeepsItsMeaning() {
        assertEquals(new And(List.of(new Term("lung"), new Term("cancer"))), cochrane("lung cancer"));
        assertEquals(new Proximity(new Term("heart"), new Term("failure"), 3, false), cochrane("heart NEAR/3 failure"));
        assertEquals(new Proximity(new Term("heart"), new Term("failure"), 6, false), cochrane("heart NEAR failure"));
        assertEquals(new Proximity(new Term("hearing"), new Term("aid*"), 1, true), cochrane("hearing NEXT aid*"));
        assertEquals(new Proximity(new Term("open"), new Term("label"), 2, true), embase("open NEXT/2 label"));
        assertEquals(new And(List.of(new Term("next"), new Term("generation"))), cochrane("next generation"));
    }

    @Test
    void truncationIsWrittenInOvidsNotation() {
        assertEquals(new Term("wom#n"), cochrane("wom?n"));
        assertEquals(new Term("colo?r"), embase("colo$r"));
    }

    @Test
    void linesCombinationsAndMeshInBrackets() {
        assertEquals(new Or(List.of(new LineRef("1"), new LineRef("2"), new LineRef("3"), new LineRef("5"))),
                StrategyParser.parse("#1 a\n#2 b\n#3 c\n#4 d\n#5 e\n#6 {OR #1-#3, #5}").lines().get(5).search());
        assertEquals(new Heading("Heart Failure", true, false, List.of()), cochrane("[mh \"Heart Failure\"]"));
        assertEquals(new Heading("Heart Failure", false, false, List.of()), cochrane("[mh ^\"Heart Failure\"]"));
        assertEquals(new Heading("Heart Failure", true, false, List.of("dt")), cochrane("[mh \"Heart Failure\"/DT]"));
        assertEquals(new Heading("Depression", true, false, List.of()), cochrane("[mh ‘Depression’]"));
        assertEquals(new Fielded(new Term("dt"), List.of("xs")), cochrane("[mh /DT]"));
    }

    @Test
    void emtreeHeadingsAndEmbaseLimits() {
        assertEquals(new Heading("heart failure", true, false, List.of()), embase("'heart failure'/exp"));
        assertEquals(new Heading("heart failure", false, true, List.of()), embase("'heart failure'/mj"));
        assertEquals(new Heading("randomization", false, false, List.of()), embase("‘randomization’/de"));
        SearchNode limited = embase("heart AND [humans]/lim AND [2000-2010]/py");
        assertTrue(limited.toString().contains("CheckTag[label=humans"), limited.toString());
        assertTrue(limited.toString().contains("DateRange[label=[2000-2010]/py, code=yr, from=20000101, to=20101231]"),
                limited.toString());
    }

    @Test
    void restrictionsAppendedByTheSearchManager() {
        SearchNode node = StrategyParser.parse("#1 heart\n#2 #1 with Publication Year from 2000 to 2005, in Trials")
                .lines().get(1).search();
        assertEquals(new And(List.of(new LineRef("1"),
                new Criterion(new LimitCriterion.DateRange("with Publication Year from 2000 to 2005", "yr",
                        20000101, 20051231)),
                new Criterion(new LimitCriterion.Unanswerable("in Trials", "records do not say which Cochrane "
                        + "Library database (Trials, Cochrane Reviews, ...) they come from")))), node);
    }

    @Test
    void runsOnRecords() {
        // A (2005) and B (1998) are about heart failure; G (2000) is a randomised trial without headings
        assertEquals(2, last("#1 (heart NEAR/3 failure):ti").hits());
        assertEquals(1, last("#1 (heart NEXT failure):ti").hits(), "in order: A only");
        assertEquals(2, last("#1 MeSH descriptor: [Heart Failure] this term only").hits());
        assertEquals(1, last("#1 heart:ti with Publication Year from 2000 to 2010").hits(), "A, 2005");
        LineResult trials = last("#1 heart:ti\n#2 #1 in Trials");
        assertEquals(2, trials.hits());
        assertEquals(LineStatus.PARTLY_EVALUATED, trials.status());
        assertEquals(2, last("#1 'heart failure'/de").hits());
        assertEquals(1, last("#1 heart:ti AND [1990-2000]/py").hits(), "B, 1998");
        assertEquals(2, last("#1 'heart failure'/de AND [humans]/lim").hits());
        assertEquals(Dialect.EMBASE_COM, last("#1 'heart failure'/de AND [humans]/lim").syntax());
    }

    @Test
    void colonFieldLinesTakeTheInterfaceTheOtherLinesShow() {
        Strategy embase = StrategyParser.parse("#1 'heart failure'/exp\n#2 (heart NEAR/3 failure):ti,ab\n#3 #1 OR #2");
        assertEquals(List.of(Dialect.EMBASE_COM, Dialect.EMBASE_COM, Dialect.EMBASE_COM),
                embase.lines().stream().map(StrategyLine::dialect).toList());
        Strategy cochrane = StrategyParser.parse("#1 MeSH descriptor: [Heart Failure] explode all trees\n"
                + "#2 (heart NEAR/3 failure):ti,ab\n#3 #1 OR #2");
        assertEquals(List.of(Dialect.COCHRANE, Dialect.COCHRANE, Dialect.COCHRANE),
                cochrane.lines().stream().map(StrategyLine::dialect).toList());
    }

    @Test
    void errorsNameLineColumnAndConstruct() {
        StrategyParseException brace = assertThrows(StrategyParseException.class,
                () -> StrategyParser.parse("#1 heart\n#2 {OR #3-#4}"));
        assertEquals(2, brace.line());
        assertTrue(brace.getMessage().contains("does not come before"), brace.getMessage());
        StrategyParseException near = assertThrows(StrategyParseException.class, () -> cochrane("heart NEAR/x failure"));
        assertTrue(near.getMessage().contains("NEAR/n needs a number"), near.getMessage());
        StrategyParseException emtree = assertThrows(StrategyParseException.class, () -> embase("'heart'/xyz"));
        assertTrue(emtree.getMessage().contains("unknown Emtree qualifier /xyz"), emtree.getMessage());
    }
}
