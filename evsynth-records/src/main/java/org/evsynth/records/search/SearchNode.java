package org.evsynth.records.search;

import java.util.List;
import java.util.Objects;

/**
 * One node of a parsed search line: the abstract syntax of Ovid MEDLINE (and the PubMed tags some strategies
 * use instead), independent of Lucene so that parsing can be tested, printed and checked on its own.
 *
 * <p>Syntax follows the Ovid MEDLINE field guide and syntax reference as tabulated by the Polyglot search
 * translator (Clark et al. 2020, IEBH/sra-polyglot): {@code Heading/}, {@code exp Heading/}, {@code *Heading/},
 * {@code term.ti,ab.}, truncation {@code * $ $N}, wildcards {@code # ?}, {@code adjN}, line references and
 * {@code or/1-10}.
 */
public sealed interface SearchNode {

    /**
     * Literal text to find: one word, or several that must occur as a phrase (Ovid searches adjacent words as a
     * phrase). Words may carry Ovid truncation ({@code *}, {@code $}, {@code $N}) and wildcards ({@code #} exactly
     * one character, {@code ?} zero or one).
     */
    record Term(String text) implements SearchNode {
        public Term {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * A subject heading search: {@code Heading/}, {@code exp Heading/}, {@code *Heading/} (major topic), with
     * optional subheadings {@code /di, th}.
     */
    record Heading(String name, boolean explode, boolean major, List<String> subheadings) implements SearchNode {
        public Heading {
            Objects.requireNonNull(name, "name");
            subheadings = List.copyOf(subheadings);
        }
    }

    /**
     * Proximity: {@code a adjN b} (Ovid), {@code a NEAR/N b} (Cochrane Library, Embase.com) find a and b within N
     * words of each other in either order (N - 1 words between); ordered, they must also come in the order given:
     * plain {@code adj} and the Cochrane Library's {@code NEXT} (next to each other, distance 1), Embase.com's
     * {@code NEXT/N} (within N words, in order).
     */
    record Proximity(SearchNode left, SearchNode right, int distance, boolean ordered) implements SearchNode {
    }

    /** All of the operands. */
    record And(List<SearchNode> operands) implements SearchNode {
        public And {
            operands = List.copyOf(operands);
        }
    }

    /** Any of the operands. */
    record Or(List<SearchNode> operands) implements SearchNode {
        public Or {
            operands = List.copyOf(operands);
        }
    }

    /** The first operand without the second. */
    record Not(SearchNode include, SearchNode exclude) implements SearchNode {
    }

    /** The result set of an earlier line, by its label ({@code 12}, or {@code 1a} in labelled PubMed layouts). */
    record LineRef(String label) implements SearchNode {
    }

    /** The inner search restricted to fields, by their Ovid codes as written ({@code ti}, {@code ab}, ...). */
    record Fielded(SearchNode inner, List<String> fieldCodes) implements SearchNode {
        public Fielded {
            fieldCodes = List.copyOf(fieldCodes);
        }
    }

    /**
     * Ovid's {@code use} operator in a multi-file search ({@code exp Heart Failure/ use ppez}): the inner search,
     * in the named database segments only.
     */
    record Use(SearchNode inner, String segments) implements SearchNode {
    }

    /** Ovid {@code limit N to ...}: the records of line N that meet the criterion. */
    record Limit(LineRef line, LimitCriterion criterion) implements SearchNode {
    }

    /**
     * A limit criterion written inside a search, as an operand: the Cochrane Library's
     * {@code ... with Publication Year from 2000 to 2020, in Trials} and Embase.com's {@code [humans]/lim},
     * {@code [2000-2020]/py}. It stands for the records that meet the criterion.
     */
    record Criterion(LimitCriterion criterion) implements SearchNode {
    }

    /**
     * One criterion of an Ovid {@code limit} command, as Ovid's limit names it; several are joined with
     * {@code and}/{@code or}.
     */
    sealed interface LimitCriterion {

        /** The name the strategy gave it, for notes. */
        String label();

        /**
         * A MEDLINE check tag or age group: records indexed with any of the headings ({@code humans};
         * {@code "all child (0 to 18 years)"} is Infant, Newborn; Infant; Child, Preschool; Child; Adolescent).
         */
        record CheckTag(String label, List<String> headings) implements LimitCriterion {
            public CheckTag {
                headings = List.copyOf(headings);
            }
        }

        /** {@code limit N to english language} (or another language). */
        record Language(String label, String language) implements LimitCriterion {
        }

        /**
         * A date limit ({@code yr="2000 - Current"}, {@code ed=20150101-20151231}, {@code em=201501-201512}) on
         * the Ovid date field named by its code; both ends inclusive, as YYYYMMDD.
         */
        record DateRange(String label, String code, int from, int to) implements LimitCriterion {
        }

        /** Publication types: any of them ({@code clinical trial, all} is every clinical-trial type). */
        record PublicationType(String label, List<String> types) implements LimitCriterion {
            public PublicationType {
                types = List.copyOf(types);
            }
        }

        /** {@code limit N to abstracts}: records with an abstract. */
        record HasAbstract(String label) implements LimitCriterion {
        }

        /** A clinical-queries limit, run as the published search string it stands for. */
        record Hedge(String label, ClinicalQuery query) implements LimitCriterion {
        }

        /** A limit the records cannot answer (full text, journal subsets, relative dates): passed over. */
        record Unanswerable(String label, String reason) implements LimitCriterion {
        }

        /** Every criterion. */
        record AllOf(String label, List<LimitCriterion> criteria) implements LimitCriterion {
            public AllOf {
                criteria = List.copyOf(criteria);
            }
        }

        /** Any criterion. */
        record AnyOf(String label, List<LimitCriterion> criteria) implements LimitCriterion {
            public AnyOf {
                criteria = List.copyOf(criteria);
            }
        }
    }
}
