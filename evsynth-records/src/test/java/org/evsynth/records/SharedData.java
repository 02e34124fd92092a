package org.evsynth.records;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Finds the shared data folder (../shared/data from the project root): the system property
 * {@code evsynth.shared.data} if set, otherwise the first {@code shared/data} found walking up from the
 * working directory. Tests that need it are skipped, with a message, when it is absent.
 */
public final class SharedData {

    private SharedData() {
    }

    /** The file under shared/data, or a skipped test when it is not there. */
    public static Path file(String relative) {
        Path root = root();
        assumeTrue(root != null, "shared data folder (../shared/data) not found; set -Devsynth.shared.data");
        Path file = root.resolve(relative);
        assumeTrue(Files.isRegularFile(file), "shared data file missing: " + file);
        return file;
    }

    private static Path root() {
        String property = System.getProperty("evsynth.shared.data");
        if (property != null) {
            return Paths.get(property);
        }
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("data");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
