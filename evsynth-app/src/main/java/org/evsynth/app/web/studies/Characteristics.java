package org.evsynth.app.web.studies;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The study-characteristics form: the fields most reviews extract (Cochrane Handbook 5.3, table 5.3.a), and free
 * rows for any other, each with its value as the member extracted it.
 *
 * @param fields the named fields with their values
 * @param others other characteristics, and two blank rows to add more
 */
public record Characteristics(List<Field> fields, List<Field> others) {

    /** A characteristic: its key (stored and exported), its label, its value. */
    public record Field(String key, String label, String value) {
    }

    static final Map<String, String> NAMED = named();

    private static Map<String, String> named() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("design", "Study design");
        m.put("country", "Country");
        m.put("setting", "Setting");
        m.put("n", "Participants randomised (n)");
        m.put("population", "Population");
        m.put("intervention", "Intervention");
        m.put("comparator", "Comparator");
        m.put("follow-up", "Follow-up");
        m.put("funding", "Funding");
        m.put("notes", "Notes");
        return m;
    }

    static final int BLANK_ROWS = 2;

    /** The form holding these values (any not named become other rows). */
    static Characteristics of(Map<String, ?> values) {
        List<Field> fields = new ArrayList<>();
        NAMED.forEach((key, label) -> fields.add(new Field(key, label, ArmText.plain(values.get(key)))));
        List<Field> others = new ArrayList<>();
        values.forEach((key, value) -> {
            if (!NAMED.containsKey(key)) {
                others.add(new Field(key, key, ArmText.plain(value)));
            }
        });
        for (int i = 0; i < BLANK_ROWS; i++) {
            others.add(new Field("", "", ""));
        }
        return new Characteristics(fields, others);
    }

    /** The values a sent form holds: c_KEY fields, and other_name_N with other_value_N. */
    static Map<String, String> sent(Map<String, String> form) {
        Map<String, String> values = new LinkedHashMap<>();
        NAMED.keySet().forEach(key -> values.put(key, form.getOrDefault("c_" + key, "")));
        for (int i = 0; form.containsKey("other_name_" + i); i++) {
            String name = form.get("other_name_" + i).strip();
            String value = form.getOrDefault("other_value_" + i, "");
            if (!name.isEmpty() || !value.isBlank()) {
                values.put(name, value);
            }
        }
        return values;
    }
}
