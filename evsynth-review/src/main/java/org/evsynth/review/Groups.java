package org.evsynth.review;

import java.util.HashMap;
import java.util.Map;

/**
 * Duplicate groups over record ids by union-find; a group's root, the record kept, is its smallest id, so the
 * first-imported record of a group is the one screened.
 */
final class Groups {

    private final Map<Long, Long> parent = new HashMap<>();

    long root(long id) {
        Long p = parent.get(id);
        if (p == null) {
            return id;
        }
        long r = root(p);
        if (r != p) {
            parent.put(id, r);
        }
        return r;
    }

    void union(long a, long b) {
        long ra = root(a);
        long rb = root(b);
        if (ra != rb) {
            parent.put(Math.max(ra, rb), Math.min(ra, rb));
        }
    }

    boolean isDuplicate(long id) {
        return root(id) != id;
    }
}
