package org.evsynth.report.prisma;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.evsynth.report.format.CellText;
import org.evsynth.report.format.Texts;

/**
 * Reads PRISMA counts from a CSV file with a header row naming a key column and a count column: {@code data,n} as
 * in the PRISMA2020 R package's template (its other columns are ignored, so the filled-in template itself reads),
 * or {@code box,count}. Other columns, such as a {@code source} column citing where each count was printed, are
 * ignored.
 *
 * <p>Keys are the template's ({@link PrismaKey}), plus named rows: {@code database:MEDLINE}, {@code
 * register:ClinicalTrials.gov}, {@code reason:Wrong population} (reports excluded, databases and registers) and
 * {@code other_reason:...}; the template's own lists ({@code dbr_excluded} or {@code other_excluded} as "Reason1,
 * 12; Reason2, 3", {@code database_specific_results}, {@code register_specific_results}) read too. A count that is
 * empty, NA, ?, xxx or "unknown" is unknown.
 */
final class PrismaCountsReader {

    private static final Set<String> UNKNOWN = Set.of("", "na", "?", "xxx", "unknown", "n/a", "nr");
    private static final Set<String> NOT_DRAWN = Set.of("previous_studies", "previous_reports", "total_studies",
            "total_reports");
    private static final Set<String> TITLE_ROWS = Set.of("identification", "screening", "included");

    private PrismaCountsReader() {
    }

    static PrismaCounts read(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString(), null, "no such file");
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).setTrim(true).build();
        List<CSVRecord> records;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = format.parse(reader)) {
            records = parser.getRecords();
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new PrismaInputException(file, 0, null, "not a readable CSV file");
        }
        if (records.isEmpty()) {
            throw new PrismaInputException(file, 0, null, "the file is empty");
        }
        List<String> header = new ArrayList<>();
        records.get(0).forEach(cell -> header.add(cell.replace("\uFEFF", "").toLowerCase(Locale.ROOT)));
        int keyColumn = header.indexOf("data") >= 0 ? header.indexOf("data") : header.indexOf("box");
        int countColumn = header.indexOf("data") >= 0 ? header.indexOf("n") : header.indexOf("count");
        if (keyColumn < 0 || countColumn < 0) {
            throw new PrismaInputException(file, 1, keyColumn < 0 ? (header.contains("n") ? "data" : "box")
                    : (header.contains("data") ? "n" : "count"),
                    "missing column: the header must name the key and count columns as data,n (the PRISMA2020 "
                            + "template) or box,count; found " + Texts.names(header));
        }
        String keyName = header.get(keyColumn);
        String countName = header.get(countColumn);

        Collected counts = new Collected();
        Set<String> seen = new HashSet<>();
        for (int i = 1; i < records.size(); i++) {
            CSVRecord record = records.get(i);
            int line = (int) record.getRecordNumber();
            if (record.size() == 1 && record.get(0).isEmpty()) {
                continue;
            }
            if (record.size() != header.size()) {
                throw new PrismaInputException(file, line, null, String.format(Locale.ROOT,
                        "ragged row: %d cells, the header has %d", record.size(), header.size()));
            }
            String name = file.getFileName().toString();
            String key = CellText.csv(record.get(keyColumn), counts.notes, name, line, keyName);
            String lower = key.toLowerCase(Locale.ROOT);
            if (UNKNOWN.contains(lower) || TITLE_ROWS.contains(lower)) {
                continue;
            }
            if (!seen.add(lower)) {
                throw new PrismaInputException(file, line, keyName, "'" + Texts.cell(key) + "' appears twice");
            }
            counts.add(new Cell(file, line, countName), keyName, key,
                    CellText.csv(record.get(countColumn), counts.notes, name, line, countName));
        }
        return counts.counts();
    }

    /** The counts of the rows read so far, by kind. */
    private static final class Collected {
        private final Map<PrismaKey, Long> given = new EnumMap<>(PrismaKey.class);
        private final List<NamedCount> databases = new ArrayList<>();
        private final List<NamedCount> registers = new ArrayList<>();
        private final List<NamedCount> reasons = new ArrayList<>();
        private final List<NamedCount> otherReasons = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();

        /** One row: a single count, a list in one cell, a count per database, register or reason, or a note. */
        void add(Cell at, String keyName, String key, String cell) {
            String lower = key.toLowerCase(Locale.ROOT);
            PrismaKey scalar = PrismaKey.of(lower);
            if ((scalar == PrismaKey.DBR_EXCLUDED || scalar == PrismaKey.OTHER_EXCLUDED) && cell.contains(",")
                    && !cell.matches("\\d{1,3}(,\\d{3})+")) {
                (scalar == PrismaKey.DBR_EXCLUDED ? reasons : otherReasons).addAll(list(at, cell));
            } else if (scalar != null) {
                Long value = count(at, cell);
                if (value != null) {
                    given.put(scalar, value);
                }
            } else if (lower.equals("database_specific_results")) {
                databases.addAll(list(at, cell));
            } else if (lower.equals("register_specific_results")) {
                registers.addAll(list(at, cell));
            } else if (named(lower) != null) {
                named(lower).add(new NamedCount(name(at.file(), at.line(), keyName, key), count(at, cell)));
            } else if (NOT_DRAWN.contains(lower)) {
                Long value = count(at, cell);
                if (value != null && value > 0) {
                    notes.add(String.format(Locale.ROOT, "line %d: %s (%d) is not drawn: diagrams for updated "
                            + "reviews (previous studies) are not supported yet", at.line(), lower, value));
                }
            } else {
                throw new PrismaInputException(at.file(), at.line(), keyName, "unknown key '" + Texts.cell(key)
                        + "'; use the "
                        + "PRISMA2020 template's names (records_screened, new_studies, ...) or database:NAME, "
                        + "register:NAME, reason:TEXT, other_reason:TEXT");
            }
        }

        /** The list a "kind:NAME" key adds to, or null. */
        private List<NamedCount> named(String lower) {
            return lower.startsWith("database:") ? databases : lower.startsWith("register:") ? registers
                    : lower.startsWith("reason:") ? reasons : lower.startsWith("other_reason:") ? otherReasons : null;
        }

        PrismaCounts counts() {
            return new PrismaCounts(given, databases, registers, reasons, otherReasons, notes);
        }
    }

    /** Where a count was read, for messages. */
    private record Cell(Path file, int line, String column) {
    }

    private static String name(Path file, int line, String column, String key) {
        String name = key.substring(key.indexOf(':') + 1).trim();
        if (name.isEmpty()) {
            throw new PrismaInputException(file, line, column, "'" + Texts.cell(key)
                    + "' has no name after the colon");
        }
        return name;
    }

    /** A count, or null when the cell says it is unknown. */
    private static Long count(Cell at, String cell) {
        String text = cell.trim();
        if (UNKNOWN.contains(text.toLowerCase(Locale.ROOT))) {
            return null;
        }
        if (text.matches("\\d{1,3}(,\\d{3})+")) {
            text = text.replace(",", "");
        }
        if (!text.matches("\\d+")) {
            throw new PrismaInputException(at.file(), at.line(), at.column(), "'" + Texts.cell(cell)
                    + "' is not a count (a whole "
                    + "number of zero or more, or empty / NA / unknown when not reported)");
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new PrismaInputException(at.file(), at.line(), at.column(), "'" + Texts.cell(cell)
                    + "' is too large");
        }
    }

    /** The template's list form: "Reason1, 12; Reason2, 3". */
    private static List<NamedCount> list(Cell at, String cell) {
        List<NamedCount> items = new ArrayList<>();
        for (String item : cell.split(";")) {
            if (item.isBlank()) {
                continue;
            }
            int comma = item.lastIndexOf(',');
            if (comma < 0) {
                throw new PrismaInputException(at.file(), at.line(), at.column(), "'" + item.trim()
                        + "' should be 'name, count' (items separated by ;)");
            }
            String name = item.substring(0, comma).trim();
            if (name.isEmpty()) {
                throw new PrismaInputException(at.file(), at.line(), at.column(), "an item without a name: '"
                        + item.trim() + "'");
            }
            items.add(new NamedCount(name, count(at, item.substring(comma + 1))));
        }
        return items;
    }
}
