package org.evsynth.report.table;

/**
 * How far a published estimate sits from the middle of its confidence interval, after allowing for the
 * rounding of the printed figures. Intervals are symmetric on the analysis scale (log for ratios), so an
 * estimate far off-centre usually means a typo in the source, such as RR 0.84 (0.78 to 0.86).
 */
final class CiSymmetry {

    private CiSymmetry() {
    }

    /**
     * The smallest off-centre distance any unrounded values could have, as a fraction of the CI's half-width:
     * 0 when rounding alone can explain the asymmetry.
     */
    static double beyondRounding(String estimate, String lower, String upper, boolean ratio) {
        double e = Double.parseDouble(estimate);
        double l = Double.parseDouble(lower);
        double u = Double.parseDouble(upper);
        double offCentre = Math.abs(scale(e, ratio) - (scale(l, ratio) + scale(u, ratio)) / 2);
        double slack = roundingOnScale(estimate, e, ratio)
                + (roundingOnScale(lower, l, ratio) + roundingOnScale(upper, u, ratio)) / 2;
        double halfWidth = (scale(u, ratio) - scale(l, ratio)) / 2;
        return Math.max(0, offCentre - slack) / halfWidth;
    }

    private static double scale(double value, boolean ratio) {
        return ratio ? Math.log(value) : value;
    }

    /** Half a unit in the last printed decimal place, carried to the analysis scale. */
    private static double roundingOnScale(String text, double value, boolean ratio) {
        String plain = text.trim().toLowerCase(java.util.Locale.ROOT);
        if (plain.contains("e")) {
            return 0;
        }
        int dot = plain.indexOf('.');
        int decimals = dot < 0 ? 0 : plain.length() - dot - 1;
        double half = 0.5 * Math.pow(10, -decimals);
        return ratio ? Math.log((value + half) / Math.max(value - half, Double.MIN_VALUE)) / 2 : half;
    }
}
