package org.evsynth.records.dedup;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.evsynth.records.BibRecord;
import org.evsynth.records.RecordType;

/**
 * What a record is, for deduplication: an erratum, retraction or comment shares title words, authors and
 * journal with its article but is not a duplicate of it (merging would hide the correction from the
 * review), and a conference abstract is a separate report that may or may not describe the same study as a
 * full paper.
 * Records of different kinds are never merged automatically. Errata are known by their title ("Erratum",
 * "Corrigendum to", "Correction to:", a trailing "(Erratum)", or Web of Science's "(vol 104, pg 150, 2017)"
 * after the corrected paper's title) or by their publication type ("Erratum", "Published Erratum",
 * "Correction").
 */
public enum RecordKind {
    ARTICLE, ERRATUM, RETRACTION, COMMENT, CONFERENCE_ABSTRACT;

    /** "Erratum", "Corrigendum", "Correction: ..." or "Correction to ...", but not "Correction of hypoxaemia in ...". */
    private static final Pattern ERRATUM_TITLE = Pattern.compile(
            "^(?:erratum|errata|corrigendum|corrigenda)\\b.*"
                    + "|^(?:author |publisher |editorial )?corrections?(?:\\s*[:.\\[(]|\\s+(?:to|notice)\\b|\\s*$).*"
                    + "|.*[(\\[](?:erratum|correction)[)\\]]\\s*\\.?$");
    private static final Pattern RETRACTION_TITLE = Pattern.compile(
            "^(?:retraction|retracted|notice of retraction|expression of concern)\\b.*");
    /** Replies and comments, but not "Response to treatment ...": a response must be to a letter or comment. */
    private static final Pattern COMMENT_TITLE = Pattern.compile(
            "^(?:comments? on|commentary on|reply to|in reply|authors'? reply|re:|response to (?:the )?"
                    + "(?:letter|comment|commentary|correspondence|editorial)|letter to the editor)\\b.*");

    /** The kind of a record, from its title's first words, publication types and type. */
    public static RecordKind of(BibRecord r) {
        String title = r.title() == null ? "" : r.title().toLowerCase(Locale.ROOT).strip();
        String types = String.join(";", r.publicationTypes()).toLowerCase(Locale.ROOT);
        if (RETRACTION_TITLE.matcher(title).matches() || types.contains("retraction of publication")) {
            return RETRACTION;
        }
        if (ERRATUM_TITLE.matcher(title).matches() || NoticeTitle.WOS_CITATION.matcher(title).find()
                || types.contains("erratum") || hasCorrectionType(r.publicationTypes())) {
            return ERRATUM;
        }
        if (COMMENT_TITLE.matcher(title).matches() || containsAny(types, List.of("comment", "reply"))) {
            return COMMENT;
        }
        String journal = r.journal() == null ? "" : r.journal().toLowerCase(Locale.ROOT);
        if (r.type() == RecordType.CONFERENCE_PAPER
                || containsAny(types, List.of("conference abstract", "meeting abstract", "congress", "conference paper"))
                || containsAny(journal, List.of("conference:", "congress", "meeting abstract", "abstracts of"))) {
            return CONFERENCE_ABSTRACT;
        }
        return ARTICLE;
    }

    /** Web of Science's document types "Correction" and "Correction, Addition" (not "Corrected and Republished"). */
    private static boolean hasCorrectionType(List<String> types) {
        for (String type : types) {
            String t = type.toLowerCase(Locale.ROOT).strip();
            if (t.equals("correction") || t.startsWith("correction,") || t.equals("corrigendum")) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsAny(String text, List<String> words) {
        for (String w : words) {
            if (text.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
