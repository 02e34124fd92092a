package org.evsynth.app.web.analysis;

import io.javalin.http.Context;
import org.evsynth.app.web.Services;
import org.evsynth.app.web.http.HttpError;
import org.evsynth.app.web.http.Templates;
import org.evsynth.app.web.pages.Acting;

/**
 * The analysis, live from the extracted data: {@code GET /analysis} analyses the review now and shows it; its
 * figures are {@code GET /analysis/figures/{token}/{name}.svg}, drawn from that same analysis; the report (HTML,
 * PDF) and the analysis bundle (zip) download as the command line writes them. The statistics are the report
 * module's: this class only reads the request and sends what it made.
 */
public final class AnalysisPage {

    /**
     * The figures are images: their own policy lets them keep their presentation and nothing else (loaded through
     * an img element, an SVG runs no script in any case).
     */
    private static final String SVG_POLICY = "default-src 'none'; style-src 'unsafe-inline'";
    /** A download is never shown inside the site. */
    private static final String DOWNLOAD_POLICY = "default-src 'none'; sandbox";

    private final Services services;
    private final Templates templates;
    private final AnalysisCache cache = new AnalysisCache();

    public AnalysisPage(Services services, Templates templates) {
        this.services = services;
        this.templates = templates;
    }

    public void show(Context ctx) {
        ReviewAnalysis analysis = ReviewAnalysis.of(services.review());
        String token = cache.keep(analysis);
        templates.render(ctx, "analysis/analysis.jte", AnalysisView.of(Acting.chrome(ctx, services, "Analysis"),
                token, analysis));
    }

    public void figure(Context ctx) {
        ReviewAnalysis analysis = cache.get(ctx.pathParam("token"));
        String name = ctx.pathParam("name");
        String svg = analysis == null || !name.endsWith(".svg") ? null
                : analysis.figures().get(name.substring(0, name.length() - 4));
        if (svg == null) {
            throw HttpError.notFound("no such figure (the analysis it belonged to is gone: reload the page)");
        }
        ctx.header("Content-Security-Policy", SVG_POLICY);
        ctx.contentType("image/svg+xml; charset=utf-8").result(svg);
    }

    public void reportHtml(Context ctx) {
        send(ctx, ReportFiles.report(services.review(), ReportFiles.Kind.HTML), "text/html; charset=utf-8",
                "report.html");
    }

    public void reportPdf(Context ctx) {
        send(ctx, ReportFiles.report(services.review(), ReportFiles.Kind.PDF), "application/pdf", "report.pdf");
    }

    public void bundle(Context ctx) {
        send(ctx, ReportFiles.bundleZip(services.review()), "application/zip", "analysis-bundle.zip");
    }

    private static void send(Context ctx, byte[] bytes, String type, String name) {
        ctx.header("Content-Security-Policy", DOWNLOAD_POLICY);
        ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
        ctx.contentType(type).result(bytes);
    }
}
