package org.evsynth.app.cli.review;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.evsynth.records.Author;
import org.evsynth.records.BibRecord;
import org.evsynth.review.Actor;
import org.evsynth.review.Review;
import org.evsynth.review.ScreeningOrder;
import org.evsynth.review.Stage;

/**
 * One screen of the screener: the header, the record's title, authors and source, which always stay in view, and
 * the abstract and keywords paged to fit the terminal's height (80×20 included). Everything from the record passes
 * {@link TerminalText#clean}; the criteria's words are marked.
 */
final class RecordScreen {

    /** Lines other than the title's and the abstract's: header, rules, record line, authors, source, prompt. */
    private static final int FIXED_LINES = 11;
    private static final int LONGEST_TITLE = 4;
    private static final int FEWEST_BODY_LINES = 3;

    private final Review review;
    private final Stage stage;
    private final Actor reviewer;
    private final Keys keys;
    private final PrintWriter out;
    private final Highlighter highlighter;
    private final String title;
    private final boolean prioritised;

    RecordScreen(Review review, Stage stage, Actor reviewer, Keys keys, PrintWriter out) {
        this.review = review;
        this.stage = stage;
        this.reviewer = reviewer;
        this.keys = keys;
        this.out = out;
        this.highlighter = Highlighter.of(review.protocol());
        this.title = TerminalText.clean(review.title());
        this.prioritised = stage == Stage.TITLE_ABSTRACT && review.protocol().order() == ScreeningOrder.PRIORITY;
    }

    /** Shows the record with the page of its abstract; returns how many pages the abstract has. */
    int show(long id, int position, int total, int page, String message) {
        boolean ansi = keys.ansi();
        int width = keys.width();
        BibRecord r = review.record(id).record();
        if (ansi) {
            out.print("\u001B[H\u001B[2J");
        }
        String head = String.format(Locale.ROOT, "%s  |  %s  |  %s", title, stage.id(),
                TerminalText.clean(reviewer.name()));
        String progress = String.format(Locale.ROOT, "%d/%d", position, total);
        out.println(head + " ".repeat(Math.max(2, width - head.length() - progress.length())) + progress);
        out.println("-".repeat(width));
        out.printf("Record %d%s%n%n", id, prioritised ? "  |  " + PriorityLine.of(review.prioritised()
                .serve(reviewer, id)) : "");
        List<String> titleLines = wrap(r.title() == null ? "(no title)" : r.title(), width);
        if (titleLines.size() > LONGEST_TITLE) {
            titleLines = new ArrayList<>(titleLines.subList(0, LONGEST_TITLE));
            titleLines.set(LONGEST_TITLE - 1, titleLines.get(LONGEST_TITLE - 1) + " ...");
        }
        for (String line : titleLines) {
            out.println(ansi ? "\u001B[1m" + highlighter.mark(line, true) + "\u001B[0m" : highlighter.mark(line, false));
        }
        out.println(TerminalText.clean(authors(r)));
        out.println(TerminalText.clean(where(r)));
        List<String> body = body(r, width);
        int perPage = Math.max(FEWEST_BODY_LINES, keys.height() - FIXED_LINES - titleLines.size());
        int pages = Math.max(1, (body.size() + perPage - 1) / perPage);
        int shown = Math.min(page, pages - 1);
        out.println(pages == 1 ? "" : String.format(Locale.ROOT, "(abstract, page %d of %d: f for more, b back)",
                shown + 1, pages));
        for (String line : body.subList(shown * perPage, Math.min(body.size(), (shown + 1) * perPage))) {
            out.println(highlighter.mark(line, ansi));
        }
        out.println("-".repeat(width));
        out.println(message);
        out.print("[i]nclude  [e]xclude  [m]aybe  [u]ndo  [s]kip  [q]uit > ");
        if (!ansi) {
            out.println();
        }
        out.flush();
        return pages;
    }

    private static List<String> wrap(String text, int width) {
        return ScreenCommand.wrap(TerminalText.clean(text), width);
    }

    private static String authors(BibRecord r) {
        return r.authors().stream().limit(6).map(Author::display).collect(Collectors.joining(", "))
                + (r.authors().size() > 6 ? ", et al." : "");
    }

    private static String where(BibRecord r) {
        List<String> where = new ArrayList<>();
        if (r.journal() != null) {
            where.add(r.journal());
        }
        if (r.year() != null) {
            where.add(String.valueOf(r.year()));
        }
        if (r.doi() != null) {
            where.add("doi:" + r.doi());
        }
        return String.join(". ", where);
    }

    /** The abstract's lines, then the keywords'. */
    private static List<String> body(BibRecord r, int width) {
        List<String> body = new ArrayList<>(r.abstractText() == null ? List.of("(no abstract)")
                : wrap(r.abstractText(), width));
        if (!r.keywords().isEmpty()) {
            body.add("");
            body.addAll(wrap("Keywords: " + String.join("; ", r.keywords()), width));
        }
        return body;
    }
}
