package org.evsynth.app.web.fulltext;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.evsynth.records.Author;
import org.evsynth.records.BibRecord;
import org.evsynth.review.ReviewRecord;

/**
 * A record's bibliographic fields as a page shows them; every value is text the templates escape.
 *
 * @param doiLink the DOI resolver's address for the DOI, or null without one
 */
public record RecordSummary(long id, String title, String authors, String firstAuthor, String source, String year,
        String doi, String doiLink, String abstractText) {

    private static final int AUTHORS_SHOWN = 12;

    public static RecordSummary of(ReviewRecord r) {
        BibRecord b = r.record();
        String authors = b.authors().stream().limit(AUTHORS_SHOWN).map(Author::display)
                .collect(Collectors.joining("; ")) + (b.authors().size() > AUTHORS_SHOWN ? "; et al." : "");
        String first = b.authors().isEmpty() ? "" : b.authors().get(0).family();
        String source = b.journal() == null ? "" : b.journal() + (b.volume() == null ? "" : " " + b.volume())
                + (b.pages() == null ? "" : ":" + b.pages());
        String doi = b.doi();
        String link = doi == null || doi.isBlank() ? null
                : "https://doi.org/" + URLEncoder.encode(doi, StandardCharsets.UTF_8).replace("%2F", "/");
        return new RecordSummary(r.id(), b.title() == null || b.title().isBlank() ? "(no title)" : b.title(),
                authors, first, source, b.year() == null ? "" : b.year().toString(), doi, link,
                b.abstractText() == null ? "" : b.abstractText());
    }
}
