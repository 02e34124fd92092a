package org.evsynth.report.svg;

import java.util.Locale;

import org.evsynth.report.render.EmbeddedFonts;

/**
 * A small SVG document builder shared by every figure: shapes and text with a CSS class each, so that tests can
 * count a figure's squares, diamonds and labels, and so that a figure reads the same in a browser, in the PNG
 * Batik renders and in the PDF. Coordinates are in pixels at 96 dpi; text is measured with {@link #textWidth} in
 * the face the figures are drawn in, so that layouts make exactly the room labels need.
 */
public final class Svg {

    /** The font every figure uses: shipped with evsynth for the PNG and PDF; browsers fall back to Arial. */
    public static final String FONT = "DejaVu Sans, Arial, Helvetica, sans-serif";

    private final double width;
    private final double height;
    private final StringBuilder body = new StringBuilder();

    /** A document of this size in pixels. */
    public Svg(double width, double height) {
        this.width = width;
        this.height = height;
    }

    /** Width in pixels. */
    public double width() {
        return width;
    }

    /** Height in pixels. */
    public double height() {
        return height;
    }

    /** A rectangle. */
    public Svg rect(String cssClass, double x, double y, double w, double h, String fill, String stroke) {
        body.append(String.format(Locale.ROOT,
                "<rect class=\"%s\" x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" height=\"%.2f\" fill=\"%s\" stroke=\"%s\"/>%n",
                escape(cssClass), x, y, w, h, fill, stroke));
        return this;
    }

    /** A straight line; dash is an SVG dash array such as "4 3", or null for a solid line. */
    public Svg line(String cssClass, double x1, double y1, double x2, double y2, String stroke, double strokeWidth,
                    String dash) {
        body.append(String.format(Locale.ROOT,
                "<line class=\"%s\" x1=\"%.2f\" y1=\"%.2f\" x2=\"%.2f\" y2=\"%.2f\" stroke=\"%s\" stroke-width=\"%.2f\"%s/>%n",
                escape(cssClass), x1, y1, x2, y2, stroke, strokeWidth,
                dash == null ? "" : " stroke-dasharray=\"" + dash + "\""));
        return this;
    }

    /** A circle. */
    public Svg circle(String cssClass, double cx, double cy, double r, String fill, String stroke) {
        body.append(String.format(Locale.ROOT,
                "<circle class=\"%s\" cx=\"%.2f\" cy=\"%.2f\" r=\"%.2f\" fill=\"%s\" stroke=\"%s\"/>%n",
                escape(cssClass), cx, cy, r, fill, stroke));
        return this;
    }

    /** A closed polygon through the points {x0, y0, x1, y1, ...}. */
    public Svg polygon(String cssClass, double[] points, String fill, String stroke) {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < points.length; i += 2) {
            list.append(String.format(Locale.ROOT, "%s%.2f,%.2f", i == 0 ? "" : " ", points[i], points[i + 1]));
        }
        body.append(String.format(Locale.ROOT, "<polygon class=\"%s\" points=\"%s\" fill=\"%s\" stroke=\"%s\"/>%n",
                escape(cssClass), list, fill, stroke));
        return this;
    }

    /** A path with SVG path data. */
    public Svg path(String cssClass, String data, String fill, String stroke, double strokeWidth) {
        body.append(String.format(Locale.ROOT,
                "<path class=\"%s\" d=\"%s\" fill=\"%s\" stroke=\"%s\" stroke-width=\"%.2f\"/>%n",
                escape(cssClass), data, fill, stroke, strokeWidth));
        return this;
    }

    /**
     * Text.
     *
     * @param anchor "start", "middle" or "end"
     * @param weight "normal" or "bold"
     */
    public Svg text(String cssClass, double x, double y, String text, double size, String anchor, String weight,
                    String fill) {
        body.append(String.format(Locale.ROOT,
                "<text class=\"%s\" x=\"%.2f\" y=\"%.2f\" font-size=\"%.1f\" text-anchor=\"%s\" font-weight=\"%s\" "
                        + "fill=\"%s\">%s</text>%n",
                escape(cssClass), x, y, size, anchor, weight, fill, escape(text)));
        return this;
    }

    /** Text in the default style: black, normal weight, anchored at the start. */
    public Svg text(String cssClass, double x, double y, String text, double size) {
        return text(cssClass, x, y, text, size, "start", "normal", "#000000");
    }

    /**
     * Text turned about its anchor point by an angle in degrees (-90 reads bottom to top), for side labels such as
     * the PRISMA phases and rotated axis titles.
     */
    public Svg rotatedText(String cssClass, double x, double y, double degrees, String text, double size,
                           String anchor, String weight, String fill) {
        body.append(String.format(Locale.ROOT,
                "<text class=\"%s\" x=\"%.2f\" y=\"%.2f\" transform=\"rotate(%.1f %.2f %.2f)\" font-size=\"%.1f\" "
                        + "text-anchor=\"%s\" font-weight=\"%s\" fill=\"%s\">%s</text>%n",
                escape(cssClass), x, y, degrees, x, y, size, anchor, weight, fill, escape(text)));
        return this;
    }

    /** A rectangle with rounded corners of radius r. */
    public Svg roundedRect(String cssClass, double x, double y, double w, double h, double r, String fill,
                           String stroke) {
        body.append(String.format(Locale.ROOT,
                "<rect class=\"%s\" x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" height=\"%.2f\" rx=\"%.2f\" ry=\"%.2f\" "
                        + "fill=\"%s\" stroke=\"%s\"/>%n",
                escape(cssClass), x, y, w, h, r, r, fill, stroke));
        return this;
    }

    /** A title element, read by screen readers and shown as a tooltip. */
    public Svg title(String text) {
        body.append("<title>").append(escape(text)).append("</title>\n");
        return this;
    }

    /** The document. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\" "
                        + "font-family=\"%s\">%n<rect class=\"background\" x=\"0\" y=\"0\" width=\"%.0f\" height=\"%.0f\" "
                        + "fill=\"#ffffff\"/>%n%s</svg>%n",
                width, height, width, height, FONT, width, height, body);
    }

    /**
     * The width of text in pixels at this size, measured in the typeface the figures are drawn in (DejaVu Sans,
     * shipped with evsynth), so that columns fit their longest label in the PNG and the PDF alike.
     */
    public static double textWidth(String text, double size) {
        return EmbeddedFonts.width(EmbeddedFonts.Face.REGULAR, text, size);
    }

    /** The width of bold text in pixels at this size, measured in DejaVu Sans Bold. */
    public static double boldTextWidth(String text, double size) {
        return EmbeddedFonts.width(EmbeddedFonts.Face.BOLD, text, size);
    }

    /**
     * XML-escapes text and attribute values. A character XML 1.0 cannot hold (a C0 control other than tab and line
     * breaks, U+FFFE, U+FFFF, half a surrogate pair) becomes U+FFFD: the readers remove control characters with a
     * warning, and this keeps any that come another way (the library API) from making the page or the PDF fail.
     */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (Character.isSurrogate(c) && i + 1 < text.length() && Character.isHighSurrogate(c)
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else {
                        out.append(xmlAllows(c) ? c : '\uFFFD');
                    }
                }
            }
        }
        return out.toString();
    }

    /** Whether XML 1.0 allows the character on its own (surrogates only in pairs). */
    private static boolean xmlAllows(char c) {
        return c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c < 0xD800 || c > 0xDFFF && c < 0xFFFE;
    }
}
