package org.evsynth.report.table;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.text.similarity.LevenshteinDistance;
import org.evsynth.report.format.Texts;

/** Recognises a study table's format from its header, and says what is missing or misspelt when none fits. */
final class Header {

    private Header() {
    }

    static InputFormat recognise(String name, List<String> header) throws InputException {
        Set<String> columns = new LinkedHashSet<>(header);
        InputFormat best = InputFormat.recognise(header).orElse(null);
        if (best == null) {
            InputFormat closest = Arrays.stream(InputFormat.values())
                    .max(Comparator.comparingDouble(f -> (double) f.matches(columns) / f.columns().size()))
                    .orElseThrow();
            throw InputException.at(name, 1, null, "the columns do not match any input format"
                    + missingColumns(closest, columns) + "; found: " + Texts.names(header)
                    + "; expected one of:" + InputFormat.describeAll());
        }
        if (!columns.contains(InputFormat.STUDY)) {
            throw InputException.at(name, 1, null, "missing column 'study'" + didYouMean(InputFormat.STUDY, columns)
                    + "; found: " + Texts.names(header));
        }
        return best;
    }

    private static String missingColumns(InputFormat closest, Set<String> columns) {
        if (closest.matches(columns) == 0) {
            return "";
        }
        StringBuilder text = new StringBuilder(" (closest: ").append(closest.name().toLowerCase(Locale.ROOT))
                .append(", missing ");
        List<String> missing = closest.columns().stream().filter(c -> !columns.contains(c)).toList();
        for (int i = 0; i < missing.size(); i++) {
            text.append(i == 0 ? "" : ", ").append('\'').append(missing.get(i)).append('\'')
                    .append(didYouMean(missing.get(i), columns));
        }
        return text.append(')').toString();
    }

    /** " (is 'event_1' a misspelling?)" when a column is within two edits of the expected name. */
    private static String didYouMean(String expected, Set<String> columns) {
        for (String column : columns) {
            if (!column.equals(expected) && LevenshteinDistance.getDefaultInstance().apply(column.toLowerCase(Locale.ROOT), expected) <= 2) {
                return " (is '" + Texts.cell(column) + "' a misspelling?)";
            }
        }
        return "";
    }
}
