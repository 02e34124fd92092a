package org.evsynth.report.bundle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.evsynth.report.grade.Certainty;
import org.evsynth.report.grade.Domain;
import org.evsynth.report.grade.GradeAssessment;
import org.evsynth.report.grade.Rating;
import org.evsynth.report.grade.StudyDesign;
import org.evsynth.review.rob.RobTool;

/**
 * Reads an outcome's {@code grade:} block. Every rating-down domain must be stated (0 when not serious), so that a
 * domain cannot be forgotten silently; the rating-up domains default to 0. A rating is a number, or a mapping
 * {@code {rating: -1, reason: ...}}; a non-zero rating needs a reason.
 */
final class GradeReader {

    private static final Map<String, Certainty> STARTS = new LinkedHashMap<>();

    static {
        STARTS.put("high", Certainty.HIGH);
        STARTS.put("low", Certainty.LOW);
    }

    private GradeReader() {
    }

    static GradeAssessment read(Fields g, StudyDesign design, RobTool robTool) {
        Certainty start = g.choice("start", STARTS, GradeAssessment.defaultStart(design, robTool), false);
        List<Rating> ratings = new ArrayList<>();
        for (Domain domain : Domain.values()) {
            Rating rating = rating(g, domain);
            if (rating != null) {
                ratings.add(rating);
            }
        }
        g.finish();
        return new GradeAssessment(design, robTool, start, ratings);
    }

    private static Rating rating(Fields g, Domain domain) {
        String key = domain.key();
        if (!g.has(key)) {
            if (!domain.isUpgrade()) {
                g.problem(key, "missing; rate every domain (0 when not serious), so none is forgotten");
            }
            return null;
        }
        YamlNode node = g.raw(key);
        int range = domain.maxLevels();
        int min = domain.isUpgrade() ? 0 : -range;
        int max = domain.isUpgrade() ? range : 0;
        Integer levels;
        String reason = null;
        if (node instanceof YamlNode.Mapping) {
            Fields r = g.mapping(key, true);
            levels = r.integer("rating", min, max, null);
            if (!r.has("rating")) {
                r.problem("rating", "missing; give the levels moved (" + min + " to " + max + ")");
            }
            reason = r.text("reason", false);
            r.finish();
        } else {
            levels = g.integer(key, min, max, null);
        }
        if (levels == null) {
            return null;
        }
        try {
            return new Rating(domain, levels, reason);
        } catch (IllegalArgumentException e) {
            g.problem(key, e.getMessage() + "; write " + key + ": {rating: " + levels + ", reason: ...}");
            return null;
        }
    }
}
