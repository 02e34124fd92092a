package org.evsynth.app.cli.review;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.evsynth.app.cli.CommandFailure;
import org.evsynth.app.cli.ExitCode;
import org.evsynth.records.BibRecord;
import org.evsynth.review.DedupRun;
import org.evsynth.review.Deduplication;
import org.evsynth.review.QueuedPair;
import org.evsynth.review.Review;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code evsynth dedup DIR}: deduplication of a review's records, as the records module does it for loose files,
 * but stored: stage one's merges are applied and the uncertain pairs wait in the review queue until a person
 * resolves them ({@code --resolve PAIR same|different}).
 */
public final class ReviewDedup {

    private ReviewDedup() {
    }

    /** Applies stage one and lists the review queue. */
    public static int run(CommandSpec spec, Path dir, ReviewOptions options, boolean json) throws IOException {
        return ReviewRun.run(spec, dir, options, review -> {
            DedupRun run = review.deduplication().run(options.actor());
            List<QueuedPair> queue = review.deduplication().queue();
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(ReviewJson.write(json(run, queue)));
                return ExitCode.OK;
            }
            out.printf(Locale.ROOT, "Stage one: %d records merged now; %d pairs queued now; %d pairs await a "
                    + "person.%n", run.merged(), run.queued(), queue.size());
            for (QueuedPair p : queue) {
                out.printf(Locale.ROOT, "%npair %d, score %.2f: records %d and %d%n", p.id(), p.score(), p.recordA(),
                        p.recordB());
                out.printf("  %d: %s%n", p.recordA(), describe(review, p.recordA()));
                out.printf("  %d: %s%n", p.recordB(), describe(review, p.recordB()));
                out.printf("  agree: %s; disagree: %s%n", String.join(", ", p.agree()),
                        String.join(", ", p.disagree()));
            }
            if (!queue.isEmpty()) {
                out.printf("%nResolve each: evsynth dedup %s --resolve PAIR same|different%n", dir);
            }
            return ExitCode.OK;
        });
    }

    private static Map<String, Object> json(DedupRun run, List<QueuedPair> queue) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("merged", run.merged());
        m.put("queued", run.queued());
        List<Object> pairs = new ArrayList<>();
        for (QueuedPair p : queue) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("pair", p.id());
            one.put("a", p.recordA());
            one.put("b", p.recordB());
            one.put("score", p.score());
            one.put("agree", p.agree());
            one.put("disagree", p.disagree());
            pairs.add(one);
        }
        m.put("pairs_for_review", pairs);
        return m;
    }

    /** Resolves one queued pair. */
    public static int resolve(CommandSpec spec, Path dir, ReviewOptions options, List<String> resolve)
            throws IOException {
        long pair;
        try {
            pair = Long.parseLong(resolve.get(0));
        } catch (NumberFormatException e) {
            throw CommandFailure.badInput("--resolve PAIR same|different: '" + resolve.get(0)
                    + "' is not a pair number");
        }
        String word = resolve.get(1).toLowerCase(Locale.ROOT);
        if (!word.equals("same") && !word.equals("different")) {
            throw CommandFailure.badInput("--resolve PAIR same|different: '" + resolve.get(1)
                    + "' is neither same nor different");
        }
        Deduplication.Verdict verdict = word.equals("same") ? Deduplication.Verdict.SAME
                : Deduplication.Verdict.DIFFERENT;
        return ReviewRun.run(spec, dir, options, review -> {
            review.deduplication().resolve(options.actor(), new Deduplication.Resolve(pair, verdict));
            spec.commandLine().getOut().printf("evsynth dedup: pair %d resolved: %s%n", pair,
                    verdict == Deduplication.Verdict.SAME ? "the same publication (merged)" : "different publications");
            return ExitCode.OK;
        });
    }

    /** One line for a record, safe to print: first author, year, title and DOI. */
    static String describe(Review review, long id) {
        BibRecord r = review.record(id).record();
        StringBuilder b = new StringBuilder();
        if (r.firstAuthor() != null) {
            b.append(r.firstAuthor().display()).append(' ');
        }
        if (r.year() != null) {
            b.append(r.year()).append(". ");
        }
        b.append(r.title() == null ? "(no title)" : r.title());
        if (r.doi() != null) {
            b.append(" doi:").append(r.doi());
        }
        return TerminalText.clean(b.toString());
    }
}
