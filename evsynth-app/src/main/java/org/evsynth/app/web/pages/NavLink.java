package org.evsynth.app.web.pages;

/**
 * A link of the main navigation.
 *
 * @param label    the link's text
 * @param href     where it goes
 * @param current  whether it is the page shown (marked with aria-current)
 * @param shortcut the keys that follow it ("g d"), shown in the shortcut help
 */
public record NavLink(String label, String href, boolean current, String shortcut) {
}
