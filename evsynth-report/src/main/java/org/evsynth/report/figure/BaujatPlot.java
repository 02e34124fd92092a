package org.evsynth.report.figure;

import java.util.List;

import org.evsynth.report.svg.Svg;
import org.evsynth.stats.sensitivity.StudyInfluence;

/**
 * A Baujat plot (Baujat et al. 2002): each study's contribution to the heterogeneity statistic against its
 * influence on the pooled result, so the studies in the top right, which both drive heterogeneity and move the
 * estimate, stand out. Points are numbered in input order, as metafor's {@code baujat} does, with a key beside the
 * plot: names beside clustered points would overlap.
 */
public final class BaujatPlot {

    private static final double WIDTH = 380;
    private static final double HEIGHT = 290;
    private static final double MARGIN = 14;
    private static final double FONT = XYFrame.FONT;
    private static final double LABEL_MAX = 200;

    private final List<StudyInfluence> studies;

    private BaujatPlot(List<StudyInfluence> studies) {
        this.studies = List.copyOf(studies);
    }

    /** The plot of these diagnostics. */
    public static BaujatPlot of(List<StudyInfluence> influence) {
        if (influence.isEmpty()) {
            throw new IllegalArgumentException("a Baujat plot needs at least one study");
        }
        return new BaujatPlot(influence);
    }

    /** The plot as an SVG document. */
    public String svg() {
        double xMax = studies.stream().mapToDouble(StudyInfluence::baujatX).max().orElse(1);
        double yMax = studies.stream().mapToDouble(StudyInfluence::baujatY).max().orElse(1);
        ValueAxis x = ValueAxis.linear(0, xMax * 1.05);
        ValueAxis y = ValueAxis.linear(0, yMax * 1.05);
        double left = MARGIN + XYFrame.yAxisRoom(y);
        double top = MARGIN + FONT + 20;
        XYFrame frame = new XYFrame(left, top, WIDTH, HEIGHT, x, y, false);
        double keyHeight = studies.size() * 14 + 4;
        Svg svg = new Svg(Math.ceil(left + WIDTH + 16 + LABEL_MAX + MARGIN),
                Math.ceil(Math.max(top + HEIGHT + 2 * XYFrame.SMALL + 30, top + keyHeight) + MARGIN));
        svg.title("Baujat plot");
        svg.text("title", MARGIN, MARGIN + FONT, "Baujat plot", FONT + 1, "start", "bold", XYFrame.INK);
        for (int i = 0; i < studies.size(); i++) {
            StudyInfluence s = studies.get(i);
            double px = frame.px(s.baujatX());
            double py = frame.py(s.baujatY());
            String number = String.valueOf(i + 1);
            svg.circle("study-point", px, py, 3, XYFrame.INK, XYFrame.INK);
            boolean leftSide = px > left + WIDTH - 20;
            svg.text("point-number", leftSide ? px - 5 : px + 5, py - 4, number, XYFrame.SMALL,
                    leftSide ? "end" : "start", "normal", "#303030");
            double keyY = top + 10 + i * 14;
            svg.text("point-number", left + WIDTH + 16 + 18, keyY, number, XYFrame.SMALL, "end", "normal",
                    XYFrame.INK);
            svg.text("study-label", left + WIDTH + 16 + 24, keyY, TextFit.clip(s.study(), LABEL_MAX - 24,
                    XYFrame.SMALL), XYFrame.SMALL, "start", "normal", XYFrame.INK);
        }
        frame.axes(svg, "Contribution to overall heterogeneity", "Influence on overall result");
        return svg.toString();
    }
}
