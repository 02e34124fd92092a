package org.evsynth.records.io;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evsynth.records.BibRecord;
import org.evsynth.records.RecordOrigin;

/**
 * The loop shared by the line-oriented tagged formats (RIS, MEDLINE, Web of Science): lines are classified as
 * a tagged value or a continuation of the previous value, collected into {@link TaggedRecord}s between the
 * format's start and end tags, and each record is mapped to a {@link BibRecord} by the subclass.
 *
 * <p>Robustness: a start tag inside an open record (missing end tag) closes the open record with a warning;
 * a record open at the end of the file is kept with a warning; a record whose mapping fails is skipped with a
 * warning naming its line, and the import goes on.
 */
abstract class TaggedFormatReader implements RecordReader {

    /**
     * The line syntax of a tagged format.
     *
     * @param tag       matches a tagged line; group 1 is the tag, group 2 (optional) the value
     * @param startTag  the tag that opens a record
     * @param endTag    the tag that closes a record, or null when a blank line does (MEDLINE)
     * @param listTags  tags whose continuation lines are further values (authors, keywords, links) rather
     *                  than wrapped text
     */
    protected record Syntax(Pattern tag, String startTag, String endTag, Set<String> listTags) {
    }

    /** A tag and its value from one line. */
    protected record TagLine(String tag, String value) {
    }

    private final Syntax syntax;

    protected TaggedFormatReader(Syntax syntax) {
        this.syntax = syntax;
    }

    /** Maps a complete tagged record to a record; warnings about single fields go to the sink. */
    protected abstract BibRecord toRecord(TaggedRecord tagged, RecordOrigin origin, WarningSink warnings);

    /** Whether a line outside any record, with content, may be ignored silently (file headers, numbering). */
    protected boolean isIgnorableOutside(String line) {
        return true;
    }

    /** The tag and value of a line, or null for a continuation line (indented, or not matching the syntax). */
    protected final TagLine parseTag(String line) {
        if (line.startsWith(" ")) {
            return null;
        }
        Matcher m = syntax.tag().matcher(line.stripTrailing());
        if (!m.matches()) {
            return null;
        }
        String value = m.groupCount() >= 2 && m.group(2) != null ? m.group(2).strip() : "";
        return new TagLine(m.group(1), value);
    }

    private boolean isStart(String tag) {
        return tag.equals(syntax.startTag());
    }

    private boolean isEnd(String tag) {
        return tag.equals(syntax.endTag());
    }

    private String endTagName() {
        return syntax.endTag() == null ? "blank line" : syntax.endTag() + " tag";
    }

    /** Formats without an end tag separate records by blank lines, and any tag may open one. */
    private boolean blankLineEndsRecord() {
        return syntax.endTag() == null;
    }

    @Override
    public ImportResult read(String name, Reader input) throws IOException {
        List<String> lines = TextLines.split(TextLines.readAll(input));
        WarningSink warnings = new WarningSink(name);
        List<BibRecord> records = new ArrayList<>();
        TaggedRecord open = null;
        for (int i = 0; i < lines.size(); i++) {
            int lineNumber = i + 1;
            String line = lines.get(i);
            TagLine tagged = line.isBlank() ? null : parseTag(line);
            if (tagged != null && (isStart(tagged.tag()) || open == null && blankLineEndsRecord())) {
                if (open != null && !open.isEmpty()) {
                    warnings.add(open.startLine(), null, String.format(Locale.ROOT,
                            "record starting on line %d has no %s before line %d; closed there",
                            open.startLine(), endTagName(), lineNumber));
                    finish(open, name, records, warnings);
                }
                open = new TaggedRecord(lineNumber);
                open.add(new TaggedEntry(tagged.tag(), tagged.value(), lineNumber));
            } else if (open == null) {
                if (!line.isBlank() && !isIgnorableOutside(line)) {
                    warnings.add(lineNumber, null, "text outside any record ignored: " + abbreviate(line));
                }
            } else if (tagged != null && isEnd(tagged.tag())) {
                finish(open, name, records, warnings);
                open = null;
            } else if (tagged != null) {
                open.add(new TaggedEntry(tagged.tag(), tagged.value(), lineNumber));
            } else if (line.isBlank()) {
                if (blankLineEndsRecord() && !open.isEmpty()) {
                    finish(open, name, records, warnings);
                    open = null;
                }
            } else {
                continueLast(open, line, lineNumber, warnings);
            }
        }
        if (open != null && !open.isEmpty()) {
            if (!blankLineEndsRecord()) {
                warnings.add(open.startLine(), null, String.format(Locale.ROOT,
                        "record starting on line %d has no %s at the end of the file (truncated?); kept",
                        open.startLine(), endTagName()));
            }
            finish(open, name, records, warnings);
        }
        return new ImportResult(records, warnings.list());
    }

    private void continueLast(TaggedRecord open, String line, int lineNumber, WarningSink warnings) {
        if (open.isEmpty()) {
            warnings.add(lineNumber, null, "continuation line without a tag ignored: " + abbreviate(line));
            return;
        }
        String text = line.strip();
        if (syntax.listTags().contains(open.lastTag())) {
            open.add(new TaggedEntry(open.lastTag(), text, lineNumber));
        } else {
            open.continueLast(text);
        }
    }

    private void finish(TaggedRecord open, String name, List<BibRecord> records, WarningSink warnings) {
        RecordOrigin origin = new RecordOrigin(name, records.size() + 1, open.startLine());
        try {
            records.add(toRecord(open, origin, warnings));
        } catch (RuntimeException e) {
            // One bad record must not abort the import: report it with its line and go on.
            warnings.add(open.startLine(), null, "record skipped: " + e.getMessage());
        }
    }

    static String abbreviate(String line) {
        String s = line.strip();
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }
}
