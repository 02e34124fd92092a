package org.evsynth.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateCommandTest {

    @TempDir
    Path dir;

    /** A screening CSV: 150 records, the first 15 on statins and labelled I, the rest E. */
    private Path labelled() throws IOException {
        String[] common = "patients study results treatment clinical group outcome risk hospital surgery pain"
                .split(" ");
        String[] topic = "statin atorvastatin cholesterol coronary".split(" ");
        SplittableRandom random = new SplittableRandom(1);
        List<String> lines = new ArrayList<>(List.of("title,abstracts,label1"));
        for (int i = 0; i < 150; i++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 30; w++) {
                String[] words = i < 15 && random.nextInt(4) == 0 ? topic : common;
                text.append(words[random.nextInt(words.length)]).append(' ');
            }
            lines.add("Record " + i + "," + text.toString().strip() + "," + (i < 15 ? "I" : "E"));
        }
        Path file = dir.resolve("set.csv");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void jsonHasTheMetricsPerSeedAndOnAverage() throws IOException {
        Path plot = dir.resolve("curve.svg");
        CliRun run = CliRun.of("simulate", labelled().toString(), "--label", "label1", "--include-values", "I",
                "--seeds", "2", "--format", "json", "--plot", plot.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        for (String key : List.of("records", "relevant", "screened_at_95", "wss_at_95", "wss_at_100", "rrf_at_10",
                "switched_at", "stopped_at", "recall_at_stop", "work_saved_at_stop", "ranked_tail_stopped_at",
                "ranked_tail_recall_at_stop", "recall_curve", "seeds")) {
            assertTrue(json.has(key), key);
            assertTrue(json.get("seeds").get(0).has(key) || key.equals("seeds"), "per seed: " + key);
        }
        JsonNode first = json.get("seeds").get(0);
        assertTrue(first.get("switched_at").asInt() > 0, "random sampling began after the ranking");
        assertTrue(first.get("stopped_at").asInt() > first.get("switched_at").asInt());
        assertTrue(first.get("recall_at_stop").asDouble() >= 0.95, run.out());
        assertEquals(100.0 * (150 - first.get("stopped_at").asInt()) / 150, first.get("work_saved_at_stop").asDouble(),
                1e-9);
        assertEquals("random-sample", json.get("stopping").get("protocol").asText());
        assertEquals(150, json.get("records").asInt());
        assertEquals(15, json.get("relevant").asInt());
        assertTrue(json.get("wss_at_95").asDouble() > 30, run.out());
        assertEquals(2, json.get("seeds").size());
        assertEquals(1, json.get("seeds").get(0).get("seed").asInt());
        assertTrue(json.get("seeds").get(1).has("recall_curve"));
        String svg = Files.readString(plot);
        assertEquals(2, svg.split("class=\"recall-curve\"", -1).length - 1);
        assertTrue(svg.contains("random-line") && svg.contains("perfect-line"));
        assertEquals(2, svg.split("class=\"switch-point\"", -1).length - 1, "the switch to random sampling");
        assertEquals(2, svg.split("class=\"stop-point\"", -1).length - 1);
    }

    @Test
    void rankedTailProtocolNeverSamples() throws IOException {
        CliRun run = CliRun.of("simulate", labelled().toString(), "--seeds", "1", "--stopping", "ranked-tail",
                "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertTrue(json.get("switched_at").isNull());
        assertEquals(json.get("stopped_at").asDouble(), json.get("ranked_tail_stopped_at").asDouble(), 0);
        assertEquals("ranked-tail", json.get("stopping").get("protocol").asText());
        CliRun bad = CliRun.of("simulate", labelled().toString(), "--stopping", "knee");
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("'knee' is not random-sample or ranked-tail"), bad.err());
    }

    @Test
    void textTableAndReproducibility() throws IOException {
        Path file = labelled();
        CliRun a = CliRun.of("simulate", file.toString(), "--seeds", "1");
        CliRun b = CliRun.of("simulate", file.toString(), "--seeds", "1");
        assertEquals(0, a.exitCode(), a.err());
        assertTrue(a.out().contains("WSS@95") && a.out().contains("labels from label1"), a.out());
        assertEquals(a.out(), b.out());
    }

    @Test
    void badInputExitsTwoNamingTheProblem() throws IOException {
        Path file = labelled();
        CliRun missingColumn = CliRun.of("simulate", file.toString(), "--label", "verdict");
        assertEquals(2, missingColumn.exitCode());
        assertTrue(missingColumn.err().contains("no label column 'verdict'"), missingColumn.err());
        assertEquals("", missingColumn.out());

        Path blank = dir.resolve("blank.csv");
        Files.writeString(blank, "title,abstracts,label1\nA,aspirin trial,I\nB,statin trial,\nC,knee,E\n");
        CliRun blankLabel = CliRun.of("simulate", blank.toString());
        assertEquals(2, blankLabel.exitCode());
        assertTrue(blankLabel.err().contains("blank.csv, line 3, column label1"), blankLabel.err());

        CliRun noRelevant = CliRun.of("simulate", file.toString(), "--include-values", "yes");
        assertEquals(2, noRelevant.exitCode());
        assertTrue(noRelevant.err().contains("no record is labelled relevant"), noRelevant.err());

        assertEquals(2, CliRun.of("simulate", dir.resolve("absent.csv").toString()).exitCode());
        assertEquals(2, CliRun.of("simulate", file.toString(), "--seeds", "0").exitCode());
        assertEquals(2, CliRun.of("simulate", file.toString(), "--plot", "x.gif").exitCode());
        assertEquals(2, CliRun.of("simulate", file.toString(), "--model", "nb").exitCode());
    }
}
