package org.evsynth.report.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The scanner splits records and cells, and counts lines, as Commons CSV's RFC 4180 format with trimmed cells and
 * empty lines skipped, which evsynth read study tables with before: checked against Commons CSV itself on random
 * texts made of the characters that matter (delimiters, quotes, each kind of line break, white space inside and
 * outside quotes, non-ASCII letters and spaces), in UTF-8 and in Windows-1252.
 */
class CsvScannerTest {

    private static final CSVFormat COMMONS = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).setTrim(true)
            .build();

    private static final String[] PIECES = {"a", "1", "é", ",", ",", "\"", "\"", "\"\"", "\n", "\r", "\r\n", " ",
        "\t", "\u3000", "\u00a0", "x y"};

    private static final Pattern LINE = Pattern.compile("(?:startline |line: )(\\d+)");

    @Test
    void agreesWithCommonsCsvOnRandomTexts() {
        SplittableRandom random = new SplittableRandom(20250601);
        for (int n = 0; n < 4_000; n++) {
            StringBuilder text = new StringBuilder();
            int pieces = random.nextInt(25);
            for (int i = 0; i < pieces; i++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String csv = text.toString();
            assertEquals(commons(csv), scanned(csv, StandardCharsets.UTF_8), () -> "UTF-8: " + escaped(csv));
            String latin = csv.replace("\u3000", " ");
            assertEquals(commons(latin), scanned(latin, Charset.forName("windows-1252")),
                    () -> "Windows-1252: " + escaped(latin));
        }
    }

    @Test
    void countsLinesAsCommonsCsvDoes() {
        for (String csv : new String[] {"h,x\n1,2", "h,x\r\n1,2\r\n\r\n3,4", "h,x\n\n\n1,2\n", "h,x\n1,\"a\nb\"\n3,4",
            "h,x\r1,2\r3,4", "h\n\"a\r\n\"", "h,x\n\"1,2\n3,4\n", "h,x\n1,\"a\" b\n"}) {
            assertEquals(commons(csv), scanned(csv, StandardCharsets.UTF_8), () -> escaped(csv));
        }
    }

    /** Each record as its cells and line, or the line of the failure, as Commons CSV reads the text. */
    private static List<String> commons(String csv) {
        List<String> records = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(csv), COMMONS)) {
            Iterator<CSVRecord> it = parser.iterator();
            while (it.hasNext()) {
                CSVRecord record = it.next();
                records.add(record.toList() + " @" + parser.getCurrentLineNumber());
            }
        } catch (UncheckedIOException e) {
            records.add(failure(e.getCause()));
        } catch (IOException e) {
            records.add(failure(e));
        }
        return records;
    }

    private static String failure(IOException e) {
        Matcher m = LINE.matcher(String.valueOf(e.getMessage()));
        return "malformed @" + (m.find() ? m.group(1) : "?");
    }

    private static List<String> scanned(String csv, Charset charset) {
        List<String> records = new ArrayList<>();
        CsvScanner scanner = new CsvScanner(csv.getBytes(charset), 0, charset, 1);
        try {
            while (scanner.next()) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < scanner.cells(); i++) {
                    cells.add(scanner.text(i));
                }
                records.add(cells + " @" + scanner.line());
            }
        } catch (CsvScanner.Malformed e) {
            records.add("malformed @" + e.line());
        }
        return records;
    }

    private static String escaped(String csv) {
        return csv.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
    }
}
