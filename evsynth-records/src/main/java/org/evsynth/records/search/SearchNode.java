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
     * Ovid proximity: {@code a adjN b} finds a and b within N words of each other in either order (N - 1 words
     * between); plain {@code adj} means next to each other in the order given.
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

    /** Ovid {@code limit N to ...}: the records of line N that meet every criterion. */
    record Limit(LineRef line, List<LimitCriterion> criteria) implements SearchNode {
        public Limit {
            criteria = List.copyOf(criteria);
        }
    }

    /** One criterion of an Ovid {@code limit} command. */
    sealed interface LimitCriterion {

        /** {@code limit N to humans}: records indexed with the check tag Humans. */
        record Humans() implements LimitCriterion {
        }

        /** {@code limit N to animals}: records indexed with the check tag Animals. */
        record Animals() implements LimitCriterion {
        }

        /** {@code limit N to english language} (or another language). */
        record Language(String language) implements LimitCriterion {
        }

        /** {@code limit N to yr="2000-2015"}, both ends inclusive. */
        record YearRange(int from, int to) implements LimitCriterion {
        }

        /** {@code limit N to randomized controlled trial} and other publication types. */
        record PublicationType(String type) implements LimitCriterion {
        }
    }
}
