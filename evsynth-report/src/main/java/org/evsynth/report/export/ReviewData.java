package org.evsynth.report.export;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.evsynth.report.prisma.NamedCount;
import org.evsynth.report.prisma.PrismaCounts;
import org.evsynth.report.prisma.PrismaKey;
import org.evsynth.review.ExtractionComparison;
import org.evsynth.review.ExtractionMode;
import org.evsynth.review.RecordState;
import org.evsynth.review.Review;
import org.evsynth.review.RiskOfBias;
import org.evsynth.review.ReviewStatus;
import org.evsynth.review.ScreeningCurve;
import org.evsynth.review.Stage;
import org.evsynth.review.StageOutcome;
import org.evsynth.review.Study;
import org.evsynth.review.rob.Judgement;
import org.evsynth.review.rob.RobTool;

/**
 * What an export reads of a live review, through the review's public API, in one place: the included studies with
 * their extracted arms and risk-of-bias judgements, the protocol, and the PRISMA counts in the diagram's terms.
 *
 * @param title the review's title
 * @param location where the review is (folder or database), for the bundle's notes
 * @param protocolYaml the protocol as written
 * @param studies the studies with at least one included report, in the review's order
 * @param prisma the review's counts as the PRISMA 2020 diagram names them
 * @param warnings included reports that belong to no study, so their data cannot be exported, and extractors'
 *                 values that differ and were not settled
 * @param screeningMethods how title-and-abstract screening was prioritised and stopped, a methods sentence; null
 *                         when it did not stop by the stopping rule
 * @param screeningCurve the team's recall curve at title and abstract when it is drawn (priority order, an include
 *                       found), else null
 */
record ReviewData(String title, String location, String protocolYaml, List<IncludedStudy> studies,
                  PrismaCounts prisma, List<String> warnings, String screeningMethods,
                  ScreeningCurve.Curve screeningCurve) {

    /**
     * An included study.
     *
     * @param label its label
     * @param arms its extracted outcome data, one entry per outcome and arm
     * @param judgements its risk-of-bias judgements
     */
    record IncludedStudy(String label, List<ExtractedArm> arms, List<Judged> judgements) {
    }

    /**
     * One arm of one outcome as extracted: the review keys it "outcome/arm" (an arm's name has no slash).
     *
     * @param outcome the outcome
     * @param arm the arm, or the measure for a contrast
     * @param values the extracted fields
     */
    record ExtractedArm(String outcome, String arm, Map<String, Object> values) {
    }

    /** A risk-of-bias judgement: its tool, the tool's name of the domain (or Overall), and the judgement. */
    record Judged(RobTool tool, String domain, Judgement judgement) {
    }

    static ReviewData of(Review review) {
        List<String> warnings = new ArrayList<>();
        Set<Long> included = new HashSet<>();
        for (RecordState s : review.recordStatuses()) {
            if (isIncluded(s)) {
                included.add(s.id());
                if (s.study() == null) {
                    warnings.add(String.format(Locale.ROOT, "record %d is included but is a report of no study; "
                            + "link it (evsynth studies) to export its data", s.id()));
                }
            }
        }
        List<IncludedStudy> studies = new ArrayList<>();
        ExtractionMode mode = review.protocol().extractionMode();
        for (Study s : review.studies().list()) {
            if (s.reports().stream().anyMatch(included::contains)) {
                List<ExtractionComparison> extraction = review.extraction().comparisons(s.id());
                warnings.addAll(unsettled(s, mode, extraction));
                studies.add(new IncludedStudy(s.label(), arms(extraction),
                        review.risksOfBias(s.id()).stream().map(ReviewData::judged).toList()));
            }
        }
        return new ReviewData(review.title(), review.location(), review.protocol().yaml(), studies,
                prisma(review.status(), review.protocol().exclusionReasons()), warnings,
                review.screeningStops().methodsText().orElse(null), curve(review));
    }

    private static ScreeningCurve.Curve curve(Review review) {
        ScreeningCurve.Curve curve = review.screeningCurve().read();
        return ScreeningCurveFigure.drawn(curve) ? curve : null;
    }

    /** Included at full text: not a duplicate, through both stages, and its full text retrieved. */
    private static boolean isIncluded(RecordState s) {
        return s.duplicateOf() == null && s.titleAbstract() != null
                && s.titleAbstract().status() == StageOutcome.Status.INCLUDED && !s.notRetrieved()
                && s.fullText() != null && s.fullText().status() == StageOutcome.Status.INCLUDED;
    }

    /** The arms' values in use: settled, agreed, or (single extraction) the newest; never an unsettled dual one. */
    private static List<ExtractedArm> arms(List<ExtractionComparison> extraction) {
        List<ExtractedArm> arms = new ArrayList<>();
        for (ExtractionComparison c : extraction) {
            if (!c.isCharacteristics() && c.inUse() != null) {
                arms.add(new ExtractedArm(c.outcome(), c.arm(), c.inUse().data()));
            }
        }
        return arms;
    }

    /** A warning per key whose extractors differ and nobody has settled, saying what is used meanwhile. */
    private static List<String> unsettled(Study study, ExtractionMode mode, List<ExtractionComparison> extraction) {
        List<String> out = new ArrayList<>();
        for (ExtractionComparison c : extraction) {
            if (c.state() != ExtractionComparison.State.DIFFERENT || c.isCharacteristics()) {
                continue;
            }
            out.add(String.format(Locale.ROOT, "study '%s', outcome '%s', arm '%s': %s extracted different %s; %s",
                    study.label(), c.outcome(), c.arm(), String.join(" and ", c.extractors()),
                    String.join(", ", c.differingFields()), mode == ExtractionMode.DUAL
                            ? "under dual extraction the arm is left out until the values are settled"
                            : "the newest (" + c.inUse().extractor() + "'s) is used until they are settled"));
        }
        return out;
    }

    private static Judged judged(RiskOfBias j) {
        return new Judged(j.tool(), j.domain(), j.judgement());
    }

    /**
     * The review's counts as the PRISMA 2020 diagram names them: records per database and per register, the totals
     * of each (0 when none was searched), and reports excluded per reason, in the order the protocol lists the
     * reasons (a reason no longer in the protocol after them, alphabetically). Records left unscreened when
     * screening stopped by the stopping rule are "marked as ineligible by automation tools", removed before
     * screening, as the review's status already counts them; nothing is removed for other reasons. A stage still
     * being screened is noted, since its counts cannot add up yet.
     */
    static PrismaCounts prisma(ReviewStatus s, List<String> reasonOrder) {
        long automatic = s.markedByAutomation();
        List<NamedCount> databases = sources(s, false);
        List<NamedCount> registers = sources(s, true);
        Map<PrismaKey, Long> given = new EnumMap<>(PrismaKey.class);
        given.put(PrismaKey.DATABASE_RESULTS, databases.stream().mapToLong(NamedCount::count).sum());
        given.put(PrismaKey.REGISTER_RESULTS, registers.stream().mapToLong(NamedCount::count).sum());
        given.put(PrismaKey.DUPLICATES, (long) s.duplicatesRemoved());
        given.put(PrismaKey.EXCLUDED_AUTOMATIC, automatic);
        given.put(PrismaKey.EXCLUDED_OTHER, 0L);
        given.put(PrismaKey.RECORDS_SCREENED, (long) s.screened());
        given.put(PrismaKey.RECORDS_EXCLUDED, (long) s.excludedScreening());
        given.put(PrismaKey.DBR_SOUGHT_REPORTS, (long) s.sought());
        given.put(PrismaKey.DBR_NOTRETRIEVED_REPORTS, (long) s.notRetrieved());
        given.put(PrismaKey.DBR_ASSESSED, (long) s.assessed());
        given.put(PrismaKey.DBR_EXCLUDED, s.excludedFullText().values().stream().mapToLong(Integer::longValue).sum());
        given.put(PrismaKey.NEW_STUDIES, (long) s.studiesIncluded());
        given.put(PrismaKey.NEW_REPORTS, (long) s.reportsIncluded());
        return new PrismaCounts(given, databases, registers, reasons(s.excludedFullText(), reasonOrder), List.of(),
                pending(s));
    }

    /** The reasons in the protocol's order, then any others alphabetically. */
    private static List<NamedCount> reasons(Map<String, Integer> excluded, List<String> order) {
        List<NamedCount> out = new ArrayList<>();
        order.stream().distinct().filter(excluded::containsKey)
                .forEach(reason -> out.add(new NamedCount(reason, excluded.get(reason).longValue())));
        new TreeMap<>(excluded).forEach((reason, n) -> {
            if (!order.contains(reason)) {
                out.add(new NamedCount(reason, n.longValue()));
            }
        });
        return out;
    }

    /** A note per stage with records still to decide: the flow's counts after it cannot add up yet. */
    private static List<String> pending(ReviewStatus s) {
        List<String> notes = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            org.evsynth.review.StagePending p = s.pending().get(stage);
            if (p != null && p.undecided() > 0) {
                notes.add(String.format(Locale.ROOT, "%s screening is not finished: %d records have no final "
                        + "decision yet (%d of them in conflict), so the counts after it do not add up yet",
                        stage == Stage.TITLE_ABSTRACT ? "Title-and-abstract" : "Full-text", p.undecided(),
                        p.conflicts()));
            }
        }
        return notes;
    }

    /** The records per source, of the registers or of the databases only, by name. */
    private static List<NamedCount> sources(ReviewStatus s, boolean registers) {
        Map<String, Integer> out = new TreeMap<>();
        s.identifiedPerSource().forEach((name, n) -> {
            if (s.registers().contains(name) == registers) {
                out.put(name, n);
            }
        });
        return named(out);
    }

    private static List<NamedCount> named(Map<String, Integer> counts) {
        List<NamedCount> out = new ArrayList<>();
        new TreeMap<>(counts).forEach((name, n) -> out.add(new NamedCount(name, n.longValue())));
        return out;
    }
}
