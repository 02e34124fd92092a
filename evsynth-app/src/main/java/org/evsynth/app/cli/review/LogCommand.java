package org.evsynth.app.cli.review;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.evsynth.app.cli.TextOrJson;
import org.evsynth.app.cli.CommandFailure;
import org.evsynth.app.cli.ExitCode;
import org.evsynth.review.AuditEntry;
import org.evsynth.review.AuditLog;
import org.evsynth.review.Stage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code evsynth log}: the review's append-only audit log, oldest first, filtered by person, stage and date. */
@Command(name = "log", sortOptions = false, usageHelpAutoWidth = true,
        description = {"The audit log: who did what, when, to which record or study, with the state before and",
            "after; --by, --stage, --from and --to narrow it."})
public final class LogCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The review folder.")
    private Path dir;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = TextOrJson.Words.class,
            description = "text or json. Default: ${DEFAULT-VALUE}.")
    private TextOrJson format;

    @Option(names = "--by", paramLabel = "NAME", description = "Only what this person did.")
    private String by;

    @Option(names = "--stage", paramLabel = "STAGE", description = "Only screening at title-abstract or full-text.")
    private String stage;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Only on or after this day (UTC).")
    private String from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Only on or before this day (UTC).")
    private String to;

    @Mixin
    private ReviewOptions review = new ReviewOptions();

    @Override
    public Integer call() throws IOException {
        AuditLog.Query query = query();
        return ReviewRun.run(spec, dir, review, r -> {
            PrintWriter out = spec.commandLine().getOut();
            List<AuditEntry> log = r.audit().entries(query);
            if (format == TextOrJson.JSON) {
                List<Object> entries = new ArrayList<>();
                for (AuditEntry e : log) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("id", e.id());
                    m.put("at", e.at().toString());
                    m.put("actor", e.actor());
                    m.put("action", e.action());
                    m.put("entity", e.entity());
                    m.put("entity_id", e.entityId());
                    m.put("stage", e.stage() == null ? null : e.stage().id());
                    m.put("before", e.before());
                    m.put("after", e.after());
                    entries.add(m);
                }
                out.println(ReviewJson.write(entries));
                return ExitCode.OK;
            }
            for (AuditEntry e : log) {
                out.println(TerminalText.clean(String.format("%d  %s  %s  %s %s %s%s  %s", e.id(), e.at(), e.actor(),
                        e.action(), e.entity(), e.entityId(), e.before() == null ? "" : "  before " + e.before(),
                        "after " + e.after())));
            }
            return ExitCode.OK;
        });
    }

    private AuditLog.Query query() {
        try {
            return new AuditLog.Query(by, stage == null ? null : Stage.of(stage), day(from), day(to));
        } catch (IllegalArgumentException e) {
            throw CommandFailure.badInput(e.getMessage());
        }
    }

    private static LocalDate day(String text) {
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw CommandFailure.badInput("'" + text + "' is not a date YYYY-MM-DD");
        }
    }
}
