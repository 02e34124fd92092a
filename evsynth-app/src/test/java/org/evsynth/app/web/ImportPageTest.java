package org.evsynth.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.evsynth.review.SearchInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The owner's import page: real exports uploaded, bad ones refused whole, the same file never added twice. */
class ImportPageTest {

    private static final String STRATEGY = "1 restoration.ti,ab.\n2 (ecosystem* or wetland*).ti,ab.\n3 1 and 2\n";

    @TempDir
    Path tmp;

    static List<String> backends() {
        return TestSite.backends().toList();
    }

    private static Map<String, String> form(String source) {
        return Map.of("source", source, "searched", "2019-01-28", "strategy", STRATEGY.replace("\n", "\r\n"));
    }

    @ParameterizedTest
    @MethodSource("backends")
    void theOwnerImportsExportsSeesTheHitsAndTheSameFileAddsNothingTwice(String backend) throws Exception {
        try (TestSite site = TestSite.start(backend, tmp)) {
            WebClient olivia = site.signedIn("Olivia");
            WebClient.Upload pubmed = new WebClient.Upload("files", "restoration_pubmed.nbib",
                    Fixture.read(Fixture.PUBMED));
            WebClient.Answer first = olivia.postMultipart("/import", form("MEDLINE"), List.of(pubmed));
            assertEquals(200, first.status(), first.body());
            assertTrue(first.body().contains("Imported as search 1: <strong>104</strong> records added."),
                    first.body());
            assertEquals(104, site.review.status().identifiedTotal());
            SearchInfo search = site.review.searches().list().get(0);
            assertEquals("MEDLINE", search.source());
            assertEquals("2019-01-28", search.searchedOn().toString());
            assertEquals(STRATEGY.strip(), search.strategy());
            var lines = WebClient.JSON.readTree(search.strategyHits());
            assertEquals(3, lines.size());
            for (var line : lines) {
                assertTrue(first.body().contains("<tr><td class=\"number\">" + line.get("number").asInt()
                        + "</td><td><code>" + line.get("text").asText() + "</code></td><td class=\"number\">"
                        + line.get("hits").asInt() + "</td>"), "line " + line + " and its hits: " + first.body());
            }

            WebClient.Answer again = olivia.postMultipart("/import", form("MEDLINE"), List.of(pubmed));
            assertEquals(200, again.status());
            assertTrue(again.body().contains("This file was imported before, as search 1: nothing was added."));
            assertEquals(104, site.review.status().identifiedTotal());

            byte[] xml = Fixture.read(Path.of("..", "..", "shared", "data", "formats", "asysd", "zotero_export.xml"));
            WebClient.Answer mixed = olivia.postMultipart("/import", form("Scopus"), List.of(
                    new WebClient.Upload("files", "restoration_scopus.ris", Fixture.read(Fixture.SCOPUS)),
                    new WebClient.Upload("files", "cut.xml", Arrays.copyOf(xml, xml.length / 2))));
            assertEquals(400, mixed.status(), "a file was refused");
            assertTrue(mixed.body().contains("Imported as search 2"), "the whole file was imported");
            assertTrue(mixed.body().contains("cannot import cut.xml: it does not read to its end"), mixed.body());
            assertTrue(mixed.body().contains("nothing was added"));
            assertTrue(mixed.body().matches("(?s).*\\(cut\\.xml:\\d+:\\d+: [^)]+\\).*"), "its file, line and column");
            int scopus = site.review.searches().list().get(1).recordCount();
            assertEquals(2, site.review.searches().list().size(), "nothing of the cut file");
            assertEquals(104 + scopus, site.review.status().identifiedTotal());

            WebClient.Answer withdrawn = olivia.postForm("/searches/2/withdraw", Map.of("reason", "wrong database"));
            assertEquals(303, withdrawn.status());
            assertTrue(olivia.get("/import").body().contains("Search 2 (restoration_scopus.ris) was withdrawn"));
            assertEquals(104, site.review.status().identifiedTotal());
            assertEquals(409, olivia.postForm("/searches/2/withdraw", Map.of()).status(), "withdrawn already");
            assertEquals(404, olivia.postForm("/searches/9/withdraw", Map.of()).status());
        }
    }

    @Test
    void aFilesLineNumberedWarningsAreShownAndItsRecordsAdded() {
        try (TestSite site = TestSite.start(TestSite.SQLITE, tmp)) {
            byte[] ris = ("Exported by a reference manager\n\n" + new String(Fixture.ris(Fixture.trials(2)),
                    StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
            WebClient.Answer a = site.signedIn("Olivia").postMultipart("/import", Map.of("source", "CENTRAL",
                    "register", "1"), List.of(new WebClient.Upload("files", "C:\\Users\\ann\\central.ris", ris)));
            assertEquals(200, a.status(), a.body());
            assertTrue(a.body().contains("<h3>central.ris</h3>"), "the file's own name, without the folder");
            assertTrue(a.body().matches("(?s).*<li><code>[^<]*central\\.ris[^<]*1[^<]*text outside any record "
                    + "ignored: Exported by a reference manager</code></li>.*"), a.body());
            assertEquals(2, site.review.status().identifiedTotal());
            assertEquals(java.util.Set.of("CENTRAL"), site.review.status().registers(), "counted as a register");
        }
    }

    @Test
    void uploadsOverTheLimitOrOfTheWrongTypeAreRefusedAndAddNothing() {
        try (TestSite site = TestSite.start(TestSite.SQLITE, tmp, WebSettings.defaults().withUploadLimit(64 * 1024))) {
            WebClient olivia = site.signedIn("Olivia");
            WebClient.Answer big = olivia.postMultipart("/import", form("MEDLINE"), List.of(
                    new WebClient.Upload("files", "restoration_pubmed.nbib", Fixture.read(Fixture.PUBMED))));
            assertEquals(413, big.status(), big.body());
            assertTrue(big.body().contains("larger than the 64 KB this server takes"), big.body());

            byte[] png = Arrays.copyOf(Fixture.read(Path.of("..", "docs", "web", "dashboard.png")), 20_000);
            WebClient.Answer image = olivia.postMultipart("/import", form("MEDLINE"), List.of(
                    new WebClient.Upload("files", "screenshot.png", png)));
            assertEquals(400, image.status());
            assertTrue(image.body().contains("format not recognised"), image.body());

            WebClient.Answer notMultipart = olivia.postForm("/import", form("MEDLINE"));
            assertEquals(400, notMultipart.status());
            assertTrue(notMultipart.body().contains("multipart/form-data"));
            WebClient.Answer noSource = olivia.postMultipart("/import", Map.of(), List.of(new WebClient.Upload(
                    "files", "t.ris", Fixture.ris(Fixture.trials(1)))));
            assertEquals(400, noSource.status());
            assertTrue(noSource.body().contains("field &#39;source&#39;") || noSource.body().contains("field 'source'"),
                    noSource.body());
            assertEquals(400, olivia.postMultipart("/import", Map.of("source", "MEDLINE", "searched", "28/01/2019"),
                    List.of(new WebClient.Upload("files", "t.ris", Fixture.ris(Fixture.trials(1))))).status());

            // no Content-Length: the multipart parser holds the limit itself
            String boundary = "b0undary";
            byte[] body = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + olivia.csrf
                    + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"source\"\r\n\r\nMEDLINE\r\n--"
                    + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"big.nbib\"\r\n\r\n"
                    + new String(Fixture.read(Fixture.PUBMED), StandardCharsets.UTF_8) + "\r\n--" + boundary + "--\r\n")
                    .getBytes(StandardCharsets.UTF_8);
            WebClient.Answer chunked = olivia.send(olivia.request("/import").header("Content-Type",
                    "multipart/form-data; boundary=" + boundary).POST(HttpRequest.BodyPublishers.ofInputStream(
                    () -> new ByteArrayInputStream(body))));
            assertEquals(413, chunked.status(), chunked.body());
            assertFalse(chunked.body().contains("Exception"), chunked.body());

            assertEquals(0, site.review.status().identifiedTotal(), "nothing was added");
            assertTrue(site.review.searches().list().isEmpty());
        }
    }

    @Test
    void onlyTheOwnerImports() {
        try (TestSite site = TestSite.start(TestSite.SQLITE, tmp)) {
            WebClient rex = site.signedIn("Rex");
            assertEquals(403, rex.postMultipart("/import", form("MEDLINE"), List.of(new WebClient.Upload("files",
                    "t.ris", Fixture.ris(Fixture.trials(1))))).status());
            assertEquals(403, rex.get("/import").status());
            assertTrue(site.review.searches().list().isEmpty());
        }
    }
}
