package org.evsynth.stats.effect;

import java.util.Locale;

/**
 * The continuity correction added to the cells of a 2×2 table (or to a proportion's events and non-events)
 * when a cell is zero, so that the study's own log odds ratio, log risk ratio or logit can be computed.
 * It changes the study's own estimate only: Mantel-Haenszel and Peto pooling use the raw counts.
 *
 * @param value the amount added to each cell (0.5 by default)
 * @param applyTo which studies it is added to
 */
public record ZeroCellCorrection(double value, ApplyTo applyTo) {

    /** Which studies receive the correction. */
    public enum ApplyTo {
        /** Only studies with a zero cell (metafor's to = "only0"; RevMan's behaviour). */
        ZERO_CELL_STUDIES,
        /** Every study, zero cell or not (metafor's to = "all"). */
        ALL_STUDIES,
        /** None: a study whose estimate cannot be computed is excluded with the reason. */
        NONE
    }

    /** Validates the value. */
    public ZeroCellCorrection {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "continuity correction (%s) must be a positive number", value));
        }
        if (applyTo == null) {
            throw new IllegalArgumentException("applyTo is null");
        }
    }

    /** 0.5 added to all four cells of each study with a zero cell. */
    public static ZeroCellCorrection standard() {
        return new ZeroCellCorrection(0.5, ApplyTo.ZERO_CELL_STUDIES);
    }

    /** The amount to add to this study's cells. */
    public double amountFor(boolean hasZeroCell) {
        return switch (applyTo) {
            case ALL_STUDIES -> value;
            case ZERO_CELL_STUDIES -> hasZeroCell ? value : 0;
            case NONE -> 0;
        };
    }
}
