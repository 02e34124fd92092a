package org.evsynth.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.evsynth.review.ReviewStatus;
import org.evsynth.review.ScreeningDecision;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Twenty reviewers screening one review at once through the real server, in dual mode: no decision lost or doubled,
 * no third vote on a record two have completed, no error, and the PRISMA counts equal what the decisions give. A
 * correctness test, small enough for every build; the timings for the README come from {@link
 * ScreeningLoadBenchmark}, at 10,000 records for a minute.
 */
class ScreeningLoadTest {

    private static final int REVIEWERS = 20;
    private static final int RECORDS = 40;

    @TempDir
    Path tmp;

    static List<String> backends() {
        return TestSite.backends().toList();
    }

    @ParameterizedTest
    @MethodSource("backends")
    void twentyReviewersAtOnceLoseAndDoubleNothingAndTheCountsFollowTheDecisions(String backend) throws Exception {
        try (TestSite site = TestSite.start(backend, tmp)) {
            Fixture.load(site, "trials.ris", Fixture.trials(RECORDS));
            Map<String, String> reviewers = ScreeningLoad.tokens(site.people, ScreeningLoad.names(REVIEWERS),
                    TestSite.PASSWORD);

            ScreeningLoad.Result run = ScreeningLoad.run(site.server.address(), reviewers, Integer.MAX_VALUE, 120);

            assertEquals(List.of(), run.errors(), "no answer but 201 and 409");
            Map<Long, List<ScreeningLoad.Accepted>> byRecord = run.accepted().stream()
                    .collect(Collectors.groupingBy(ScreeningLoad.Accepted::record));
            byRecord.forEach((record, votes) -> assertTrue(votes.size() <= 2, "record " + record + ": " + votes));
            assertEquals(RECORDS, byRecord.values().stream().filter(v -> v.size() == 2).count(),
                    "every record completed by two reviewers: " + run.summary());
            Set<Long> stored = new HashSet<>();
            Map<Long, Integer> storedPerRecord = new HashMap<>();
            for (ScreeningDecision d : site.review.screening().allDecisions()) {
                stored.add(d.id());
                storedPerRecord.merge(d.recordId(), 1, Integer::sum);
            }
            assertEquals(run.accepted().stream().map(ScreeningLoad.Accepted::decision).collect(Collectors.toSet()),
                    stored, "the decisions stored are exactly those answered 201");
            assertEquals(run.accepted().size(), stored.size(), "none doubled");

            ReviewStatus status = site.review.status();
            long included = byRecord.keySet().stream().filter(r -> ScreeningLoad.vote(r).equals("include")).count();
            assertEquals(RECORDS, status.screened());
            assertEquals(RECORDS - included, status.excludedScreening());
            assertEquals(included, status.sought());
            assertEquals(0, status.pending().get(org.evsynth.review.Stage.TITLE_ABSTRACT).undecided());
        }
    }
}
