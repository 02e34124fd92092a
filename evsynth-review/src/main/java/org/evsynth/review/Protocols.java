package org.evsynth.review;

import java.sql.SQLException;
import java.util.Locale;

/**
 * Versions of the protocol's YAML, newest last, and the parsed newest one, cached by its text. A new version is
 * stored only when the text changed; one that changes how records are screened (mode, queue order) rebuilds the
 * derived screening tables in the same transaction.
 */
final class Protocols {

    private volatile Protocol cached;

    /** The newest protocol. */
    Protocol current(Tx tx) throws SQLException {
        String yaml = latest(tx);
        if (yaml == null) {
            throw new StorageException(String.format(Locale.ROOT, "review %s has no protocol", tx.review()), null);
        }
        Protocol c = cached;
        if (c != null && c.yaml().equals(yaml)) {
            return c;
        }
        Protocol parsed = Protocol.parse(yaml);
        cached = parsed;
        return parsed;
    }

    /** The newest protocol's text, or null before the first is saved. */
    static String latest(Tx tx) throws SQLException {
        return tx.sql("SELECT yaml FROM protocol_version ORDER BY version DESC").first(rs -> rs.getString("yaml"))
                .orElse(null);
    }

    /** Stores the text as a new version unless it equals the newest; returns whether it stored one. */
    boolean save(Tx tx, String yaml) throws SQLException {
        Protocol next = Protocol.parse(yaml);
        String previous = latest(tx);
        if (yaml.equals(previous)) {
            return false;
        }
        long version = tx.nextId("protocol");
        tx.sql("INSERT INTO protocol_version (version, yaml, saved_at, saved_by) VALUES (:v, :yaml, :at, :by)")
                .bind("v", version).bind("yaml", yaml).bind("at", tx.at().toString()).bind("by", tx.actor().name())
                .update();
        tx.audit("protocol", "protocol", version).before(previous == null ? null : Json.object("yaml", previous))
                .after(Json.object("yaml", yaml)).write();
        if (previous != null && !next.screensLike(Protocol.parse(previous))) {
            ScreeningCache.rebuild(tx, next);
        }
        return true;
    }
}
