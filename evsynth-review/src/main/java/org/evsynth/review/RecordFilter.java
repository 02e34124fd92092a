package org.evsynth.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which of the records at a stage a reviewer wants to see: those whose text holds every word of a search, those they
 * decided a certain way (or not yet), those they gave a label.
 *
 * @param stage the stage whose records are searched
 * @param words each must occur, in any letter case, in the title, abstract, authors, journal, keywords, subject
 *              headings, DOI or PMID; none: every record
 * @param mine  the viewer's own decision on them
 * @param label one of the viewer's labels, or null
 * @param limit at most this many records, 1 to 500
 */
public record RecordFilter(Stage stage, List<String> words, Mine mine, String label, int limit) {

    /** The viewer's own decision on a record. */
    public enum Mine { ANY, UNDECIDED, INCLUDE, EXCLUDE, MAYBE }

    private static final int MOST = 500;
    private static final Pattern WORD = Pattern.compile("\"([^\"]*)\"?|(\\S+)");

    public RecordFilter {
        Objects.requireNonNull(stage, "stage");
        words = words == null ? List.of() : words.stream().filter(w -> w != null && !w.isBlank())
                .map(w -> w.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT)).toList();
        mine = mine == null ? Mine.ANY : mine;
        label = label == null || label.isBlank() ? null : label.strip();
        if (limit < 1 || limit > MOST) {
            throw new InvalidInputException("limit", String.format(Locale.ROOT, "a search lists 1 to %d records, "
                    + "not %d", MOST, limit));
        }
    }

    /**
     * The records at the stage whose text holds the words of the query: split at white space, except that a
     * phrase in double quotes is one word ({@code "cardiogenic shock" impella}).
     */
    public static RecordFilter search(Stage stage, String query, Mine mine, String label, int limit) {
        List<String> words = new ArrayList<>();
        if (query != null) {
            Matcher m = WORD.matcher(query);
            while (m.find()) {
                words.add(m.group(1) != null ? m.group(1) : m.group(2));
            }
        }
        return new RecordFilter(stage, words, mine, label, limit);
    }
}
