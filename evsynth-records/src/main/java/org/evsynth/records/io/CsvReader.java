package org.evsynth.records.io;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evsynth.records.BibRecord;
import org.evsynth.records.ControlCharacters;
import org.evsynth.records.Normalize;
import org.evsynth.records.RecordOrigin;
import org.evsynth.records.RecordType;

/**
 * CSV and TSV exports with a header row, columns mapped to fields by a {@link ColumnMapping} (the defaults
 * know Zotero, Embase, EndNote, ASySD and screening exports). Cells reading "NA" (R's missing value) count as
 * empty. Every column, mapped or not, is kept in {@code original()} under its header. A file whose first line
 * begins like XML, BibTeX or JSON is not taken for a header row.
 */
public final class CsvReader implements RecordReader {

    private static final Pattern EMBASE_SOURCE = Pattern.compile(
            "^(.+?) \\((\\d{4})\\)(?: ([^:(\\s]+)(?::([^\\s(]+))?)?(?: \\(([^)]*)\\))?\\.?");
    private static final Pattern SPLIT_OUTSIDE_PARENS = Pattern.compile(",\\s*(?![^()]*\\))");

    private final ColumnMapping mapping;

    /** A reader choosing the default mapping that fits each file's header. */
    public CsvReader() {
        this(null);
    }

    /** A reader with the given mapping; null means the defaults. */
    public CsvReader(ColumnMapping mapping) {
        this.mapping = mapping;
    }

    @Override
    public String id() {
        return "csv";
    }

    @Override
    public boolean recognizes(String text) {
        String firstLine = FormatHead.of(text).lines().findFirst().orElse("");
        if (firstLine.startsWith("<") || firstLine.startsWith("@") || firstLine.startsWith("{")) {
            return false;
        }
        char delimiter = CsvParser.detectDelimiter(firstLine);
        List<CsvParser.Row> rows = CsvParser.parse(firstLine, delimiter).rows();
        if (rows.isEmpty() || rows.get(0).cells().size() < 2) {
            return false;
        }
        return !ColumnMapping.defaults().resolve(rows.get(0).cells()).isEmpty();
    }

    /**
     * Reads the rows. A file cut short is warned about on the line where the cut row starts: a quoted cell
     * still open at the end of the file, a last row with fewer cells than the header and no final line break,
     * a header and no rows. Control characters are removed from each cell, with a warning naming the line and
     * the column's header; a cell that {@link SpreadsheetSafe} neutralised gets its text back.
     */
    @Override
    public ImportResult read(String name, Reader input) throws IOException {
        String text = TextLines.readAll(input);
        WarningSink warnings = new WarningSink(name);
        CsvParser.Table table = CsvParser.parse(text, CsvParser.detectDelimiter(text));
        List<CsvParser.Row> rows = table.rows();
        List<BibRecord> records = new ArrayList<>();
        if (rows.isEmpty()) {
            return new ImportResult(records, warnings.list());
        }
        List<String> header = cleanCells(rows.get(0), List.of(), warnings);
        ColumnMapping effective = mapping != null ? mapping : ColumnMapping.forHeader(header);
        Map<CsvField, Integer> columns = effective.resolve(header);
        if (!columns.containsKey(CsvField.TITLE)) {
            warnings.add(1, null, "no title column among " + header + "; give a column mapping");
        }
        warnIfCut(table, header.size(), warnings);
        for (int i = 1; i < rows.size(); i++) {
            CsvParser.Row row = rows.get(i);
            boolean last = i == rows.size() - 1;
            if (row.cells().size() != header.size() && !(last && isCut(table, header.size()))) {
                warnings.add(row.line(), null, String.format(Locale.ROOT,
                        "row has %d cells, header has %d", row.cells().size(), header.size()));
            }
            List<String> cells = cleanCells(row, header, warnings);
            try {
                records.add(toRecord(header, cells, columns, new RecordOrigin(name, records.size() + 1, row.line())));
            } catch (RuntimeException e) {
                warnings.add(row.line(), null, "row skipped: " + e.getMessage());
            }
        }
        return new ImportResult(records, warnings.list());
    }

    /** Whether the last row was cut: the file ends inside a quoted cell, or inside a row that is short. */
    private static boolean isCut(CsvParser.Table table, int headerCells) {
        CsvParser.Row last = table.rows().get(table.rows().size() - 1);
        return table.unclosedQuoteAt() > 0 || !table.lastRowComplete() && last.cells().size() < headerCells;
    }

    private static void warnIfCut(CsvParser.Table table, int headerCells, WarningSink warnings) {
        CsvParser.Row last = table.rows().get(table.rows().size() - 1);
        if (table.rows().size() == 1) {
            warnings.add(1, null, table.lastRowComplete() ? "no records: the file has a header row only"
                    : "no records: the file ends inside its header row (truncated?)");
        } else if (table.unclosedQuoteAt() > 0) {
            warnings.add(table.unclosedQuoteAt(), null, String.format(Locale.ROOT, "the file ends inside a quoted "
                    + "cell that opens on line %d (truncated?); the row starting on line %d is kept as read",
                    table.unclosedQuoteAt(), last.line()));
        } else if (isCut(table, headerCells)) {
            warnings.add(last.line(), null, String.format(Locale.ROOT, "the file ends inside this row, which has %d "
                    + "cells where the header has %d (truncated?); kept as read", last.cells().size(), headerCells));
        }
    }

    /** The row's cells without control characters (warned, naming the column) and spreadsheet apostrophes. */
    private static List<String> cleanCells(CsvParser.Row row, List<String> header, WarningSink warnings) {
        List<String> cells = new ArrayList<>(row.cells().size());
        for (int i = 0; i < row.cells().size(); i++) {
            String cell = row.cells().get(i);
            ControlCharacters.Stripped stripped = ControlCharacters.strip(cell);
            if (stripped.changed()) {
                // The line of the first removal: the cell's first line plus the line breaks before it.
                int line = row.cellLines().get(i) - 1
                        + new LineIndex(stripped.text()).lineAt(stripped.removals().get(0).at());
                warnings.removedControls(line, i < header.size() ? header.get(i) : null, stripped.removed());
            }
            cells.add(SpreadsheetSafe.restore(stripped.text()));
        }
        return cells;
    }

    private static BibRecord toRecord(List<String> header, List<String> cells, Map<CsvField, Integer> columns,
            RecordOrigin origin) {
        Cells c = new Cells(cells, columns);
        BibRecord.Builder b = BibRecord.builder()
                .type(type(c.get(CsvField.TYPE)))
                .title(c.get(CsvField.TITLE))
                .authors(AuthorNames.parseList(c.get(CsvField.AUTHORS)))
                .year(Normalize.year(c.get(CsvField.YEAR)))
                .journal(c.get(CsvField.JOURNAL))
                .journalAbbreviation(c.get(CsvField.JOURNAL_ABBREVIATION))
                .volume(c.get(CsvField.VOLUME))
                .issue(c.get(CsvField.ISSUE))
                .pages(c.get(CsvField.PAGES) != null ? c.get(CsvField.PAGES)
                        : FieldValues.pages(c.get(CsvField.START_PAGE), c.get(CsvField.END_PAGE)))
                .doi(c.get(CsvField.DOI))
                .pmid(c.get(CsvField.PMID))
                .issn(c.get(CsvField.ISSN))
                .abstractText(c.get(CsvField.ABSTRACT))
                .keywords(list(c.get(CsvField.KEYWORDS)))
                .meshHeadings(list(c.get(CsvField.SUBJECT_HEADINGS)))
                .publicationTypes(list(c.get(CsvField.PUBLICATION_TYPES)))
                .registryNumbers(list(c.get(CsvField.REGISTRY_NUMBERS)))
                .language(c.get(CsvField.LANGUAGE))
                .urls(FieldValues.split(c.get(CsvField.URL), "\\s+"))
                .sourceDatabase(c.get(CsvField.SOURCE_DATABASE))
                .origin(origin);
        applyEmbaseSource(b, c.get(CsvField.EMBASE_SOURCE));
        for (int i = 0; i < header.size() && i < cells.size(); i++) {
            b.addOriginal(header.get(i), cells.get(i));
        }
        return b.build();
    }

    /** Fills journal, year, volume, issue and pages from Embase's "Source" text when the columns gave none. */
    private static void applyEmbaseSource(BibRecord.Builder b, String source) {
        if (source == null) {
            return;
        }
        Matcher m = EMBASE_SOURCE.matcher(source);
        if (!m.find()) {
            return;
        }
        if (b.journal() == null) {
            b.journal(m.group(1));
        }
        b.yearIfAbsent(Integer.valueOf(m.group(2)));
        if (b.pages() == null && m.group(5) != null) {
            b.pages(m.group(5));
        }
        if (m.group(3) != null) {
            b.volume(m.group(3));
            b.issue(m.group(4));
        }
        if (b.sourceDatabase() == null) {
            b.sourceDatabase("Embase");
        }
    }

    private static RecordType type(String value) {
        String v = value == null ? "" : value.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (v.isEmpty()) {
            return RecordType.JOURNAL_ARTICLE;
        }
        if (v.contains("journal") || v.equals("article")) {
            return RecordType.JOURNAL_ARTICLE;
        }
        if (v.contains("conference")) {
            return RecordType.CONFERENCE_PAPER;
        }
        if (v.contains("booksection") || v.contains("chapter")) {
            return RecordType.BOOK_SECTION;
        }
        if (v.startsWith("book")) {
            return RecordType.BOOK;
        }
        if (v.contains("thesis")) {
            return RecordType.THESIS;
        }
        if (v.contains("report")) {
            return RecordType.REPORT;
        }
        if (v.contains("trial")) {
            return RecordType.TRIAL_REGISTRATION;
        }
        if (v.contains("preprint")) {
            return RecordType.PREPRINT;
        }
        return RecordType.OTHER;
    }

    private static List<String> list(String value) {
        if (value == null) {
            return List.of();
        }
        return value.contains(";") ? FieldValues.split(value, ";")
                : FieldValues.split(value, SPLIT_OUTSIDE_PARENS.pattern());
    }

    /** The mapped cells of one row; blank and "NA" cells read as null. */
    private static final class Cells {
        private final List<String> cells;
        private final Map<CsvField, Integer> columns;

        Cells(List<String> cells, Map<CsvField, Integer> columns) {
            this.cells = cells;
            this.columns = columns;
        }

        String get(CsvField field) {
            Integer i = columns.get(field);
            if (i == null || i >= cells.size()) {
                return null;
            }
            String v = cells.get(i).strip();
            return v.isEmpty() || v.equals("NA") ? null : v;
        }
    }
}
