package org.evsynth.records.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A tolerant BibTeX tokenizer: {@code @type{key, field = value, ...}} with values in braces (nested), in
 * quotes, bare numbers or {@code @string} macros joined by {@code #}. {@code @comment} and {@code @preamble}
 * are skipped. An entry that cannot be parsed is reported and the parser resumes at the next line that
 * starts with '@'.
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
    private final int[] lineStarts;
    private final WarningSink warnings;
    private final Map<String, String> macros = new HashMap<>(MONTHS);
    private int pos;

    BibTexParser(String text, WarningSink warnings) {
        this.text = text;
        this.warnings = warnings;
        this.lineStarts = lineStarts(text);
    }

    List<Entry> parse() {
        List<Entry> entries = new ArrayList<>();
        while (seekEntry()) {
            int start = pos;
            try {
                Entry e = entry();
                if (e != null) {
                    entries.add(e);
                }
            } catch (IllegalStateException e) {
                warnings.add(lineAt(start), null, "entry skipped: " + e.getMessage());
                pos = start + 1;
                skipToNextEntryLine();
            }
        }
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

    private Entry entry() {
        int line = lineAt(pos);
        pos++;
        String type = identifier().toLowerCase(Locale.ROOT);
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
            Map<String, String> definition = fields(close);
            macros.putAll(definition);
            return null;
        }
        String key = citationKey();
        return new Entry(type, key, fields(close), line);
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

    private Map<String, String> fields(char close) {
        Map<String, String> fields = new LinkedHashMap<>();
        while (true) {
            skipSpace();
            if (pos >= text.length()) {
                throw new IllegalStateException("file ends inside the entry (missing '" + close + "')");
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
            String name = fieldName();
            if (name.isEmpty() || pos >= text.length() || text.charAt(pos) != '=') {
                throw new IllegalStateException("expected 'field = value' near '" + snippet() + "'");
            }
            pos++;
            fields.put(name, value());
        }
    }

    private String value() {
        StringBuilder out = new StringBuilder();
        while (true) {
            skipSpace();
            if (pos >= text.length()) {
                throw new IllegalStateException("file ends inside a value");
            }
            char c = text.charAt(pos);
            if (c == '{') {
                int start = pos + 1;
                skipBalanced();
                out.append(text, start, pos - 1);
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
        int lo = 0;
        int hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo + 1;
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }
}
