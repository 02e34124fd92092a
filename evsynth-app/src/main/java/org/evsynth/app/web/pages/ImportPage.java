package org.evsynth.app.web.pages;

import com.fasterxml.jackson.core.type.TypeReference;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.evsynth.app.web.Services;
import org.evsynth.app.web.http.HttpError;
import org.evsynth.app.web.http.Json;
import org.evsynth.app.web.http.Params;
import org.evsynth.app.web.http.Templates;
import org.evsynth.app.web.security.Principal;
import org.evsynth.review.ImportSummary;
import org.evsynth.review.InvalidInputException;
import org.evsynth.review.RefusedException;
import org.evsynth.review.SearchInfo;
import org.evsynth.review.Searches;
import org.evsynth.review.SourceKind;

/**
 * The owner's imports: {@code GET /import} shows the form and the searches; {@code POST /import} (multipart) imports
 * each file sent as one search, in its own transaction, whatever format the records module recognises in it: a file
 * imported before adds nothing, a file that does not read whole is refused with its problems and adds nothing, and
 * the page says what each file did. {@code POST /searches/{id}/withdraw} withdraws a search.
 */
public final class ImportPage {

    private static final TypeReference<List<Map<String, Object>>> HITS = new TypeReference<>() {
    };
    private static final int LONGEST_NAME = 200;

    private final Services services;
    private final Templates templates;
    private final String limit;

    public ImportPage(Services services, Templates templates, String limit) {
        this.services = services;
        this.templates = templates;
        this.limit = limit;
    }

    public void show(Context ctx) {
        render(ctx, List.of(), ImportView.Form.EMPTY);
    }

    public void upload(Context ctx) {
        if (!ctx.isMultipartFormData()) {
            throw HttpError.badRequest("send the files as multipart/form-data, as the import form does");
        }
        List<UploadedFile> files = ctx.uploadedFiles("files").stream().filter(f -> f.size() > 0 || !f.filename()
                .isEmpty()).toList();
        // a browser sends a text area's lines ended by CR LF; the review keeps them as the CLI does, with LF
        ImportView.Form form = new ImportView.Form(orEmpty(ctx.formParam("source")), ctx.formParam("register") != null,
                orEmpty(ctx.formParam("searched")), orEmpty(ctx.formParam("strategy")).replace("\r\n", "\n"));
        if (files.isEmpty()) {
            refuse(ctx, "field 'files': choose at least one exported file", form);
            return;
        }
        LocalDate searched;
        try {
            searched = Params.date(form.searched(), "searched");
        } catch (HttpError e) {
            refuse(ctx, e.getMessage(), form);
            return;
        }
        if (form.source().isBlank()) {
            refuse(ctx, "field 'source': name the database or register searched (MEDLINE, Embase, ...)", form);
            return;
        }
        List<ImportView.FileResult> results = new ArrayList<>();
        for (UploadedFile file : files) {
            results.add(importOne(ctx, file, form, searched));
        }
        boolean refused = results.stream().anyMatch(r -> r.outcome() == ImportView.Outcome.REFUSED);
        ctx.status(refused ? 400 : 200);
        render(ctx, results, refused ? form : ImportView.Form.EMPTY);
    }

    private ImportView.FileResult importOne(Context ctx, UploadedFile file, ImportView.Form form, LocalDate searched) {
        String name = fileName(file.filename());
        try {
            ImportSummary s = services.review().searches().importFile(Principal.required(ctx).actor(),
                    new Searches.Import(name, bytes(file), form.source(), form.register() ? SourceKind.REGISTER
                            : SourceKind.DATABASE, searched, Params.text(form.strategy())));
            return new ImportView.FileResult(name, s.alreadyImported() ? ImportView.Outcome.ALREADY_IMPORTED
                    : ImportView.Outcome.ADDED, s.searchId(), s.recordsAdded(), s.warnings(), null,
                    hits(s.strategyHits()));
        } catch (InvalidInputException e) {
            return new ImportView.FileResult(name, ImportView.Outcome.REFUSED, 0, 0, List.of(), e.getMessage(),
                    List.of());
        }
    }

    public void withdraw(Context ctx) {
        long id = Params.requiredLong(ctx.pathParam("id"), "id");
        try {
            Searches.Withdrawal w = services.review().searches().withdraw(Principal.required(ctx).actor(),
                    new Searches.Withdraw(id, Params.text(ctx.formParam("reason"))));
            Chrome.leaveNotice(ctx, String.format(Locale.ROOT, "Search %d (%s) was withdrawn: its %d records left "
                    + "the review and %d decisions on them are no longer counted.", w.search(), w.fileName(),
                    w.records(), w.decisions()));
        } catch (RefusedException e) {
            ctx.status(409);
            render(ctx, List.of(), ImportView.Form.EMPTY, e.getMessage());
            return;
        }
        ctx.redirect("/import", HttpStatus.SEE_OTHER);
    }

    private void refuse(Context ctx, String message, ImportView.Form form) {
        ctx.status(400);
        render(ctx, List.of(), form, message);
    }

    private void render(Context ctx, List<ImportView.FileResult> results, ImportView.Form form) {
        render(ctx, results, form, null);
    }

    private void render(Context ctx, List<ImportView.FileResult> results, ImportView.Form form, String error) {
        List<SearchInfo> searches = new ArrayList<>(services.review().searches().list());
        java.util.Collections.reverse(searches);
        Chrome chrome = Chrome.of(ctx, services.reviewTitle(), "Import searches");
        templates.render(ctx, "import.jte", new ImportView(error == null ? chrome : chrome.withError(error), results,
                searches.stream().map(ImportPage::row).toList(), form, limit));
    }

    private static ImportView.SearchRow row(SearchInfo s) {
        return new ImportView.SearchRow(s.id(), s.source(), s.kind().id(), s.searchedOn() == null ? ""
                : s.searchedOn().toString(), s.fileName(), s.recordCount(), Times.minute(s.importedAt()),
                s.importedBy(), s.withdrawn(), s.strategy() == null ? "" : s.strategy(), hits(s.strategyHits()));
    }

    /** The strategy's hits, from the JSON the review stores ({@code [{number, text, hits, reported_hits}]}). */
    static List<ImportView.HitLine> hits(String json) {
        if (json == null) {
            return List.of();
        }
        try {
            return Json.MAPPER.readValue(json, HITS).stream().map(m -> new ImportView.HitLine(
                    ((Number) m.get("number")).intValue(), String.valueOf(m.get("text")), integer(m.get("hits")),
                    integer(m.get("reported_hits")))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("the review's strategy hits are not the JSON it writes", e);
        }
    }

    private static Integer integer(Object o) {
        return o instanceof Number n ? n.intValue() : null;
    }

    private static byte[] bytes(UploadedFile file) {
        try (InputStream in = file.content()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The file's own name, as the review keeps it: the browser's name without any folder part (old browsers sent
     * the whole path), control characters and outer spaces, at most 200 characters.
     */
    static String fileName(String sent) {
        String name = sent == null ? "" : sent;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.codePoints().filter(c -> !Character.isISOControl(c)).collect(StringBuilder::new,
                StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        if (name.length() > LONGEST_NAME) {
            name = name.substring(0, LONGEST_NAME);
        }
        return name.isEmpty() ? "upload" : name;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
