package org.evsynth.review;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.evsynth.records.BibRecord;
import org.evsynth.records.screening.PriorityScreener;
import org.evsynth.records.screening.PrioritySettings;

/**
 * The screener of one open review: the TF-IDF features of the records at title and abstract (every record not a
 * duplicate and not from a withdrawn search, by id) and the models trained on them. Building the features takes
 * seconds at 100,000 records, so the screener is kept while the records and the seed stay the same, and built anew
 * when an import, a duplicate resolution or a withdrawn search changes them. Safe between threads.
 */
final class ScreenerPool {

    /** The screener and the record ids its positions stand for. */
    record Built(long[] ids, long seed, PriorityScreener screener) {

        /** The position of a record id, or -1 when the record is not at title and abstract. */
        int position(long id) {
            int at = Arrays.binarySearch(ids, id);
            return at < 0 ? -1 : at;
        }
    }

    private Built current;

    /** The screener for the records now at title and abstract, built when they or the seed changed. */
    synchronized Built screener(Tx tx, long seed) throws SQLException {
        long[] ids = tx.sql("SELECT record_id FROM stage_record WHERE stage = 'title-abstract' ORDER BY record_id")
                .list(rs -> rs.getLong("record_id")).stream().mapToLong(Long::longValue).toArray();
        if (current != null && current.seed() == seed && Arrays.equals(current.ids(), ids)) {
            return current;
        }
        List<BibRecord> records = new ArrayList<>(ids.length);
        for (ReviewRecord r : tx.sql("SELECT r.id, r.search_id, r.position, r.fields FROM record r JOIN stage_record s "
                + "ON s.record_id = r.id AND s.stage = 'title-abstract' ORDER BY r.id").list(RecordReads::record)) {
            records.add(r.record());
        }
        current = new Built(ids, seed, PriorityScreener.build(records, settings(seed)));
        return current;
    }

    /** evsynth's screening model with the protocol's seed. */
    static PrioritySettings settings(long seed) {
        return PrioritySettings.defaults().withSeed(seed);
    }
}
