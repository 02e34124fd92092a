package org.evsynth.records.search;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.util.automaton.CompiledAutomaton;
import org.apache.lucene.util.automaton.Operations;
import org.apache.lucene.util.automaton.RegExp;

/**
 * Ovid truncation and wildcards, turned into a Lucene regular expression over indexed terms.
 *
 * <p>Ovid MEDLINE syntax (Ovid "Truncation and wildcards" help; Polyglot v4 table): {@code *} or {@code $} at the
 * end of a word is unlimited truncation; {@code $N} (or {@code *N}) allows at most N further characters;
 * {@code #} stands for exactly one character and {@code ?} for zero or one ("colo?r" finds color and colour).
 * Lucene's own wildcard syntax has no "zero or one", so every pattern becomes a {@link RegexpQuery}.
 */
public final class WordPattern {

    private static final String WILDCARDS = "*$#?";

    private WordPattern() {
    }

    /** True if the folded word carries truncation or a wildcard. */
    public static boolean isPattern(String word) {
        return word.chars().anyMatch(c -> WILDCARDS.indexOf(c) >= 0);
    }

    /** The pattern as a Lucene regular expression; other characters match themselves. */
    public static String regex(String pattern) {
        StringBuilder regex = new StringBuilder();
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '*' || c == '$') {
                int end = digitsEnd(pattern, i + 1);
                regex.append(end > i + 1 && end == pattern.length()
                        ? ".{0," + pattern.substring(i + 1, end) + "}"
                        : ".*");
                i = end > i + 1 && end == pattern.length() ? end : i + 1;
                continue;
            }
            if (c == '#') {
                regex.append('.');
            } else if (c == '?') {
                regex.append(".?");
            } else if (Character.isLetterOrDigit(c)) {
                regex.append(c);
            } else {
                regex.append('\\').append(c);
            }
            i++;
        }
        return regex.toString();
    }

    /** A multi-term query for the pattern in one field; constant-score, so any number of expansions is fine. */
    public static MultiTermQuery query(String field, String pattern) {
        return new RegexpQuery(new Term(field, regex(pattern)));
    }

    /** The pattern compiled for interval (proximity) sources. */
    public static CompiledAutomaton automaton(String pattern) {
        return new CompiledAutomaton(new RegExp(regex(pattern)).toAutomaton(Operations.DEFAULT_DETERMINIZE_WORK_LIMIT));
    }

    private static int digitsEnd(String s, int from) {
        int i = from;
        while (i < s.length() && Character.isDigit(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
