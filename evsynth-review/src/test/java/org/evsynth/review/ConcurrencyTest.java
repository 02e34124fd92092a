package org.evsynth.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Two reviewers writing decisions at the same moment, each through their own connection, lose nothing. */
class ConcurrencyTest {

    private static final int RECORDS = 150;

    @TempDir
    Path tmp;

    static Stream<String> backends() {
        return TestBackends.both();
    }

    @ParameterizedTest
    @MethodSource("backends")
    void twoReviewersScreeningAtOnceLoseNothing(String backend) throws Exception {
        TestBackends.Location location = TestBackends.newReview(backend, tmp, "Concurrent");
        List<Ris.Ref> refs = new ArrayList<>();
        for (int i = 0; i < RECORDS; i++) {
            refs.add(new Ris.Ref("Trial number " + i + " of intervention " + (i * 7919 % 1000), "Author" + i + ", A",
                    1990 + i % 30, "10.9/t" + i));
        }
        try (Review setup = location.open()) {
            setup.searches().importFile(Actor.named("setup"), Searches.Import.of(Ris.write(tmp.resolve("t.ris"), refs), "MEDLINE", SourceKind.DATABASE, null, null));
        }
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Integer>> done = new ArrayList<>();
        for (String reviewer : List.of("alice", "bob")) {
            done.add(pool.submit(() -> {
                try (Review mine = location.open()) {
                    go.await();
                    for (long id = 1; id <= RECORDS; id++) {
                        Decision d = (id + reviewer.length()) % 3 == 0 ? Decision.EXCLUDE : Decision.INCLUDE;
                        mine.screening().decide(Actor.named(reviewer), new Screening.Decide(id, Stage.TITLE_ABSTRACT, d, null, null));
                    }
                    return RECORDS;
                }
            }));
        }
        go.countDown();
        for (Future<Integer> f : done) {
            assertEquals(RECORDS, f.get(120, TimeUnit.SECONDS));
        }
        pool.shutdown();
        try (Review check = location.open()) {
            assertEquals(2 * RECORDS, check.screening().allDecisions().size());
            assertEquals(2 * RECORDS, check.audit().entries(AuditLog.Query.all()).stream().filter(e -> e.action().equals("screen")).count());
            ReviewStatus s = check.status();
            assertEquals(0, s.pending().get(Stage.TITLE_ABSTRACT).perReviewer().get("alice"));
            assertEquals(0, s.pending().get(Stage.TITLE_ABSTRACT).perReviewer().get("bob"));
            assertEquals(RECORDS, s.screened() + s.pending().get(Stage.TITLE_ABSTRACT).conflicts());
        }
    }
}
