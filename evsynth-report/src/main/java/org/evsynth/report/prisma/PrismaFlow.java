package org.evsynth.report.prisma;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.evsynth.report.format.Texts;

/**
 * The counts of a flow diagram after checking them against the diagram's arithmetic (Page et al. 2021, BMJ
 * 372:n71): records identified = removed before screening + screened; screened = excluded + reports sought; sought
 * = not retrieved + assessed; assessed = excluded + reports of included studies; a total = the sum of its parts.
 *
 * <p>A count that is not reported is derived only when one of these equations has it as its sole unknown (and
 * then it is marked derived), and only when it is a step of the flow or a total of its parts: what the searches
 * found (records per database, per register, from websites, organisations or citation searching, and their totals
 * unless their parts are given) and the reports excluded for each reason are what the reviewers counted, and are
 * never made up to close a sum; they stay unknown, and a warning says what the other counts would make them. An
 * equation whose counts are all known but do not add up is reported as a warning: the review's own numbers
 * disagree, and a reader should be told rather than have one of them silently replaced. Give 0 for a step that
 * did not happen (no automation tools, no registers) so that the arithmetic can go through it.
 *
 * @param counts every single count, known or not
 * @param databases per database
 * @param registers per register
 * @param reasons reports excluded per reason (databases and registers)
 * @param otherReasons reports excluded per reason (other methods)
 * @param otherMethods whether the diagram has the "other methods" column
 * @param warnings counts that do not add up, and notes from reading
 */
public record PrismaFlow(Map<PrismaKey, PrismaCount> counts, List<PrismaItem> databases, List<PrismaItem> registers,
                         List<PrismaItem> reasons, List<PrismaItem> otherReasons, boolean otherMethods,
                         List<String> warnings) {

    /** Copies everything. */
    public PrismaFlow {
        counts = Map.copyOf(counts);
        databases = List.copyOf(databases);
        registers = List.copyOf(registers);
        reasons = List.copyOf(reasons);
        otherReasons = List.copyOf(otherReasons);
        warnings = List.copyOf(warnings);
    }

    /** A single count. */
    public PrismaCount count(PrismaKey key) {
        return counts.getOrDefault(key, PrismaCount.UNKNOWN);
    }

    /** Checks and completes the counts. */
    public static PrismaFlow of(PrismaCounts input) {
        Solver solver = new Solver(input);
        return solver.solve();
    }

    /**
     * One line of the diagram's arithmetic: the sum of the left terms equals the sum of the right terms.
     *
     * @param derivable the terms that may be derived from the others: none of what the searches found, nor a part
     *                  of a total (a database's records, a reason's reports)
     */
    private record Equation(List<String> left, List<String> right, Set<String> derivable) {
    }

    /** What the searches found: reported, never derived from the counts after them. */
    private static final Set<PrismaKey> SOURCES = Set.of(PrismaKey.DATABASE_RESULTS, PrismaKey.REGISTER_RESULTS,
            PrismaKey.WEBSITE_RESULTS, PrismaKey.ORGANISATION_RESULTS, PrismaKey.CITATIONS_RESULTS);

    /** Derives what follows from the equations, and records what disagrees. */
    private static final class Solver {
        private final PrismaCounts input;
        private final Map<String, Long> values = new LinkedHashMap<>();
        private final Map<String, String> labels = new LinkedHashMap<>();
        private final Set<String> derived = new HashSet<>();
        private final List<String> warnings = new ArrayList<>();
        private final List<Equation> equations = new ArrayList<>();
        private final boolean other;

        Solver(PrismaCounts input) {
            this.input = input;
            this.other = input.hasOtherMethods();
            for (PrismaKey key : PrismaKey.values()) {
                labels.put(key.id(), key.label().toLowerCase(Locale.ROOT).replace("databases", "records from databases")
                        .replace("registers", "records from registers"));
                if (input.given().containsKey(key)) {
                    values.put(key.id(), input.given().get(key));
                }
            }
            addParts("database", PrismaKey.DATABASE_RESULTS, input.databases());
            addParts("register", PrismaKey.REGISTER_RESULTS, input.registers());
            addParts("reason", PrismaKey.DBR_EXCLUDED, input.reasons());
            addParts("other_reason", PrismaKey.OTHER_EXCLUDED, input.otherReasons());
            flow(ids(PrismaKey.DATABASE_RESULTS, PrismaKey.REGISTER_RESULTS),
                    ids(PrismaKey.DUPLICATES, PrismaKey.EXCLUDED_AUTOMATIC, PrismaKey.EXCLUDED_OTHER,
                            PrismaKey.RECORDS_SCREENED));
            flow(ids(PrismaKey.RECORDS_SCREENED), ids(PrismaKey.RECORDS_EXCLUDED, PrismaKey.DBR_SOUGHT_REPORTS));
            flow(ids(PrismaKey.DBR_SOUGHT_REPORTS), ids(PrismaKey.DBR_NOTRETRIEVED_REPORTS, PrismaKey.DBR_ASSESSED));
            if (other) {
                flow(ids(PrismaKey.OTHER_SOUGHT_REPORTS),
                        ids(PrismaKey.OTHER_NOTRETRIEVED_REPORTS, PrismaKey.OTHER_ASSESSED));
                flow(ids(PrismaKey.DBR_ASSESSED, PrismaKey.OTHER_ASSESSED),
                        ids(PrismaKey.DBR_EXCLUDED, PrismaKey.OTHER_EXCLUDED, PrismaKey.NEW_REPORTS));
            } else {
                flow(ids(PrismaKey.DBR_ASSESSED), ids(PrismaKey.DBR_EXCLUDED, PrismaKey.NEW_REPORTS));
            }
        }

        /** A step of the flow: any of its terms may be derived except what the searches found. */
        private void flow(List<String> left, List<String> right) {
            Set<String> derivable = new HashSet<>();
            for (List<String> side : List.of(left, right)) {
                side.stream().filter(id -> SOURCES.stream().noneMatch(k -> k.id().equals(id))).forEach(derivable::add);
            }
            equations.add(new Equation(left, right, derivable));
        }

        private void addParts(String prefix, PrismaKey total, List<NamedCount> parts) {
            if (parts.isEmpty()) {
                return;
            }
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < parts.size(); i++) {
                String id = prefix + ":" + i;
                labels.put(id, "'" + parts.get(i).name() + "'");
                if (parts.get(i).count() != null) {
                    values.put(id, parts.get(i).count());
                }
                ids.add(id);
            }
            equations.add(new Equation(List.of(total.id()), ids, Set.of(total.id())));
        }

        private static List<String> ids(PrismaKey... keys) {
            List<String> ids = new ArrayList<>();
            for (PrismaKey key : keys) {
                ids.add(key.id());
            }
            return ids;
        }

        PrismaFlow solve() {
            boolean changed = true;
            Set<Equation> failed = new HashSet<>();
            while (changed) {
                changed = false;
                for (Equation equation : equations) {
                    if (!failed.contains(equation) && deriveFrom(equation, failed)) {
                        changed = true;
                    }
                }
            }
            for (Equation equation : equations) {
                check(equation);
            }
            if (known(PrismaKey.NEW_STUDIES.id()) && known(PrismaKey.NEW_REPORTS.id())
                    && values.get(PrismaKey.NEW_STUDIES.id()) > values.get(PrismaKey.NEW_REPORTS.id())) {
                warnings.add(String.format(Locale.ROOT, "studies included (%d) exceed the reports of included "
                                + "studies (%d): each study has at least one report",
                        values.get(PrismaKey.NEW_STUDIES.id()), values.get(PrismaKey.NEW_REPORTS.id())));
            }
            warnings.addAll(input.notes());
            Map<PrismaKey, PrismaCount> counts = new EnumMap<>(PrismaKey.class);
            for (PrismaKey key : PrismaKey.values()) {
                counts.put(key, count(key.id()));
            }
            return new PrismaFlow(counts, items("database", input.databases()), items("register", input.registers()),
                    items("reason", input.reasons()), items("other_reason", input.otherReasons()), other, warnings);
        }

        /** Fills the sole unknown of an equation, if it has exactly one; true when it did. */
        private boolean deriveFrom(Equation equation, Set<Equation> failed) {
            List<String> unknown = new ArrayList<>();
            equation.left().stream().filter(id -> !known(id)).forEach(unknown::add);
            equation.right().stream().filter(id -> !known(id)).forEach(unknown::add);
            if (unknown.size() != 1) {
                return false;
            }
            String id = unknown.get(0);
            boolean onLeft = equation.left().contains(id);
            long value = onLeft ? sum(equation.right()) - sum(equation.left())
                    : sum(equation.left()) - sum(equation.right());
            if (!equation.derivable().contains(id)) {
                failed.add(equation);
                warnings.add(String.format(Locale.ROOT, "%s: not reported, and left unknown rather than made up to "
                        + "close a sum (%s would make it %d); give it, 0 if there were none",
                        Texts.capitalised(labels.get(id)), describe(equation), value));
                return false;
            }
            if (value < 0) {
                failed.add(equation);
                warnings.add(String.format(Locale.ROOT, "the counts given would make %s negative (%d): %s; it is "
                        + "left unknown", labels.get(id), value, describe(equation)));
                return false;
            }
            values.put(id, value);
            derived.add(id);
            return true;
        }

        private void check(Equation equation) {
            boolean complete = equation.left().stream().allMatch(this::known)
                    && equation.right().stream().allMatch(this::known);
            if (complete && sum(equation.left()) != sum(equation.right())) {
                warnings.add("the counts do not add up: " + describe(equation));
            }
        }

        private String describe(Equation equation) {
            boolean complete = equation.left().stream().allMatch(this::known)
                    && equation.right().stream().allMatch(this::known);
            String relation = complete && sum(equation.left()) != sum(equation.right()) ? " \u2260 " : " = ";
            return side(equation.left()) + relation + side(equation.right());
        }

        private String side(List<String> ids) {
            String terms = ids.stream().map(id -> labels.get(id) + " ("
                    + (known(id) ? String.valueOf(values.get(id)) : "unknown") + ")")
                    .collect(Collectors.joining(" + "));
            boolean allKnown = ids.stream().allMatch(this::known);
            return ids.size() > 1 && allKnown ? terms + " = " + sum(ids) : terms;
        }

        private boolean known(String id) {
            return values.containsKey(id);
        }

        private long sum(List<String> ids) {
            return ids.stream().filter(this::known).mapToLong(values::get).sum();
        }

        private PrismaCount count(String id) {
            return known(id) ? new PrismaCount(values.get(id), derived.contains(id)) : PrismaCount.UNKNOWN;
        }

        private List<PrismaItem> items(String prefix, List<NamedCount> parts) {
            List<PrismaItem> items = new ArrayList<>();
            for (int i = 0; i < parts.size(); i++) {
                items.add(new PrismaItem(parts.get(i).name(), count(prefix + ":" + i)));
            }
            return items;
        }
    }
}
