package org.evsynth.records.search.mesh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.evsynth.records.search.TextNormalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Both NLM layouts read to the same tree; explosion follows tree numbers; hostile XML is refused. */
public class MeshTreeTest {

    @TempDir
    Path dir;

    public static Path fixture(String name) {
        try {
            return Path.of(MeshTreeTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> names(MeshTree tree, String heading) {
        return tree.explode(tree.find(heading).orElseThrow()).stream().map(MeshDescriptor::name).toList();
    }

    @Test
    void explodingCardiomyopathiesFindsEveryLevelBelowIt() {
        MeshTree tree = MeshTree.read(fixture("desc-excerpt.xml"), TextNormalizer::phrase);
        List<String> below = names(tree, "Cardiomyopathies");
        assertEquals("Cardiomyopathies", below.get(0));
        assertTrue(below.contains("Cardiomyopathy, Dilated"), below.toString());
        assertTrue(below.contains("Cardiomyopathy, Hypertrophic, Familial"), "two levels down: " + below);
        assertFalse(below.contains("Heart Failure"), "a sibling is not below");
        assertEquals(List.of("Cardiomyopathy, Dilated"), names(tree, "Cardiomyopathy, Dilated"));
    }

    @Test
    void aDescriptorInTwoBranchesExplodesInBoth() {
        MeshTree tree = MeshTree.read(fixture("mtrees-excerpt.bin"), TextNormalizer::phrase);
        assertTrue(names(tree, "Pain").containsAll(List.of("Back Pain", "Low Back Pain", "Pain, Postoperative")));
        assertEquals(List.of("Dementia", "Alzheimer Disease"), names(tree, "dementia"));
    }

    @Test
    void theTwoLayoutsGiveTheSameTree() {
        MeshTree xml = MeshTree.read(fixture("desc-excerpt.xml"), TextNormalizer::phrase);
        MeshTree bin = MeshTree.read(fixture("mtrees-excerpt.bin"), TextNormalizer::phrase);
        assertEquals(24, xml.size());
        assertEquals(xml.size(), bin.size());
        for (String heading : List.of("Cardiomyopathies", "Pain", "Spine", "Back", "Heart Diseases")) {
            assertEquals(names(xml, heading), names(bin, heading), heading);
        }
    }

    @Test
    void entryTermsFindTheirDescriptorOnlyInTheXml() {
        MeshTree xml = MeshTree.read(fixture("desc-excerpt.xml"), TextNormalizer::phrase);
        assertEquals("Intervertebral Disc Displacement",
                xml.find("Intervertebral disk displacement").orElseThrow().name());
        assertEquals("Cardiomyopathy, Dilated", xml.find("Cardiomyopathy, Congestive").orElseThrow().name());
        assertTrue(xml.find("Not This Name").isEmpty(), "a pharmacological action's name is not a descriptor");
        MeshTree bin = MeshTree.read(fixture("mtrees-excerpt.bin"), TextNormalizer::phrase);
        assertTrue(bin.find("Intervertebral disk displacement").isEmpty());
    }

    @Test
    void anExternalEntityIsRefusedWithLineAndColumnAndNeverRead() throws IOException {
        MeshFileException e = assertThrows(MeshFileException.class,
                () -> MeshTree.read(fixture("xxe.xml"), TextNormalizer::phrase));
        assertTrue(e.getMessage().startsWith("xxe.xml, line "), e.getMessage());
        String secret = Files.exists(Path.of("/etc/hostname")) ? Files.readString(Path.of("/etc/hostname")).strip()
                : "no-such-secret";
        assertFalse(!secret.isEmpty() && e.getMessage().contains(secret), e.getMessage());
    }

    @Test
    void badFilesNameTheFileAndLine() throws IOException {
        Path bin = Files.writeString(dir.resolve("mtrees2017.bin"), "Heart Diseases;C14.280\nCardiomyopathies C14\n");
        MeshFileException e = assertThrows(MeshFileException.class, () -> MeshTree.read(bin, TextNormalizer::phrase));
        assertEquals("mtrees2017.bin, line 2: expected 'Heading;TreeNumber' as in NLM's mtrees file, found "
                + "'Cardiomyopathies C14'", e.getMessage());
        Path number = Files.writeString(dir.resolve("m.bin"), "Heart Diseases;heart\n");
        assertTrue(assertThrows(MeshFileException.class, () -> MeshTree.read(number, TextNormalizer::phrase))
                .getMessage().contains("line 1, column 16"));
        Path xml = Files.writeString(dir.resolve("desc.xml"), "<DescriptorRecordSet><DescriptorRecord>\n</Oops>");
        assertTrue(assertThrows(MeshFileException.class, () -> MeshTree.read(xml, TextNormalizer::phrase))
                .getMessage().startsWith("desc.xml, line 2, column"));
        Path empty = Files.writeString(dir.resolve("empty.bin"), "  \n");
        assertEquals("empty.bin: the file is empty",
                assertThrows(MeshFileException.class, () -> MeshTree.read(empty, TextNormalizer::phrase)).getMessage());
        assertEquals("none.xml: no such file", assertThrows(MeshFileException.class,
                () -> MeshTree.read(dir.resolve("none.xml"), TextNormalizer::phrase)).getMessage());
    }
}
