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
import org.evsynth.records.ControlCharacters;
import org.evsynth.records.RecordOrigin;

/**
 * The loop shared by the line-oriented tagged formats (RIS, MEDLINE, Web of Science): lines are classified as
 * a tagged value or a continuation of the previous value, collected into {@link TaggedRecord}s between the
 * format's start and end tags, and each record is mapped to a {@link BibRecord} by the subclass.
 *
 * <p>Robustness: a start tag inside an open record (missing end tag) closes the open record with a warning;
 * a record whose mapping fails is skipped with a warning naming its line, and the import goes on. Control
 * characters are removed from each line, with a warning naming the line and the tag. A file cut short is
 * told apart from a whole one as far as the format allows, and warned about on the line where the cut record
 * starts: a record open at the end of the file (no end tag), a last MEDLINE record without the tag that ends
 * every other one (SO), a Web of Science file without its end-of-file tag (EF), or no record at all.
 */
abstract class TaggedFormatReader implements RecordReader {

    /**
     * The line syntax of a tagged format.
     *
     * @param tag        matches a tagged line; group 1 is the tag, group 2 (optional) the value
     * @param startTag   the tag that opens a record
     * @param endTag     the tag that closes a record, or null when a blank line does (MEDLINE)
     * @param listTags   tags whose continuation lines are further values (authors, keywords, links) rather
     *                   than wrapped text
     * @param lastTag    the tag written last in every record, or null (MEDLINE's SO): a final record without
     *                   it was cut short
     * @param fileEndTag the tag that ends the file, or null (Web of Science's EF)
     */
    protected record Syntax(Pattern tag, String startTag, String endTag, Set<String> listTags, String lastTag,
            String fileEndTag) {
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

    @Override
    public ImportResult read(String name, Reader input) throws IOException {
        Pass pass = new Pass(name);
        List<String> lines = TextLines.split(TextLines.readAll(input));
        for (int i = 0; i < lines.size(); i++) {
            pass.line(lines.get(i), i + 1);
        }
        pass.end(lines.size());
        return new ImportResult(pass.records, pass.warnings.list());
    }

    static String abbreviate(String line) {
        String s = line.strip();
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }

    /** One read of one file. */
    private final class Pass {
        final String name;
        final WarningSink warnings;
        final List<BibRecord> records = new ArrayList<>();
        TaggedRecord open;
        boolean sawFileEnd;
        boolean everyRecordHadLastTag = true;

        Pass(String name) {
            this.name = name;
            this.warnings = new WarningSink(name);
        }

        void line(String raw, int lineNumber) {
            ControlCharacters.Stripped stripped = ControlCharacters.strip(raw);
            String line = stripped.text();
            TagLine tagged = line.isBlank() ? null : parseTag(line);
            if (stripped.changed()) {
                String field = tagged != null ? tagged.tag() : open != null && !open.isEmpty() ? open.lastTag() : null;
                warnings.removedControls(lineNumber, field, stripped.removed());
            }
            if (tagged != null && (isStart(tagged.tag()) || open == null && blankLineEndsRecord())) {
                if (open != null && !open.isEmpty()) {
                    warnings.add(open.startLine(), null, String.format(Locale.ROOT,
                            "record starting on line %d has no %s before line %d; closed there",
                            open.startLine(), endTagName(), lineNumber));
                    finish();
                }
                open = new TaggedRecord(lineNumber);
                open.add(new TaggedEntry(tagged.tag(), tagged.value(), lineNumber));
            } else if (open == null) {
                outside(line, tagged, lineNumber);
            } else if (tagged != null && tagged.tag().equals(syntax.endTag())) {
                finish();
            } else if (tagged != null) {
                open.add(new TaggedEntry(tagged.tag(), tagged.value(), lineNumber));
            } else if (line.isBlank()) {
                if (blankLineEndsRecord() && !open.isEmpty()) {
                    finish();
                }
            } else {
                continueLast(line, lineNumber);
            }
        }

        private void outside(String line, TagLine tagged, int lineNumber) {
            if (tagged != null && tagged.tag().equals(syntax.fileEndTag())) {
                sawFileEnd = true;
            } else if (!line.isBlank() && !isIgnorableOutside(line)) {
                warnings.add(lineNumber, null, "text outside any record ignored: " + abbreviate(line));
            }
        }

        private void continueLast(String line, int lineNumber) {
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

        /** The checks only the end of the file allows: a record left open, a missing last tag or end tag. */
        void end(int lastLine) {
            boolean cutRecord = false;
            if (open != null && !open.isEmpty()) {
                if (!blankLineEndsRecord()) {
                    warnings.add(open.startLine(), null, String.format(Locale.ROOT,
                            "record starting on line %d has no %s at the end of the file (truncated?); kept",
                            open.startLine(), endTagName()));
                    cutRecord = true;
                } else if (lacksLastTag(open) && everyRecordHadLastTag) {
                    warnings.add(open.startLine(), null, String.format(Locale.ROOT,
                            "record starting on line %d has no %s line, which ends every record of this format: "
                                    + "the file looks truncated after line %d; kept as read",
                            open.startLine(), syntax.lastTag(), lastLine));
                    cutRecord = true;
                }
                finish();
            }
            boolean fileEndMissing = syntax.fileEndTag() != null && !sawFileEnd;
            if (records.isEmpty()) {
                warnings.add(lastLine, null, fileEndMissing ? String.format(Locale.ROOT,
                        "no records: the file ends on line %d, before any record and without its %s line "
                                + "(truncated?)", lastLine, syntax.fileEndTag()) : "no records in the file");
            } else if (fileEndMissing && !cutRecord) {
                warnings.add(lastLine, null, String.format(Locale.ROOT, "no %s line after the last record, which "
                        + "ends every file of this format: the file looks truncated after line %d (the records "
                        + "before are complete)", syntax.fileEndTag(), lastLine));
            }
        }

        private boolean lacksLastTag(TaggedRecord record) {
            return syntax.lastTag() != null
                    && record.entries().stream().noneMatch(e -> e.tag().equals(syntax.lastTag()));
        }

        void finish() {
            everyRecordHadLastTag &= !lacksLastTag(open);
            RecordOrigin origin = new RecordOrigin(name, records.size() + 1, open.startLine());
            try {
                records.add(toRecord(open, origin, warnings));
            } catch (RuntimeException e) {
                // One bad record must not abort the import: report it with its line and go on.
                warnings.add(open.startLine(), null, "record skipped: " + e.getMessage());
            }
            open = null;
        }
    }

    private boolean isStart(String tag) {
        return tag.equals(syntax.startTag());
    }

    private String endTagName() {
        return syntax.endTag() == null ? "blank line" : syntax.endTag() + " tag";
    }

    /** Formats without an end tag separate records by blank lines, and any tag may open one. */
    private boolean blankLineEndsRecord() {
        return syntax.endTag() == null;
    }
}
