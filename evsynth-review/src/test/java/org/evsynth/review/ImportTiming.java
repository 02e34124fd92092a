package org.evsynth.review;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Not a test: times importing 100,000 records and recording 10,000 screening decisions on SQLite. The records
 * are a real 1,000-record RIS export repeated 100 times with each copy's titles and DOIs changed.
 *
 * <pre>java -cp ... org.evsynth.review.ImportTiming /work/shared/data/formats/asysd/zotero_export.ris OUTDIR</pre>
 */
public final class ImportTiming {

    private ImportTiming() {
    }

    public static void main(String[] args) throws Exception {
        String export = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        int copies = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        StringBuilder big = new StringBuilder(export.length() * copies);
        for (int k = 0; k < copies; k++) {
            String tag = String.format(Locale.ROOT, "[copy %d] ", k);
            big.append(export.replace("\nTI  - ", "\nTI  - " + tag).replace("TY  - ", "TY  - ")
                    .replaceAll("(?m)^DO  - (.*)$", "DO  - $1." + k)).append('\n');
        }
        Path file = out.resolve("records-100k.ris");
        Files.writeString(file, big, StandardCharsets.UTF_8);
        Path dir = out.resolve("review");
        try (Review review = Review.create(dir, "Timing")) {
            long t0 = System.nanoTime();
            ImportSummary s = review.importSearch(file, "Web of Science", LocalDate.of(2025, 1, 1), null, "timing");
            double importSeconds = seconds(t0);
            System.out.printf(Locale.ROOT, "import: %d records in %.1f s (%,d bytes of RIS)%n", s.recordsAdded(),
                    importSeconds, Files.size(file));
            t0 = System.nanoTime();
            PrismaCounts counts = review.status();
            System.out.printf(Locale.ROOT, "status over %d records: %.2f s%n", counts.identifiedTotal(),
                    seconds(t0));
            t0 = System.nanoTime();
            for (long id = 1; id <= 10_000; id++) {
                review.decide(id, Stage.TITLE_ABSTRACT, "timing", id % 4 == 0 ? Decision.INCLUDE : Decision.EXCLUDE,
                        null, null);
            }
            System.out.printf(Locale.ROOT, "10,000 decisions, one transaction each: %.1f s%n", seconds(t0));
            t0 = System.nanoTime();
            review.status();
            System.out.printf(Locale.ROOT, "status after the decisions: %.2f s%n", seconds(t0));
        }
        System.out.printf(Locale.ROOT, "review.db: %,d bytes%n", Files.size(dir.resolve(Review.DATABASE_FILE)));
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
