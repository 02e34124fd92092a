package org.evsynth.records.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small conversions the readers share: page ranges from start and end, identifiers hidden in links. */
final class FieldValues {

    private static final Pattern PUBMED_LINK = Pattern.compile(
            "(?:ncbi\\.nlm\\.nih\\.gov/pubmed/|pubmed\\.ncbi\\.nlm\\.nih\\.gov/|[?&]list_uids=)(\\d{1,9})");
    private static final Pattern DOI_LINK = Pattern.compile("doi\\.org/(10\\.\\S+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern DIGITS = Pattern.compile("\\d{1,9}");

    private FieldValues() {
    }

    /**
     * A page range from separate start and end values. A start that is already a range wins; Ovid's
     * placeholder "No"/"Specified" is dropped.
     */
    static String pages(String start, String end) {
        String s = blankToNull(start);
        String e = blankToNull(end);
        if ("No".equals(s) && "Specified".equals(e)) {
            return null;
        }
        if (s == null) {
            return e;
        }
        if (e == null || s.contains("-") || s.equals(e)) {
            return s;
        }
        return s + "-" + e;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The PubMed id in a PubMed or NCBI link, or null. */
    static String pmidFromLinks(List<String> links) {
        for (String link : links) {
            Matcher m = PUBMED_LINK.matcher(link);
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    /** The DOI in a doi.org link, or null. */
    static String doiFromLinks(List<String> links) {
        for (String link : links) {
            Matcher m = DOI_LINK.matcher(link);
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    /** Whether the value is a plain PubMed-like number. */
    static boolean isNumericId(String value) {
        return value != null && DIGITS.matcher(value.strip()).matches();
    }

    /** Splits a value on the separator regex, trimming and dropping empties. */
    static List<String> split(String value, String separatorRegex) {
        List<String> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        for (String part : value.split(separatorRegex)) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    /** Splits every value of a list. */
    static List<String> splitAll(List<String> values, String separatorRegex) {
        List<String> out = new ArrayList<>();
        for (String v : values) {
            out.addAll(split(v, separatorRegex));
        }
        return out;
    }

    /** Lower-case contains, null-safe. */
    static boolean mentions(String value, String word) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(word);
    }
}
