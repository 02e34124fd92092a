package org.evsynth.report.analysis;

import java.util.Locale;
import java.util.Optional;

import org.evsynth.report.table.InputFormat;
import org.evsynth.stats.effect.EffectMeasure;
import org.evsynth.stats.meta.MetaAnalysis;
import org.evsynth.stats.meta.Pooling;

/**
 * The analyses a plan can add to the main one, and the one rule for when each applies, used by `evsynth meta`, the
 * report and any other caller alike. A rule has two parts: what the data and the settings must be (checked before
 * any work, so a request that can never apply is refused as bad usage), and how many studies must have been pooled
 * (known only after the main analysis: a section with too few is not done, and its reason is shown instead).
 */
public enum Section {
    /** The analysis without each study in turn; metafor's leave1out stops at k = 1: nothing is left to pool. */
    LEAVE_ONE_OUT("leave-one-out", "Leave-one-out analysis", 2, false, false, false),
    /** Studies added one at a time in the order of a column; a single step is still the analysis of one study. */
    CUMULATIVE("cumulative", "Cumulative meta-analysis", 1, false, false, false),
    /**
     * Externally studentised residuals, DFFITS, Cook's distance, hat values and Baujat coordinates: each deletion
     * must leave two studies, so that τ² and Q without the study are defined.
     */
    INFLUENCE("influence", "Influence diagnostics", 3, false, false, false),
    /** Egger's regression: two coefficients need three studies for one residual degree of freedom (metafor regtest). */
    EGGER("egger", "Egger's test", 3, false, false, true),
    /** Begg and Mazumdar's rank correlation: Kendall's τ of two points is ±1 by construction. */
    BEGG("begg", "Begg and Mazumdar's test", 3, false, false, true),
    /** Peters' regression on 1/N, from the counts of both arms. */
    PETERS("peters", "Peters' test", 3, false, true, true),
    /** Harbord's score-based regression, from the counts of both arms. */
    HARBORD("harbord", "Harbord's test", 3, false, true, true),
    /** Duval and Tweedie's trim and fill: the rank-based estimators of the missing studies need three. */
    TRIM_FILL("trim-fill", "Trim and fill", 3, true, false, true),
    /** Rosenthal's, Orwin's or Rosenberg's fail-safe N (metafor's fsn), defined from a single study. */
    FAILSAFE("failsafe", "Fail-safe N", 1, false, false, false),
    /** Henmi and Copas's interval around the common-effect estimate; the DL τ² it allows for needs two studies. */
    HENMI_COPAS("henmi-copas", "Henmi-Copas interval", 2, true, false, false),
    /** Cluster-robust (sandwich) standard error of the pooled effect; two studies at the least, in two clusters. */
    ROBUST("cluster", "Cluster-robust standard error", 2, true, false, false),
    /** The Cochran-Mantel-Haenszel test of OR = 1, from the 2×2 tables. */
    CMH("cmh", "Cochran-Mantel-Haenszel test", 1, false, true, false),
    /** Tarone's test for heterogeneity of odds ratios: a test of k - 1 df needs two studies. */
    TARONE("tarone", "Tarone's test", 2, false, true, false);

    private final String key;
    private final String title;
    private final int minimumStudies;
    private final boolean inverseVarianceOnly;
    private final boolean binaryOnly;
    private final boolean asymmetryMethod;

    Section(String key, String title, int minimumStudies, boolean inverseVarianceOnly, boolean binaryOnly,
            boolean asymmetryMethod) {
        this.key = key;
        this.title = title;
        this.minimumStudies = minimumStudies;
        this.inverseVarianceOnly = inverseVarianceOnly;
        this.binaryOnly = binaryOnly;
        this.asymmetryMethod = asymmetryMethod;
    }

    /** The word on the command line (after --) and in review.yaml: "leave-one-out", "trim-fill". */
    public String key() {
        return key;
    }

    /** The heading a person reads: "Egger's test". */
    public String title() {
        return title;
    }

    /** The fewest pooled studies the section needs. */
    public int minimumStudies() {
        return minimumStudies;
    }

    /**
     * Whether the section is a method for funnel-plot asymmetry, which the Cochrane Handbook (10.4.3.1) advises
     * against with fewer than 10 studies: a warning goes with it then.
     */
    public boolean isAsymmetryMethod() {
        return asymmetryMethod;
    }

    /**
     * What stops the section for every table of this format with these settings, as words to follow the section's
     * name ("is a test for binary outcomes ..."); empty when nothing does.
     */
    public Optional<String> usageProblem(InputFormat format, MetaAnalysis settings) {
        return usageProblem(format, null, settings);
    }

    /**
     * As {@link #usageProblem(InputFormat, MetaAnalysis)}, knowing the measure too (null when not yet known): the
     * Cochran-Mantel-Haenszel and Tarone tests are tests of odds ratios.
     */
    public Optional<String> usageProblem(InputFormat format, EffectMeasure measure, MetaAnalysis settings) {
        if (binaryOnly && format != InputFormat.BINARY) {
            return Optional.of("is a test for binary outcomes and needs the columns "
                    + String.join(",", InputFormat.BINARY.columns()));
        }
        if ((this == CMH || this == TARONE) && measure != null && measure != EffectMeasure.OR) {
            return Optional.of("is a test of odds ratios: use --measure OR, not " + measure);
        }
        if (inverseVarianceOnly && settings.pooling() != Pooling.IV) {
            return Optional.of("works on inverse-variance models, not " + settings.pooling() + " pooling");
        }
        return Optional.empty();
    }

    /** Why the section is not done with k pooled studies, or empty when k is enough. */
    public Optional<String> tooFewStudies(int k) {
        if (k >= minimumStudies) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "needs at least %d studies, and %d %s pooled", minimumStudies,
                k, k == 1 ? "was" : "were"));
    }

    /** The section named by its key, in any case; null for an unknown word. */
    public static Section byKey(String word) {
        for (Section section : values()) {
            if (section.key.equalsIgnoreCase(word.strip())) {
                return section;
            }
        }
        return null;
    }
}
