package org.evsynth.app.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.validation.ValidationException;
import jakarta.servlet.ServletException;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Collectors;
import org.evsynth.app.web.http.HttpError;
import org.evsynth.app.web.http.Problems;
import org.evsynth.app.web.http.Templates;
import org.evsynth.app.web.pages.Chrome;
import org.evsynth.app.web.pages.ErrorView;
import org.evsynth.app.web.security.AccessRules;
import org.evsynth.app.web.http.UploadLimit;
import org.evsynth.app.web.http.Uploads;
import org.evsynth.review.InvalidInputException;
import org.evsynth.review.RefusedException;
import org.evsynth.review.ReviewException;
import org.evsynth.review.StorageException;
import org.evsynth.review.UnknownEntityException;
import org.evsynth.review.people.PeopleException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a failed request is answered: {@code {"error": "..."}} for the API and an error page otherwise, with 400
 * (bad input, naming the field), 401, 403, 404, 409 or 429 and the reason. Anything unexpected is logged on the
 * server with an incident number and answered with that number only: no stack trace, exception name or SQL ever
 * reaches the browser.
 */
final class ErrorHandlers {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandlers.class);
    private static final String ANSWERED = "evsynth.answered";
    private static final SecureRandom INCIDENTS = new SecureRandom();

    private final Templates templates;
    private final String reviewTitle;
    private final String reviewLocation;
    private final UploadLimit uploadLimit;

    /**
     * @param reviewLocation the review's file or server, which the review's messages name and a browser need not see
     * @param uploadLimit    the upload limit, to tell a refused upload
     */
    ErrorHandlers(Templates templates, String reviewTitle, String reviewLocation, UploadLimit uploadLimit) {
        this.templates = templates;
        this.reviewTitle = reviewTitle;
        this.reviewLocation = reviewLocation;
        this.uploadLimit = uploadLimit;
    }

    void register(RoutesConfig routes) {
        routes.exception(HttpError.class, (e, ctx) -> {
            if (e.retryAfterSeconds() > 0) {
                ctx.header("Retry-After", Long.toString(e.retryAfterSeconds()));
            }
            answer(ctx, e.status(), e.getMessage());
        });
        routes.exception(PeopleException.class, (e, ctx) -> answer(ctx, Problems.status(e), e.getMessage()));
        routes.exception(ValidationException.class, (e, ctx) -> answer(ctx, 400, e.getErrors().entrySet().stream()
                .map(f -> f.getKey() + ": " + f.getValue().stream().map(v -> v.getMessage())
                        .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "))));
        routes.exception(IllegalArgumentException.class, (e, ctx) -> answer(ctx, 400, e.getMessage()));
        routes.exception(ReviewException.class, (e, ctx) -> {
            if (e.getCause() instanceof SQLException || e instanceof StorageException) {
                unexpected(e, ctx);
            } else {
                answer(ctx, 400, review(e));
            }
        });
        routes.exception(InvalidInputException.class, (e, ctx) -> answer(ctx, 400, e.field() == null ? review(e)
                : "field '" + e.field() + "': " + review(e)));
        routes.exception(UnknownEntityException.class, (e, ctx) -> answer(ctx, 404, review(e)));
        routes.exception(RefusedException.class, (e, ctx) -> answer(ctx, 409, review(e)));
        routes.exception(StorageException.class, this::unexpected);
        routes.exception(HttpResponseException.class, (e, ctx) -> answer(ctx, e.getStatus(), e.getMessage()));
        routes.exception(Exception.class, (e, ctx) -> {
            int upload = ctx.isMultipart() ? Uploads.status(e) : 0;
            if (upload == 413) {
                answer(ctx, 413, uploadLimit.message());
            } else if (upload == 400) {
                answer(ctx, 400, Uploads.message(upload));
            } else {
                unexpected(e, ctx);
            }
        });
        routes.error(404, ctx -> {
            if (ctx.attribute(ANSWERED) == null) {
                answer(ctx, 404, "no such page: " + ctx.path());
            }
        });
        routes.error(405, ctx -> {
            if (ctx.attribute(ANSWERED) == null) {
                answer(ctx, 405, ctx.method() + " is not allowed here");
            }
        });
    }

    /** The review's message, with its file or server put as "the review". */
    private String review(ReviewException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        return m.replace("review " + reviewLocation + ": ", "").replace("review " + reviewLocation, "the review")
                .replace(reviewLocation, "the review");
    }

    private void unexpected(Exception e, Context ctx) {
        String incident = HexFormat.of().formatHex(INCIDENTS.generateSeed(4));
        LOG.error("incident {}: {} {} failed", incident, ctx.method(), ctx.path(), e);
        answer(ctx, 500, "something went wrong on the server (incident " + incident + "; the server's log has the "
                + "details)");
    }

    private void answer(Context ctx, int status, String message) {
        ctx.attribute(ANSWERED, Boolean.TRUE);
        ctx.status(status);
        if (AccessRules.isApi(ctx) || !acceptsHtml(ctx)) {
            ctx.json(Map.of("error", message));
            return;
        }
        try {
            templates.render(ctx, "error.jte", new ErrorView(Chrome.of(ctx, reviewTitle, title(status)), status,
                    message));
        } catch (RuntimeException renderFailure) {
            LOG.error("the error page could not be drawn", renderFailure);
            ctx.contentType("text/plain; charset=utf-8").result(message);
        }
    }

    private static boolean acceptsHtml(Context ctx) {
        String accept = ctx.header("Accept");
        return accept == null || accept.contains("text/html") || accept.contains("*/*");
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "That did not work";
            case 401 -> "Sign in first";
            case 403 -> "Not allowed";
            case 404 -> "Not found";
            case 409 -> "Not possible now";
            case 413 -> "Too large";
            case 429 -> "Too many attempts";
            default -> "Something went wrong";
        };
    }
}
