package org.evsynth.report.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.evsynth.stats.effect.EffectMeasure;
import org.junit.jupiter.api.Test;

/** The choice of axis: RevMan's symmetric ratio scales, extremes left to arrows, additive and proportion axes. */
class EffectAxisTest {

    private static List<String> labels(EffectAxis axis) {
        return axis.ticks().stream().map(org.evsynth.report.format.Numbers::tick).toList();
    }

    @Test
    void ratioAxesAreRevMansScales() {
        assertEquals(List.of("0.5", "0.7", "1", "1.5", "2"),
                labels(EffectAxis.of(EffectMeasure.RR, new double[] {0.8}, new double[] {0.6, 1.1})));
        assertEquals(List.of("0.2", "0.5", "1", "2", "5"),
                labels(EffectAxis.of(EffectMeasure.OR, new double[] {0.8}, new double[] {0.3, 2.5})));
        assertEquals(List.of("0.1", "0.2", "0.5", "1", "2", "5", "10"),
                labels(EffectAxis.of(EffectMeasure.OR, new double[] {0.8}, new double[] {0.3, 7})));
        assertEquals(List.of("0.01", "0.1", "1", "10", "100"),
                labels(EffectAxis.of(EffectMeasure.HR, new double[] {0.8}, new double[] {0.001, 1000})),
                "CIs beyond 100 do not widen the axis further");
        EffectAxis wide = EffectAxis.of(EffectMeasure.OR, new double[] {2000}, new double[] {});
        assertEquals(1e-4, wide.min(), 1e-12);
        assertTrue(wide.log());
    }

    @Test
    void additiveAxesAreSymmetricAboutZero() {
        EffectAxis axis = EffectAxis.of(EffectMeasure.MD, new double[] {-1.2, 0.4}, new double[] {-3.1, 1.5});
        assertEquals(List.of("−5", "−2.5", "0", "2.5", "5"), labels(axis));
        assertFalse(axis.log());
        assertEquals(0, axis.nullValue());
    }

    @Test
    void proportionsSpanTheirDataWithoutANull() {
        EffectAxis axis = EffectAxis.of(EffectMeasure.PLO, new double[] {0.15, 0.3}, new double[] {0.02, 0.46});
        assertEquals(0, axis.min());
        assertEquals(0.6, axis.max(), 1e-12);
        assertFalse(axis.hasNull());
    }

    @Test
    void fractionsOnALogAxis() {
        EffectAxis axis = EffectAxis.of(EffectMeasure.RR, new double[] {1}, new double[] {0.2, 5});
        assertEquals(0.5, axis.fraction(1), 1e-12);
        assertEquals(0, axis.fraction(0.2), 1e-12);
        assertTrue(axis.fraction(0.01) < 0);
        assertEquals(Double.NEGATIVE_INFINITY, axis.fraction(0));
    }
}
