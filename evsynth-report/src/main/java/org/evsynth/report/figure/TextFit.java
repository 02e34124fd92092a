package org.evsynth.report.figure;

import java.util.ArrayList;
import java.util.List;

import org.evsynth.report.svg.Svg;

/** Fits a label into a column: wrapped at spaces onto a few lines, the last one ended with an ellipsis if needed. */
final class TextFit {

    private TextFit() {
    }

    /** The label in at most maxLines lines, each no wider than width at this font size. */
    static List<String> wrap(String text, double width, double size, int maxLines) {
        List<String> lines = new ArrayList<>();
        String rest = text.strip();
        while (!rest.isEmpty() && lines.size() < maxLines - 1 && Svg.textWidth(rest, size) > width) {
            int cut = breakPoint(rest, width, size);
            lines.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        if (!rest.isEmpty() || lines.isEmpty()) {
            lines.add(clip(rest, width, size));
        }
        return lines;
    }

    /** The text, cut and ended with "…" if it is wider than width. */
    static String clip(String text, double width, double size) {
        if (Svg.textWidth(text, size) <= width) {
            return text;
        }
        int end = text.length();
        while (end > 1 && Svg.textWidth(text.substring(0, end).stripTrailing() + "…", size) > width) {
            end--;
        }
        return text.substring(0, end).stripTrailing() + "…";
    }

    /** The last space before the width, or a hard break if a single word is too long. */
    private static int breakPoint(String text, double width, double size) {
        int fits = 1;
        while (fits < text.length() && Svg.textWidth(text.substring(0, fits + 1), size) <= width) {
            fits++;
        }
        int space = text.lastIndexOf(' ', fits);
        return space > 0 ? space : fits;
    }
}
