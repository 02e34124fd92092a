package org.evsynth.report.table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.evsynth.stats.effect.StudyData;
import org.evsynth.stats.effect.StudyEffect;

/** Study effects in the order of a column of their table, for cumulative meta-analysis. */
public final class StudyOrder {

    private StudyOrder() {
    }

    /**
     * The effects sorted by a column: numerically when every value is a number, as text otherwise; ties keep
     * the input order.
     */
    public static List<StudyEffect> byColumn(List<StudyEffect> effects, List<StudyRow> rows, String column) {
        Map<StudyData, String> value = new IdentityHashMap<>();
        rows.forEach(r -> value.put(r.data(), r.value(column)));
        boolean numeric = effects.stream().allMatch(e -> isNumber(value.get(e.data())));
        Comparator<StudyEffect> order = numeric
                ? Comparator.comparingDouble(e -> Double.parseDouble(value.get(e.data())))
                : Comparator.comparing(e -> value.get(e.data()));
        List<StudyEffect> sorted = new ArrayList<>(effects);
        sorted.sort(order);
        return sorted;
    }

    private static boolean isNumber(String text) {
        try {
            Double.parseDouble(text);
            return true;
        } catch (NumberFormatException | NullPointerException e) {
            return false;
        }
    }
}
