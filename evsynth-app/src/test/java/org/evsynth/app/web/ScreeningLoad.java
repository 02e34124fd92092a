package org.evsynth.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.evsynth.review.people.Member;
import org.evsynth.review.people.MemberStore;
import org.evsynth.review.people.Role;

/**
 * Reviewers screening at once through the JSON API of a running server, each in its own thread with its own
 * bearer token (as a script signs in), in a bounded loop: ask for the next record, decide it, until the reviewer's queue is empty, their quota
 * is used or the time is up. Every vote follows from the record alone (records whose id is a multiple of 4 are
 * included, the rest excluded), so any two reviewers agree and the expected counts can be worked out afterwards.
 * A 409 is the honest answer to a race (two others completed the record between this reviewer's next and vote) and
 * is counted apart; any other status is an error.
 */
final class ScreeningLoad {

    /** A decision the server accepted with 201. */
    record Accepted(long decision, long record, String reviewer) {
    }

    /**
     * What the run did.
     *
     * @param accepted   the decisions answered 201
     * @param races      votes answered 409 (the record was completed by two others meanwhile)
     * @param errors     any other answer, as "status body"
     * @param nextMs     the latency of each next-record call, ms
     * @param decisionMs the latency of each decision call, ms
     * @param seconds    the run's wall time
     */
    record Result(List<Accepted> accepted, int races, List<String> errors, double[] nextMs, double[] decisionMs,
            double seconds) {

        double throughput() {
            return accepted.size() / seconds;
        }

        String summary() {
            return String.format(Locale.ROOT, "%d decisions in %.1f s (%.0f/s), %d races (409), %d errors; "
                    + "next record p50 %.1f ms, p95 %.1f ms; decision p50 %.1f ms, p95 %.1f ms", accepted.size(),
                    seconds, throughput(), races, errors.size(), percentile(nextMs, 50), percentile(nextMs, 95),
                    percentile(decisionMs, 50), percentile(decisionMs, 95));
        }
    }

    private ScreeningLoad() {
    }

    /** The vote every reviewer gives the record. */
    static String vote(long record) {
        return record % 4 == 0 ? "include" : "exclude";
    }

    /**
     * Adds the reviewers to the review's people, each with a bearer token (a sign-in each would spend the run's
     * first seconds on twenty Argon2 checks).
     */
    static Map<String, String> tokens(MemberStore people, List<String> reviewers, String password) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String name : reviewers) {
            Member m = people.add(name, Role.REVIEWER, password.toCharArray(), "setup");
            out.put(name, people.createToken(m.id(), "load", "setup").secret());
        }
        return out;
    }

    /**
     * Runs the reviewers (name to bearer token) until each has made {@code quota} decisions, their queue is empty or
     * time is up.
     */
    static Result run(URI base, Map<String, String> reviewers, int quota, long seconds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(reviewers.size());
        try {
            List<Reviewer> signedIn = new ArrayList<>();
            reviewers.forEach((name, token) -> signedIn.add(new Reviewer(base, name, token)));
            long start = System.nanoTime();
            long until = start + TimeUnit.SECONDS.toNanos(seconds);
            List<Future<Reviewer>> running = new ArrayList<>();
            for (Reviewer r : signedIn) {
                running.add(pool.submit(() -> r.screen(quota, until)));
            }
            List<Accepted> accepted = new ArrayList<>();
            List<String> errors = new ArrayList<>();
            List<Double> next = new ArrayList<>();
            List<Double> decision = new ArrayList<>();
            int races = 0;
            for (Future<Reviewer> f : running) {
                Reviewer r = f.get();
                accepted.addAll(r.accepted);
                errors.addAll(r.errors);
                next.addAll(r.nextMs);
                decision.addAll(r.decisionMs);
                races += r.races;
            }
            return new Result(accepted, races, errors, array(next), array(decision),
                    (System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    /** One reviewer's loop and what it saw. */
    private static final class Reviewer {
        final WebClient client;
        final String name;
        final List<Accepted> accepted = new ArrayList<>();
        final List<String> errors = new ArrayList<>();
        final List<Double> nextMs = new ArrayList<>();
        final List<Double> decisionMs = new ArrayList<>();
        int races;

        Reviewer(URI base, String name, String token) {
            this.client = new WebClient(base);
            this.name = name;
            client.bearer = token;
        }

        Reviewer screen(int quota, long until) {
            while (accepted.size() < quota && System.nanoTime() < until) {
                long t0 = System.nanoTime();
                WebClient.Answer next = client.get("/api/screening/next?stage=title-abstract");
                nextMs.add((System.nanoTime() - t0) / 1e6);
                if (next.status() != 200) {
                    errors.add(next.status() + " " + next.body());
                    return this;
                }
                JsonNode record = next.json().get("record");
                if (record.isNull()) {
                    return this;
                }
                long id = record.get("id").asLong();
                long t1 = System.nanoTime();
                WebClient.Answer d = client.postJson("/api/screening/decisions", Map.of("record", id, "stage",
                        "title-abstract", "decision", vote(id)));
                decisionMs.add((System.nanoTime() - t1) / 1e6);
                if (d.status() == 201) {
                    accepted.add(new Accepted(d.json().get("id").asLong(), id, name));
                } else if (d.status() == 409) {
                    races++;
                } else {
                    errors.add(d.status() + " " + d.body());
                }
            }
            return this;
        }
    }

    private static double[] array(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The nearest-rank percentile (Hyndman and Fan's type 1), or NaN with no values. */
    static double percentile(double[] values, double p) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    /** The reviewers' names: reviewer01, reviewer02, ... */
    static List<String> names(int n) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            out.add(String.format(Locale.ROOT, "reviewer%02d", i));
        }
        return Collections.unmodifiableList(out);
    }
}
