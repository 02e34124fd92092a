package org.evsynth.report.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.awt.font.FontRenderContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

/**
 * The typeface evsynth draws every figure and the PDF in: DejaVu Sans, regular and bold, shipped in
 * {@code org/evsynth/report/fonts/} (from Debian's fonts-dejavu-core 2.37-6, under the Bitstream Vera licence;
 * provenance and licence beside the files). The report's text needs glyphs that the PDF standard fonts lack
 * (Helvetica has no τ, −, ≤, ⊕ or ◯: openhtmltopdf writes '#' for them) and that a machine without DejaVu installed
 * may lack too, so the font travels with evsynth instead of being looked up on the system.
 *
 * <p>The PDF embeds a subset of it ({@link FigureFiles#pdf}); for PNGs, and for the figures inside the PDF, Apache
 * Batik finds fonts through Java's font list, so the faces are registered there before Batik first looks.
 */
public final class EmbeddedFonts {

    /** The family name, as the style sheet and the SVGs ask for it. */
    public static final String FAMILY = "DejaVu Sans";

    /** The faces shipped, with their CSS weight. */
    public enum Face {
        REGULAR("DejaVuSans.ttf", 400),
        BOLD("DejaVuSans-Bold.ttf", 700);

        private final String file;
        private final int weight;

        Face(String file, int weight) {
            this.file = file;
            this.weight = weight;
        }

        /** The CSS font-weight. */
        public int weight() {
            return weight;
        }
    }

    private static final Map<Face, byte[]> BYTES = new EnumMap<>(Face.class);

    /** Each face at a size of 100, for measuring: advances scale linearly with fractional metrics on. */
    private static final Map<Face, Font> MEASURE = new EnumMap<>(Face.class);
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

    static {
        for (Face face : Face.values()) {
            try (InputStream in = EmbeddedFonts.class.getResourceAsStream("/org/evsynth/report/fonts/" + face.file)) {
                if (in == null) {
                    throw new IllegalStateException("the font " + face.file + " is missing from evsynth's jar");
                }
                BYTES.put(face, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the font " + face.file + " from evsynth's jar", e);
            }
        }
        for (Face face : Face.values()) {
            MEASURE.put(face, awt(face).deriveFont(100f));
        }
        register();
    }

    private EmbeddedFonts() {
    }

    /** The face's TrueType file, read afresh for a renderer that closes what it reads. */
    public static InputStream open(Face face) {
        return new ByteArrayInputStream(BYTES.get(face));
    }

    /** The face as a Java font of size 1 (derive the size wanted). */
    public static Font awt(Face face) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, open(face));
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("the font shipped as " + face.file + " cannot be read", e);
        }
    }

    /**
     * The width of a line of text in this face at this size (pixels for a size in pixels), as the PNG and PDF
     * draw it: figures measure their columns with it, so that labels fit exactly on every machine.
     */
    public static double width(Face face, String text, double size) {
        if (text.isEmpty()) {
            return 0;
        }
        return MEASURE.get(face).getStringBounds(text, CONTEXT).getWidth() * size / 100;
    }

    /**
     * Makes sure the faces are known to Java's font list, for Batik. Calling it is enough: the work is done once,
     * when the class is loaded. Where the machine has DejaVu Sans installed already, Java keeps its own copy of
     * the family (the same typeface); elsewhere it is the copy shipped.
     */
    public static void ensureRegistered() {
        // the static initialiser did the work
    }

    private static void register() {
        GraphicsEnvironment environment = GraphicsEnvironment.getLocalGraphicsEnvironment();
        for (Face face : Face.values()) {
            environment.registerFont(awt(face));
        }
    }
}
