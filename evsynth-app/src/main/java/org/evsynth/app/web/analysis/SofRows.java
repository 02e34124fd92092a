package org.evsynth.app.web.analysis;

import java.util.ArrayList;
import java.util.List;
import org.evsynth.report.bundle.BundleContent;
import org.evsynth.report.bundle.OutcomeKind;
import org.evsynth.report.document.OutcomeAnalysis;
import org.evsynth.report.grade.SofHtml;
import org.evsynth.report.grade.SofRow;
import org.evsynth.report.grade.SummaryOfFindings;

/**
 * The summary-of-findings tables of the analysed outcomes, one per comparison, with the report's rows
 * ({@link OutcomeAnalysis#sofRow}) for an exported bundle: no GRADE assessment yet (the reviewers rate it in
 * review.yaml), the comparator risk or mean the median of the comparator arms, participants counted from the arms.
 */
final class SofRows {

    private SofRows() {
    }

    /** The tables as HTML fragments (escaped by {@link SofHtml}), one per comparison with an analysed outcome. */
    static List<String> html(BundleContent bundle, List<OutcomeRun> runs) {
        List<String> tables = new ArrayList<>();
        for (BundleContent.ComparisonContent c : bundle.comparisons()) {
            List<SofRow> rows = new ArrayList<>();
            for (OutcomeRun run : runs) {
                if (run.comparison().equals(c.name()) && run.result() != null
                        && run.content().kind() != OutcomeKind.OVERVIEW) {
                    rows.add(row(run));
                }
            }
            if (!rows.isEmpty()) {
                tables.add(SofHtml.render(new SummaryOfFindings(c.name(), bundle.question().population(),
                        bundle.question().setting(), c.interventionLabel(), c.comparatorLabel(), rows)));
            }
        }
        return tables;
    }

    private static SofRow row(OutcomeRun run) {
        return OutcomeAnalysis.sofRow(run.outcome(), run.result());
    }
}
