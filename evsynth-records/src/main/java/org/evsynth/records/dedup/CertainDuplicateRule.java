package org.evsynth.records.dedup;

import java.util.Objects;
import java.util.Optional;

/**
 * Stage one: the rules under which two records are merged without a person, because a false merge loses a
 * study from the review. Each rule needs records of the same {@link RecordKind} and no conflicting
 * identifier (two different DOIs or PMIDs) and no differing first pages:
 * <ul>
 * <li>{@code same-doi}: the same DOI, titles alike (similarity at least {@value #TITLE_MIN}) and years
 * within one;</li>
 * <li>{@code same-pmid}: the same PubMed id under the same conditions;</li>
 * <li>{@code same-citation}: identical folded title (at least {@value #MIN_TITLE_LENGTH} characters), year,
 * first author and first page;</li>
 * <li>{@code same-citation-without-pages}: when neither has pages (conference abstracts often lack them),
 * identical folded title of at least {@value #MIN_TITLE_LENGTH_WITHOUT_PAGES} characters, year and first
 * author, like journals, author lists with a Dice coefficient of at least {@value #AUTHORS_MIN}, and no
 * differing volumes.</li>
 * </ul>
 */
public final class CertainDuplicateRule {

    static final double TITLE_MIN = 0.9;
    static final int MIN_TITLE_LENGTH = 20;
    static final int MIN_TITLE_LENGTH_WITHOUT_PAGES = 40;
    static final double AUTHORS_MIN = 0.8;

    /** The name of the first rule the pair satisfies, or empty. */
    public Optional<String> match(RecordFeatures a, RecordFeatures b) {
        // Supplements give one DOI to many abstracts on neighbouring pages: differing first pages veto.
        if (a.kind() != b.kind() || conflicts(a.doi(), b.doi()) || conflicts(a.pmid(), b.pmid())
                || conflicts(emptyToNull(a.firstPage()), emptyToNull(b.firstPage()))) {
            return Optional.empty();
        }
        boolean metadataAgrees = yearsWithinOne(a, b) && Similarity.title(a, b) >= TITLE_MIN;
        if (a.doi() != null && a.doi().equals(b.doi()) && metadataAgrees) {
            return Optional.of("same-doi");
        }
        if (a.pmid() != null && a.pmid().equals(b.pmid()) && metadataAgrees) {
            return Optional.of("same-pmid");
        }
        boolean sameTitleYearAuthor = a.title().length() >= MIN_TITLE_LENGTH && a.title().equals(b.title())
                && a.year() != null && a.year().equals(b.year()) && !a.firstAuthor().isEmpty()
                && a.firstAuthor().equals(b.firstAuthor());
        if (!sameTitleYearAuthor) {
            return Optional.empty();
        }
        if (!a.firstPage().isEmpty() && a.firstPage().equals(b.firstPage())) {
            return Optional.of("same-citation");
        }
        if (a.title().length() >= MIN_TITLE_LENGTH_WITHOUT_PAGES && sameJournalAndAuthors(a, b)
                && !conflicts(emptyToNull(a.volume()), emptyToNull(b.volume()))) {
            return Optional.of("same-citation-without-pages");
        }
        return Optional.empty();
    }

    private static boolean sameJournalAndAuthors(RecordFeatures a, RecordFeatures b) {
        return !a.journal().isEmpty() && !b.journal().isEmpty()
                && Similarity.journal(a.journal(), b.journal()) >= TITLE_MIN
                && Similarity.dice(a.authorSet(), b.authorSet()) >= AUTHORS_MIN;
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    private static boolean conflicts(String x, String y) {
        return x != null && y != null && !Objects.equals(x, y);
    }

    private static boolean yearsWithinOne(RecordFeatures a, RecordFeatures b) {
        return a.year() == null || b.year() == null || Math.abs(a.year() - b.year()) <= 1;
    }
}
