package org.evsynth.report.rob;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.evsynth.records.io.SpreadsheetSafe;

/**
 * Writes a judgement table in robvis' layout ({@code Study, D1..Dn, Overall[, Weight]}), as {@link RobTable#read}
 * reads it; a study label a spreadsheet would run as a formula gets a leading apostrophe ({@link SpreadsheetSafe}).
 */
public final class RobTableWriter {

    private RobTableWriter() {
    }

    public static void write(RobTable table, Writer out) throws IOException {
        List<String> header = new ArrayList<>(List.of("Study"));
        for (int d = 1; d <= table.domainCount(); d++) {
            header.add("D" + d);
        }
        header.add("Overall");
        if (table.hasWeights()) {
            header.add("Weight");
        }
        try (CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new))
                .setRecordSeparator('\n').build())) {
            for (RobStudy study : table.studies()) {
                List<Object> cells = new ArrayList<>(List.of(SpreadsheetSafe.cell(study.name())));
                study.domains().forEach(j -> cells.add(j.label()));
                cells.add(study.overall().label());
                if (table.hasWeights()) {
                    cells.add(study.weight());
                }
                p.printRecord(cells);
            }
        }
    }
}
