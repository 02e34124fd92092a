package org.evsynth.records.dedup;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.evsynth.records.BibRecord;
import org.evsynth.records.RecordOrigin;

/**
 * The outcome of deduplication: every input record (none is deleted), the decision log, the groups the log
 * implies, and the pairs awaiting review. Immutable; {@link #undo}, {@link #confirm} and {@link #reject}
 * return a new result with the decision appended to the log.
 */
public final class DeduplicationResult {

    private final List<BibRecord> records;
    private final List<MergeDecision> decisions;
    private final List<ReviewPair> reviewQueue;
    private final Clock clock;
    private final int[] groupOf;
    private final Map<Integer, DuplicateGroup> groups;
    private final Set<Integer> inReview;

    DeduplicationResult(List<BibRecord> records, List<MergeDecision> decisions, List<ReviewPair> reviewQueue,
            Clock clock) {
        this.records = List.copyOf(records);
        this.decisions = List.copyOf(decisions);
        this.clock = clock;
        this.groupOf = components(records.size(), activeMerges(decisions));
        this.groups = buildGroups();
        this.reviewQueue = List.copyOf(reviewQueue.stream()
                .filter(p -> groupOf[p.a()] != groupOf[p.b()]).toList());
        this.inReview = new HashSet<>();
        for (ReviewPair p : this.reviewQueue) {
            inReview.add(p.a());
            inReview.add(p.b());
        }
    }

    public List<BibRecord> records() {
        return records;
    }

    /** The decision log, oldest first. */
    public List<MergeDecision> decisions() {
        return decisions;
    }

    /** Pairs awaiting a person, best score first. */
    public List<ReviewPair> reviewQueue() {
        return reviewQueue;
    }

    /** Groups of two or more records, by id. */
    public List<DuplicateGroup> groups() {
        return List.copyOf(groups.values());
    }

    /** The id of the record's group: the 1-based index of the group's first record (its own for a record alone). */
    public int groupId(int record) {
        return groupOf[record] + 1;
    }

    public RecordStatus status(int record) {
        if (groupOf[record] != record) {
            return RecordStatus.DUPLICATE;
        }
        return inReview.contains(record) ? RecordStatus.REVIEW : RecordStatus.UNIQUE;
    }

    /** Records merged automatically or by a person into an earlier record's group. */
    public int mergedCount() {
        int merged = 0;
        for (int i = 0; i < groupOf.length; i++) {
            merged += groupOf[i] != i ? 1 : 0;
        }
        return merged;
    }

    /** Records kept: one per group and every record alone. */
    public int keptCount() {
        return records.size() - mergedCount();
    }

    /**
     * Cancels every merge that built the group, leaving its records apart again; the decisions stay in the log.
     *
     * @throws IllegalArgumentException when no group of two or more records has this id
     */
    public DeduplicationResult undo(int groupId, String person) {
        DuplicateGroup group = groups.get(groupId);
        if (group == null) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "no merged group with id %d", groupId));
        }
        List<Integer> undone = group.decisions().stream().map(MergeDecision::id).toList();
        return append(new MergeDecision(decisions.size() + 1, MergeDecision.Action.UNDO, group.members(),
                "undo", person, clock.instant(), undone), reviewQueue);
    }

    /** A person confirms a review pair as duplicates: their groups are merged. */
    public DeduplicationResult confirm(ReviewPair pair, String person) {
        return append(new MergeDecision(decisions.size() + 1, MergeDecision.Action.MERGE,
                List.of(pair.a(), pair.b()), "reviewer", person, clock.instant(), List.of()), without(pair));
    }

    /** A person decides a review pair are different publications. */
    public DeduplicationResult reject(ReviewPair pair, String person) {
        return append(new MergeDecision(decisions.size() + 1, MergeDecision.Action.REJECT,
                List.of(pair.a(), pair.b()), "reviewer", person, clock.instant(), List.of()), without(pair));
    }

    private DeduplicationResult append(MergeDecision decision, List<ReviewPair> queue) {
        List<MergeDecision> log = new ArrayList<>(decisions);
        log.add(decision);
        return new DeduplicationResult(records, log, queue, clock);
    }

    private List<ReviewPair> without(ReviewPair pair) {
        return reviewQueue.stream().filter(p -> !p.equals(pair)).toList();
    }

    private static List<MergeDecision> activeMerges(List<MergeDecision> log) {
        Set<Integer> undone = new HashSet<>();
        for (MergeDecision d : log) {
            undone.addAll(d.undoes());
        }
        return log.stream().filter(d -> d.action() == MergeDecision.Action.MERGE && !undone.contains(d.id())).toList();
    }

    /** Union-find over the merges; each record points at the smallest index of its component. */
    private static int[] components(int n, List<MergeDecision> merges) {
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (MergeDecision m : merges) {
            int root = find(parent, m.records().get(0));
            for (int r : m.records()) {
                int other = find(parent, r);
                int low = Math.min(root, other);
                parent[Math.max(root, other)] = low;
                root = low;
            }
        }
        for (int i = 0; i < n; i++) {
            parent[i] = find(parent, i);
        }
        return parent;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private Map<Integer, DuplicateGroup> buildGroups() {
        Map<Integer, List<Integer>> members = new LinkedHashMap<>();
        for (int i = 0; i < groupOf.length; i++) {
            if (groupOf[i] != i) {
                members.computeIfAbsent(groupOf[i], k -> new ArrayList<>(List.of(k))).add(i);
            }
        }
        Map<Integer, List<MergeDecision>> decisionsByRoot = new HashMap<>();
        for (MergeDecision d : activeMerges(decisions)) {
            decisionsByRoot.computeIfAbsent(groupOf[d.records().get(0)], k -> new ArrayList<>()).add(d);
        }
        Map<Integer, DuplicateGroup> out = new LinkedHashMap<>();
        members.forEach((root, list) -> {
            List<MergedRecord> provenance = new ArrayList<>();
            for (int i : list) {
                RecordOrigin o = records.get(i).origin();
                provenance.add(new MergedRecord(o == null ? null : o.file(), o == null ? i + 1 : o.position(),
                        records.get(i).sourceDatabase()));
            }
            out.put(root + 1, new DuplicateGroup(root + 1, list, provenance, decisionsByRoot.get(root)));
        });
        return out;
    }
}
