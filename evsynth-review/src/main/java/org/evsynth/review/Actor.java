package org.evsynth.review;

import java.util.Locale;

/**
 * The person an operation is done by, as the audit log names them. The team web app adds a role; the review's
 * operations need only the name.
 *
 * @param name the person's name as they sign in or pass {@code --as}: not blank, no control characters, at most
 *             100 characters
 */
public record Actor(String name) {

    private static final int LONGEST = 100;

    public Actor {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("actor", "the person acting needs a name");
        }
        name = name.strip();
        if (name.length() > LONGEST || name.codePoints().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException("actor", String.format(Locale.ROOT,
                    "'%s' cannot be a person's name: at most %d characters and no control characters",
                    name.codePoints().filter(c -> !Character.isISOControl(c)).collect(StringBuilder::new,
                            StringBuilder::appendCodePoint, StringBuilder::append), LONGEST));
        }
    }

    /** The person with this name. */
    public static Actor named(String name) {
        return new Actor(name);
    }

    @Override
    public String toString() {
        return name;
    }
}
