package org.evsynth.report.render;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import javax.imageio.ImageIO;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.ImageTranscoder;

/**
 * Writes one drawing as SVG, PNG or PDF, chosen by the file's extension: the SVG as it is, PNG rendered by Apache
 * Batik, PDF by openhtmltopdf (PDFBox) with Batik drawing the SVG as vectors. Both use the typeface shipped with
 * evsynth ({@link EmbeddedFonts}), embedded in the PDF, so that τ², −, ≤ and ⊕ print on every machine.
 */
public final class FigureFiles {

    /** PNGs are rendered at twice the SVG's pixel size, sharp on high-density screens and in print. */
    private static final float PNG_SCALE = 2f;

    private FigureFiles() {
    }

    /**
     * Writes the figure.
     *
     * @throws IllegalArgumentException for an extension other than .svg, .png or .pdf
     */
    public static void write(String svg, Path out) throws IOException {
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (name.endsWith(".svg")) {
            Files.writeString(out, svg, StandardCharsets.UTF_8);
        } else if (name.endsWith(".png")) {
            Files.write(out, png(svg));
        } else if (name.endsWith(".pdf")) {
            try (OutputStream stream = Files.newOutputStream(out)) {
                pdf(htmlPage(svg), stream);
            }
        } else {
            throw new IllegalArgumentException("cannot tell the format of '" + out
                    + "': the file name must end in .svg, .png or .pdf");
        }
    }

    /**
     * The figure as PNG bytes: Batik draws it, and the JDK's ImageIO encodes it (several times faster than Batik's
     * own PNG encoder, which matters for a report with dozens of figures).
     */
    public static byte[] png(String svg) throws IOException {
        RasterTranscoder transcoder = new RasterTranscoder();
        float width = Float.parseFloat(attribute(svg, "width"));
        transcoder.addTranscodingHint(ImageTranscoder.KEY_WIDTH, width * PNG_SCALE);
        try {
            transcoder.transcode(new TranscoderInput(new StringReader(svg)), null);
        } catch (TranscoderException e) {
            throw new IOException("cannot render the figure as PNG: " + e.getMessage(), e);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(transcoder.image, "png", bytes);
        return bytes.toByteArray();
    }

    /** Batik's rasteriser keeping the image in memory. */
    private static final class RasterTranscoder extends ImageTranscoder {
        private BufferedImage image;

        @Override
        public BufferedImage createImage(int width, int height) {
            return new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        }

        @Override
        public void writeImage(BufferedImage img, TranscoderOutput output) {
            this.image = img;
        }
    }

    /**
     * openhtmltopdf and PDFBox log progress and font substitutions through java.util.logging; a command line tool's
     * standard error is for the user's warnings, so only their errors are let through. Held in a field:
     * java.util.logging forgets the level of a logger nobody references.
     */
    private static final java.util.logging.Logger PDFBOX_LOG = java.util.logging.Logger.getLogger("org.apache.pdfbox");

    static {
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
        PDFBOX_LOG.setLevel(java.util.logging.Level.SEVERE);
        // before Batik first reads Java's font list, which it does once
        EmbeddedFonts.ensureRegistered();
    }

    /**
     * Renders a self-contained XHTML page, with inline SVG figures, to PDF.
     *
     * @throws IOException if the page is not well-formed XHTML or cannot be rendered
     */
    public static void pdf(String xhtml, OutputStream out) throws IOException {
        try {
            renderPdf(xhtml, out);
        } catch (RuntimeException e) {
            throw new IOException("cannot render the PDF: " + e.getMessage(), e);
        }
    }

    private static void renderPdf(String xhtml, OutputStream out) throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useSVGDrawer(new BatikSVGDrawer());
        for (EmbeddedFonts.Face face : EmbeddedFonts.Face.values()) {
            // embedded as a subset: only the glyphs the document uses
            builder.useFont(() -> EmbeddedFonts.open(face), EmbeddedFonts.FAMILY, face.weight(),
                    BaseRendererBuilder.FontStyle.NORMAL, true);
        }
        builder.withHtmlContent(xhtml, null);
        builder.toStream(out);
        builder.run();
    }

    /** A one-figure XHTML page sized to the figure, for a figure on its own as PDF. */
    static String htmlPage(String svg) {
        double width = Double.parseDouble(attribute(svg, "width"));
        double height = Double.parseDouble(attribute(svg, "height"));
        return String.format(Locale.ROOT, "<html><head><style>@page { size: %.0fpx %.0fpx; margin: 0 } body { margin: 0 }"
                + "</style></head><body>%s</body></html>", width, height, svg);
    }

    /** The value of an attribute of the root svg element. */
    private static String attribute(String svg, String name) {
        int root = svg.indexOf("<svg");
        int start = svg.indexOf(" " + name + "=\"", root) + name.length() + 3;
        return svg.substring(start, svg.indexOf('"', start));
    }
}
