package org.evsynth.review;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Not a test: times a review of 100,000 records on SQLite — the import, opening (with its integrity check), status,
 * single decisions, and the reads the team web app needs fast (a reviewer's next record, a record with the decisions
 * they may see, the conflicts, the audit log of one person), before and after one reviewer has decided 90,000
 * records ahead of the other. The records are a real 1,000-record RIS export repeated 100 times with each copy's
 * titles and DOIs changed.
 *
 * <pre>java -cp ... org.evsynth.review.ImportTiming /work/shared/data/formats/asysd/zotero_export.ris OUTDIR</pre>
 */
public final class ImportTiming {

    private static final Actor ANN = Actor.named("ann");
    private static final Actor BOB = Actor.named("bob");
    private static final int CALLS = 200;

    private ImportTiming() {
    }

    public static void main(String[] args) throws Exception {
        Path file = bigExport(Path.of(args[0]), Path.of(args[1]), args.length > 2 ? Integer.parseInt(args[2]) : 100);
        Path dir = Path.of(args[1]).resolve("review");
        try (Review review = Review.create(dir, "Timing", Actor.named("owner"))) {
            long t0 = System.nanoTime();
            ImportSummary s = review.searches().importFile(ANN, Searches.Import.of(file, "Web of Science",
                    SourceKind.DATABASE, LocalDate.of(2025, 1, 1), null));
            System.out.printf(Locale.ROOT, "import: %d records in %.1f s (%,d bytes of RIS)%n", s.recordsAdded(),
                    seconds(t0), Files.size(file));
        }
        long t0 = System.nanoTime();
        try (Review review = Review.open(dir)) {
            System.out.printf(Locale.ROOT, "open with PRAGMA quick_check: %.2f s (review.db %,d bytes)%n",
                    seconds(t0), Files.size(dir.resolve(Review.DATABASE_FILE)));
            t0 = System.nanoTime();
            ReviewStatus counts = review.status();
            System.out.printf(Locale.ROOT, "status over %d records: %.2f s%n", counts.identifiedTotal(), seconds(t0));
            t0 = System.nanoTime();
            for (long id = 1; id <= 10_000; id++) {
                review.screening().decide(ANN, new Screening.Decide(id, Stage.TITLE_ABSTRACT,
                        id % 4 == 0 ? Decision.INCLUDE : Decision.EXCLUDE, null, null));
            }
            System.out.printf(Locale.ROOT, "10,000 decisions, one transaction each: %.1f s%n", seconds(t0));
            reads(review, "after 10,000 of ann's decisions");
            t0 = System.nanoTime();
            StringBuilder csv = new StringBuilder("record,stage,reviewer,decision\n");
            for (long id = 10_001; id <= 90_000; id++) {
                csv.append(id).append(",title-abstract,ann,").append(id % 4 == 0 ? "include" : "exclude").append('\n');
            }
            review.screening().importDecisions(ANN, new CsvSource("ann.csv", new StringReader(csv.toString())));
            System.out.printf(Locale.ROOT, "80,000 decisions from one CSV file, one transaction: %.1f s%n",
                    seconds(t0));
            reads(review, "after 90,000 of ann's decisions, none of bob's");
            t0 = System.nanoTime();
            review.status();
            System.out.printf(Locale.ROOT, "status after the decisions: %.2f s%n", seconds(t0));
        }
    }

    private static void reads(Review review, String when) {
        System.out.printf(Locale.ROOT, "%s:%n", when);
        time("  next record for ann (at record %s)", () -> review.screening().next(ANN, Stage.TITLE_ABSTRACT)
                .map(r -> r.id()).orElse(0L));
        time("  next record for bob (at record %s)", () -> review.screening().next(BOB, Stage.TITLE_ABSTRACT)
                .map(r -> r.id()).orElse(0L));
        time("  record 5,000 as bob may see it (%s decisions)", () -> review.screening().record(BOB, 5_000)
                .decisions().size());
        time("  conflicts (%s)", () -> review.conflicts().list(null).size());
        time("  bob's audit entries (%s)", () -> review.audit().entries(new AuditLog.Query("bob", null, null, null))
                .size());
    }

    /** Prints the median and 95th percentile of {@value #CALLS} warm calls. */
    private static void time(String what, Supplier<Object> call) {
        Object result = null;
        for (int i = 0; i < 20; i++) {
            result = call.get();
        }
        double[] ms = new double[CALLS];
        for (int i = 0; i < CALLS; i++) {
            long t = System.nanoTime();
            result = call.get();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "%s: median %.2f ms, 95th percentile %.2f ms%n", String.format(Locale.ROOT,
                what, result), ms[CALLS / 2], ms[CALLS * 95 / 100]);
    }

    private static Path bigExport(Path export, Path out, int copies) throws Exception {
        String text = Files.readString(export, StandardCharsets.UTF_8);
        Files.createDirectories(out);
        StringBuilder big = new StringBuilder(text.length() * copies);
        for (int k = 0; k < copies; k++) {
            String tag = String.format(Locale.ROOT, "[copy %d] ", k);
            big.append(text.replace("\nTI  - ", "\nTI  - " + tag).replaceAll("(?m)^DO  - (.*)$", "DO  - $1." + k))
                    .append('\n');
        }
        return Files.writeString(out.resolve("records-100k.ris"), big, StandardCharsets.UTF_8);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
