package org.evsynth.app.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.evsynth.review.Attachments;
import org.evsynth.review.Stage;
import org.evsynth.review.StageOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The full-text pages on the running server, SQLite and PostgreSQL: a PDF attached, checked and served only to
 * members; retrieval; decisions with the protocol's reasons, blinded, two different reasons a conflict; a viewer
 * changes nothing.
 */
class FullTextPagesTest {

    @TempDir
    Path tmp;

    static List<String> backends() {
        return TestSite.backends().toList();
    }

    @ParameterizedTest
    @MethodSource("backends")
    void aPdfAttachedByAReviewerIsServedOnlyToMembers(String backend) throws Exception {
        try (TestSite site = TestSite.start(backend, tmp)) {
            WorkFixtures.soughtForRetrieval(site, tmp, List.of("DanGer Shock", "ECLS-SHOCK"));
            WebClient rex = site.signedIn("Rex");
            byte[] pdf = WorkFixtures.pdf();
            WebClient.Answer up = rex.postFile("/full-text/1/files", Map.of(), "file", "Møller '& <b>2024.pdf", pdf);
            assertEquals(303, up.status(), up.body());
            assertEquals("/full-text/1", up.header("Location"));
            long id = site.review.attachments().list(1).get(0).id();

            WebClient vera = site.signedIn("Vera");
            String page = vera.get("/full-text/1").body();
            assertTrue(page.contains("href=\"/files/" + id + "\""), "a viewer sees the file");
            assertTrue(page.contains(">Møller '&amp; &lt;b&gt;2024.pdf</a>"), "its name as text");
            assertFalse(page.contains("<b>2024"));
            assertFalse(page.contains("action=\"/full-text/1/files\""), "but no upload form");
            WebClient.Answer download = vera.get("/files/" + id);
            assertEquals(200, download.status());
            assertEquals("application/pdf", download.header("Content-Type"));
            assertEquals("attachment; filename=\"M_ller '& <b>2024.pdf\"; "
                    + "filename*=UTF-8''M%C3%B8ller%20%27%26%20%3Cb%3E2024.pdf", download.header("Content-Disposition"));
            assertEquals("default-src 'none'; sandbox", download.header("Content-Security-Policy"));
            assertEquals("nosniff", download.header("X-Content-Type-Options"));
            assertArrayEquals(pdf, vera.bytes("/files/" + id));

            WebClient.Answer signedOut = site.client().get("/files/" + id);
            assertEquals(302, signedOut.status(), "signed out, the file is not served");
            assertTrue(signedOut.header("Location").startsWith("/login"));
            assertFalse(signedOut.body().contains("%PDF"));
            WebClient forged = site.client();
            forged.bearer = "evs_not-a-token";
            assertEquals(401, forged.get("/files/" + id).status());

            assertEquals(303, rex.postForm("/files/" + id + "/withdraw", Map.of("record", "1")).status());
            assertEquals(404, vera.get("/files/" + id).status(), "a withdrawn file is no longer served");
        }
    }

    @Test
    void anUploadThatIsNoPdfOrTooLargeIsRefusedWithTheReason() throws Exception {
        try (TestSite site = TestSite.start(TestSite.SQLITE, tmp)) {
            WorkFixtures.soughtForRetrieval(site, tmp, List.of("DanGer Shock"));
            WebClient rex = site.signedIn("Rex");
            WebClient.Answer html = rex.postFile("/full-text/1/files", Map.of(), "file", "paper.pdf",
                    "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
            assertEquals(400, html.status());
            assertTrue(html.body().contains("&#39;paper.pdf&#39; is not a PDF") || html.body().contains(
                    "'paper.pdf' is not a PDF"), html.body());
            assertTrue(html.body().contains("id=\"file\" name=\"file\" type=\"file\""));
            assertTrue(html.body().contains("aria-invalid=\"true\""), "the file field is marked");

            WebClient.Answer path = rex.postFile("/full-text/1/files", Map.of(), "file", "../../etc/passwd.pdf",
                    WorkFixtures.pdf());
            assertEquals(400, path.status(), "a name with a folder path is refused");
            assertTrue(path.body().contains("holds a folder path"), path.body());
            WebClient.Answer windows = rex.postFile("/full-text/1/files", Map.of(), "file", "C:\\papers\\p.pdf",
                    WorkFixtures.pdf());
            assertEquals(400, windows.status());
            WebClient.Answer type = rex.postFile("/full-text/1/files", Map.of(), "file", "paper.pdf", "text/html",
                    WorkFixtures.pdf());
            assertEquals(400, type.status(), "a part sent as another type is refused, whatever its bytes");
            assertTrue(type.body().contains("sent the file as 'text/html'"), type.body());
            assertEquals(303, rex.postFile("/full-text/1/files", Map.of(), "file", "paper", "application/octet-stream",
                    Arrays.copyOf(WorkFixtures.pdf(), WorkFixtures.pdf().length)).status(),
                    "the generic type is taken when the bytes are a PDF");
            assertEquals(1, site.review.attachments().list(1).size());
            site.review.attachments().withdraw(WorkFixtures.REX, site.review.attachments().list(1).get(0).id());

            byte[] large = Arrays.copyOf(WorkFixtures.pdf(), (int) Attachments.MAX_BYTES + 10);
            WebClient.Answer big = rex.postFile("/full-text/1/files", Map.of(), "file", "big.pdf", large);
            assertEquals(413, big.status(), big.body());
            assertTrue(big.body().contains("larger than 32 MB"), big.body());
            assertTrue(site.review.attachments().list(1).isEmpty(), "nothing was stored");

            WebClient noToken = site.signedIn("Rex");
            noToken.csrf = null;
            assertEquals(403, noToken.postFile("/full-text/1/files", Map.of(), "file", "p.pdf", WorkFixtures.pdf())
                    .status(), "an upload needs the CSRF token like any change");
            assertTrue(site.review.attachments().list(1).isEmpty());
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void decisionsAreBlindedNeedAReasonAndDifferentReasonsAreAConflict(String backend) throws Exception {
        try (TestSite site = TestSite.start(backend, tmp)) {
            WorkFixtures.soughtForRetrieval(site, tmp, List.of("DanGer Shock", "ECLS-SHOCK"));
            WebClient rex = site.signedIn("Rex");
            WebClient.Answer noReason = rex.postForm("/full-text/1/decision", Map.of("decision", "exclude",
                    "reason", "", "note", "kept after the refusal"));
            assertEquals(400, noReason.status());
            assertTrue(noReason.body().contains("needs a reason"), noReason.body());
            assertTrue(noReason.body().contains("id=\"reason\" name=\"reason\" aria-describedby=\"reason-hint\" "
                    + "aria-invalid=\"true\""), "the reason field is marked");
            assertTrue(noReason.body().contains("kept after the refusal"), "what was typed is kept");
            assertFalse(noReason.body().contains(site.dir == null ? "localhost:" : site.dir.toString()),
                    "the message does not say where the server keeps the review");

            assertEquals(303, rex.postForm("/full-text/1/decision", Map.of("decision", "exclude", "reason",
                    "wrong population")).status());
            WebClient olivia = site.signedIn("Olivia");
            String before = olivia.get("/full-text/1").body();
            assertFalse(before.contains("class=\"decisions\""), "Rex's vote is hidden from Olivia before hers");
            assertEquals(303, olivia.postForm("/full-text/1/decision", Map.of("decision", "exclude", "reason",
                    "wrong intervention")).status());
            assertEquals(StageOutcome.Status.CONFLICT, site.review.screening().outcome(1, Stage.FULL_TEXT).status());
            String after = olivia.get("/full-text/1").body();
            assertTrue(after.contains("Conflict: the reviewers disagree") && after.contains("wrong population"),
                    "decided, she sees both reasons and the conflict");
            String conflicts = rex.get("/full-text?show=conflict").body();
            assertTrue(conflicts.contains("data-record=\"1\"") && !conflicts.contains("data-record=\"2\""));

            assertEquals(303, rex.postForm("/full-text/2/retrieval", Map.of("retrieved", "no")).status());
            assertTrue(rex.get("/full-text?show=not-retrieved").body().contains("data-record=\"2\""));
            assertEquals(409, rex.postForm("/full-text/2/decision", Map.of("decision", "include")).status(),
                    "a report not retrieved cannot be decided");
            WebClient.Answer next = rex.get("/full-text/next");
            assertEquals(303, next.status());
            assertTrue(next.header("Location").startsWith("/full-text?show=todo"), next.header("Location"));
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void aViewerChangesNothing(String backend) throws Exception {
        try (TestSite site = TestSite.start(backend, tmp)) {
            WorkFixtures.included(site, tmp, List.of("DanGer Shock"));
            WebClient vera = site.signedIn("Vera");
            assertEquals(403, vera.postFile("/full-text/1/files", Map.of(), "file", "p.pdf", WorkFixtures.pdf())
                    .status());
            assertEquals(403, vera.postForm("/full-text/1/retrieval", Map.of("retrieved", "no")).status());
            assertEquals(403, vera.postForm("/full-text/1/decision", Map.of("decision", "exclude", "reason",
                    "wrong population")).status());
            assertEquals(403, vera.postForm("/studies", Map.of("label", "Vera's study", "report", "1")).status());
            assertEquals(403, vera.get("/full-text/next").status());
            assertTrue(site.review.attachments().list(1).isEmpty());
            assertTrue(site.review.studies().list().isEmpty());
            assertFalse(site.review.fullText().report(WorkFixtures.REX, 1).notRetrieved());
            assertEquals(200, vera.get("/studies").status(), "a viewer reads");
            assertEquals(200, vera.get("/full-text").status());
        }
    }
}
