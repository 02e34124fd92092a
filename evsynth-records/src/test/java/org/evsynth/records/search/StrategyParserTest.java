package org.evsynth.records.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.evsynth.records.search.SearchNode.And;
import org.evsynth.records.search.SearchNode.Fielded;
import org.evsynth.records.search.SearchNode.Heading;
import org.evsynth.records.search.SearchNode.LineRef;
import org.evsynth.records.search.SearchNode.Or;
import org.evsynth.records.search.SearchNode.Proximity;
import org.evsynth.records.search.SearchNode.Term;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StrategyParserTest {

    private static SearchNode only(String line) {
        return StrategyParser.parse(line).lines().get(0).search();
    }

    @Test
    void headingForms() {
        assertEquals(new Heading("Heart Failure", false, false, List.of()), only("Heart Failure/"));
        assertEquals(new Heading("Heart Failure", true, true, List.of("dt", "th")), only("exp *Heart Failure/dt, th"));
        assertEquals(new Heading("Lasers", false, false, List.of("du")), only("Lasers/du [Diagnostic Use]"));
        assertEquals(new Heading("Aged, 80 and over", true, false, List.of()), only("exp \"Aged, 80 and over\"/"));
    }

    @Test
    void fieldSuffixAppliesToTheOperandBeforeIt() {
        assertEquals(new Or(List.of(new Term("K39"), new Fielded(new Term("rK39"), List.of("ti", "ab")))),
                only("K39 Or rK39.ti,ab"));
        assertEquals(new Fielded(new Term("transient elastograph*"), List.of("mp")),
                only("transient elastograph*.mp. [mp=title, abstract, original title]"));
    }

    @Test
    void periodInsideAWordIsNotAFieldSuffix() {
        assertEquals(new Fielded(new Term("A.fumigatus"), List.of("ti")), only("A.fumigatus.ti."));
        assertEquals(new Fielded(new Term("MDR-TB"), List.of("ti", "ab")), only("MDR-TB.ti,ab"));
    }

    @Test
    void unknownPubMedTagIsRefused() {
        StrategyParseException e = assertThrows(StrategyParseException.class,
                () -> StrategyParser.parse("heart[tiab] OR lung[foo]"));
        assertEquals("foo", e.construct());
        assertEquals(20, e.column());
    }

    @Test
    void numbersInsideAFieldGroupAreWords() {
        assertEquals(new Fielded(new Or(List.of(new Term("PP 14"), new Term("PP14"))), List.of("tw")),
                only("(PP 14 or PP14).tw."));
        SearchNode line = StrategyParser.parse("a.ti.\nb.ti.\n(1 or 2).tw.").lines().get(2).search();
        assertEquals(new Fielded(new Or(List.of(new Term("1"), new Term("2"))), List.of("tw")), line);
    }

    @Test
    void proximityBindsTighterThanBooleans() {
        SearchNode node = only("(a adj3 b or c).ti.");
        assertEquals(new Fielded(new Or(List.of(new Proximity(new Term("a"), new Term("b"), 3, false),
                new Term("c"))), List.of("ti")), node);
    }

    @Test
    void combinationsExpandToLineReferences() {
        String strategy = "a.ti.\nb.ti.\nc.ti.\nor/1-2,3\nand/1,3";
        List<StrategyLine> lines = StrategyParser.parse(strategy).lines();
        assertEquals(new Or(List.of(new LineRef("1"), new LineRef("2"), new LineRef("3"))), lines.get(3).search());
        assertEquals(new And(List.of(new LineRef("1"), new LineRef("3"))), lines.get(4).search());
    }

    @Test
    void niceAppendixLayoutWithHitCounts() throws IOException {
        String text;
        try (InputStream in = getClass().getResourceAsStream("nice-medline-strategy.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.startsWith("#")).collect(Collectors.joining("\n"));
        }
        List<StrategyLine> lines = StrategyParser.parse(text).lines();
        assertEquals(31, lines.size());
        assertEquals("Shock, Cardiogenic/", lines.get(0).text());
        assertEquals(11823, lines.get(0).source().reportedHits());
        assertEquals("(((myocardial or heart) adj4 infarc*) or (heart adj4 attack*) or (cardiovascular* adj4 stroke*)).tw.",
                lines.get(5).text());
        assertEquals(255205, lines.get(5).source().reportedHits());
        assertEquals("or/1-10", lines.get(10).text());
        assertEquals("12 or 13", lines.get(13).text());
        assertEquals(255698, lines.get(13).source().reportedHits());
        assertEquals("29 not 30", lines.get(30).text());
        assertEquals(1984, lines.get(30).source().reportedHits());
    }

    @Test
    void numberedLinesWithoutCountsKeepTrailingLineNumbers() {
        List<StrategyLine> lines = StrategyParser.parse("1. heart.ti.\n2. lung.ti.\n3. 1 not 2").lines();
        assertEquals("1 not 2", lines.get(2).text());
        assertNull(lines.get(2).source().reportedHits());
    }

    @Test
    void ovidExportWithPreambleAndWrappedLine() {
        String export = String.join("\n",
                "Database: Ovid MEDLINE(R) <1946 to Present>",
                "Search Strategy:",
                "--------------------------------------------------------------------------------",
                "1     exp Heart Failure/ (123456)",
                "2     (conference abstract* or conference review or",
                "conference paper).tw. (42)",
                "3     1 not 2 (123400)",
                "***************************");
        List<StrategyLine> lines = StrategyParser.parse(export).lines();
        assertEquals(3, lines.size());
        assertEquals("(conference abstract* or conference review or conference paper).tw.", lines.get(1).text());
        assertEquals(42, lines.get(1).source().reportedHits());
        assertEquals(123400, lines.get(2).source().reportedHits());
    }

    @Test
    void labelledPubMedLayout() {
        String text = String.join("\n",
                "1 Index test",
                "1a",
                "heart[tw]",
                "2 Population: adults",
                "adult[mesh]",
                "Searches (combinations)",
                "A. 1a and 2",
                "Final search: A");
        List<StrategyLine> lines = StrategyParser.parse(text).lines();
        assertEquals(List.of("1a", "2", "A", "Final search"), lines.stream().map(StrategyLine::label).toList());
        assertEquals(new And(List.of(new LineRef("1a"), new LineRef("2"))), lines.get(2).search());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "(heart near/3 failure).tw.      | 1 | 'heart near/3'    | near/N",
        "heart.xx.                       | 1 | xx                | unknown Ovid field code",
        "(heart or failure.ti.           | 1 | (                 | unbalanced '('",
        "heart.ti.)                      | 1 | )                 | unbalanced ')'",
        "heart.ti./xyz                   | 1 | /                 | /freq=N",
        "yr=2000                         | 1 | yr=2000           | field=value",
        "heart and                       | 1 | (end of line)     | search ends",
        "exp heart failure               | 1 | exp               | subject heading",
        "\"heart failure.ti.             | 1 | '\"heart failure.ti.' | unclosed quotation",
        "heart[tiab]                     | 1 | heart[tiab]       | ''",
    })
    void errorsNameLineColumnAndConstruct(String line, int lineNumber, String construct, String problem) {
        if (problem.isEmpty()) {
            // a PubMed tag makes the whole strategy PubMed, where [tiab] is fine
            assertEquals(Dialect.PUBMED, StrategyParser.parse(line).dialect());
            return;
        }
        StrategyParseException e = assertThrows(StrategyParseException.class, () -> StrategyParser.parse(line));
        assertEquals(lineNumber, e.line());
        assertEquals(construct, e.construct());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
        assertTrue(e.column() >= 1);
    }

    @Test
    void referenceToALaterLineIsRefused() {
        StrategyParseException e = assertThrows(StrategyParseException.class,
                () -> StrategyParser.parse("heart.ti.\n1 or 3\nlung.ti."));
        assertEquals(2, e.line());
        assertEquals("3", e.construct());
        assertEquals(6, e.column());
    }

    @Test
    void referenceToItselfIsRefusedAsSuch() {
        StrategyParseException e = assertThrows(StrategyParseException.class,
                () -> StrategyParser.parse("1 heart.ti.\n2 1 or 2"));
        assertEquals(2, e.line());
        assertEquals(6, e.column());
        assertTrue(e.getMessage().contains("line 2 refers to itself"), e.getMessage());
    }

    @Test
    void aLineInAnInterfaceEvsynthDoesNotRunNamesItsSyntaxAndTheOthers() {
        StrategyParseException e = assertThrows(StrategyParseException.class, () -> StrategyParser.parse(
                "1 exp Heart Failure/\n2 heart[tiab]\n3 MeSH descriptor: [Heart Failure] explode all trees\n"
                        + "4 TITLE-ABS-KEY(\"heart failure\")"));
        assertEquals(4, e.line());
        assertEquals(1, e.column());
        assertTrue(e.getMessage().contains("Scopus syntax"), e.getMessage());
        assertTrue(e.getMessage().contains("Ovid before it: line 1; PubMed before it: line 2; Cochrane Library before "
                + "it: line 3"), e.getMessage());
    }

    @Test
    void aMixedStrategySaysWhichLineIsInWhichSyntax() {
        Strategy strategy = StrategyParser.parse("1 exp Heart Failure/\n2 heart[tiab]\n"
                + "3 MeSH descriptor: [Heart Failure] explode all trees\n4 'heart failure'/exp\n5 #1 OR #2");
        assertEquals(List.of(Dialect.OVID, Dialect.PUBMED, Dialect.COCHRANE, Dialect.EMBASE_COM, Dialect.OVID),
                strategy.lines().stream().map(StrategyLine::dialect).toList());
        assertTrue(strategy.mixed());
    }

    @Test
    void givenSyntaxReadsEveryLineSo() {
        assertEquals(Dialect.PUBMED, StrategyParser.parse("1 heart failure\n2 lung", Dialect.PUBMED).lines().get(0)
                .dialect());
        StrategyParseException e = assertThrows(StrategyParseException.class,
                () -> StrategyParser.parse("1 heart[tiab]", Dialect.OVID));
        assertTrue(e.getMessage().contains("unexpected '[...]'"), e.getMessage());
    }

    @Test
    void aLimitEvsynthDoesNotKnowStillRunsWithTheReason() {
        Strategy strategy = StrategyParser.parse("heart.ti.\nlimit 1 to last 5 years");
        SearchNode.Limit limit = (SearchNode.Limit) strategy.lines().get(1).search();
        assertTrue(limit.criterion() instanceof SearchNode.LimitCriterion.Unanswerable u
                && u.reason().contains("day the search was run"), limit.toString());
    }

    @Test
    void limitCriteriaKeepTheirOwnParentheses() {
        SearchNode.Limit limit = (SearchNode.Limit) StrategyParser.parse(
                "heart.ti.\nlimit 1 to (humans and \"aged (80 and over)\" and (english or french))").lines().get(1)
                .search();
        SearchNode.LimitCriterion.AllOf all = (SearchNode.LimitCriterion.AllOf) limit.criterion();
        assertEquals(3, all.criteria().size());
        assertEquals(List.of("Aged, 80 and over"),
                ((SearchNode.LimitCriterion.CheckTag) all.criteria().get(1)).headings());
        assertTrue(all.criteria().get(2) instanceof SearchNode.LimitCriterion.AnyOf);
    }

    @Test
    void ovidBracketOutsideAnAnnotationIsRefused() {
        StrategyParseException e = assertThrows(StrategyParseException.class,
                () -> StrategyParser.parse("heart [x] failure.ti."));
        assertEquals("x", e.construct());
    }
}
