package org.evsynth.report.grade;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.evsynth.review.rob.RobTool;

/**
 * The reviewers' GRADE assessment of one outcome: where certainty starts, the rating in each domain, and where
 * it ends.
 *
 * <p>Randomised trials start at high certainty; non-randomised studies start at low, or at high when their risk of
 * bias was assessed with ROBINS-I, because ROBINS-I already judges confounding and selection against a target
 * trial (Schünemann et al. 2019, "GRADE guidelines: 18", J Clin Epidemiol 111:105; kept in the GRADE Working
 * Group's 2024 guidance). Certainty then moves down one level per level rated down and up one per level rated
 * up, never beyond high or below very low (GRADE handbook 5.1).
 *
 * @param design the studies' design
 * @param robTool the risk-of-bias tool, or null if none is named
 * @param start the starting certainty: stated by the reviewers or derived from the design and tool
 * @param ratings one rating per domain, in {@link Domain} order (domains not given are rated 0)
 */
public record GradeAssessment(StudyDesign design, RobTool robTool, Certainty start, List<Rating> ratings) {

    /** Fills in unrated domains and puts ratings in domain order; rejects a domain rated twice. */
    public GradeAssessment {
        Objects.requireNonNull(design, "design");
        Objects.requireNonNull(start, "start");
        Map<Domain, Rating> byDomain = new EnumMap<>(Domain.class);
        for (Rating r : ratings) {
            if (byDomain.put(r.domain(), r) != null) {
                throw new IllegalArgumentException("domain " + r.domain().key() + " is rated twice");
            }
        }
        List<Rating> all = new ArrayList<>();
        for (Domain d : Domain.values()) {
            all.add(byDomain.getOrDefault(d, Rating.none(d)));
        }
        ratings = List.copyOf(all);
    }

    /** An assessment starting where GRADE starts for the design and tool. */
    public static GradeAssessment of(StudyDesign design, RobTool robTool, List<Rating> ratings) {
        return new GradeAssessment(design, robTool, defaultStart(design, robTool), ratings);
    }

    /** High for randomised trials and for non-randomised studies assessed with ROBINS-I; low otherwise. */
    public static Certainty defaultStart(StudyDesign design, RobTool robTool) {
        return design == StudyDesign.RANDOMISED || robTool == RobTool.ROBINS_I ? Certainty.HIGH : Certainty.LOW;
    }

    /** The rating in a domain. */
    public Rating rating(Domain domain) {
        return ratings.get(domain.ordinal());
    }

    /** Levels rated down, as a negative number or 0. */
    public int down() {
        return ratings.stream().filter(r -> !r.domain().isUpgrade()).mapToInt(Rating::levels).sum();
    }

    /** Levels rated up, 0 or more. */
    public int up() {
        return ratings.stream().filter(r -> r.domain().isUpgrade()).mapToInt(Rating::levels).sum();
    }

    /** The resulting certainty. */
    public Certainty certainty() {
        return start.shift(down() + up());
    }

    /** The ratings that moved certainty (non-zero), in domain order: each gets a footnote. */
    public List<Rating> reasons() {
        return ratings.stream().filter(r -> r.levels() != 0).toList();
    }

    /**
     * Things the reviewers should look at again, not errors: GRADE rates up mainly non-randomised evidence with no
     * serious limitation (Guyatt et al. 2011, J Clin Epidemiol 64:1311).
     */
    public List<String> cautions() {
        List<String> cautions = new ArrayList<>();
        if (up() > 0 && down() < 0) {
            cautions.add(String.format(Locale.ROOT,
                    "rated up %d and down %d: GRADE rates up mainly when nothing was rated down", up(), -down()));
        }
        if (up() > 0 && design == StudyDesign.RANDOMISED) {
            cautions.add("rated up although the evidence is from randomised trials, which rarely warrants it");
        }
        return cautions;
    }
}
