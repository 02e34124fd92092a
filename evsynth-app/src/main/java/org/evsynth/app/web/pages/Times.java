package org.evsynth.app.web.pages;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Times as the pages show them: UTC, to the minute or the second, the same everywhere in the app. */
final class Times {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    private Times() {
    }

    static String minute(Instant at) {
        return at == null ? "" : MINUTE.format(at);
    }

    static String second(Instant at) {
        return at == null ? "" : SECOND.format(at);
    }
}
