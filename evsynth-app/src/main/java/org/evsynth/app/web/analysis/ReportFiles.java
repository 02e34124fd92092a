package org.evsynth.app.web.analysis;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.evsynth.app.web.http.HttpError;
import org.evsynth.report.bundle.BundleContent;
import org.evsynth.report.bundle.BundleException;
import org.evsynth.report.bundle.BundleWriter;
import org.evsynth.report.document.Report;
import org.evsynth.report.export.BundleExport;
import org.evsynth.report.output.Provenance;
import org.evsynth.report.table.InputException;
import org.evsynth.review.Review;
import org.evsynth.stats.meta.MetaAnalysisException;

/**
 * The downloads of the analysis page, made as the command line makes them, in a temporary folder removed
 * afterwards: the bundle as {@code evsynth export --bundle} writes it (zipped), and the report as
 * {@code evsynth report} writes it from that bundle (its index.html or report.pdf).
 */
final class ReportFiles {

    /** Which file of the report to send. */
    enum Kind { HTML, PDF }

    private ReportFiles() {
    }

    /** The analysis bundle of the review now, as a zip of the files the export writes. */
    static byte[] bundleZip(Review review) {
        return inTemporaryFolder(tmp -> zip(writeBundle(review, tmp.resolve("bundle"))));
    }

    /** The report of the review now. */
    static byte[] report(Review review, Kind kind) {
        return inTemporaryFolder(tmp -> {
            Path bundle = writeBundle(review, tmp.resolve("bundle"));
            Path out = tmp.resolve("report");
            try {
                Report.write(bundle, out, Provenance.evsynthVersion());
            } catch (BundleException | InputException | MetaAnalysisException e) {
                throw HttpError.conflict("the report cannot be written: " + e.getMessage());
            }
            return Files.readAllBytes(out.resolve(kind == Kind.HTML ? "index.html" : "report.pdf"));
        });
    }

    private static Path writeBundle(Review review, Path dir) throws IOException {
        List<String> warnings = new ArrayList<>();
        BundleContent content = BundleExport.content(review, warnings);
        if (content.comparisons().isEmpty()) {
            throw HttpError.conflict("nothing to analyse yet: no included study has outcome data for two arms (or an "
                    + "estimate with its CI); extract it on the Studies page");
        }
        BundleWriter.write(content, dir);
        return dir;
    }

    private static byte[] zip(Path dir) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes); Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                zip.putNextEntry(new ZipEntry("analysis/" + dir.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, zip);
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @FunctionalInterface
    private interface Work {
        byte[] in(Path tmp) throws IOException;
    }

    private static byte[] inTemporaryFolder(Work work) {
        Path tmp = null;
        try {
            tmp = Files.createTempDirectory("evsynth-web-");
            return work.in(tmp);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (tmp != null) {
                delete(tmp);
            }
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary folder left behind is removed with the system's temporary files
        }
    }
}
