package org.evsynth.app.cli.review;

import java.nio.file.Files;
import java.nio.file.Path;
import org.evsynth.review.Review;

/**
 * Whether a path is a review folder. An analysis bundle has a {@code review.yaml} too, so the database file is what
 * tells a review folder (SQLite) apart; a folder whose review lives on a server is named with {@code --db}.
 */
public final class ReviewFolder {

    private ReviewFolder() {
    }

    /** A folder holding a review's SQLite database ({@code review.db}). */
    public static boolean is(Path path) {
        return path != null && Files.isDirectory(path) && Files.isRegularFile(path.resolve(Review.DATABASE_FILE));
    }
}
