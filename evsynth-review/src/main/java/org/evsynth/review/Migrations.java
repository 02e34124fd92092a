package org.evsynth.review;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * Brings a review's schema up to date with Flyway, from the versioned SQL scripts in
 * {@code org/evsynth/review/migrations} (V1__schema.sql, ...). The scripts are portable SQL that SQLite and
 * PostgreSQL both run, each applied in its own transaction, so a migration is applied whole or not at all; they are
 * only ever added to, never edited.
 */
final class Migrations {

    private static final String LOCATION = "classpath:org/evsynth/review/migrations";

    /**
     * Flyway reports each step through java.util.logging when no other logger is present; a command-line tool keeps
     * standard error for the user's warnings. Held in a field: java.util.logging forgets the level of a logger
     * nobody references.
     */
    private static final java.util.logging.Logger FLYWAY_LOG = java.util.logging.Logger.getLogger("org.flywaydb");

    static {
        FLYWAY_LOG.setLevel(java.util.logging.Level.WARNING);
    }

    private Migrations() {
    }

    /** Applies the pending migrations. */
    static void migrate(Database db) {
        try {
            Flyway.configure().dataSource(db.migrationSource()).locations(LOCATION).load().migrate();
        } catch (FlywayException e) {
            String m = e.getMessage() == null ? "no message" : e.getMessage().lines().findFirst().orElse("").strip();
            throw new StorageException("review " + db.name() + ": upgrading the schema failed: " + m, e);
        }
    }
}
