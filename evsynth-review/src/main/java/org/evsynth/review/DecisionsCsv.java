package org.evsynth.review;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Screening decisions as CSV with the columns {@code record,stage,reviewer,decision,reason,note}. */
final class DecisionsCsv {

    static final List<String> REQUIRED = List.of("record", "stage", "reviewer", "decision");
    static final List<String> OPTIONAL = List.of("reason", "note");

    /** A decision read from a CSV line, by its reviewer. */
    record Row(CsvTable.Row source, Actor reviewer, Screening.Decide decide) {
    }

    private DecisionsCsv() {
    }

    /** @throws InvalidInputException naming the file, line and column of the first bad row */
    static List<Row> read(CsvSource csv) {
        List<Row> rows = new ArrayList<>();
        for (CsvTable.Row r : CsvTable.read(csv, REQUIRED, OPTIONAL).rows()) {
            rows.add(new Row(r, reviewer(r), new Screening.Decide(r.number("record"), stage(r), decision(r),
                    SpreadsheetCell.read(r.get("reason")), SpreadsheetCell.read(r.get("note")))));
        }
        return rows;
    }

    static Stage stage(CsvTable.Row r) {
        try {
            return Stage.of(r.required("stage"));
        } catch (IllegalArgumentException e) {
            throw r.error("stage", e.getMessage());
        }
    }

    private static Decision decision(CsvTable.Row r) {
        try {
            return Decision.of(r.required("decision"));
        } catch (IllegalArgumentException e) {
            throw r.error("decision", e.getMessage());
        }
    }

    private static Actor reviewer(CsvTable.Row r) {
        try {
            return Actor.named(r.required("reviewer"));
        } catch (InvalidInputException e) {
            throw r.error("reviewer", e.getMessage());
        }
    }

    static void write(List<ScreeningDecision> decisions, Writer out) throws IOException {
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader("record", "stage", "reviewer", "decision", "reason", "note").setRecordSeparator('\n')
                .build())) {
            for (ScreeningDecision d : decisions) {
                printer.printRecord(d.recordId(), d.stage().id(), d.reviewer(), d.decision().id(),
                        SpreadsheetCell.text(d.reason()), SpreadsheetCell.text(d.note()));
            }
        }
    }
}
