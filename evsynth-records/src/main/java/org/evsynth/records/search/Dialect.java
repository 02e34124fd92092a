package org.evsynth.records.search;

import java.util.regex.Pattern;

/**
 * The interface a strategy was written for.
 *
 * <p>Most CLEF TAR 2017 strategies are Ovid MEDLINE; a few are PubMed ({@code term[tiab]},
 * {@code Heading[mesh]}). Both are read into the same {@link SearchNode} tree.
 */
public enum Dialect {
    OVID,
    PUBMED;

    private static final Pattern PUBMED_TAG = Pattern.compile(
            "\\[(tw|tiab|ti|ab|mesh|mh|majr|sh|pt|la|all|all fields|mesh:noexp|mh:noexp|majr:noexp|dp|pdat|nm"
                    + "|rn|pmid|uid|au|title/abstract|mesh terms|text word|publication type)]",
            Pattern.CASE_INSENSITIVE);

    /** PubMed if the text carries PubMed field tags, else Ovid. */
    public static Dialect detect(String strategyText) {
        return PUBMED_TAG.matcher(strategyText).find() ? PUBMED : OVID;
    }
}
