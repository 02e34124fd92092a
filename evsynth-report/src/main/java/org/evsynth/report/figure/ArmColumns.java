package org.evsynth.report.figure;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.evsynth.report.format.Numbers;
import org.evsynth.stats.effect.BinaryStudy;
import org.evsynth.stats.effect.ContinuousStudy;
import org.evsynth.stats.effect.ProportionStudy;
import org.evsynth.stats.effect.StudyData;

/**
 * The per-group data columns of a forest plot, as RevMan lays them out: Events and Total per group for binary data,
 * Mean, SD and Total for continuous data, Events and Total for a single group, none for reported estimates.
 */
enum ArmColumns {
    NONE(0, List.of()),
    BINARY(2, List.of("Events", "Total")),
    CONTINUOUS(2, List.of("Mean", "SD", "Total")),
    PROPORTION(1, List.of("Events", "Total"));

    private final int groups;
    private final List<String> perGroup;

    ArmColumns(int groups, List<String> perGroup) {
        this.groups = groups;
        this.perGroup = perGroup;
    }

    /** The number of groups shown. */
    int groups() {
        return groups;
    }

    /** The sub-headings under each group's name. */
    List<String> perGroup() {
        return perGroup;
    }

    /** The number of data columns. */
    int count() {
        return groups * perGroup.size();
    }

    /** The layout for the studies' data: by the kind of the first study with arm data. */
    static ArmColumns of(List<StudyData> arms) {
        for (StudyData data : arms) {
            if (data instanceof BinaryStudy) {
                return BINARY;
            }
            if (data instanceof ContinuousStudy) {
                return CONTINUOUS;
            }
            if (data instanceof ProportionStudy) {
                return PROPORTION;
            }
        }
        return NONE;
    }

    /**
     * One study's cells, blank where the data are missing or of another kind. Means and SDs are shown as written in
     * the study table when its cells are given (column to text), with their decimals: "42.0" stays "42.0".
     */
    List<String> cells(StudyData data, Map<String, String> written) {
        if (this == BINARY && data instanceof BinaryStudy b) {
            return List.of(Numbers.count(b.events1()), Numbers.count(b.total1()), Numbers.count(b.events2()),
                    Numbers.count(b.total2()));
        }
        if (this == CONTINUOUS && data instanceof ContinuousStudy c) {
            return List.of(reported(written, "mean_1", c.mean1()), reported(written, "sd_1", c.sd1()),
                    Numbers.count(c.n1()), reported(written, "mean_2", c.mean2()), reported(written, "sd_2", c.sd2()),
                    Numbers.count(c.n2()));
        }
        if (this == PROPORTION && data instanceof ProportionStudy p) {
            return List.of(Numbers.count(p.events()), Numbers.count(p.total()));
        }
        return blank();
    }

    /**
     * A mean or SD as the table wrote it, as a plain decimal with the decimals given ("42.0", "4.20e1" as "42.0"),
     * when the text is that number; otherwise, or with no text, the number with up to two decimals.
     */
    private static String reported(Map<String, String> written, String column, double value) {
        String text = written.get(column);
        if (text != null) {
            try {
                BigDecimal decimal = new BigDecimal(text.strip());
                if (decimal.doubleValue() == value) {
                    return decimal.toPlainString();
                }
            } catch (NumberFormatException e) {
                // not a plain number: fall through to the value
            }
        }
        return Numbers.compact(value);
    }

    /** Blank cells. */
    List<String> blank() {
        return java.util.Collections.nCopies(count(), "");
    }

    /**
     * The pooled row's cells (participants per group) and the 'Total events' row's cells, from the studies'
     * data; null for the events row where there are no events to count.
     */
    List<List<String>> totals(List<StudyData> studies) {
        double[] sums = new double[4];
        for (StudyData data : studies) {
            if (data instanceof BinaryStudy b) {
                sums[0] += b.events1();
                sums[1] += b.total1();
                sums[2] += b.events2();
                sums[3] += b.total2();
            } else if (data instanceof ContinuousStudy c) {
                sums[1] += c.n1();
                sums[3] += c.n2();
            } else if (data instanceof ProportionStudy p) {
                sums[0] += p.events();
                sums[1] += p.total();
            }
        }
        return switch (this) {
            case BINARY -> java.util.Arrays.asList(List.of("", Numbers.count(sums[1]), "", Numbers.count(sums[3])),
                    List.of(Numbers.count(sums[0]), "", Numbers.count(sums[2]), ""));
            case CONTINUOUS -> java.util.Arrays.asList(
                    List.of("", "", Numbers.count(sums[1]), "", "", Numbers.count(sums[3])), null);
            case PROPORTION -> java.util.Arrays.asList(List.of(Numbers.count(sums[0]), Numbers.count(sums[1])), null);
            case NONE -> java.util.Arrays.asList(List.of(), null);
        };
    }
}
