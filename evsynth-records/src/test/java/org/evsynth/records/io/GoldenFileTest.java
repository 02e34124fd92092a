package org.evsynth.records.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each export under src/test/resources/golden is read (format detected from content) and written as JSON,
 * which must equal {@code <name>.expected.json} beside it. Run with {@code -Dgolden.update=true} to rewrite
 * the expected files, then check the changes by eye against the inputs before committing them.
 */
class GoldenFileTest {

    private static final Path GOLDEN = Paths.get("src", "test", "resources", "golden");
    private static final List<String> NOT_INPUTS = List.of(".json", ".py", ".md");

    static Stream<String> inputs() throws IOException {
        try (Stream<Path> files = Files.list(GOLDEN)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> NOT_INPUTS.stream().noneMatch(n::endsWith))
                    .sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void readsAsRecordedInTheExpectedJson(String name) throws IOException {
        ImportResult result = RecordReaders.read(name, Files.readAllBytes(GOLDEN.resolve(name)));
        StringWriter json = new StringWriter();
        new JsonWriter().write(result, json);
        Path expected = GOLDEN.resolve(name + ".expected.json");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(expected, json.toString(), StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), json.toString(), name);
    }
}
