package org.evsynth.app.report;

import java.io.IOException;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The report of the worked example, written once per test run into target/example-report (it takes most of a minute
 * on a busy 2-core machine) and read by every test that needs it.
 */
final class ExampleReport {

    private static ReportCommandTest.Run run;
    private static Path out;

    private ExampleReport() {
    }

    /** The run of `evsynth report examples/mcs-cardiogenic-shock --out OUT`. */
    static synchronized ReportCommandTest.Run run() {
        if (run == null) {
            out = Path.of("target", "example-report").toAbsolutePath();
            run = ReportCommandTest.Run.of("report", ReportCommandTest.example().toString(), "--out", out.toString());
        }
        return run;
    }

    /** The report folder. */
    static Path folder() {
        run();
        return out;
    }

    /** Its results.json. */
    static JsonNode results() throws IOException {
        return new ObjectMapper().readTree(folder().resolve("results.json").toFile());
    }
}
