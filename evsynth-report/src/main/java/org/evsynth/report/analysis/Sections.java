package org.evsynth.report.analysis;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import org.evsynth.stats.bias.TrimAndFill;

/**
 * The sections a plan asks for, with their options. Immutable: each {@code with} returns a new value.
 *
 * @param wanted the sections, in the order of {@link Section}
 * @param cumulativeOrder the column that orders a cumulative meta-analysis, or null without one
 * @param trimFillEstimator the estimator of the number of missing studies
 * @param trimFillSide the side on which studies are missing, or null to choose it from the data
 */
public record Sections(Set<Section> wanted, String cumulativeOrder, TrimAndFill.Estimator trimFillEstimator,
                       TrimAndFill.Side trimFillSide) {

    /** Copies the set; cumulative needs its column and the column needs cumulative. */
    public Sections {
        wanted = wanted.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(wanted));
        if (wanted.contains(Section.CUMULATIVE) != (cumulativeOrder != null)) {
            throw new IllegalArgumentException("a cumulative meta-analysis is asked for with the column that orders "
                    + "it, and only then");
        }
        if (trimFillEstimator == null) {
            throw new IllegalArgumentException("the trim-and-fill estimator is L0 or R0, not null");
        }
    }

    /** No sections: the main analysis only. */
    public static Sections none() {
        return new Sections(Set.of(), null, TrimAndFill.Estimator.L0, null);
    }

    /** These sections too (cumulative is added with {@link #withCumulative(String)}). */
    public Sections with(Section... sections) {
        Set<Section> more = wanted.isEmpty() ? EnumSet.noneOf(Section.class) : EnumSet.copyOf(wanted);
        for (Section section : sections) {
            if (section == Section.CUMULATIVE) {
                throw new IllegalArgumentException("a cumulative meta-analysis needs its order: withCumulative(column)");
            }
            more.add(section);
        }
        return new Sections(more, cumulativeOrder, trimFillEstimator, trimFillSide);
    }

    /** A cumulative meta-analysis adding studies in the order of the column (numeric when every value is a number). */
    public Sections withCumulative(String column) {
        Set<Section> more = wanted.isEmpty() ? EnumSet.noneOf(Section.class) : EnumSet.copyOf(wanted);
        more.add(Section.CUMULATIVE);
        return new Sections(more, column, trimFillEstimator, trimFillSide);
    }

    /** Trim and fill's options (it is asked for with {@code with(Section.TRIM_FILL)}). */
    public Sections withTrimFill(TrimAndFill.Estimator estimator, TrimAndFill.Side side) {
        return new Sections(wanted, cumulativeOrder, estimator, side);
    }

    /** Whether the section is asked for. */
    public boolean contains(Section section) {
        return wanted.contains(section);
    }

    /** Whether no section is asked for. */
    public boolean isEmpty() {
        return wanted.isEmpty();
    }
}
