package org.evsynth.records.search.translate;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.evsynth.records.search.FieldCodes;
import org.evsynth.records.search.SearchNode;
import org.evsynth.records.search.SearchNode.Heading;
import org.evsynth.records.search.SearchNode.LimitCriterion;
import org.evsynth.records.search.SearchNode.Proximity;

/**
 * Ovid syntax, for MEDLINE or Embase. For Embase the field codes are Ovid's own (Embase's keyword field is
 * {@code .kw.}), and every MeSH heading is written as the Emtree heading of the same name with a comment, because
 * Emtree is another thesaurus: many MeSH headings have an Emtree heading of another name or none.
 */
final class OvidWriter extends SyntaxWriter {

    private static final Map<String, String> EMBASE_HAS_NO = Map.of("ui", "PubMed identifier", "nm",
            "MeSH substance name", "sb", "MEDLINE journal subset", "ps", "MeSH supplementary concept",
            "rs", "MeSH supplementary concept", "os", "MeSH supplementary concept");

    private final boolean embase;

    OvidWriter(TargetInterface target) {
        super(target);
        this.embase = target == TargetInterface.OVID_EMBASE;
    }

    @Override
    String label(String label) {
        return label;
    }

    @Override
    String lineRange(List<String> labels) {
        if (labels.size() > 2 && consecutive(labels)) {
            return "or/" + labels.get(0) + "-" + labels.get(labels.size() - 1);
        }
        return String.join(" or ", labels);
    }

    private static boolean consecutive(List<String> labels) {
        for (int i = 0; i < labels.size(); i++) {
            if (!labels.get(i).matches("\\d+")
                    || Integer.parseInt(labels.get(i)) != Integer.parseInt(labels.get(0)) + i) {
                return false;
            }
        }
        return true;
    }

    @Override
    String and() {
        return "and";
    }

    @Override
    String or() {
        return "or";
    }

    @Override
    String not() {
        return "not";
    }

    @Override
    String term(String text, List<String> codes, boolean grouped) {
        String word = text.matches(".*\\b(?i:and|or|not|adj\\d*|exp|use)\\b.*") || text.matches("\\d+")
                || text.matches(".*[,()\\[\\]/].*") ? "\"" + text + "\"" : text;
        return grouped || codes.equals(FieldCodes.DEFAULT) ? word : word + suffix(codes);
    }

    @Override
    String fielded(SearchNode inner, List<String> codes) {
        String body = write(inner, codes, true);
        boolean single = inner instanceof SearchNode.Term && !body.contains(" ") || body.startsWith("\"");
        return (single ? body : "(" + stripGroup(body) + ")") + suffix(codes);
    }

    private static String stripGroup(String body) {
        return wrapped(body) ? body.substring(1, body.length() - 1) : body;
    }

    private String suffix(List<String> codes) {
        StringBuilder out = new StringBuilder();
        for (String code : codes) {
            String written = embase && code.equals("kf") ? "kw" : code;
            if (embase && EMBASE_HAS_NO.containsKey(code)) {
                comment("Embase has no field ." + code + ". (" + EMBASE_HAS_NO.get(code) + "): kept as written");
            }
            out.append(out.length() == 0 ? "" : ",").append(written);
        }
        return "." + out + ".";
    }

    @Override
    String heading(Heading heading) {
        if (embase) {
            comment("MeSH heading '" + heading.name() + "' written as the Emtree heading of the same name: Emtree "
                    + "has no exact MeSH equivalent, check the term in Emtree");
        }
        String name = embase ? heading.name().toLowerCase(Locale.ROOT) : heading.name();
        String quoted = name.matches(".*\\b(?i:and|or|not)\\b.*") ? "\"" + name + "\"" : name;
        return (heading.explode() ? "exp " : "") + (heading.major() ? "*" : "") + quoted + "/"
                + String.join(", ", heading.subheadings());
    }

    @Override
    String proximity(Proximity proximity, List<String> codes, boolean grouped) {
        String left = group(write(proximity.left(), codes, true), proximity.left());
        String right = group(write(proximity.right(), codes, true), proximity.right());
        Proximity written = unorderedBeyondAdjacent(proximity);
        String text = left + (written.ordered() ? " adj " : " adj" + written.distance() + " ") + right;
        return grouped ? "(" + text + ")" : "(" + text + ")" + (codes.equals(FieldCodes.DEFAULT) ? "" : suffix(codes));
    }

    /** Ovid limits whole lines ({@code limit 3 to yr="2000-2020"}) and has no limit inside a search. */
    @Override
    String restriction(LimitCriterion criterion) {
        return null;
    }

    @Override
    String limit(String line, LimitCriterion criterion) {
        String label = criterion.label();
        boolean compound = criterion instanceof LimitCriterion.AllOf || criterion instanceof LimitCriterion.AnyOf;
        if (embase && criterion instanceof LimitCriterion.Hedge) {
            comment("the clinical-queries filter '" + label + "' is MEDLINE's; Embase on Ovid has its own filters");
        }
        return "limit " + line + " to " + (compound ? "(" + label + ")" : label);
    }
}
