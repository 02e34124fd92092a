package org.evsynth.app.cli.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.evsynth.review.Review;
import org.evsynth.review.RiskOfBias;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Risk-of-bias judgements entered from the command line, checked against the tool's scale before anything is written. */
class RiskOfBiasExtractTest {

    @TempDir
    Path tmp;

    @Test
    void judgementsAreStoredPerDomain() throws Exception {
        Path dir = tmp.resolve("rev");
        assertEquals(0, ReviewCli.run("init", dir.toString(), "--title", "RoB").exitCode());
        Path ris = ReviewCli.ris(tmp.resolve("a.ris"), List.of(
                new ReviewCli.Ref("Microaxial flow pump in cardiogenic shock", "Moller, JE", 2024, "10.9/a")));
        assertEquals(0, ReviewCli.run("import", dir.toString(), ris.toString(), "--source", "MEDLINE").exitCode());
        assertEquals(0, ReviewCli.run("studies", dir.toString(), "--create", "DanGer Shock", "--records", "1")
                .exitCode());

        ReviewCli typo = ReviewCli.run("extract", dir.toString(), "--study", "1", "--rob", "rob2", "D1=lwo");
        assertEquals(2, typo.exitCode());
        assertTrue(typo.err().contains("D1=lwo: 'lwo' is not a RoB 2 judgement"), typo.err());
        ReviewCli serious = ReviewCli.run("extract", dir.toString(), "--study", "1", "--rob", "rob2", "D1=serious");
        assertEquals(2, serious.exitCode(), "ROBINS-I's word is not on RoB 2's scale");

        ReviewCli ok = ReviewCli.run("extract", dir.toString(), "--study", "1", "--rob", "rob2", "D1=low",
                "D2=some concerns", "D3=low", "D4=low", "D5=low", "Overall=some concerns", "--support",
                "Open-label; outcome adjudicated blind.");
        assertEquals(0, ok.exitCode(), ok.err());
        try (Review review = Review.open(dir)) {
            List<RiskOfBias> judgements = review.risksOfBias(1);
            assertEquals(6, judgements.size());
            assertEquals("some concerns", judgements.stream().filter(j -> j.domain().equals("Overall"))
                    .findFirst().orElseThrow().judgement().level());
        }
    }
}
