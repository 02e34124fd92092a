package org.evsynth.app.cli.web;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.evsynth.app.cli.CommandFailure;
import org.evsynth.app.cli.ExitCode;
import org.evsynth.app.web.Services;
import org.evsynth.app.web.WebServer;
import org.evsynth.app.web.WebSettings;
import org.evsynth.review.Review;
import org.evsynth.review.people.MemberStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code evsynth serve}: the team web app over one review, until stopped (Ctrl+C or SIGTERM), when requests in
 * progress are finished and the review is closed.
 */
@Command(name = "serve", sortOptions = false, usageHelpAutoWidth = true,
        description = {"Serves the review to a team in the browser, and its JSON API, until stopped (Ctrl+C).",
            "People sign in with the accounts of 'evsynth user'. Prints the address to open."})
public final class ServeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR",
            description = "The review folder (optional with --db).")
    private Path dir;

    @Mixin
    private ReviewLocation location = new ReviewLocation();

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "The port to listen on; 0 for any free port. Default: ${DEFAULT-VALUE}.")
    private int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "The address to listen on: 127.0.0.1 for this machine only, 0.0.0.0 for every network "
                    + "interface (put a TLS proxy in front). Default: ${DEFAULT-VALUE}.")
    private String host;

    @Option(names = "--behind-proxy",
            description = "Believe a reverse proxy's X-Forwarded-For and X-Forwarded-Host headers (only when every "
                    + "request comes through it).")
    private boolean behindProxy;

    @Override
    public Integer call() throws InterruptedException {
        location.require(dir);
        WebSettings settings;
        try {
            settings = WebSettings.defaults().withAddress(host, port).withBehindProxy(behindProxy);
        } catch (IllegalArgumentException e) {
            throw CommandFailure.badInput(e.getMessage(), e);
        }
        Review review = location.openReview(dir);
        MemberStore people;
        try {
            people = location.openPeople(dir);
        } catch (RuntimeException e) {
            review.close();
            throw e;
        }
        WebServer server = start(Services.of(review, people), settings, review, people);
        PrintWriter out = spec.commandLine().getOut();
        out.println("evsynth serve: '" + review.title() + "' at " + server.address() + " (Ctrl+C stops)");
        if (!people.hasOwner()) {
            spec.commandLine().getErr().println("evsynth serve: nobody can manage people yet: add an owner with "
                    + "evsynth user add " + location.describe(dir) + " NAME --role owner");
        }
        out.flush();
        spec.commandLine().getErr().flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            people.close();
            review.close();
            out.println("evsynth serve: stopped");
            out.flush();
            stopped.countDown();
        }, "evsynth-serve-stop"));
        stopped.await();
        return ExitCode.OK;
    }

    private WebServer start(Services services, WebSettings settings, Review review, MemberStore people) {
        try {
            return WebServer.start(services, settings);
        } catch (RuntimeException e) {
            people.close();
            review.close();
            throw CommandFailure.failed("cannot listen on " + settings.host() + ":" + settings.port() + ": "
                    + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()), e);
        }
    }
}
