package org.evsynth.review;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A small review to act on in tests: distinct records imported as one MEDLINE search, dual screening, and shorthand
 * for the people and the operations the tests repeat.
 */
final class Scenario implements AutoCloseable {

    static final Actor ANN = Actor.named("ann");
    static final Actor BOB = Actor.named("bob");
    static final Actor CAT = Actor.named("cat");
    static final Stage TA = Stage.TITLE_ABSTRACT;
    static final Stage FT = Stage.FULL_TEXT;

    final TestBackends.Location location;
    final Review review;

    private Scenario(TestBackends.Location location, Review review) {
        this.location = location;
        this.review = review;
    }

    /** A review on the backend with {@code records} distinct records, ids 1..records. */
    static Scenario of(String backend, Path tmp, int records) throws Exception {
        TestBackends.Location location = TestBackends.newReview(backend, tmp, "Scenario");
        Review review = location.open();
        List<Ris.Ref> refs = new ArrayList<>();
        for (int i = 1; i <= records; i++) {
            refs.add(new Ris.Ref("Distinct trial " + i + " of treatment " + (i * 7919 % 1000), "Author" + i + ", A",
                    1990 + i % 30, "10.9/s" + i));
        }
        review.searches().importFile(ANN, Searches.Import.of(Ris.write(tmp.resolve("s" + System.nanoTime()
                + ".ris"), refs), "MEDLINE", SourceKind.DATABASE, null, null));
        return new Scenario(location, review);
    }

    ScreeningDecision decide(Actor who, long record, Stage stage, Decision d) {
        return review.screening().decide(who, new Screening.Decide(record, stage, d, null, null));
    }

    ScreeningDecision decide(Actor who, long record, Stage stage, Decision d, String reason) {
        return review.screening().decide(who, new Screening.Decide(record, stage, d, reason, null));
    }

    /** Ann and Bob both decide the record at the stage. */
    void both(long record, Stage stage, Decision d) {
        decide(ANN, record, stage, d, d == Decision.EXCLUDE && stage == FT ? "wrong population" : null);
        decide(BOB, record, stage, d, d == Decision.EXCLUDE && stage == FT ? "wrong population" : null);
    }

    /** Ann and Bob include the record at title and abstract and at full text. */
    void included(long record) {
        both(record, TA, Decision.INCLUDE);
        both(record, FT, Decision.INCLUDE);
    }

    @Override
    public void close() {
        review.close();
    }
}
