package org.evsynth.stats.reference;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The base reference test: every fixture of one folder (written from metafor by a committed script in
 * tools/reference) is run through the library with the fixture's options and every figure it holds is compared
 * at the tolerances of {@link ReferenceComparison}. A subclass says only which folder.
 */
abstract class MetaforReferenceTest {

    /** The fixture folder under src/test/resources/reference. */
    abstract String folder();

    /** How many cases the folder holds at least, so that a lost fixture file does not pass unnoticed. */
    abstract int atLeast();

    @TestFactory
    Stream<DynamicTest> everyFixtureAgreesWithMetafor() throws IOException {
        Path root = resource("reference/" + folder());
        List<Path> cases;
        try (Stream<Path> files = Files.list(root.resolve("cases"))) {
            cases = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertTrue(cases.size() >= atLeast(), "expected the committed fixtures, found " + cases.size());
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> check(root, c)));
    }

    private static void check(Path root, Path fixture) throws IOException {
        JsonNode spec = ResultTree.JSON.readTree(fixture.toFile());
        FixtureTable table = FixtureTable.read(root.resolve("data").resolve(spec.get("data").asText()));
        List<String> args = new ArrayList<>();
        spec.get("args").forEach(a -> args.add(a.asText()));
        FixtureOptions options = new FixtureOptions(args);
        String command = spec.has("command") ? spec.get("command").asText() : "meta";
        ObjectNode actual = switch (command) {
            case "meta" -> new FixtureRun(table, options).meta();
            case "metareg" -> new RegressionFixtureRun(table, options).metareg();
            default -> throw new IllegalArgumentException("unknown command " + command);
        };
        ReferenceComparison comparison = new ReferenceComparison();
        comparison.compare("", spec.get("expected"), actual);
        options.unread().forEach(name -> comparison.mismatches().add(name + ": an option the harness did not apply"));
        if (!comparison.mismatches().isEmpty()) {
            fail(spec.get("description").asText() + ":\n  " + String.join("\n  ", comparison.mismatches()));
        }
    }

    static Path resource(String name) {
        try {
            return Path.of(MetaforReferenceTest.class.getClassLoader().getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
