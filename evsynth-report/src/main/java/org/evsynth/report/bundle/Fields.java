package org.evsynth.report.bundle;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.text.similarity.LevenshteinDistance;


/**
 * Typed access to the keys of one YAML mapping, recording a problem (file, line, key path) for each missing or
 * ill-typed value and, at {@link #finish()}, for each key nobody asked for — usually a typo. Accessors return null
 * (or the default) after recording a problem, so reading goes on and every problem is reported at once.
 */
final class Fields {

    private final YamlNode.Mapping node;
    private final String path;
    private final String file;
    private final Problems problems;
    private final Set<String> known = new LinkedHashSet<>();

    Fields(YamlNode.Mapping node, String path, String file, Problems problems) {
        this.node = node;
        this.path = path;
        this.file = file;
        this.problems = problems;
    }

    String path() {
        return path;
    }

    int line() {
        return node.line();
    }

    String pathOf(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    boolean has(String key) {
        known.add(key);
        YamlNode value = node.values().get(key);
        return value != null && !(value instanceof YamlNode.Scalar s && s.type() == YamlNode.Scalar.Type.NULL);
    }

    /** The line a key is on, or the mapping's line if absent. */
    int lineOf(String key) {
        YamlNode.Key k = node.keys().get(key);
        return k == null ? node.line() : k.line();
    }

    void problem(String key, String message) {
        problems.add(file, lineOf(key), key == null ? path : pathOf(key), message);
    }

    /** A problem at a list item of a key. */
    void problemAt(YamlNode at, String key, String message) {
        problems.add(file, at.line(), pathOf(key), message);
    }

    YamlNode raw(String key) {
        known.add(key);
        return node.values().get(key);
    }

    private YamlNode.Scalar scalar(String key, boolean required) {
        if (!has(key)) {
            if (required) {
                problem(key, "missing; this key is required");
            }
            return null;
        }
        YamlNode value = node.values().get(key);
        if (value instanceof YamlNode.Scalar s) {
            return s;
        }
        problems.add(file, value.line(), pathOf(key), "expected a single value, found " + value.describe());
        return null;
    }

    String text(String key, boolean required) {
        YamlNode.Scalar s = scalar(key, required);
        if (s == null) {
            return null;
        }
        if (s.text().isBlank()) {
            problems.add(file, s.line(), pathOf(key), "is empty");
            return null;
        }
        return s.text().strip();
    }

    /** One of a fixed set of words (case-insensitive); the message lists them. */
    <E> E choice(String key, Map<String, E> choices, E fallback, boolean required) {
        YamlNode.Scalar s = scalar(key, required);
        if (s == null) {
            return fallback;
        }
        String word = s.text().strip();
        for (Map.Entry<String, E> e : choices.entrySet()) {
            if (e.getKey().equalsIgnoreCase(word)) {
                return e.getValue();
            }
        }
        problems.add(file, s.line(), pathOf(key), String.format(Locale.ROOT, "'%s' is not one of %s", word,
                String.join(", ", choices.keySet())));
        return fallback;
    }

    /** A number within [min, max]. */
    Double number(String key, double min, double max, Double fallback) {
        YamlNode.Scalar s = scalar(key, false);
        if (s == null) {
            return fallback;
        }
        double value;
        try {
            value = Double.parseDouble(s.text().strip());
        } catch (NumberFormatException e) {
            problems.add(file, s.line(), pathOf(key), "expected a number, found " + s.describe());
            return fallback;
        }
        if (!(value >= min && value <= max)) {
            problems.add(file, s.line(), pathOf(key), String.format(Locale.ROOT,
                    "%s is outside %s to %s", s.text(), plain(min), plain(max)));
            return fallback;
        }
        return value;
    }

    /** A whole number within [min, max]. */
    Integer integer(String key, int min, int max, Integer fallback) {
        YamlNode.Scalar s = scalar(key, false);
        if (s == null) {
            return fallback;
        }
        int value;
        try {
            value = Integer.parseInt(s.text().strip().replace("+", ""));
        } catch (NumberFormatException e) {
            problems.add(file, s.line(), pathOf(key), "expected a whole number, found " + s.describe());
            return fallback;
        }
        if (value < min || value > max) {
            problems.add(file, s.line(), pathOf(key), String.format(Locale.ROOT, "%d is outside %d to %d",
                    value, min, max));
            return fallback;
        }
        return value;
    }

    boolean bool(String key, boolean fallback) {
        YamlNode.Scalar s = scalar(key, false);
        if (s == null) {
            return fallback;
        }
        if (s.type() == YamlNode.Scalar.Type.BOOLEAN) {
            return Boolean.parseBoolean(s.text());
        }
        problems.add(file, s.line(), pathOf(key), "expected true or false, found " + s.describe());
        return fallback;
    }

    /** A list of texts; a single text is read as a list of one. Items carry their lines. */
    List<YamlNode.Scalar> texts(String key) {
        if (!has(key)) {
            return List.of();
        }
        YamlNode value = node.values().get(key);
        if (value instanceof YamlNode.Scalar s) {
            return List.of(s);
        }
        if (value instanceof YamlNode.Sequence seq) {
            List<YamlNode.Scalar> items = new ArrayList<>();
            for (int i = 0; i < seq.items().size(); i++) {
                YamlNode item = seq.items().get(i);
                if (item instanceof YamlNode.Scalar s && s.type() != YamlNode.Scalar.Type.NULL) {
                    items.add(s);
                } else {
                    problems.add(file, item.line(), pathOf(key) + "[" + i + "]",
                            "expected a text, found " + item.describe());
                }
            }
            return items;
        }
        problems.add(file, value.line(), pathOf(key), "expected a list, found " + value.describe());
        return List.of();
    }

    /** A nested mapping, or null. */
    Fields mapping(String key, boolean required) {
        if (!has(key)) {
            if (required) {
                problem(key, "missing; this key is required");
            }
            return null;
        }
        YamlNode value = node.values().get(key);
        if (value instanceof YamlNode.Mapping m) {
            return new Fields(m, pathOf(key), file, problems);
        }
        problems.add(file, value.line(), pathOf(key), "expected a mapping (key: value lines), found "
                + value.describe());
        return null;
    }

    /** A list of mappings (at least one when required). */
    List<Fields> mappings(String key, boolean required) {
        if (!has(key)) {
            if (required) {
                problem(key, "missing; give at least one");
            }
            return List.of();
        }
        YamlNode value = node.values().get(key);
        if (!(value instanceof YamlNode.Sequence seq)) {
            problems.add(file, value.line(), pathOf(key), "expected a list, found " + value.describe());
            return List.of();
        }
        if (seq.items().isEmpty() && required) {
            problems.add(file, value.line(), pathOf(key), "is empty; give at least one");
        }
        List<Fields> result = new ArrayList<>();
        for (int i = 0; i < seq.items().size(); i++) {
            YamlNode item = seq.items().get(i);
            String itemPath = pathOf(key) + "[" + i + "]";
            if (item instanceof YamlNode.Mapping m) {
                result.add(new Fields(m, itemPath, file, problems));
            } else {
                problems.add(file, item.line(), itemPath, "expected a mapping (key: value lines), found "
                        + item.describe());
            }
        }
        return result;
    }

    /** Records every key that no accessor asked for, with the nearest known key when one is close. */
    void finish() {
        for (YamlNode.Key key : node.keys().values()) {
            if (!known.contains(key.name())) {
                String near = nearest(key.name());
                problems.add(file, key.line(), pathOf(key.name()), "unknown key"
                        + (near == null ? "" : " (did you mean '" + near + "'?)")
                        + "; known keys here: " + String.join(", ", known));
            }
        }
    }

    private String nearest(String name) {
        String best = null;
        int bestDistance = 3;
        for (String candidate : known) {
            int d = LevenshteinDistance.getDefaultInstance().apply(name.toLowerCase(Locale.ROOT), candidate);
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best;
    }

    private static String plain(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
