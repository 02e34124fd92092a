package org.evsynth.review;

import static org.evsynth.review.Scenario.ANN;
import static org.evsynth.review.Scenario.TA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An import is all or nothing: a file that does not read to its end, or that declares entities, adds nothing; and a
 * search imported by mistake can be withdrawn, its records leaving the counts, with an audit entry.
 */
class ImportAndWithdrawalTest {

    private static final String RECORD = "<record><titles><title>%s</title></titles><dates><year>2020</year></dates>"
            + "</record>\n";

    @TempDir
    Path tmp;

    static Stream<String> backends() {
        return TestBackends.both();
    }

    private Searches.Import xml(String name, String text) throws Exception {
        Path file = Files.writeString(tmp.resolve(name), text, StandardCharsets.UTF_8);
        return Searches.Import.of(file, "Embase", SourceKind.DATABASE, null, null);
    }

    @ParameterizedTest
    @MethodSource("backends")
    void aFileThatBreaksHalfWayAddsNothing(String backend) throws Exception {
        try (Scenario s = Scenario.of(backend, tmp, 2)) {
            StringBuilder broken = new StringBuilder("<?xml version=\"1.0\"?><xml><records>\n");
            for (int i = 1; i <= 21; i++) {
                broken.append(String.format(RECORD, "Kept title " + i));
            }
            broken.append("<record><titles><title>Broken</titles></record>\n");
            for (int i = 23; i <= 40; i++) {
                broken.append(String.format(RECORD, "Later title " + i));
            }
            broken.append("</records></xml>\n");
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> s.review.searches()
                    .importFile(ANN, xml("endnote.xml", broken.toString())));
            assertTrue(e.getMessage().contains("endnote.xml:23") && e.getMessage().contains("nothing was added"),
                    e.getMessage());
            assertEquals(1, s.review.searches().list().size(), "no search recorded");
            assertEquals(2, s.review.status().identifiedTotal());
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void entityDeclarationsAreRefusedAndRecordNothing(String backend) throws Exception {
        try (Scenario s = Scenario.of(backend, tmp, 1)) {
            String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE xml [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n"
                    + "<xml><records>" + String.format(RECORD, "&secret;") + "</records></xml>\n";
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> s.review.searches()
                    .importFile(ANN, xml("xxe.xml", xxe)));
            assertFalse(e.getMessage().contains("root:"), "the file's content is never echoed");
            assertEquals(1, s.review.searches().list().size());
            assertTrue(s.review.audit().entries(AuditLog.Query.all()).stream().noneMatch(a ->
                    a.after() != null && a.after().contains("xxe.xml")));
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void aWithdrawnSearchLeavesTheCountsAndCanBeImportedAgain(String backend) throws Exception {
        try (Scenario s = Scenario.of(backend, tmp, 2)) {
            Path second = Ris.write(tmp.resolve("second.ris"), List.of(
                    new Ris.Ref("A wrongly imported record", "Smith, A", 2001, "10.9/w1"),
                    new Ris.Ref("Distinct trial 1 of treatment 919", "Author1, A", 1991, "10.9/s1")));
            ImportSummary imported = s.review.searches().importFile(ANN, Searches.Import.of(second, "CINAHL",
                    SourceKind.DATABASE, null, null));
            s.review.deduplication().run(ANN);
            assertTrue(s.review.deduplication().isDuplicate(4), "record 4 duplicates record 1");
            s.decide(ANN, 3, TA, Decision.INCLUDE);
            assertEquals(Map.of("MEDLINE", 2, "CINAHL", 2), s.review.status().identifiedPerSource());

            Searches.Withdrawal w = s.review.searches().withdraw(ANN, new Searches.Withdraw(imported.searchId(),
                    "exported with the wrong filters"));
            assertEquals(2, w.records());
            assertEquals(1, w.decisions());
            ReviewStatus status = s.review.status();
            assertEquals(Map.of("MEDLINE", 2), status.identifiedPerSource());
            assertEquals(0, status.duplicatesRemoved());
            assertEquals(2, status.pending().get(TA).undecided());
            assertEquals(List.of(1L, 2L), s.review.screening().queue(ANN, TA));
            assertTrue(s.review.audit().entries(AuditLog.Query.all()).stream().anyMatch(a ->
                    a.action().equals("withdraw-search") && a.after().contains("wrong filters")));
            assertThrows(RefusedException.class, () -> s.decide(ANN, 3, TA, Decision.EXCLUDE),
                    "a withdrawn record takes no decision");
            assertThrows(RefusedException.class, () -> s.review.searches().withdraw(ANN,
                    new Searches.Withdraw(imported.searchId(), null)));

            ImportSummary again = s.review.searches().importFile(ANN, Searches.Import.of(second, "CINAHL",
                    SourceKind.DATABASE, null, null));
            assertFalse(again.alreadyImported(), "the withdrawn file imports again");
            assertEquals(2, again.recordsAdded());
            assertTrue(s.review.searches().list().get(1).withdrawn());
            assertEquals(imported.sha256(), s.review.searches().list().get(1).sha256());
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void aSearchWithAReportOfAStudyIsNotWithdrawn(String backend) throws Exception {
        try (Scenario s = Scenario.of(backend, tmp, 1)) {
            s.review.studies().create(ANN, new Studies.Create("Trial", List.of(1L)));
            RefusedException e = assertThrows(RefusedException.class, () -> s.review.searches().withdraw(ANN,
                    new Searches.Withdraw(1, null)));
            assertTrue(e.getMessage().contains("record 1 is a report of study 1"), e.getMessage());
        }
    }
}
