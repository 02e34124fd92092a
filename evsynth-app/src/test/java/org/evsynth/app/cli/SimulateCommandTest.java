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
                "stopped_at", "recall_at_stop", "recall_curve", "seeds")) {
            assertTrue(json.has(key), key);
        }
        assertEquals(150, json.get("records").asInt());
        assertEquals(15, json.get("relevant").asInt());
        assertTrue(json.get("wss_at_95").asDouble() > 30, run.out());
        assertEquals(2, json.get("seeds").size());
        assertEquals(1, json.get("seeds").get(0).get("seed").asInt());
        assertTrue(json.get("seeds").get(1).has("recall_curve"));
        String svg = Files.readString(plot);
        assertEquals(2, svg.split("class=\"recall-curve\"", -1).length - 1);
        assertTrue(svg.contains("random-line") && svg.contains("perfect-line"));
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
