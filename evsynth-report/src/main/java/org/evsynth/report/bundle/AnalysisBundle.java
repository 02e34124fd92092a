package org.evsynth.report.bundle;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.evsynth.report.prisma.PrismaCounts;
import org.evsynth.report.rob.RobTable;
import org.evsynth.review.ScreeningCurve;
import org.evsynth.review.rob.RobTool;

/**
 * A review's analysis as a folder a person can read and keep under version control: {@code review.yaml} naming
 * the review, its comparisons and outcomes, the outcomes' study tables (CSV in evsynth's input format), and
 * optionally a risk-of-bias judgement table and PRISMA counts. The schema is in the README, "The analysis bundle
 * (review.yaml)".
 *
 * @param dir the folder
 * @param title the review's title
 * @param question the question
 * @param authors authors, may be empty
 * @param notes free text about the bundle ("" if none)
 * @param screeningMethods how title-and-abstract screening was ordered and stopped, for the report's Methods
 *                         ({@code screening_methods}; "" if none)
 * @param comparisons the comparisons
 * @param riskOfBias the risk-of-bias judgements, or null
 * @param prisma the PRISMA counts, or null
 * @param screeningCurve the team's recall curve at title and abstract in priority order, or null
 * @param warnings what reading changed that a reviewer should know (control characters removed), each with its
 *                 file and line
 */
public record AnalysisBundle(Path dir, String title, Question question, List<String> authors, String notes,
                             String screeningMethods, List<Comparison> comparisons, RiskOfBias riskOfBias,
                             Prisma prisma, ScreeningCurve.Curve screeningCurve, List<String> warnings) {

    /** A bundle that says nothing of how its records were screened. */
    public AnalysisBundle(Path dir, String title, Question question, List<String> authors, String notes,
                          List<Comparison> comparisons, RiskOfBias riskOfBias, Prisma prisma, List<String> warnings) {
        this(dir, title, question, authors, notes, "", comparisons, riskOfBias, prisma, null, warnings);
    }

    /** The file that describes a bundle. */
    public static final String REVIEW_FILE = "review.yaml";

    /**
     * Risk-of-bias judgements, read and checked.
     *
     * @param tool the tool
     * @param file the CSV file
     * @param table the judgements
     */
    public record RiskOfBias(RobTool tool, Path file, RobTable table) {
    }

    /**
     * PRISMA counts, read and checked.
     *
     * @param file the CSV file
     * @param counts the counts; unknown counts are absent
     */
    public record Prisma(Path file, PrismaCounts counts) {
    }

    /** Copies the lists. */
    public AnalysisBundle {
        authors = List.copyOf(authors);
        comparisons = List.copyOf(comparisons);
        warnings = List.copyOf(warnings);
    }

    /**
     * Reads and validates {@code dir/review.yaml}, checks that every data file exists and has the columns the
     * outcome names (subgroup and cumulative-order columns), and reads the risk-of-bias and PRISMA files.
     *
     * @throws BundleException listing every problem with its file, line and key path
     * @throws IOException if a file exists but cannot be read
     */
    public static AnalysisBundle load(Path dir) throws BundleException, IOException {
        return BundleReader.read(dir);
    }

    /** Every outcome of every comparison, in file order. */
    public List<Outcome> outcomes() {
        return comparisons.stream().flatMap(c -> c.outcomes().stream()).toList();
    }
}
