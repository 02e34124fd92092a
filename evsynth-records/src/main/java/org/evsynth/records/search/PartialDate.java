package org.evsynth.records.search;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as records and strategies write it, often to the month or year only, held as the first and last day it
 * may stand for (YYYYMMDD). "2017 Mar" is 20170301 to 20170331; a range such as {@code ed=2015-2016} matches a
 * record whose date overlaps it.
 *
 * @param first the first day, YYYYMMDD
 * @param last  the last day, YYYYMMDD
 */
record PartialDate(int first, int last) {

    /** The open start of a range ({@code yr=-2010} is not Ovid's, but "Current" has a start counterpart). */
    static final int OPEN_START = 0;
    /** Ovid's "Current" and PubMed's "3000": no upper bound. */
    static final int OPEN_END = 99_991_231;

    private static final Pattern NUMERIC = Pattern.compile("(\\d{4})(?:[-/.]?(\\d{1,2}))?(?:[-/.]?(\\d{1,2}))?\\b.*");
    private static final Pattern NAMED = Pattern.compile("(?i)(\\d{4})\\s+([a-z]{3,})\\.?(?:\\s+(\\d{1,2}))?.*");
    private static final Map<String, int[]> MONTHS = Map.ofEntries(
            Map.entry("jan", new int[] {1, 1}), Map.entry("feb", new int[] {2, 2}), Map.entry("mar", new int[] {3, 3}),
            Map.entry("apr", new int[] {4, 4}), Map.entry("may", new int[] {5, 5}), Map.entry("jun", new int[] {6, 6}),
            Map.entry("jul", new int[] {7, 7}), Map.entry("aug", new int[] {8, 8}), Map.entry("sep", new int[] {9, 9}),
            Map.entry("oct", new int[] {10, 10}), Map.entry("nov", new int[] {11, 11}),
            Map.entry("dec", new int[] {12, 12}), Map.entry("spr", new int[] {3, 5}), Map.entry("sum", new int[] {6, 8}),
            Map.entry("fal", new int[] {9, 11}), Map.entry("aut", new int[] {9, 11}),
            Map.entry("win", new int[] {12, 12}));

    /** YYYY, YYYYMM or YYYYMMDD without separators, as Ovid's limits write them. */
    static PartialDate compact(String digits) {
        int year = Integer.parseInt(digits.substring(0, 4));
        Integer month = digits.length() >= 6 ? Integer.valueOf(digits.substring(4, 6)) : null;
        Integer day = digits.length() >= 8 ? Integer.valueOf(digits.substring(6, 8)) : null;
        return of(year, month, month, day);
    }

    /**
     * A record's date as PubMed ("2017/03/05 06:00", "20170815", "2017 Mar 5", "2017 Mar-Apr", "2017 Spring")
     * or ISO tools write it; null when the text holds no year.
     */
    static PartialDate parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.trim();
        Matcher named = NAMED.matcher(t);
        if (named.matches()) {
            int[] months = MONTHS.get(named.group(2).substring(0, 3).toLowerCase(Locale.ROOT));
            if (months != null) {
                Integer day = named.group(3) == null ? null : Integer.valueOf(named.group(3));
                return of(Integer.parseInt(named.group(1)), months[0], months[1], day);
            }
        }
        Matcher numeric = NUMERIC.matcher(t);
        if (numeric.matches()) {
            Integer month = numeric.group(2) == null ? null : Integer.valueOf(numeric.group(2));
            Integer day = numeric.group(3) == null ? null : Integer.valueOf(numeric.group(3));
            if (month != null && (month < 1 || month > 12)) {
                month = null;
                day = null;
            }
            return of(Integer.parseInt(numeric.group(1)), month, month, day);
        }
        return null;
    }

    private static PartialDate of(int year, Integer fromMonth, Integer toMonth, Integer day) {
        if (fromMonth == null) {
            return new PartialDate(year * 10_000 + 101, year * 10_000 + 1231);
        }
        int base = year * 10_000;
        if (day != null) {
            int value = base + fromMonth * 100 + day;
            return new PartialDate(value, value);
        }
        return new PartialDate(base + fromMonth * 100 + 1, base + toMonth * 100 + 31);
    }
}
