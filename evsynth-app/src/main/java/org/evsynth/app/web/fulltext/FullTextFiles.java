package org.evsynth.app.web.fulltext;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.evsynth.app.web.Services;
import org.evsynth.app.web.pages.Acting;
import org.evsynth.review.Attachments;

/**
 * A full text's file: {@code GET /files/{id}} sends it to a signed-in member (the access rules turn everyone else
 * away), {@code POST /files/{id}/withdraw} withdraws a wrong one.
 *
 * <p>The file is sent as a download of type application/pdf, never shown inside the site: its bytes were checked to
 * be a PDF on the way in, {@code nosniff} stops a browser from guessing another type, and its own policy
 * ({@code sandbox}) would keep any script in it away from the site's pages and cookies even if it were opened here.
 */
public final class FullTextFiles {

    private static final String POLICY = "default-src 'none'; sandbox";

    private final Services services;

    public FullTextFiles(Services services) {
        this.services = services;
    }

    public void download(Context ctx) {
        Attachments.File file = services.review().attachments().file(FullTextPage.id(ctx));
        ctx.header("Content-Security-Policy", POLICY);
        ctx.header("Content-Disposition", disposition(file.attachment().fileName()));
        ctx.contentType(Attachments.PDF).result(file.content());
    }

    public void withdraw(Context ctx) {
        services.review().attachments().withdraw(Acting.actor(ctx), FullTextPage.id(ctx));
        String record = ctx.formParam("record");
        boolean known = record != null && record.matches("\\d{1,18}");
        Acting.done(ctx, "The full text was withdrawn.", known ? "/full-text/" + record : "/full-text");
    }

    /**
     * {@code attachment} with the name twice (RFC 6266): as ASCII for old clients, quotes, backslashes and anything
     * else outside printable ASCII replaced, and in full as UTF-8 (RFC 8187). Always ending in .pdf.
     */
    static String disposition(String name) {
        String pdf = name.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf") ? name : name + ".pdf";
        StringBuilder ascii = new StringBuilder();
        pdf.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? (char) c : '_'));
        String utf8 = URLEncoder.encode(pdf, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + utf8;
    }
}
