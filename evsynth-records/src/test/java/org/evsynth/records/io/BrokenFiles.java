package org.evsynth.records.io;

import java.nio.file.Path;
import java.nio.file.Paths;

/** The damaged and awkward inputs in src/test/resources/broken (written by make_broken.py there). */
final class BrokenFiles {

    private static final Path DIR = Paths.get("src", "test", "resources", "broken");

    private BrokenFiles() {
    }

    static Path file(String name) {
        return DIR.resolve(name);
    }

    static Path golden(String name) {
        return Paths.get("src", "test", "resources", "golden").resolve(name);
    }
}
