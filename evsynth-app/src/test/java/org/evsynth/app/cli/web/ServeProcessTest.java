package org.evsynth.app.cli.web;

import org.evsynth.review.Actor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evsynth.review.Review;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code evsynth serve} as its own process, as a person starts it: it prints the address, serves, logs what it
 * does, and stops gracefully on SIGTERM. Its whole log (standard output and error, with the web package at info)
 * and the review's database files never contain a password, whether right, wrong or typed into the name field.
 */
class ServeProcessTest {

    private static final String OWNER_PASSWORD = "the owner's secret 71";
    private static final String NEW_PASSWORD = "a new member's secret 42";
    private static final String WRONG_PASSWORD = "a wrong guess 93";

    @TempDir
    Path tmp;

    @Test
    void servesPrintsItsAddressLogsNoPasswordAndStopsOnSigterm() throws Exception {
        Path dir = tmp.resolve("rev");
        Review.create(dir, "Serve test", Actor.named("test")).close();
        Path pw = Files.writeString(tmp.resolve("pw"), OWNER_PASSWORD + "\n");
        assertEquals(0, org.evsynth.app.cli.EvsynthCommand.commandLine().execute("user", "add", dir.toString(),
                "Olivia", "--role", "owner", "--password-file", pw.toString(), "--as", "setup"));
        Files.delete(pw);

        Path log = tmp.resolve("serve.log");
        Process serve = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dorg.slf4j.simpleLogger.log.org.evsynth.app.web=info", "-cp", System.getProperty("java.class.path"),
                "org.evsynth.app.cli.EvsynthCommand", "serve", dir.toString(), "--port", "0")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            URI address = address(log, serve);
            HttpClient http = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
            assertEquals(401, post(http, address, "/api/login", "{\"name\":\"Olivia\",\"password\":\""
                    + WRONG_PASSWORD + "\"}", null).statusCode());
            assertEquals(401, post(http, address, "/api/login", "{\"name\":\"" + OWNER_PASSWORD
                    + "\",\"password\":\"x\"}", null).statusCode(), "a password typed as the name");
            HttpResponse<String> in = post(http, address, "/api/login", "{\"name\":\"Olivia\",\"password\":\""
                    + OWNER_PASSWORD + "\"}", null);
            assertEquals(200, in.statusCode(), in.body());
            String csrf = in.body().replaceAll(".*\"csrf_token\":\"([^\"]+)\".*", "$1");
            HttpResponse<String> added = post(http, address, "/api/members", "{\"name\":\"Nina\",\"role\":"
                    + "\"reviewer\",\"password\":\"" + NEW_PASSWORD + "\"}", csrf);
            assertEquals(201, added.statusCode(), added.body());
            assertEquals(400, post(http, address, "/api/members", "{\"name\":\"Nina2\",\"role\":\"reviewer\","
                    + "\"password\":\"" + NEW_PASSWORD + "\",\"extra\":1}", csrf).statusCode());
        } finally {
            serve.destroy();
        }
        assertTrue(serve.waitFor(30, TimeUnit.SECONDS), "stopped after SIGTERM");
        String text = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(text.contains("evsynth serve: stopped"), text);
        assertTrue(text.contains("failed sign-in for 'Olivia' from 127.0.0.1"), text);
        assertTrue(text.contains("failed sign-in for an unknown name from 127.0.0.1"), text);
        assertTrue(text.contains("Olivia (owner) signed in from 127.0.0.1"), text);
        assertTrue(text.contains("POST /api/members 201"), text);
        for (String secret : List.of(OWNER_PASSWORD, NEW_PASSWORD, WRONG_PASSWORD)) {
            assertFalse(text.contains(secret), "a password in the server's log:\n" + text);
            for (String file : List.of(Review.DATABASE_FILE, Review.DATABASE_FILE + "-wal")) {
                Path f = dir.resolve(file);
                if (Files.exists(f)) {
                    assertFalse(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1).contains(secret),
                            "a password in " + f);
                }
            }
        }
    }

    private static URI address(Path log, Process serve) throws Exception {
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

    private static HttpResponse<String> post(HttpClient http, URI base, String path, String json, String csrf)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (csrf != null) {
            b.header("X-CSRF-Token", csrf);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
