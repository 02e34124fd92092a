package org.evsynth.report.export;

import java.util.Locale;
import java.util.Optional;

import org.evsynth.report.figure.RecallCurvePlot;
import org.evsynth.review.ScreeningCurve;
import org.evsynth.review.ScreeningMode;
import org.evsynth.review.ScreeningOrder;

/**
 * The team's recall curve at title and abstract ({@link ScreeningCurve}) as a {@link RecallCurvePlot} and its
 * caption, the same on the web dashboard and in the report: includes found against records screened, in the order
 * screened, ending where screening is, with the stop by the rule marked.
 */
public final class ScreeningCurveFigure {

    private ScreeningCurveFigure() {
    }

    /** Whether the review's curve is worth drawing: screened in priority order, and an include found. */
    public static boolean drawn(ScreeningCurve.Curve curve) {
        return curve.order() == ScreeningOrder.PRIORITY && curve.found() > 0;
    }

    /** The plot, when {@link #drawn} (empty for a null curve too). */
    public static Optional<RecallCurvePlot> of(ScreeningCurve.Curve curve) {
        if (curve == null || !drawn(curve)) {
            return Optional.empty();
        }
        return Optional.of(RecallCurvePlot.soFar("Recall so far: includes found in priority order", curve.records(),
                curve.screened(), RecallCurvePlot.Curve.stoppingOnTheRanking("this review", curve.foundAt(),
                        curve.stoppedAt())));
    }

    /** What the figure shows, in words, for its caption (and for those who cannot see it). */
    public static String caption(ScreeningCurve.Curve curve) {
        String order = curve.mode() == ScreeningMode.DUAL ? "in the order their outcome was agreed or settled "
                + "(dual screening: a record is on the curve once final)" : "in the order screened";
        String stop = curve.stoppedAt() < 0 ? "" : String.format(Locale.ROOT, " Screening stopped by the stopping "
                + "rule after %d records (the circle).", curve.stoppedAt());
        String awaiting = curve.awaiting() == 0 ? "" : curve.awaiting() == 1 ? " 1 record in conflict is not on it "
                + "until settled." : String.format(Locale.ROOT, " %d records in conflict are not on it until settled.",
                curve.awaiting());
        return String.format(Locale.ROOT, "Includes found (maybe counted as include) against the %d of %d records "
                + "screened at title and abstract, %s. The dashed line is screening in random order and the grey "
                + "one perfect ranking, both for the %d includes found so far.%s%s", curve.screened(),
                curve.records(), order, curve.found(), stop, awaiting);
    }
}
