package org.evsynth.report.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.evsynth.stats.bias.SmallStudyTests;
import org.evsynth.stats.effect.BinaryStudy;
import org.evsynth.stats.effect.EffectMeasure;
import org.evsynth.stats.effect.StudyEffect;
import org.evsynth.stats.meta.MetaAnalysis;
import org.evsynth.stats.meta.MetaAnalysisResult;
import org.junit.jupiter.api.Test;

class GradeSignalsTest {

    /** metafor's dat.bcg, the README's example: k = 13, I² 92%. */
    private static final List<BinaryStudy> BCG = List.of(
            BinaryStudy.of("Aronson 1948", 4, 123, 11, 139), BinaryStudy.of("Ferguson & Simes 1949", 6, 306, 29, 303),
            BinaryStudy.of("Rosenthal 1960", 3, 231, 11, 220), BinaryStudy.of("Hart 1977", 62, 13598, 248, 12867),
            BinaryStudy.of("Frimodt-Moller 1973", 33, 5069, 47, 5808), BinaryStudy.of("Stein 1953", 180, 1541, 372, 1451),
            BinaryStudy.of("Vandiviere 1973", 8, 2545, 10, 629), BinaryStudy.of("TPT Madras 1980", 505, 88391, 499, 88391),
            BinaryStudy.of("Coetzee 1968", 29, 7499, 45, 7277), BinaryStudy.of("Rosenthal 1961", 17, 1716, 65, 1665),
            BinaryStudy.of("Comstock 1974", 186, 50634, 141, 27338), BinaryStudy.of("Comstock 1969", 5, 2498, 3, 2341),
            BinaryStudy.of("Comstock 1976", 27, 16913, 29, 17854));

    @Test
    void heterogeneousAnalysisWithTenOrMoreStudies() {
        MetaAnalysisResult r = MetaAnalysis.withDefaults().run(EffectMeasure.RR, BCG);
        GradeSignals s = GradeSignals.of(r, GradeSignals.Inputs.none().withParticipants(357347));
        assertEquals(r.heterogeneity().i2(), s.inconsistency().i2(), 0);
        assertEquals(-1, s.inconsistency().suggested());
        assertTrue(s.inconsistency().piIncludesNoEffect()); // PI 0.13 to 1.78
        assertFalse(s.inconsistency().ciIncludesNoEffect());
        assertFalse(s.imprecision().ciIncludesNoEffect());
        assertEquals(0, s.imprecision().suggested());
        List<StudyEffect> effects = new ArrayList<>();
        r.studies().forEach(x -> effects.add(new StudyEffect(x.study(), x.theta(), x.variance(), null)));
        assertTrue(s.publicationBias().tested());
        assertEquals(SmallStudyTests.egger(effects).pValue(), s.publicationBias().eggerP(), 1e-15);
        assertEquals(0.19, s.publicationBias().eggerP(), 0.005); // README: Egger P = 0.19
        assertEquals(0, s.publicationBias().suggested());
    }

    @Test
    void singleStudyWithThresholdAndInformationSize() {
        // DanGer Shock deaths 82/179 vs 103/176: RR 0.78 (0.64 to 0.96), 355 participants
        MetaAnalysisResult r = MetaAnalysis.withDefaults().run(EffectMeasure.RR,
                List.of(BinaryStudy.of("DanGer Shock", 82, 179, 103, 176)));
        GradeSignals s = GradeSignals.of(r, GradeSignals.Inputs.none().withParticipants(355)
                .withComparatorRisk(103.0 / 176).withThreshold(0.9));
        assertEquals(0, s.inconsistency().suggested());
        assertTrue(s.inconsistency().summary().startsWith("one study"));
        assertFalse(s.imprecision().ciIncludesNoEffect());
        assertTrue(s.imprecision().ciCrossesThreshold());
        assertEquals(360, s.imprecision().ois().total()); // CR 0.585 → 180 per arm
        assertTrue(s.imprecision().oisNotMet());
        assertEquals(-1, s.imprecision().suggested());
        assertTrue(s.imprecision().summary().contains("optimal information size 360"), s.imprecision().summary());
        assertFalse(s.publicationBias().tested());
        assertTrue(s.publicationBias().summary().startsWith("too few studies (k = 1"));
    }

    @Test
    void ciThroughNoEffectAndInformationSizeNotMetSuggestsTwoLevels() {
        MetaAnalysisResult r = MetaAnalysis.withDefaults().run(EffectMeasure.RR,
                List.of(BinaryStudy.of("a", 7, 179, 4, 176), BinaryStudy.of("b", 19, 498, 13, 496)));
        GradeSignals s = GradeSignals.of(r, GradeSignals.Inputs.none().withParticipants(1349)
                .withComparatorRisk(0.025));
        assertTrue(s.imprecision().ciIncludesNoEffect());
        assertTrue(s.imprecision().oisNotMet());
        assertEquals(-2, s.imprecision().suggested());
    }
}
