package org.evsynth.records.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A clinical-queries filter (Haynes/Wilczynski hedge) as Ovid's limits name it, e.g.
 * {@code limit 5 to "therapy (maximizes sensitivity)"}, with the published Ovid search string it stands for.
 *
 * <p>The strings and their sources are in {@code clinical-queries.tsv} beside this class. Ovid labels the same
 * filters in several ways over the years ("therapy (maximizes sensitivity)", "therapy (sensitivity)",
 * "treatment (sensitive)", "best balance of sensitivity and specificity", "optimized"); a label is matched by its
 * category word and its scope word.
 *
 * @param category the study category: therapy, diagnosis, prognosis, etiology, reviews, ...
 * @param scope    sensitivity, specificity or balance
 * @param ovid     the filter in Ovid MEDLINE syntax, or null when evsynth carries no string for it
 * @param source   the paper that published the filter
 * @param checked  what the string was checked against, or "not checked" (clinical-queries.tsv says which)
 */
public record ClinicalQuery(String category, String scope, String ovid, String source, String checked) {

    private static final String[][] CATEGORIES = {
        {"therapy", "therapy"}, {"treatment", "therapy"}, {"diagnosis", "diagnosis"}, {"prognosis", "prognosis"},
        {"etiology", "etiology"}, {"aetiology", "etiology"}, {"causation", "etiology"}, {"harm", "etiology"},
        {"clinical prediction", "clinical prediction guides"}, {"review", "reviews"},
        {"qualitative", "qualitative"}, {"costs", "costs"}, {"economics", "economics"},
    };
    private static final List<ClinicalQuery> PUBLISHED = read();

    /**
     * The filter a limit label names, if the label names one: with its string when evsynth has it, else with a
     * null string (the filter is known, its string is not).
     */
    static Optional<ClinicalQuery> named(String label) {
        String text = label.toLowerCase(Locale.ROOT);
        String scope = text.contains("sensitiv") && !text.contains("balance") ? "sensitivity"
                : text.contains("specific") && !text.contains("balance") ? "specificity"
                : text.contains("balance") || text.contains("optimi") ? "balance" : null;
        if (scope == null) {
            return Optional.empty();
        }
        for (String[] category : CATEGORIES) {
            if (text.startsWith(category[0]) || text.startsWith("causation-etiology") && category[1].equals("etiology")) {
                for (ClinicalQuery query : PUBLISHED) {
                    if (query.category().equals(category[1]) && query.scope().equals(scope)) {
                        return Optional.of(query);
                    }
                }
                return Optional.of(new ClinicalQuery(category[1], scope, null, null, null));
            }
        }
        return Optional.empty();
    }

    /** The filter's string parsed as the Ovid search it is; only for a filter whose string evsynth carries. */
    public SearchNode search() {
        return Hedges.search(this);
    }

    /** True when the string was compared with a copy of the published filter. */
    public boolean isChecked() {
        return checked != null && !checked.startsWith("not checked");
    }

    /** "therapy (maximizes sensitivity)". */
    public String title() {
        return category + (scope.equals("balance") ? " (best balance of sensitivity and specificity)"
                : " (maximizes " + scope + ")");
    }

    private static List<ClinicalQuery> read() {
        try (InputStream in = ClinicalQuery.class.getResourceAsStream("clinical-queries.tsv")) {
            if (in == null) {
                throw new IllegalStateException("clinical-queries.tsv is missing from the evsynth-records jar");
            }
            List<ClinicalQuery> queries = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] cells = line.split("\t");
                    queries.add(new ClinicalQuery(cells[0], cells[1], cells[2], cells[3], cells[4]));
                }
            }
            return List.copyOf(queries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
