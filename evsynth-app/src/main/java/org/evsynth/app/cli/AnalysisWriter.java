package org.evsynth.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.evsynth.report.table.StudyRow;
import org.evsynth.report.table.StudyTable;
import org.evsynth.report.output.CsvReport;
import org.evsynth.report.output.JsonReport;
import org.evsynth.report.output.Provenance;
import org.evsynth.report.output.SectionsReport;
import org.evsynth.report.output.TextReport;
import org.evsynth.stats.effect.StudyData;
import org.evsynth.stats.meta.MetaAnalysis;
import org.evsynth.stats.meta.MetaAnalysisResult;
import org.evsynth.stats.meta.SubgroupAnalysisResult;

/** Runs analyses of a table's rows and writes each in the chosen format. */
final class AnalysisWriter {

    private final MetaAnalysis analysis;
    private final StudyTable table;
    private final SubgroupOptions subgroups;
    private final OutputFormat format;
    private final Appendable sink;
    private final SectionOptions sections;
    private CsvReport csv;

    AnalysisWriter(MetaAnalysis analysis, StudyTable table, SubgroupOptions subgroups, OutputFormat format,
                   Appendable sink, SectionOptions sections) {
        this.analysis = analysis;
        this.table = table;
        this.subgroups = subgroups;
        this.format = format;
        this.sink = sink;
        this.sections = sections;
    }

    /** The output format. */
    OutputFormat format() {
        return format;
    }

    /**
     * Analyses the rows and appends the output: pretty JSON for a single analysis, one compact JSON line with
     * `"analysis": name` in a batch, a CSV row per analysis (and subgroup), or the text panel.
     *
     * @param name the batch value, or null for a single analysis
     */
    void append(List<StudyRow> rows, String name, Provenance provenance) {
        List<StudyData> studies = rows.stream().map(StudyRow::data).toList();
        String title = name == null ? table.file() : table.file() + " — " + name;
        try {
            List<String> warnings = new ArrayList<>(table.warnings());
            if (subgroups.any()) {
                SubgroupAnalysisResult result = subgroups.run(analysis, table, rows);
                SectionsReport extra = extraSections(rows, warnings);
                switch (format) {
                    case JSON -> sink.append(json(withSections(JsonReport.of(result, warnings, provenance), extra), name));
                    case CSV -> csv().add(name, result);
                    case TEXT -> sink.append(TextReport.of(title, result, byLabel(studies), warnings))
                            .append(extra == null ? "" : extra.text());
                }
            } else {
                MetaAnalysisResult result = analysis.run(table.measure(), studies);
                SectionsReport extra = extraSections(rows, warnings);
                switch (format) {
                    case JSON -> sink.append(json(withSections(JsonReport.of(result, warnings, provenance), extra), name));
                    case CSV -> csv().add(name, "", result);
                    case TEXT -> sink.append(TextReport.of(title, result, byLabel(studies), warnings))
                            .append(extra == null ? "" : extra.text());
                }
            }
            if (csv != null) {
                csv.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SectionsReport extraSections(List<StudyRow> rows, List<String> warnings) {
        return sections != null && sections.any()
                ? SectionRunner.run(sections, analysis, table.measure(), rows, warnings) : null;
    }

    /** Puts the sections before `provenance`, which stays last. */
    private static ObjectNode withSections(ObjectNode node, SectionsReport extra) {
        if (extra == null) {
            return node;
        }
        com.fasterxml.jackson.databind.JsonNode provenance = node.remove("provenance");
        extra.addTo(node);
        if (provenance != null) {
            node.set("provenance", provenance);
        }
        return node;
    }

    private CsvReport csv() throws IOException {
        if (csv == null) {
            csv = new CsvReport(sink);
        }
        return csv;
    }

    private static Map<String, StudyData> byLabel(List<StudyData> studies) {
        Map<String, StudyData> map = new LinkedHashMap<>();
        studies.forEach(s -> map.putIfAbsent(s.study(), s));
        return map;
    }

    private static String json(ObjectNode node, String name) throws IOException {
        if (name == null) {
            return JsonReport.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n";
        }
        ObjectNode line = JsonReport.mapper().createObjectNode().put("analysis", name);
        line.setAll(node);
        line.remove("provenance");
        return JsonReport.mapper().writeValueAsString(line) + "\n";
    }
}
