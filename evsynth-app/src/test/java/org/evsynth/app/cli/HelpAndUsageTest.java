package org.evsynth.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** What a newcomer sees: the grouped command list, help that wraps whole sentences, and usage mistakes named. */
class HelpAndUsageTest {

    @Test
    void topLevelHelpListsEveryCommandInItsGroupInTheOrderOfTheWork() {
        CliRun run = CliRun.of("--help");
        assertEquals(0, run.exitCode(), run.err());
        String out = run.out();
        int last = -1;
        for (String command : List.of("init", "import", "dedup", "screen", "conflicts", "export", "report", "serve",
                "meta", "records")) {
            int at = out.indexOf("\n  " + command + " ");
            assertTrue(at > last, () -> command + " missing or out of order in\n" + out);
            last = at;
        }
        assertTrue(out.contains("The path of a review: init → import"), out);
        assertFalse(out.contains("Other commands"), () -> "a command is in no group:\n" + out);
    }

    @Test
    void aCommandsOwnSubcommandsAreListedWithWholeFirstSentences() {
        CliRun run = CliRun.of("user", "--help");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("  add       Adds a person to the review.\n"), run.out());
        assertFalse(run.out().contains("read from\n  list"), () -> "a summary cut mid-sentence:\n" + run.out());
    }

    @Test
    void summariesEndAtTheFirstSentenceNotInsideParentheses() {
        assertEquals("Import a file (stage: one or two).",
                HelpLayout.summary(new String[] {"Import a file (stage: one or two).", "Then more: words."}));
        assertEquals("Pairwise meta-analysis, e.g. of a table.",
                HelpLayout.summary(new String[] {"Pairwise meta-analysis, e.g. of a table. Second."}));
    }

    @Test
    void descriptionLinesBecomeParagraphsAndTableRowsStayRows() {
        List<String> paragraphs = HelpLayout.paragraphs(new String[] {"One sentence broken", "over two lines.",
            "Columns:", "  binary a,b", "  generic c,d", "After the table."});
        assertEquals(List.of("One sentence broken over two lines. Columns:", "  binary a,b", "  generic c,d",
                "After the table."), paragraphs);
    }

    @Test
    void aMisspelledOptionIsNamedWithTheNearestAndTheUsage() {
        CliRun run = CliRun.of("meta", "--measur", "OR", "x.csv");
        assertEquals(ExitCode.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("unknown option '--measur'"), run.err());
        assertTrue(run.err().contains("did you mean --measure?"), run.err());
        assertTrue(run.err().contains("Try 'evsynth meta --help'"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void aMisspelledCommandIsNamedWithTheNearest() {
        CliRun run = CliRun.of("metaa", "x.csv");
        assertEquals(ExitCode.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("unknown command 'metaa'"), run.err());
        assertTrue(run.err().contains("did you mean meta?"), run.err());
    }
}
