package org.evsynth.report.prisma;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

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
                p.printRecord("database:" + c.name(), cell(c.count()));
            }
            for (NamedCount c : counts.registers()) {
                p.printRecord("register:" + c.name(), cell(c.count()));
            }
            for (Map.Entry<PrismaKey, Long> e : new java.util.TreeMap<>(counts.given()).entrySet()) {
                p.printRecord(e.getKey().id(), cell(e.getValue()));
            }
            for (NamedCount c : counts.reasons()) {
                p.printRecord("reason:" + c.name(), cell(c.count()));
            }
            for (NamedCount c : counts.otherReasons()) {
                p.printRecord("other_reason:" + c.name(), cell(c.count()));
            }
        }
    }

    private static String cell(Long count) {
        return count == null ? "" : count.toString();
    }
}
