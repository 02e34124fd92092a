package org.evsynth.report.table;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.evsynth.stats.effect.DataKind;
import org.evsynth.stats.effect.EffectMeasure;

/** The column sets evsynth recognises in a study table, by header name. Every format also needs `study`. */
public enum InputFormat {
    /** Events and totals in two arms. */
    BINARY(DataKind.BINARY, List.of("events_1", "total_1", "events_2", "total_2")),
    /** Means, SDs and sizes of two arms. */
    CONTINUOUS(DataKind.CONTINUOUS, List.of("mean_1", "sd_1", "n_1", "mean_2", "sd_2", "n_2")),
    /** Events out of a total in one group. */
    PROPORTION(DataKind.PROPORTION, List.of("events", "total")),
    /** A reported estimate with its confidence interval, on the natural scale. */
    ESTIMATE_WITH_CI(DataKind.GENERIC, List.of("estimate", "ci_lower", "ci_upper")),
    /** A reported effect on the analysis scale with its standard error. */
    THETA_WITH_SE(DataKind.GENERIC, List.of("theta", "se")),
    /** Events and person-time at risk in two arms, for incidence-rate contrasts (IRR, IRD). */
    PERSON_TIME(DataKind.PERSON_TIME, List.of("events_1", "time_1", "events_2", "time_2")),
    /** Events and person-time at risk in one group, for pooled incidence rates (IR, IRLN). */
    RATE(DataKind.RATE, List.of("events", "time"));

    /** The label column every format needs. */
    public static final String STUDY = "study";

    private final DataKind kind;
    private final List<String> columns;

    InputFormat(DataKind kind, List<String> columns) {
        this.kind = kind;
        this.columns = columns;
    }

    /** The kind of study data the rows become. */
    public DataKind kind() {
        return kind;
    }

    /** The required columns besides `study`, in the documented order. */
    public List<String> columns() {
        return columns;
    }

    /** How many of this format's columns the header has. */
    int matches(Set<String> header) {
        return (int) columns.stream().filter(header::contains).count();
    }

    /** The measures data of this format can be analysed as (estimates with CIs: the contrasts HR, OR, RR, ...). */
    public List<EffectMeasure> measures() {
        return Arrays.stream(EffectMeasure.values()).filter(m -> m.accepts(kind)).toList();
    }

    /** The format of a header: the first whose columns are all in it (binary before the others), if any. */
    public static Optional<InputFormat> recognise(Collection<String> header) {
        Set<String> columns = new HashSet<>(header);
        return Arrays.stream(values()).filter(f -> f.matches(columns) == f.columns.size()).findFirst();
    }

    /** One line per format for error messages, e.g. "study,events_1,total_1,events_2,total_2". */
    public static String describeAll() {
        StringBuilder text = new StringBuilder();
        for (InputFormat format : values()) {
            text.append("\n  ").append(STUDY).append(',').append(String.join(",", format.columns));
        }
        return text.toString();
    }
}
