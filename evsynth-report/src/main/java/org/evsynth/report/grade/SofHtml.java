package org.evsynth.report.grade;

import java.util.List;
import java.util.Locale;

import org.evsynth.report.format.Numbers;
import org.evsynth.report.svg.Svg;

/**
 * Renders a summary-of-findings table as an HTML fragment (a {@code <section class="sof">} holding a table and its
 * footnotes) in the column order of GRADEpro and Cochrane reviews: outcome; anticipated absolute effects per
 * 1,000 (risk with the comparator, risk difference with the intervention); relative effect; participants
 * (studies); certainty; NNT/NNH; comments. No styles or scripts: the report's stylesheet dresses it.
 */
public final class SofHtml {

    private SofHtml() {
    }

    /** The fragment. */
    public static String render(SummaryOfFindings sof) {
        StringBuilder h = new StringBuilder(4096);
        h.append("<section class=\"sof\">\n<table class=\"sof-table\">\n<caption>").append(escape(sof.title()))
                .append("<br/><span class=\"sof-question\">Patients or population: ").append(escape(sof.population()));
        if (!sof.setting().isBlank()) {
            h.append("; setting: ").append(escape(sof.setting()));
        }
        h.append("; intervention: ").append(escape(sof.intervention())).append("; comparison: ")
                .append(escape(sof.comparator())).append("</span></caption>\n");
        h.append("<thead>\n<tr><th rowspan=\"2\" scope=\"col\">Outcomes</th>"
                + "<th colspan=\"2\" scope=\"colgroup\">Anticipated absolute effects<sup>*</sup> (95% CI)</th>"
                + "<th rowspan=\"2\" scope=\"col\">Relative effect (95% CI)</th>"
                + "<th rowspan=\"2\" scope=\"col\">№ of participants (studies)</th>"
                + "<th rowspan=\"2\" scope=\"col\">Certainty of the evidence (GRADE)</th>"
                + "<th rowspan=\"2\" scope=\"col\">NNT or NNH</th>"
                + "<th rowspan=\"2\" scope=\"col\">Comments</th></tr>\n");
        h.append("<tr><th scope=\"col\">Risk with ").append(escape(sof.comparator()))
                .append("</th><th scope=\"col\">Risk difference with ").append(escape(sof.intervention()))
                .append("</th></tr>\n</thead>\n<tbody>\n");
        for (SofRow row : sof.rows()) {
            row(h, sof, row);
        }
        h.append("</tbody>\n</table>\n");
        footnotes(h, sof);
        return h.append("</section>\n").toString();
    }

    private static void row(StringBuilder h, SummaryOfFindings sof, SofRow row) {
        h.append("<tr><th scope=\"row\">").append(escape(row.outcome())).append("</th>");
        if (row.absolute() != null) {
            h.append(cell(String.format(Locale.ROOT, "%d per 1,000", Math.round(row.comparatorRisk().per1000()))));
            h.append(cell(row.absolute().describe()));
        } else if (AbsoluteEffect.applies(row.measure())) {
            h.append(cell("not estimated: no comparator risk")).append(cell("—"));
        } else if (row.meanDifference() != null) {
            h.append(cell(row.meanDifference().comparatorText()));
            h.append(cell(row.meanDifference().describe()));
        } else {
            h.append(cell("—")).append(cell("—"));
        }
        // GRADEpro leaves the relative effect of a continuous outcome empty: the difference is its absolute effect
        h.append(cell(row.meanDifference() != null ? "—" : String.format(Locale.ROOT, "%s %s (%s to %s)",
                row.measure(), Numbers.effect(row.estimate()), Numbers.effect(row.ciLower()),
                Numbers.effect(row.ciUpper()))));
        h.append(cell(participants(row)));
        h.append("<td class=\"sof-certainty\">").append(certainty(sof, row)).append("</td>");
        h.append(cell(row.numberNeeded() == null ? "—" : row.numberNeeded().describe()));
        h.append(cell(comment(row))).append("</tr>\n");
    }

    private static String participants(SofRow row) {
        String people = row.participants() < 0 ? "not known" : String.format(Locale.ROOT, "%,d", row.participants());
        if (row.studies() < 0) {
            return people;
        }
        String kind = "";
        if (row.grade() != null) {
            kind = row.grade().design() == org.evsynth.report.grade.StudyDesign.RANDOMISED
                    ? (row.studies() == 1 ? " RCT" : " RCTs")
                    : (row.studies() == 1 ? " non-randomised study" : " non-randomised studies");
        } else {
            kind = row.studies() == 1 ? " study" : " studies";
        }
        return String.format(Locale.ROOT, "%s (%d%s)", people, row.studies(), kind);
    }

    private static String certainty(SummaryOfFindings sof, SofRow row) {
        if (row.grade() == null) {
            return "not assessed";
        }
        Certainty c = row.grade().certainty();
        String words = c.words().substring(0, 1).toUpperCase(Locale.ROOT) + c.words().substring(1);
        StringBuilder s = new StringBuilder("<span class=\"sof-symbols\" aria-hidden=\"true\">").append(c.symbols())
                .append("</span> ").append(words);
        List<String> letters = sof.lettersFor(row);
        if (!letters.isEmpty()) {
            s.append("<sup>").append(String.join(",", letters)).append("</sup>");
        }
        return s.toString();
    }

    private static String comment(SofRow row) {
        String text = row.comment();
        String basis = "";
        if (row.absolute() != null && !row.comparatorRisk().basis().isEmpty()) {
            basis = "Comparator risk: " + row.comparatorRisk().basis() + ".";
        } else if (row.meanDifference() != null && row.meanDifference().comparatorMean() != null) {
            basis = "Comparator mean: " + row.meanDifference().comparatorMean().basis() + ".";
        }
        if (!basis.isEmpty()) {
            text = text.isEmpty() ? basis : text + " " + basis;
        }
        return text.isEmpty() ? "" : text;
    }

    private static void footnotes(StringBuilder h, SummaryOfFindings sof) {
        h.append("<p class=\"sof-note\"><sup>*</sup>The risk with the intervention (and its 95% CI) is based on the "
                + "assumed risk in the comparison group and the relative effect of the intervention (and its 95% CI). "
                + "CI: confidence interval; RR: risk ratio; OR: odds ratio; HR: hazard ratio; MD: mean difference; "
                + "SMD: standardised mean difference, in standard deviations (SD); NNT: number needed to "
                + "treat for one more person to benefit; NNH: number needed to treat for one more person to be "
                + "harmed (given only when the CI of the risk difference excludes no difference).</p>\n");
        List<SummaryOfFindings.Footnote> notes = sof.footnotes();
        if (notes.isEmpty()) {
            return;
        }
        h.append("<ol class=\"sof-footnotes\" type=\"a\">\n");
        for (SummaryOfFindings.Footnote note : notes) {
            h.append("<li id=\"sof-note-").append(note.letter()).append("\">").append(escape(note.text()))
                    .append("</li>\n");
        }
        h.append("</ol>\n");
    }

    private static String cell(String text) {
        return "<td>" + escape(text) + "</td>";
    }

    /** Escapes text for HTML element content and attribute values, as {@link Svg#escape} does, and apostrophes. */
    static String escape(String text) {
        return Svg.escape(text).replace("'", "&#39;");
    }
}
