package org.evsynth.app.cli.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code evsynth serve DIR --port 0} started as its own Java process, its output to a log file. */
final class ServeProcess {

    private ServeProcess() {
    }

    /** Starts serving the review folder, with the web package logging at info. */
    static Process start(Path dir, Path log) throws Exception {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dorg.slf4j.simpleLogger.log.org.evsynth.app.web=info", "-cp", System.getProperty("java.class.path"),
                "org.evsynth.app.cli.EvsynthCommand", "serve", dir.toString(), "--port", "0")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** The address the process prints once it serves, waited for up to a minute. */
    static URI address(Path log, Process serve) throws Exception {
        Pattern line = Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+/) \\(Ctrl\\+C stops\\)");
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < until) {
            Matcher m = line.matcher(Files.readString(log, StandardCharsets.UTF_8));
            if (m.find()) {
                return URI.create(m.group(1));
            }
            if (!serve.isAlive()) {
                throw new AssertionError("serve ended: " + Files.readString(log));
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no address printed: " + Files.readString(log));
    }
}
