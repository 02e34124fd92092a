package org.evsynth.records.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.util.CharTokenizer;

/**
 * One definition of "a word", shared by the index and the query side so the two always agree.
 *
 * <p>A word is a maximal run of letters and digits, lower-cased ({@link Locale#ROOT}) and folded to ASCII. Ovid
 * treats hyphens and other punctuation as word breaks ("intra-ocular" is searched as the phrase "intra ocular"),
 * and so does this. Query words may also hold the Ovid truncation and wildcard characters {@code * $ # ?}, which
 * {@link #queryWords} keeps inside the word.
 */
public final class TextNormalizer {

    /**
     * Gap between the values of a multi-valued field, larger than any {@code adjN} (Ovid allows N up to 99), so
     * proximity never spans two keywords or two headings.
     */
    static final int VALUE_GAP = 1000;

    private static final String WILDCARDS = "*$#?";

    private TextNormalizer() {
    }

    /** The analyzer for word-indexed fields. */
    public static Analyzer analyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = CharTokenizer.fromTokenCharPredicate(Character::isLetterOrDigit);
                TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer));
                return new TokenStreamComponents(tokenizer, stream);
            }

            @Override
            public int getPositionIncrementGap(String fieldName) {
                return VALUE_GAP;
            }
        };
    }

    /** Lower case and ASCII folding of one word, the same as the analyzer applies to indexed text. */
    public static String fold(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        char[] in = lower.toCharArray();
        char[] out = new char[in.length * 4];
        int length = ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, in.length);
        return new String(out, 0, length);
    }

    /**
     * A whole value of a phrase-indexed field: folded, punctuation runs turned into one space, so that
     * "Tomography, Emission-Computed" and "tomography emission computed" are the same heading.
     */
    public static String phrase(String value) {
        return String.join(" ", split(value, false)).trim();
    }

    /** The words of a query text, keeping truncation and wildcard characters inside them. */
    public static List<String> queryWords(String text) {
        return split(text, true);
    }

    private static List<String> split(String text, boolean keepWildcards) {
        List<String> words = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        text.codePoints().forEach(cp -> {
            boolean inWord = Character.isLetterOrDigit(cp) || keepWildcards && WILDCARDS.indexOf(cp) >= 0;
            if (inWord) {
                current.appendCodePoint(cp);
            } else if (current.length() > 0) {
                words.add(fold(current.toString()));
                current.setLength(0);
            }
        });
        if (current.length() > 0) {
            words.add(fold(current.toString()));
        }
        return words;
    }
}
