package org.evsynth.app.web.pages;

import io.javalin.http.Context;
import java.util.List;
import org.evsynth.app.web.Services;
import org.evsynth.app.web.http.HttpError;
import org.evsynth.app.web.http.Templates;
import org.evsynth.app.web.security.Blinding;
import org.evsynth.app.web.security.Principal;
import org.evsynth.report.export.ReviewCounts;
import org.evsynth.report.export.ScreeningCurveFigure;
import org.evsynth.report.figure.RecallCurvePlot;
import org.evsynth.report.prisma.PrismaDiagram;
import org.evsynth.review.ReviewStatus;
import org.evsynth.review.ScreeningCurve;

/**
 * The dashboard, {@code GET /}, and its PRISMA 2020 diagram, {@code GET /prisma.svg}, drawn from the review's
 * data at each request by the report module, exactly as {@code evsynth prisma DIR} draws it; in priority order the
 * team's recall curve so far, {@code GET /screening-curve.svg}, as the report draws it. The curve is the review's
 * ({@link ScreeningCurve}): in dual screening only final outcomes, so it shows nobody a vote they are blinded to.
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
        ReviewStatus counts = Blinding.status(ctx, services.review().status());
        List<NextSteps.Steps> next = NextSteps.of(services.people().list(), counts, services.review().protocol(),
                services.review().searches().list().size(), services.review().deduplication().queue().size(),
                Principal.required(ctx).name());
        templates.render(ctx, "dashboard.jte", DashboardView.of(Chrome.of(ctx, services.reviewTitle(), "Dashboard"),
                counts, diagram(counts).warnings(), next, recall()));
    }

    /** The team's recall so far, in priority order only (the curve is not read otherwise). */
    private DashboardView.Recall recall() {
        if (!PriorityNotes.prioritised(services.review())) {
            return null;
        }
        ScreeningCurve.Curve curve = services.review().screeningCurve().read();
        return new DashboardView.Recall(curve.screened(), curve.records(), curve.found(), curve.keyPapers().size(),
                ScreeningCurveFigure.drawn(curve), ScreeningCurveFigure.caption(curve));
    }

    /** {@code GET /screening-curve.svg}: the recall curve; 404 until the review, in priority order, has an include. */
    public void screeningCurve(Context ctx) {
        String svg = ScreeningCurveFigure.of(services.review().screeningCurve().read()).map(RecallCurvePlot::svg)
                .orElseThrow(() -> HttpError.notFound("no recall curve: the records are not screened in priority "
                        + "order, or no include was found yet"));
        ctx.header("Content-Security-Policy", SVG_POLICY);
        ctx.contentType("image/svg+xml; charset=utf-8").result(svg);
    }

    public void prisma(Context ctx) {
        ctx.header("Content-Security-Policy", SVG_POLICY);
        ctx.contentType("image/svg+xml; charset=utf-8").result(diagram(services.review().status()).svg());
    }

    private static PrismaDiagram diagram(ReviewStatus counts) {
        return PrismaDiagram.of(ReviewCounts.of(counts));
    }
}
