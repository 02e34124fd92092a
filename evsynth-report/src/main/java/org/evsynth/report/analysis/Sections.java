package org.evsynth.report.analysis;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import org.evsynth.stats.bias.FailSafeN;
import org.evsynth.stats.bias.TrimAndFill;

/**
 * The sections a plan asks for, with their options. Immutable: each {@code with} returns a new value.
 *
 * @param wanted the sections, in the order of {@link Section}
 * @param cumulativeOrder the column that orders a cumulative meta-analysis, or null without one
 * @param trimFillEstimator the estimator of the number of missing studies
 * @param trimFillSide the side on which studies are missing, or null to choose it from the data
 * @param collapse whether studies with the same value of the cumulative order enter together (metafor's
 *                 {@code collapse = TRUE})
 * @param failSafe the fail-safe N method, or null without one
 * @param failSafeTarget Orwin's target effect on the analysis scale, NaN for half the mean effect
 * @param clusterColumn the column naming each study's cluster for cluster-robust errors, or null without one
 */
public record Sections(Set<Section> wanted, String cumulativeOrder, TrimAndFill.Estimator trimFillEstimator,
                       TrimAndFill.Side trimFillSide, boolean collapse, FailSafeN.Method failSafe,
                       double failSafeTarget, String clusterColumn) {

    /** Copies the set; cumulative, fail-safe N and cluster-robust errors come with their options, and only then. */
    public Sections {
        wanted = wanted.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(wanted));
        if (wanted.contains(Section.CUMULATIVE) != (cumulativeOrder != null)) {
            throw new IllegalArgumentException("a cumulative meta-analysis is asked for with the column that orders "
                    + "it, and only then");
        }
        if (wanted.contains(Section.FAILSAFE) != (failSafe != null)) {
            throw new IllegalArgumentException("a fail-safe N is asked for with its method, and only then");
        }
        if (wanted.contains(Section.ROBUST) != (clusterColumn != null)) {
            throw new IllegalArgumentException("cluster-robust errors are asked for with the cluster column, "
                    + "and only then");
        }
        if (trimFillEstimator == null) {
            throw new IllegalArgumentException("the trim-and-fill estimator is L0 or R0, not null");
        }
    }

    /** No sections: the main analysis only. */
    public static Sections none() {
        return new Sections(Set.of(), null, TrimAndFill.Estimator.L0, null, false, null, Double.NaN, null);
    }

    /** These sections too (cumulative, fail-safe N and cluster-robust errors are added with their options). */
    public Sections with(Section... sections) {
        Set<Section> more = copy();
        for (Section section : sections) {
            if (section == Section.CUMULATIVE || section == Section.FAILSAFE || section == Section.ROBUST) {
                throw new IllegalArgumentException(section.title() + " needs its option: withCumulative, "
                        + "withFailSafe or withCluster");
            }
            more.add(section);
        }
        return new Sections(more, cumulativeOrder, trimFillEstimator, trimFillSide, collapse, failSafe,
                failSafeTarget, clusterColumn);
    }

    /** A cumulative meta-analysis adding studies in the order of the column (numeric when every value is a number). */
    public Sections withCumulative(String column) {
        Set<Section> more = copy();
        more.add(Section.CUMULATIVE);
        return new Sections(more, column, trimFillEstimator, trimFillSide, collapse, failSafe, failSafeTarget,
                clusterColumn);
    }

    /** Whether the studies that share a value of the cumulative order enter the cumulative analysis together. */
    public Sections withCollapse(boolean value) {
        return new Sections(wanted, cumulativeOrder, trimFillEstimator, trimFillSide, value, failSafe,
                failSafeTarget, clusterColumn);
    }

    /** Trim and fill's options (it is asked for with {@code with(Section.TRIM_FILL)}). */
    public Sections withTrimFill(TrimAndFill.Estimator estimator, TrimAndFill.Side side) {
        return new Sections(wanted, cumulativeOrder, estimator, side, collapse, failSafe, failSafeTarget,
                clusterColumn);
    }

    /**
     * The fail-safe N by this method.
     *
     * @param target Orwin's target effect on the analysis scale (log for ratios), NaN for half the mean effect
     */
    public Sections withFailSafe(FailSafeN.Method method, double target) {
        Set<Section> more = copy();
        more.add(Section.FAILSAFE);
        return new Sections(more, cumulativeOrder, trimFillEstimator, trimFillSide, collapse, method, target,
                clusterColumn);
    }

    /** Cluster-robust errors of the pooled effect, the clusters named by this column. */
    public Sections withCluster(String column) {
        Set<Section> more = copy();
        more.add(Section.ROBUST);
        return new Sections(more, cumulativeOrder, trimFillEstimator, trimFillSide, collapse, failSafe,
                failSafeTarget, column);
    }

    private Set<Section> copy() {
        return wanted.isEmpty() ? EnumSet.noneOf(Section.class) : EnumSet.copyOf(wanted);
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
