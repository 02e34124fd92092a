package org.evsynth.records.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.evsynth.records.BibRecord;
import org.evsynth.records.RecordType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecordKindTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Erratum: Liraglutide and cardiovascular outcomes | ERRATUM",
        "Correction to: Liraglutide and cardiovascular outcomes | ERRATUM",
        "Corrigendum to 'Zinc and copper status' | ERRATUM",
        "Liraglutide and cardiovascular outcomes (Erratum) | ERRATUM",
        "Correction of hypoxaemia in children with pneumonia | ARTICLE",
        "Retraction note: Copper surfaces in intensive care | RETRACTION",
        "Notice of retraction | RETRACTION",
        "Reply to Smith et al. | COMMENT",
        "Response to the letter by Jones | COMMENT",
        "Response to treatment with liraglutide | ARTICLE",
        "Comment on: copper surfaces | COMMENT",
        "Soil carbon and nitrogen storage: Implications for restoration (vol 104, pg 150, 2017) | ERRATUM",
        "Molecular mechanisms of barrier function restoration (vol 315, pg C527, 2018) | ERRATUM",
        "Copper surfaces in intensive care (vol 12, art no 345, 2019) | ERRATUM",
        "Copper surfaces in intensive care (vol 12, 2019). | ERRATUM",
        "Copper in volume 2 (2019) | ARTICLE",
    })
    void kindFromTitle(String title, RecordKind kind) {
        assertEquals(kind, RecordKind.of(BibRecord.builder().title(title).build()));
    }

    @Test
    void kindFromTypesAndJournal() {
        assertEquals(RecordKind.ERRATUM, RecordKind.of(BibRecord.builder().title("Liraglutide")
                .publicationTypes(List.of("Published Erratum")).build()));
        assertEquals(RecordKind.CONFERENCE_ABSTRACT, RecordKind.of(BibRecord.builder().title("Liraglutide")
                .journal("Diabetes. Conference: 76th Scientific Sessions").build()));
        assertEquals(RecordKind.CONFERENCE_ABSTRACT, RecordKind.of(BibRecord.builder().title("Liraglutide")
                .type(RecordType.CONFERENCE_PAPER).build()));
        assertEquals(RecordKind.ARTICLE, RecordKind.of(BibRecord.builder().title("Liraglutide")
                .publicationTypes(List.of("Retracted Publication")).build()));
        assertEquals(RecordKind.ERRATUM, RecordKind.of(BibRecord.builder().title("Liraglutide")
                .publicationTypes(List.of("Correction")).build()));
        assertEquals(RecordKind.ERRATUM, RecordKind.of(BibRecord.builder().title("Liraglutide")
                .publicationTypes(List.of("Correction, Addition")).build()));
        assertEquals(RecordKind.ARTICLE, RecordKind.of(BibRecord.builder().title("Liraglutide")
                .publicationTypes(List.of("Corrected and Republished Article")).build()));
    }
}
