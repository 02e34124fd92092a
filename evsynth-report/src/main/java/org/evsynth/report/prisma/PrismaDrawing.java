package org.evsynth.report.prisma;

import java.util.ArrayList;
import java.util.List;

import org.evsynth.report.svg.Svg;

/**
 * Lays out the PRISMA 2020 flow diagram for new systematic reviews as the template does (Page et al. 2021, BMJ
 * 372:n71, figure 1): phase labels on the left (Identification, Screening, Included), the databases-and-registers
 * column with its exclusion boxes to the right, and, when other methods were used, a second column whose assessed
 * reports join the included box. Every count carries "n = unknown" or ", derived" when it is not simply reported.
 *
 * <p>CSS classes: {@code prisma-box}, {@code prisma-arrow} (one per arrow; heads are {@code prisma-arrowhead}),
 * {@code prisma-count} (text lines with a count), {@code prisma-text}, {@code prisma-phase}, {@code prisma-header},
 * {@code prisma-note}.
 */
final class PrismaDrawing {

    private static final double FONT = 11.5;
    private static final double LINE = 15;
    private static final double PAD = 8;
    private static final double MAIN_W = 250;
    private static final double SIDE_W = 250;
    private static final double ARROW_GAP = 46;
    private static final double COLUMN_GAP = 40;
    private static final double ROW_GAP = 30;
    private static final double PHASE_W = 26;
    private static final double MARGIN = 14;
    private static final double HEADER_H = 34;
    private static final double INDENT = 12;
    private static final String HEADER_DBR = "#FFC000";
    private static final String HEADER_OTHER = "#D9D9D9";
    private static final String PHASE = "#9DC3E6";

    private PrismaDrawing() {
    }

    /** One logical line of a box: words, optionally followed by a count that is never broken across lines. */
    private record Line(String words, PrismaCount count, boolean indented) {
        static Line text(String words) {
            return new Line(words, null, false);
        }

        static Line counted(String words, PrismaCount count) {
            return new Line(words, count, false);
        }

        static Line item(String words, PrismaCount count) {
            return new Line(words, count, true);
        }
    }

    /** A box's text, wrapped to its width. */
    private record Box(List<String> rows, List<Boolean> counted, List<Boolean> indented) {
        double height() {
            return 2 * PAD + rows.size() * LINE;
        }
    }

    /** The boxes of the databases-and-registers column, top to bottom, with the exclusions beside them. */
    private record MainColumn(Box identified, Box removed, Box screened, Box excluded, Retrieval retrieval,
                              Box included) {

        static MainColumn of(PrismaFlow flow) {
            return new MainColumn(box(PrismaDrawing.identified(flow), MAIN_W),
                    box(List.of(Line.text("Records removed before screening:"),
                            Line.item(PrismaKey.DUPLICATES.label(), flow.count(PrismaKey.DUPLICATES)),
                            Line.item(PrismaKey.EXCLUDED_AUTOMATIC.label(), flow.count(PrismaKey.EXCLUDED_AUTOMATIC)),
                            Line.item(PrismaKey.EXCLUDED_OTHER.label(), flow.count(PrismaKey.EXCLUDED_OTHER))), SIDE_W),
                    box(single("Records screened", flow.count(PrismaKey.RECORDS_SCREENED)), MAIN_W),
                    box(single("Records excluded", flow.count(PrismaKey.RECORDS_EXCLUDED)), SIDE_W),
                    Retrieval.of(flow, PrismaKey.DBR_SOUGHT_REPORTS, PrismaKey.DBR_NOTRETRIEVED_REPORTS,
                            PrismaKey.DBR_ASSESSED, PrismaKey.DBR_EXCLUDED, flow.reasons()),
                    box(List.of(Line.counted("Studies included in review", flow.count(PrismaKey.NEW_STUDIES)),
                            Line.counted("Reports of included studies", flow.count(PrismaKey.NEW_REPORTS))), MAIN_W));
        }
    }

    /** The boxes of the other-methods column (websites, organisations, citation searching). */
    private record OtherColumn(Box identified, Retrieval retrieval) {

        static OtherColumn of(PrismaFlow flow) {
            return new OtherColumn(box(List.of(Line.text("Records identified from:"),
                    Line.item(PrismaKey.WEBSITE_RESULTS.label(), flow.count(PrismaKey.WEBSITE_RESULTS)),
                    Line.item(PrismaKey.ORGANISATION_RESULTS.label(), flow.count(PrismaKey.ORGANISATION_RESULTS)),
                    Line.item(PrismaKey.CITATIONS_RESULTS.label(), flow.count(PrismaKey.CITATIONS_RESULTS))), MAIN_W),
                    Retrieval.of(flow, PrismaKey.OTHER_SOUGHT_REPORTS, PrismaKey.OTHER_NOTRETRIEVED_REPORTS,
                            PrismaKey.OTHER_ASSESSED, PrismaKey.OTHER_EXCLUDED, flow.otherReasons()));
        }
    }

    /** The reports of one column sought, not retrieved, assessed and excluded (with the reasons). */
    private record Retrieval(Box sought, Box notRetrieved, Box assessed, Box excluded) {

        static Retrieval of(PrismaFlow flow, PrismaKey sought, PrismaKey notRetrieved, PrismaKey assessed,
                            PrismaKey excluded, List<PrismaItem> reasons) {
            return new Retrieval(box(single("Reports sought for retrieval", flow.count(sought)), MAIN_W),
                    box(single("Reports not retrieved", flow.count(notRetrieved)), SIDE_W),
                    box(single("Reports assessed for eligibility", flow.count(assessed)), MAIN_W),
                    box(excludedLines(flow.count(excluded), reasons), SIDE_W));
        }
    }

    private static final double X0 = MARGIN + PHASE_W + 12;
    private static final double X1 = X0 + MAIN_W + ARROW_GAP;
    private static final double X2 = X1 + SIDE_W + COLUMN_GAP;
    private static final double X3 = X2 + MAIN_W + ARROW_GAP;
    private static final String[] NOTES = {
        "n = unknown: not reported. \u201cderived\u201d: follows arithmetically from the counts reported.",
        "Layout: PRISMA 2020 flow diagram for new systematic reviews (Page et al. 2021, BMJ 372:n71)."};

    static String draw(PrismaFlow flow) {
        MainColumn main = MainColumn.of(flow);
        OtherColumn other = flow.otherMethods() ? OtherColumn.of(flow) : null;
        double width = (other != null ? X3 + SIDE_W : X1 + SIDE_W) + MARGIN;
        double[] rowHeight = rowHeights(main, other);
        double[] rowTop = new double[rowHeight.length];
        double y = MARGIN + HEADER_H + ROW_GAP * 0.6;
        for (int r = 0; r < rowHeight.length; r++) {
            rowTop[r] = y;
            y += rowHeight[r] + ROW_GAP;
        }
        double diagramBottom = rowTop[4] + rowHeight[4];
        double height = diagramBottom + 18 + NOTES.length * 14 + MARGIN;

        Svg svg = new Svg(Math.ceil(width), Math.ceil(height));
        svg.title("PRISMA 2020 flow diagram");
        header(svg, X0, X1 + SIDE_W, "Identification of studies via databases and registers", HEADER_DBR);
        phase(svg, rowTop[0], rowTop[0] + rowHeight[0], "Identification");
        phase(svg, rowTop[1], rowTop[3] + rowHeight[3], "Screening");
        phase(svg, rowTop[4], rowTop[4] + rowHeight[4], "Included");
        drawMain(svg, main, rowTop, rowHeight);
        if (other != null) {
            header(svg, X2, X3 + SIDE_W, "Identification of studies via other methods", HEADER_OTHER);
            drawOther(svg, other, rowTop, rowHeight);
        }
        for (int i = 0; i < NOTES.length; i++) {
            svg.text("prisma-note", MARGIN, diagramBottom + 22 + i * 14, NOTES[i], 10, "start", "normal",
                    "#595959");
        }
        return svg.toString();
    }

    /** Each row as high as its tallest box; a phase label must fit its bar ("Identification", "Included"). */
    private static double[] rowHeights(MainColumn m, OtherColumn o) {
        double[] rowHeight = {
            max(m.identified(), m.removed(), o == null ? null : o.identified()),
            max(m.screened(), m.excluded()),
            max(m.retrieval().sought(), m.retrieval().notRetrieved(), o == null ? null : o.retrieval().sought(),
                    o == null ? null : o.retrieval().notRetrieved()),
            max(m.retrieval().assessed(), m.retrieval().excluded(), o == null ? null : o.retrieval().assessed(),
                    o == null ? null : o.retrieval().excluded()),
            m.included().height()};
        rowHeight[0] = Math.max(rowHeight[0], phaseLength("Identification"));
        rowHeight[4] = Math.max(rowHeight[4], phaseLength("Included"));
        return rowHeight;
    }

    private static void drawMain(Svg svg, MainColumn m, double[] rowTop, double[] rowHeight) {
        Box[] down = {m.identified(), m.screened(), m.retrieval().sought(), m.retrieval().assessed(), m.included()};
        Box[] aside = {m.removed(), m.excluded(), m.retrieval().notRetrieved(), m.retrieval().excluded()};
        for (int r = 0; r < down.length; r++) {
            place(svg, down[r], X0, rowTop[r], MAIN_W, rowHeight[r]);
        }
        for (int r = 0; r < aside.length; r++) {
            place(svg, aside[r], X1, rowTop[r], SIDE_W, rowHeight[r]);
        }
        double mainMid = X0 + MAIN_W / 2;
        for (int r = 0; r < 4; r++) {
            arrow(svg, new double[] {mainMid, rowTop[r] + rowHeight[r], mainMid, rowTop[r + 1]});
            arrow(svg, new double[] {X0 + MAIN_W, rowTop[r] + rowHeight[r] / 2, X1, rowTop[r] + rowHeight[r] / 2});
        }
    }

    private static void drawOther(Svg svg, OtherColumn o, double[] rowTop, double[] rowHeight) {
        double otherMid = X2 + MAIN_W / 2;
        place(svg, o.identified(), X2, rowTop[0], MAIN_W, rowHeight[0]);
        place(svg, o.retrieval().sought(), X2, rowTop[2], MAIN_W, rowHeight[2]);
        place(svg, o.retrieval().notRetrieved(), X3, rowTop[2], SIDE_W, rowHeight[2]);
        place(svg, o.retrieval().assessed(), X2, rowTop[3], MAIN_W, rowHeight[3]);
        place(svg, o.retrieval().excluded(), X3, rowTop[3], SIDE_W, rowHeight[3]);
        arrow(svg, new double[] {otherMid, rowTop[0] + rowHeight[0], otherMid, rowTop[2]});
        arrow(svg, new double[] {otherMid, rowTop[2] + rowHeight[2], otherMid, rowTop[3]});
        for (int r = 2; r <= 3; r++) {
            double mid = rowTop[r] + rowHeight[r] / 2;
            arrow(svg, new double[] {X2 + MAIN_W, mid, X3, mid});
        }
        double joinY = rowTop[4] + rowHeight[4] / 2;
        arrow(svg, new double[] {otherMid, rowTop[3] + rowHeight[3], otherMid, joinY, X0 + MAIN_W, joinY});
    }

    private static List<Line> identified(PrismaFlow flow) {
        List<Line> lines = new ArrayList<>();
        lines.add(Line.text("Records identified from:"));
        lines.add(Line.item("Databases", flow.count(PrismaKey.DATABASE_RESULTS)));
        for (PrismaItem item : flow.databases()) {
            lines.add(new Line("\u2013 " + item.name(), item.count(), true));
        }
        lines.add(Line.item("Registers", flow.count(PrismaKey.REGISTER_RESULTS)));
        for (PrismaItem item : flow.registers()) {
            lines.add(new Line("\u2013 " + item.name(), item.count(), true));
        }
        return lines;
    }

    private static List<Line> single(String words, PrismaCount count) {
        return List.of(Line.text(words), Line.counted("", count));
    }

    private static List<Line> excludedLines(PrismaCount total, List<PrismaItem> reasons) {
        if (reasons.isEmpty()) {
            return single("Reports excluded", total);
        }
        List<Line> lines = new ArrayList<>();
        lines.add(Line.counted("Reports excluded", total));
        for (PrismaItem reason : reasons) {
            lines.add(Line.item(reason.name(), reason.count()));
        }
        return lines;
    }

    /** Wraps each line to the box's inner width, keeping "(n = ...)" whole. */
    private static Box box(List<Line> lines, double width) {
        List<String> rows = new ArrayList<>();
        List<Boolean> counted = new ArrayList<>();
        List<Boolean> indented = new ArrayList<>();
        for (Line line : lines) {
            double room = width - 2 * PAD - (line.indented() ? INDENT : 0);
            List<String> tokens = new ArrayList<>();
            for (String word : line.words().split(" ")) {
                if (!word.isEmpty()) {
                    tokens.add(word);
                }
            }
            if (line.count() != null) {
                tokens.add("(" + line.count().text() + ")");
            }
            StringBuilder current = new StringBuilder();
            for (String token : tokens) {
                String candidate = current.length() == 0 ? token : current + " " + token;
                if (current.length() > 0 && Svg.textWidth(candidate, FONT) > room) {
                    rows.add(current.toString());
                    counted.add(line.count() != null);
                    indented.add(line.indented());
                    current = new StringBuilder(token);
                } else {
                    current = new StringBuilder(candidate);
                }
            }
            rows.add(current.toString());
            counted.add(line.count() != null);
            indented.add(line.indented());
        }
        return new Box(rows, counted, indented);
    }

    private static double max(Box... boxes) {
        double max = 0;
        for (Box box : boxes) {
            if (box != null) {
                max = Math.max(max, box.height());
            }
        }
        return max;
    }

    private static void place(Svg svg, Box box, double x, double y, double width, double height) {
        svg.rect("prisma-box", x, y, width, height, "#FFFFFF", "#000000");
        double textTop = y + (height - box.rows().size() * LINE) / 2;
        for (int i = 0; i < box.rows().size(); i++) {
            boolean single = box.rows().size() <= 2 && !box.indented().contains(true);
            double tx = single ? x + width / 2 : x + PAD + (box.indented().get(i) ? INDENT : 0);
            svg.text(box.counted().get(i) ? "prisma-count" : "prisma-text", tx, textTop + i * LINE + LINE * 0.75,
                    box.rows().get(i), FONT, single ? "middle" : "start", "normal", "#000000");
        }
    }

    private static void header(Svg svg, double left, double right, String text, String fill) {
        svg.roundedRect("prisma-header", left, MARGIN, right - left, HEADER_H, 6, fill, "#7F7F7F");
        svg.text("prisma-header", (left + right) / 2, MARGIN + HEADER_H / 2 + 4.5, text, 13, "middle", "bold",
                "#000000");
    }

    private static double phaseLength(String text) {
        return Svg.boldTextWidth(text, 12.5) + 16;
    }

    private static void phase(Svg svg, double top, double bottom, String text) {
        svg.roundedRect("prisma-phase", MARGIN, top, PHASE_W, bottom - top, 6, PHASE, "#7F7F7F");
        svg.rotatedText("prisma-phase", MARGIN + PHASE_W / 2 + 4.5, (top + bottom) / 2, -90, text, 12.5, "middle",
                "bold", "#000000");
    }

    /** An arrow along the points {x0, y0, x1, y1, ...}, its head at the last point. */
    private static void arrow(Svg svg, double[] points) {
        StringBuilder d = new StringBuilder();
        int n = points.length;
        double ex = points[n - 2];
        double ey = points[n - 1];
        double dx = ex - points[n - 4];
        double dy = ey - points[n - 3];
        double length = Math.hypot(dx, dy);
        double ux = dx / length;
        double uy = dy / length;
        double head = 8;
        for (int i = 0; i < n; i += 2) {
            boolean last = i == n - 2;
            double px = last ? ex - ux * head : points[i];
            double py = last ? ey - uy * head : points[i + 1];
            d.append(i == 0 ? "M" : " L").append(String.format(java.util.Locale.ROOT, "%.2f %.2f", px, py));
        }
        svg.path("prisma-arrow", d.toString(), "none", "#000000", 1.3);
        svg.polygon("prisma-arrowhead", new double[] {ex, ey, ex - ux * head - uy * 4, ey - uy * head + ux * 4,
            ex - ux * head + uy * 4, ey - uy * head - ux * 4}, "#000000", "#000000");
    }
}
