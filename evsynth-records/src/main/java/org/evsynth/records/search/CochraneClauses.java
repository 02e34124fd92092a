package org.evsynth.records.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evsynth.records.search.SearchNode.Heading;
import org.evsynth.records.search.SearchNode.LimitCriterion;

/**
 * The parts of a Cochrane Library search-manager line that are not search syntax proper: a whole-line MeSH lookup
 * as the search manager prints it ({@code MeSH descriptor: [Heart Failure] explode all trees}, with
 * {@code this term only}, {@code explode tree 2}, {@code and with qualifier(s): [drug therapy - DT]}; the older
 * {@code MeSH descriptor Cough explode all trees} and the Cochrane Register of Studies' upper-case form), and the
 * restrictions the search manager appends to a line ({@code with Cochrane Library publication date Between Jan 2000
 * and Dec 2020}, {@code with Publication Year from 2000 to 2020}, {@code in Trials}, {@code in Cochrane Reviews,
 * Cochrane Protocols}, {@code (Word variations have been searched)}).
 */
final class CochraneClauses {

    private static final Pattern DESCRIPTOR = Pattern.compile("(?i)^\\s*MeSH\\s+descriptor\\s*:?\\s*"
            + "(?:\\[([^\\]]+)]|(.+?))\\s*(explode\\s+all\\s+trees|explode\\s+trees?\\s+([\\d,\\s]+?)|explode\\s+(\\d[\\d,\\s]*?)"
            + "|this\\s+term\\s+only|single\\s+term)?\\s*(?:,?\\s*(?:and\\s+)?with\\s+qualifiers?(?:\\s*\\(s\\))?\\s*:?\\s*"
            + "\\[?([^\\]]*)]?)?\\s*$");
    private static final Pattern QUALIFIER_CODE = Pattern.compile("(?:.*-\\s*)?([A-Za-z]{2})\\s*");
    private static final Pattern VARIATIONS = Pattern.compile("(?i)\\s*\\(\\s*word variations have been searched\\s*\\)\\s*$");
    private static final String DATABASES = "(?:Trials|Cochrane\\s+Reviews|Cochrane\\s+Protocols|Editorials"
            + "|Special\\s+Collections|Clinical\\s+Answers|CENTRAL|CDSR)";
    private static final Pattern IN_DATABASES = Pattern.compile("(?i),?\\s+in\\s+(" + DATABASES + "(?:\\s*,\\s*"
            + DATABASES + ")*)\\s*$");
    private static final Pattern WITH_DATE = Pattern.compile("(?i),?\\s+with\\s+(Cochrane\\s+Library\\s+publication"
            + "\\s+date|Publication\\s+Year|Original\\s+publication\\s+date|Online\\s+publication\\s+date)\\s+"
            + "(?:between|from)\\s+(.+?)\\s+(?:and|to)\\s+(.+?)\\s*$");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    private CochraneClauses() {
    }

    /** A line's search text with its trailing restrictions taken off, and what they restrict to. */
    record Split(String search, List<LimitCriterion> restrictions, List<LineNote> notes) {
    }

    /** The MeSH lookup the whole line is, or null when the line is not one. */
    static Heading descriptor(String text, List<LineNote> notes) {
        Matcher m = DESCRIPTOR.matcher(text);
        if (!m.matches()) {
            return null;
        }
        String name = (m.group(1) != null ? m.group(1) : m.group(2)).trim();
        String scope = m.group(3) == null ? "" : m.group(3).toLowerCase(Locale.ROOT);
        String trees = m.group(4) != null ? m.group(4) : m.group(5);
        if (trees != null) {
            notes.add(LineNote.approximated("'" + m.group(3).trim() + "' of '" + name + "': exploded in all its "
                    + "trees, evsynth does not choose among a descriptor's trees"));
        }
        List<String> qualifiers = new ArrayList<>();
        if (m.group(6) != null && !m.group(6).isBlank()) {
            for (String q : m.group(6).split(",")) {
                Matcher code = QUALIFIER_CODE.matcher(q.trim());
                qualifiers.add(code.matches() ? code.group(1).toLowerCase(Locale.ROOT) : Subheadings.code(q.trim()));
            }
        }
        return new Heading(name, scope.startsWith("explode"), false, qualifiers);
    }

    /** The search with the search manager's trailing restrictions split off. */
    static Split split(String text) {
        String search = text;
        List<LimitCriterion> restrictions = new ArrayList<>();
        List<LineNote> notes = new ArrayList<>();
        Matcher variations = VARIATIONS.matcher(search);
        if (variations.find()) {
            search = search.substring(0, variations.start());
            notes.add(LineNote.approximated("the Cochrane Library searched word variations (stemming); evsynth "
                    + "searches the words as written"));
        }
        Matcher in = IN_DATABASES.matcher(search);
        if (in.find()) {
            search = search.substring(0, in.start());
            restrictions.add(new LimitCriterion.Unanswerable("in " + in.group(1), "records do not say which "
                    + "Cochrane Library database (Trials, Cochrane Reviews, ...) they come from"));
        }
        Matcher with = WITH_DATE.matcher(search);
        if (with.find()) {
            search = search.substring(0, with.start());
            restrictions.add(0, date(with));
        }
        return new Split(search.trim(), restrictions, notes);
    }

    /** Publication year as a year range; the Cochrane Library's own dates, which records lack, passed over. */
    private static LimitCriterion date(Matcher with) {
        String field = with.group(1).replaceAll("\\s+", " ");
        String label = "with " + field + " from " + with.group(2) + " to " + with.group(3);
        if (!field.equalsIgnoreCase("publication year")) {
            return new LimitCriterion.Unanswerable(label, "records do not carry the date they were added to the "
                    + "Cochrane Library");
        }
        Matcher from = YEAR.matcher(with.group(2));
        Matcher to = YEAR.matcher(with.group(3));
        int first = from.find() ? Integer.parseInt(from.group(1)) * 10_000 + 101 : PartialDate.OPEN_START;
        int last = to.find() ? Integer.parseInt(to.group(1)) * 10_000 + 1231 : PartialDate.OPEN_END;
        return new LimitCriterion.DateRange(label, "yr", first, last);
    }
}
