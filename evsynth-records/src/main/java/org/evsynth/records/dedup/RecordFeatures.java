package org.evsynth.records.dedup;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evsynth.records.Author;
import org.evsynth.records.BibRecord;
import org.evsynth.records.Normalize;

/**
 * The folded values of one record that matching compares, computed once per record.
 *
 * @param title        folded title ({@link Normalize#fold}), "" when absent; for an erratum, the title of the
 *                     paper it corrects ({@link NoticeTitle}), which is what two databases' records of one
 *                     notice agree on
 * @param titleTokens  the title's words
 * @param authors      folded family names in order
 * @param authorSet    the same names as a set
 * @param year         year or null
 * @param journal      folded journal title, "" when absent
 * @param journalAbbreviation folded abbreviation, "" when absent
 * @param volume       volume digits or text, "" when absent
 * @param firstPage    the first page's digits (article numbers included), "" when absent
 * @param pages        normalised pages, "" when absent
 * @param doi          DOI or null
 * @param pmid         PMID or null
 * @param kind         what the record is
 */
public record RecordFeatures(String title, Set<String> titleTokens, List<String> authors, Set<String> authorSet,
        Integer year,
        String journal, String journalAbbreviation, String volume, String firstPage, String pages, String doi,
        String pmid, RecordKind kind) {

    private static final Pattern FIRST_NUMBER = Pattern.compile("(\\d+)");

    public static RecordFeatures of(BibRecord r) {
        RecordKind kind = RecordKind.of(r);
        String title = Normalize.fold(kind == RecordKind.ERRATUM ? NoticeTitle.correctedTitle(r.title()) : r.title());
        List<String> authors = new ArrayList<>();
        for (Author a : r.authors()) {
            String family = Normalize.fold(a.family());
            if (!family.isEmpty()) {
                authors.add(family);
            }
        }
        return new RecordFeatures(title, tokens(title), List.copyOf(authors), Set.copyOf(authors), r.year(), Normalize.fold(r.journal()),
                Normalize.fold(r.journalAbbreviation()), Normalize.fold(r.volume()), firstPage(r.pages()),
                r.pages() == null ? "" : r.pages(), r.doi(), r.pmid(), kind);
    }

    /** The first author's folded family name, "" when there are no authors. */
    public String firstAuthor() {
        return authors.isEmpty() ? "" : authors.get(0);
    }

    private static Set<String> tokens(String folded) {
        Set<String> out = new HashSet<>();
        for (String t : folded.split(" ")) {
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return Set.copyOf(out);
    }

    private static String firstPage(String pages) {
        if (pages == null) {
            return "";
        }
        Matcher m = FIRST_NUMBER.matcher(pages);
        return m.find() ? m.group(1).replaceFirst("^0+(?=\\d)", "") : "";
    }
}
