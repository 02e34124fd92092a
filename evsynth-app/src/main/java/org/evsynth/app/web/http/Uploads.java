package org.evsynth.app.web.http;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

/**
 * Files sent with a form (multipart/form-data). The server's multipart limit is {@link UploadLimit}'s (database
 * exports are large); a full text is held to {@link #LIMIT_BYTES}, and reading stops just past it. A request that
 * breaks off or exceeds a limit is answered 413 or 400, never 500.
 */
public final class Uploads {

    /** The largest file taken: the review's limit for full texts. */
    public static final long LIMIT_BYTES = org.evsynth.review.Attachments.MAX_BYTES;

    /**
     * A file as sent: its name and type as the browser gave them, and its bytes.
     *
     * @param contentType the part's Content-Type, lower case without parameters, or "" when none was sent
     */
    public record Upload(String fileName, String contentType, byte[] content) {
    }

    private Uploads() {
    }

    /**
     * The one file of the form field.
     *
     * @throws HttpError 400 naming the field when the request is no upload or holds no file there
     */
    public static Upload file(Context ctx, String field) {
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            throw HttpError.badRequest("send the file as a form upload (multipart/form-data), field '" + field + "'");
        }
        List<UploadedFile> files;
        try {
            files = ctx.uploadedFiles(field);
        } catch (Exception e) {
            int status = status(e);
            if (status == 0) {
                throw e;
            }
            throw status == 413 ? HttpError.tooLarge(message(status)) : HttpError.badRequest(message(status));
        }
        if (files.size() != 1 || files.get(0).filename() == null || files.get(0).filename().isBlank()) {
            throw HttpError.badRequest("field '" + field + "': choose one file to upload");
        }
        UploadedFile f = files.get(0);
        try (InputStream in = f.content()) {
            String partType = f.contentType() == null ? "" : f.contentType().split(";", 2)[0].strip()
                    .toLowerCase(Locale.ROOT);
            byte[] content = in.readNBytes((int) LIMIT_BYTES + 1);
            if (content.length > LIMIT_BYTES) {
                // the server takes larger uploads (database exports); a full text is held to the review's limit
                throw HttpError.tooLarge(message(413));
            }
            return new Upload(f.filename(), partType, content);
        } catch (IOException e) {
            throw HttpError.badRequest("the upload broke off before its end; send it again");
        }
    }

    /**
     * The status that answers a failure to read an upload (413 too large, 400 broken), or 0 when the failure was
     * something else. Jetty reports both as a BadMessageException whose cause says which.
     */
    public static int status(Throwable failure) {
        boolean multipart = false;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String m = t.getMessage() == null ? "" : t.getMessage();
            if (m.contains("max file size exceeded") || m.contains("max request size exceeded")
                    || m.contains("max length exceeded")) {
                return 413;
            }
            multipart |= m.contains("multipart");
        }
        return multipart ? 400 : 0;
    }

    /** What the person is told of a refused upload. */
    public static String message(int status) {
        return status == 413 ? String.format(Locale.ROOT, "the file is larger than %d MB, the largest the review "
                + "takes", LIMIT_BYTES / (1024 * 1024)) : "the upload could not be read; send the file again";
    }
}
