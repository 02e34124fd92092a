package org.evsynth.records.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.evsynth.records.Author;
import org.junit.jupiter.api.Test;

class AuthorNamesTest {

    @Test
    void familyCommaGiven() {
        assertEquals(new Author("van de Schoot", "Rens"), AuthorNames.parse("van de Schoot, Rens"));
    }

    @Test
    void familyThenInitialsAsMedlineAndEmbaseWriteThem() {
        assertEquals(new Author("Adler", "D.G."), AuthorNames.parse("Adler D.G."));
        assertEquals(new Author("Wu", "D"), AuthorNames.parse("Wu D"));
        assertEquals(new Author("Sanchez del Pulgar", "J."), AuthorNames.parse("Sanchez del Pulgar J."));
    }

    @Test
    void groupNameIsKeptWhole() {
        assertEquals(new Author("World Health Organization", null), AuthorNames.parse("World Health Organization"));
    }

    @Test
    void bibtexGivenFirstWithParticles() {
        assertEquals(new Author("van Gogh", "Vincent"), AuthorNames.parseGivenFirst("Vincent van Gogh"));
        assertEquals(new Author("Larsen", "LJ"), AuthorNames.parseGivenFirst("Larsen, LJ"));
    }

    @Test
    void listsSeparatedBySemicolonsCommasOrNothing() {
        assertEquals(List.of(new Author("Reimer", "E J"), new Author("Dunn", "G S")),
                AuthorNames.parseList("Reimer, E J; Dunn, G S"));
        assertEquals(List.of(new Author("Liu", "R."), new Author("Adler", "D.G.")),
                AuthorNames.parseList("Liu R., Adler D.G."));
        assertEquals(List.of(new Author("Adeli", "K."), new Author("Lewis", "G. F.")),
                AuthorNames.parseList("Adeli K.Lewis G. F."));
        assertEquals(List.of(new Author("Smith", "John")), AuthorNames.parseList("Smith, John"));
    }

    @Test
    void initials() {
        assertEquals("JP", new Author("Dupont", "Jean-Paul").initials());
        assertEquals("DG", new Author("Adler", "D.G.").initials());
        assertEquals("JP", new Author("Dupont", "JP").initials());
    }
}
