#!/usr/bin/env Rscript
# =============================================================================
# measures-fixtures.R -- reference fixtures for the effect measures of issue 14
#
# What it does
#   Writes data sets and one JSON case per data set x options to
#     evsynth-stats/src/test/resources/reference/measures/data/<name>.csv
#     evsynth-stats/src/test/resources/reference/measures/cases/<case>.json
#   in the format of the other scripts ({generator, description, data, command, args, expected}, command
#   "meta"): incidence rates in two groups (IRR with inverse-variance and Mantel-Haenszel pooling, IRD), in one
#   group (IR, IRLN), the ratio of means (ROM), the arcsine risk difference (AS) and Peto's odds ratio pooled by
#   inverse variance (PETO), with escalc's zero handling. `expected` holds the pooled summary and every study's
#   theta, variance, estimate, CI and weight.
#
# How to run (from the repository root; needs R with metafor, metadat, jsonlite)
#     Rscript tools/reference/measures-fixtures.R
#   Deterministic; iterative estimators run to convergence (threshold = tol = 1e-12), interval searches to 1e-12.
# =============================================================================

suppressPackageStartupMessages({
  library(metafor)
  library(metadat)
  library(jsonlite)
})

if (!file.exists("pom.xml") || !dir.exists("evsynth-stats"))
  stop("Run from the repository root: Rscript tools/reference/measures-fixtures.R")

source(file.path("tools", "reference", "fixture-io.R"))

FOLDERS   <- fixture_folders("measures")
DATA_DIR  <- FOLDERS$data
CASE_DIR  <- FOLDERS$cases
GENERATOR <- fixture_generator()

FIT_CONTROL <- list(threshold = 1e-12, tol = 1e-12, maxiter = 10000)
CI_CONTROL  <- list(tol = 1e-12, maxiter = 10000)

# ----------------------------------------------------------------------------
# Data sets
# ----------------------------------------------------------------------------

# Warfarin against placebo or control for stroke prevention in atrial fibrillation (Hart et al. 1999): strokes
# and patient-years per arm (group 1 = warfarin).
h99 <- dat.hart1999
write_data(data.frame(study = paste(h99$study, h99$year), events_1 = h99$x1i, time_1 = h99$t1i,
  events_2 = h99$x2i, time_2 = h99$t2i, stringsAsFactors = FALSE), "hart.csv")
# Each arm of dat.hart1999 as one group: strokes and patient-years.
write_data(data.frame(study = c(paste(h99$study, h99$year, "warfarin"), paste(h99$study, h99$year, h99$compgrp)),
  events = c(h99$x1i, h99$x2i), time = c(h99$t1i, h99$t2i), stringsAsFactors = FALSE), "hart_groups.csv")
# Synthetic person-time data with no event in one arm (Trial A) and in both (Trial B).
write_data(data.frame(study = c("Trial A", "Trial B", "Trial C", "Trial D", "Trial E"),
  events_1 = c(0, 0, 12, 9, 20), time_1 = c(250.5, 300, 1100, 450, 1500),
  events_2 = c(6, 0, 30, 4, 41), time_2 = c(240, 310, 1080, 470, 1480), stringsAsFactors = FALSE), "ratezero.csv")
# Synthetic one-group rates, one group without events.
write_data(data.frame(study = c("Cohort A", "Cohort B", "Cohort C", "Cohort D", "Cohort E"),
  events = c(0, 3, 12, 30, 7), time = c(120, 340, 800.5, 2100, 410), stringsAsFactors = FALSE), "ratezero1.csv")
# Length of hospital stay (Normand 1999), group 1 = specialist care.
write_data(with(dat.normand1999, data.frame(study = source, mean_1 = m1i, sd_1 = sd1i, n_1 = n1i,
  mean_2 = m2i, sd_2 = sd2i, n_2 = n2i, stringsAsFactors = FALSE)), "normand.csv")
write_data(with(dat.bcg, data.frame(study = paste(author, year), events_1 = tpos, total_1 = tpos + tneg,
  events_2 = cpos, total_2 = cpos + cneg, stringsAsFactors = FALSE)), "bcg.csv")
# The synthetic zero-cell trials of meta-fixtures.R: one single-zero and one double-zero trial.
write_data(data.frame(study = c("Trial A 2003", "Trial B 2005", "Trial C 2007", "Trial D 2009", "Trial E 2011",
  "Trial F 2014"), events_1 = c(0, 0, 12, 9, 20, 8), total_1 = c(25, 30, 110, 45, 150, 60),
  events_2 = c(6, 0, 30, 4, 41, 9), total_2 = c(24, 31, 108, 47, 148, 62), stringsAsFactors = FALSE), "zerocell.csv")

# ----------------------------------------------------------------------------
# Effect sizes as escalc computes them with evsynth's settings (0.5 added to the counts of studies with a zero,
# to = "only0"; AS with escalc's own add = 0; IRR, OR, RR and PETO drop studies without events in either arm)
# ----------------------------------------------------------------------------

effects <- function(d, measure) {
  es <- if ("time_1" %in% names(d)) {
    escalc(measure, x1i = d$events_1, t1i = d$time_1, x2i = d$events_2, t2i = d$time_2, add = 0.5, to = "only0",
           drop00 = measure == "IRR")
  } else if ("time" %in% names(d)) {
    escalc(measure, xi = d$events, ti = d$time, add = 0.5, to = "only0")
  } else if ("mean_1" %in% names(d)) {
    escalc(measure, m1i = d$mean_1, sd1i = d$sd_1, n1i = d$n_1, m2i = d$mean_2, sd2i = d$sd_2, n2i = d$n_2,
           vtype = "LS")
  } else if (measure == "AS") {
    escalc(measure, ai = d$events_1, n1i = d$total_1, ci = d$events_2, n2i = d$total_2)
  } else {
    escalc(measure, ai = d$events_1, n1i = d$total_1, ci = d$events_2, n2i = d$total_2, add = 0.5, to = "only0",
           drop00 = measure %in% c("OR", "RR", "PETO"))
  }
  data.frame(study = d$study, yi = as.numeric(es$yi), vi = as.numeric(es$vi), stringsAsFactors = FALSE)
}

bt_for <- function(measure) if (measure %in% c("IRR", "IRLN", "ROM", "PETO", "OR", "RR")) exp else identity

study_rows <- function(e, bt, weights) {
  z <- qnorm(0.975)
  lapply(seq_len(nrow(e)), function(i) list(study = e$study[i], theta = e$yi[i], variance = e$vi[i],
    estimate = bt(e$yi[i]), ci_lower = bt(e$yi[i] - z * sqrt(e$vi[i])), ci_upper = bt(e$yi[i] + z * sqrt(e$vi[i])),
    weight = unname(weights[i])))
}

args_for <- function(measure, model, extra) c("--measure", measure, "--model", model, "--cc", "0.5",
                                               "--cc-to", "zero", extra)

# ----------------------------------------------------------------------------
# Inverse-variance cases
# ----------------------------------------------------------------------------

iv_case <- function(case, description, data, measure, method = "REML", ci = "hksj", model = "random") {
  d <- read_data(data)
  all <- effects(d, measure)
  keep <- !is.na(all$yi)
  e <- all[keep, ]
  bt <- bt_for(measure)
  k <- nrow(e)
  if (model == "random") {
    fit <- rma(e$yi, e$vi, method = method, test = if (ci == "hksj") "knha" else "z", control = FIT_CONTROL)
    fitz <- rma(e$yi, e$vi, method = method, test = "z", control = FIT_CONTROL)
    half <- qt(0.975, k - 2) * sqrt(fit$tau2 + fitz$se^2)
    cis <- confint(fit, control = CI_CONTROL)$random
    heterogeneity <- list(tau2 = fit$tau2, tau2_ci_lower = cis["tau^2", "ci.lb"], tau2_ci_upper = cis["tau^2", "ci.ub"],
      I2 = fit$I2, H2 = fit$H2, pi_lower = bt(c(fit$beta) - half), pi_upper = bt(c(fit$beta) + half))
    extra <- c("--method", method, "--ci", ci, "--pi", "t")
  } else {
    fit <- rma(e$yi, e$vi, method = "EE", test = "z")
    heterogeneity <- list(tau2 = NA, I2 = max(0, 100 * (fit$QE - (k - 1)) / fit$QE), H2 = fit$QE / (k - 1),
                          pi_lower = NA, pi_upper = NA)
    extra <- c("--ci", "wald")
  }
  expected <- c(list(k = k, estimate = bt(c(fit$beta)), ci_lower = bt(fit$ci.lb), ci_upper = bt(fit$ci.ub),
    theta = c(fit$beta), se = fit$se, statistic = fit$zval, p_value = fit$pval, Q = fit$QE, p_Q = fit$QEp),
    heterogeneity, list(excluded = lapply(all$study[!keep], function(s) list(study = s)),
                        studies = study_rows(e, bt, weights(fit))))
  write_case(case, list(generator = GENERATOR, description = description, data = data, command = "meta",
                        args = args_for(measure, model, extra), expected = expected))
  cat(sprintf("%-36s k=%d estimate=%.6f tau2=%s\n", case, k, bt(c(fit$beta)), format(fit$tau2)))
}

iv_case("hart_irr_reml_hksj", "dat.hart1999, IRR (strokes per patient-year), REML, HKSJ", "hart.csv", "IRR")
iv_case("hart_irr_dl_wald", "dat.hart1999, IRR, DL, Wald", "hart.csv", "IRR", method = "DL", ci = "wald")
iv_case("hart_ird_reml_hksj", "dat.hart1999, IRD, REML, HKSJ", "hart.csv", "IRD")
iv_case("hart_ir_reml_hksj", "dat.hart1999, each arm as a group: IR, REML, HKSJ", "hart_groups.csv", "IR")
iv_case("hart_irln_reml_hksj", "dat.hart1999, each arm as a group: IRLN (log rate, back-transformed to a rate), REML, HKSJ",
        "hart_groups.csv", "IRLN")
iv_case("hart_irln_common", "dat.hart1999, each arm as a group: IRLN, common effect", "hart_groups.csv", "IRLN",
        model = "common")
iv_case("ratezero_irr_reml_wald", "synthetic person-time, IRR, REML, Wald: 0.5 added to both arms of Trial A (no event in one arm); Trial B (none in either) excluded",
        "ratezero.csv", "IRR", ci = "wald")
iv_case("ratezero_ird_reml_wald", "synthetic person-time, IRD, REML, Wald: Trial A and Trial B kept with 0.5 added to their events",
        "ratezero.csv", "IRD", ci = "wald")
iv_case("ratezero1_ir_dl_wald", "synthetic one-group rates, IR, DL, Wald: 0.5 added to the events of Cohort A",
        "ratezero1.csv", "IR", method = "DL", ci = "wald")
iv_case("ratezero1_irln_reml_hksj", "synthetic one-group rates, IRLN, REML, HKSJ: 0.5 added to the events of Cohort A",
        "ratezero1.csv", "IRLN")
iv_case("normand_rom_reml_hksj", "dat.normand1999, ROM (ratio of mean lengths of stay), REML, HKSJ", "normand.csv", "ROM")
iv_case("normand_rom_dl_wald", "dat.normand1999, ROM, DL, Wald", "normand.csv", "ROM", method = "DL", ci = "wald")
iv_case("bcg_as_reml_hksj", "dat.bcg, AS (arcsine risk difference), REML, HKSJ", "bcg.csv", "AS")
iv_case("zerocell_as_reml_wald", "synthetic zero-cell trials, AS, REML, Wald: no correction (asin of 0 is 0), the double-zero trial kept",
        "zerocell.csv", "AS", ci = "wald")
iv_case("bcg_peto_reml_hksj", "dat.bcg, PETO (Peto's odds ratio of each study) pooled by inverse variance, REML, HKSJ",
        "bcg.csv", "PETO")
iv_case("bcg_peto_common", "dat.bcg, PETO pooled by inverse variance, common effect", "bcg.csv", "PETO", model = "common")
iv_case("zerocell_peto_reml_wald", "synthetic zero-cell trials, PETO by inverse variance, REML, Wald: 0.5 added to Trial A's cells, the double-zero trial excluded",
        "zerocell.csv", "PETO", ci = "wald")

# ----------------------------------------------------------------------------
# Mantel-Haenszel cases: rma.mh(measure = "IRR" | "IRD") from the raw counts; the per-study yi, vi (0.5 added to
# studies with a zero) give Q; tables without events in either arm dropped from both (drop00 = c(TRUE, TRUE)),
# which leaves the estimate, SE and Q unchanged.
# ----------------------------------------------------------------------------

mh_case <- function(case, description, data, measure) {
  d <- read_data(data)
  dz <- measure == "IRR"
  fit <- rma.mh(x1i = d$events_1, t1i = d$time_1, x2i = d$events_2, t2i = d$time_2, measure = measure,
                add = c(0.5, 0), to = c("only0", "none"), drop00 = c(dz, dz))
  all <- effects(d, measure)
  keep <- !is.na(all$yi)
  e <- all[keep, ]
  bt <- bt_for(measure)
  w <- weights(fit)
  w <- w[!is.na(w)]
  expected <- list(k = fit$k, estimate = bt(c(fit$beta)), ci_lower = bt(fit$ci.lb), ci_upper = bt(fit$ci.ub),
    theta = c(fit$beta), se = fit$se, statistic = fit$zval, p_value = fit$pval, tau2 = NA, Q = fit$QE,
    p_Q = fit$QEp, I2 = fit$I2, H2 = fit$H2, excluded = lapply(all$study[!keep], function(s) list(study = s)),
    studies = study_rows(e, bt, w))
  write_case(case, list(generator = GENERATOR, description = description, data = data, command = "meta",
    args = c("--measure", measure, "--model", "common", "--pooling", "MH", "--cc", "0.5", "--cc-to", "zero"),
    expected = expected))
  cat(sprintf("%-36s k=%d estimate=%.6f\n", case, fit$k, bt(c(fit$beta))))
}

mh_case("hart_irr_mh", "dat.hart1999, IRR, Mantel-Haenszel (rma.mh measure = 'IRR')", "hart.csv", "IRR")
mh_case("hart_ird_mh", "dat.hart1999, IRD, Mantel-Haenszel", "hart.csv", "IRD")
mh_case("ratezero_irr_mh", "synthetic person-time, IRR, Mantel-Haenszel from the raw counts; Trial B (no events) excluded",
        "ratezero.csv", "IRR")

cat("done:", length(list.files(CASE_DIR, pattern = "\\.json$")), "cases\n")
