package org.evsynth.app.web.analysis;

import java.util.ArrayList;
import java.util.List;
import org.evsynth.report.bundle.BundleContent;
import org.evsynth.report.bundle.OutcomeKind;
import org.evsynth.report.grade.ComparatorRisk;
import org.evsynth.report.grade.SofHtml;
import org.evsynth.report.grade.SofRow;
import org.evsynth.report.grade.SummaryOfFindings;
import org.evsynth.stats.effect.BinaryStudy;
import org.evsynth.stats.effect.ContinuousStudy;
import org.evsynth.stats.effect.StudyData;
import org.evsynth.stats.meta.MetaAnalysisResult;

/**
 * The summary-of-findings tables of the analysed outcomes, one per comparison, as the report builds them for an
 * exported bundle: no GRADE assessment yet (the reviewers rate it in review.yaml), the comparator risk the median
 * of the comparator arms of counts, participants counted from the arms.
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
        MetaAnalysisResult pooled = run.result().overall();
        List<StudyData> studies = run.result().table().studies();
        List<BinaryStudy> counts = studies.stream().filter(BinaryStudy.class::isInstance)
                .map(BinaryStudy.class::cast).toList();
        ComparatorRisk risk = counts.isEmpty() ? null : ComparatorRisk.median(counts);
        return SofRow.of(run.content().name(), participants(studies), pooled.k(), null, run.result().table().measure(),
                pooled.pooled().estimate(), pooled.pooled().ciLower(), pooled.pooled().ciUpper(), risk, false, "");
    }

    /** The participants of both arms of every study, or -1 when a study reports only a contrast. */
    private static long participants(List<StudyData> studies) {
        long total = 0;
        for (StudyData s : studies) {
            if (s instanceof BinaryStudy b) {
                total += Math.round(b.total1() + b.total2());
            } else if (s instanceof ContinuousStudy c) {
                total += Math.round(c.n1() + c.n2());
            } else {
                return -1;
            }
        }
        return total;
    }
}
