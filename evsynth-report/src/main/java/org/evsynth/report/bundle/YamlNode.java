package org.evsynth.report.bundle;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML value with the line and column it starts at, so that every validation message can point at it. Jackson's
 * tree model drops locations; this small tree keeps them.
 */
sealed interface YamlNode permits YamlNode.Mapping, YamlNode.Sequence, YamlNode.Scalar {

    /** 1-based line. */
    int line();

    /** 1-based column. */
    int column();

    /** "a mapping", "a list", "a text", "a number", ... for messages. */
    String describe();

    /** A key of a mapping with the line it is on. */
    record Key(String name, int line, int column) {
    }

    /** key: value pairs in file order. */
    record Mapping(Map<String, Key> keys, Map<String, YamlNode> values, int line, int column) implements YamlNode {
        public Mapping {
            keys = new LinkedHashMap<>(keys);
            values = new LinkedHashMap<>(values);
        }

        @Override
        public String describe() {
            return "a mapping (key: value lines)";
        }
    }

    /** - item lines, or [a, b]. */
    record Sequence(List<YamlNode> items, int line, int column) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "a list";
        }
    }

    /**
     * A scalar: its text and whether YAML typed it as a number, a boolean or null.
     *
     * @param text the text as written (null for YAML null)
     * @param type STRING, INTEGER, FLOAT, BOOLEAN or NULL
     */
    record Scalar(String text, Type type, int line, int column) implements YamlNode {
        enum Type { STRING, INTEGER, FLOAT, BOOLEAN, NULL }

        @Override
        public String describe() {
            return switch (type) {
                case STRING -> "the text '" + text + "'";
                case INTEGER, FLOAT -> "the number " + text;
                case BOOLEAN -> "the value " + text;
                case NULL -> "an empty value";
            };
        }
    }
}
