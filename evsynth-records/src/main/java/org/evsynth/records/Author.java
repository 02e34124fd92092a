package org.evsynth.records;


/**
 * One author of a record, split into family name and given names (or initials).
 *
 * @param family the family name, or the whole name when it could not be split (never null)
 * @param given  the given names or initials, or null when unknown
 */
public record Author(String family, String given) {

    public Author {
        if (family == null) {
            throw new IllegalArgumentException("family name is null (given '" + given + "')");
        }
        family = family.strip();
        given = given == null || given.isBlank() ? null : given.strip();
    }

    /** The name as "Family, Given", the form RIS and most exports use. */
    public String display() {
        return given == null ? family : family + ", " + given;
    }

    /**
     * Initials of the given names, upper case without dots or spaces: "J.-P." and "Jean Paul" give "JP",
     * and MEDLINE-style initials ("JP") are kept as they are. Empty when the given names are unknown.
     */
    public String initials() {
        if (given == null) {
            return "";
        }
        if (given.matches("\\p{Lu}{1,4}")) {
            return given;
        }
        StringBuilder out = new StringBuilder();
        boolean wordStart = true;
        for (int i = 0; i < given.length(); i++) {
            char c = given.charAt(i);
            if (Character.isLetter(c)) {
                if (wordStart) {
                    out.append(Character.toUpperCase(c));
                }
                wordStart = false;
            } else {
                wordStart = true;
            }
        }
        return out.toString();
    }
}
