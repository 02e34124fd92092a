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
import java.util.List;
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

    /**
     * Issue 13: records_screened 500 where the databases give 491 drew "Registers (n = 9, derived)" without a word.
     * What the searches found is what the reviewers counted: it is never made up to close a sum.
     */
    @Test
    void whatTheSearchesFoundIsNeverMadeUpToCloseASum() {
        Map<PrismaKey, Long> given = new EnumMap<>(PrismaKey.class);
        given.put(PrismaKey.DATABASE_RESULTS, 491L);
        given.put(PrismaKey.DUPLICATES, 0L);
        given.put(PrismaKey.EXCLUDED_AUTOMATIC, 0L);
        given.put(PrismaKey.EXCLUDED_OTHER, 0L);
        given.put(PrismaKey.RECORDS_SCREENED, 500L);
        PrismaDiagram diagram = PrismaDiagram.of(PrismaCounts.of(given));
        assertFalse(diagram.flow().count(PrismaKey.REGISTER_RESULTS).known(), "registers stay unknown");
        assertFalse(diagram.svg().contains("n = 9, derived"), diagram.svg());
        assertEquals(1, diagram.warnings().size(), diagram.warnings().toString());
        assertTrue(diagram.warnings().get(0).startsWith("Records from registers: not reported, and left unknown "
                + "rather than made up to close a sum (records from databases (491) + records from registers "
                + "(unknown) = "), diagram.warnings().get(0));
        assertTrue(diagram.warnings().get(0).endsWith("would make it 9); give it, 0 if there were none"),
                diagram.warnings().get(0));

        given.put(PrismaKey.REGISTER_RESULTS, 0L);
        PrismaDiagram reported = PrismaDiagram.of(PrismaCounts.of(given));
        assertEquals(List.of("the counts do not add up: records from databases (491) + records from registers (0) "
                + "= 491 \u2260 duplicate records removed (0) + records marked as ineligible by automation tools (0) + "
                + "records removed for other reasons (0) + records screened (500) = 500"), reported.warnings());
    }

    /** A database's records and a reason's reports are counted, not derived from their total. */
    @Test
    void aPartIsNeverDerivedFromItsTotalButATotalFromItsParts() {
        PrismaCounts counts = new PrismaCounts(Map.of(PrismaKey.DATABASE_RESULTS, 900L, PrismaKey.DBR_EXCLUDED, 50L),
                List.of(new NamedCount("MEDLINE", 500L), new NamedCount("Embase", null)), List.of(),
                List.of(new NamedCount("Wrong population", 30L), new NamedCount("Wrong design", 20L)), List.of(),
                List.of());
        PrismaDiagram diagram = PrismaDiagram.of(counts);
        assertFalse(diagram.flow().databases().get(1).count().known());
        assertTrue(diagram.warnings().stream().anyMatch(w -> w.startsWith("'Embase': not reported")),
                diagram.warnings().toString());
        PrismaCounts parts = new PrismaCounts(Map.of(), List.of(new NamedCount("MEDLINE", 500L)), List.of(),
                List.of(), List.of(), List.of());
        assertEquals(new PrismaCount(500L, true), PrismaDiagram.of(parts).flow().count(PrismaKey.DATABASE_RESULTS));
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
