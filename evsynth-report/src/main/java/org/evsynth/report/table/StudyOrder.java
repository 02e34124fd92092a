package org.evsynth.report.table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

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
    public static List<StudyEffect> byColumn(List<StudyEffect> effects, StudyTable table, String column) {
        Function<StudyData, String> value = table.valuesOf(column);
        boolean numeric = effects.stream().allMatch(e -> isNumber(value.apply(e.data())));
        Comparator<StudyEffect> order = numeric
                ? Comparator.comparingDouble(e -> Double.parseDouble(value.apply(e.data())))
                : Comparator.comparing(e -> value.apply(e.data()));
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
