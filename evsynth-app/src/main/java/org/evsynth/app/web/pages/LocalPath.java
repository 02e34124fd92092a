package org.evsynth.app.web.pages;

/**
 * Where to go after signing in: only a path on this server, so a link such as
 * {@code /login?next=https://elsewhere} cannot send a member off the site (an open redirect).
 */
final class LocalPath {

    private LocalPath() {
    }

    static String orHome(String next) {
        if (next == null || next.isEmpty() || next.charAt(0) != '/' || next.startsWith("//")
                || next.indexOf('\\') >= 0 || next.startsWith("/login")) {
            return "/";
        }
        for (int i = 0; i < next.length(); i++) {
            if (Character.isISOControl(next.charAt(i))) {
                return "/";
            }
        }
        return next;
    }
}
