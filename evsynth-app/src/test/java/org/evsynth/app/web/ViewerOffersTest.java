package org.evsynth.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.http.HandlerType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evsynth.review.Studies;
import org.evsynth.review.people.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every page a viewer may open, in a review with work on every page (records in priority order with a recall curve,
 * a study, a conflict waiting): each link and form on it leads to a route the viewer's role may use, so nothing a
 * viewer cannot do is offered to them.
 */
class ViewerOffersTest {

    private static final Pattern LINK = Pattern.compile("href=\"(/[^\"#?]*)");
    private static final Pattern FORM = Pattern.compile("<form[^>]*method=\"(post|get)\"[^>]*action=\"(/[^\"?]*)\"");

    @TempDir
    Path tmp;

    /** The route a request would reach, if any. */
    private static Optional<Route> route(TestSite site, HandlerType method, String path) {
        return site.server.routes().stream().filter(r -> r.method() == method && path.matches(r.path()
                .replaceAll("\\{[a-z]+}", "[^/]+"))).findFirst();
    }

    /** The links and forms of the page a viewer may not follow, as "GET /path" or "POST /path". */
    private static List<String> offeredBeyond(TestSite site, String page) {
        List<String> beyond = new ArrayList<>();
        Matcher link = LINK.matcher(page);
        while (link.find()) {
            Optional<Route> r = route(site, HandlerType.GET, link.group(1));
            if (r.isEmpty() || !r.get().access().allows(Role.VIEWER)) {
                beyond.add("GET " + link.group(1));
            }
        }
        Matcher form = FORM.matcher(page);
        while (form.find()) {
            HandlerType method = form.group(1).equals("post") ? HandlerType.POST : HandlerType.GET;
            Optional<Route> r = route(site, method, form.group(2));
            if (r.isEmpty() || !r.get().access().allows(Role.VIEWER)) {
                beyond.add(method + " " + form.group(2));
            }
        }
        return beyond;
    }

    @Test
    void aViewerIsOfferedOnlyWhatTheirRoleMayDo() throws Exception {
        try (TestSite site = TestSite.start(TestSite.SQLITE, tmp)) {
            WorkFixtures.included(site, tmp, List.of("Statin therapy after infarction", "Statins in the elderly"));
            long study = site.review.studies().create(WorkFixtures.OLIVIA, new Studies.Create("Statin trial 2001",
                    List.of(1L))).id();
            Fixture.load(site, "more.ris", ScreeningPriorityPagesTest.records(12, 5));
            ScreeningPriorityPagesTest.order(site, "dual");
            Fixture.decide(site, "Rex", 3, org.evsynth.review.Decision.INCLUDE, null);
            Fixture.decide(site, "Rita", 3, org.evsynth.review.Decision.EXCLUDE, null);
            WebClient vera = site.signedIn("Vera");
            List<String> pages = new ArrayList<>(List.of("/", "/studies/" + study, "/full-text/1"));
            for (Route r : site.server.routes()) {
                if (r.method() == HandlerType.GET && !r.api() && r.access() == org.evsynth.app.web.security.Access
                        .VIEWER && !r.path().contains("{") && !r.path().endsWith(".svg")
                        && !r.path().startsWith("/analysis/")) {
                    pages.add(r.path());
                }
            }
            assertTrue(pages.contains("/full-text") && pages.contains("/studies") && pages.contains("/analysis"),
                    pages.toString());
            for (String path : pages) {
                WebClient.Answer a = vera.get(path);
                assertEquals(200, a.status(), path + ": " + a.body());
                assertEquals(List.of(), offeredBeyond(site, a.body()), "offered to a viewer on " + path);
            }
            String dashboard = vera.get("/").body();
            assertTrue(dashboard.contains("Recall so far") && dashboard.contains("1 conflict to settle"),
                    "the page under test has the next steps and the curve: " + dashboard);
            assertFalse(offeredBeyond(site, site.signedIn("Rex").get("/").body()).isEmpty(),
                    "the check finds what a reviewer is offered beyond a viewer");
        }
    }
}
