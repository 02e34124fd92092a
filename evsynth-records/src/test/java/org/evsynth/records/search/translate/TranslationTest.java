package org.evsynth.records.search.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.evsynth.records.search.FieldCodes;
import org.evsynth.records.search.StrategyParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Field by field and construct by construct, what each target gets, and a comment wherever it is not exact. */
class TranslationTest {

    private static TranslatedLine one(String ovid, TargetInterface target) {
        return StrategyTranslator.translate(StrategyParser.parse(ovid), target).lines().get(0);
    }

    static Stream<Arguments> everyCodeAndTarget() {
        return FieldCodes.known().stream().flatMap(code -> Stream.of(TargetInterface.values())
                .map(target -> Arguments.of(code, target)));
    }

    /** Every Ovid code evsynth knows reaches every target: as a field, or with a comment naming the code. */
    @ParameterizedTest(name = ".{0}. to {1}")
    @MethodSource("everyCodeAndTarget")
    void everyFieldCodeIsTranslatedOrNamedInAComment(String code, TargetInterface target) {
        String term = List.of("yr", "dp", "ed", "em", "ez", "dt", "da", "up", "dd", "dc").contains(code) ? "2015" : "heart";
        TranslatedLine line = one(term + "." + code + ".", target);
        assertTrue(line.text().contains(term), line.text());
        boolean fielded = !line.text().equals(term) && !line.text().equals("\"" + term + "\"");
        boolean named = line.comments().stream().anyMatch(c -> c.contains("." + code + "."));
        assertTrue(fielded || named, "." + code + ". to " + target + ": " + line);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        // PubMed, from Polyglot's PubMed columns
        "heart.ti.                | PUBMED           | heart[ti]",
        "heart.ab.                | PUBMED           | heart[ab]",
        "heart.tw.                | PUBMED           | heart[tiab]",
        "heart.ti,ab.             | PUBMED           | heart[tiab]",
        "heart.mp.                | PUBMED           | heart[tw]",
        "heart                    | PUBMED           | heart[tw]",
        "heart.kf.                | PUBMED           | heart[ot]",
        "heart.au.                | PUBMED           | heart[au]",
        "english.lg.              | PUBMED           | english[la]",
        "review.pt.               | PUBMED           | review[pt]",
        "12345.ui.                | PUBMED           | 12345[pmid]",
        "heart failure.ti,ab,kf.  | PUBMED           | \"heart failure\"[tw]",
        "exp Heart Failure/       | PUBMED           | Heart Failure[mh]",
        "Heart Failure/           | PUBMED           | Heart Failure[mh:noexp]",
        "*Heart Failure/          | PUBMED           | Heart Failure[majr:noexp]",
        "Heart Failure/dt         | PUBMED           | Heart Failure/drug therapy[mh:noexp]",
        "(heart adj3 pump).ti,ab. | PUBMED           | \"heart pump\"[tiab:~2]",
        "dt.fs.                   | PUBMED           | \"drug therapy\"[sh:noexp]",
        // Cochrane Library
        "heart.ti,ab.             | COCHRANE_LIBRARY | heart:ti,ab",
        "heart.tw,kf.             | COCHRANE_LIBRARY | heart:ti,ab,kw",
        "exp Heart Failure/       | COCHRANE_LIBRARY | [mh \"Heart Failure\"]",
        "Heart Failure/           | COCHRANE_LIBRARY | [mh ^\"Heart Failure\"]",
        "(heart adj3 pump).ti,ab. | COCHRANE_LIBRARY | (heart NEAR/3 pump):ti,ab",
        "wom#n.ti.                | COCHRANE_LIBRARY | wom?n:ti",
        // Scopus
        "heart.ti,ab.             | SCOPUS           | TITLE-ABS(heart)",
        "heart.ti,ab,kf.          | SCOPUS           | TITLE-ABS-KEY(heart)",
        "(a or b).ti.             | SCOPUS           | TITLE(a OR b)",
        "(heart adj3 pump).ti,ab. | SCOPUS           | TITLE-ABS((heart W/3 pump))",
        // Web of Science
        "heart.ti,ab,kf.          | WOS              | TS=(heart)",
        "heart.ti.                | WOS              | TI=(heart)",
        "colo?r.ti.               | WOS              | TI=(colo$r)",
        // Ovid
        "heart.kf.                | OVID_EMBASE      | heart.kw.",
        "(a or b).ti,ab.          | OVID_MEDLINE     | (a or b).ti,ab.",
        "exp *Heart Failure/dt    | OVID_MEDLINE     | exp *Heart Failure/dt",
    })
    void translates(String ovid, TargetInterface target, String expected) {
        assertEquals(expected, one(ovid, target).text());
    }

    @Test
    void aLineNotTranslatedExactlySaysWhy() {
        TranslatedLine embase = one("exp Heart Failure/", TargetInterface.OVID_EMBASE);
        assertEquals("exp heart failure/", embase.text());
        assertFalse(embase.exact());
        assertTrue(embase.comments().get(0).contains("no exact MeSH equivalent"), embase.comments().toString());
        TranslatedLine adj = one("(heart$ adj3 pump$).ti,ab.", TargetInterface.PUBMED);
        assertEquals("heart*[tiab] AND pump*[tiab]", adj.text());
        assertTrue(adj.comments().get(0).contains("written as AND"), adj.comments().toString());
        TranslatedLine wos = one("exp Heart Failure/", TargetInterface.WOS);
        assertEquals("ALL=(\"Heart Failure\")", wos.text());
        assertTrue(wos.comments().get(0).contains("no Web of Science equivalent"));
        TranslatedLine limited = one("dog$2.ti.", TargetInterface.PUBMED);
        assertEquals("dog*[ti]", limited.text());
        assertTrue(limited.comments().get(0).contains("at most 2 characters"));
    }

    @Test
    void linesAndLimitsKeepTheirNumbers() {
        Translation t = StrategyTranslator.translate(StrategyParser.parse(
                "1 heart.ti.\n2 lung.ti.\n3 or/1-2\n4 limit 3 to (english language and yr=\"2000-2015\")"),
                TargetInterface.PUBMED);
        assertEquals(List.of("#1", "#2", "#3", "#4"), t.lines().stream().map(TranslatedLine::label).toList());
        assertEquals("#1 OR #2", t.lines().get(2).text());
        assertEquals("#3 AND (english[la] AND 2000/01/01:2015/12/31[dp])", t.lines().get(3).text());
        String text = t.text();
        assertTrue(text.startsWith("// PubMed translation by evsynth"), text);
        assertEquals(4, StrategyParser.parse(text).lines().size(), "the text reads back, comments skipped");
    }
}
