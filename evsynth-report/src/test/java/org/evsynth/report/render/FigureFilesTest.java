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

    /**
     * The PDF standard fonts have no τ, minus sign, ≤ or ⊕, and openhtmltopdf printed '#' for them: the PDF embeds
     * the typeface shipped with evsynth, and its text keeps every character.
     */
    @Test
    void thePdfKeepsGreekLettersAndMathematicalSigns() throws IOException {
        String text = "Heterogeneity τ² = 0.31, I² −12.5% ≤ 0.05; certainty ⊕⊕◯◯; Müller Łódź";
        String page = "<html><head><style>body { font-family: 'DejaVu Sans', sans-serif; }</style></head><body>"
                + "<p>" + text + "</p><p><b>bold " + text + "</b></p></body></html>";
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        FigureFiles.pdf(page, out);
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.pdmodel.PDDocument.load(out.toByteArray())) {
            String extracted = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(extracted.contains(text), extracted);
            assertTrue(extracted.contains("bold " + text), extracted);
            assertTrue(!extracted.contains("#"), extracted);
            java.util.List<String> fonts = new java.util.ArrayList<>();
            for (org.apache.pdfbox.cos.COSName name : pdf.getPage(0).getResources().getFontNames()) {
                org.apache.pdfbox.pdmodel.font.PDFont font = pdf.getPage(0).getResources().getFont(name);
                fonts.add(font.getName());
                assertTrue(font.isEmbedded(), font.getName() + " is embedded");
            }
            assertTrue(fonts.stream().anyMatch(f -> f.endsWith("DejaVuSans"))
                    && fonts.stream().anyMatch(f -> f.endsWith("DejaVuSans-Bold")), fonts.toString());
        }
    }

    /** Batik draws PNG text with Java's fonts: DejaVu Sans must be among them, with the glyphs the figures use. */
    @Test
    void thePngFontIsKnownToJavaWithEveryGlyphTheFiguresUse() {
        EmbeddedFonts.ensureRegistered();
        java.util.List<String> families = Arrays.asList(java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment()
                .getAvailableFontFamilyNames(java.util.Locale.ROOT));
        assertTrue(families.contains(EmbeddedFonts.FAMILY), families.toString());
        for (EmbeddedFonts.Face face : EmbeddedFonts.Face.values()) {
            java.awt.Font font = EmbeddedFonts.awt(face);
            assertEquals(EmbeddedFonts.FAMILY, font.getFamily(java.util.Locale.ROOT));
            assertEquals(-1, font.canDisplayUpTo("τ²−≤≥⊕◯→±×·…“”Møller"), face.name());
        }
        java.awt.Font bold = new java.awt.Font(EmbeddedFonts.FAMILY, java.awt.Font.BOLD, 11);
        assertEquals(EmbeddedFonts.FAMILY, bold.getFamily(java.util.Locale.ROOT));
    }

    @Test
    void unknownExtensionIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FigureFiles.write(drawing(), dir.resolve("f.jpg")));
        assertTrue(e.getMessage().contains("must end in .svg, .png or .pdf"), e.getMessage());
    }
}
