package org.evsynth.report.table;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.evsynth.report.format.CellText;
import org.evsynth.report.format.Texts;
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
 * that is not a number is an error, not a zero. Text cells are read as {@link CellText#csv} keeps them: the
 * apostrophe evsynth writes before a formula-like cell is taken off, and control characters are removed with a
 * warning.
 */
public final class StudyTableReader {

    /** An estimate off-centre in its CI by more than this fraction of the half-width, beyond rounding, is flagged. */
    private static final double ASYMMETRY_WARNING = 0.10;

    /** Commons CSV names the line a quoted cell began on: "(startline 2) EOF reached before ...". */
    private static final Pattern START_LINE = Pattern.compile("\\(startline (\\d+)\\)");

    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true).setTrim(true).setAllowMissingColumnNames(false)
            .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW).build();

    private StudyTableReader() {
    }

    /**
     * Reads the file.
     *
     * @param measure the measure asked for, or null for the format's default
     * @throws InputException naming the file, line and column of the first problem
     */
    public static StudyTable read(Path path, EffectMeasure measure) throws InputException {
        return read(path.toString(), readBytes(path, path.toString()), measure);
    }

    /**
     * Reads a table from its bytes (an upload), named in messages as given.
     *
     * @param measure the measure asked for, or null for the format's default
     * @throws InputException naming the file, line and column of the first problem
     */
    public static StudyTable read(String name, byte[] bytes, EffectMeasure measure) throws InputException {
        String text = decode(bytes, name);
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSV)) {
            List<String> header = parser.getHeaderNames();
            if (header.isEmpty() || header.stream().allMatch(String::isBlank)) {
                throw InputException.at(name, 0, null, "the file is empty; expected a header row with one of:"
                        + InputFormat.describeAll());
            }
            InputFormat format = Header.recognise(name, header);
            EffectMeasure resolved = resolveMeasure(name, format, measure);
            List<String> warnings = new ArrayList<>();
            List<StudyRow> rows = rows(name, parser, header, format, resolved, warnings);
            if (rows.isEmpty()) {
                throw InputException.at(name, 0, null, "the file has a header but no studies");
            }
            return new StudyTable(name, format, resolved, header, rows, warnings, sha256(bytes));
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            // Commons CSV reports malformed quoting in the header and duplicate headers this way.
            throw InputException.at(name, startLine(e, 1), null, "cannot be read as CSV: " + csvProblem(e));
        }
    }

    private static List<StudyRow> rows(String name, CSVParser parser, List<String> header, InputFormat format,
                                       EffectMeasure measure, List<String> warnings) throws InputException {
        List<StudyRow> rows = new ArrayList<>();
        Iterator<CSVRecord> records = parser.iterator();
        while (true) {
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    return rows;
                }
                record = records.next();
            } catch (UncheckedIOException e) {
                throw InputException.at(name, startLine(e.getCause(), parser.getCurrentLineNumber()), null,
                        csvProblem(e.getCause()));
            }
            rows.add(row(name, parser.getCurrentLineNumber(), header, record, format, measure, warnings));
        }
    }

    /** The line a malformed record began on, from Commons CSV's message, or the fallback. */
    private static long startLine(Exception e, long fallback) {
        Matcher m = START_LINE.matcher(String.valueOf(e.getMessage()));
        return m.find() ? Long.parseLong(m.group(1)) : fallback;
    }

    /** What is wrong with the CSV, in words, without repeating the file's content. */
    private static String csvProblem(Exception e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("EOF reached before encapsulated token finished")) {
            return "a quoted cell that starts on this line is never closed (an unterminated \")";
        }
        if (message.contains("invalid char between encapsulated token and delimiter")) {
            return "text follows the closing quote of a quoted cell; a \" inside a quoted cell is written \"\"";
        }
        if (message.contains("duplicate name") || message.contains("header contains a duplicate")) {
            return "a column name appears twice in the header";
        }
        return Texts.cell(message.replaceAll("\\s+", " "));
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

    /**
     * UTF-8 (a BOM is dropped); bytes that are not UTF-8 are read as Windows-1252, as spreadsheets write them. A file
     * with NUL bytes is not text at all, and is refused without repeating any of it.
     */
    private static String decode(byte[] bytes, String name) throws InputException {
        for (byte b : bytes) {
            if (b == 0) {
                throw InputException.at(name, 0, null, "is not a CSV text file (it holds NUL bytes)");
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, Charset.forName("windows-1252"));
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
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
            throw new InputException(String.format(Locale.ROOT,
                    "%s: measure %s (%s) does not fit the columns (%s); for these columns use one of %s",
                    name, measure, measure.description(), String.join(",", format.columns()),
                    String.join(", ", format.measures().stream().map(Enum::name).toList())));
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
            values.put(header.get(i), CellText.csv(record.get(i), warnings, name, line, header.get(i)));
        }
        String study = values.get(InputFormat.STUDY);
        if (study.isEmpty()) {
            throw InputException.at(name, line, InputFormat.STUDY, "the study label is empty");
        }
        Cells cells = new Cells(name, line, values);
        try {
            return new StudyRow(line, data(study, cells, format, measure, warnings), values);
        } catch (InvalidStudyDataException e) {
            throw InputException.at(name, line, e.field(), e.getMessage());
        } catch (IllegalArgumentException e) {
            throw InputException.at(name, line, null, e.getMessage());
        }
    }

    private static StudyData data(String study, Cells cells, InputFormat format, EffectMeasure measure,
                                  List<String> warnings) throws InputException {
        return switch (format) {
            case BINARY -> BinaryStudy.of(study, cells.number("events_1"), cells.number("total_1"),
                    cells.number("events_2"), cells.number("total_2"));
            case CONTINUOUS -> ContinuousStudy.of(study, cells.number("mean_1"), cells.number("sd_1"),
                    cells.number("n_1"), cells.number("mean_2"), cells.number("sd_2"), cells.number("n_2"));
            case PROPORTION -> ProportionStudy.of(study, cells.number("events"), cells.number("total"));
            case THETA_WITH_SE -> GenericStudy.of(study, cells.number("theta"), cells.number("se"));
            case ESTIMATE_WITH_CI -> estimateWithCi(study, cells, measure, warnings);
        };
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
                    cells.file(), cells.line(), study, cells.text("estimate"), cells.text("ci_lower"),
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
}
