package org.evsynth.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An imported search keeps its strategy's per-line hits on its own records, as NICE prints them. */
class StrategyHitsTest {

    @TempDir
    Path tmp;

    private Path export() throws Exception {
        return Ris.write(tmp.resolve("medline.ris"), List.of(
                new Ris.Ref("Microaxial flow pump in cardiogenic shock", "Moller, JE", 2024, "10.9/danger"),
                new Ris.Ref("Cardiogenic shock after myocardial infarction", "Thiele, H", 2012, "10.9/iabp"),
                new Ris.Ref("Tuberculosis vaccine efficacy in adolescents", "Aronson, JD", 1948, "10.9/bcg")));
    }

    @Test
    void everyLineHasItsHits() throws Exception {
        try (Review review = Review.create(tmp.resolve("rev"), "t", Actor.named("owner"))) {
            review.searches().importFile(Actor.named("alice"), Searches.Import.of(export(), "MEDLINE", SourceKind.DATABASE, LocalDate.of(2025, 2, 28), "1 cardiogenic shock.ti.\n2 (impella or microaxial).ti,ab.\n3 1 and 2\n"));
            SearchInfo search = review.searches().list().get(0);
            JsonNode lines = new ObjectMapper().readTree(search.strategyHits());
            assertEquals(3, lines.size());
            assertEquals(2, lines.get(0).get("hits").asInt());
            assertEquals(1, lines.get(1).get("hits").asInt());
            assertEquals(1, lines.get(2).get("hits").asInt());
        }
    }

    @Test
    void aStrategyThatCannotBeParsedIsKeptAsTextWithAWarning() throws Exception {
        try (Review review = Review.create(tmp.resolve("rev"), "t", Actor.named("owner"))) {
            ImportSummary summary = review.searches().importFile(Actor.named("alice"), Searches.Import.of(export(), "MEDLINE",
                    SourceKind.DATABASE, null, "1 (heart adj3 pump\n"));
            assertTrue(summary.warnings().stream().anyMatch(w -> w.contains("strategy kept as text but not run")),
                    summary.warnings().toString());
            assertNull(review.searches().list().get(0).strategyHits());
            assertEquals("1 (heart adj3 pump\n", review.searches().list().get(0).strategy());
        }
    }
}
