package org.evsynth.stats.effect;

import java.util.List;
import java.util.Locale;

/**
 * A study whose row lacks a value the effect needs (an empty theta, se, count or SD): kept as a study so that an
 * analysis can list it as excluded with the reason ({@link MissingValues#DROP}) or refuse it naming the field
 * ({@link MissingValues#REFUSE}, the default).
 *
 * @param study the study's label
 * @param kind the shape the complete row would have had
 * @param missing the fields without a value, by column name, at least one
 */
public record IncompleteStudy(String study, DataKind kind, List<String> missing) implements StudyData {

    /** Validates: a label, a kind, at least one missing field. */
    public IncompleteStudy {
        Checks.label(study);
        if (kind == null || missing == null || missing.isEmpty()) {
            throw new IllegalArgumentException("an incomplete study needs its kind and at least one missing field");
        }
        missing = List.copyOf(missing);
    }

    /** A study with these fields missing. */
    public static IncompleteStudy of(String study, DataKind kind, String... missing) {
        return new IncompleteStudy(study, kind, List.of(missing));
    }

    /** "missing se" or "missing events_1, total_1". */
    public String reason() {
        return "missing " + String.join(", ", missing);
    }

    /** The exception for an analysis that does not drop such studies. */
    InvalidStudyDataException refusal() {
        return new InvalidStudyDataException(missing.get(0), String.format(Locale.ROOT,
                "%s %s no value in study '%s'; leave such studies out with the missing-values option (drop)",
                String.join(", ", missing), missing.size() == 1 ? "has" : "have", study));
    }
}
