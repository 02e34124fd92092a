package org.evsynth.app.web.fulltext;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A download's name cannot break out of its header: quotes, backslashes and line breaks never reach it. */
class DispositionTest {

    @Test
    void theNameIsQuotedSafelyAndGivenInFullAsUtf8() {
        assertEquals("attachment; filename=\"a_b_ c_.pdf\"; filename*=UTF-8''a%22b%5C%20c%0D.pdf",
                FullTextFiles.disposition("a\"b\\ c\r.pdf"));
        assertEquals("attachment; filename=\"M_ller.pdf\"; filename*=UTF-8''M%C3%B8ller.pdf",
                FullTextFiles.disposition("Møller"), "a name without .pdf gets it");
    }
}
