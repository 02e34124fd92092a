package org.evsynth.records.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The line numbers of one item of an Ovid combination such as {@code or/1-10} or {@code and/3,7}. */
final class LineRanges {

    private static final Pattern ITEM = Pattern.compile("(\\d+)(?:-(\\d+))?");
    private static final int MAX_RANGE = 10_000;

    private LineRanges() {
    }

    /** "12" gives [12]; "52-54" gives [52, 53, 54]. */
    static List<String> expand(String item, int lineNumber, int column) {
        Matcher m = ITEM.matcher(item);
        if (!m.matches()) {
            throw new StrategyParseException(lineNumber, column, item, "not a line number or range of line numbers");
        }
        int from = Integer.parseInt(m.group(1));
        int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
        if (to < from || to - from > MAX_RANGE) {
            throw new StrategyParseException(lineNumber, column, item, "line range runs backwards or is too long");
        }
        List<String> labels = new ArrayList<>();
        for (int n = from; n <= to; n++) {
            labels.add(Integer.toString(n));
        }
        return labels;
    }
}
