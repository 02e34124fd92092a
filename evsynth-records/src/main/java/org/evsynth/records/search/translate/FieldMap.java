package org.evsynth.records.search.translate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evsynth.records.search.FieldCodes;

/**
 * Which field of a target interface an Ovid field code (or list of codes) becomes, from Polyglot's table.
 *
 * <p>A row whose Ovid MEDLINE cell is {@code Term.ti,ab} maps that code list to the row's cell for the target:
 * {@code Term[tiab]}, {@code Term:ti,ab}, {@code TITLE-ABS("Term")}, {@code TI=Term OR AB=Term}. The first row for a
 * code list wins, except that {@code .mp.} takes the "Text word" row ({@code [tw]}, Polyglot's own pairing), not
 * "All fields", because Ovid's multi-purpose field is a text-word search, not an all-fields one. A list no row
 * names is translated code by code. Embase on Ovid has no column: its codes are Ovid's own where the Embase
 * column says Embase has the field, with {@code .kf.} written as Embase's keyword field {@code .kw.}.
 */
final class FieldMap {

    /** Target field codes for one Ovid code list; {@code comment} is set when the mapping is not exact. */
    record Choice(List<String> codes, String comment) {
        boolean exact() {
            return comment == null;
        }
    }

    private static final Pattern OVID_CELL = Pattern.compile("Term\\.([a-z]{2}(?:,[a-z]{2})*)\\.?");
    private static final Pattern PUBMED_CELL = Pattern.compile("\\[([^\\]]+)]");
    private static final Pattern COLON_CELL = Pattern.compile("(?:Term|Word):([a-z]{2}(?:,[a-z]{2})*)");
    private static final Pattern FUNCTION_CELL = Pattern.compile("([A-Z][A-Z-]+)\\(");
    private static final Pattern TAG_CELL = Pattern.compile("\\b([A-Z]{2,4})=");
    private static final Map<String, String> PREFERRED_ROW = Map.of("mp", "Text word");

    private final TargetInterface target;
    private final Map<Set<String>, Choice> byCodes = new HashMap<>();

    FieldMap(TargetInterface target, PolyglotTable table) {
        this.target = target;
        Map<Set<String>, Choice> preferred = new HashMap<>();
        for (Map<String, String> row : table.rows()) {
            for (String column : List.of("Ovid MEDLINE", "Ovid MEDLINE 2")) {
                Matcher ovid = OVID_CELL.matcher(row.getOrDefault(column, ""));
                if (!ovid.matches()) {
                    continue;
                }
                Set<String> codes = new TreeSet<>(List.of(ovid.group(1).split(",")));
                String wanted = codes.size() == 1 ? PREFERRED_ROW.get(codes.iterator().next()) : null;
                Optional<Choice> choice = cell(row, codes);
                choice.ifPresent(c -> byCodes.putIfAbsent(codes, c));
                if (wanted != null && wanted.equals(row.get("Explanation"))) {
                    choice.ifPresent(c -> preferred.put(codes, c));
                }
            }
        }
        byCodes.putAll(preferred);
    }

    /** The target field for the Ovid codes; codes without an equivalent are left out and named in the comment. */
    Choice choose(List<String> ovidCodes) {
        Set<String> codes = new TreeSet<>(ovidCodes);
        Choice whole = byCodes.get(codes);
        if (whole != null) {
            return whole;
        }
        Set<String> out = new LinkedHashSet<>();
        List<String> comments = new ArrayList<>();
        for (String code : new LinkedHashSet<>(ovidCodes)) {
            Choice one = byCodes.get(Set.of(code));
            if (one == null) {
                comments.add(target.title() + " has no field for Ovid's ." + code + ". (" + FieldCodes.name(code)
                        + ")");
            } else {
                out.addAll(one.codes());
                if (one.comment() != null) {
                    comments.add(one.comment());
                }
            }
        }
        return new Choice(List.copyOf(out), comments.isEmpty() ? null : String.join("; ", comments));
    }

    private Optional<Choice> cell(Map<String, String> row, Set<String> ovidCodes) {
        String cell = cellFor(row);
        if (cell.isEmpty() || cell.equalsIgnoreCase("null") || cell.equals("-")) {
            return Optional.empty();
        }
        int dash = cell.indexOf(" - ");
        String comment = dash > 0 ? "Polyglot notes for " + target.title() + ": " + cell.substring(dash + 3).strip()
                : null;
        List<String> codes = codes(dash > 0 ? cell.substring(0, dash) : cell, ovidCodes);
        return codes.isEmpty() ? Optional.empty() : Optional.of(new Choice(codes, comment));
    }

    private String cellFor(Map<String, String> row) {
        if (target == TargetInterface.PUBMED) {
            for (String column : List.of("PubMed abbreviation", "PubMed abbreviation 2", "PubMed full")) {
                if (PUBMED_CELL.matcher(row.getOrDefault(column, "")).find()) {
                    return row.get(column);
                }
            }
            return "";
        }
        return row.getOrDefault(target.column(), "");
    }

    private List<String> codes(String cell, Set<String> ovidCodes) {
        List<String> codes = new ArrayList<>();
        Matcher m;
        switch (target) {
            case PUBMED:
                m = PUBMED_CELL.matcher(cell);
                if (m.find()) {
                    codes.add(m.group(1).toLowerCase(Locale.ROOT));
                }
                break;
            case COCHRANE_LIBRARY:
                m = COLON_CELL.matcher(cell);
                if (m.find()) {
                    codes.addAll(List.of(m.group(1).split(",")));
                }
                break;
            case SCOPUS:
                m = FUNCTION_CELL.matcher(cell);
                if (m.find()) {
                    codes.add(m.group(1));
                }
                break;
            case WOS:
                m = TAG_CELL.matcher(cell);
                while (m.find()) {
                    codes.add(m.group(1));
                }
                break;
            case OVID_EMBASE:
                ovidCodes.forEach(c -> codes.add(c.equals("kf") ? "kw" : c));
                break;
            default:
                codes.addAll(ovidCodes);
        }
        return codes;
    }
}
