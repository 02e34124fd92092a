package org.evsynth.report.rob;

import org.evsynth.review.rob.Judgement;
import org.evsynth.review.rob.RobTool;
import java.util.List;
import java.util.Locale;

import org.evsynth.report.svg.Svg;

/**
 * The risk-of-bias traffic-light plot as robvis draws it (McGuinness &amp; Higgins 2021): one row per study, one
 * column per domain and one for Overall, a coloured circle with the judgement's symbol in each cell, and a legend
 * below that spells out the domains and the judgements, so that the figure stands alone in a report.
 *
 * <p>CSS classes: {@code rob-circle} (one per study and column), {@code rob-symbol}, {@code study-label},
 * {@code domain-label} (column headings), {@code legend}.
 */
public final class TrafficLightPlot {

    private static final double FONT = 12;
    private static final double LEGEND_FONT = 11;
    private static final double CELL = 34;
    private static final double RADIUS = 13;
    private static final double MARGIN = 14;
    private static final String GRID = "#BFBFBF";
    private static final String STRIP = "#E6E6E6";

    private TrafficLightPlot() {
    }

    /** The plot of every study in the table, as an SVG document. */
    public static String svg(RobTable table) {
        RobTool tool = table.tool();
        List<RobStudy> studies = table.studies();
        List<String> headings = table.columnHeadings();
        int columns = headings.size();

        double labelWidth = Svg.textWidth("Study", FONT);
        for (RobStudy study : studies) {
            labelWidth = Math.max(labelWidth, Svg.textWidth(study.name(), FONT));
        }
        // the width estimate runs a few percent short for long labels in DejaVu Sans; keep them off the axis title
        labelWidth *= 1.08;
        double overallExtra = Math.max(0, Svg.textWidth("Overall", FONT) + 8 - CELL);
        double gridLeft = MARGIN + 28 + labelWidth + 10;
        double titleTop = MARGIN;
        double stripTop = titleTop + 22;
        double gridTop = stripTop + 24;
        double gridWidth = columns * CELL + overallExtra;
        double gridHeight = studies.size() * CELL;
        double gridBottom = gridTop + gridHeight;

        double domainsWidth = Svg.textWidth("Domains:", LEGEND_FONT);
        for (int d = 0; d < tool.domains().size(); d++) {
            domainsWidth = Math.max(domainsWidth, Svg.textWidth(domainLine(tool, d), LEGEND_FONT));
        }
        double judgementWidth = Svg.textWidth("Judgement", LEGEND_FONT);
        for (Judgement j : tool.scale()) {
            judgementWidth = Math.max(judgementWidth, 22 + Svg.textWidth(j.label(), LEGEND_FONT));
        }
        double legendTop = gridBottom + 26;
        double legendLeft = MARGIN;
        double judgementLeft = legendLeft + domainsWidth + 30;
        double legendRows = Math.max(tool.domains().size(), tool.scale().size()) + 1;
        double width = Math.max(gridLeft + gridWidth, judgementLeft + judgementWidth) + MARGIN;
        double height = legendTop + legendRows * 17 + MARGIN;

        Svg svg = new Svg(Math.ceil(width), Math.ceil(height));
        svg.title(tool.displayName() + " risk-of-bias traffic-light plot, " + studies.size() + " studies");

        svg.text("axis-title", gridLeft + gridWidth / 2, titleTop + 14, "Risk of bias domains", FONT + 1, "middle",
                "bold", "#000000");
        svg.rotatedText("axis-title", MARGIN + 12, gridTop + gridHeight / 2, -90, "Study", FONT + 1, "middle",
                "bold", "#000000");

        Grid grid = new Grid(gridLeft, gridTop, gridWidth, gridHeight, overallExtra, stripTop, columns);
        drawGrid(svg, headings, studies, grid);
        drawLegend(svg, tool, legendLeft, legendTop, judgementLeft);
        return svg.toString();
    }

    /** Where the grid of circles goes: its box, the extra width of the Overall column, the top of the strips. */
    private record Grid(double left, double top, double width, double height, double overallExtra, double stripTop,
                        int columns) {

        double columnWidth(int c) {
            return c == columns - 1 ? CELL + overallExtra : CELL;
        }
    }

    private static void drawGrid(Svg svg, List<String> headings, List<RobStudy> studies, Grid g) {
        double x = g.left();
        for (int c = 0; c < g.columns(); c++) {
            double w = g.columnWidth(c);
            svg.rect("domain-strip", x, g.stripTop(), w, g.top() - g.stripTop(), STRIP, GRID);
            svg.text("domain-label", x + w / 2, g.stripTop() + 16, headings.get(c), FONT, "middle", "normal",
                    "#000000");
            x += w;
        }
        svg.rect("rob-panel", g.left(), g.top(), g.width(), g.height(), "#FFFFFF", GRID);
        for (int s = 0; s < studies.size(); s++) {
            RobStudy study = studies.get(s);
            double cy = g.top() + s * CELL + CELL / 2;
            if (s > 0) {
                svg.line("rob-grid", g.left(), g.top() + s * CELL, g.left() + g.width(), g.top() + s * CELL, GRID,
                        0.5, null);
            }
            svg.text("study-label", g.left() - 8, cy + FONT * 0.35, study.name(), FONT, "end", "normal", "#000000");
            double cx = g.left();
            for (int c = 0; c < g.columns(); c++) {
                double w = g.columnWidth(c);
                cell(svg, cx + w / 2, cy, c == g.columns() - 1 ? study.overall() : study.domains().get(c));
                cx += w;
            }
        }
        for (int c = 1; c < g.columns(); c++) {
            double lx = g.left() + c * CELL;
            svg.line("rob-grid", lx, g.top(), lx, g.top() + g.height(), GRID, c == g.columns() - 1 ? 1.2 : 0.5,
                    null);
        }
    }

    private static void drawLegend(Svg svg, RobTool tool, double left, double top, double judgementLeft) {
        svg.text("legend", left, top, "Domains:", LEGEND_FONT, "start", "bold", "#000000");
        for (int d = 0; d < tool.domains().size(); d++) {
            svg.text("legend", left, top + 17 * (d + 1), domainLine(tool, d), LEGEND_FONT);
        }
        svg.text("legend", judgementLeft, top, "Judgement", LEGEND_FONT, "start", "bold", "#000000");
        for (int i = 0; i < tool.scale().size(); i++) {
            Judgement j = tool.scale().get(i);
            double cy = top + 17 * (i + 1) - 4;
            svg.circle("legend-key", judgementLeft + 7, cy, 7, j.colour(), "#595959");
            svg.text("legend-symbol", judgementLeft + 7, cy + 3.5, j.symbol(), 9, "middle", "bold", "#000000");
            svg.text("legend", judgementLeft + 20, cy + 4, j.label(), LEGEND_FONT);
        }
    }

    private static void cell(Svg svg, double cx, double cy, Judgement judgement) {
        svg.circle("rob-circle", cx, cy, RADIUS, judgement.colour(), "#595959");
        svg.text("rob-symbol", cx, cy + 5.5, judgement.symbol(), 15, "middle", "bold", "#000000");
    }

    private static String domainLine(RobTool tool, int d) {
        return String.format(Locale.ROOT, "D%d: %s.", d + 1, tool.domains().get(d));
    }
}
