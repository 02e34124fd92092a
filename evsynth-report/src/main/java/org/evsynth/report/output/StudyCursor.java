package org.evsynth.report.output;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.evsynth.stats.effect.StudyData;

/**
 * The data of each row of an analysis, found in the table's studies: the rows are the studies pooled, in input order
 * (a subgroup's rows are those of its studies), so each is found by moving forward through the table, in one pass.
 * A row not found ahead (which the engine does not make) is looked up by its label.
 */
final class StudyCursor {

    private final List<StudyData> studies;
    private int next;
    private Map<String, StudyData> byLabel;

    StudyCursor(List<StudyData> studies) {
        this.studies = studies;
    }

    /** The data of the next row, labelled so. */
    StudyData next(String label) {
        for (int i = next; i < studies.size(); i++) {
            if (studies.get(i).study().equals(label)) {
                next = i + 1;
                return studies.get(i);
            }
        }
        if (byLabel == null) {
            byLabel = new HashMap<>();
            studies.forEach(s -> byLabel.putIfAbsent(s.study(), s));
        }
        return byLabel.get(label);
    }
}
