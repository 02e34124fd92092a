package org.evsynth.records.io;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;
import org.evsynth.records.ControlCharacters;

/**
 * The control characters removed from a whole text before it was parsed (where one in the markup would break
 * the parse: BibTeX braces, XML tags), reported afterwards against the field whose value held them. Each
 * removal is reported once; {@link #reportRest} names the line of those no field claimed. Removals are in
 * text order, so a range is found by binary search.
 */
final class RemovedCharacters {

    private final List<ControlCharacters.Removal> removals;
    private final boolean[] reported;
    private final IntUnaryOperator lineOf;

    /**
     * @param removals the removals of {@link ControlCharacters#strip}, positions in the stripped text
     * @param lineOf   the 1-based line of a position in the stripped text
     */
    RemovedCharacters(List<ControlCharacters.Removal> removals, IntUnaryOperator lineOf) {
        this.removals = removals;
        this.reported = new boolean[removals.size()];
        this.lineOf = lineOf;
    }

    /**
     * What a field claimed: the distinct characters removed from its part of the text and the line of the
     * first, or no code points.
     */
    record Claim(int firstLine, List<Integer> codePoints) {
    }

    /** Reports, as one warning naming the field, the removals at positions from (inclusive) to (exclusive). */
    void reportPositions(int from, int to, String field, WarningSink warnings) {
        warn(claim(first(i -> removals.get(i).at() >= from), i -> removals.get(i).at() < to), field, warnings);
    }

    /** Marks the removals on lines fromLine to toLine (inclusive) as reported and returns them. */
    Claim claimLines(int fromLine, int toLine) {
        return claim(first(i -> line(i) >= fromLine), i -> line(i) <= toLine);
    }

    /** Reports what no field claimed, one warning per line. */
    void reportRest(WarningSink warnings) {
        for (int i = 0; i < removals.size(); i++) {
            if (!reported[i]) {
                warn(claimLines(line(i), line(i)), null, warnings);
            }
        }
    }

    private static void warn(Claim claim, String field, WarningSink warnings) {
        if (!claim.codePoints().isEmpty()) {
            warnings.removedControls(claim.firstLine(), field, claim.codePoints());
        }
    }

    private int line(int removal) {
        return lineOf.applyAsInt(removals.get(removal).at());
    }

    /** The first removal for which the monotone condition holds. */
    private int first(IntPredicate atOrAfter) {
        int lo = 0;
        int hi = removals.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (atOrAfter.test(mid)) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    private Claim claim(int from, IntPredicate within) {
        Set<Integer> codePoints = new LinkedHashSet<>();
        int firstLine = 0;
        for (int i = from; i < removals.size() && within.test(i); i++) {
            if (!reported[i]) {
                reported[i] = true;
                codePoints.add(removals.get(i).codePoint());
                firstLine = firstLine == 0 ? line(i) : firstLine;
            }
        }
        return new Claim(firstLine, new ArrayList<>(codePoints));
    }
}
