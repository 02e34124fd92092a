package org.evsynth.app.cli.review;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.evsynth.app.cli.CommandFailure;
import org.evsynth.app.cli.ExitCode;
import org.evsynth.app.cli.TextOrJson;
import org.evsynth.review.KeyPaper;
import org.evsynth.review.Review;
import org.evsynth.review.ReviewException;
import org.evsynth.review.ScreeningOrder;
import org.evsynth.review.StorageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code evsynth key-papers}: the records a reviewer already knows to be relevant, marked so that prioritised
 * screening trains on them as includes and serves them first
 * ({@link org.evsynth.review.PrioritisedScreening#markKeyPapers}). Every
 * reference is checked before anything is marked: one that matches no record leaves everything as it was.
 */
@Command(name = "key-papers", sortOptions = false, usageHelpAutoWidth = true,
        description = {"List the key papers (the default), or mark records you already know to be relevant.",
            "--mark REF (repeat it for several) takes a record id, a DOI (10.1056/NEJMoa2312572, doi:... or a doi.org",
            "link) or a PubMed id (pmid:38587239). In priority order (screening.order: priority) a key paper trains",
            "the model as an include and comes first for every reviewer who has not decided it. --unmark REF takes",
            "a mark back. All or nothing: a REF that matches no record screened at title and abstract is named and",
            "nothing is changed (exit 2)."})
public final class KeyPapersCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The review folder.")
    private Path dir;

    @Option(names = "--mark", paramLabel = "REF", description = "Mark the record as a key paper; repeat for several.")
    private List<String> mark = new ArrayList<>();

    @Option(names = "--unmark", paramLabel = "REF", description = "Take the key-paper mark back; repeat for several.")
    private List<String> unmark = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = TextOrJson.Words.class,
            description = "Of the list: text or json. Default: ${DEFAULT-VALUE}.")
    private TextOrJson format;

    @Mixin
    private ReviewOptions review = new ReviewOptions();

    @Override
    public Integer call() throws IOException {
        if (!mark.isEmpty() && !unmark.isEmpty()) {
            throw CommandFailure.badInput("--mark and --unmark cannot be combined: run one, then the other");
        }
        return ReviewRun.run(spec, dir, review, r -> {
            PrintWriter out = spec.commandLine().getOut();
            if (mark.isEmpty() && unmark.isEmpty()) {
                return list(r, out);
            }
            boolean marking = !mark.isEmpty();
            Map<Long, String> records = resolve(r, marking ? mark : unmark);
            List<Long> ids = new ArrayList<>(records.keySet());
            List<Long> changed = marking ? r.prioritised().markKeyPapers(review.actor(), ids)
                    : r.prioritised().unmarkKeyPapers(review.actor(), ids);
            for (long id : ids) {
                out.printf("evsynth key-papers: record %d (%s) %s%n", id, TerminalText.clean(records.get(id)),
                        changed.contains(id) ? (marking ? "marked as a key paper" : "is no longer a key paper")
                                : (marking ? "was a key paper already" : "was not a key paper"));
            }
            if (marking && r.protocol().order() != ScreeningOrder.PRIORITY) {
                out.println("evsynth key-papers: note: screening.order is not priority, so the queue does not put "
                        + "key papers first; they train the model once screening.order is priority");
            }
            return ExitCode.OK;
        });
    }

    /**
     * The record each reference names, in the order given (a record named twice once), with the reference; every
     * reference that matches none is named in one message (exit 2), before anything is changed.
     */
    private static Map<Long, String> resolve(Review r, List<String> references) {
        Map<Long, String> records = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        String review = "review " + r.location() + ": ";
        for (String ref : references) {
            try {
                records.putIfAbsent(r.prioritised().findRecord(ref), ref.strip());
            } catch (StorageException e) {
                throw e;
            } catch (ReviewException e) {
                String message = e.getMessage();
                problems.add(TerminalText.clean(message.startsWith(review) ? message.substring(review.length())
                        : message));
            }
        }
        if (!problems.isEmpty()) {
            throw CommandFailure.badInput(TerminalText.clean(review) + String.join("; ", problems)
                    + "; nothing was changed");
        }
        return records;
    }

    private int list(Review r, PrintWriter out) {
        List<KeyPaper> papers = r.prioritised().keyPapers();
        if (format == TextOrJson.JSON) {
            List<Object> rows = new ArrayList<>();
            for (KeyPaper k : papers) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("record", k.recordId());
                row.put("marked_by", k.markedBy());
                row.put("marked_at", k.markedAt().toString());
                row.put("description", ReviewDedup.describe(r, k.recordId()));
                rows.add(row);
            }
            out.println(ReviewJson.write(rows));
            return ExitCode.OK;
        }
        if (papers.isEmpty()) {
            out.printf("No key papers. Mark one: evsynth key-papers %s --mark RECORD|DOI|pmid:PMID%n", dir);
            return ExitCode.OK;
        }
        for (KeyPaper k : papers) {
            out.printf("record %d, marked by %s on %s: %s%n", k.recordId(), TerminalText.clean(k.markedBy()),
                    k.markedAt().toString().substring(0, 10), TerminalText.clean(ReviewDedup.describe(r,
                            k.recordId())));
        }
        out.printf("%d key papers.%n", papers.size());
        return ExitCode.OK;
    }
}
