#!/usr/bin/env Rscript
# The work of `evsynth meta FILE --batch analysis --format json` done by metafor, in one R process:
# for each analysis, escalc(RR) + rma(REML, test = "knha") + confint() (Q-profile CI for tau^2)
# + a prediction interval, written as one JSON line per analysis.
#
#   Rscript tools/bench/metafor-batch.R IN.csv OUT.jsonl
#
# Settings match evsynth's defaults: 0.5 added to the cells of zero-cell studies (to = "only0"),
# double-zero studies dropped, REML run to convergence (threshold 1e-12, as evsynth's Fisher scoring),
# the Q-profile bounds to tol 1e-12 with no cap on the upper bound, and the prediction interval
# mu +- t(k-2) sqrt(tau^2 + SE_z^2) with the model-based (non-HKSJ) SE, as tools/reference/meta-fixtures.R.
suppressPackageStartupMessages(library(metafor))

args <- commandArgs(trailingOnly = TRUE)
if (length(args) != 2) stop("usage: metafor-batch.R IN.csv OUT.jsonl")
FIT_CONTROL <- list(threshold = 1e-12, maxiter = 10000)
CI_CONTROL  <- list(tol = 1e-12, maxiter = 10000, tau2.max = 1e7)

d <- read.csv(args[1], colClasses = c(analysis = "character", study = "character"))
groups <- split(d, factor(d$analysis, levels = unique(d$analysis)))
num <- function(x) if (is.na(x)) "null" else trimws(formatC(x, digits = 17, format = "g"))
out <- file(args[2], open = "w")
for (name in names(groups)) {
  g <- groups[[name]]
  es <- escalc("RR", ai = g$events_1, n1i = g$total_1, ci = g$events_2, n2i = g$total_2,
               add = 0.5, to = "only0", drop00 = TRUE)
  fit <- tryCatch(rma(yi, vi, data = es, method = "REML", test = "knha", control = FIT_CONTROL),
                  error = function(e) e)
  if (inherits(fit, "error")) {   # as evsynth: report the analysis that cannot be done and go on
    writeLines(sprintf('{"analysis":"%s","error":"%s"}', name, gsub('"', "'", conditionMessage(fit))), out)
    next
  }
  ci <- confint(fit, control = CI_CONTROL)$random
  k <- fit$k
  se_z <- 1 / sqrt(sum(1 / (fit$vi + fit$tau2)))
  half <- qt(0.975, df = k - 2) * sqrt(fit$tau2 + se_z^2)
  mu <- c(fit$beta)
  writeLines(sprintf(paste0('{"analysis":"%s","k":%d,"estimate":%s,"ci_lower":%s,"ci_upper":%s,',
                            '"tau2":%s,"tau2_ci_lower":%s,"tau2_ci_upper":%s,"pi_lower":%s,"pi_upper":%s}'),
                     name, k, num(exp(mu)), num(exp(fit$ci.lb)), num(exp(fit$ci.ub)), num(fit$tau2),
                     num(ci["tau^2", "ci.lb"]), num(ci["tau^2", "ci.ub"]), num(exp(mu - half)), num(exp(mu + half))),
             out)
}
close(out)
