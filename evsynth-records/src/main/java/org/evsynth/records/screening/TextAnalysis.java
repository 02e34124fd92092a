package org.evsynth.records.screening;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/** How text is cut into the terms that the TF-IDF features count. */
public enum TextAnalysis {

    /**
     * Lucene's {@link EnglishAnalyzer}: the Unicode word tokenizer (UAX#29), English possessives removed, lower
     * case, Lucene's English stop words, Porter stemming. "Randomised controlled trials" gives "random control
     * trial", so that a model learns one feature for the spellings and inflections of a word.
     */
    ENGLISH_STEMMED {
        @Override
        List<Token> tokens(String text) {
            List<Token> out = new ArrayList<>();
            try (TokenStream stream = ENGLISH.tokenStream("text", text)) {
                CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
                stream.reset();
                while (stream.incrementToken()) {
                    String surface = text.substring(offset.startOffset(), offset.endOffset());
                    out.add(new Token(term.toString(), surface.toLowerCase(Locale.ROOT)));
                }
                stream.end();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot analyse text in memory", e);
            }
            return out;
        }
    },

    /**
     * scikit-learn's {@code TfidfVectorizer} defaults, which ASReview LAB uses: lower case, words of two or more
     * word characters (the pattern {@code (?u)\b\w\w+\b}), no stop words, no stemming.
     */
    WORDS {
        @Override
        List<Token> tokens(String text) {
            return words(text, false);
        }
    },

    /**
     * As {@link #WORDS}, without Lucene's 33 English stop words ({@link EnglishAnalyzer#ENGLISH_STOP_WORDS_SET}):
     * the nearest to scikit-learn's {@code stop_words="english"} (a longer list of 318 words) that evsynth ships.
     */
    WORDS_STOPPED {
        @Override
        List<Token> tokens(String text) {
            return words(text, true);
        }
    };

    /** Lucene analyzers are thread-safe: one is shared by every thread. */
    private static final Analyzer ENGLISH = new EnglishAnalyzer();
    private static final Pattern WORD = Pattern.compile("\\b\\w\\w+\\b", Pattern.UNICODE_CHARACTER_CLASS);

    private static List<Token> words(String text, boolean dropStopWords) {
        List<Token> out = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            if (!dropStopWords || !EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(m.group())) {
                out.add(new Token(m.group(), m.group()));
            }
        }
        return out;
    }

    /** The terms of one text value in order. */
    abstract List<Token> tokens(String text);

    /**
     * One term and the text it was made from, shown to reviewers instead of a stem ("random" reads better as
     * "randomised").
     *
     * @param term    the term as indexed
     * @param surface the lower-cased text it came from
     */
    record Token(String term, String surface) {
    }
}
