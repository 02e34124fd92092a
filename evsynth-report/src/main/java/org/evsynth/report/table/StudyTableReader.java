package org.evsynth.report.table;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

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
 *
 * <p>The file is read in one pass over its bytes ({@link CsvScanner}): each row becomes its study's data, and the
 * table keeps the file's bytes and where each row starts rather than a string per cell, so that a million studies
 * take little more memory than their data. The SHA-256 of the file is computed meanwhile on another thread.
 */
public final class StudyTableReader {

    /** An estimate off-centre in its CI by more than this fraction of the half-width, beyond rounding, is flagged. */
    private static final double ASYMMETRY_WARNING = 0.10;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

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
        Charset charset = charset(bytes, name);
        int from = charset == StandardCharsets.UTF_8 && startsWithByteOrderMark(bytes) ? UTF8_BOM.length : 0;
        CompletableFuture<String> sha256 = CompletableFuture.supplyAsync(() -> sha256(bytes));
        CsvScanner scanner = new CsvScanner(bytes, from, charset, 16);
        List<String> header = header(name, scanner);
        InputFormat format = Header.recognise(name, header);
        EffectMeasure resolved = resolveMeasure(name, format, measure);
        TableText text = new TableText(bytes, charset, List.copyOf(header), positions(header));
        List<String> warnings = new ArrayList<>();
        TableRows rows = rows(name, scanner, text, format, resolved, warnings);
        return new StudyTable(name, format, resolved, header, rows, warnings, sha256.join());
    }

    /** The header's column names: there, none empty, none twice. */
    private static List<String> header(String name, CsvScanner scanner) throws InputException {
        List<String> header = new ArrayList<>();
        try {
            if (scanner.next()) {
                for (int i = 0; i < scanner.cells(); i++) {
                    header.add(scanner.text(i));
                }
            }
        } catch (CsvScanner.Malformed e) {
            throw InputException.at(name, e.line(), null, "cannot be read as CSV: " + e.getMessage());
        }
        if (header.stream().allMatch(String::isEmpty)) {
            throw InputException.at(name, 0, null, "the file is empty; expected a header row with one of:"
                    + InputFormat.describeAll());
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).isEmpty()) {
                throw InputException.at(name, 1, null, String.format(Locale.ROOT,
                        "cannot be read as CSV: column %d of the header has no name; found: %s", i + 1,
                        Texts.names(header)));
            }
            if (!seen.add(header.get(i))) {
                throw InputException.at(name, 1, null, "cannot be read as CSV: a column name appears twice in the "
                        + "header ('" + Texts.cell(header.get(i)) + "')");
            }
        }
        return header;
    }

    private static Map<String, Integer> positions(List<String> header) {
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            positions.put(header.get(i), i);
        }
        return Map.copyOf(positions);
    }

    private static TableRows rows(String name, CsvScanner scanner, TableText text, InputFormat format,
                                  EffectMeasure measure, List<String> warnings) throws InputException {
        TableRows.Builder rows = new TableRows.Builder(text);
        Cells cells = new Cells(name, scanner, text.columns());
        int study = text.columns().get(InputFormat.STUDY);
        int width = text.header().size();
        try {
            while (scanner.next()) {
                if (scanner.cells() != width) {
                    throw InputException.at(name, scanner.line(), null, String.format(Locale.ROOT,
                            "the row has %d cells but the header has %d columns", scanner.cells(), width));
                }
                if (scanner.isEmpty(study)) {
                    throw InputException.at(name, scanner.line(), InputFormat.STUDY, "the study label is empty");
                }
                String label = CellText.csv(scanner.text(study), warnings, name, scanner.line(), InputFormat.STUDY);
                checkTextCells(name, scanner, text, format, warnings);
                rows.add(row(label, cells, format, measure, warnings), scanner.line(), scanner.recordStart());
            }
        } catch (CsvScanner.Malformed e) {
            throw InputException.at(name, e.line(), null, e.getMessage());
        }
        if (rows.isEmpty()) {
            throw InputException.at(name, 0, null, "the file has a header but no studies");
        }
        return rows.build();
    }

    /**
     * The columns beyond the format's (subgroups, notes) are read when asked for ({@link TableText#cell}), cleaned
     * quietly; here, once, a cell with control characters is said in a warning, with its line and column.
     */
    private static void checkTextCells(String name, CsvScanner scanner, TableText text, InputFormat format,
                                       List<String> warnings) {
        List<String> header = text.header();
        for (int i = 0; i < header.size(); i++) {
            if (!header.get(i).equals(InputFormat.STUDY) && !format.columns().contains(header.get(i))) {
                CellText.csv(scanner.text(i), warnings, name, scanner.line(), header.get(i));
            }
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

    /**
     * UTF-8 (a BOM is dropped); bytes that are not UTF-8 are read as Windows-1252, as spreadsheets write them. A file
     * with NUL bytes is not text at all, and is refused without repeating any of it.
     */
    private static Charset charset(byte[] bytes, String name) throws InputException {
        boolean ascii = true;
        for (byte b : bytes) {
            if (b == 0) {
                throw InputException.at(name, 0, null, "is not a CSV text file (it holds NUL bytes)");
            }
            ascii &= b >= 0;
        }
        return ascii || isUtf8(bytes) ? StandardCharsets.UTF_8 : WINDOWS_1252;
    }

    /** Whether the bytes decode as UTF-8, decoded a piece at a time rather than into one string. */
    private static boolean isUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return false;
            }
            if (result.isUnderflow()) {
                return !decoder.flush(out.clear()).isError();
            }
            out.clear();
        }
    }

    private static boolean startsWithByteOrderMark(byte[] bytes) {
        return bytes.length >= UTF8_BOM.length
                && Arrays.equals(bytes, 0, UTF8_BOM.length, UTF8_BOM, 0, UTF8_BOM.length);
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

    private static StudyData row(String study, Cells cells, InputFormat format, EffectMeasure measure,
                                 List<String> warnings) throws InputException {
        try {
            return data(study, cells, format, measure, warnings);
        } catch (InvalidStudyDataException e) {
            throw cells.problem(e.field(), e.getMessage());
        } catch (IllegalArgumentException e) {
            throw cells.problem(null, e.getMessage());
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
