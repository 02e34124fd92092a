package org.evsynth.app.cli.review;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.evsynth.app.cli.ExitCode;
import org.evsynth.review.Actor;
import org.evsynth.review.Decision;
import org.evsynth.review.Review;
import org.evsynth.review.Screening;
import org.evsynth.review.ScreeningOrder;
import org.evsynth.review.Stage;

/** One sitting of one reviewer at one stage of the interactive screener. */
final class ScreeningSession {

    /** The keys that choose the reasons in the protocol's order: 1 to 9, then letters that are no command. */
    private static final String REASON_KEYS = "123456789acdghjklnoprtvwxyz";

    private final Review review;
    private final Stage stage;
    private final Actor reviewer;
    private final Keys keys;
    private final PrintWriter out;
    private final RecordScreen screen;
    private final List<Long> queue;
    private final Deque<Long> decided = new ArrayDeque<>();
    private final Set<Long> skippedIds = new LinkedHashSet<>();
    private int skipped;
    private String message = "";

    ScreeningSession(Review review, Stage stage, Actor reviewer, Keys keys, PrintWriter out) {
        this.review = review;
        this.stage = stage;
        this.reviewer = reviewer;
        this.keys = keys;
        this.out = out;
        this.screen = new RecordScreen(review, stage, reviewer, keys, out);
        this.queue = new ArrayList<>(review.screening().queue(reviewer, stage));
    }

    int run() throws IOException {
        if (queue.isEmpty()) {
            out.printf("evsynth screen: nothing awaits %s at %s%n", TerminalText.clean(reviewer.name()), stage.id());
            return ExitCode.OK;
        }
        int pos = 0;
        int page = 0;
        while (pos < queue.size()) {
            long id = queue.get(pos);
            int pages = screen.show(id, pos + 1, queue.size(), page, message);
            int key = keys.key();
            message = "";
            switch (key) {
                case 'i', 'e', 'm' -> {
                    if (decide(id, key)) {
                        pos++;
                        page = 0;
                        reorder(pos);
                    }
                }
                case 'u' -> {
                    pos = undo(pos);
                    page = 0;
                }
                case 's' -> {
                    skipped++;
                    page = 0;
                    if (prioritised()) {
                        skip(pos);
                        message = "skipped: record " + id + " (it comes again after the others)";
                    } else {
                        message = "skipped: record " + id;
                        pos++;
                    }
                }
                case 'f', ' ' -> page = page + 1 < pages ? page + 1 : page;
                case 'b' -> page = Math.max(0, page - 1);
                case 'q', -1 -> {
                    return finish(false);
                }
                default -> message = "unknown key '" + TerminalText.clean(String.valueOf((char) key))
                        + "': i e m u s f b q";
            }
        }
        return finish(true);
    }

    /** Saves the decision the key names; false when nothing was saved (a full-text exclusion without reason). */
    private boolean decide(long id, int key) throws IOException {
        Decision d = key == 'i' ? Decision.INCLUDE : key == 'e' ? Decision.EXCLUDE : Decision.MAYBE;
        String reason = null;
        if (d == Decision.EXCLUDE && stage == Stage.FULL_TEXT) {
            reason = reason();
            if (reason == null) {
                message = "not saved: an exclusion at full text needs a reason";
                return false;
            }
        }
        review.screening().decide(reviewer, new Screening.Decide(id, stage, d, reason, null));
        decided.push(id);
        message = String.format(Locale.ROOT, "saved: record %d %s%s", id, d.id(),
                reason == null ? "" : " (" + TerminalText.clean(reason) + ")");
        return true;
    }

    private boolean prioritised() {
        return stage == Stage.TITLE_ABSTRACT && review.protocol().order() == ScreeningOrder.PRIORITY;
    }

    /** In priority order a skipped record goes to the back of the session's model order; the next-best comes. */
    private void skip(int pos) {
        long id = queue.remove(pos);
        skippedIds.remove(id);
        skippedIds.add(id);
        queue.add(id);
    }

    /**
     * In priority order the model learns from each decision: the records after pos follow its new order, and the
     * records skipped in this session stay at the back, in the order they were skipped.
     */
    private void reorder(int pos) {
        if (!prioritised()) {
            return;
        }
        Set<Long> seen = new HashSet<>(queue.subList(0, pos));
        queue.subList(pos, queue.size()).clear();
        List<Long> fresh = review.screening().queue(reviewer, stage);
        fresh.stream().filter(id -> !seen.contains(id) && !skippedIds.contains(id)).forEach(queue::add);
        Set<Long> awaiting = new HashSet<>(fresh);
        skippedIds.removeIf(id -> !awaiting.contains(id));
        skippedIds.stream().filter(id -> !seen.contains(id)).forEach(queue::add);
    }

    private int undo(int pos) {
        if (decided.isEmpty()) {
            message = "nothing to undo in this session";
            return pos;
        }
        long last = decided.pop();
        review.screening().withdraw(reviewer, last, stage);
        message = "undone: record " + last;
        return queue.indexOf(last);
    }

    private int finish(boolean end) {
        if (keys.ansi()) {
            out.println();
        }
        if (!message.isEmpty()) {
            out.println(message);
        }
        int left = review.screening().queue(reviewer, stage).size();
        out.printf("%s%d decided, %d skipped; %d left for %s at %s%n", end ? "End of the queue: " : "Stopped: ",
                decided.size(), skipped, left, TerminalText.clean(reviewer.name()), stage.id());
        out.flush();
        return ExitCode.OK;
    }

    /** The reason chosen with one key, or null when Enter cancels or the input ends. */
    private String reason() throws IOException {
        List<String> reasons = review.protocol().exclusionReasons();
        int shown = Math.min(reasons.size(), REASON_KEYS.length());
        for (int k = 0; k < shown; k++) {
            out.printf("  %c  %s%n", REASON_KEYS.charAt(k), TerminalText.clean(reasons.get(k)));
        }
        String range = shown <= 9 ? "1 to " + shown : "1 to 9, " + REASON_KEYS.charAt(9) + " to " + REASON_KEYS.charAt(shown - 1);
        while (true) {
            int key = keys.choice("Reason (" + range + ", Enter to cancel): ", out);
            if (key < 0 || key == '\n') {
                return null;
            }
            int k = REASON_KEYS.indexOf(key);
            if (k >= 0 && k < shown) {
                return reasons.get(k);
            }
            out.println("  '" + TerminalText.clean(String.valueOf((char) key)) + "' is not one of " + range);
        }
    }
}
