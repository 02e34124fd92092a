package org.evsynth.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every reference case of issue 14 (the extras, the new measures and the meta-regression views: 117 cases, written by
 * tools/reference/extras-, measures- and metareg-fixtures.R with metafor 3.8) run through `evsynth meta|metareg
 * --format json` with the fixture's own options: each option the fixtures name reaches the library, and each key
 * they expect is in the JSON with metafor's figure, at the tolerances of {@link MetaforReferenceTest}.
 */
class MetaforIssue14CliTest {

    private static final List<String> FOLDERS = List.of("extras", "measures", "metareg");

    @TestFactory
    Stream<DynamicTest> everyIssue14CaseThroughTheCommandLine() throws IOException {
        Stream<Path> cases = Stream.empty();
        for (String folder : FOLDERS) {
            Path root = MetaforReferenceTest.REFERENCE.resolve(folder).resolve("cases");
            try (Stream<Path> files = Files.list(root)) {
                cases = Stream.concat(cases, files.filter(f -> f.toString().endsWith(".json")).sorted().toList()
                        .stream());
            }
        }
        return cases.map(fixture -> DynamicTest.dynamicTest(fixture.getParent().getParent().getFileName() + "/"
                + fixture.getFileName(), () -> MetaforReferenceTest.check(fixture.getParent().getParent(), fixture)));
    }
}
