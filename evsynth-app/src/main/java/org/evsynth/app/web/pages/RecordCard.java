package org.evsynth.app.web.pages;

import java.util.List;
import org.evsynth.records.Author;
import org.evsynth.records.BibRecord;
import org.evsynth.review.EligibilityTerms;
import org.evsynth.review.ReviewRecord;

/**
 * A record as the pages show it: title, abstract and keywords with the protocol's words marked, and its
 * bibliographic details as text.
 *
 * @param id       the review's id of the record
 * @param title    the title, marked
 * @param authors  the authors, "Family, Given"
 * @param source   journal, year, volume(issue):pages, as one line (empty when the export had none)
 * @param doi      the DOI, or null
 * @param pmid     the PubMed id, or null
 * @param summary  the abstract, marked
 * @param keywords keywords and subject headings, marked
 */
public record RecordCard(long id, MarkedText title, List<String> authors, String source, String doi, String pmid,
        MarkedText summary, List<MarkedText> keywords) {

    public RecordCard {
        authors = List.copyOf(authors);
        keywords = List.copyOf(keywords);
    }

    /** The record with the protocol's words marked. */
    public static RecordCard of(ReviewRecord r, EligibilityTerms terms) {
        BibRecord b = r.record();
        List<MarkedText> keywords = new java.util.ArrayList<>();
        b.keywords().forEach(k -> keywords.add(MarkedText.of(k, terms)));
        b.meshHeadings().forEach(k -> keywords.add(MarkedText.of(k, terms)));
        return new RecordCard(r.id(), MarkedText.of(b.title() == null ? "(no title)" : b.title(), terms),
                b.authors().stream().map(Author::display).toList(), source(b), b.doi(), b.pmid(),
                MarkedText.of(b.abstractText(), terms), keywords);
    }

    /** "Journal of X, 2021; 12(3):45-67": the parts the export had. */
    static String source(BibRecord b) {
        StringBuilder s = new StringBuilder();
        if (b.journal() != null) {
            s.append(b.journal());
        }
        if (b.year() != null) {
            s.append(s.length() > 0 ? ", " : "").append(b.year());
        }
        if (b.volume() != null) {
            s.append(s.length() > 0 ? "; " : "").append(b.volume());
            if (b.issue() != null) {
                s.append('(').append(b.issue()).append(')');
            }
        }
        if (b.pages() != null) {
            s.append(b.volume() != null ? ":" : s.length() > 0 ? "; " : "").append(b.pages());
        }
        return s.toString();
    }

    /** The first author and "et al." for a list. */
    public String firstAuthor() {
        return authors.isEmpty() ? "" : authors.size() == 1 ? authors.get(0) : authors.get(0) + " et al.";
    }
}
