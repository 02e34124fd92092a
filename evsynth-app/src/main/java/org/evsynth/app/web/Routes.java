package org.evsynth.app.web;

import static io.javalin.http.HandlerType.DELETE;
import static io.javalin.http.HandlerType.GET;
import static io.javalin.http.HandlerType.PATCH;
import static io.javalin.http.HandlerType.POST;
import static org.evsynth.app.web.security.Access.ANYONE;
import static org.evsynth.app.web.security.Access.ARBITER;
import static org.evsynth.app.web.security.Access.OWNER;
import static org.evsynth.app.web.security.Access.REVIEWER;
import static org.evsynth.app.web.security.Access.VIEWER;

import java.util.ArrayList;
import java.util.List;
import org.evsynth.app.web.api.ConflictsApi;
import org.evsynth.app.web.api.MembersApi;
import org.evsynth.app.web.api.ScreeningApi;
import org.evsynth.app.web.api.SessionApi;
import org.evsynth.app.web.analysis.AnalysisPage;
import org.evsynth.app.web.api.StatusApi;
import org.evsynth.app.web.fulltext.FullTextFiles;
import org.evsynth.app.web.fulltext.FullTextPage;
import org.evsynth.app.web.http.StaticAssets;
import org.evsynth.app.web.http.Templates;
import org.evsynth.app.web.http.UploadLimit;
import org.evsynth.app.web.pages.AuditPage;
import org.evsynth.app.web.pages.ConflictsPage;
import org.evsynth.app.web.pages.DashboardPage;
import org.evsynth.app.web.pages.DedupPage;
import org.evsynth.app.web.pages.ImportPage;
import org.evsynth.app.web.pages.LoginPage;
import org.evsynth.app.web.pages.PeoplePage;
import org.evsynth.app.web.pages.ScreeningPage;
import org.evsynth.app.web.security.WebSecurity;
import org.evsynth.app.web.studies.ArmForms;
import org.evsynth.app.web.studies.RobForms;
import org.evsynth.app.web.studies.StudiesPage;
import org.evsynth.app.web.studies.StudyPage;

/**
 * Every page and endpoint of the web app with its access rule, in one table: reading it tells who may do what.
 * A new page is a line here (method, path, rule, handler), a handler class, a template and a test; the access
 * rule is enforced by {@link org.evsynth.app.web.security.AccessRules} before the handler runs, and the
 * role-by-route test walks this table.
 */
final class Routes {

    private Routes() {
    }

    static List<Route> of(Services services, WebSecurity security, Templates templates, UploadLimit uploads) {
        LoginPage login = new LoginPage(services, templates, security.signIn(), security.loginForgery());
        DashboardPage dashboard = new DashboardPage(services, templates);
        PeoplePage people = new PeoplePage(services, templates, security.signIn());
        SessionApi session = new SessionApi(security.signIn());
        StatusApi status = new StatusApi(services);
        MembersApi members = new MembersApi(services, security.signIn());
        StaticAssets assets = new StaticAssets();
        List<Route> routes = new ArrayList<>(List.of(
                // pages
                new Route(GET, "/login", ANYONE, login::show),
                new Route(POST, "/login", ANYONE, login::submit),
                new Route(POST, "/logout", VIEWER, login::signOut),
                new Route(GET, "/", VIEWER, dashboard::show),
                new Route(GET, "/prisma.svg", VIEWER, dashboard::prisma),
                new Route(GET, "/screening-curve.svg", VIEWER, dashboard::screeningCurve),
                new Route(GET, "/people", OWNER, people::show),
                new Route(POST, "/people", OWNER, people::add),
                new Route(POST, "/people/{id}/role", OWNER, people::changeRole),
                new Route(POST, "/people/{id}/remove", OWNER, people::remove),
                new Route(POST, "/people/{id}/tokens", OWNER, people::createToken),
                new Route(POST, "/tokens/{id}/revoke", OWNER, people::revokeToken),
                new Route(GET, "/static/{file}", ANYONE, assets::serve),
                // the JSON API
                new Route(POST, "/api/login", ANYONE, session::login),
                new Route(GET, "/api/session", VIEWER, session::session),
                new Route(POST, "/api/logout", VIEWER, session::logout),
                new Route(GET, "/api/status", VIEWER, status::status),
                new Route(GET, "/api/members", OWNER, members::list),
                new Route(POST, "/api/members", OWNER, members::add),
                new Route(PATCH, "/api/members/{id}", OWNER, members::changeRole),
                new Route(DELETE, "/api/members/{id}", OWNER, members::remove),
                new Route(POST, "/api/members/{id}/tokens", OWNER, members::createToken),
                new Route(GET, "/api/tokens", OWNER, members::tokens),
                new Route(DELETE, "/api/tokens/{id}", OWNER, members::revokeToken)));
        routes.addAll(screening(services, templates, uploads));
        routes.addAll(work(services, templates));
        return List.copyOf(routes);
    }

    /** Importing, deduplication, title-and-abstract screening, conflicts and the audit log. */
    private static List<Route> screening(Services services, Templates templates, UploadLimit uploads) {
        ImportPage imports = new ImportPage(services, templates, uploads.limit());
        DedupPage dedup = new DedupPage(services, templates);
        ScreeningPage screening = new ScreeningPage(services, templates);
        ConflictsPage conflicts = new ConflictsPage(services, templates);
        AuditPage audit = new AuditPage(services, templates);
        ScreeningApi screeningApi = new ScreeningApi(services);
        ConflictsApi conflictsApi = new ConflictsApi(services);
        return List.of(
                new Route(GET, "/import", OWNER, imports::show),
                new Route(POST, "/import", OWNER, imports::upload),
                new Route(POST, "/searches/{id}/withdraw", OWNER, imports::withdraw),
                new Route(GET, "/dedup", REVIEWER, dedup::show),
                new Route(POST, "/dedup/run", OWNER, dedup::run),
                new Route(POST, "/dedup/{pair}/resolve", REVIEWER, dedup::resolve),
                new Route(POST, "/dedup/decisions/{id}/undo", REVIEWER, dedup::undo),
                new Route(GET, "/screening", REVIEWER, screening::show),
                new Route(GET, "/screening/search", REVIEWER, screening::search),
                new Route(POST, "/screening/decisions", REVIEWER, screening::decide),
                new Route(POST, "/screening/undo", REVIEWER, screening::undo),
                new Route(POST, "/screening/labels", REVIEWER, screening::label),
                new Route(POST, "/screening/key-papers", REVIEWER, screening::markKeyPaper),
                new Route(POST, "/screening/key-papers/unmark", REVIEWER, screening::unmarkKeyPaper),
                new Route(POST, "/screening/stop", OWNER, screening::stop),
                new Route(GET, "/conflicts", ARBITER, conflicts::show),
                new Route(POST, "/conflicts/resolve", ARBITER, conflicts::resolve),
                new Route(POST, "/conflicts/undo", ARBITER, conflicts::undo),
                new Route(GET, "/audit", OWNER, audit::show),
                // the JSON API
                new Route(GET, "/api/screening/next", REVIEWER, screeningApi::next),
                new Route(POST, "/api/screening/decisions", REVIEWER, screeningApi::decide),
                new Route(POST, "/api/screening/key-papers", REVIEWER, screeningApi::markKeyPaper),
                new Route(GET, "/api/records/{id}", VIEWER, screeningApi::record),
                new Route(GET, "/api/conflicts", ARBITER, conflictsApi::list),
                new Route(POST, "/api/conflicts/{record}/resolution", ARBITER, conflictsApi::resolve));
    }

    /** Full texts, studies and their extraction, risk of bias, and the analysis with its downloads. */
    private static List<Route> work(Services services, Templates templates) {
        FullTextPage fullText = new FullTextPage(services, templates);
        FullTextFiles files = new FullTextFiles(services);
        StudiesPage studies = new StudiesPage(services, templates);
        StudyPage study = new StudyPage(services, templates);
        ArmForms extraction = new ArmForms(services, study);
        RobForms rob = new RobForms(services, study);
        AnalysisPage analysis = new AnalysisPage(services, templates);
        return List.of(
                new Route(GET, "/full-text", VIEWER, fullText::list),
                new Route(GET, "/full-text/next", REVIEWER, fullText::next),
                new Route(GET, "/full-text/{id}", VIEWER, fullText::show),
                new Route(POST, "/full-text/{id}/decision", REVIEWER, fullText::decide),
                new Route(POST, "/full-text/{id}/retrieval", REVIEWER, fullText::retrieval),
                new Route(POST, "/full-text/{id}/files", REVIEWER, fullText::attach),
                new Route(GET, "/files/{id}", VIEWER, files::download),
                new Route(POST, "/files/{id}/withdraw", REVIEWER, files::withdraw),
                new Route(GET, "/studies", VIEWER, studies::list),
                new Route(POST, "/studies", REVIEWER, studies::create),
                new Route(GET, "/studies/{id}", VIEWER, study::show),
                new Route(POST, "/studies/{id}/label", REVIEWER, study::relabel),
                new Route(POST, "/studies/{id}/reports", REVIEWER, study::link),
                new Route(POST, "/studies/{id}/reports/{record}/unlink", REVIEWER, study::unlink),
                new Route(POST, "/studies/{id}/withdraw", REVIEWER, study::withdraw),
                new Route(POST, "/studies/{id}/characteristics", REVIEWER, extraction::characteristics),
                new Route(POST, "/studies/{id}/arms", REVIEWER, extraction::arm),
                new Route(POST, "/studies/{id}/arms/withdraw", REVIEWER, extraction::withdraw),
                new Route(POST, "/studies/{id}/arms/rename", REVIEWER, extraction::rename),
                new Route(POST, "/studies/{id}/settle", ARBITER, extraction::settle),
                new Route(POST, "/studies/{id}/rob", REVIEWER, rob::assess),
                new Route(POST, "/studies/{id}/rob/withdraw", REVIEWER, rob::withdraw),
                new Route(GET, "/analysis", VIEWER, analysis::show),
                new Route(GET, "/analysis/figures/{token}/{name}", VIEWER, analysis::figure),
                new Route(GET, "/analysis/report.html", VIEWER, analysis::reportHtml),
                new Route(GET, "/analysis/report.pdf", VIEWER, analysis::reportPdf),
                new Route(GET, "/analysis/bundle.zip", VIEWER, analysis::bundle));
    }
}
