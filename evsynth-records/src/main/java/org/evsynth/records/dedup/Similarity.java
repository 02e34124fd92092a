package org.evsynth.records.dedup;

import java.util.Set;

/** String and set similarities on folded text, each in [0, 1]. */
public final class Similarity {

    private Similarity() {
    }

    /**
     * Jaro-Winkler similarity (Winkler 1990) with prefix scale 0.1 over at most four characters; 1 for two
     * empty strings.
     */
    public static double jaroWinkler(String a, String b) {
        if (a.equals(b)) {
            return 1.0;
        }
        if (a.isEmpty() || b.isEmpty()) {
            return 0.0;
        }
        int window = Math.max(0, Math.max(a.length(), b.length()) / 2 - 1);
        boolean[] matchedA = new boolean[a.length()];
        boolean[] matchedB = new boolean[b.length()];
        int matches = 0;
        for (int i = 0; i < a.length(); i++) {
            int from = Math.max(0, i - window);
            int to = Math.min(b.length() - 1, i + window);
            for (int j = from; j <= to; j++) {
                if (!matchedB[j] && a.charAt(i) == b.charAt(j)) {
                    matchedA[i] = true;
                    matchedB[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0.0;
        }
        int transpositions = 0;
        int k = 0;
        for (int i = 0; i < a.length(); i++) {
            if (matchedA[i]) {
                while (!matchedB[k]) {
                    k++;
                }
                if (a.charAt(i) != b.charAt(k)) {
                    transpositions++;
                }
                k++;
            }
        }
        double m = matches;
        double jaro = (m / a.length() + m / b.length() + (m - transpositions / 2.0) / m) / 3.0;
        int prefix = 0;
        while (prefix < Math.min(4, Math.min(a.length(), b.length())) && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1 - jaro);
    }

    /** Sørensen-Dice coefficient of two sets: 2|A∩B| / (|A|+|B|); 0 when both are empty. */
    public static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0.0;
        }
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        int common = 0;
        for (String s : small) {
            if (large.contains(s)) {
                common++;
            }
        }
        return 2.0 * common / (a.size() + b.size());
    }

    /**
     * Title similarity: the Dice coefficient of the word sets, raised to 0.95 when one title is the other
     * with words added (a subtitle or a bracketed translation dropped by one database); between 0.5 and 0.9,
     * at least the Jaro-Winkler similarity less 0.05, so that typing errors inside words still count while
     * unrelated titles sharing a first word do not.
     */
    public static double title(RecordFeatures a, RecordFeatures b) {
        if (a.title().isEmpty() || b.title().isEmpty()) {
            return 0.0;
        }
        if (a.title().equals(b.title())) {
            return 1.0;
        }
        double dice = dice(a.titleTokens(), b.titleTokens());
        String shorter = a.title().length() <= b.title().length() ? a.title() : b.title();
        String longer = shorter == a.title() ? b.title() : a.title();
        if (shorter.length() >= 30 && longer.startsWith(shorter)) {
            dice = Math.max(dice, 0.95);
        }
        if (dice < 0.5 || dice >= 0.9) {
            return dice;
        }
        return Math.max(dice, jaroWinkler(a.title(), b.title()) - 0.05);
    }

    /**
     * Author similarity: the first authors' Jaro-Winkler similarity weighted with the Dice coefficient of the
     * family-name lists (first author 0.6, list 0.4).
     */
    public static double authors(RecordFeatures a, RecordFeatures b) {
        if (a.authors().isEmpty() || b.authors().isEmpty()) {
            return 0.0;
        }
        double first = jaroWinkler(a.firstAuthor(), b.firstAuthor());
        double list = dice(a.authorSet(), b.authorSet());
        return 0.6 * first + 0.4 * list;
    }

    /**
     * Journal similarity: 1 for the same folded title; an abbreviation matches a full title when each of its
     * words begins a word of the full title in order ("j am coll cardiol" and "journal of the american
     * college of cardiology"); otherwise Jaro-Winkler.
     */
    public static double journal(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0.0;
        }
        if (a.equals(b) || a.startsWith(b + " ") || b.startsWith(a + " ")) {
            return 1.0;
        }
        if (isAbbreviationOf(a, b) || isAbbreviationOf(b, a)) {
            return 0.95;
        }
        return jaroWinkler(a, b);
    }

    private static boolean isAbbreviationOf(String abbreviation, String full) {
        String[] words = abbreviation.split(" ");
        String[] fullWords = full.split(" ");
        if (words.length < 2) {
            return false;
        }
        int j = 0;
        for (String w : words) {
            while (j < fullWords.length && !fullWords[j].startsWith(w)) {
                j++;
            }
            if (j == fullWords.length) {
                return false;
            }
            j++;
        }
        return true;
    }
}
