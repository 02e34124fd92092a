package org.evsynth.review;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Writes small RIS exports for tests. */
final class Ris {

    /** One test record. */
    record Ref(String title, String author, int year, String doi) {
    }

    private Ris() {
    }

    static Path write(Path file, List<Ref> refs) throws IOException {
        StringBuilder b = new StringBuilder();
        for (Ref r : refs) {
            b.append("TY  - JOUR\n");
            b.append("TI  - ").append(r.title()).append('\n');
            b.append("AU  - ").append(r.author()).append('\n');
            b.append("PY  - ").append(r.year()).append('\n');
            b.append("T2  - Journal of Test Studies\n");
            b.append("VL  - ").append(r.year() % 97).append('\n');
            b.append("SP  - ").append(Math.abs(r.title().hashCode() % 900) + 1).append('\n');
            if (r.doi() != null) {
                b.append("DO  - ").append(r.doi()).append('\n');
            }
            b.append("AB  - ").append(String.format(Locale.ROOT, "An abstract about %s.", r.title())).append('\n');
            b.append("ER  - \n\n");
        }
        Files.createDirectories(file.getParent());
        return Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
    }
}
