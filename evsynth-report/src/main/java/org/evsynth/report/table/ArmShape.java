package org.evsynth.report.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * How one arm's data are extracted in a review ({@code events=39 total=179}, {@code mean= sd= n=}, or a contrast
 * {@code estimate= lower= upper=} stored under its measure), and the study-table format each becomes: the other half
 * of the data-shape vocabulary {@link InputFormat} starts.
 */
public enum ArmShape {
    /** Events out of a total, per arm: two arms make a binary table. */
    COUNTS(List.of("events", "total"), InputFormat.BINARY),
    /** Mean, SD and size, per arm: two arms make a continuous table. */
    MEANS(List.of("mean", "sd", "n"), InputFormat.CONTINUOUS),
    /** A contrast between the arms with its CI, extracted once per study under its measure (HR, OR, ...). */
    CONTRAST(List.of("estimate", "lower", "upper"), InputFormat.ESTIMATE_WITH_CI);

    private final List<String> fields;
    private final InputFormat format;

    ArmShape(List<String> fields, InputFormat format) {
        this.fields = fields;
        this.format = format;
    }

    /** The extracted fields, in the order of the table's columns. */
    public List<String> fields() {
        return fields;
    }

    /** The study-table format. */
    public InputFormat format() {
        return format;
    }

    /** How many arms make one study's row: two, or one for a contrast. */
    public int arms() {
        return this == CONTRAST ? 1 : 2;
    }

    /** The table's columns besides `study`: events_1,total_1,events_2,total_2; or estimate,ci_lower,ci_upper. */
    public List<String> columns() {
        if (this == CONTRAST) {
            return format.columns();
        }
        List<String> columns = new ArrayList<>();
        for (int arm = 1; arm <= 2; arm++) {
            for (String field : fields) {
                columns.add(field + "_" + arm);
            }
        }
        return columns;
    }

    /** The shape with exactly these fields, or null. */
    public static ArmShape of(Set<String> fields) {
        for (ArmShape shape : values()) {
            if (fields.equals(Set.copyOf(shape.fields))) {
                return shape;
            }
        }
        return null;
    }
}
