package org.evsynth.records.io;

import java.util.List;
import java.util.Locale;

/** Names the database a record came from, from a database tag or, failing that, from its links and accession number. */
final class SourceDatabases {

    private SourceDatabases() {
    }

    static String guess(String declared, List<String> hints) {
        if (declared != null && !declared.isBlank()) {
            return declared.strip();
        }
        for (String hint : hints) {
            String h = hint.toLowerCase(Locale.ROOT);
            if (h.contains("scopus.com")) {
                return "Scopus";
            }
            if (h.contains("embase.com")) {
                return "Embase";
            }
            if (h.startsWith("wos:") || h.contains("webofknowledge") || h.contains("webofscience")) {
                return "Web of Science";
            }
            if (h.contains("ovid.com")) {
                return "Ovid";
            }
            if (h.contains("proquest.com")) {
                return "ProQuest";
            }
            if (h.contains("pubmed")) {
                return "PubMed";
            }
        }
        return null;
    }
}
