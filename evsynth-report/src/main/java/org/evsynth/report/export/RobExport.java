package org.evsynth.report.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.evsynth.review.rob.Judgement;
import org.evsynth.report.rob.RobStudy;
import org.evsynth.report.rob.RobTable;
import org.evsynth.review.rob.RobTool;

/**
 * The included studies' risk-of-bias judgements as a robvis table, when every study judged has each of the tool's
 * domains and Overall; otherwise none, with a warning naming the first gap.
 */
final class RobExport {

    private RobExport() {
    }

    /** The table, or null (with a warning when there are judgements that do not make one). */
    static RobTable of(List<ReviewData.IncludedStudy> studies, List<String> warnings) {
        RobTool tool = tool(studies);
        if (tool == null) {
            return null;
        }
        List<RobStudy> rows = new ArrayList<>();
        for (ReviewData.IncludedStudy s : studies) {
            if (s.judgements().isEmpty()) {
                continue;
            }
            Judgement[] row = new Judgement[tool.domains().size() + 1];
            for (ReviewData.Judged j : s.judgements()) {
                int column = column(tool, j.domain());
                Judgement level = j.judgement();
                if (column >= 0 && level != null && tool.allows(level)) {
                    row[column] = level;
                }
            }
            for (int k = 0; k < row.length; k++) {
                if (row[k] == null) {
                    warnings.add(String.format(Locale.ROOT, "rob.csv is not written: study '%s' has no %s "
                            + "judgement on %s", s.label(), tool.displayName(), k < tool.domains().size()
                            ? "D" + (k + 1) + " (" + tool.domains().get(k) + ")" : "Overall"));
                    return null;
                }
            }
            rows.add(new RobStudy(s.label(), Arrays.asList(row).subList(0, row.length - 1), row[row.length - 1],
                    Double.NaN));
        }
        return rows.isEmpty() ? null : RobTable.of(tool, rows);
    }

    /** The tool of the first judgement of an included study, or null when there is none or it is unknown. */
    private static RobTool tool(List<ReviewData.IncludedStudy> studies) {
        for (ReviewData.IncludedStudy s : studies) {
            for (ReviewData.Judged j : s.judgements()) {
                return j.tool();
            }
        }
        return null;
    }

    /** The column of a domain named as the tool names it (British or American spelling), as D1..Dn, or Overall. */
    private static int column(RobTool tool, String domain) {
        String d = normal(domain);
        if (d.equals("overall")) {
            return tool.domains().size();
        }
        for (int k = 0; k < tool.domains().size(); k++) {
            if (d.equals("d" + (k + 1)) || d.equals(normal(tool.domains().get(k)))) {
                return k;
            }
        }
        return -1;
    }

    private static String normal(String s) {
        return s.toLowerCase(Locale.ROOT).replace('z', 's').replaceAll("[^a-z0-9]", "");
    }
}
