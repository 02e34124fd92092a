package org.evsynth.stats.sensitivity;

/**
 * Case-deletion diagnostics for one study (Viechtbauer & Cheung 2010), with its Baujat coordinates.
 *
 * @param study the study
 * @param rstudent externally studentised residual: (yᵢ - μ̂₍₋ᵢ₎) / √(vᵢ + τ̂²₍₋ᵢ₎ + Var(μ̂₍₋ᵢ₎)), scaled as HKSJ when used
 * @param dffits the change in the fitted value on deleting the study, standardised
 * @param cooksDistance (μ̂ - μ̂₍₋ᵢ₎)² / Var(μ̂)
 * @param hat the leverage wᵢ/Σw, a fraction
 * @param weight the weight in percent
 * @param tau2Deleted τ² without the study
 * @param qDeleted Cochran's Q without the study
 * @param baujatX the study's contribution to heterogeneity, (yᵢ - μ̂)²/(vᵢ + τ̂²) (Baujat et al. 2002)
 * @param baujatY its influence on the pooled result, (μ̂₍₋ᵢ₎ - μ̂)² / Var(μ̂₍₋ᵢ₎)
 */
public record StudyInfluence(String study, double rstudent, double dffits, double cooksDistance, double hat,
                             double weight, double tau2Deleted, double qDeleted, double baujatX, double baujatY) {
}
