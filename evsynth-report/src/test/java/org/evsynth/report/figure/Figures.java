package org.evsynth.report.figure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.evsynth.stats.effect.BinaryStudy;
import org.evsynth.stats.effect.StudyData;

/** Test data (the BCG trials, metafor's dat.bcg) and ways to count a figure's elements by CSS class. */
final class Figures {

    private Figures() {
    }

    /** The 13 BCG trials from examples/bcg.csv. */
    static List<BinaryStudy> bcg() {
        List<BinaryStudy> studies = new ArrayList<>();
        for (String[] f : bcgRows()) {
            studies.add(BinaryStudy.of(f[0], Double.parseDouble(f[1]), Double.parseDouble(f[2]),
                    Double.parseDouble(f[3]), Double.parseDouble(f[4])));
        }
        return studies;
    }

    /** The value of a column of examples/bcg.csv, by study. */
    static Function<StudyData, String> bcgColumn(int column) {
        Map<String, String> values = new java.util.HashMap<>();
        bcgRows().forEach(f -> values.put(f[0], f[column]));
        return s -> values.get(s.study());
    }

    private static List<String[]> bcgRows() {
        Path here = Path.of("").toAbsolutePath();
        Path file = Files.exists(here.resolve("examples/bcg.csv")) ? here.resolve("examples/bcg.csv")
                : here.getParent().resolve("examples/bcg.csv");
        try {
            return Files.readAllLines(file).stream().skip(1).map(l -> l.split(",")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many elements carry this CSS class. */
    static int count(String svg, String cssClass) {
        Matcher m = Pattern.compile("class=\"" + Pattern.quote(cssClass) + "\"").matcher(svg);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** The texts of the text elements with this class, in order. */
    static List<String> texts(String svg, String cssClass) {
        Matcher m = Pattern.compile("<text class=\"" + Pattern.quote(cssClass) + "\"[^>]*>([^<]*)</text>").matcher(svg);
        List<String> texts = new ArrayList<>();
        while (m.find()) {
            texts.add(m.group(1).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                    .replace("&quot;", "\""));
        }
        return texts;
    }

    /** The document's width. */
    static double width(String svg) {
        Matcher m = Pattern.compile("<svg[^>]* width=\"([0-9.]+)\"").matcher(svg);
        m.find();
        return Double.parseDouble(m.group(1));
    }

    /** The x attribute of every text element, with its text width estimate, is within the document. */
    static List<Double> numbers(String svg, String cssClass, String attribute) {
        Matcher m = Pattern.compile("class=\"" + Pattern.quote(cssClass) + "\"[^>]* " + attribute + "=\"([-0-9.]+)\"")
                .matcher(svg);
        List<Double> values = new ArrayList<>();
        while (m.find()) {
            values.add(Double.parseDouble(m.group(1)));
        }
        return values;
    }
}
