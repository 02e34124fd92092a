package org.evsynth.report.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.evsynth.report.figure.Favours;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 'Favours ...' texts from review.yaml: more soil carbon must not be labelled "Favours Degraded". The outcome's
 * direction puts each group's text on its side; a comparison's texts serve its outcomes unless one gives its own.
 */
class FavoursLabelsTest {

    @TempDir
    Path dir;

    private AnalysisBundle load(String comparisonLines, String outcomeLines) throws Exception {
        Files.writeString(dir.resolve("d.csv"), "study,mean_1,sd_1,n_1,mean_2,sd_2,n_2\nA,42.0,3.1,20,38.5,2.9,21\n");
        Files.writeString(dir.resolve("review.yaml"), """
                title: Restoring peatland
                question: {population: peatland, intervention: restoration, comparator: none}
                comparisons:
                  - name: Restored versus degraded
                    intervention_label: Restored
                    comparator_label: Degraded
                %s    outcomes:
                      - name: Soil carbon
                        data: d.csv
                %s      - name: Methane
                        data: d.csv
                """.formatted(comparisonLines.indent(4), outcomeLines.indent(8)));
        return AnalysisBundle.load(dir);
    }

    @Test
    void higherIsBetterPutsTheInterventionOnTheRight() throws Exception {
        AnalysisBundle bundle = load("", "higher_is_better: true");
        Comparison c = bundle.comparisons().get(0);
        assertEquals(new Favours("Favours Degraded", "Favours Restored"), c.favours(c.outcomes().get(0)));
        assertEquals(new Favours("Favours Restored", "Favours Degraded"), c.favours(c.outcomes().get(1)),
                "RevMan's default for a harm");
    }

    @Test
    void givenTextsGoOnTheirGroupsSideAndAnOutcomesOwnWin() throws Exception {
        AnalysisBundle bundle = load("favours_intervention: Restoration works\nfavours_comparator: Leave it be",
                "higher_is_better: true\nfavours_comparator: Degraded stores more");
        Comparison c = bundle.comparisons().get(0);
        assertEquals(new Favours("Degraded stores more", "Restoration works"), c.favours(c.outcomes().get(0)));
        assertEquals(new Favours("Restoration works", "Leave it be"), c.favours(c.outcomes().get(1)));
    }

    @Test
    void aMisspeltKeyIsRefusedWithTheNearestOne() {
        BundleException e = assertThrows(BundleException.class, () -> load("", "favours_interventon: Restored"));
        assertTrue(e.getMessage().contains("comparisons[0].outcomes[0].favours_interventon: unknown key (did you "
                + "mean 'favours_intervention'?)"), e.getMessage());
        BundleException empty = assertThrows(BundleException.class, () -> load("favours_comparator: ''", ""));
        assertTrue(empty.getMessage().contains("comparisons[0].favours_comparator: is empty"), empty.getMessage());
    }
}
