package org.evsynth.review;

import java.time.Clock;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings a review's schema up to date with Flyway, from the versioned SQL scripts in
 * {@code org/evsynth/review/migrations} (V1__schema.sql, ...). The scripts are portable SQL that SQLite and
 * PostgreSQL both run, and each is applied in its own transaction, so a migration is applied whole or not at all.
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

    /** Applies the pending migrations; returns the versions applied now. */
    static List<Integer> migrate(Database db, Clock clock) {
        MigrateResult result = Flyway.configure()
                .dataSource(db.writeSource())
                .locations(LOCATION)
                .load()
                .migrate();
        return result.migrations.stream().map(m -> Integer.parseInt(m.version)).toList();
    }
}
