package org.evsynth.app.cli.review;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.evsynth.app.cli.TextOrJson;
import org.evsynth.app.cli.ExitCode;
import org.evsynth.review.SearchInfo;
import org.evsynth.review.Searches;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code evsynth searches}: the review's searches, and the withdrawal of one imported by mistake. */
@Command(name = "searches", sortOptions = false, usageHelpAutoWidth = true,
        description = {"List the review's searches (id, source, date, file, records), or withdraw one imported by",
            "mistake: --withdraw SEARCH [--reason TEXT]. A withdrawn search's records leave every count and queue",
            "(their decisions stay in the log) and the same file can be imported again."})
public final class SearchesCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The review folder.")
    private Path dir;

    @Option(names = "--withdraw", paramLabel = "SEARCH", description = "Withdraw this search (its id).")
    private Long withdraw;

    @Option(names = "--reason", paramLabel = "TEXT", description = "With --withdraw: why, for the audit log.")
    private String reason;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = TextOrJson.Words.class,
            description = "text or json. Default: ${DEFAULT-VALUE}.")
    private TextOrJson format;

    @Mixin
    private ReviewOptions review = new ReviewOptions();

    @Override
    public Integer call() throws IOException {
        return ReviewRun.run(spec, dir, review, r -> {
            PrintWriter out = spec.commandLine().getOut();
            if (withdraw != null) {
                Searches.Withdrawal w = r.searches().withdraw(review.actor(), new Searches.Withdraw(withdraw, reason));
                out.printf("evsynth searches: search %d (%s) withdrawn: %d records and %d decisions on them no "
                        + "longer counted%n", w.search(), TerminalText.clean(w.fileName()), w.records(), w.decisions());
                return ExitCode.OK;
            }
            List<SearchInfo> searches = r.searches().list();
            if (format == TextOrJson.JSON) {
                List<Object> rows = new ArrayList<>();
                for (SearchInfo s : searches) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("id", s.id());
                    m.put("source", s.source());
                    m.put("kind", s.kind().id());
                    m.put("searched_on", s.searchedOn() == null ? null : s.searchedOn().toString());
                    m.put("file", s.fileName());
                    m.put("sha256", s.sha256());
                    m.put("records", s.recordCount());
                    m.put("imported_by", s.importedBy());
                    m.put("withdrawn", s.withdrawn());
                    rows.add(m);
                }
                out.println(ReviewJson.write(rows));
                return ExitCode.OK;
            }
            if (searches.isEmpty()) {
                out.println("No searches.");
            }
            for (SearchInfo s : searches) {
                out.printf("search %d: %s (%s)%s, %s, %d records%s%n", s.id(), TerminalText.clean(s.source()),
                        s.kind().id(), s.searchedOn() == null ? "" : ", searched " + s.searchedOn(),
                        TerminalText.clean(s.fileName()), s.recordCount(), s.withdrawn() ? " [withdrawn]" : "");
            }
            return ExitCode.OK;
        });
    }
}
