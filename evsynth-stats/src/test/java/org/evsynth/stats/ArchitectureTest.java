package org.evsynth.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** evsynth-stats is pure math: no I/O, no logging, no standard streams, nothing of evsynth's other modules. */
class ArchitectureTest {

    private static final Pattern FORBIDDEN = Pattern.compile(
            "import java\\.io\\.|import java\\.nio\\.file|import java\\.util\\.logging|import org\\.slf4j"
                    + "|System\\.(out|err)|printStackTrace|import org\\.evsynth\\.(app|records|review)");

    @Test
    void mainSourcesDoNoIoAndDependOnNothingOfOurs() throws IOException {
        List<String> offenders;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            offenders = files.filter(p -> p.toString().endsWith(".java")).filter(ArchitectureTest::offends)
                    .map(Path::toString).toList();
        }
        assertEquals(List.of(), offenders);
    }

    private static boolean offends(Path file) {
        try {
            return FORBIDDEN.matcher(Files.readString(file)).find();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
