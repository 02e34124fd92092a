package org.evsynth.stats.meta;

/**
 * The standard error of τ̂² for each estimator, as metafor's {@code rma.uni} gives it in {@code se.tau2}
 * (intercept-only model, k studies, τ = max(τ̂², 0)):
 * <ul>
 * <li>ML: √(2/Σwᵢ²); REML: √(2/tr PP), wᵢ = 1/(vᵢ + τ²) (the inverse Fisher information);</li>
 * <li>DL and DLIT: √((2(k-1) + 4τ tr P + 2τ² tr PP)/tr P²), P at the DL weights 1/vᵢ, or at the last iterate;</li>
 * <li>HS: √((2(k-1) + 4τ tr P + 2τ² tr PP)/(Σ1/vᵢ)²), and k/(k-1) times that for HSk;</li>
 * <li>HE: √((2 tr PVPV + 4τ tr PV + 2τ²(k-1))/(k-1)²) with P = I - J/k;</li>
 * <li>GENQ: √((2 tr PVPV + 4τ tr VPP + 2τ² tr PP)/tr P²) at the fixed weights;</li>
 * <li>SJ: τ₀²/(k-1) √(2 tr PVPV + 4τ tr VPP + 2τ² tr PP), P at 1/(vᵢ + τ₀²), τ₀² the unweighted variance;</li>
 * <li>PM, EB, PMM, SJIT: √(2k²/(k-1)) / Σwᵢ (Viechtbauer et al. 2015's approximation, as metafor).</li>
 * </ul>
 * The moment formulas are the variance of a quadratic form in normal variables (Biggerstaff & Tweedie 1997).
 */
final class TauSquaredStandardError {

    private TauSquaredStandardError() {
    }

    static double of(TauSquaredEstimator estimator, double[] y, double[] v, double[] weights, double tau2) {
        int k = y.length;
        double t = Math.max(tau2, 0);
        return switch (estimator) {
            case ML -> Math.sqrt(2 / InterceptProjection.inverseVariance(y, v, tau2).sumA2());
            case REML -> Math.sqrt(2 / InterceptProjection.inverseVariance(y, v, tau2).tracePP());
            case DL, DLIT, HS, HSK -> {
                InterceptProjection p = InterceptProjection.inverseVariance(y, v,
                        estimator == TauSquaredEstimator.DLIT ? tau2 : 0);
                double spread = Math.sqrt(2 * (k - 1) + 4 * t * p.traceP() + 2 * t * t * p.tracePP());
                yield switch (estimator) {
                    case HS -> spread / p.sumA();
                    case HSK -> k / (k - 1.0) * spread / p.sumA();
                    default -> spread / p.traceP();
                };
            }
            case HE -> {
                InterceptProjection p = InterceptProjection.unweighted(y, v);
                yield Math.sqrt(2 * p.tracePVPV() + 4 * t * p.tracePV() + 2 * t * t * (k - 1)) / (k - 1);
            }
            case GENQ -> {
                InterceptProjection p = InterceptProjection.of(y, v, weights);
                yield quadraticForm(p, t) / p.traceP();
            }
            case SJ -> {
                double tau0 = unweightedVariance(y);
                yield tau0 / (k - 1) * quadraticForm(InterceptProjection.inverseVariance(y, v, tau0), t);
            }
            case PM, EB, PMM, SJIT ->
                Math.sqrt(2.0 * k * k / (k - 1)) / InterceptProjection.inverseVariance(y, v, tau2).sumA();
        };
    }

    private static double quadraticForm(InterceptProjection p, double t) {
        return Math.sqrt(2 * p.tracePVPV() + 4 * t * p.traceVPP() + 2 * t * t * p.tracePP());
    }

    /** Σ(yᵢ - ȳ)²/k, the Sidik-Jonkman starting value. */
    static double unweightedVariance(double[] y) {
        double mean = TauSquaredEstimation.mean(y);
        double sum = 0;
        for (double yi : y) {
            sum += (yi - mean) * (yi - mean);
        }
        return sum / y.length;
    }
}
