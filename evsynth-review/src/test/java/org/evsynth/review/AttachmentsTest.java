package org.evsynth.review;

import static org.evsynth.review.Scenario.ANN;
import static org.evsynth.review.Scenario.BOB;
import static org.evsynth.review.Scenario.TA;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Full texts attached to records: stored in the review's database on both backends and read back byte for byte;
 * only PDFs (by their content) within the size limit, only for records sought for retrieval; withdrawn ones are
 * no longer served; each change in the audit log.
 */
class AttachmentsTest {

    static final byte[] PDF = ("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj << /Type /Catalog >> endobj\n"
            + "trailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1);

    @TempDir
    Path tmp;

    static Stream<String> backends() {
        return TestBackends.both();
    }

    @ParameterizedTest
    @MethodSource("backends")
    void aPdfIsStoredWithTheReviewAndReadBackWhole(String backend) throws Exception {
        try (Scenario s = Scenario.of(backend, tmp, 2)) {
            s.both(1, TA, Decision.INCLUDE);
            Attachments files = s.review.attachments();
            byte[] large = Arrays.copyOf(PDF, 3 * 1024 * 1024);
            System.arraycopy("\n%%EOF\n".getBytes(StandardCharsets.US_ASCII), 0, large, large.length - 7, 7);
            Attachment a = files.attach(ANN, new Attachments.Attach(1, "Moller 2024.pdf", large));
            assertEquals("Moller 2024.pdf", a.fileName());
            assertEquals(large.length, a.size());
            assertEquals(List.of(a), files.list(1));
            Attachments.File back = files.file(a.id());
            assertArrayEquals(large, back.content());
            assertEquals(Attachments.PDF, back.attachment().mediaType());
            assertEquals(a, files.attach(BOB, new Attachments.Attach(1, "again.pdf", large)),
                    "the same file attached again is the same attachment");
            Attachment second = files.attach(BOB, new Attachments.Attach(1, "supplement.pdf", PDF));
            assertEquals(2, files.list(1).size());

            files.withdraw(BOB, second.id());
            assertEquals(List.of(a), files.list(1));
            assertThrows(UnknownEntityException.class, () -> files.file(second.id()), "a withdrawn file is not served");
            assertThrows(UnknownEntityException.class, () -> files.withdraw(BOB, second.id()));
            List<String> actions = s.review.audit().entries(AuditLog.Query.all()).stream().map(AuditEntry::action)
                    .filter(x -> x.contains("full-text")).toList();
            assertEquals(List.of("attach-full-text", "attach-full-text", "withdraw-full-text"), actions);
        }
    }

    @Test
    void onlyAWholePdfWithinTheLimitIsTakenWhateverItsName() throws Exception {
        try (Scenario s = Scenario.of(TestBackends.SQLITE, tmp, 1)) {
            s.both(1, TA, Decision.INCLUDE);
            Attachments files = s.review.attachments();
            InvalidInputException html = assertThrows(InvalidInputException.class, () -> files.attach(ANN,
                    new Attachments.Attach(1, "paper.pdf", "<html><script>alert(1)</script></html>%%EOF"
                            .getBytes(StandardCharsets.UTF_8))));
            assertEquals("file", html.field());
            assertTrue(html.getMessage().contains("'paper.pdf' is not a PDF"), html.getMessage());
            byte[] cut = Arrays.copyOf(PDF, PDF.length - 7);
            assertTrue(assertThrows(InvalidInputException.class, () -> files.attach(ANN, new Attachments.Attach(1,
                    "cut.pdf", cut))).getMessage().contains("cut short"));
            assertThrows(InvalidInputException.class, () -> files.attach(ANN, new Attachments.Attach(1, "e.pdf",
                    new byte[0])));
            byte[] huge = Arrays.copyOf(PDF, (int) Attachments.MAX_BYTES + 1);
            System.arraycopy(PDF, PDF.length - 6, huge, huge.length - 6, 6);
            InvalidInputException big = assertThrows(InvalidInputException.class, () -> files.attach(ANN,
                    new Attachments.Attach(1, "big.pdf", huge)));
            assertTrue(big.getMessage().contains("the largest full text taken is 32.0 MB"), big.getMessage());
            assertTrue(files.list(1).isEmpty());
        }
    }

    @Test
    void onlyRecordsSoughtForRetrievalTakeAFullText() throws Exception {
        try (Scenario s = Scenario.of(TestBackends.SQLITE, tmp, 2)) {
            s.both(2, TA, Decision.EXCLUDE);
            RefusedException excluded = assertThrows(RefusedException.class, () -> s.review.attachments().attach(ANN,
                    new Attachments.Attach(2, "p.pdf", PDF)));
            assertTrue(excluded.getMessage().contains("record 2 is excluded at title-abstract"),
                    excluded.getMessage());
            assertThrows(RefusedException.class, () -> s.review.attachments().attach(ANN, new Attachments.Attach(1,
                    "p.pdf", PDF)), "undecided at title and abstract");
            assertThrows(UnknownEntityException.class, () -> s.review.attachments().attach(ANN,
                    new Attachments.Attach(99, "p.pdf", PDF)));
        }
    }

    @Test
    void aFileNameWithAPathIsRefusedAndLosesControlCharactersAndDirectionOverrides() {
        for (String path : List.of("../../etc/passwd.pdf", "C:\\papers\\Moller 2024.pdf", "/tmp/a.pdf", "..", ".")) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> Attachments.safeName(path),
                    path);
            assertEquals("file", e.field());
            assertTrue(e.getMessage().contains("folder path"), e.getMessage());
        }
        assertEquals("invoicefdp.exe", Attachments.safeName("invoice\u202efdp.exe"));
        assertEquals("a b.pdf", Attachments.safeName(" a\u0007 b.pdf\n"));
        assertEquals("full-text.pdf", Attachments.safeName(null));
        assertEquals(200, Attachments.safeName("x".repeat(300)).length());
    }
}
