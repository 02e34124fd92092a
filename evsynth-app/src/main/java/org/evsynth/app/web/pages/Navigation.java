package org.evsynth.app.web.pages;

import java.util.List;
import org.evsynth.app.web.security.Access;
import org.evsynth.review.people.Role;

/**
 * The main navigation: each page with the access rule of its route, so a member sees the links they may follow
 * (the server checks again on every request; hiding a link is a courtesy, not the control). A new page adds a
 * line here.
 */
public final class Navigation {

    /** A page of the navigation. */
    public record Entry(String label, String href, Access access, String shortcut) {
    }

    public static final List<Entry> ENTRIES = List.of(
            new Entry("Dashboard", "/", Access.VIEWER, "g d"),
            new Entry("Import", "/import", Access.OWNER, "g i"),
            new Entry("Duplicates", "/dedup", Access.REVIEWER, "g u"),
            new Entry("Screening", "/screening", Access.REVIEWER, "g s"),
            new Entry("Conflicts", "/conflicts", Access.ARBITER, "g c"),
            new Entry("Full text", "/full-text", Access.VIEWER, "g f"),
            new Entry("Studies", "/studies", Access.VIEWER, "g e"),
            new Entry("Analysis", "/analysis", Access.VIEWER, "g a"),
            new Entry("People", "/people", Access.OWNER, "g p"),
            new Entry("Audit log", "/audit", Access.OWNER, "g l"));

    private Navigation() {
    }

    /**
     * The links a member in this role (an arbiter or not) sees, the current page marked (a study's page is under
     * Studies).
     */
    static List<NavLink> links(Role role, boolean arbiter, String path) {
        return ENTRIES.stream().filter(e -> e.access().allows(role, arbiter))
                .map(e -> new NavLink(e.label(), e.href(), e.href().equals(path) || !e.href().equals("/")
                        && path.startsWith(e.href() + "/"), e.shortcut())).toList();
    }
}
