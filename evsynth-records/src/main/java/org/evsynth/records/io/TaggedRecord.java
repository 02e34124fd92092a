package org.evsynth.records.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tagged entries of one record in file order, with look-ups by tag. The last entry stays open for
 * continuation lines, gathered in a builder so that a value wrapped over thousands of lines (a 1 MB
 * abstract) is joined in linear time.
 */
final class TaggedRecord {

    private final int startLine;
    private final List<TaggedEntry> entries = new ArrayList<>();
    private String openTag;
    private int openLine;
    private StringBuilder openValue;

    TaggedRecord(int startLine) {
        this.startLine = startLine;
    }

    int startLine() {
        return startLine;
    }

    List<TaggedEntry> entries() {
        close();
        return entries;
    }

    /** Starts a new entry; the previous one is complete. */
    void add(TaggedEntry entry) {
        close();
        openTag = entry.tag();
        openLine = entry.line();
        openValue = new StringBuilder(entry.value());
    }

    boolean isEmpty() {
        return entries.isEmpty() && openValue == null;
    }

    /** The tag of the entry continuation lines would extend. */
    String lastTag() {
        return openValue != null ? openTag : entries.get(entries.size() - 1).tag();
    }

    /** Appends a wrapped line to the open entry, separated by a space. */
    void continueLast(String text) {
        if (openValue == null) {
            TaggedEntry last = entries.remove(entries.size() - 1);
            add(last);
        }
        if (openValue.length() > 0) {
            openValue.append(' ');
        }
        openValue.append(text);
    }

    private void close() {
        if (openValue != null) {
            entries.add(new TaggedEntry(openTag, openValue.toString(), openLine));
            openValue = null;
        }
    }

    /** The first non-blank value of the first of the tags that has one, or null. */
    String first(String... tags) {
        close();
        for (String tag : tags) {
            for (TaggedEntry e : entries) {
                if (e.tag().equals(tag) && !e.value().isBlank()) {
                    return e.value();
                }
            }
        }
        return null;
    }

    /** Every non-blank value of the given tags, in file order. */
    List<String> all(String... tags) {
        close();
        List<String> out = new ArrayList<>();
        for (TaggedEntry e : entries) {
            for (String tag : tags) {
                if (e.tag().equals(tag) && !e.value().isBlank()) {
                    out.add(e.value());
                }
            }
        }
        return out;
    }

    /** Line of the first entry with the tag, or the record's start line. */
    int lineOf(String tag) {
        close();
        for (TaggedEntry e : entries) {
            if (e.tag().equals(tag)) {
                return e.line();
            }
        }
        return startLine;
    }

    /** The raw tag to values map, in file order, for {@code BibRecord.original()}. */
    Map<String, List<String>> original() {
        close();
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (TaggedEntry e : entries) {
            map.computeIfAbsent(e.tag(), t -> new ArrayList<>()).add(e.value());
        }
        return map;
    }
}
