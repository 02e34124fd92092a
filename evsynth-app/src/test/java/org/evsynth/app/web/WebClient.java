package org.evsynth.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A client of the real server over HTTP, keeping cookies as a browser does (without following redirects, so a
 * test sees them), with the session's CSRF token once signed in.
 */
final class WebClient {

    static final ObjectMapper JSON = new ObjectMapper();

    /** A response: status, headers and body. */
    record Answer(int status, Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
        }

        List<String> all(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).toList();
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }
    }

    private final URI base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    String csrf;
    String bearer;

    WebClient(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    void login(String name, String password) {
        Answer a = postJson("/api/login", Map.of("name", name, "password", password));
        if (a.status() != 200) {
            throw new AssertionError("sign-in of " + name + " failed: " + a.status() + " " + a.body());
        }
        csrf = a.json().get("csrf_token").asText();
    }

    Answer get(String path) {
        return send(request(path).GET());
    }

    Answer postJson(String path, Object body) {
        return send(json(request(path), body, "POST"));
    }

    Answer sendJson(String method, String path, Object body) {
        return send(json(request(path), body, method));
    }

    Answer delete(String path) {
        return send(request(path).DELETE());
    }

    /** A form post as a page sends it, with the session's CSRF token unless the form holds another. */
    Answer postForm(String path, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (csrf != null) {
            all.putIfAbsent("_csrf", csrf);
        }
        String body = all.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A file for a multipart upload, with the type the browser says it has. */
    record Upload(String field, String fileName, String type, byte[] content) {
        Upload(String field, String fileName, byte[] content) {
            this(field, fileName, "application/octet-stream", content);
        }
    }

    /**
     * A form upload (multipart/form-data) as a browser sends it: the fields (the session's CSRF token among them,
     * unless the form holds another), then one file.
     */
    Answer postFile(String path, Map<String, String> fields, String field, String fileName, byte[] content) {
        return postFile(path, fields, field, fileName, "application/pdf", content);
    }

    /** A form upload with the file's type as given. */
    Answer postFile(String path, Map<String, String> fields, String field, String fileName, String type,
            byte[] content) {
        return postMultipart(path, fields, List.of(new Upload(field, fileName, type, content)));
    }

    /**
     * A multipart/form-data post as the import form sends it: the fields (the session's CSRF token added unless
     * given), then the files.
     */
    Answer postMultipart(String path, Map<String, String> fields, List<Upload> files) {
        String boundary = "----evsynth-test-" + Long.toHexString(System.nanoTime());
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (csrf != null) {
            all.putIfAbsent("_csrf", csrf);
        }
        all.forEach((name, value) -> part(body, boundary, "name=\"" + name + "\"", null,
                value.getBytes(StandardCharsets.UTF_8)));
        for (Upload f : files) {
            part(body, boundary, "name=\"" + f.field() + "\"; filename=\"" + f.fileName() + "\"",
                    f.type(), f.content());
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private static void part(java.io.ByteArrayOutputStream body, String boundary, String disposition, String type,
            byte[] content) {
        StringBuilder head = new StringBuilder("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; ").append(disposition).append("\r\n");
        if (type != null) {
            head.append("Content-Type: ").append(type).append("\r\n");
        }
        body.writeBytes(head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }

    /** A response's body as bytes. */
    byte[] bytes(String path) {
        try {
            return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray()).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Any request, with the session's CSRF header (when signed in by session) and bearer token (when set). */
    HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
        if (csrf != null) {
            b.header("X-CSRF-Token", csrf);
        }
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        return b;
    }

    Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.headers().map(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpRequest.Builder json(HttpRequest.Builder b, Object body, String method) {
        try {
            return b.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
