package org.evsynth.app.web.pages;

/**
 * The sign-in page.
 *
 * @param chrome    the layout (nobody signed in)
 * @param name      the name typed last time, kept after a failure (never the password)
 * @param next      where to go after signing in
 * @param formToken the form's anti-forgery value
 * @param signedOut whether the member just signed out
 */
public record LoginView(Chrome chrome, String name, String next, String formToken, boolean signedOut) {
}
