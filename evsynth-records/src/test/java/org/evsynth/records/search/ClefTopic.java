package org.evsynth.records.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * A CLEF eHealth TAR 2017 topic file (CLEF-TAR/tar @ dbc13d0): "Topic:", "Title:", "Query:" with the strategy
 * and "Pids:" with the PMIDs that the strategy retrieved in MEDLINE.
 */
record ClefTopic(String file, String id, String query, List<String> pids) {

    static final Path FOLDER = Path.of("../../shared/data/search-strategies");

    static List<ClefTopic> all() {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.filter(p -> p.getFileName().toString().contains("_topics_"))
                    .sorted()
                    .map(ClefTopic::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ClefTopic read(Path path) {
        try {
            String text = Files.readString(path, StandardCharsets.UTF_8);
            String id = text.substring(text.indexOf("Topic:") + 6, text.indexOf('\n')).trim();
            String query = text.substring(text.indexOf("Query:") + 6, text.indexOf("Pids:"));
            String pids = text.substring(text.indexOf("Pids:") + 5);
            return new ClefTopic(path.getFileName().toString(), id, query,
                    Arrays.stream(pids.split("\\s+")).filter(s -> !s.isBlank()).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
