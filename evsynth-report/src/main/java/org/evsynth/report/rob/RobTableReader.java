package org.evsynth.report.rob;

import org.evsynth.review.rob.Judgement;
import org.evsynth.review.rob.RobTool;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.evsynth.report.format.CellText;
import org.evsynth.report.format.Texts;

/**
 * Reads a judgement table laid out as robvis expects (first column the study, then one column per domain in the
 * tool's order, then Overall, then optionally Weight). Domain columns are taken by position, as robvis does, so
 * that headings such as "Randomisation" work as well as "D1"; Overall and Weight are checked by name, which
 * catches a table with a domain too many or too few.
 */
final class RobTableReader {

    private RobTableReader() {
    }

    static RobTable read(Path file, RobTool tool) throws IOException {
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString(), null, "no such file");
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).setTrim(true).build();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = format.parse(reader)) {
            List<CSVRecord> records = parser.getRecords();
            if (records.isEmpty()) {
                throw new RobInputException(file, 0, null, "the file is empty");
            }
            List<String> header = header(records.get(0));
            boolean weighted = checkHeader(file, tool, header);
            List<RobStudy> studies = new ArrayList<>();
            List<String> warnings = new ArrayList<>();
            Set<String> names = new HashSet<>();
            for (int i = 1; i < records.size(); i++) {
                CSVRecord record = records.get(i);
                if (isBlank(record)) {
                    continue;
                }
                int line = (int) record.getRecordNumber();
                RobStudy study = study(file, tool, header, cells(file, header, record, warnings), line, weighted);
                if (!names.add(study.name())) {
                    throw new RobInputException(file, line, header.get(0),
                            "study '" + study.name() + "' appears twice");
                }
                studies.add(study);
            }
            if (studies.isEmpty()) {
                throw new RobInputException(file, 0, null, "the table has a header but no studies");
            }
            return RobTable.fromReader(tool, studies, weighted, warnings);
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new RobInputException(file, 0, null, "not a readable CSV file");
        }
    }

    private static List<String> header(CSVRecord record) {
        List<String> header = new ArrayList<>();
        for (String cell : record) {
            header.add(cell);
        }
        if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
            header.set(0, header.get(0).substring(1));
        }
        return header;
    }

    /** Checks the header and says whether it has a Weight column. */
    private static boolean checkHeader(Path file, RobTool tool, List<String> header) {
        int domains = tool.domains().size();
        int overallAt = domains + 1;
        String expected = "Study, D1 to D" + domains + ", Overall and optionally Weight";
        if (header.size() <= overallAt) {
            String missing = header.size() == overallAt ? "Overall" : "D" + header.size();
            throw new RobInputException(file, 1, missing, String.format(Locale.ROOT,
                    "missing column: a %s table has %s (%d or %d columns), this header has %d",
                    tool.displayName(), expected, domains + 2, domains + 3, header.size()));
        }
        if (!header.get(overallAt).equalsIgnoreCase("Overall")) {
            throw new RobInputException(file, 1, header.get(overallAt), String.format(Locale.ROOT,
                    "expected column 'Overall' after the %d domains of %s, found '%s' (columns: %s)", domains,
                    tool.displayName(), header.get(overallAt), expected));
        }
        if (header.size() == overallAt + 1) {
            return false;
        }
        if (header.size() == overallAt + 2 && header.get(overallAt + 1).toLowerCase(Locale.ROOT).startsWith("weight")) {
            return true;
        }
        throw new RobInputException(file, 1, header.get(overallAt + 1),
                "unexpected column after Overall: a " + tool.displayName() + " table has " + expected);
    }

    /** The row's cells as {@link CellText#csv} keeps them. */
    private static List<String> cells(Path file, List<String> header, CSVRecord record, List<String> warnings) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < record.size(); c++) {
            cells.add(CellText.csv(record.get(c), warnings, file.toString(),
                    record.getRecordNumber(), c < header.size() ? header.get(c) : "#" + (c + 1)));
        }
        return cells;
    }

    private static RobStudy study(Path file, RobTool tool, List<String> header, List<String> record, int line,
                                  boolean weighted) {
        if (record.size() != header.size()) {
            throw new RobInputException(file, line, null, String.format(Locale.ROOT,
                    "ragged row: %d cells, the header has %d", record.size(), header.size()));
        }
        String name = record.get(0);
        if (name.isEmpty()) {
            throw new RobInputException(file, line, header.get(0), "the study has no label");
        }
        int domains = tool.domains().size();
        List<Judgement> judgements = new ArrayList<>();
        for (int c = 1; c <= domains; c++) {
            judgements.add(judgement(file, tool, header.get(c), record.get(c), line));
        }
        Judgement overall = judgement(file, tool, header.get(domains + 1), record.get(domains + 1), line);
        double weight = Double.NaN;
        if (weighted) {
            String cell = record.get(domains + 2);
            try {
                weight = Double.parseDouble(cell);
            } catch (NumberFormatException e) {
                weight = Double.NaN;
            }
            if (!(weight >= 0) || Double.isInfinite(weight)) {
                throw new RobInputException(file, line, header.get(domains + 2),
                        "weight '" + cell + "' is not a number of zero or more");
            }
        }
        return new RobStudy(name, judgements, overall, weight);
    }

    private static Judgement judgement(Path file, RobTool tool, String column, String cell, int line) {
        Judgement judgement = Judgement.parse(cell);
        if (judgement == null || !tool.allows(judgement)) {
            String word = cell.isEmpty() ? "an empty cell" : "'" + Texts.cell(cell) + "'";
            throw new RobInputException(file, line, column, word + " is not a " + tool.displayName()
                    + " judgement (" + tool.scaleText() + ")");
        }
        return judgement;
    }

    private static boolean isBlank(CSVRecord record) {
        for (String cell : record) {
            if (!cell.isEmpty()) {
                return false;
            }
        }
        return true;
    }
}
