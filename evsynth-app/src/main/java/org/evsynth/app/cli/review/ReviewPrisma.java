package org.evsynth.app.cli.review;

import org.evsynth.app.cli.ExitCode;
import org.evsynth.app.cli.CommandFailure;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.evsynth.report.prisma.NamedCount;
import org.evsynth.report.prisma.PrismaDiagram;
import org.evsynth.report.prisma.PrismaKey;
import org.evsynth.review.ReviewStatus;
import org.evsynth.report.render.FigureFiles;
import picocli.CommandLine.Model.CommandSpec;

/**
 * A review's counts in the PRISMA 2020 diagram's terms ({@link PrismaKey}): {@code evsynth prisma DIR} draws them
 * and {@code evsynth export} writes them as the bundle's prisma.csv. Sources imported with --register count as
 * registers, the others as databases; nothing is removed by automation tools or for other reasons.
 */
public final class ReviewPrisma {

    private ReviewPrisma() {
    }

    /** The single counts of the diagram. */
    static Map<PrismaKey, Long> given(ReviewStatus s) {
        Map<PrismaKey, Long> m = new EnumMap<>(PrismaKey.class);
        m.put(PrismaKey.DATABASE_RESULTS, (long) s.identifiedTotal());
        m.put(PrismaKey.DUPLICATES, (long) s.duplicatesRemoved());
        m.put(PrismaKey.EXCLUDED_AUTOMATIC, 0L);
        m.put(PrismaKey.EXCLUDED_OTHER, 0L);
        m.put(PrismaKey.RECORDS_SCREENED, (long) s.screened());
        m.put(PrismaKey.RECORDS_EXCLUDED, (long) s.excludedScreening());
        m.put(PrismaKey.DBR_SOUGHT_REPORTS, (long) s.sought());
        m.put(PrismaKey.DBR_NOTRETRIEVED_REPORTS, (long) s.notRetrieved());
        m.put(PrismaKey.DBR_ASSESSED, (long) s.assessed());
        m.put(PrismaKey.DBR_EXCLUDED, s.excludedFullText().values().stream().mapToLong(Integer::longValue).sum());
        m.put(PrismaKey.NEW_STUDIES, (long) s.studiesIncluded());
        m.put(PrismaKey.NEW_REPORTS, (long) s.reportsIncluded());
        return m;
    }

    /** The diagram's counts, with records per source and reports excluded per reason. */
    static org.evsynth.report.prisma.PrismaCounts counts(ReviewStatus s) {
        return new org.evsynth.report.prisma.PrismaCounts(given(s), named(sources(s, false)), named(sources(s, true)),
                named(s.excludedFullText()), List.of(), List.of());
    }

    /** The records per source, of the registers or of the databases only. */
    private static Map<String, Integer> sources(ReviewStatus s, boolean registers) {
        Map<String, Integer> out = new TreeMap<>();
        s.identifiedPerSource().forEach((name, n) -> {
            if (s.registers().contains(name) == registers) {
                out.put(name, n);
            }
        });
        return out;
    }

    private static List<NamedCount> named(Map<String, Integer> counts) {
        List<NamedCount> out = new ArrayList<>();
        new TreeMap<>(counts).forEach((name, n) -> out.add(new NamedCount(name, n.longValue())));
        return out;
    }

    /** The counts as a {@code box,count} CSV that {@code evsynth prisma COUNTS.csv} and the bundle read. */
    static void writeCsv(ReviewStatus s, Writer out) throws IOException {
        try (CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("box", "count")
                .setRecordSeparator('\n').build())) {
            for (NamedCount c : named(sources(s, false))) {
                p.printRecord("database:" + c.name(), c.count());
            }
            for (NamedCount c : named(sources(s, true))) {
                p.printRecord("register:" + c.name(), c.count());
            }
            for (Map.Entry<PrismaKey, Long> e : given(s).entrySet()) {
                if (e.getKey() != PrismaKey.DBR_EXCLUDED) {
                    p.printRecord(e.getKey().id(), e.getValue());
                }
            }
            for (NamedCount c : named(s.excludedFullText())) {
                p.printRecord("reason:" + c.name(), c.count());
            }
        }
    }

    /** {@code evsynth prisma DIR --out F}: draws the review's diagram; counts still open are warned about. */
    public static int draw(CommandSpec spec, Path dir, ReviewOptions options, Path out) throws IOException {
        return ReviewRun.run(spec, dir, options, review -> {
            PrismaDiagram diagram = PrismaDiagram.of(counts(review.status()));
            for (String warning : diagram.warnings()) {
                spec.commandLine().getErr().println("warning: " + dir + ": " + warning);
            }
            try {
                FigureFiles.write(diagram.svg(), out);
            } catch (IOException e) {
                throw CommandFailure.failed("cannot write " + out + ": " + e.getMessage());
            }
            spec.commandLine().getOut().println(out);
            return ExitCode.OK;
        });
    }
}
