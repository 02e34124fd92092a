package org.evsynth.report.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.evsynth.report.svg.Svg;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FigureFilesTest {

    @TempDir
    Path dir;

    private static String drawing() {
        return new Svg(200, 100).rect("square", 10, 10, 20, 20, "#333333", "none")
                .text("label", 40, 25, "Møller 2024 & <others>", 12).toString();
    }

    @Test
    void writesEachFormatByExtension() throws IOException {
        FigureFiles.write(drawing(), dir.resolve("f.svg"));
        assertTrue(Files.readString(dir.resolve("f.svg")).contains("Møller 2024 &amp; &lt;others&gt;"));
        FigureFiles.write(drawing(), dir.resolve("f.png"));
        byte[] png = Files.readAllBytes(dir.resolve("f.png"));
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(png, 4));
        FigureFiles.write(drawing(), dir.resolve("sub/f.pdf"));
        byte[] pdf = Files.readAllBytes(dir.resolve("sub/f.pdf"));
        assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
    }

    @Test
    void unknownExtensionIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FigureFiles.write(drawing(), dir.resolve("f.jpg")));
        assertTrue(e.getMessage().contains("must end in .svg, .png or .pdf"), e.getMessage());
    }
}
