package org.evsynth.stats.sensitivity;

/**
 * Case diagnostics for one study (Viechtbauer & Cheung 2010), with its Baujat coordinates, its best linear
 * unbiased prediction and its random effect, as metafor's {@code influence}, {@code rstandard}, {@code blup} and
 * {@code ranef} give them. Figures that do not apply are NaN: Mantel-Haenszel and Peto models have only the
 * residuals, the deleted estimate, Q and I² (metafor's {@code rstandard}, {@code rstudent} and {@code leave1out}
 * for {@code rma.mh} and {@code rma.peto}), and a common-effect model has no BLUP or random effect.
 *
 * @param study the study
 * @param rstudent externally studentised residual: (yᵢ - μ̂₍₋ᵢ₎) / √(s²₍₋ᵢ₎(vᵢ + τ̂²₍₋ᵢ₎) + Var(μ̂₍₋ᵢ₎)), s² the
 *                 HKSJ scale (1 for Wald); for MH and Peto (yᵢ - θ̂₍₋ᵢ₎)/√(vᵢ + Var(θ̂₍₋ᵢ₎))
 * @param dffits the change in the fitted value on deleting the study, standardised
 * @param cooksDistance (μ̂ - μ̂₍₋ᵢ₎)² / Var(μ̂)
 * @param hat the leverage wᵢ/Σw, a fraction
 * @param weight the weight in percent
 * @param tau2Deleted τ² without the study
 * @param qDeleted Cochran's Q without the study
 * @param baujatX the study's contribution to heterogeneity, (yᵢ - μ̂)²/(vᵢ + τ̂²) (Baujat et al. 2002)
 * @param baujatY its influence on the pooled result, (μ̂₍₋ᵢ₎ - μ̂)² / Var(μ̂₍₋ᵢ₎)
 * @param rstandard internally standardised residual: (yᵢ - μ̂)/√(vᵢ + τ̂² - 1/Σw), the marginal residual over its
 *                  SE (metafor's {@code rstandard}); (yᵢ - θ̂)/√vᵢ for MH and Peto
 * @param dfbetas (μ̂ - μ̂₍₋ᵢ₎)/√(s²₍₋ᵢ₎/Σⱼ 1/(vⱼ + τ̂²₍₋ᵢ₎)), the sum over all k studies as metafor
 * @param covratio Var(μ̂₍₋ᵢ₎)/Var(μ̂): below 1, deleting the study makes the estimate more precise
 * @param blup the study's true effect predicted: λᵢyᵢ + (1 - λᵢ)μ̂, λᵢ = τ̂²/(τ̂² + vᵢ) (analysis scale)
 * @param blupSe √(λᵢvᵢ + (1 - λᵢ)² Var(μ̂))
 * @param blupPiLower blup - c·blupSe, c from t(k-1) under HKSJ and the normal otherwise
 * @param blupPiUpper blup + c·blupSe
 * @param ranef the study's random effect predicted: λᵢ(yᵢ - μ̂)
 * @param ranefSe √(λᵢvᵢ + λᵢ² Var(μ̂)), as metafor's {@code ranef}
 * @param thetaDeleted the pooled estimate without the study, analysis scale
 * @param i2Deleted I² without the study, percent
 */
public record StudyInfluence(String study, double rstudent, double dffits, double cooksDistance, double hat,
                             double weight, double tau2Deleted, double qDeleted, double baujatX, double baujatY,
                             double rstandard, double dfbetas, double covratio, double blup, double blupSe,
                             double blupPiLower, double blupPiUpper, double ranef, double ranefSe,
                             double thetaDeleted, double i2Deleted) {
}
