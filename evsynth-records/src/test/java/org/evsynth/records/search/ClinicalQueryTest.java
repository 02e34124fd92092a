package org.evsynth.records.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The clinical-queries filters: names as Ovid's limits write them, strings, and what each string was checked against. */
class ClinicalQueryTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "therapy (maximizes sensitivity)                        | therapy     | sensitivity | true",
        "treatment (sensitive)                                  | therapy     | sensitivity | true",
        "prognosis (best balance of sensitivity and specificity) | prognosis  | balance     | true",
        "diagnosis (maximizes sensitivity)                      | diagnosis   | sensitivity | true",
        "qualitative (maximizes sensitivity)                    | qualitative | sensitivity | false",
        "causation-etiology (maximizes specificity)             | etiology    | specificity | false",
    })
    void limitNamesFindTheirFilter(String label, String category, String scope, boolean checked) {
        ClinicalQuery query = ClinicalQuery.named(label).orElseThrow();
        assertEquals(category, query.category());
        assertEquals(scope, query.scope());
        if (query.ovid() != null) {
            assertEquals(checked, query.isChecked(), query.checked());
        }
    }

    @Test
    void filtersWithoutACheckedStringAreKnownButCarryNone() {
        for (String label : List.of("causation-etiology (maximizes specificity)", "etiology (best balance of "
                + "sensitivity and specificity)", "reviews (best balance of sensitivity and specificity)",
                "qualitative (maximizes specificity)", "qualitative (best balance of sensitivity and specificity)")) {
            ClinicalQuery query = ClinicalQuery.named(label).orElseThrow();
            assertNull(query.ovid(), label);
            assertTrue(LimitNames.criterion(label) instanceof SearchNode.LimitCriterion.Unanswerable, label);
        }
    }

    @Test
    void everyStringParsesAsOvidAndNamesItsCheck() {
        for (String label : List.of("therapy (maximizes sensitivity)", "therapy (maximizes specificity)",
                "therapy (best balance of sensitivity and specificity)", "diagnosis (maximizes sensitivity)",
                "prognosis (maximizes sensitivity)", "prognosis (maximizes specificity)",
                "prognosis (best balance of sensitivity and specificity)", "etiology (maximizes sensitivity)",
                "clinical prediction guides (maximizes sensitivity)", "reviews (maximizes sensitivity)",
                "reviews (maximizes specificity)", "qualitative (maximizes sensitivity)")) {
            ClinicalQuery query = ClinicalQuery.named(label).orElseThrow();
            assertNotNull(query.ovid(), label);
            assertNotNull(query.search(), label);
            assertFalse(query.checked().isBlank(), label);
        }
    }

    @Test
    void theLineSaysWhetherTheStringWasChecked() {
        try (SearchIndex index = SearchIndex.of(SmallCorpus.documents())) {
            List<LineResult> lines = StrategyRunner.run(StrategyParser.parse("1 heart.ti.\n"
                    + "2 limit 1 to \"prognosis (maximizes specificity)\"\n"
                    + "3 limit 1 to \"qualitative (maximizes sensitivity)\""), index).lines();
            assertTrue(lines.get(1).notes().get(0).message().contains("string checked against verbatim: the paper's "
                    + "Table 2 (PMC441418)"), lines.get(1).notes().toString());
            assertTrue(lines.get(2).notes().get(0).message().contains("string not checked"), lines.get(2).notes()
                    .toString());
        }
    }
}
