package org.evsynth.records.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.evsynth.records.ControlCharacters;

/**
 * A tolerant BibTeX tokenizer: {@code @type{key, field = value, ...}} with values in braces (nested), in
 * quotes, bare numbers or {@code @string} macros joined by {@code #}. {@code @comment} and {@code @preamble}
 * are skipped.
 *
 * <p>Repairs, each warned with its line: an entry that cannot be parsed is skipped and the parser resumes at
 * the next line that starts with '@'; a '}' too many, which closes an entry early (BibTeX would silently take
 * the fields after it for a comment), is ignored and those fields read into the entry; an entry the file ends
 * inside (a truncated file) keeps the fields read so far. Control characters are removed from the text before
 * it is parsed and reported against the field that held them.
 */
final class BibTexParser {

    /** One parsed entry: lower-case type, key, field values (raw, macros expanded) and first line. */
    record Entry(String type, String key, Map<String, String> fields, int line) {
    }

    private static final Map<String, String> MONTHS = Map.ofEntries(
            Map.entry("jan", "January"), Map.entry("feb", "February"), Map.entry("mar", "March"),
            Map.entry("apr", "April"), Map.entry("may", "May"), Map.entry("jun", "June"), Map.entry("jul", "July"),
            Map.entry("aug", "August"), Map.entry("sep", "September"), Map.entry("oct", "October"),
            Map.entry("nov", "November"), Map.entry("dec", "December"));

    private final String text;
    private final LineIndex lines;
    private final RemovedCharacters removed;
    private final WarningSink warnings;
    private final Map<String, String> macros = new HashMap<>(MONTHS);
    private int pos;

    BibTexParser(String raw, WarningSink warnings) {
        ControlCharacters.Stripped stripped = ControlCharacters.strip(raw);
        this.text = stripped.text();
        this.lines = new LineIndex(text);
        this.removed = new RemovedCharacters(stripped.removals(), lines::lineAt);
        this.warnings = warnings;
    }

    /** The text ends inside an entry; carries the part of a value read, so that a truncated file loses nothing. */
    private static final class EndOfText extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String partialValue;

        EndOfText(String partialValue) {
            super(null, null, false, false);
            this.partialValue = partialValue;
        }
    }

    List<Entry> parse() {
        List<Entry> entries = new ArrayList<>();
        while (seekEntry()) {
            int start = pos;
            try {
                Entry e = entry(entries);
                if (e != null) {
                    entries.add(e);
                }
            } catch (IllegalStateException e) {
                warnings.add(lineAt(start), null, "entry skipped: " + e.getMessage());
                pos = start + 1;
                skipToNextEntryLine();
            }
        }
        removed.reportRest(warnings);
        return entries;
    }

    private boolean seekEntry() {
        int at = text.indexOf('@', pos);
        if (at < 0) {
            return false;
        }
        pos = at;
        return true;
    }

    private Entry entry(List<Entry> entries) {
        int line = lineAt(pos);
        int typeStart = ++pos;
        String type = identifier().toLowerCase(Locale.ROOT);
        removed.reportPositions(typeStart, pos, "@type", warnings);
        skipSpace();
        if (type.isEmpty() || pos >= text.length() || text.charAt(pos) != '{' && text.charAt(pos) != '(') {
            return null;
        }
        char close = text.charAt(pos) == '{' ? '}' : ')';
        if (type.equals("comment") || type.equals("preamble")) {
            skipBalanced();
            return null;
        }
        pos++;
        if (type.equals("string")) {
            try {
                macros.putAll(fields(close, new LinkedHashMap<>()));
            } catch (EndOfText end) {
                throw new IllegalStateException("the file ends inside this @string");
            }
            return null;
        }
        int keyStart = pos;
        String key = citationKey();
        removed.reportPositions(keyStart, pos, "@key", warnings);
        Map<String, String> fields = new LinkedHashMap<>();
        try {
            fields(close, fields);
            readFieldsAfterEarlyClose(key, close, fields);
        } catch (EndOfText end) {
            warnings.add(line, null, String.format(Locale.ROOT, "the file ends inside entry '%s' (truncated?); "
                    + "the fields read up to line %d are kept", key, lines.lines()));
            entries.add(new Entry(type, key, fields, line));
            pos = text.length();
            return null;
        }
        return new Entry(type, key, fields, line);
    }

    private String citationKey() {
        int start = pos;
        while (pos < text.length() && text.charAt(pos) != ',' && text.charAt(pos) != '}' && text.charAt(pos) != '\n') {
            pos++;
        }
        String key = text.substring(start, pos).strip();
        if (pos < text.length() && text.charAt(pos) == ',') {
            pos++;
        }
        return key;
    }

    /** Reads "name = value" pairs into the map up to the closing character; EndOfText when the text ends first. */
    private Map<String, String> fields(char close, Map<String, String> fields) {
        while (true) {
            skipSpace();
            if (pos >= text.length()) {
                throw new EndOfText(null);
            }
            char c = text.charAt(pos);
            if (c == close) {
                pos++;
                return fields;
            }
            if (c == ',') {
                pos++;
                continue;
            }
            int nameStart = pos;
            String name = fieldName();
            if (name.isEmpty() || pos >= text.length() || text.charAt(pos) != '=') {
                if (pos >= text.length()) {
                    throw new EndOfText(null);
                }
                throw new IllegalStateException("expected 'field = value' near '" + snippet() + "'");
            }
            pos++;
            try {
                fields.put(name, value());
            } catch (EndOfText end) {
                if (end.partialValue != null && !end.partialValue.isBlank()) {
                    fields.put(name, end.partialValue);
                }
                throw new EndOfText(null);
            } finally {
                removed.reportPositions(nameStart, pos, name, warnings);
            }
        }
    }

    /**
     * BibTeX takes text between entries for a comment, so a '}' too many inside an entry ("title={A}}},")
     * closes it early and silently drops every field after it. When the text after a stray closing character
     * goes on with "name = value", those fields are read into the entry, with a warning naming the line.
     */
    private void readFieldsAfterEarlyClose(String key, char close, Map<String, String> fields) {
        while (true) {
            int p = pos;
            int stray = -1;
            while (p < text.length() && (Character.isWhitespace(text.charAt(p)) || text.charAt(p) == close
                    || text.charAt(p) == ',')) {
                stray = stray < 0 && text.charAt(p) == close ? p : stray;
                p++;
            }
            if (stray < 0) {
                return;
            }
            pos = p;
            if (!looksLikeField(p)) {
                warnings.add(lineAt(stray), null, String.format(Locale.ROOT,
                        "'%c' after the end of entry '%s' ignored", close, key));
                return;
            }
            warnings.add(lineAt(stray), null, String.format(Locale.ROOT, "a '%c' too many on line %d closes entry "
                    + "'%s' early; the fields after it are read into the entry", close, lineAt(stray), key));
            try {
                fields(close, fields);
            } catch (IllegalStateException e) {
                warnings.add(lineAt(pos), null, "the rest of entry '" + key + "' skipped: " + e.getMessage());
                skipToNextEntryLine();
                return;
            }
        }
    }

    private boolean looksLikeField(int from) {
        int p = from;
        while (p < text.length() && (Character.isLetterOrDigit(text.charAt(p)) || "_-:. ".indexOf(text.charAt(p)) >= 0)) {
            p++;
        }
        return p > from && p < text.length() && text.charAt(p) == '=';
    }

    private String value() {
        StringBuilder out = new StringBuilder();
        while (true) {
            skipSpace();
            if (pos >= text.length()) {
                throw new EndOfText(out.toString());
            }
            char c = text.charAt(pos);
            if (c == '{') {
                int start = pos + 1;
                braced(start, out);
            } else if (c == '"') {
                out.append(quoted());
            } else {
                String word = identifier();
                if (word.isEmpty()) {
                    throw new IllegalStateException("expected a value near '" + snippet() + "'");
                }
                out.append(macros.getOrDefault(word.toLowerCase(Locale.ROOT), word));
            }
            skipSpace();
            if (pos < text.length() && text.charAt(pos) == '#') {
                pos++;
            } else {
                return out.toString();
            }
        }
    }

    /**
     * A braced value. When its braces never close, the file was either cut inside it (nothing after it starts
     * an entry: the text read is kept) or a '{' is missing its partner (the entry is skipped).
     */
    private void braced(int start, StringBuilder out) {
        int open = pos;
        try {
            skipBalanced();
            out.append(text, start, pos - 1);
        } catch (IllegalStateException unbalanced) {
            if (entryStartsAfter(open)) {
                throw unbalanced;
            }
            throw new EndOfText(out.append(text, start, text.length()).toString());
        }
    }

    private boolean entryStartsAfter(int offset) {
        int nl = text.indexOf('\n', offset);
        while (nl >= 0) {
            int p = nl + 1;
            while (p < text.length() && (text.charAt(p) == ' ' || text.charAt(p) == '\t')) {
                p++;
            }
            if (p < text.length() && text.charAt(p) == '@') {
                return true;
            }
            nl = text.indexOf('\n', p);
        }
        return false;
    }

    private String quoted() {
        int start = ++pos;
        int depth = 0;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\\') {
                pos += 2;
                continue;
            }
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (c == '"' && depth == 0) {
                pos++;
                return text.substring(start, pos - 1);
            }
            pos++;
        }
        if (!entryStartsAfter(start)) {
            throw new EndOfText(text.substring(start));
        }
        throw new IllegalStateException("unterminated quoted value");
    }

    /** Moves past a balanced {...} or (...) group starting at pos. */
    private void skipBalanced() {
        char open = text.charAt(pos);
        char close = open == '{' ? '}' : ')';
        int depth = 0;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\\') {
                pos += 2;
                continue;
            }
            if (c == open) {
                depth++;
            } else if (c == close && --depth == 0) {
                pos++;
                return;
            }
            pos++;
        }
        throw new IllegalStateException("unbalanced '" + open + "' (file ends before the closing '" + close + "')");
    }

    /** A field name up to '='; Scopus writes names with spaces ("funding_text 1"). */
    private String fieldName() {
        int start = pos;
        while (pos < text.length() && "=,{}\"\n".indexOf(text.charAt(pos)) < 0) {
            pos++;
        }
        return text.substring(start, pos).strip().toLowerCase(Locale.ROOT);
    }

    private String identifier() {
        int start = pos;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (Character.isLetterOrDigit(c) || "_-:.+/'".indexOf(c) >= 0) {
                pos++;
            } else {
                break;
            }
        }
        return text.substring(start, pos);
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private void skipToNextEntryLine() {
        while (pos < text.length()) {
            int nl = text.indexOf('\n', pos);
            if (nl < 0) {
                pos = text.length();
                return;
            }
            pos = nl + 1;
            int p = pos;
            while (p < text.length() && (text.charAt(p) == ' ' || text.charAt(p) == '\t')) {
                p++;
            }
            if (p < text.length() && text.charAt(p) == '@') {
                pos = p;
                return;
            }
        }
    }

    private String snippet() {
        return TaggedFormatReader.abbreviate(text.substring(pos, Math.min(text.length(), pos + 40)));
    }

    int lineAt(int offset) {
        return lines.lineAt(offset);
    }
}
