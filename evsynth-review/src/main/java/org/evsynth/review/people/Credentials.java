package org.evsynth.review.people;

import java.util.Locale;

/**
 * What a member's name, a password and a token's label must be. A name is shown on every page and recorded
 * with each decision, so it is kept to one printable line; any characters are allowed otherwise (the pages escape
 * them). Passwords follow NIST SP 800-63B: at least 8 characters, any characters, no composition rules; at most
 * 1,024, which bounds the hashing work one request can ask for.
 */
final class Credentials {

    static final int MAX_NAME = 64;
    static final int MIN_PASSWORD = 8;
    static final int MAX_PASSWORD = 1024;
    static final int MAX_LABEL = 100;

    private Credentials() {
    }

    /** The name without surrounding spaces. */
    static String name(String name) {
        return line("name", name, MAX_NAME);
    }

    /** The key under which names are unique and looked up: letter case does not make another person. */
    static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    static String label(String label) {
        return line("token label", label, MAX_LABEL);
    }

    static void checkPassword(char[] password, String name) {
        if (password == null || password.length < MIN_PASSWORD) {
            throw invalid("a password needs at least %d characters", MIN_PASSWORD);
        }
        if (password.length > MAX_PASSWORD) {
            throw invalid("a password has at most %d characters", MAX_PASSWORD);
        }
        if (sameIgnoringCase(password, name.strip())) {
            throw invalid("the password must not be the member's name");
        }
    }

    /** Compares without making a String of the password, which would linger on the heap. */
    private static boolean sameIgnoringCase(char[] password, String name) {
        if (password.length != name.length()) {
            return false;
        }
        for (int i = 0; i < password.length; i++) {
            if (Character.toLowerCase(password[i]) != Character.toLowerCase(name.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static String line(String what, String value, int max) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            throw invalid("a %s is needed", what);
        }
        if (v.length() > max) {
            throw invalid("a %s has at most %d characters (got %d)", what, max, v.length());
        }
        for (int i = 0; i < v.length(); i++) {
            if (Character.isISOControl(v.charAt(i))) {
                throw invalid("a %s is one line of printable characters (control character at position %d)",
                        what, i + 1);
            }
        }
        return v;
    }

    private static PeopleException invalid(String format, Object... args) {
        return new PeopleException(PeopleException.Problem.INVALID, String.format(Locale.ROOT, format, args));
    }
}
