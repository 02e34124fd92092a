package org.evsynth.report.figure;

import java.util.List;
import java.util.Locale;

import org.evsynth.report.svg.Svg;

/**
 * The recall curve of prioritised screening (relevant records found against records screened), one line per
 * simulated run, between the two references a reader needs: screening in random order (the diagonal, on average)
 * and perfect ranking (every relevant record first). The stopping rule is drawn on each line: where it switched
 * from the model's order to a random sample of the remaining records (a tick on the curve), and where it said
 * stop, at the records screened and relevant records found by then (a circle, joined to the switch by a dotted
 * line: after the switch the team screens the random sample, not the rest of the ranking, so the stop lies below
 * the curve). The shape follows ASReview's insights plots and Cohen et al. (2006)'s work-saved figures.
 */
public final class RecallCurvePlot {

    private static final double WIDTH = 440;
    private static final double HEIGHT = 300;
    private static final double MARGIN = 14;
    private static final double FONT = XYFrame.FONT;
    private static final String[] COLOURS = {"#1f5fa8", "#c4501b", "#2e8b57", "#7b3fa0", "#b8860b", "#008b8b"};

    private final String title;
    private final int records;
    private final int relevant;
    private final List<Curve> curves;
    /** Records screened so far, where the curves end; {@code records} for a whole simulated run. */
    private final int screened;

    /**
     * One run's curve.
     *
     * @param label          its name in the key ("seed 1")
     * @param foundAt        records screened in the model's order when each relevant record was found, increasing
     * @param switchedAt     records screened when the stopping rule switched to random sampling, or -1 for none
     * @param stoppedAt      records screened when the stopping rule said stop, or -1 for no mark
     * @param relevantAtStop relevant records found by then
     */
    public record Curve(String label, int[] foundAt, int switchedAt, int stoppedAt, int relevantAtStop) {

        /** A curve whose stop lies on the ranking itself (no random sample). */
        public static Curve stoppingOnTheRanking(String label, int[] foundAt, int stoppedAt) {
            return new Curve(label, foundAt, -1, stoppedAt, foundBy(foundAt, stoppedAt));
        }
    }

    private static int foundBy(int[] foundAt, int screened) {
        int found = 0;
        while (found < foundAt.length && foundAt[found] <= screened) {
            found++;
        }
        return found;
    }

    private RecallCurvePlot(String title, int records, int relevant, List<Curve> curves, int screened) {
        this.title = title;
        this.records = records;
        this.relevant = relevant;
        this.curves = List.copyOf(curves);
        this.screened = screened;
    }

    /**
     * The plot.
     *
     * @throws IllegalArgumentException when there is no curve, no record or no relevant record, or a curve finds
     *                                  more records than there are
     */
    public static RecallCurvePlot of(String title, int records, int relevant, List<Curve> curves) {
        if (curves.isEmpty() || records < 1 || relevant < 1) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "a recall curve needs a run, records and relevant records (got %d runs, %d records, %d "
                            + "relevant)", curves.size(), records, relevant));
        }
        for (Curve c : curves) {
            if (c.foundAt().length > relevant || c.relevantAtStop() > relevant || c.stoppedAt() > records
                    || (c.foundAt().length > 0 && c.foundAt()[c.foundAt().length - 1] > records)) {
                throw new IllegalArgumentException("curve '" + c.label() + "' finds more than " + relevant
                        + " relevant records or screens more than " + records);
            }
        }
        return new RecallCurvePlot(title, records, relevant, curves, records);
    }

    /**
     * A review's curve so far: the records screened until now of all {@code records}, ending where screening is.
     * How many relevant records there are is not known yet, so the references are drawn for the relevant records
     * found so far: random order would find them evenly over all the records, perfect ranking first.
     *
     * @throws IllegalArgumentException when nothing relevant was found yet, or the curve screens more than
     *                                  {@code screened} or {@code screened} exceeds {@code records}
     */
    public static RecallCurvePlot soFar(String title, int records, int screened, Curve curve) {
        int found = curve.foundAt().length;
        if (screened > records || (found > 0 && curve.foundAt()[found - 1] > screened)
                || curve.stoppedAt() > screened) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "curve '%s' goes past the %d records "
                    + "screened of %d", curve.label(), screened, records));
        }
        RecallCurvePlot whole = of(title, records, found, List.of(curve));
        return new RecallCurvePlot(whole.title, whole.records, whole.relevant, whole.curves, screened);
    }

    /** The plot as an SVG document. */
    public String svg() {
        ValueAxis x = ValueAxis.linear(0, records);
        ValueAxis y = ValueAxis.linear(0, relevant);
        double left = MARGIN + XYFrame.yAxisRoom(y);
        double top = MARGIN + FONT + 20;
        XYFrame frame = new XYFrame(left, top, WIDTH, HEIGHT, x, y, false);
        double keyWidth = 150;
        Svg svg = new Svg(Math.ceil(left + WIDTH + 20 + keyWidth + MARGIN),
                Math.ceil(top + HEIGHT + 2 * XYFrame.SMALL + 34 + MARGIN));
        svg.title(title);
        svg.text("title", MARGIN, MARGIN + FONT, title, FONT + 1, "start", "bold", XYFrame.INK);
        svg.line("random-line", frame.px(0), frame.py(0), frame.px(records), frame.py(relevant), "#888888", 1,
                "5 4");
        svg.path("perfect-line", String.format(Locale.ROOT, "M%.2f,%.2f L%.2f,%.2f L%.2f,%.2f", frame.px(0),
                frame.py(0), frame.px(Math.min(relevant, records)), frame.py(relevant), frame.px(records),
                frame.py(relevant)), "none", "#555555", 1);
        for (int i = 0; i < curves.size(); i++) {
            drawCurve(svg, frame, curves.get(i), COLOURS[i % COLOURS.length]);
        }
        frame.axes(svg, "Records screened", "Relevant records found");
        key(svg, left + WIDTH + 20, top + 6);
        return svg.toString();
    }

    private void drawCurve(Svg svg, XYFrame frame, Curve curve, String colour) {
        StringBuilder path = new StringBuilder(String.format(Locale.ROOT, "M%.2f,%.2f", frame.px(0), frame.py(0)));
        int found = 0;
        for (int at : curve.foundAt()) {
            path.append(String.format(Locale.ROOT, " H%.2f V%.2f", frame.px(at), frame.py(++found)));
        }
        path.append(String.format(Locale.ROOT, " H%.2f", frame.px(screened)));
        svg.path("recall-curve", path.toString(), "none", colour, 1.5);
        if (curve.switchedAt() >= 0) {
            double sx = frame.px(curve.switchedAt());
            double sy = frame.py(foundBy(curve.foundAt(), curve.switchedAt()));
            svg.line("switch-point", sx, sy - 5, sx, sy + 5, colour, 2, null);
            if (curve.stoppedAt() >= 0) {
                svg.line("random-sample", sx, sy, frame.px(curve.stoppedAt()), frame.py(curve.relevantAtStop()),
                        colour, 1, "2 2");
            }
        }
        if (curve.stoppedAt() >= 0) {
            svg.circle("stop-point", frame.px(curve.stoppedAt()), frame.py(curve.relevantAtStop()), 3.5, "#ffffff",
                    colour);
        }
    }

    private void key(Svg svg, double x, double y) {
        double row = 16;
        svg.line("key-perfect", x, y, x + 22, y, "#555555", 1, null);
        svg.text("key-label", x + 28, y + 4, "perfect ranking", XYFrame.SMALL);
        svg.line("key-random", x, y + row, x + 22, y + row, "#888888", 1, "5 4");
        svg.text("key-label", x + 28, y + row + 4, "random order", XYFrame.SMALL);
        for (int i = 0; i < curves.size() && i < 12; i++) {
            double cy = y + (i + 2) * row;
            svg.line("key-curve", x, cy, x + 22, cy, COLOURS[i % COLOURS.length], 1.5, null);
            svg.text("key-label", x + 28, cy + 4, TextFit.clip(curves.get(i).label(), 120, XYFrame.SMALL),
                    XYFrame.SMALL);
        }
        double cy = y + (Math.min(curves.size(), 12) + 2) * row;
        if (curves.stream().anyMatch(c -> c.switchedAt() >= 0)) {
            svg.line("key-switch", x + 11, cy - 5, x + 11, cy + 5, "#000000", 2, null);
            svg.text("key-label", x + 28, cy + 4, "random sampling starts", XYFrame.SMALL);
            cy += row;
        }
        if (curves.stream().anyMatch(c -> c.stoppedAt() >= 0)) {
            svg.circle("key-stop", x + 11, cy, 3.5, "#ffffff", "#000000");
            svg.text("key-label", x + 28, cy + 4, "stopping rule says stop", XYFrame.SMALL);
        }
    }
}
