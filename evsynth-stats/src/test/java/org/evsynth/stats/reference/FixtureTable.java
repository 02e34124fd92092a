package org.evsynth.stats.reference;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.evsynth.stats.effect.BinaryStudy;
import org.evsynth.stats.effect.ContinuousStudy;
import org.evsynth.stats.effect.GenericStudy;
import org.evsynth.stats.effect.PersonTimeStudy;
import org.evsynth.stats.effect.ProportionStudy;
import org.evsynth.stats.effect.RateStudy;
import org.evsynth.stats.effect.StudyData;

/**
 * A fixture's data set (a CSV in evsynth's input contract, as tools/reference/fixture-io.R writes it: LF line
 * endings, RFC 4180 quoting) read into the library's study records, with every column kept for moderators,
 * subgroups and orders. The input kind is recognised from the column names, as the CLI does.
 *
 * @param header the column names
 * @param rows one map per data row, column to cell text
 */
record FixtureTable(List<String> header, List<Map<String, String>> rows) {

    static FixtureTable read(Path file) throws IOException {
        List<List<String>> records = parse(Files.readString(file, StandardCharsets.UTF_8));
        List<String> header = records.get(0);
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> cells : records.subList(1, records.size())) {
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), cells.get(i));
            }
            rows.add(row);
        }
        return new FixtureTable(header, rows);
    }

    /** The studies, in file order; `ratio` says whether an estimate with CI is log-transformed. */
    List<StudyData> studies(boolean ratio) {
        return rows.stream().map(row -> study(row, ratio)).toList();
    }

    /** Each study's cell in a column; `studies` are this table's {@link #studies}, one per row. */
    Map<StudyData, String> column(List<StudyData> studies, String column) {
        if (!header.contains(column)) {
            throw new IllegalArgumentException("no column " + column + " in " + header);
        }
        Map<StudyData, String> value = new IdentityHashMap<>();
        for (int i = 0; i < studies.size(); i++) {
            value.put(studies.get(i), rows.get(i).get(column));
        }
        return value;
    }

    /** The rows whose named columns are all present (not empty, not NA). */
    FixtureTable complete(List<String> columns) {
        return new FixtureTable(header, rows.stream()
                .filter(r -> columns.stream().noneMatch(c -> isMissing(r.get(c)))).toList());
    }

    static boolean isMissing(String cell) {
        return cell == null || cell.isEmpty() || cell.equals("NA");
    }

    private StudyData study(Map<String, String> row, boolean ratio) {
        String label = row.get("study");
        if (header.contains("events_1") && header.contains("total_1")) {
            return BinaryStudy.of(label, n(row, "events_1"), n(row, "total_1"), n(row, "events_2"), n(row, "total_2"));
        }
        if (header.contains("time_1")) {
            return PersonTimeStudy.of(label, n(row, "events_1"), n(row, "time_1"), n(row, "events_2"), n(row, "time_2"));
        }
        if (header.contains("mean_1")) {
            return ContinuousStudy.of(label, n(row, "mean_1"), n(row, "sd_1"), n(row, "n_1"),
                    n(row, "mean_2"), n(row, "sd_2"), n(row, "n_2"));
        }
        if (header.contains("events") && header.contains("total")) {
            return ProportionStudy.of(label, n(row, "events"), n(row, "total"));
        }
        if (header.contains("events") && header.contains("time")) {
            return RateStudy.of(label, n(row, "events"), n(row, "time"));
        }
        if (header.contains("ci_lower")) {
            return GenericStudy.fromConfidenceInterval(label, n(row, "estimate"), n(row, "ci_lower"),
                    n(row, "ci_upper"), ratio);
        }
        return GenericStudy.of(label, n(row, "theta"), n(row, "se"));
    }

    private static double n(Map<String, String> row, String column) {
        return Double.parseDouble(row.get(column));
    }

    /** RFC 4180 records: quoted fields may hold commas, quotes (doubled) and line breaks. */
    private static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                fields.add(field.toString());
                field.setLength(0);
                records.add(fields);
                fields = new ArrayList<>();
            } else if (c != '\r') {
                field.append(c);
            }
        }
        if (field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            records.add(fields);
        }
        return records;
    }
}
