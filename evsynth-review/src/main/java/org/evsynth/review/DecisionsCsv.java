package org.evsynth.review;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/** Screening decisions as CSV with the columns {@code record,stage,reviewer,decision,reason,note}. */
final class DecisionsCsv {

    static final String[] HEADER = {"record", "stage", "reviewer", "decision", "reason", "note"};

    /**
     * A decision read from a CSV line.
     *
     * @param line the 1-based line number, for messages
     */
    record Row(long line, long record, Stage stage, String reviewer, Decision decision, String reason, String note) {
    }

    private DecisionsCsv() {
    }

    /** @throws IllegalArgumentException naming the file and line of the first bad row */
    static List<Row> read(String name, Reader in) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).build();
        List<Row> rows = new ArrayList<>();
        for (CSVRecord r : format.parse(in)) {
            long line = r.getRecordNumber() + 1;
            try {
                rows.add(new Row(line, Long.parseLong(r.get("record")), Stage.of(r.get("stage")), r.get("reviewer"),
                        Decision.of(r.get("decision")), blankToNull(optional(r, "reason")),
                        blankToNull(optional(r, "note"))));
            } catch (IllegalArgumentException | IllegalStateException e) {
                throw new IllegalArgumentException(String.format(Locale.ROOT, "%s line %d: %s", name, line,
                        e.getMessage()), e);
            }
        }
        return rows;
    }

    static void write(List<ScreeningDecision> decisions, Writer out) throws IOException {
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER)
                .setRecordSeparator('\n').build())) {
            for (ScreeningDecision d : decisions) {
                printer.printRecord(d.recordId(), d.stage().id(), d.reviewer(), d.decision().id(),
                        d.reason() == null ? "" : d.reason(), d.note() == null ? "" : d.note());
            }
        }
    }

    private static String optional(CSVRecord r, String column) {
        return r.isMapped(column) && r.isSet(column) ? r.get(column) : null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
