package org.evsynth.app.web.http;

import io.javalin.config.MultipartConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import java.util.Locale;

/**
 * The most an upload may hold. A multipart request that says it is larger is refused (413) before any of it is read
 * (the access rules read the form's CSRF field, which means parsing the parts); one that does not say its length is
 * held to the same limit by the multipart parser, whose failure is answered 413 too ({@link Uploads#status}).
 */
public final class UploadLimit {

    private static final int IN_MEMORY = 1024 * 1024;

    private final long bytes;

    public UploadLimit(long bytes) {
        this.bytes = bytes;
    }

    /** Sets the multipart parser's limits: parts above 1 MB wait in temporary files until they are read. */
    public void configure(MultipartConfig multipart) {
        multipart.maxFileSize(bytes, SizeUnit.BYTES);
        multipart.maxTotalRequestSize(bytes, SizeUnit.BYTES);
        multipart.maxInMemoryFileSize((int) Math.min(IN_MEMORY, bytes), SizeUnit.BYTES);
    }

    /** The before-handler: refuses a multipart request whose declared length is over the limit. */
    public void check(Context ctx) {
        if (ctx.isMultipart() && ctx.contentLength() > bytes) {
            throw HttpError.tooLarge(message());
        }
    }

    /** What a refused upload is told. */
    public String message() {
        return String.format(Locale.ROOT, "the upload is larger than the %s this server takes; split the export into "
                + "smaller files (a database's export can be made in parts) and send them one by one", limit());
    }

    /** The limit, for people: "200 MB". */
    public String limit() {
        return size(bytes);
    }

    static String size(long n) {
        if (n >= 1024 * 1024) {
            return String.format(Locale.ROOT, "%.0f MB", n / (1024.0 * 1024.0));
        }
        return n >= 1024 ? String.format(Locale.ROOT, "%.0f KB", n / 1024.0) : n + " bytes";
    }
}
