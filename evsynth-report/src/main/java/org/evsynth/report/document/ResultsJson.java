package org.evsynth.report.document;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.evsynth.report.bundle.AnalysisBundle;
import org.evsynth.report.grade.DomainSignal;
import org.evsynth.report.grade.GradeAssessment;
import org.evsynth.report.grade.SofRow;
import org.evsynth.report.output.JsonReport;
import org.evsynth.report.prisma.PrismaDiagram;

/**
 * results.json: every number the report shows, per outcome the analysis in `evsynth meta`'s JSON contract, with
 * its GRADE assessment, GRADE signals and absolute effect.
 */
final class ResultsJson {

    private static final ObjectMapper MAPPER = JsonReport.mapper();

    private ResultsJson() {
    }

    static ObjectNode of(AnalysisBundle bundle, List<OutcomeAnalysis> outcomes, String version) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("title", bundle.title());
        root.put("evsynth_version", version);
        ArrayNode list = root.putArray("outcomes");
        for (OutcomeAnalysis o : outcomes) {
            ObjectNode node = list.addObject();
            node.put("comparison", o.comparison().name());
            node.put("outcome", o.outcome().name());
            node.put("kind", o.outcome().kind().key());
            node.put("source", o.outcome().source());
            node.put("data", o.outcome().dataName());
            node.put("data_sha256", o.table().sha256());
            node.set("analysis", JsonReport.of(o.result(), null));
            if (o.outcome().grade() != null) {
                node.set("grade", grade(o.outcome().grade()));
            }
            ObjectNode signals = node.putObject("grade_signals");
            for (DomainSignal s : o.signals().all()) {
                signals.putObject(s.getClass().getSimpleName()).put("suggested", s.suggested())
                        .put("summary", s.summary());
            }
            absoluteEffect(node, o.sofRow());
        }
        if (bundle.prisma() != null) {
            root.set("prisma_warnings", MAPPER.valueToTree(PrismaDiagram.of(bundle.prisma().counts()).warnings()));
        }
        return root;
    }

    private static ObjectNode grade(GradeAssessment assessment) {
        ObjectNode grade = MAPPER.createObjectNode();
        grade.put("start", assessment.start().words());
        grade.put("certainty", assessment.certainty().words());
        grade.put("symbols", assessment.certainty().symbols());
        ArrayNode ratings = grade.putArray("ratings");
        assessment.ratings().forEach(rt -> ratings.addObject().put("domain", rt.domain().key())
                .put("levels", rt.levels()).put("reason", rt.reason()));
        return grade;
    }

    private static void absoluteEffect(ObjectNode node, SofRow row) {
        if (row == null || row.absolute() == null) {
            return;
        }
        node.set("absolute_effect", MAPPER.valueToTree(row.absolute()));
        if (row.comparatorRisk() != null) {
            node.set("comparator_risk", MAPPER.valueToTree(row.comparatorRisk()));
        }
        if (row.numberNeeded() != null) {
            node.set("number_needed", MAPPER.valueToTree(row.numberNeeded()));
        }
    }
}
