package org.evsynth.review;

import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;

import org.evsynth.records.screening.ModelProvenance;
import org.evsynth.records.screening.Ordering;

/**
 * The provenance of the rankings that served records ({@code screening_ranking}) and which ranking served which
 * record to whom ({@code screening_served}), so that the audit entry of a decision names the model version that
 * ranked the record the reviewer saw. A ranking row is written once per reviewer and model (or random order); a
 * served row once per record, reviewer and ranking.
 */
final class ServedRankings {

    private ServedRankings() {
    }

    /** The id of the stored ranking for this reviewer, ordering and model, stored now when it is new. */
    static long ranking(Tx tx, Stage stage, Ordering ordering, ModelProvenance model, String settings, long seed,
                        int trainedOn, int includes) throws SQLException {
        String sha = model == null ? null : model.trainingSetSha256();
        Optional<Long> known = tx.sql("SELECT id, ordering, training_sha256, trained_on, settings, seed FROM "
                + "screening_ranking WHERE stage = :stage AND reviewer = :reviewer ORDER BY id DESC")
                .bind("stage", stage.id()).bind("reviewer", tx.actor().name()).first(rs ->
                        rs.getString("ordering").equals(id(ordering)) && java.util.Objects.equals(sha,
                                rs.getString("training_sha256")) && rs.getInt("trained_on") == trainedOn
                                && rs.getString("settings").equals(settings) && rs.getLong("seed") == seed
                                ? rs.getLong("id") : -1L).filter(id -> id > 0);
        if (known.isPresent()) {
            return known.get();
        }
        long id = tx.nextId("ranking");
        tx.sql("INSERT INTO screening_ranking (id, stage, reviewer, ordering, library, settings, seed, model_version, "
                + "trained_on, includes, excludes, training_sha256, created_at) VALUES (:id, :stage, :reviewer, "
                + ":ordering, :library, :settings, :seed, :version, :trained, :includes, :excludes, :sha, :at)")
                .bind("id", id).bind("stage", stage.id()).bind("reviewer", tx.actor().name())
                .bind("ordering", id(ordering)).bind("library", model == null ? null : model.library())
                .bind("settings", settings).bind("seed", seed)
                .bind("version", model == null ? null : model.version()).bind("trained", trainedOn)
                .bind("includes", includes).bind("excludes", trainedOn - includes).bind("sha", sha)
                .bind("at", tx.at().toString()).update();
        return id;
    }

    /** Notes that the ranking served the record to the transaction's actor (once). */
    static void served(Tx tx, long record, Stage stage, long ranking, double score) throws SQLException {
        boolean known = tx.sql("SELECT 1 FROM screening_served WHERE record_id = :record AND stage = :stage AND "
                + "reviewer = :reviewer AND ranking_id = :ranking").bind("record", record).bind("stage", stage.id())
                .bind("reviewer", tx.actor().name()).bind("ranking", ranking).exists();
        if (!known) {
            tx.sql("INSERT INTO screening_served (record_id, stage, reviewer, ranking_id, score, served_at) VALUES "
                    + "(:record, :stage, :reviewer, :ranking, :score, :at)").bind("record", record)
                    .bind("stage", stage.id()).bind("reviewer", tx.actor().name()).bind("ranking", ranking)
                    .bind("score", Double.isNaN(score) ? null : score).bind("at", tx.at().toString()).update();
        }
    }

    /**
     * The ranking that last served the record to the transaction's actor, for the audit entry of their decision:
     * ranking id, ordering, model version, decisions trained on and their SHA-256, the score; null when the
     * record was not served by prioritised screening.
     */
    static Map<String, Object> rankedBy(Tx tx, long record, Stage stage) throws SQLException {
        return tx.sql("SELECT k.id, k.ordering, k.library, k.model_version, k.trained_on, k.training_sha256, "
                + "s.score FROM screening_served s JOIN screening_ranking k ON k.id = s.ranking_id WHERE "
                + "s.record_id = :record AND s.stage = :stage AND s.reviewer = :reviewer ORDER BY s.ranking_id DESC")
                .bind("record", record).bind("stage", stage.id()).bind("reviewer", tx.actor().name())
                .first(rs -> {
                    double score = rs.getDouble("score");
                    boolean noScore = rs.wasNull();
                    long version = rs.getLong("model_version");
                    boolean noModel = rs.wasNull();
                    return Json.object("ranking_id", rs.getLong("id"), "ordering", rs.getString("ordering"),
                            "library", rs.getString("library"), "model_version", noModel ? null : version,
                            "trained_on", rs.getInt("trained_on"), "training_sha256",
                            rs.getString("training_sha256"), "score", noScore ? null : score);
                }).orElse(null);
    }

    static String id(Ordering ordering) {
        return ordering.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
