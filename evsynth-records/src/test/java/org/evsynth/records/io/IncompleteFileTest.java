package org.evsynth.records.io;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The all-or-nothing contract: a file that does not parse to its end is an {@link IncompleteFileException}
 * naming file, line and column, never a shorter list of records with a warning.
 */
class IncompleteFileTest {

    @Test
    void endNoteXmlBrokenHalfWayIsIncompleteAtTheLineOfTheError() {
        Path file = BrokenFiles.file("copper-40-broken.xml");
        IncompleteFileException e = assertThrows(IncompleteFileException.class, () -> RecordReaders.read(file));
        assertEquals(file.toString(), e.file());
        assertEquals(23, e.line(), e.getMessage());
        assertTrue(e.column() > 0, e.getMessage());
        assertTrue(e.getMessage().startsWith(file + ":23:" + e.column() + ": "), e.getMessage());
        assertTrue(e.getMessage().contains("not well formed"), e.getMessage());
        assertFalse(e.getMessage().contains("ParseError"), "the parser's own wording is replaced: " + e.getMessage());
        assertEquals(21, e.partial().records().size(), "what was read before the error, for diagnosis only");
    }

    @Test
    void endNoteXmlCutShortIsIncomplete() {
        Path file = BrokenFiles.file("copper-cut.xml");
        IncompleteFileException e = assertThrows(IncompleteFileException.class, () -> RecordReaders.read(file));
        assertEquals(12, e.line());
        assertTrue(e.getMessage().contains("ends before"), e.getMessage());
        assertEquals(10, e.partial().records().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"xxe.xml", "billion-laughs.xml", "external-dtd.xml"})
    void documentTypeDeclarationsAreRefusedWithTheirLine(String name) {
        Path file = BrokenFiles.file(name);
        IncompleteFileException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(IncompleteFileException.class, () -> RecordReaders.read(file)));
        assertEquals(2, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("document type declaration"), e.getMessage());
        assertFalse(e.getMessage().contains("root:"), "no content of a file the entity names");
        assertTrue(e.partial().records().isEmpty());
    }

    @Test
    void theReaderItselfThrowsSoEveryCallerGetsTheContract() {
        String broken = "<?xml version=\"1.0\"?>\n<xml><records>\n<record><titles><title>Kept</title></titles></record>\n"
                + "<record><titles><title>Broken</titles></record>\n";
        IncompleteFileException e = assertThrows(IncompleteFileException.class,
                () -> new EndNoteXmlReader().read("broken.xml", new StringReader(broken)));
        assertEquals("broken.xml", e.file());
        assertEquals(4, e.line());
        assertEquals(1, e.partial().records().size());
        assertEquals("Kept", e.partial().records().get(0).title());
    }

    @Test
    void isAnIoExceptionSoCallersThatRefuseUnreadableFilesRefuseItToo() {
        assertTrue(IOException.class.isAssignableFrom(IncompleteFileException.class));
    }

    @Test
    void aCompleteFileReadsNormally() throws IOException {
        Path file = BrokenFiles.golden("endnote.xml");
        ImportResult result = assertDoesNotThrow(() -> RecordReaders.read(file));
        assertEquals(4, result.records().size());
        assertTrue(result.warnings().isEmpty());
        assertTrue(Files.size(file) > 0);
    }
}
