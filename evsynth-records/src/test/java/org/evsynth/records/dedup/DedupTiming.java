package org.evsynth.records.dedup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.evsynth.records.Author;
import org.evsynth.records.BibRecord;
import org.evsynth.records.io.RecordReaders;

/**
 * Times deduplication of a large synthetic set; a program, not a unit test. 70% of the records are new
 * "studies" made by recombining the words, authors and journals of real records; 30% are perturbed copies
 * of earlier ones (case, punctuation, dropped DOI, abbreviated pages), as exports from several databases
 * are. Run from the module directory after {@code mvn test-compile}:
 * <pre>
 * java -cp target/classes:target/test-classes org.evsynth.records.dedup.DedupTiming 100000 ../../shared/data
 * </pre>
 */
public final class DedupTiming {

    private DedupTiming() {
    }

    public static void main(String[] args) throws IOException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path data = Paths.get(args.length > 1 ? args[1] : "../../shared/data");
        List<BibRecord> real = new ArrayList<>();
        for (String file : List.of("formats/asysd/zotero_export.ris", "formats/revtools/restoration_scopus.ris",
                "formats/revtools/restoration_WoS.ciw", "dedup/copper-endnote.xml", "screening/BetaBlockers.csv",
                "screening/Opiods.csv")) {
            Path path = data.resolve(file);
            if (Files.exists(path)) {
                real.addAll(RecordReaders.read(path).records());
            }
        }
        if (real.isEmpty()) {
            throw new IllegalArgumentException("no records under " + data.toAbsolutePath());
        }
        List<BibRecord> records = synthesize(real, n, new Random(42));
        long start = System.nanoTime();
        DeduplicationResult result = new Deduplicator().deduplicate(records);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%d records (%d real bases, %d cores): %.1f s; %d merged, %d pairs for review%n",
                records.size(), real.size(), Runtime.getRuntime().availableProcessors(), seconds,
                result.mergedCount(), result.reviewQueue().size());
    }

    static List<BibRecord> synthesize(List<BibRecord> real, int n, Random random) {
        List<String> words = new ArrayList<>();
        for (BibRecord r : real) {
            if (r.title() != null) {
                words.addAll(List.of(r.title().split(" ")));
            }
        }
        List<BibRecord> out = new ArrayList<>(n);
        while (out.size() < n) {
            boolean copy = !out.isEmpty() && random.nextDouble() < 0.3;
            out.add(copy ? perturb(out.get(random.nextInt(out.size())), random)
                    : newStudy(real.get(random.nextInt(real.size())), words, random, out.size()));
        }
        return out;
    }

    private static BibRecord newStudy(BibRecord base, List<String> words, Random random, int serial) {
        StringBuilder title = new StringBuilder();
        int length = 6 + random.nextInt(12);
        for (int i = 0; i < length; i++) {
            title.append(i == 0 ? "" : " ").append(words.get(random.nextInt(words.size())));
        }
        List<Author> authors = new ArrayList<>(base.authors());
        if (!authors.isEmpty()) {
            authors.set(0, new Author(authors.get(0).family() + (char) ('a' + random.nextInt(26)), "J."));
        }
        int page = 1 + random.nextInt(2000);
        return base.toBuilder().title(title.toString()).authors(authors).year(1990 + random.nextInt(35))
                .volume(Integer.toString(1 + random.nextInt(120)))
                .pages(page + "-" + (page + 3 + random.nextInt(20)))
                .doi(random.nextBoolean() ? String.format(Locale.ROOT, "10.9999/synthetic.%d", serial) : null)
                .pmid(null).build();
    }

    private static BibRecord perturb(BibRecord r, Random random) {
        BibRecord.Builder b = r.toBuilder();
        String title = r.title() == null ? "" : r.title();
        switch (random.nextInt(4)) {
            case 0 -> b.title(title.toUpperCase(Locale.ROOT));
            case 1 -> b.title(title + ".");
            case 2 -> b.doi(null);
            default -> b.pages(r.pages() == null ? null : r.pages().replaceAll("-(\\d*)(\\d)$", "-$2"));
        }
        return b.build();
    }
}
