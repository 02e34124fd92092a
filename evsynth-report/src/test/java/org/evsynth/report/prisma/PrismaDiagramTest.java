package org.evsynth.report.prisma;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PRISMA 2020 diagrams from full, partial and inconsistent counts, and the counts reader's messages. */
class PrismaDiagramTest {

    @TempDir
    Path dir;

    static int count(String svg, String regex) {
        Matcher m = Pattern.compile(regex).matcher(svg);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** The seed meta-analysis (seeds/000): 827 records screened, 10 studies included, nothing else reported. */
    @Test
    void drawsTheSeedReviewFrom827And10Alone() {
        Map<PrismaKey, Long> given = new EnumMap<>(PrismaKey.class);
        given.put(PrismaKey.RECORDS_SCREENED, 827L);
        given.put(PrismaKey.NEW_STUDIES, 10L);
        PrismaDiagram diagram = PrismaDiagram.of(PrismaCounts.of(given));
        String svg = diagram.svg();
        assertTrue(diagram.warnings().isEmpty(), diagram.warnings().toString());
        assertTrue(svg.contains("class=\"prisma-count\"") && svg.contains("(n = 827)"));
        assertTrue(svg.contains("Studies included in review (n = 10)"));
        assertFalse(svg.contains(", derived)"));
        // nothing else is known: databases, registers, 3 removals, excluded, sought, not retrieved, assessed,
        // reports excluded, reports of included studies
        assertEquals(11, count(svg, "\\(n = unknown\\)"));
        assertEquals(9, count(svg, "class=\"prisma-box\""));
        assertEquals(8, count(svg, "class=\"prisma-arrow\""));
        assertFalse(svg.contains("other methods"));
    }

    @Test
    void allCountsConsistentDeriveTheRestAndWarnNothing() throws IOException {
        Path file = write("data,n\n"
                + "database:MEDLINE,500\ndatabase:Embase,400\nregister_results,20\n"
                + "duplicates,93\nexcluded_automatic,0\nexcluded_other,0\n"
                + "records_excluded,700\ndbr_sought_reports,127\ndbr_notretrieved_reports,5\n"
                + "reason:Wrong population,60\nreason:Wrong comparator,50\nnew_studies,10\nnew_reports,12\n");
        PrismaDiagram diagram = PrismaDiagram.of(PrismaCounts.read(file));
        assertTrue(diagram.warnings().isEmpty(), diagram.warnings().toString());
        PrismaFlow flow = diagram.flow();
        assertEquals(new PrismaCount(900L, true), flow.count(PrismaKey.DATABASE_RESULTS));
        assertEquals(new PrismaCount(827L, true), flow.count(PrismaKey.RECORDS_SCREENED));
        assertEquals(new PrismaCount(122L, true), flow.count(PrismaKey.DBR_ASSESSED));
        assertEquals(new PrismaCount(110L, true), flow.count(PrismaKey.DBR_EXCLUDED));
        assertEquals(new PrismaCount(12L, false), flow.count(PrismaKey.NEW_REPORTS));
        assertTrue(diagram.svg().contains("(n = 827, derived)"));
        assertTrue(diagram.svg().contains("Wrong population (n = 60)"));
        assertEquals(0, count(diagram.svg(), "\\(n = unknown\\)"));
    }

    @Test
    void inconsistentCountsAreWarnedAboutNotReplaced() throws IOException {
        Path file = write("box,count\nrecords_screened,827\nrecords_excluded,700\ndbr_sought_reports,100\n"
                + "new_studies,12\nnew_reports,10\n");
        PrismaDiagram diagram = PrismaDiagram.of(PrismaCounts.read(file));
        assertEquals(2, diagram.warnings().size(), diagram.warnings().toString());
        assertTrue(diagram.warnings().get(0).contains("records screened (827) \u2260 records excluded (700) + "
                + "reports sought for retrieval (100) = 800"), diagram.warnings().get(0));
        assertTrue(diagram.warnings().get(1).contains("studies included (12) exceed the reports"));
        assertTrue(diagram.svg().contains("(n = 827)") && diagram.svg().contains("(n = 100)"));
    }

    @Test
    void aDerivationThatWouldBeNegativeIsAWarning() {
        Map<PrismaKey, Long> given = new EnumMap<>(PrismaKey.class);
        given.put(PrismaKey.RECORDS_SCREENED, 100L);
        given.put(PrismaKey.RECORDS_EXCLUDED, 150L);
        PrismaDiagram diagram = PrismaDiagram.of(PrismaCounts.of(given));
        assertEquals(1, diagram.warnings().size());
        assertTrue(diagram.warnings().get(0).contains("negative"));
        assertFalse(diagram.flow().count(PrismaKey.DBR_SOUGHT_REPORTS).known());
    }

    @Test
    void otherMethodsAddTheirColumn() throws IOException {
        Path file = write("data,n\nrecords_screened,827\ncitations_results,12\nother_sought_reports,6\n"
                + "other_notretrieved_reports,1\nother_excluded,\"Duplicate cohort, 2; Wrong design, 1\"\n");
        PrismaDiagram diagram = PrismaDiagram.of(PrismaCounts.read(file));
        String svg = diagram.svg();
        assertTrue(svg.contains("Identification of studies via other methods"));
        assertEquals(14, count(svg, "class=\"prisma-box\""));
        assertEquals(8 + 5, count(svg, "class=\"prisma-arrow\""));
        assertEquals(new PrismaCount(5L, true), diagram.flow().count(PrismaKey.OTHER_ASSESSED));
        assertEquals(new PrismaCount(3L, true), diagram.flow().count(PrismaKey.OTHER_EXCLUDED));
    }

    @Test
    void readsThePrisma2020PackageTemplate() throws IOException {
        Path template = Path.of("../../shared/data/prisma/PRISMA.csv");
        assumeTrue(Files.exists(template), "PRISMA2020 template not present");
        PrismaCounts counts = PrismaCounts.read(template);
        assertEquals(0L, counts.given().get(PrismaKey.RECORDS_SCREENED));
        assertEquals(3, counts.reasons().size());
        assertEquals(null, counts.reasons().get(0).count());
        assertTrue(counts.hasOtherMethods());
    }

    @Test
    void readerMessagesNameFileLineAndColumn() throws IOException {
        Path unknown = write("box,count\nrecords_screened,827\nrecords_sreened,10\n");
        assertTrue(assertThrows(PrismaInputException.class, () -> PrismaCounts.read(unknown)).getMessage()
                .startsWith(unknown + ", line 3, column box: unknown key 'records_sreened'"));
        Path notCount = write("box,count\nrecords_screened,8.5\n");
        assertEquals(notCount + ", line 2, column count: '8.5' is not a count (a whole number of zero or more, or "
                + "empty / NA / unknown when not reported)",
                assertThrows(PrismaInputException.class, () -> PrismaCounts.read(notCount)).getMessage());
        Path header = write("key,value\nrecords_screened,827\n");
        assertTrue(assertThrows(PrismaInputException.class, () -> PrismaCounts.read(header)).getMessage()
                .startsWith(header + ", line 1, column box: missing column"));
        Path twice = write("box,count\nnew_studies,10\nnew_studies,11\n");
        assertTrue(assertThrows(PrismaInputException.class, () -> PrismaCounts.read(twice)).getMessage()
                .contains("line 3, column box: 'new_studies' appears twice"));
    }

    @Test
    void unknownWordsReadAsUnknown() throws IOException {
        Path file = write("box,count,source\nrecords_screened,827,seed 000 p.4\nduplicates,unknown,\n"
                + "records_excluded,NA,\nnew_studies,10,seed 000\n");
        PrismaCounts counts = PrismaCounts.read(file);
        assertEquals(Map.of(PrismaKey.RECORDS_SCREENED, 827L, PrismaKey.NEW_STUDIES, 10L), counts.given());
    }

    private Path write(String text) throws IOException {
        Path file = dir.resolve("counts" + System.nanoTime() + ".csv");
        Files.writeString(file, text);
        return file;
    }
}
