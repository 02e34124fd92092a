package org.evsynth.report.rob;

import org.evsynth.review.rob.Judgement;
import org.evsynth.review.rob.RobTool;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The risk-of-bias judgements of a set of studies with one tool, as robvis reads them: one row per study with
 * its label, a judgement per domain, the overall judgement and optionally a weight. This is what the traffic-light
 * and summary plots draw, and what a forest plot asks for its risk-of-bias columns.
 *
 * <p>Columns are indexed as the traffic-light plot draws them: index {@code 0 .. domainCount() - 1} is D1 to Dn and
 * index {@code domainCount()} is Overall.
 */
public final class RobTable {

    private final RobTool tool;
    private final List<RobStudy> studies;
    private final boolean weighted;
    private final List<String> warnings;

    private RobTable(RobTool tool, List<RobStudy> studies, boolean weighted, List<String> warnings) {
        this.tool = tool;
        this.studies = List.copyOf(studies);
        this.weighted = weighted;
        this.warnings = List.copyOf(warnings);
    }

    /**
     * A table from studies already in memory (the analysis bundle, tests).
     *
     * @throws IllegalArgumentException when a study has the wrong number of domains, a judgement off the tool's
     *                                  scale, a duplicate name, or when only some studies have weights
     */
    public static RobTable of(RobTool tool, List<RobStudy> studies) {
        if (studies.isEmpty()) {
            throw new IllegalArgumentException("a risk-of-bias table needs at least one study");
        }
        List<String> names = new ArrayList<>();
        int withWeight = 0;
        for (RobStudy study : studies) {
            if (study.domains().size() != tool.domains().size()) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "study '%s' has %d domain judgements; %s has %d", study.name(), study.domains().size(),
                        tool.displayName(), tool.domains().size()));
            }
            List<Judgement> all = new ArrayList<>(study.domains());
            all.add(study.overall());
            for (Judgement judgement : all) {
                if (!tool.allows(judgement)) {
                    throw new IllegalArgumentException("'" + judgement.label() + "' in study '" + study.name()
                            + "' is not a " + tool.displayName() + " judgement (" + tool.scaleText() + ")");
                }
            }
            if (names.contains(study.name())) {
                throw new IllegalArgumentException("study '" + study.name() + "' appears twice");
            }
            names.add(study.name());
            if (!Double.isNaN(study.weight())) {
                withWeight++;
            }
        }
        if (withWeight != 0 && withWeight != studies.size()) {
            throw new IllegalArgumentException("only some studies have a weight: give one to every study or none");
        }
        return new RobTable(tool, studies, withWeight != 0, List.of());
    }

    /**
     * Reads a judgement table (CSV: Study, D1..Dn, Overall, optional Weight; the layout of robvis' example data).
     *
     * @throws RobInputException naming the file, line and column of the first problem
     * @throws IOException when the file cannot be read
     */
    public static RobTable read(Path file, RobTool tool) throws IOException {
        return RobTableReader.read(file, tool);
    }

    static RobTable fromReader(RobTool tool, List<RobStudy> studies, boolean weighted, List<String> warnings) {
        return new RobTable(tool, studies, weighted, warnings);
    }

    /** What the reader changed and a reviewer should know (control characters removed), each naming its line. */
    public List<String> warnings() {
        return warnings;
    }

    /** The tool the judgements were made with. */
    public RobTool tool() {
        return tool;
    }

    /** The studies in the table's order. */
    public List<RobStudy> studies() {
        return studies;
    }

    /** The study labels in the table's order. */
    public List<String> studyNames() {
        return studies.stream().map(RobStudy::name).toList();
    }

    /** Whether every study has a weight, so that a weighted summary can be drawn. */
    public boolean hasWeights() {
        return weighted;
    }

    /** The number of domains (5 for RoB 2, 7 for ROBINS-I), not counting Overall. */
    public int domainCount() {
        return tool.domains().size();
    }

    /** The short column headings: D1 .. Dn, then Overall. */
    public List<String> columnHeadings() {
        List<String> headings = new ArrayList<>();
        for (int d = 1; d <= domainCount(); d++) {
            headings.add("D" + d);
        }
        headings.add("Overall");
        return headings;
    }

    /** The study with this label, or null. */
    public RobStudy study(String name) {
        for (RobStudy study : studies) {
            if (study.name().equals(name)) {
                return study;
            }
        }
        return null;
    }

    /**
     * A study's judgement in one column as a lower-case level ("low", "some concerns", "high", "critical",
     * "no information"; for ROBINS-I "moderate" and "serious" in place of some concerns and high), or null when
     * the table has no such study. Pass the level to {@link #levelColour} and {@link #levelSymbol} to draw it.
     *
     * @param column 0 .. domainCount() - 1 for D1 .. Dn, domainCount() for Overall
     * @throws IndexOutOfBoundsException for another column
     */
    public String judgement(String study, int column) {
        RobStudy row = study(study);
        if (row == null) {
            return null;
        }
        return column == domainCount() ? row.overall().level() : row.domains().get(column).level();
    }

    /**
     * The robvis colour (#RRGGBB) of a level as {@link #judgement} returns it, or of a judgement word in any case;
     * light grey for null or an unknown word, so that a study without an assessment still draws.
     */
    public static String levelColour(String level) {
        Judgement judgement = level == null ? null : Judgement.parse(level);
        return judgement == null ? "#D9D9D9" : judgement.colour();
    }

    /** The robvis symbol (+, -, X, !, ?) of a level, or an empty string for null or an unknown word. */
    public static String levelSymbol(String level) {
        Judgement judgement = level == null ? null : Judgement.parse(level);
        return judgement == null ? "" : judgement.symbol();
    }
}
