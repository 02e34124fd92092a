package org.evsynth.records.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes apart numbered searches that a web page or PDF ran into one line: {@code 2. cough$.mp. 3. 1 or 2}, or a
 * whole strategy flattened into a paragraph ({@code MEDLINE (OVID interface) 1. search$.tw. 2. exp ... 3. ...}).
 *
 * <p>A line is split before {@code N.} only where the numbers run on in order: the line starts with {@code N.} and
 * holds {@code N+1.}, or it holds at least three numbers in a row ({@code 1. ... 2. ... 3. ...}); a number that
 * does not continue the run ({@code type 2. ...} in a search) is left as text.
 */
final class RunTogether {

    private static final Pattern NUMBER = Pattern.compile("(?<=^|\\s)(\\d{1,4})\\.(?=\\s)");
    private static final Pattern STARTS_NUMBERED = Pattern.compile("^\\s*(\\d{1,4})\\.\\s");
    private static final int RUN_WITHOUT_START = 3;

    private RunTogether() {
    }

    /** The line itself, or the pieces it holds when numbered searches run together in it. */
    static List<String> split(String line) {
        Matcher start = STARTS_NUMBERED.matcher(line);
        List<Integer> cuts = new ArrayList<>();
        int expected = -1;
        Matcher m = NUMBER.matcher(line);
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            if (expected < 0 || n != expected) {
                if (!cuts.isEmpty() && cuts.size() >= (startsRun(start, cuts) ? 2 : RUN_WITHOUT_START)) {
                    break;
                }
                cuts.clear();
            }
            cuts.add(m.start());
            expected = n + 1;
        }
        boolean fromStart = startsRun(start, cuts);
        if (cuts.size() < (fromStart ? 2 : RUN_WITHOUT_START)) {
            return List.of(line);
        }
        List<String> pieces = new ArrayList<>();
        int from = 0;
        for (int cut : cuts) {
            if (cut > from && !line.substring(from, cut).isBlank()) {
                pieces.add(line.substring(from, cut).trim());
            }
            from = cut;
        }
        pieces.add(line.substring(from).trim());
        return pieces;
    }

    private static boolean startsRun(Matcher start, List<Integer> cuts) {
        return !cuts.isEmpty() && start.lookingAt() && start.start(1) == cuts.get(0);
    }
}
