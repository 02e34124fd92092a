package org.evsynth.app.web;

import static io.javalin.http.HandlerType.DELETE;
import static io.javalin.http.HandlerType.GET;
import static io.javalin.http.HandlerType.PATCH;
import static io.javalin.http.HandlerType.POST;
import static org.evsynth.app.web.security.Access.ANYONE;
import static org.evsynth.app.web.security.Access.OWNER;
import static org.evsynth.app.web.security.Access.REVIEWER;
import static org.evsynth.app.web.security.Access.VIEWER;

import java.util.List;
import org.evsynth.app.web.api.MembersApi;
import org.evsynth.app.web.api.SessionApi;
import org.evsynth.app.web.analysis.AnalysisPage;
import org.evsynth.app.web.api.StatusApi;
import org.evsynth.app.web.fulltext.FullTextFiles;
import org.evsynth.app.web.fulltext.FullTextPage;
import org.evsynth.app.web.http.StaticAssets;
import org.evsynth.app.web.http.Templates;
import org.evsynth.app.web.pages.DashboardPage;
import org.evsynth.app.web.pages.LoginPage;
import org.evsynth.app.web.pages.PeoplePage;
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

    static List<Route> of(Services services, WebSecurity security, Templates templates) {
        LoginPage login = new LoginPage(services, templates, security.signIn(), security.loginForgery());
        DashboardPage dashboard = new DashboardPage(services, templates);
        PeoplePage people = new PeoplePage(services, templates, security.signIn());
        SessionApi session = new SessionApi(security.signIn());
        StatusApi status = new StatusApi(services);
        MembersApi members = new MembersApi(services, security.signIn());
        StaticAssets assets = new StaticAssets();
        FullTextPage fullText = new FullTextPage(services, templates);
        FullTextFiles files = new FullTextFiles(services);
        StudiesPage studies = new StudiesPage(services, templates);
        StudyPage study = new StudyPage(services, templates);
        ArmForms extraction = new ArmForms(services, study);
        RobForms rob = new RobForms(services, study);
        AnalysisPage analysis = new AnalysisPage(services, templates);
        return List.of(
                // pages
                new Route(GET, "/login", ANYONE, login::show),
                new Route(POST, "/login", ANYONE, login::submit),
                new Route(POST, "/logout", VIEWER, login::signOut),
                new Route(GET, "/", VIEWER, dashboard::show),
                new Route(GET, "/prisma.svg", VIEWER, dashboard::prisma),
                new Route(GET, "/people", OWNER, people::show),
                new Route(POST, "/people", OWNER, people::add),
                new Route(POST, "/people/{id}/role", OWNER, people::changeRole),
                new Route(POST, "/people/{id}/remove", OWNER, people::remove),
                new Route(POST, "/people/{id}/tokens", OWNER, people::createToken),
                new Route(POST, "/tokens/{id}/revoke", OWNER, people::revokeToken),
                // full text, studies and extraction, analysis
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
                new Route(POST, "/studies/{id}/settle", OWNER, extraction::settle),
                new Route(POST, "/studies/{id}/rob", REVIEWER, rob::assess),
                new Route(POST, "/studies/{id}/rob/withdraw", REVIEWER, rob::withdraw),
                new Route(GET, "/analysis", VIEWER, analysis::show),
                new Route(GET, "/analysis/figures/{token}/{name}", VIEWER, analysis::figure),
                new Route(GET, "/analysis/report.html", VIEWER, analysis::reportHtml),
                new Route(GET, "/analysis/report.pdf", VIEWER, analysis::reportPdf),
                new Route(GET, "/analysis/bundle.zip", VIEWER, analysis::bundle),
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
                new Route(DELETE, "/api/tokens/{id}", OWNER, members::revokeToken));
    }
}
