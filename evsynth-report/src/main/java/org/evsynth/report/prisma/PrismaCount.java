package org.evsynth.report.prisma;

import java.util.Locale;

/**
 * One count as the diagram shows it: reported, derived from reported counts, or unknown.
 *
 * @param value the number, null when unknown
 * @param derived whether evsynth computed it from other counts (and says so on the box)
 */
public record PrismaCount(Long value, boolean derived) {

    /** A count nobody reported. */
    public static final PrismaCount UNKNOWN = new PrismaCount(null, false);

    /** Whether the number is known (reported or derived). */
    public boolean known() {
        return value != null;
    }

    /** As on the box: "n = 827", "n = 817, derived" or "n = unknown". */
    public String text() {
        if (value == null) {
            return "n = unknown";
        }
        return String.format(Locale.ROOT, derived ? "n = %d, derived" : "n = %d", value);
    }
}
