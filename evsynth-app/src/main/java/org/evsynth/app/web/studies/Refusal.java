package org.evsynth.app.web.studies;

import java.util.Map;

/**
 * A change the review refused, to show on the page again: which form, which field the message names, and what the
 * person typed, so nothing is lost.
 *
 * @param form  the form's name: characteristics, arm, settle, rob, study
 * @param key   for a settlement, the key settled ("outcome/arm" or "characteristics"); else null
 * @param field the field at fault, or null
 * @param typed the form's fields as sent
 */
public record Refusal(String form, String key, String field, Map<String, String> typed) {

    public static final Refusal NONE = new Refusal("", null, null, Map.of());

    public Refusal {
        typed = Map.copyOf(typed);
    }

    public boolean of(String name) {
        return form.equals(name);
    }
}
