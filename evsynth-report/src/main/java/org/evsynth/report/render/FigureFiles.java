package org.evsynth.report.render;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
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
import org.apache.batik.anim.dom.SAXSVGDocumentFactory;
import org.apache.batik.bridge.BridgeContext;
import org.apache.batik.bridge.BridgeException;
import org.apache.batik.bridge.DocumentLoader;
import org.apache.batik.bridge.GVTBuilder;
import org.apache.batik.bridge.UserAgentAdapter;
import org.apache.batik.ext.awt.image.GraphicsUtil;
import org.apache.batik.gvt.CompositeGraphicsNode;
import org.apache.batik.gvt.GraphicsNode;
import org.apache.batik.util.XMLResourceDescriptor;
import org.w3c.dom.Document;

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
     * The figure as PNG bytes: Batik builds the drawing's node tree, which is painted once onto one image with no
     * clip, and the JDK's ImageIO encodes it (several times faster than Batik's own PNG encoder, which matters for a
     * report with dozens of figures).
     *
     * <p>Why not Batik's ImageTranscoder: it paints the whole tree again for every tile of the image, and Batik's
     * text node turns any clip into a general path before drawing, which Java2D then scans row by row over the
     * clip's height. With the outer svg's viewport clip (or a tile's) that is work proportional to the image's
     * height for every text of the figure: quadratic in the rows of a forest plot (26 s of CPU and 1.3 GB for 1,000
     * studies). The image is exactly the viewport, so the viewport clip removes nothing and is dropped.
     */
    public static byte[] png(String svg) throws IOException {
        float width = Float.parseFloat(attribute(svg, "width"));
        float height = Float.parseFloat(attribute(svg, "height"));
        GraphicsNode drawing = drawing(svg);
        BufferedImage image = new BufferedImage(Math.round(width * PNG_SCALE), Math.round(height * PNG_SCALE),
                BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = GraphicsUtil.createGraphics(image);
        try {
            graphics.setClip(null);
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            graphics.scale(PNG_SCALE, PNG_SCALE);
            drawing.paint(graphics);
        } finally {
            graphics.dispose();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }

    /** Batik's node tree of the drawing (its text laid out in the shipped font). */
    private static GraphicsNode drawing(String svg) throws IOException {
        SAXSVGDocumentFactory parser = new SAXSVGDocumentFactory(XMLResourceDescriptor.getXMLParserClassName());
        try {
            Document document = parser.createDocument("file:///figure.svg", new StringReader(svg));
            UserAgentAdapter agent = new UserAgentAdapter();
            BridgeContext context = new BridgeContext(agent, new DocumentLoader(agent));
            GraphicsNode root = new GVTBuilder().build(context, document);
            if (root instanceof CompositeGraphicsNode composite) {
                for (Object child : composite) {
                    ((GraphicsNode) child).setClip(null);
                }
            }
            return root;
        } catch (BridgeException | IOException e) {
            throw new IOException("cannot render the figure as PNG: " + e.getMessage(), e);
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
