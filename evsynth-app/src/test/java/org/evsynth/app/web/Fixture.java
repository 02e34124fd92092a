package org.evsynth.app.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.evsynth.review.Actor;
import org.evsynth.review.Decision;
import org.evsynth.review.ImportSummary;
import org.evsynth.review.Screening;
import org.evsynth.review.ScreeningDecision;
import org.evsynth.review.Searches;
import org.evsynth.review.SourceKind;
import org.evsynth.review.Stage;

/** Records, exports and decisions for the web tests, made through the review's own operations. */
final class Fixture {

    /** A real export from the shared data: 104 PubMed records on ecological restoration. */
    static final Path PUBMED = Path.of("..", "..", "shared", "data", "formats", "revtools",
            "restoration_pubmed.nbib");
    /** The same topic from Scopus, as RIS. */
    static final Path SCOPUS = Path.of("..", "..", "shared", "data", "formats", "revtools",
            "restoration_scopus.ris");

    /** A protocol whose question and criteria give words to mark. */
    static final String CRITERIA = """
            question:
              population: adults in cardiogenic shock
              intervention: microaxial flow pump
            eligibility:
              include: [randomised]
              exclude: [paediatric]
            """;

    /** One record of a RIS export. */
    record Ref(String title, String author, String summary, int year, String doi) {
    }

    private Fixture() {
    }

    /** {@code n} records "Trial i of a microaxial flow pump in cardiogenic shock", ids 1..n when imported first. */
    static List<Ref> trials(int n) {
        return java.util.stream.IntStream.rangeClosed(1, n).mapToObj(i -> new Ref("Trial " + i
                + " of a microaxial flow pump in cardiogenic shock", "Author" + i + ", A", "A randomised trial "
                + "number " + i + "; paediatric patients were not enrolled.", 2000 + i % 25, "10.9999/t" + i)).toList();
    }

    static byte[] ris(List<Ref> refs) {
        StringBuilder b = new StringBuilder();
        for (Ref r : refs) {
            b.append("TY  - JOUR\nTI  - ").append(r.title()).append("\nAU  - ").append(r.author())
                    .append("\nPY  - ").append(r.year()).append("\nT2  - Journal of Test Studies\n");
            if (r.summary() != null) {
                b.append("AB  - ").append(r.summary()).append('\n');
            }
            if (r.doi() != null) {
                b.append("DO  - ").append(r.doi()).append('\n');
            }
            b.append("ER  - \n\n");
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Imports the records as one MEDLINE search, as Olivia. */
    static ImportSummary load(TestSite site, String fileName, List<Ref> refs) {
        return site.review.searches().importFile(Actor.named("Olivia"), new Searches.Import(fileName, ris(refs),
                "MEDLINE", SourceKind.DATABASE, null, null));
    }

    /** Adds the criteria to the site's protocol, so records have words to mark. */
    static void withCriteria(TestSite site) {
        String yaml = site.review.protocol().yaml();
        String edited = yaml.replaceAll("(?ms)^question:.*?(?=^outcomes_of_interest:)", CRITERIA);
        site.review.updateProtocol(Actor.named("Olivia"), edited);
    }

    /** Names an arbiter in the protocol's screening section. */
    static void arbiter(TestSite site, String name) {
        String yaml = site.review.protocol().yaml();
        site.review.updateProtocol(Actor.named("Olivia"), yaml.replace("# arbiter: Carol", "arbiter: " + name));
    }

    static ScreeningDecision decide(TestSite site, String who, long record, Decision decision, String note) {
        return site.review.screening().decide(Actor.named(who), new Screening.Decide(record, Stage.TITLE_ABSTRACT,
                decision, null, note));
    }

    /** Skips the test, saying why, when the shared data is not beside the project (a clone on its own). */
    static void assumeShared(Path file) {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(file),
                "skipped: no " + file + " (the shared data beside the project)");
    }

    /** A shared data file's bytes; the test is skipped when the shared data is absent. */
    static byte[] read(Path file) {
        assumeShared(file);
        try {
            return Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
