package org.evsynth.report.table;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.evsynth.stats.effect.BinaryStudy;
import org.evsynth.stats.effect.ContinuousStudy;
import org.evsynth.stats.effect.EffectMeasure;
import org.evsynth.stats.effect.GenericStudy;
import org.evsynth.stats.effect.InvalidStudyDataException;
import org.evsynth.stats.effect.ProportionStudy;
import org.evsynth.stats.effect.StudyData;

/**
 * Reads a study table (CSV with a header row) into study data, recognising the input format from the column
 * names. Every problem is reported with the file, the line and the column, and nothing is guessed: a cell
 * that is not a number is an error, not a zero.
 */
public final class StudyTableReader {

    /** Text Java parses as a number but a CSV cell should not hold: NaN, Infinity, and 1d / 1f suffixes. */
    private static final java.util.regex.Pattern NOT_A_PLAIN_NUMBER =
            java.util.regex.Pattern.compile("(?i).*(nan|inf|[df])$");

    /** An estimate off-centre in its CI by more than this fraction of the half-width, beyond rounding, is flagged. */
    private static final double ASYMMETRY_WARNING = 0.10;

    private StudyTableReader() {
    }

    /**
     * Reads the file.
     *
     * @param measure the measure asked for, or null for the format's default
     * @throws InputException naming the file, line and column of the first problem
     */
    public static StudyTable read(Path path, EffectMeasure measure) throws InputException {
        String name = path.toString();
        byte[] bytes = readBytes(path, name);
        String text = decode(bytes, name);
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.RFC4180.builder()
                .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true)
                .setAllowMissingColumnNames(false).setDuplicateHeaderMode(org.apache.commons.csv.DuplicateHeaderMode.DISALLOW)
                .build())) {
            List<String> header = parser.getHeaderNames();
            if (header.isEmpty() || header.stream().allMatch(String::isBlank)) {
                throw InputException.at(name, 0, null, "the file is empty; expected a header row with one of:"
                        + InputFormat.describeAll());
            }
            InputFormat format = recognise(name, header);
            EffectMeasure resolved = resolveMeasure(name, format, measure);
            List<StudyRow> rows = new ArrayList<>();
            List<String> warnings = new ArrayList<>();
            long line = 1;
            for (CSVRecord record : parser) {
                line = parser.getCurrentLineNumber();
                rows.add(row(name, line, header, record, format, resolved, warnings));
            }
            if (rows.isEmpty()) {
                throw InputException.at(name, 0, null, "the file has a header but no studies");
            }
            return new StudyTable(name, format, resolved, header, rows, warnings, sha256(bytes));
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            // Commons CSV reports malformed quoting and duplicate headers this way.
            throw InputException.at(name, 0, null, "cannot be read as CSV: " + e.getMessage());
        }
    }

    private static byte[] readBytes(Path path, String name) throws InputException {
        try {
            if (Files.isDirectory(path)) {
                throw new InputException(name + ": is a folder, not a CSV file");
            }
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new InputException(name + ": no such file");
        } catch (IOException e) {
            throw new InputException(name + ": cannot be read: " + e.getMessage());
        }
    }

    /** UTF-8 (a BOM is dropped); bytes that are not UTF-8 are read as Windows-1252, as spreadsheets write them. */
    private static String decode(byte[] bytes, String name) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, java.nio.charset.Charset.forName("windows-1252"));
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static InputFormat recognise(String name, List<String> header) throws InputException {
        Set<String> columns = new LinkedHashSet<>(header);
        InputFormat best = null;
        for (InputFormat format : InputFormat.values()) {
            if (format.matches(columns) == format.columns().size()) {
                best = format;
                break;
            }
        }
        if (best == null) {
            InputFormat closest = java.util.Arrays.stream(InputFormat.values())
                    .max(Comparator.comparingDouble(f -> (double) f.matches(columns) / f.columns().size()))
                    .orElseThrow();
            throw InputException.at(name, 1, null, "the columns do not match any input format"
                    + missingColumns(closest, columns) + "; found: " + String.join(", ", header)
                    + "; expected one of:" + InputFormat.describeAll());
        }
        if (!columns.contains(InputFormat.STUDY)) {
            throw InputException.at(name, 1, null, "missing column 'study'" + didYouMean(InputFormat.STUDY, columns)
                    + "; found: " + String.join(", ", header));
        }
        return best;
    }

    private static String missingColumns(InputFormat closest, Set<String> columns) {
        if (closest.matches(columns) == 0) {
            return "";
        }
        StringBuilder text = new StringBuilder(" (closest: ").append(closest.name().toLowerCase(Locale.ROOT))
                .append(", missing ");
        List<String> missing = closest.columns().stream().filter(c -> !columns.contains(c)).toList();
        for (int i = 0; i < missing.size(); i++) {
            text.append(i == 0 ? "" : ", ").append('\'').append(missing.get(i)).append('\'')
                    .append(didYouMean(missing.get(i), columns));
        }
        return text.append(')').toString();
    }

    /** " (is 'event_1' a misspelling?)" when a column is within two edits of the expected name. */
    private static String didYouMean(String expected, Set<String> columns) {
        for (String column : columns) {
            if (!column.equals(expected) && editDistance(column.toLowerCase(Locale.ROOT), expected) <= 2) {
                return " (is '" + column + "' a misspelling?)";
            }
        }
        return "";
    }

    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static EffectMeasure resolveMeasure(String name, InputFormat format, EffectMeasure measure)
            throws InputException {
        if (measure == null) {
            return switch (format) {
                case BINARY -> EffectMeasure.RR;
                case CONTINUOUS -> EffectMeasure.MD;
                case PROPORTION -> EffectMeasure.PLO;
                case THETA_WITH_SE -> EffectMeasure.GEN;
                case ESTIMATE_WITH_CI -> throw new InputException(name
                        + ": estimates with confidence intervals need --measure, to say whether they are ratios "
                        + "(HR, OR, RR: log-transformed) or differences (MD, SMD, RD, GEN)");
            };
        }
        if (!measure.accepts(format.kind())) {
            List<String> fitting = java.util.Arrays.stream(EffectMeasure.values())
                    .filter(m -> m.accepts(format.kind())).map(Enum::name).toList();
            throw new InputException(String.format(Locale.ROOT,
                    "%s: measure %s (%s) does not fit the columns (%s); for these columns use one of %s",
                    name, measure, measure.description(), String.join(",", format.columns()),
                    String.join(", ", fitting)));
        }
        return measure;
    }

    private static StudyRow row(String name, long line, List<String> header, CSVRecord record, InputFormat format,
                                EffectMeasure measure, List<String> warnings) throws InputException {
        if (record.size() != header.size()) {
            throw InputException.at(name, line, null, String.format(Locale.ROOT,
                    "the row has %d cells but the header has %d columns", record.size(), header.size()));
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            values.put(header.get(i), record.get(i));
        }
        String study = values.get(InputFormat.STUDY);
        if (study.isEmpty()) {
            throw InputException.at(name, line, InputFormat.STUDY, "the study label is empty");
        }
        Cells cells = new Cells(name, line, values);
        try {
            StudyData data = switch (format) {
                case BINARY -> BinaryStudy.of(study, cells.number("events_1"), cells.number("total_1"),
                        cells.number("events_2"), cells.number("total_2"));
                case CONTINUOUS -> ContinuousStudy.of(study, cells.number("mean_1"), cells.number("sd_1"),
                        cells.number("n_1"), cells.number("mean_2"), cells.number("sd_2"), cells.number("n_2"));
                case PROPORTION -> ProportionStudy.of(study, cells.number("events"), cells.number("total"));
                case THETA_WITH_SE -> GenericStudy.of(study, cells.number("theta"), cells.number("se"));
                case ESTIMATE_WITH_CI -> estimateWithCi(study, cells, measure, warnings);
            };
            return new StudyRow(line, data, values);
        } catch (InvalidStudyDataException e) {
            throw InputException.at(name, line, e.field(), e.getMessage());
        } catch (IllegalArgumentException e) {
            throw InputException.at(name, line, null, e.getMessage());
        }
    }

    private static GenericStudy estimateWithCi(String study, Cells cells, EffectMeasure measure,
                                               List<String> warnings) throws InputException {
        double estimate = cells.number("estimate");
        double lower = cells.number("ci_lower");
        double upper = cells.number("ci_upper");
        GenericStudy data = GenericStudy.fromConfidenceInterval(study, estimate, lower, upper, measure.isRatio());
        double asymmetry = CiSymmetry.beyondRounding(cells.text("estimate"), cells.text("ci_lower"),
                cells.text("ci_upper"), measure.isRatio());
        if (asymmetry > ASYMMETRY_WARNING) {
            warnings.add(String.format(Locale.ROOT,
                    "%s, line %d: study '%s': the estimate %s is not in the middle of its CI %s to %s%s "
                            + "(off by %.0f%% of the half-width, more than rounding explains); "
                            + "check the source for a typo",
                    cells.file, cells.line, study, cells.text("estimate"), cells.text("ci_lower"),
                    cells.text("ci_upper"), measure.isRatio() ? " on the log scale" : "", 100 * asymmetry));
        }
        return data;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    /** The cells of one row, parsed with messages that name the file, line and column. */
    private record Cells(String file, long line, Map<String, String> values) {

        String text(String column) {
            return values.get(column);
        }

        double number(String column) throws InputException {
            String cell = values.get(column);
            if (cell == null || cell.isEmpty()) {
                throw InputException.at(file, line, column, "the cell is empty; a number is needed");
            }
            try {
                double value = Double.parseDouble(cell);
                if (Double.isFinite(value) && !NOT_A_PLAIN_NUMBER.matcher(cell).matches()) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // reported below with the cell's text
            }
            throw InputException.at(file, line, column, "'" + cell + "' is not a number");
        }
    }
}
