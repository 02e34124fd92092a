package org.evsynth.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ControlCharactersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0000 | true", "0008 | true", "0009 | false", "000A | false", "000D | false", "001B | true", "001F | true",
        "0020 | false", "007E | false", "007F | true", "0085 | true", "009B | true", "009F | true", "00A0 | false",
        "FFFE | true", "FFFF | true", "00E9 | false",
    })
    void whatCounts(String hex, boolean control) {
        assertEquals(control, ControlCharacters.isControl(Integer.parseInt(hex, 16)));
    }

    @Test
    void cleanTextIsReturnedAsItIs() {
        String clean = "Tab\tand\nnewline\r\nstay; Müller too";
        assertSame(clean, ControlCharacters.strip(clean).text());
        assertFalse(ControlCharacters.strip(clean).changed());
        assertFalse(ControlCharacters.contains(clean));
        assertNull(ControlCharacters.strip(null).text());
    }

    @Test
    void controlsAreRemovedAndSeparatorsBecomeSpaces() {
        ControlCharacters.Stripped s = ControlCharacters.strip("Mül\u0000ler\u000Bline\u000Cpage\u0085next\u007F");
        assertEquals("Müller line page next", s.text());
        assertEquals(List.of(0x00, 0x0B, 0x0C, 0x85, 0x7F), s.removed());
        assertTrue(s.changed());
    }

    @Test
    void escapeSequencesAreRemovedWhole() {
        assertEquals("Title", ControlCharacters.strip("\u001B]0;pwned\u0007Title").text());
        assertEquals("Title", ControlCharacters.strip("\u001B]8;;http://x\u001B\\Title").text());
        assertEquals("Bold text", ControlCharacters.strip("\u001B[1mBold\u001B[0m text\u001B[2J").text());
        assertEquals("C1 CSI", ControlCharacters.strip("C1\u009B31m CSI").text());
        assertEquals("Title", ControlCharacters.strip("Title\u001B").text());
        assertEquals("]0;no terminator", ControlCharacters.strip("\u001B]0;no terminator").text());
    }

    @Test
    void describeNamesTheCodePoints() {
        assertEquals("U+0000, U+001B", ControlCharacters.strip("a\u0000b\u001B[2Jc\u0000").describe());
    }
}
