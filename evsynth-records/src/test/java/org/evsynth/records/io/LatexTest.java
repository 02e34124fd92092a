package org.evsynth.records.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LatexTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "M{\\\"u}ller | Müller",
        "M\\\"{u}ller | Müller",
        "Gon{\\c{c}}alves | Gonçalves",
        "\\v{S}koda | Škoda",
        "{\\'e}cole \\'{\\i} | école í",
        "Stra{\\ss}e | Straße",
        "{\\O}stergaard | Østergaard",
        "134--137 | 134–137",
        "R\\&D 50\\% \\emph{in vivo} | R&D 50% in vivo",
        "{Cocker} {Spaniel} | Cocker Spaniel",
    })
    void decodesAccentsSpecialsAndBraces(String latex, String text) {
        assertEquals(text, Latex.decode(latex));
    }
}
