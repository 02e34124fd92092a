package org.evsynth.app.web.pages;

/**
 * An error page.
 *
 * @param chrome  the layout
 * @param status  the HTTP status
 * @param message what went wrong, for a person
 */
public record ErrorView(Chrome chrome, int status, String message) {
}
