package org.evsynth.records.io;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evsynth.records.Author;
import org.evsynth.records.Normalize;

/**
 * Splits author names and author lists as the exports write them: "Family, Given" (RIS, Zotero, Web of
 * Science), "Family IN" (MEDLINE AU, Embase "Adler D.G."), "Given Family" (BibTeX), and lists joined by ";",
 * by "," between MEDLINE-style names, or run together without a separator ("Adeli K.Lewis G. F.", as EndNote
 * writes them in the ASySD benchmark).
 */
final class AuthorNames {

    /** A family name followed by up to four initials, with or without dots: "Adler D.G.", "Wu D", "Pinto-Gouveia J.-P.". */
    private static final Pattern FAMILY_INITIALS = Pattern.compile(
            "(.+?)\\s+((?:\\p{Lu}\\.?(?:\\s*-\\s*)?\\s?){1,4})");
    private static final Pattern RUN_TOGETHER = Pattern.compile("(?<=\\.)(?=\\p{Lu}[\\p{Ll}'’])");
    private static final List<String> PARTICLES = List.of("van", "von", "de", "der", "den", "del", "della", "di",
            "da", "du", "la", "le", "dos", "das", "ter", "ten", "zu", "y", "bin", "al", "el");

    private AuthorNames() {
    }

    /** One name as RIS and most tagged formats write it; a name that cannot be split is kept whole as family. */
    static Author parse(String raw) {
        String name = clean(raw);
        if (name == null) {
            return null;
        }
        int comma = name.indexOf(',');
        if (comma > 0) {
            return new Author(name.substring(0, comma), name.substring(comma + 1));
        }
        Matcher m = FAMILY_INITIALS.matcher(name);
        if (m.matches()) {
            return new Author(m.group(1), m.group(2));
        }
        return new Author(name, null);
    }

    /** Each name of a list of single names (one per tag), dropping empty ones; the list is mutable. */
    static List<Author> parseEach(List<String> names) {
        List<Author> out = new ArrayList<>();
        for (String name : names) {
            Author a = parse(name);
            if (a != null) {
                out.add(a);
            }
        }
        return out;
    }

    /** One BibTeX name: "Family, Given", or "Given von Family" where the family name is the last word with its particles. */
    static Author parseGivenFirst(String raw) {
        String name = clean(raw);
        if (name == null) {
            return null;
        }
        if (name.indexOf(',') > 0 || FAMILY_INITIALS.matcher(name).matches()) {
            return parse(name);
        }
        String[] words = name.split(" ");
        if (words.length == 1) {
            return new Author(name, null);
        }
        int familyStart = words.length - 1;
        while (familyStart > 1 && PARTICLES.contains(words[familyStart - 1])) {
            familyStart--;
        }
        return new Author(String.join(" ", List.of(words).subList(familyStart, words.length)),
                String.join(" ", List.of(words).subList(0, familyStart)));
    }

    /** An author list from a single text field (CSV columns, EndNote's concatenations). */
    static List<Author> parseList(String raw) {
        String list = clean(raw);
        List<Author> out = new ArrayList<>();
        if (list == null) {
            return out;
        }
        for (String part : splitList(list)) {
            Author a = parse(part);
            if (a != null) {
                out.add(a);
            }
        }
        return out;
    }

    private static List<String> splitList(String list) {
        if (list.contains(";")) {
            return List.of(list.split("\\s*;\\s*"));
        }
        if (list.contains(",")) {
            String[] parts = list.split("\\s*,\\s*");
            boolean allInitialsForm = parts.length > 1;
            for (String p : parts) {
                allInitialsForm &= FAMILY_INITIALS.matcher(p).matches();
            }
            return allInitialsForm ? List.of(parts) : List.of(list);
        }
        if (list.contains(" and ")) {
            return List.of(list.split("\\s+and\\s+"));
        }
        return List.of(RUN_TOGETHER.split(list));
    }

    private static String clean(String raw) {
        String name = Normalize.text(raw);
        if (name == null) {
            return null;
        }
        name = name.replaceAll("\\s*\\([^)]*@[^)]*\\)", "").strip();
        return name.isEmpty() || name.equals("NA") ? null : name;
    }
}
