package org.evsynth.report.grade;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A summary-of-findings table: the question and one row per outcome, with footnote letters for the reasons
 * behind every GRADE rating. Identical reasons share one letter; letters run a, b, c … in row and domain order,
 * as GRADEpro numbers them.
 *
 * @param title the table's title, e.g. "Microaxial flow pump compared with standard care for cardiogenic shock"
 * @param population patients or population
 * @param setting setting ("" if not stated)
 * @param intervention the intervention
 * @param comparator the comparison
 * @param rows the outcomes
 */
public record SummaryOfFindings(String title, String population, String setting, String intervention,
                                String comparator, List<SofRow> rows) {

    /** A footnote: its letter and text. */
    public record Footnote(String letter, String text) {
    }

    /** Copies the rows. */
    public SummaryOfFindings {
        rows = List.copyOf(rows);
        setting = setting == null ? "" : setting;
    }

    /** Every footnote of the table, in order of first use. */
    public List<Footnote> footnotes() {
        return List.copyOf(letters().values().stream().distinct().map(l -> new Footnote(l, textOf(l))).toList());
    }

    /** The footnote letters of a row's GRADE ratings, in domain order (empty if not assessed). */
    public List<String> lettersFor(SofRow row) {
        if (row.grade() == null) {
            return List.of();
        }
        Map<String, String> letters = letters();
        List<String> result = new ArrayList<>();
        for (Rating rating : row.grade().reasons()) {
            String letter = letters.get(footnoteText(rating));
            if (!result.contains(letter)) {
                result.add(letter);
            }
        }
        return result;
    }

    /** "Rated down two levels for risk of bias: …" */
    public static String footnoteText(Rating rating) {
        int n = Math.abs(rating.levels());
        String levels = n == 1 ? "one level" : n == 2 ? "two levels" : "three levels";
        return String.format(Locale.ROOT, "Rated %s %s for %s: %s", rating.levels() < 0 ? "down" : "up", levels,
                rating.domain().words(), rating.reason());
    }

    private Map<String, String> letters() {
        Map<String, String> byText = new LinkedHashMap<>();
        for (SofRow row : rows) {
            if (row.grade() == null) {
                continue;
            }
            for (Rating rating : row.grade().reasons()) {
                byText.computeIfAbsent(footnoteText(rating), t -> letter(byText.size()));
            }
        }
        return byText;
    }

    private String textOf(String letter) {
        return letters().entrySet().stream().filter(e -> e.getValue().equals(letter)).findFirst()
                .orElseThrow().getKey();
    }

    /** a … z, then aa, ab … */
    static String letter(int index) {
        StringBuilder s = new StringBuilder();
        int i = index;
        do {
            s.insert(0, (char) ('a' + i % 26));
            i = i / 26 - 1;
        } while (i >= 0);
        return s.toString();
    }
}
