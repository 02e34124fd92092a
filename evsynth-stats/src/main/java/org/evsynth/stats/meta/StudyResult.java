package org.evsynth.stats.meta;

/**
 * One study's row in the analysis.
 *
 * @param study the study's label
 * @param theta the effect on the analysis scale
 * @param variance its sampling variance
 * @param estimate the effect on the natural scale
 * @param ciLower lower limit of its own Wald confidence interval, natural scale
 * @param ciUpper upper limit, natural scale
 * @param weight its weight in the pooled estimate, in percent
 */
public record StudyResult(String study, double theta, double variance, double estimate,
                          double ciLower, double ciUpper, double weight) {
}
