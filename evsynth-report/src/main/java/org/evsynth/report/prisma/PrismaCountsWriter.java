package org.evsynth.report.prisma;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.evsynth.records.io.SpreadsheetSafe;

/**
 * Writes counts as the {@code box,count} CSV that {@link PrismaCounts#read} reads back to the same counts: every
 * single count given, records per database and register, and reports excluded per reason; an unknown count is an
 * empty cell.
 */
public final class PrismaCountsWriter {

    private PrismaCountsWriter() {
    }

    public static void write(PrismaCounts counts, Writer out) throws IOException {
        try (CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("box", "count")
                .setRecordSeparator('\n').build())) {
            for (NamedCount c : counts.databases()) {
                row(p, "database:" + c.name(), c.count());
            }
            for (NamedCount c : counts.registers()) {
                row(p, "register:" + c.name(), c.count());
            }
            for (Map.Entry<PrismaKey, Long> e : new java.util.TreeMap<>(counts.given()).entrySet()) {
                row(p, e.getKey().id(), e.getValue());
            }
            for (NamedCount c : counts.reasons()) {
                row(p, "reason:" + c.name(), c.count());
            }
            for (NamedCount c : counts.otherReasons()) {
                row(p, "other_reason:" + c.name(), c.count());
            }
        }
    }

    /** One row; the key goes through {@link SpreadsheetSafe} like every text cell evsynth writes. */
    private static void row(CSVPrinter p, String key, Long count) throws IOException {
        p.printRecord(SpreadsheetSafe.cell(key), count == null ? "" : count.toString());
    }
}
