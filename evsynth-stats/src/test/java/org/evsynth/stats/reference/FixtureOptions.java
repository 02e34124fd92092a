package org.evsynth.stats.reference;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.evsynth.stats.effect.EffectMeasure;
import org.evsynth.stats.effect.ZeroCellCorrection;
import org.evsynth.stats.meta.ConfidenceMethod;
import org.evsynth.stats.meta.MetaAnalysis;
import org.evsynth.stats.meta.Model;
import org.evsynth.stats.meta.Pooling;
import org.evsynth.stats.meta.PredictionMethod;
import org.evsynth.stats.meta.TauSquaredCiMethod;
import org.evsynth.stats.meta.TauSquaredEstimator;

/**
 * A fixture's `args` (the CLI options of `evsynth meta` and `evsynth metareg`, as the R scripts write them)
 * translated into library settings. This is the one place the option names meet the library: each option maps
 * to one library call, so the table in the report to the lead can be read off this class. An option the harness
 * does not know fails the fixture, so that no option is silently ignored.
 */
final class FixtureOptions {

    private static final Set<String> FLAGS = Set.of("--leave-one-out", "--influence", "--egger", "--begg",
            "--peters", "--harbord", "--trim-fill", "--common-tau2", "--collapse", "--henmi-copas",
            "--drop-missing");

    private final Map<String, List<String>> values = new LinkedHashMap<>();
    private final Set<String> read = new java.util.HashSet<>();

    FixtureOptions(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String name = args.get(i);
            if (!name.startsWith("--")) {
                throw new IllegalArgumentException("not an option: " + name);
            }
            String value = FLAGS.contains(name) ? "" : args.get(++i);
            values.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
    }

    boolean has(String name) {
        read.add(name);
        return values.containsKey(name);
    }

    String value(String name) {
        read.add(name);
        List<String> all = values.get(name);
        return all == null ? null : all.get(all.size() - 1);
    }

    List<String> all(String name) {
        read.add(name);
        return values.getOrDefault(name, List.of());
    }

    /** The options given that no runner read: a fixture whose option the harness ignores must fail. */
    List<String> unread() {
        return values.keySet().stream().filter(name -> !read.contains(name)).toList();
    }

    EffectMeasure measure() {
        return EffectMeasure.parse(value("--measure"));
    }

    /** `--model`, `--method`, `--pooling`, `--ci`, `--pi`, `--level`, `--cc`, `--cc-to` as `meta` applies them. */
    MetaAnalysis analysis() {
        MetaAnalysis analysis = MetaAnalysis.withDefaults();
        if (has("--pooling")) {
            analysis = analysis.with(Pooling.valueOf(value("--pooling")));
        }
        if (has("--method")) {
            analysis = analysis.with(TauSquaredEstimator.parse(value("--method")));
        }
        if (has("--pi")) {
            analysis = analysis.with(PredictionMethod.valueOf(upper("--pi")));
        }
        if (has("--level")) {
            analysis = analysis.withLevel(Double.parseDouble(value("--level")) / 100);
        }
        analysis = analysis.with(correction());
        if (has("--model")) {
            analysis = analysis.with(Model.valueOf(upper("--model")));
        }
        if (has("--ci")) {
            analysis = analysis.with(ConfidenceMethod.valueOf(upper("--ci")));
        }
        if (has("--tau2-ci")) {
            analysis = analysis.with(TauSquaredCiMethod.valueOf(upper("--tau2-ci")));
        }
        return analysis;
    }

    ZeroCellCorrection correction() {
        double cc = has("--cc") ? Double.parseDouble(value("--cc")) : 0.5;
        ZeroCellCorrection.ApplyTo to = switch (has("--cc-to") ? value("--cc-to") : "zero") {
            case "zero" -> ZeroCellCorrection.ApplyTo.ZERO_CELL_STUDIES;
            case "all" -> ZeroCellCorrection.ApplyTo.ALL_STUDIES;
            case "none" -> ZeroCellCorrection.ApplyTo.NONE;
            default -> throw new IllegalArgumentException("--cc-to " + value("--cc-to"));
        };
        return new ZeroCellCorrection(cc, to);
    }

    String upper(String name) {
        return value(name).toUpperCase(Locale.ROOT).replace('-', '_');
    }
}
