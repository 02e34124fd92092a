package org.evsynth.app.cli.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.evsynth.report.bundle.AnalysisBundle;
import org.evsynth.report.bundle.BundleContent;
import org.evsynth.report.export.BundleExport;
import org.evsynth.report.table.StudyTableReader;
import org.evsynth.review.Review;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `evsynth export --bundle OUT` on a small live review: what it writes reads back as the bundle it built, and nothing
 * outside OUT is ever written or deleted, whatever OUT/.evsynth-export lists or OUT/data links to.
 */
class ExportCommandTest {

    @TempDir
    Path tmp;

    private String dir;

    /** Two dual-screened, included studies with a binary outcome, a contrast, and one study's arms only. */
    @BeforeEach
    void review() throws IOException {
        dir = tmp.resolve("rev").toString();
        ok(ReviewCli.run("init", dir, "--title", "Impella versus VA-ECMO"));
        Path ris = ReviewCli.ris(tmp.resolve("m.ris"), ReviewCli.medline().subList(0, 3));
        ok(ReviewCli.run("import", dir, ris.toString(), "--source", "MEDLINE"));
        StringBuilder csv = new StringBuilder("record,stage,reviewer,decision,reason,note\n");
        for (int record = 1; record <= 2; record++) {
            for (String stage : List.of("title-abstract", "full-text")) {
                for (String reviewer : List.of("ann", "bob")) {
                    csv.append(record).append(',').append(stage).append(',').append(reviewer).append(",include,,\n");
                }
            }
        }
        Path decisions = Files.writeString(tmp.resolve("d.csv"), csv);
        ok(ReviewCli.run("decisions", dir, "--import", decisions.toString()));
        ok(ReviewCli.run("studies", dir, "--create", "DanGer Shock", "--records", "1"));
        ok(ReviewCli.run("studies", dir, "--create", "ECLS-SHOCK", "--records", "2"));
        extract("1", "Death", "Impella", "events=82", "total=179");
        extract("1", "Death", "Control", "events=103", "total=176");
        extract("2", "Death", "Impella", "events=10", "total=20");
        extract("2", "Death", "Control", "events=12", "total=21");
        extract("1", "Death (HR)", "HR", "estimate=0.74", "lower=0.55", "upper=0.99");
    }

    private void extract(String study, String outcome, String arm, String... values) {
        List<String> args = new ArrayList<>(List.of("extract", dir, "--study", study, "--outcome", outcome, "--arm",
                arm));
        args.addAll(List.of(values));
        ok(ReviewCli.run(args.toArray(String[]::new)));
    }

    @Test
    void whatIsExportedReadsBackAsTheBundleItBuilt() throws Exception {
        Path out = tmp.resolve("bundle");
        ok(ReviewCli.run("export", dir, "--bundle", out.toString()));
        BundleContent built;
        try (Review review = Review.open(Path.of(dir))) {
            built = BundleExport.content(review, new ArrayList<>());
        }
        AnalysisBundle read = AnalysisBundle.load(out);
        assertEquals(built.title(), read.title());
        assertEquals(built.question(), read.question());
        assertEquals(built.outcomes().size(), read.outcomes().size());
        for (int i = 0; i < built.outcomes().size(); i++) {
            BundleContent.OutcomeContent o = built.outcomes().get(i);
            assertEquals(o.name(), read.outcomes().get(i).name());
            assertEquals(o.kind(), read.outcomes().get(i).kind());
            assertEquals(o.measure(), read.outcomes().get(i).options().measure());
            assertEquals(o.rows().size(), StudyTableReader.read(read.outcomes().get(i).data(), o.measure()).rows()
                    .size());
        }
        assertEquals(built.prisma().given(), read.prisma().counts().given(), "every count the review knows");
    }

    @Test
    void aManifestNamingFilesOutsideTheBundleDeletesNothingThere() throws IOException {
        Path out = tmp.resolve("bundle");
        ok(ReviewCli.run("export", dir, "--bundle", out.toString()));
        Path victim = Files.writeString(tmp.resolve("victim.txt"), "someone else's");
        Path folder = Files.createDirectories(out.resolve("empty"));
        Files.writeString(out.resolve(".evsynth-export"), victim.toAbsolutePath() + "\n../victim.txt\nempty\n",
                java.nio.file.StandardOpenOption.APPEND);
        ok(ReviewCli.run("export", dir, "--bundle", out.toString()));
        assertTrue(Files.exists(victim), "a path outside OUT in the manifest is never deleted");
        assertTrue(Files.isDirectory(folder), "a folder in the manifest is never deleted");
    }

    @Test
    void aSymlinkedDataFolderIsRefusedAndNothingIsWrittenThroughIt() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("bundle"));
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.createSymbolicLink(out.resolve("data"), elsewhere);
        ReviewCli run = ReviewCli.run("export", dir, "--bundle", out.toString());
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("is a symbolic link"), run.err());
        try (Stream<Path> files = Files.list(elsewhere)) {
            assertEquals(0, files.count());
        }
        assertFalse(Files.exists(out.resolve("review.yaml")));
    }

    private static ReviewCli ok(ReviewCli run) {
        assertEquals(0, run.exitCode(), run.err());
        return run;
    }
}
