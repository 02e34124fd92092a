package org.evsynth.report.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.evsynth.report.bundle.BundleContent.OutcomeContent;
import org.evsynth.report.bundle.OutcomeKind;
import org.evsynth.report.table.ArmShape;
import org.evsynth.report.table.InputFormat;
import org.evsynth.report.table.StudyValues;
import org.evsynth.stats.effect.EffectMeasure;

/**
 * The included studies' extracted arms as one study table per outcome. An outcome's first arm extracted is group 1
 * (the experimental arm); the shape of the first study's data decides the table's columns ({@link ArmShape}). A
 * contrast is extracted once per study with its measure as the arm. What cannot make a table is left out with a
 * warning that says why.
 */
final class OutcomeTables {

    private static final List<String> CONTRASTS = InputFormat.ESTIMATE_WITH_CI.measures().stream()
            .map(Enum::name).toList();

    /** One outcome's arms in order and, per study, each arm's data. */
    private static final class Table {
        final String name;
        final List<String> arms = new ArrayList<>();
        final Map<String, Map<String, Map<String, Object>>> rows = new LinkedHashMap<>();

        Table(String name) {
            this.name = name;
        }
    }

    /**
     * An exported outcome and the two groups it compares (the protocol's intervention and comparator for a contrast).
     *
     * @param content the outcome and its rows
     * @param group1 the experimental group's name, or null for a contrast
     * @param group2 the comparator group's name, or null for a contrast
     */
    record Exported(OutcomeContent content, String group1, String group2) {
    }

    private final List<String> warnings;

    OutcomeTables(List<String> warnings) {
        this.warnings = warnings;
    }

    /** The outcomes that make a table, in the order they were first extracted. */
    List<Exported> of(List<ReviewData.IncludedStudy> studies) {
        Map<String, Table> tables = new LinkedHashMap<>();
        for (ReviewData.IncludedStudy study : studies) {
            for (ReviewData.ExtractedArm arm : study.arms()) {
                Table t = tables.computeIfAbsent(arm.outcome(), Table::new);
                if (!t.arms.contains(arm.arm())) {
                    t.arms.add(arm.arm());
                }
                t.rows.computeIfAbsent(study.label(), k -> new LinkedHashMap<>()).put(arm.arm(), arm.values());
            }
        }
        List<Exported> exported = new ArrayList<>();
        for (Table t : tables.values()) {
            Exported e = table(t);
            if (e != null) {
                exported.add(e);
            }
        }
        return exported;
    }

    private Exported table(Table t) {
        ArmShape shape = ArmShape.of(t.rows.values().iterator().next().values().iterator().next().keySet());
        if (shape == null) {
            warnings.add(String.format(Locale.ROOT, "outcome '%s' is not exported: its data are none of %s", t.name,
                    String.join("; ", java.util.Arrays.stream(ArmShape.values())
                            .map(s -> String.join(", ", s.fields())).toList())));
            return null;
        }
        EffectMeasure measure = shape == ArmShape.CONTRAST ? contrastMeasure(t) : null;
        if (shape == ArmShape.CONTRAST ? measure == null : !hasTwoArms(t)) {
            return null;
        }
        List<StudyValues> rows = rows(t, shape);
        if (rows.isEmpty()) {
            warnings.add("outcome '" + t.name + "' is not exported: no study has complete data");
            return null;
        }
        OutcomeKind kind = rows.size() == 1 ? OutcomeKind.SINGLE_STUDY : OutcomeKind.META_ANALYSIS;
        OutcomeContent content = new OutcomeContent(t.name, kind, measure, shape, rows);
        return shape == ArmShape.CONTRAST ? new Exported(content, null, null)
                : new Exported(content, t.arms.get(0), t.arms.get(1));
    }

    private EffectMeasure contrastMeasure(Table t) {
        if (t.arms.size() != 1 || !CONTRASTS.contains(t.arms.get(0).toUpperCase(Locale.ROOT))) {
            warnings.add(String.format(Locale.ROOT, "outcome '%s' is not exported: an estimate with its CI must "
                    + "be stored with its measure (%s) as the arm, once per study; found arms %s", t.name,
                    String.join(", ", CONTRASTS), t.arms));
            return null;
        }
        return EffectMeasure.valueOf(t.arms.get(0).toUpperCase(Locale.ROOT));
    }

    private boolean hasTwoArms(Table t) {
        if (t.arms.size() != 2) {
            warnings.add(String.format(Locale.ROOT, "outcome '%s' is not exported: it has arms %s; a study table "
                    + "compares two", t.name, t.arms));
            return false;
        }
        return true;
    }

    /** A row per study whose every arm has the shape's fields; the others are left out with a warning. */
    private List<StudyValues> rows(Table t, ArmShape shape) {
        List<StudyValues> rows = new ArrayList<>();
        for (Map.Entry<String, Map<String, Map<String, Object>>> row : t.rows.entrySet()) {
            List<String> cells = cells(row.getValue(), t.arms, shape);
            if (cells == null) {
                warnings.add(String.format(Locale.ROOT, "outcome '%s': study '%s' is left out: it lacks an arm "
                        + "or its arms' data differ in shape (%s)", t.name, row.getKey(),
                        String.join(", ", shape.fields())));
            } else {
                rows.add(new StudyValues(row.getKey(), cells));
            }
        }
        return rows;
    }

    /** The study's cells, arm after arm, or null when an arm is missing or has other fields. */
    private static List<String> cells(Map<String, Map<String, Object>> byArm, List<String> arms, ArmShape shape) {
        List<String> cells = new ArrayList<>();
        for (String arm : arms) {
            Map<String, Object> data = byArm.get(arm);
            if (data == null || !data.keySet().equals(Set.copyOf(shape.fields()))) {
                return null;
            }
            shape.fields().forEach(f -> cells.add(number(data.get(f))));
        }
        return cells;
    }

    private static String number(Object value) {
        if (value instanceof Number n) {
            return new BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
        }
        return String.valueOf(value);
    }
}
