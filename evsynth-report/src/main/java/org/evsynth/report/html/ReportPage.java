package org.evsynth.report.html;

import java.util.List;
import java.util.Locale;

import org.evsynth.report.svg.Svg;

/**
 * A self-contained report page: well-formed XHTML with its style sheet inline and figures as inline SVG, so the
 * same document opens in any browser without a network and renders to PDF with openhtmltopdf.
 */
public final class ReportPage {

    private static final String STYLE = """
            @page { size: A4; margin: 18mm 15mm; }
            body { font-family: 'DejaVu Sans', Arial, Helvetica, sans-serif; font-size: 10pt; color: #1a1a1a;
                   line-height: 1.4; max-width: 1100px; margin: 0 auto; padding: 0 12px; }
            h1 { font-size: 18pt; margin-bottom: 4px; }
            h2 { font-size: 14pt; border-bottom: 1px solid #999; padding-bottom: 2px; margin-top: 24px; }
            h3 { font-size: 11.5pt; margin-top: 18px; }
            h2, h3 { page-break-after: avoid; }
            p.meta { color: #555; margin-top: 0; }
            figure { margin: 10px 0 16px 0; page-break-inside: avoid; }
            figure svg { max-width: 100%; height: auto; }
            figcaption { font-size: 9pt; color: #444; }
            table { border-collapse: collapse; margin: 8px 0 14px 0; font-size: 9pt; page-break-inside: avoid; }
            th, td { border: 1px solid #bbb; padding: 3px 6px; vertical-align: top; text-align: left; }
            th { background: #eef1f5; }
            td.num { text-align: right; }
            .warning { background: #fff4e0; border-left: 4px solid #e08a00; padding: 4px 8px; margin: 6px 0; }
            .note { color: #444; font-size: 9pt; }
            ol.sof-footnotes { list-style-type: lower-alpha; }
            """;

    private final StringBuilder body = new StringBuilder();
    private final String title;

    /** A page with this title. */
    public ReportPage(String title) {
        this.title = title;
        body.append("<h1>").append(Svg.escape(title)).append("</h1>\n");
    }

    /** A heading, level 2 or 3. */
    public ReportPage heading(int level, String text, String id) {
        body.append(String.format(Locale.ROOT, "<h%d id=\"%s\">%s</h%d>%n", level, Svg.escape(id), Svg.escape(text),
                level));
        return this;
    }

    /** A paragraph of plain text. */
    public ReportPage paragraph(String text) {
        body.append("<p>").append(Svg.escape(text)).append("</p>\n");
        return this;
    }

    /** A paragraph in a style: "meta", "note" or "warning". */
    public ReportPage paragraph(String text, String cssClass) {
        body.append("<p class=\"").append(cssClass).append("\">").append(Svg.escape(text)).append("</p>\n");
        return this;
    }

    /** A figure from its SVG, with a caption. */
    public ReportPage figure(String svg, String caption) {
        String inline = svg.startsWith("<?xml") ? svg.substring(svg.indexOf("?>") + 2) : svg;
        body.append("<figure>\n").append(inline).append("<figcaption>").append(Svg.escape(caption))
                .append("</figcaption>\n</figure>\n");
        return this;
    }

    /** A table; cells that look like numbers are right-aligned. */
    public ReportPage table(List<String> headers, List<List<String>> rows) {
        body.append("<table>\n<tr>");
        headers.forEach(h -> body.append("<th>").append(Svg.escape(h)).append("</th>"));
        body.append("</tr>\n");
        for (List<String> row : rows) {
            body.append("<tr>");
            for (String cell : row) {
                boolean numeric = cell.matches("[-−+]?[0-9.,]+%?( \\[.*\\])?");
                body.append(numeric ? "<td class=\"num\">" : "<td>").append(Svg.escape(cell)).append("</td>");
            }
            body.append("</tr>\n");
        }
        body.append("</table>\n");
        return this;
    }

    /** A fragment of XHTML written by another renderer (the summary-of-findings table). It must be well formed. */
    public ReportPage xhtml(String fragment) {
        body.append(fragment).append('\n');
        return this;
    }

    /** The complete XHTML document. */
    public String toXhtml() {
        return "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n"
                + "<meta charset=\"UTF-8\"/>\n<title>" + Svg.escape(title) + "</title>\n<style>\n" + STYLE
                + "</style>\n</head>\n<body>\n" + body + "</body>\n</html>\n";
    }
}
