package org.evsynth.app.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evsynth.review.Actor;
import org.evsynth.review.Decision;
import org.evsynth.review.Screening;
import org.evsynth.review.Searches;
import org.evsynth.review.SourceKind;
import org.evsynth.review.Stage;

/** A review's records brought to the full-text stage, for the tests of the full-text, study and analysis pages. */
final class WorkFixtures {

    static final Actor REX = Actor.named("Rex");
    static final Actor OLIVIA = Actor.named("Olivia");

    private WorkFixtures() {
    }

    /** Imports one record per title (ids 1..n), both reviewers include them at title and abstract. */
    static void soughtForRetrieval(TestSite site, Path tmp, List<String> titles) throws IOException {
        StringBuilder ris = new StringBuilder();
        for (int i = 0; i < titles.size(); i++) {
            ris.append("TY  - JOUR\nTI  - ").append(titles.get(i)).append("\nAU  - Author").append(i + 1)
                    .append(", A\nPY  - ").append(2000 + i).append("\nDO  - 10.9/w").append(i + 1)
                    .append("\nAB  - About ").append(titles.get(i)).append(".\nER  - \n\n");
        }
        Path file = Files.writeString(tmp.resolve("work-" + site.backend + "-" + System.nanoTime() + ".ris"), ris);
        site.review.searches().importFile(OLIVIA, Searches.Import.of(file, "MEDLINE", SourceKind.DATABASE, null,
                null));
        for (long id = 1; id <= titles.size(); id++) {
            both(site, id, Stage.TITLE_ABSTRACT);
        }
    }

    /** As {@link #soughtForRetrieval}, then both include the records at full text. */
    static void included(TestSite site, Path tmp, List<String> titles) throws IOException {
        soughtForRetrieval(site, tmp, titles);
        for (long id = 1; id <= titles.size(); id++) {
            both(site, id, Stage.FULL_TEXT);
        }
    }

    private static void both(TestSite site, long id, Stage stage) {
        for (Actor who : List.of(REX, OLIVIA)) {
            site.review.screening().decide(who, new Screening.Decide(id, stage, Decision.INCLUDE, null, null));
        }
    }

    /** The test's one-page PDF. */
    static byte[] pdf() {
        try (InputStream in = WorkFixtures.class.getResourceAsStream("full-text.pdf")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first match's first group, or an assertion error naming the pattern. */
    static String find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new AssertionError("no " + regex + " in " + text);
        }
        return m.groupCount() > 0 ? m.group(1) : m.group();
    }
}
