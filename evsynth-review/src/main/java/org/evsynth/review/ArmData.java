package org.evsynth.review;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.evsynth.stats.effect.ContinuousStudy;
import org.evsynth.stats.effect.GenericStudy;
import org.evsynth.stats.effect.InvalidStudyDataException;
import org.evsynth.stats.effect.ProportionStudy;

/**
 * One arm's outcome data in one of the shapes the meta-analysis engine takes, checked on entry with the engine's own
 * rules (the same checks {@code evsynth meta} makes on a study table), so that a value the analysis would refuse is
 * refused when it is typed, naming the study, outcome, arm and field.
 */
public sealed interface ArmData {

    /** The fields as stored and exported, in the engine's names. */
    Map<String, Object> fields();

    /** Events out of participants. */
    record Dichotomous(long events, long total) implements ArmData {
        @Override
        public Map<String, Object> fields() {
            return ordered("events", events, "total", total);
        }
    }

    /** Mean, standard deviation and participants. */
    record Continuous(Number mean, Number sd, long n) implements ArmData {
        @Override
        public Map<String, Object> fields() {
            return ordered("mean", mean, "sd", sd, "n", n);
        }
    }

    /** A contrast the study reported, with its 95% CI; the arm is named after its measure (HR, OR, RR, MD, ...). */
    record Estimate(Number estimate, Number lower, Number upper) implements ArmData {
        @Override
        public Map<String, Object> fields() {
            return ordered("estimate", estimate, "lower", lower, "upper", upper);
        }
    }

    /** The shapes, by their fields. */
    List<Set<String>> SHAPES = List.of(Set.of("events", "total"), Set.of("mean", "sd", "n"),
            Set.of("estimate", "lower", "upper"));

    /** Measures analysed on the log scale: their estimate and limits must be positive. */
    Set<String> RATIO_MEASURES = Set.of("HR", "OR", "RR", "IRR");

    /**
     * Parses and checks an arm's values as entered.
     *
     * @param where the study, outcome and arm, for messages: "study 1 'DanGer Shock', outcome 'Death', arm 'Impella'"
     * @throws InvalidInputException naming the field and value when the shape is none of the engine's or a value is
     *                               not a number the engine takes
     */
    static ArmData parse(String where, String studyLabel, String arm, Map<String, String> values) {
        if (SHAPES.stream().noneMatch(s -> s.equals(values.keySet()))) {
            throw new InvalidInputException(null, String.format(Locale.ROOT, "%s: fields %s; expected one of "
                    + "events,total or mean,sd,n or estimate,lower,upper", where, values.keySet()));
        }
        Map<String, Number> n = new LinkedHashMap<>();
        values.forEach((field, text) -> n.put(field, Numbers.parse(where, field, text)));
        try {
            if (values.containsKey("events")) {
                long events = Numbers.whole(where, "events", n.get("events"));
                long total = Numbers.whole(where, "total", n.get("total"));
                ProportionStudy.of(studyLabel, events, total);
                return new Dichotomous(events, total);
            }
            if (values.containsKey("mean")) {
                double mean = n.get("mean").doubleValue();
                double sd = n.get("sd").doubleValue();
                long size = Numbers.whole(where, "n", n.get("n"));
                ContinuousStudy.of(studyLabel, mean, sd, size, mean, sd, size);
                return new Continuous(n.get("mean"), n.get("sd"), size);
            }
            boolean ratio = RATIO_MEASURES.contains(arm.toUpperCase(Locale.ROOT));
            GenericStudy.fromConfidenceInterval(studyLabel, n.get("estimate").doubleValue(),
                    n.get("lower").doubleValue(), n.get("upper").doubleValue(), ratio);
            return new Estimate(n.get("estimate"), n.get("lower"), n.get("upper"));
        } catch (InvalidStudyDataException e) {
            String field = e.field().replaceFirst("_[12]$", "").replaceFirst("^ci_", "");
            String message = e.getMessage().replaceFirst("^" + Pattern.quote(e.field()) + "\\b", field)
                    .replace("ci_lower", "lower").replace("ci_upper", "upper");
            throw new InvalidInputException(field, where + ": " + message, e);
        }
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        return Json.object(keysAndValues);
    }
}
