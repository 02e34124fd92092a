package org.evsynth.app.cli.review;

import org.evsynth.app.cli.ExitCode;
import org.evsynth.app.cli.CommandFailure;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.evsynth.records.BibRecord;
import org.evsynth.review.RecordState;
import org.evsynth.review.SpreadsheetCell;
import org.evsynth.review.StageOutcome;
import org.evsynth.review.Review;
import org.evsynth.review.ReviewRecord;
import org.evsynth.review.ScreeningDecision;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code evsynth records DIR}: the review's records with their ids, where each stands and every reviewer's
 * decisions. For the review's owner, not for screening: it is not blinded.
 */
public final class ReviewRecords {

    private static final String[] CSV_HEADER = {"id", "source", "title", "first_author", "year", "doi", "status",
        "duplicate_of", "study", "decisions"};

    private ReviewRecords() {
    }

    public static int print(CommandSpec spec, Path dir, ReviewOptions options, String format) throws IOException {
        if (!format.equals("json") && !format.equals("csv")) {
            throw CommandFailure.badInput("--format must be json or csv for a review folder, not '"
                    + format + "'");
        }
        return ReviewRun.run(spec, dir, options, review -> {
            String text = format.equals("json") ? json(review) : csv(review);
            spec.commandLine().getOut().print(text);
            return ExitCode.OK;
        });
    }

    /**
     * One word for where a record stands: duplicate, title-abstract pending|conflict|excluded, not retrieved,
     * full-text pending|conflict|excluded, or included.
     */
    static String status(RecordState s) {
        if (s.duplicateOf() != null) {
            return "duplicate";
        }
        if (s.titleAbstract().status() != StageOutcome.Status.INCLUDED) {
            return "title-abstract " + s.titleAbstract().status().name().toLowerCase(Locale.ROOT);
        }
        if (s.notRetrieved()) {
            return "not retrieved";
        }
        if (s.fullText() == null || s.fullText().status() != StageOutcome.Status.INCLUDED) {
            return "full-text " + (s.fullText() == null ? "pending"
                    : s.fullText().status().name().toLowerCase(Locale.ROOT));
        }
        return "included";
    }

    private static String json(Review review) {
        Map<Long, BibRecord> records = bib(review);
        List<Object> out = new ArrayList<>();
        for (RecordState s : review.recordStatuses()) {
            BibRecord r = records.get(s.id());
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", s.id());
            m.put("source", s.source());
            m.put("title", r.title());
            m.put("first_author", r.firstAuthor() == null ? null : r.firstAuthor().display());
            m.put("year", r.year());
            m.put("doi", r.doi());
            m.put("status", status(s));
            m.put("duplicate_of", s.duplicateOf());
            m.put("reason", s.fullText() != null && s.fullText().reason() != null ? s.fullText().reason() : null);
            m.put("study", s.study());
            List<Object> decisions = new ArrayList<>();
            for (ScreeningDecision d : s.decisions()) {
                Map<String, Object> one = new LinkedHashMap<>();
                one.put("stage", d.stage().id());
                one.put("reviewer", d.reviewer());
                one.put("decision", d.decision().id());
                one.put("reason", d.reason());
                one.put("note", d.note());
                decisions.add(one);
            }
            m.put("decisions", decisions);
            out.add(m);
        }
        return ReviewJson.write(Map.of("records", out)) + "\n";
    }

    private static String csv(Review review) throws IOException {
        Map<Long, BibRecord> records = bib(review);
        StringWriter text = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(text, CSVFormat.DEFAULT.builder().setHeader(CSV_HEADER)
                .setRecordSeparator('\n').build())) {
            for (RecordState s : review.recordStatuses()) {
                BibRecord r = records.get(s.id());
                p.printRecord(s.id(), cell(s.source()), cell(r.title()),
                        cell(r.firstAuthor() == null ? "" : r.firstAuthor().display()), r.year(), cell(r.doi()),
                        status(s), s.duplicateOf(), s.study(), cell(s.decisions().stream().map(d -> d.stage().id()
                                + " " + d.reviewer() + " " + d.decision().id() + (d.reason() == null ? ""
                                : " (" + d.reason() + ")")).collect(Collectors.joining("; "))));
            }
        }
        return text.toString();
    }

    /** A text cell: no control characters, no spreadsheet formula. */
    private static String cell(String text) {
        return SpreadsheetCell.text(TerminalText.clean(text));
    }

    private static Map<Long, BibRecord> bib(Review review) {
        Map<Long, BibRecord> m = new HashMap<>();
        for (ReviewRecord r : review.records()) {
            m.put(r.id(), r.record());
        }
        return m;
    }
}
