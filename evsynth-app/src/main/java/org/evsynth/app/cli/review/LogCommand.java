package org.evsynth.app.cli.review;

import java.io.IOException;
import org.evsynth.app.cli.ExitCode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.evsynth.review.AuditEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code evsynth log}: the review's append-only audit log, oldest first. */
@Command(name = "log", sortOptions = false, usageHelpAutoWidth = true,
        description = "The audit log: who did what, when, to which record or study, with the state before and after.")
public final class LogCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The review folder.")
    private Path dir;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json. Default: ${DEFAULT-VALUE}.")
    private TextOrJson format;

    @Mixin
    private ReviewOptions review = new ReviewOptions();

    @Override
    public Integer call() throws IOException {
        return ReviewRun.run(spec, dir, review, r -> {
            PrintWriter out = spec.commandLine().getOut();
            List<AuditEntry> log = r.auditLog();
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
                    m.put("before", e.before());
                    m.put("after", e.after());
                    entries.add(m);
                }
                out.println(ReviewJson.write(entries));
                return ExitCode.OK;
            }
            for (AuditEntry e : log) {
                out.printf("%d  %s  %s  %s %s %s%s  %s%n", e.id(), e.at(), e.actor(), e.action(), e.entity(),
                        e.entityId(), e.before() == null ? "" : "  before " + e.before(), "after " + e.after());
            }
            return ExitCode.OK;
        });
    }
}
