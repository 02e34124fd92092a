package org.evsynth.app.web.studies;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.evsynth.review.ExtractionComparison;
import org.evsynth.review.ExtractionEntry;

/**
 * The dual-extraction view of one key: a row per field, a column per extractor (and the settled value), each
 * extractor's cell marked where the extractors differ on that field.
 *
 * @param key        "outcome/arm" or "characteristics", as the settle form sends it back
 * @param outcome    the outcome, or null for the characteristics
 * @param arm        the arm, or null
 * @param title      what the key is, for the heading
 * @param state      the state's word (one-extractor, agreed, different, settled)
 * @param stateLabel the state as a person reads it
 * @param extractors the extractors, in the order they first extracted it
 * @param settledBy  who settled it, or null
 * @param rows       the fields
 * @param inUse      the values used, as text, or "" while dual extractors differ
 * @param shape      the arm data's shape word (dichotomous, continuous, estimate), or null for the characteristics
 */
public record Comparisons(String key, String outcome, String arm, String title, String state, String stateLabel,
        List<String> extractors, String settledBy, List<Row> rows, String inUse, String shape) {

    /** One field across the extractors, and the value the settle form starts from. */
    public record Row(String field, List<Cell> cells, String settled, String proposed) {
    }

    /** One extractor's value of a field, marked when the extractors differ on it. */
    public record Cell(String value, boolean differs) {
    }

    static Comparisons of(ExtractionComparison c) {
        List<String> differing = c.differingFields();
        List<Row> rows = new ArrayList<>();
        for (String field : c.fields()) {
            List<Cell> cells = new ArrayList<>();
            for (ExtractionEntry e : c.extractions()) {
                cells.add(new Cell(e.data().containsKey(field) ? ArmText.plain(e.data().get(field)) : "—",
                        differing.contains(field)));
            }
            ExtractionEntry start = c.inUse() != null ? c.inUse() : c.extractions().get(0);
            rows.add(new Row(field, cells, c.settlement() == null ? "" : ArmText.plain(c.settlement().data()
                    .get(field)), ArmText.plain(start.data().get(field))));
        }
        ArmText.Shape shape = c.isCharacteristics() ? null : ArmText.Shape.of(Set.copyOf(c.fields()));
        String title = c.isCharacteristics() ? "Characteristics" : c.outcome() + " · " + c.arm();
        return new Comparisons(c.key(), c.outcome(), c.arm(), title, c.state().name().toLowerCase(java.util.Locale.ROOT)
                .replace('_', '-'), label(c), c.extractors(), c.settlement() == null ? null
                : c.settlement().extractor(), rows, c.inUse() == null ? "" : c.isCharacteristics() ? "see above"
                : ArmText.of(c.inUse().data()), shape == null ? null : shape.id());
    }

    private static String label(ExtractionComparison c) {
        return switch (c.state()) {
            case ONE_EXTRACTOR -> "One extractor so far";
            case AGREED -> "The extractors agree";
            case DIFFERENT -> "The extractors differ: settle the value to use";
            case SETTLED -> "Settled by " + c.settlement().extractor();
        };
    }

    /** Whether the settled column is shown. */
    public boolean settled() {
        return settledBy != null;
    }
}
