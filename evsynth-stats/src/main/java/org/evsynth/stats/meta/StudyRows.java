package org.evsynth.stats.meta;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

import org.evsynth.stats.effect.EffectMeasure;
import org.evsynth.stats.effect.StudyEffect;

/**
 * The per-study rows of an analysis, computed when read from the primitive arrays the pooling used, so that an
 * analysis of a million studies allocates no row objects unless its rows are read (a writer streaming them makes
 * one at a time). Immutable: the arrays are the pooler's own and are never changed after construction.
 */
final class StudyRows extends AbstractList<StudyResult> implements RandomAccess {

    private final List<StudyEffect> effects;
    private final EffectMeasure measure;
    private final BackTransform natural;
    private final double[] y;
    private final double[] v;
    private final double[] weights;
    private final double total;
    private final double critical;

    StudyRows(List<StudyEffect> effects, EffectMeasure measure, BackTransform natural, double[] y, double[] v,
              double[] weights, double critical) {
        this.effects = effects;
        this.measure = measure;
        this.natural = measure.scale() == EffectMeasure.Scale.FREEMAN_TUKEY ? null : natural;
        this.y = y;
        this.v = v;
        this.weights = weights;
        this.critical = critical;
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        this.total = sum;
    }

    @Override
    public StudyResult get(int i) {
        StudyEffect effect = effects.get(i);
        BackTransform own = natural != null ? natural : BackTransform.forStudy(measure, effect);
        double half = critical * Math.sqrt(v[i]);
        return new StudyResult(effect.study(), y[i], v[i], own.toNatural(y[i]), own.toNatural(y[i] - half),
                own.toNatural(y[i] + half), 100 * weights[i] / total);
    }

    @Override
    public int size() {
        return y.length;
    }
}
