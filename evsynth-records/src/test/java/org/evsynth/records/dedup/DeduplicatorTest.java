package org.evsynth.records.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.evsynth.records.Author;
import org.evsynth.records.BibRecord;
import org.evsynth.records.RecordOrigin;
import org.evsynth.records.RecordType;
import org.junit.jupiter.api.Test;

/** The rules of the two stages on small built sets, and the provenance and undo of merges. */
class DeduplicatorTest {

    private static final Instant NOON = Instant.parse("2026-01-15T12:00:00Z");
    private static final Deduplicator DEDUP = new Deduplicator(
            DedupOptions.defaults().withClock(Clock.fixed(NOON, ZoneOffset.UTC)));
    private static final String TITLE = "Liraglutide and cardiovascular outcomes in type 2 diabetes";

    private static BibRecord.Builder article(String file, int position) {
        return BibRecord.builder().type(RecordType.JOURNAL_ARTICLE).title(TITLE)
                .authors(List.of(new Author("Marso", "S. P."), new Author("Daniels", "G. H.")))
                .year(2016).journal("New England Journal of Medicine").volume("375").pages("311-322")
                .origin(new RecordOrigin(file, position, position * 10));
    }

    @Test
    void sameDoiWithAgreeingMetadataIsMergedWithProvenance() {
        BibRecord medline = article("medline.nbib", 1).doi("10.1056/NEJMoa1603827").sourceDatabase("MEDLINE").build();
        BibRecord embase = article("embase.ris", 4).doi("https://doi.org/10.1056/nejmoa1603827")
                .title(TITLE + ".").journal("N Engl J Med").pages("311-22").sourceDatabase("Embase").build();
        DeduplicationResult r = DEDUP.deduplicate(List.of(medline, embase));
        assertEquals(RecordStatus.UNIQUE, r.status(0));
        assertEquals(RecordStatus.DUPLICATE, r.status(1));
        DuplicateGroup group = r.groups().get(0);
        assertEquals(1, group.id());
        assertEquals(List.of(new MergedRecord("medline.nbib", 1, "MEDLINE"), new MergedRecord("embase.ris", 4, "Embase")),
                group.records());
        MergeDecision decision = group.decisions().get(0);
        assertEquals("same-doi", decision.rule());
        assertEquals("evsynth", decision.decidedBy());
        assertEquals(NOON, decision.at());
        assertEquals(2, r.records().size(), "nothing is deleted");
    }

    @Test
    void identicalCitationWithoutIdentifiersIsMerged() {
        DeduplicationResult r = DEDUP.deduplicate(List.of(article("a.ris", 1).build(), article("b.ris", 1).build()));
        assertEquals("same-citation", r.groups().get(0).decisions().get(0).rule());
    }

    @Test
    void sameDoiOnDifferentPagesIsNotMerged() {
        // One DOI for a whole supplement: two abstracts on neighbouring pages are different studies.
        BibRecord first = article("a.ris", 1).doi("10.1002/dmrr.2604").pages("51").build();
        BibRecord second = article("a.ris", 2).doi("10.1002/dmrr.2604").pages("52").title("The effects of " + TITLE)
                .build();
        DeduplicationResult r = DEDUP.deduplicate(List.of(first, second));
        assertEquals(0, r.mergedCount());
    }

    @Test
    void differentStudiesWithSimilarMetadataAreNeitherMergedNorQueued() {
        BibRecord one = article("a.ris", 1).build();
        BibRecord other = article("a.ris", 2).title("Semaglutide and renal outcomes in chronic kidney disease")
                .pages("109-121").build();
        DeduplicationResult r = DEDUP.deduplicate(List.of(one, other));
        assertEquals(0, r.mergedCount());
        assertTrue(r.reviewQueue().isEmpty());
    }

    @Test
    void erratumIsNotADuplicateOfItsArticle() {
        BibRecord paper = article("a.ris", 1).doi("10.1056/nejmoa1603827").build();
        BibRecord erratum = article("a.ris", 2).title("Erratum: " + TITLE).pages("1798").volume("377")
                .publicationTypes(List.of("Published Erratum")).build();
        DeduplicationResult r = DEDUP.deduplicate(List.of(paper, erratum));
        assertEquals(0, r.mergedCount());
        assertTrue(r.reviewQueue().isEmpty());
        assertEquals(RecordKind.ERRATUM, RecordKind.of(erratum));
    }

    @Test
    void conferenceAbstractAndFullPaperGoToReviewWithTheirDifferences() {
        BibRecord paper = article("a.ris", 1).build();
        BibRecord abstractRecord = article("b.ris", 1).type(RecordType.CONFERENCE_PAPER)
                .journal("Diabetes. Conference: 76th Scientific Sessions of the American Diabetes Association")
                .volume("65").pages(null).publicationTypes(List.of("Conference Abstract")).build();
        DeduplicationResult r = DEDUP.deduplicate(List.of(paper, abstractRecord));
        assertEquals(0, r.mergedCount());
        ReviewPair pair = r.reviewQueue().get(0);
        assertEquals(RecordStatus.REVIEW, r.status(0));
        assertEquals(RecordStatus.REVIEW, r.status(1));
        assertTrue(pair.agree().containsAll(List.of("title", "authors", "year")), pair.agree().toString());
        assertTrue(pair.disagree().containsAll(List.of("volume", "kind")), pair.disagree().toString());
    }

    @Test
    void undoSplitsTheGroupAndKeepsTheDecisionsInTheLog() {
        DeduplicationResult merged = DEDUP.deduplicate(List.of(article("a.ris", 1).build(), article("b.ris", 1).build(),
                article("c.ris", 1).build()));
        assertEquals(2, merged.mergedCount());
        DeduplicationResult undone = merged.undo(1, "A. Reviewer");
        assertEquals(0, undone.mergedCount());
        assertEquals(RecordStatus.UNIQUE, undone.status(2));
        MergeDecision last = undone.decisions().get(undone.decisions().size() - 1);
        assertEquals(MergeDecision.Action.UNDO, last.action());
        assertEquals("A. Reviewer", last.decidedBy());
        assertEquals(merged.decisions().size() + 1, undone.decisions().size());
        assertEquals(2, merged.mergedCount(), "results are immutable");
        assertThrows(IllegalArgumentException.class, () -> undone.undo(1, "A. Reviewer"));
    }

    @Test
    void confirmingAReviewPairMergesItAndRejectingDropsIt() {
        BibRecord paper = article("a.ris", 1).build();
        BibRecord abstractRecord = article("b.ris", 1).pages(null).volume("65")
                .publicationTypes(List.of("Conference Abstract")).build();
        DeduplicationResult r = DEDUP.deduplicate(List.of(paper, abstractRecord));
        ReviewPair pair = r.reviewQueue().get(0);
        DeduplicationResult confirmed = r.confirm(pair, "A. Reviewer");
        assertEquals(RecordStatus.DUPLICATE, confirmed.status(1));
        assertEquals("reviewer", confirmed.groups().get(0).decisions().get(0).rule());
        DeduplicationResult rejected = r.reject(pair, "A. Reviewer");
        assertTrue(rejected.reviewQueue().isEmpty());
        assertEquals(RecordStatus.UNIQUE, rejected.status(1));
        assertEquals(MergeDecision.Action.REJECT, rejected.decisions().get(0).action());
    }

    @Test
    void blockingKeysCoverIdentifiersTitleAuthorAndPages() {
        List<String> keys = Blocking.keys(RecordFeatures.of(article("a.ris", 1).doi("10.1000/x").pmid("123").build()));
        assertEquals(List.of("d|10.1000/x", "p|123", "t|liraglutide and cardiovascular", "e|ar outcomes in type 2 diabetes",
                "a|marso|2016", "v|375|311"), keys);
    }

    @Test
    void similarities() {
        assertEquals(0.961, Similarity.jaroWinkler("martha", "marhta"), 0.001);
        assertEquals(1.0, Similarity.journal("j am coll cardiol", "journal of the american college of cardiology"),
                0.051);
        assertEquals(0.5, Similarity.dice(Set.of("a", "b"), Set.of("b", "c")), 1e-12);
    }
}
