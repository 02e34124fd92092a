package org.evsynth.records;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The normalisations records need: cleaned display text, DOIs, page ranges, years, and a folded form of text
 * for matching only (diacritics, case and punctuation removed). Every method returns null for null or blank
 * input and is idempotent, so a normalised record written and read again comes back the same.
 */
public final class Normalize {

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2000-\\u200B\\u202F\\u3000]+");
    private static final Pattern INLINE_TAG = Pattern.compile(
            "</?(?:i|b|u|em|strong|sup|sub|scp|span|sc|italic|bold|inf|br|p)(?:\\s[^<>]*)?/?>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PERCENT = Pattern.compile("%([0-9A-Fa-f]{2})");
    private static final Pattern DOI = Pattern.compile("10\\.\\d{3,9}/\\S+");
    private static final Pattern PAGE = Pattern.compile("([A-Za-z]*)(\\d+)([A-Za-z]*)");
    private static final Pattern PAGE_PREFIX = Pattern.compile("^(?:pp?\\.?\\s*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(1[5-9]\\d\\d|20\\d\\d)(?!\\d)");

    private Normalize() {
    }

    /**
     * Display text: inline markup tags dropped, HTML entities decoded, control characters removed
     * ({@link ControlCharacters}; the readers have already removed and reported them, this keeps records built
     * in code clean too, and an entity such as {@code &#27;} decodes to one), whitespace collapsed and trimmed.
     */
    public static String text(String value) {
        if (value == null) {
            return null;
        }
        String clean = value;
        if (clean.indexOf('<') >= 0) {
            clean = INLINE_TAG.matcher(clean).replaceAll("");
        }
        clean = ControlCharacters.strip(HtmlEntities.decode(clean)).text();
        clean = WHITESPACE.matcher(clean).replaceAll(" ").strip();
        return clean.isEmpty() ? null : clean;
    }

    /** Abstracts: as {@link #text}; paragraph breaks are not kept because tagged formats cannot carry them. */
    public static String paragraphs(String value) {
        return text(value);
    }

    /**
     * A DOI in the form "10.prefix/suffix", lower case (DOIs are case-insensitive, DOI Handbook 2.4), without
     * "https://doi.org/", "doi:" or a trailing "[doi]" or full stop; URL escapes of '/' are undone.
     * Text with no "10.nnnn/" in it is returned null.
     */
    public static String doi(String value) {
        String clean = text(value);
        if (clean == null) {
            return null;
        }
        if (clean.indexOf('%') >= 0) {
            clean = percentDecode(clean);
        }
        Matcher m = DOI.matcher(clean);
        if (!m.find()) {
            return null;
        }
        String doi = m.group().toLowerCase(Locale.ROOT);
        doi = doi.replaceAll("\\[doi]$", "");
        while (!doi.isEmpty() && ".,;]>)\"'".indexOf(doi.charAt(doi.length() - 1)) >= 0
                && !(doi.endsWith(")") && doi.indexOf('(') >= 0)) {
            doi = doi.substring(0, doi.length() - 1);
        }
        return doi;
    }

    /** Undoes %XX escapes of ASCII characters, as DOIs copied from links carry them ("%2F", "%28"). */
    private static String percentDecode(String value) {
        Matcher m = PERCENT.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int c = Integer.parseInt(m.group(1), 16);
            m.appendReplacement(out, Matcher.quoteReplacement(c >= 0x20 && c < 0x7F ? String.valueOf((char) c) : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * Page ranges written out in full: "123-9" and "123–9" give "123-129", "S12-4" gives "S12-S14",
     * "pp. 5-7" gives "5-7", "44-44" gives "44". Anything that is not a range of page numbers (article numbers,
     * "e0123456", roman numerals) is kept as cleaned text.
     */
    public static String pages(String value) {
        String clean = text(value);
        if (clean == null) {
            return null;
        }
        clean = PAGE_PREFIX.matcher(clean).replaceFirst("");
        String[] parts = clean.split("\\s*[-–—‐‑]+\\s*", -1);
        if (parts.length != 2) {
            return clean.isEmpty() ? null : clean;
        }
        Matcher first = PAGE.matcher(parts[0]);
        Matcher last = PAGE.matcher(parts[1]);
        if (!first.matches() || !last.matches()) {
            return clean;
        }
        String startDigits = first.group(2);
        String endDigits = last.group(2);
        if (endDigits.length() < startDigits.length()) {
            endDigits = startDigits.substring(0, startDigits.length() - endDigits.length()) + endDigits;
        }
        String endPrefix = last.group(1).isEmpty() ? first.group(1) : last.group(1);
        String end = endPrefix + endDigits + last.group(3);
        return end.equals(parts[0]) ? parts[0] : parts[0] + "-" + end;
    }

    /** The first plausible year (1500-2099) in a date text such as "2019 Mar 4" or "2019///", or null. */
    public static Integer year(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = YEAR.matcher(value);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /**
     * Text folded for matching only, never for display: markup and entities removed, diacritics and ligatures
     * folded to ASCII letters ("Müller" and "Muller" agree), lower case, every run of punctuation or space one
     * space. Null input gives "".
     */
    public static String fold(String value) {
        String clean = text(value);
        if (clean == null) {
            return "";
        }
        boolean ascii = clean.chars().allMatch(c -> c < 0x80);
        String decomposed = ascii ? clean : Normalizer.normalize(clean, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean space = true;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                String folded = foldLetter(c);
                if (folded == null) {
                    out.append(Character.toLowerCase(c));
                } else {
                    out.append(folded.toLowerCase(Locale.ROOT));
                }
                space = false;
            } else if (!space) {
                out.append(' ');
                space = true;
            }
        }
        int end = out.length();
        return space && end > 0 ? out.substring(0, end - 1) : out.toString();
    }

    private static String foldLetter(char c) {
        switch (c) {
            case 'ß': return "ss";
            case 'æ': return "ae";
            case 'Æ': return "AE";
            case 'œ': return "oe";
            case 'Œ': return "OE";
            case 'ø': return "o";
            case 'Ø': return "O";
            case 'ł': return "l";
            case 'Ł': return "L";
            case 'đ': return "d";
            case 'Đ': return "D";
            case 'ı': return "i";
            case 'þ': return "th";
            default: return null;
        }
    }
}
