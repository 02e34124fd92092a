package org.evsynth.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.evsynth.app.cli.EvsynthCommand;
import org.evsynth.report.format.Numbers;
import org.evsynth.review.ExtractionComparison;
import org.evsynth.review.Protocol;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Studies, extraction and analysis through the pages of the running server, SQLite and PostgreSQL: reports grouped
 * into studies, arms entered with the engine's checks naming the field, dual extraction compared and settled, risk
 * of bias judged, and the analysis (forest plot, numbers, figures, report and bundle) live from those values.
 */
class ExtractionPagesTest {

    static final String STROKE = "Stroke";

    @TempDir
    Path tmp;

    static List<String> backends() {
        return TestSite.backends().toList();
    }

    /** Two studies with their stroke counts, as DanGer Shock and the IPD meta-analysis of 9 RCTs report them. */
    static void twoStudies(TestSite site, WebClient who, String first, String second) {
        assertEquals(303, who.postForm("/studies", Map.of("label", first, "report", "1")).status());
        assertEquals(303, who.postForm("/studies", Map.of("label", second, "report", "2")).status());
        arm(who, 1, STROKE, "Active MCS", "7", "179");
        arm(who, 1, STROKE, "Standard care", "4", "176");
        arm(who, 2, STROKE, "Active MCS", "19", "498");
        arm(who, 2, STROKE, "Standard care", "13", "496");
    }

    static WebClient.Answer arm(WebClient who, long study, String outcome, String arm, String events, String total) {
        WebClient.Answer a = who.postForm("/studies/" + study + "/arms", Map.of("outcome", outcome, "shape",
                "dichotomous", "arm", arm, "events", events, "total", total));
        assertEquals(303, a.status(), a.body());
        return a;
    }

    @ParameterizedTest
    @MethodSource("backends")
    void studiesAreExtractedAndAnalysedLive(String backend) throws Exception {
        try (TestSite site = TestSite.start(backend, tmp)) {
            WorkFixtures.included(site, tmp, List.of("Microaxial flow pump in cardiogenic shock",
                    "Active mechanical circulatory support: IPD meta-analysis"));
            WebClient rex = site.signedIn("Rex");
            twoStudies(site, rex, "DanGer Shock (Møller 2024)", "IPD meta-analysis of 9 RCTs (Thiele 2024)");
            assertEquals(303, rex.postForm("/studies/1/characteristics", Map.of("c_design", "randomised trial",
                    "c_country", "Denmark, Germany, UK", "other_name_0", "sponsor", "other_value_0", "Abiomed"))
                    .status());
            Map<String, String> rob = new LinkedHashMap<>(Map.of("tool", "rob2"));
            for (String d : List.of("D1", "D2", "D3", "D4", "D5", "Overall")) {
                rob.put("judgement_" + d, d.equals("D2") ? "some concerns" : "low");
                rob.put("support_" + d, "Quote: \"central web-based randomisation\"");
            }
            for (long study = 1; study <= 2; study++) {
                assertEquals(303, rex.postForm("/studies/" + study + "/rob", rob).status());
            }
            assertEquals(6, site.review.risksOfBias(1).size());

            WebClient vera = site.signedIn("Vera");
            String studyPage = vera.get("/studies/1").body();
            assertTrue(studyPage.contains("7/179") && studyPage.contains("Denmark, Germany, UK"), studyPage);
            assertFalse(studyPage.contains("action=\"/studies/1/arms\""), "but gets no form");

            String analysis = vera.get("/analysis").body();
            assertTrue(analysis.contains("Risk ratio 1.51 [") || analysis.contains("Risk ratio"), analysis);
            String forest = WorkFixtures.find(analysis, "src=\"(/analysis/figures/[0-9a-f]{32}/forest-0\\.svg)\"");
            WebClient.Answer svg = vera.get(forest);
            assertEquals(200, svg.status());
            assertTrue(svg.header("Content-Type").startsWith("image/svg+xml"));
            assertEquals("default-src 'none'; style-src 'unsafe-inline'", svg.header("Content-Security-Policy"));
            assertTrue(svg.body().contains("DanGer Shock (Møller 2024)") && svg.body().contains(">179<")
                    && svg.body().contains(">Active MCS<"), "the studies, their counts and the arms");
            assertTrue(analysis.contains("No funnel plot: with 2 studies"), "no funnel plot under 10 studies");
            assertTrue(analysis.contains("rob-traffic-light.svg") && analysis.contains("class=\"sof\""));
            assertEquals(200, vera.get(WorkFixtures.find(analysis,
                    "src=\"(/analysis/figures/[0-9a-f]{32}/rob-summary\\.svg)\"")).status());
            assertEquals(404, vera.get("/analysis/figures/" + "0".repeat(32) + "/forest-0.svg").status());

            String headline = WorkFixtures.find(analysis, "<p class=\"headline\">([^<]+)</p>");
            String report = vera.get("/analysis/report.html").body();
            assertTrue(report.contains("DanGer Shock (Møller 2024)"));
            String estimate = WorkFixtures.find(headline, "Risk ratio ([0-9.]+ \\[[0-9.]+, [0-9.]+\\])");
            assertTrue(report.contains(estimate), "the report downloaded shows the page's " + estimate);
            WebClient.Answer pdf = vera.get("/analysis/report.pdf");
            assertEquals("application/pdf", pdf.header("Content-Type"));
            assertTrue(pdf.header("Content-Disposition").startsWith("attachment"));

            List<String> entries = new ArrayList<>();
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(vera.bytes(
                    "/analysis/bundle.zip")))) {
                for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                    entries.add(e.getName());
                }
            }
            assertTrue(entries.containsAll(List.of("analysis/review.yaml", "analysis/data/stroke.csv",
                    "analysis/rob.csv", "analysis/prisma.csv")), entries.toString());
        }
    }

    @Test
    void validationErrorsNameTheFieldAndKeepWhatWasTyped() throws Exception {
        try (TestSite site = TestSite.start(TestSite.SQLITE, tmp)) {
            WorkFixtures.included(site, tmp, List.of("DanGer Shock"));
            WebClient rex = site.signedIn("Rex");
            assertEquals(303, rex.postForm("/studies", Map.of("label", "DanGer Shock", "report", "1")).status());
            WebClient.Answer abc = rex.postForm("/studies/1/arms", Map.of("outcome", "Pain", "shape", "continuous",
                    "arm", "Yoga", "mean", "abc", "sd", "2", "n", "40"));
            assertEquals(400, abc.status());
            assertTrue(abc.body().contains("mean &#39;abc&#39; is not a number") || abc.body().contains(
                    "mean 'abc' is not a number"), abc.body());
            assertTrue(abc.body().contains("id=\"arm-mean\" name=\"mean\" type=\"text\" inputmode=\"decimal\" "
                    + "autocomplete=\"off\" data-rule=\"number\" value=\"abc\" aria-describedby=\"arm-mean-msg\" "
                    + "aria-invalid=\"true\""), "the mean field is marked and keeps what was typed");
            WebClient.Answer sd = rex.postForm("/studies/1/arms", Map.of("outcome", "Pain", "shape", "continuous",
                    "arm", "Yoga", "mean", "3.1", "sd", "0", "n", "40"));
            assertEquals(400, sd.status());
            assertTrue(sd.body().contains("sd (0) must be positive"), sd.body());
            assertTrue(sd.body().contains("name=\"sd\" type=\"text\" inputmode=\"decimal\" autocomplete=\"off\" "
                    + "data-rule=\"number positive\" value=\"0\" aria-describedby=\"arm-sd-msg\" aria-invalid=\"true\""));
            WebClient.Answer events = rex.postForm("/studies/1/arms", Map.of("outcome", "Death", "shape",
                    "dichotomous", "arm", "Impella", "events", "57", "total", "40"));
            assertTrue(events.body().contains("events (57) exceeds total (40)"), events.body());
            WebClient.Answer noShape = rex.postForm("/studies/1/arms", Map.of("outcome", "Death", "arm", "Impella"));
            assertEquals(400, noShape.status());
            assertTrue(noShape.body().contains("choose the kind of data"));
            WebClient.Answer ratio = rex.postForm("/studies/1/arms", Map.of("outcome", "Death", "shape", "estimate",
                    "measure", "HR", "estimate", "0.74", "lower", "0.8", "upper", "0.99"));
            assertEquals(400, ratio.status(), "the interval must hold the estimate");
            assertTrue(site.review.extraction().entries(1).isEmpty(), "nothing was stored");
            WebClient.Answer unknown = rex.postForm("/studies/99/arms", Map.of("outcome", "Death", "shape",
                    "dichotomous", "arm", "Impella", "events", "5", "total", "40"));
            assertEquals(404, unknown.status());
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void dualExtractorsDifferencesAreMarkedAndTheSettledValueIsAnalysed(String backend) throws Exception {
        try (TestSite site = TestSite.start(backend, tmp)) {
            site.review.updateProtocol(WorkFixtures.OLIVIA, Protocol.skeleton(TestSite.TITLE).replace("mode: single ",
                    "mode: dual "));
            WorkFixtures.included(site, tmp, List.of("DanGer Shock", "IPD meta-analysis"));
            WebClient rex = site.signedIn("Rex");
            twoStudies(site, rex, "DanGer Shock", "IPD meta-analysis");
            WebClient olivia = site.signedIn("Olivia");
            arm(olivia, 1, STROKE, "Active MCS", "7", "179");
            arm(olivia, 1, STROKE, "Standard care", "40", "176");

            String page = olivia.get("/studies/1").body();
            assertTrue(page.contains("The extractors differ: settle the value to use"), page);
            assertTrue(page.contains("<td class=\"differs\">40 <span class=\"differs-mark\">"), "the cell is marked");
            assertTrue(page.contains("<td>7</td>"), "agreeing cells are not");
            String analysis = olivia.get("/analysis").body();
            assertTrue(analysis.contains("Rex and Olivia extracted different events"), analysis);
            assertTrue(analysis.contains("under dual extraction the arm is left out"));

            String rexPage = rex.get("/studies/1").body();
            assertFalse(rexPage.contains("action=\"/studies/1/settle\""), "an extractor is offered no settling");
            assertTrue(rexPage.contains("The review's owner, or an arbiter the protocol names, settles the value to "
                    + "use."), rexPage);
            assertEquals(403, rex.postForm("/studies/1/settle", Map.of("outcome", STROKE, "arm", "Standard care",
                    "take_from", "Rex")).status(), "nor may he settle on the server");
            assertEquals(403, site.signedIn("Vera").postForm("/studies/1/settle", Map.of("outcome", STROKE, "arm",
                    "Standard care", "take_from", "Rex")).status());
            assertEquals(ExtractionComparison.State.DIFFERENT, site.review.extraction().comparisons(1).get(1).state());

            assertEquals(303, olivia.postForm("/studies/1/settle", Map.of("outcome", STROKE, "arm", "Standard care",
                    "take_from", "Rex")).status());
            ExtractionComparison settled = site.review.extraction().comparisons(1).get(1);
            assertEquals(ExtractionComparison.State.SETTLED, settled.state());
            assertEquals("Olivia", settled.settlement().extractor());
            assertTrue(olivia.get("/studies/1").body().contains("Settled by Olivia"));
            String after = olivia.get("/analysis").body();
            assertFalse(after.contains("extracted different"), after);
            assertTrue(after.contains("Risk ratio") && after.contains("2 studies"));

            WebClient.Answer typed = olivia.postForm("/studies/1/settle", Map.of("outcome", STROKE, "arm",
                    "Standard care", "shape", "dichotomous", "events", "4", "total", "-176"));
            assertEquals(400, typed.status(), "a typed settlement is checked like an entry");
            assertTrue(typed.body().contains("total"), typed.body());
        }
    }

    @Test
    void valuesFromPeopleAreTextOnEveryPageAndInsideTheFigures() throws Exception {
        String script = "<script>alert(1)</script>";
        String img = "\"><img src=x onerror=alert(1)>";
        String quotes = "O'Brien \"REPAIR\" & co";
        try (TestSite site = TestSite.start(TestSite.SQLITE, tmp)) {
            WorkFixtures.included(site, tmp, List.of("Trial " + script, "Trial " + img, "Trial " + quotes));
            WebClient rex = site.signedIn("Rex");
            twoStudies(site, rex, "Study " + script, "Study " + img);
            assertEquals(303, rex.postForm("/studies", Map.of("label", quotes, "report", "3")).status());
            arm(rex, 1, "Death " + script, "Arm " + img, "5", "50");
            arm(rex, 1, "Death " + script, "Control " + img, "9", "50");
            arm(rex, 2, "Death " + script, "Arm " + img, "6", "60");
            arm(rex, 2, "Death " + script, "Control " + img, "8", "60");
            WebClient.Answer slash = rex.postForm("/studies/1/arms", Map.of("outcome", "Death", "shape",
                    "dichotomous", "arm", "Arm " + script, "events", "1", "total", "9"));
            assertEquals(400, slash.status(), "an arm's name has no slash: it is part of the data's key");
            assertTrue(slash.body().contains("&#39;Arm &lt;script&gt;alert(1)&lt;/script&gt;&#39;")
                    || slash.body().contains("'Arm &lt;script&gt;alert(1)&lt;/script&gt;'"), slash.body());
            Map<String, String> rob = new LinkedHashMap<>(Map.of("tool", "rob2", "outcome", "Death " + script));
            rob.put("judgement_D1", "low");
            rob.put("support_D1", "Quote " + script);
            assertEquals(303, rex.postForm("/studies/1/rob", rob).status());

            for (String path : List.of("/full-text/3", "/studies", "/studies/3")) {
                String body = rex.get(path).body();
                assertFalse(body.contains("\" & co"), path + " shows the ampersand unescaped");
                assertTrue(body.contains("O'Brien \"REPAIR\" &amp; co") || body.contains(
                        "O&#39;Brien &#34;REPAIR&#34; &amp; co"), path + " shows the label as text");
            }
            assertTrue(rex.get("/studies/3").body().contains("value=\"O&#39;Brien &#34;REPAIR&#34; &amp; co\""),
                    "and inside an attribute, quotes and all");
            List<String> pages = new ArrayList<>(List.of("/full-text", "/full-text/1", "/full-text/2", "/studies",
                    "/studies/1", "/studies/2", "/studies/1" + "?outcome=Death%20" + enc(script) + "&arm=Arm%20"
                    + enc(img), "/analysis", "/analysis/report.html"));
            StringBuilder shown = new StringBuilder();
            String analysis = rex.get("/analysis").body();
            for (String figure : List.of("forest-0")) {
                pages.add(WorkFixtures.find(analysis, "src=\"(/analysis/figures/[0-9a-f]{32}/" + figure
                        + "\\.svg)\""));
            }
            for (String path : pages) {
                String body = rex.get(path).body();
                shown.append(body);
                assertFalse(body.contains(script), path + " shows the script as markup");
                assertFalse(body.contains("<img src=x"), path + " shows the image as markup");
                assertTrue(body.contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                        || body.contains("&lt;img src=x onerror=alert(1)&gt;"), path + " shows it as text");
            }
            assertTrue(shown.indexOf("&lt;img src=x onerror=alert(1)&gt;") >= 0 && shown.indexOf("&lt;script&gt;")
                    >= 0, "both shown somewhere");
            assertTrue(rex.bytes("/analysis/report.pdf").length > 1000);
        }
    }

    /**
     * The page and the command line agree: {@code evsynth export} of the same review, then {@code evsynth report} of
     * that bundle, give in results.json the pooled estimate and interval the page shows, printed by one formatter.
     */
    @Test
    void theAnalysisPageShowsThePooledEstimateOfEvsynthReport() throws Exception {
        try (TestSite site = TestSite.start(TestSite.SQLITE, tmp)) {
            WorkFixtures.included(site, tmp, List.of("DanGer Shock", "IPD meta-analysis"));
            WebClient rex = site.signedIn("Rex");
            twoStudies(site, rex, "DanGer Shock", "IPD meta-analysis of 9 RCTs");
            String page = rex.get("/analysis").body();
            String headline = WorkFixtures.find(page, "<p class=\"headline\">([^<]+)</p>");

            Path bundle = tmp.resolve("cli-bundle");
            Path report = tmp.resolve("cli-report");
            StringWriter err = new StringWriter();
            assertEquals(0, EvsynthCommand.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err))
                    .execute("export", site.dir.toString(), "--bundle", bundle.toString()), err.toString());
            assertEquals(0, EvsynthCommand.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err))
                    .execute("report", bundle.toString(), "--out", report.toString()), err.toString());
            JsonNode outcome = new ObjectMapper().readTree(report.resolve("results.json").toFile()).get("outcomes")
                    .get(0);
            assertEquals(STROKE, outcome.get("outcome").asText());
            JsonNode a = outcome.get("analysis");
            assertEquals(2, a.get("k").asInt());
            String cli = Numbers.interval(a.get("estimate").asDouble(), a.get("ci_lower").asDouble(),
                    a.get("ci_upper").asDouble());
            assertEquals("Risk ratio " + cli + ", 2 studies", headline, "the page shows the report's numbers");
        }
    }

    /** Thirteen BCG trials (metafor's dat.bcg): a meta-analysis of enough studies for a funnel plot. */
    @Test
    void theFunnelPlotIsDrawnWithTenStudiesOrMore() throws Exception {
        int[][] bcg = {{4, 123, 11, 139}, {6, 306, 29, 303}, {3, 231, 11, 220}, {62, 13598, 248, 12867},
            {33, 5069, 47, 5808}, {180, 1541, 372, 1451}, {8, 2545, 10, 629}, {505, 88391, 499, 88391},
            {29, 7499, 45, 7277}, {17, 1716, 65, 1665}, {186, 50634, 141, 27338}, {5, 2498, 3, 2341},
            {27, 16913, 29, 17854}};
        try (TestSite site = TestSite.start(TestSite.SQLITE, tmp)) {
            List<String> titles = new ArrayList<>();
            for (int i = 1; i <= bcg.length; i++) {
                titles.add("BCG trial " + i);
            }
            WorkFixtures.included(site, tmp, titles);
            WebClient rex = site.signedIn("Rex");
            for (int i = 0; i < bcg.length; i++) {
                assertEquals(303, rex.postForm("/studies", Map.of("label", "BCG " + (i + 1), "report",
                        Integer.toString(i + 1))).status());
                arm(rex, i + 1, "Tuberculosis", "Vaccinated", Integer.toString(bcg[i][0]), Integer.toString(bcg[i][1]));
                arm(rex, i + 1, "Tuberculosis", "Not vaccinated", Integer.toString(bcg[i][2]),
                        Integer.toString(bcg[i][3]));
            }
            String analysis = rex.get("/analysis").body();
            assertTrue(analysis.contains("Risk ratio 0.49 [0.33, 0.73], 13 studies"), WorkFixtures.find(analysis,
                    "<p class=\"headline\">([^<]+)</p>"));
            String funnel = WorkFixtures.find(analysis, "src=\"(/analysis/figures/[0-9a-f]{32}/funnel-0\\.svg)\"");
            assertEquals(200, rex.get(funnel).status());
        }
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
