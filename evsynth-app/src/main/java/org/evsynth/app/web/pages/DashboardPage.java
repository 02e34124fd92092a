package org.evsynth.app.web.pages;

import io.javalin.http.Context;
import org.evsynth.app.web.Services;
import org.evsynth.app.web.http.Templates;
import org.evsynth.report.export.ReviewCounts;
import org.evsynth.report.prisma.PrismaDiagram;
import org.evsynth.review.ReviewStatus;

/**
 * The dashboard, {@code GET /}, and its PRISMA 2020 diagram, {@code GET /prisma.svg}, drawn from the review's
 * data at each request by the report module, exactly as {@code evsynth prisma DIR} draws it.
 */
public final class DashboardPage {

    /**
     * The diagram is an image: its own policy lets it keep its presentation and nothing else. (Loaded through
     * an img element, an SVG runs no script in any case.)
     */
    private static final String SVG_POLICY = "default-src 'none'; style-src 'unsafe-inline'";

    private final Services services;
    private final Templates templates;

    public DashboardPage(Services services, Templates templates) {
        this.services = services;
        this.templates = templates;
    }

    public void show(Context ctx) {
        ReviewStatus counts = services.review().status();
        templates.render(ctx, "dashboard.jte", DashboardView.of(Chrome.of(ctx, services.reviewTitle(), "Dashboard"),
                counts, diagram(counts).warnings()));
    }

    public void prisma(Context ctx) {
        ctx.header("Content-Security-Policy", SVG_POLICY);
        ctx.contentType("image/svg+xml; charset=utf-8").result(diagram(services.review().status()).svg());
    }

    private static PrismaDiagram diagram(ReviewStatus counts) {
        return PrismaDiagram.of(ReviewCounts.of(counts));
    }
}
