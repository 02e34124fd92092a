package org.evsynth.report.bundle;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** review.yaml may only name files inside its bundle folder, after symbolic links; and no message repeats a file. */
class BundleConfinementTest {

    @TempDir
    Path tmp;

    private Path bundle(String data, String extra) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("bundle"));
        Files.writeString(dir.resolve("review.yaml"), """
                title: A review
                question: {population: adults, intervention: A, comparator: B}
                comparisons:
                  - name: A versus B
                    intervention_label: A
                    comparator_label: B
                    outcomes:
                      - name: Death
                        data: %s
                %s""".formatted(data, extra));
        return dir;
    }

    private Path secretCsv() throws IOException {
        Path secret = tmp.resolve("secret.csv");
        Files.writeString(secret, "study,events_1,total_1,events_2,total_2\nPASSWORD=hunter2,1,10,2,10\n");
        return secret;
    }

    private static String refused(Path dir) {
        return assertThrows(BundleException.class, () -> AnalysisBundle.load(dir)).getMessage();
    }

    @Test
    void aPathClimbingOutOfTheBundleIsRefused() throws IOException {
        secretCsv();
        String message = refused(bundle("../secret.csv", ""));
        assertTrue(message.contains("'../secret.csv' is outside the bundle folder"), message);
        assertTrue(message.contains("review.yaml, line 9, comparisons[0].outcomes[0].data"), message);
    }

    @Test
    void anAbsolutePathIsRefused() throws IOException {
        Path secret = secretCsv();
        String message = refused(bundle(secret.toAbsolutePath().toString(), ""));
        assertTrue(message.contains("is outside the bundle folder"), message);
        assertFalse(message.contains("hunter2"), message);
    }

    @Test
    void aSymbolicLinkOutOfTheBundleIsRefused() throws IOException {
        Path secret = secretCsv();
        Path dir = bundle("data.csv", "");
        Files.createSymbolicLink(dir.resolve("data.csv"), secret);
        String message = refused(dir);
        assertTrue(message.contains("leads outside the bundle folder through a symbolic link"), message);
    }

    @Test
    void theRiskOfBiasAndPrismaFilesAreConfinedToo() throws IOException {
        Path dir = bundle("death.csv", "risk_of_bias: {tool: rob2, file: /etc/passwd}\nprisma: {file: ../../x.csv}\n");
        Files.writeString(dir.resolve("death.csv"), "study,events_1,total_1,events_2,total_2\nA,1,10,2,10\n");
        String message = refused(dir);
        assertTrue(message.contains("'/etc/passwd' is outside the bundle folder"), message);
        assertTrue(message.contains("'../../x.csv' is outside the bundle folder"), message);
        assertFalse(message.contains("root:"), message);
    }

    @Test
    void aDataFileThatIsNotATableIsNotRepeated() throws IOException {
        Path dir = bundle("data.csv", "");
        Files.writeString(dir.resolve("data.csv"), "DB_PASSWORD=" + "s".repeat(300) + "TAIL\n");
        String message = refused(dir);
        assertFalse(message.contains("TAIL"), message);
    }
}
