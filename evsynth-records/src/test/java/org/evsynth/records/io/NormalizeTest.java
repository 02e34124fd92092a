package org.evsynth.records.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.evsynth.records.Normalize;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NormalizeTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "10.1000/ABC.123 | 10.1000/abc.123",
        "https://doi.org/10.1000/abc | 10.1000/abc",
        "http://dx.doi.org/10.1016/S0735-1097%2813%2962048-3 | 10.1016/s0735-1097(13)62048-3",
        "doi:10.1093/hmg/6.9.1535. | 10.1093/hmg/6.9.1535",
        "10.1371/journal.pone.0209483 [doi] | 10.1371/journal.pone.0209483",
        "10.1007%2Fs11307-012-0572-0 | 10.1007/s11307-012-0572-0",
    })
    void doiIsLowerCaseWithoutPrefix(String raw, String doi) {
        assertEquals(doi, Normalize.doi(raw));
    }

    @Test
    void textWithoutDoiIsNoDoi() {
        assertNull(Normalize.doi("DOI 1"));
        assertNull(Normalize.doi("  "));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "123-9 | 123-129",
        "123–29 | 123-129",
        "1535-41 | 1535-1541",
        "S12-4 | S12-S14",
        "pp. 5-7 | 5-7",
        "44-44 | 44",
        "e0209483 | e0209483",
        "221 - 228 | 221-228",
        "A134-A135 | A134-A135",
    })
    void pageRangesAreWrittenOut(String raw, String pages) {
        assertEquals(pages, Normalize.pages(raw));
    }

    @Test
    void htmlEntitiesAndInlineMarkupAreDecoded() {
        assertEquals("Effects of α & β < 5 in <IL-6> ‘mice’ é",
                Normalize.text("Effects of &alpha; &amp; &#946; &lt; 5 in &lt;IL-6&gt; &lsquo;mice&rsquo; &#xE9;"));
        assertEquals("CO2 and H2O in vivo", Normalize.text("CO<sub>2</sub> and H<sub>2</sub>O <i>in vivo</i>"));
        assertEquals("R&D; kept", Normalize.text("R&D; kept"));
    }

    @Test
    void whitespaceIsCollapsed() {
        assertEquals("a b c", Normalize.text("  a \t b\u00A0\n c  "));
        assertNull(Normalize.text(" \n "));
    }

    @Test
    void foldingRemovesDiacriticsCaseAndPunctuationForMatchingOnly() {
        assertEquals("muller strasse oeuvre lodz", Normalize.fold("Müller-Straße: Œuvre, Łódź!"));
        assertEquals(Normalize.fold("Gonçalves"), Normalize.fold("GONCALVES"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"2019 Mar 4 | 2019", "2019/// | 2019", "1999/08//undefined | 1999",
        "Date of Publication: 1 Jan 2019 | 2019"})
    void yearIsTheFirstPlausibleYear(String raw, int year) {
        assertEquals(year, Normalize.year(raw));
    }
}
