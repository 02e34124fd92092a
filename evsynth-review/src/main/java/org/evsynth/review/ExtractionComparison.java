package org.evsynth.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One key of a study's extraction (an outcome's arm, or the characteristics) as each extractor entered it, side by
 * side, with the value the review uses for it. Values are compared as numbers where they are numbers ({@code 3.10}
 * equals {@code 3.1}) and as text otherwise.
 *
 * @param study       the study
 * @param outcome     the outcome, or null for the characteristics
 * @param arm         the arm (or a contrast's measure), or null for the characteristics
 * @param extractions each extractor's newest entry, in the order they first extracted the key
 * @param settlement  the value settled for the key, or null
 * @param state       how the extractions stand
 * @param inUse       the value the review uses (the export, the analysis), or null while dual extractors differ
 */
public record ExtractionComparison(long study, String outcome, String arm, List<ExtractionEntry> extractions,
        ExtractionEntry settlement, State state, ExtractionEntry inUse) {

    /** How the extractions of one key stand. */
    public enum State {
        /** One person extracted it: nothing to compare yet. */
        ONE_EXTRACTOR,
        /** Two or more extracted it, with the same values. */
        AGREED,
        /** Extractors' values differ, and nobody has settled them. */
        DIFFERENT,
        /** A value was settled; it is used whatever the extractors entered. */
        SETTLED
    }

    public ExtractionComparison {
        extractions = List.copyOf(extractions);
    }

    /**
     * The comparison of a key's entries under the review's extraction mode.
     *
     * @param extractions each extractor's newest entry (at least one)
     * @param settlement  the newest settlement, or null
     */
    static ExtractionComparison of(ExtractionMode mode, List<ExtractionEntry> extractions,
            ExtractionEntry settlement) {
        ExtractionEntry first = extractions.isEmpty() ? settlement : extractions.get(0);
        ExtractionEntry newest = extractions.stream().reduce((a, b) -> a.id() > b.id() ? a : b).orElse(null);
        State state;
        ExtractionEntry inUse;
        if (settlement != null) {
            state = State.SETTLED;
            inUse = settlement;
        } else if (extractions.size() == 1) {
            state = State.ONE_EXTRACTOR;
            inUse = newest;
        } else if (extractions.stream().allMatch(e -> sameValues(e, extractions.get(0)))) {
            state = State.AGREED;
            inUse = newest;
        } else {
            state = State.DIFFERENT;
            inUse = mode == ExtractionMode.SINGLE ? newest : null;
        }
        return new ExtractionComparison(first.study(), first.outcome(), first.arm(), extractions, settlement, state,
                inUse);
    }

    /** "characteristics" or "outcome/arm", as {@link ExtractionEntry#key()}. */
    public String key() {
        return outcome == null ? "characteristics" : outcome + "/" + arm;
    }

    /** Whether the key holds the study's characteristics. */
    public boolean isCharacteristics() {
        return outcome == null;
    }

    /** Every field any extraction or the settlement has, in the order first seen. */
    public List<String> fields() {
        Set<String> fields = new LinkedHashSet<>();
        extractions.forEach(e -> fields.addAll(e.data().keySet()));
        if (settlement != null) {
            fields.addAll(settlement.data().keySet());
        }
        return List.copyOf(fields);
    }

    /** The fields whose values are not the same in every extraction (a field one of them lacks differs). */
    public List<String> differingFields() {
        List<String> out = new ArrayList<>();
        for (String field : fields()) {
            Object value = extractions.get(0).data().get(field);
            if (extractions.stream().anyMatch(e -> !same(e.data().get(field), value))) {
                out.add(field);
            }
        }
        return out;
    }

    /** The names of the people who extracted the key, in order. */
    public List<String> extractors() {
        return extractions.stream().map(ExtractionEntry::extractor).toList();
    }

    /** The extractor's newest entry of this key, or null when they extracted none. */
    public ExtractionEntry by(String extractor) {
        return extractions.stream().filter(e -> e.extractor().equals(extractor)).findFirst().orElse(null);
    }

    /** Whether the two entries hold the same fields with the same values. */
    static boolean sameValues(ExtractionEntry a, ExtractionEntry b) {
        if (!a.data().keySet().equals(b.data().keySet())) {
            return false;
        }
        return a.data().keySet().stream().allMatch(f -> same(a.data().get(f), b.data().get(f)));
    }

    /** Numbers by value (3.10 is 3.1, 40 is 40.0), anything else by its text. */
    static boolean same(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return new BigDecimal(x.toString()).compareTo(new BigDecimal(y.toString())) == 0;
        }
        return Objects.equals(a == null ? null : a.toString(), b == null ? null : b.toString());
    }
}
