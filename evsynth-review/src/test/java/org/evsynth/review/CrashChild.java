package org.evsynth.review;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Run in a child JVM by {@link CrashTest}, which kills it with SIGKILL part-way:
 * {@code decisions LOCATION N} records decisions on records 1..N, printing "saved ID" after each returns;
 * {@code import LOCATION FILE} prints "importing" and imports the file.
 */
public final class CrashChild {

    private CrashChild() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        TestBackends.Location location = args[1].startsWith("jdbc:")
                ? new TestBackends.Location(TestBackends.POSTGRESQL, null, args[1])
                : new TestBackends.Location(TestBackends.SQLITE, Path.of(args[1]), null);
        try (Review review = location.open()) {
            if (mode.equals("decisions")) {
                int n = Integer.parseInt(args[2]);
                for (long id = 1; id <= n; id++) {
                    review.screening().decide(Actor.named("crash"), new Screening.Decide(id, Stage.TITLE_ABSTRACT, Decision.INCLUDE, null, "before the crash"));
                    System.out.println("saved " + id);
                    System.out.flush();
                }
            } else {
                System.out.println("importing");
                System.out.flush();
                review.searches().importFile(Actor.named("crash"), Searches.Import.of(Path.of(args[2]), "Embase", SourceKind.DATABASE, LocalDate.of(2025, 1, 1), null));
                System.out.println("imported");
                System.out.flush();
            }
        }
    }
}
