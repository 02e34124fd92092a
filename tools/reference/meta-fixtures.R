#!/usr/bin/env Rscript
# =============================================================================
# meta-fixtures.R -- reference fixtures for evsynth's pairwise meta-analysis
#
# What it does
#   Writes the input data sets (CSV, evsynth's input contract) and one JSON
#   case per data set x options, with the figures R's metafor computes, to
#     evsynth-stats/src/test/resources/reference/meta/data/<name>.csv
#     evsynth-stats/src/test/resources/reference/meta/cases/<case>.json
#   The Java tests (evsynth-stats) translate the case's CLI `args` into library settings and must
#   reproduce `expected` to 1e-6.
#
# How to run (from the repository root; needs R with metafor, metadat, jsonlite)
#     cd /work/main && Rscript tools/reference/meta-fixtures.R
#   (Debian/Ubuntu: apt-get install r-cran-metafor r-cran-metadat r-cran-jsonlite)
#   The script is deterministic: re-running it with the same metafor version
#   rewrites byte-identical files. Every case records the metafor/R versions.
#
# Conventions (see tools/reference/README.md for the full list)
#   * Every fit reads its data back from the CSV just written, so the fixture
#     describes exactly the numbers in the file.
#   * Iterative tau^2 estimators are run to convergence (threshold/tol 1e-12)
#     instead of metafor's default 1e-5 stopping rule, so the fixtures hold the
#     roots themselves; the Q-profile CIs are likewise computed with tol 1e-12.
#   * Where evsynth's semantics differ from metafor defaults the figure is
#     computed explicitly below, with a comment saying why.
# =============================================================================

suppressPackageStartupMessages({
  library(metafor)
  library(metadat)
  library(jsonlite)
})

if (!file.exists("pom.xml") || !dir.exists("evsynth-stats"))
  stop("Run from the repository root: cd /work/main && Rscript tools/reference/meta-fixtures.R")

OUT      <- file.path("evsynth-stats", "src", "test", "resources", "reference", "meta")
DATA_DIR <- file.path(OUT, "data")
CASE_DIR <- file.path(OUT, "cases")
dir.create(DATA_DIR, recursive = TRUE, showWarnings = FALSE)
dir.create(CASE_DIR, recursive = TRUE, showWarnings = FALSE)

GENERATOR <- sprintf("metafor %s, metadat %s, jsonlite %s, %s",
                     packageDescription("metafor")$Version,
                     packageDescription("metadat")$Version,
                     packageDescription("jsonlite")$Version,
                     R.version.string)

# Converged estimates: Fisher scoring / fixed-point iterations (REML, ML, EB)
# stop on `threshold`; PM uses uniroot() with `tol`.
FIT_CONTROL <- list(threshold = 1e-12, tol = 1e-12, maxiter = 10000)
# confint.rma.uni(): uniroot() tolerance for the Q-profile bounds. metafor
# searches for the upper bound only up to tau2.max = max(100, 10 * tau2) by
# default and reports that cap when the bound lies beyond it (dat.normand1999
# with DL: 2054.09 = 10 x 205.409, where the true bound is 2889.45), so the cap
# is raised far above any bound here.
CI_CONTROL  <- list(tol = 1e-12, maxiter = 10000, tau2.max = 1e7)

RATIO <- c("OR", "RR", "HR")

# ----------------------------------------------------------------------------
# Writing helpers: num2str, csv_quote, write_data, read_data, clean, write_case
# ----------------------------------------------------------------------------

source(file.path("tools", "reference", "fixture-io.R"))

# ----------------------------------------------------------------------------
# Effect sizes per input contract
# ----------------------------------------------------------------------------

cc_to_metafor <- function(cc_to) switch(cc_to, zero = "only0", all = "all", none = "none",
                                        stop("bad --cc-to ", cc_to))

# Returns data.frame(study, yi, vi, ni, <all input columns>) for all rows; yi/vi
# NA for excluded studies (double-zero for OR/RR).
effect_sizes <- function(d, measure, cc, cc_to) {
  to <- cc_to_metafor(cc_to)
  if (all(c("events_1", "total_1", "events_2", "total_2") %in% names(d))) {
    stopifnot(measure %in% c("OR", "RR", "RD"))
    # evsynth: double-zero (and double-100%) studies are dropped for OR/RR,
    # kept for RD. escalc's own default is drop00 = FALSE, hence explicit.
    es <- escalc(measure, ai = d$events_1, n1i = d$total_1, ci = d$events_2, n2i = d$total_2,
                 add = cc, to = to, drop00 = measure %in% c("OR", "RR"))
    ni <- d$total_1 + d$total_2
  } else if (all(c("mean_1", "sd_1", "n_1", "mean_2", "sd_2", "n_2") %in% names(d))) {
    stopifnot(measure %in% c("MD", "SMD"))
    # SMD: Hedges' g with the exact (gamma-function) bias correction, vtype "LS":
    # vi = 1/n1 + 1/n2 + g^2 / (2 (n1 + n2)).  MD: vi = sd1^2/n1 + sd2^2/n2.
    es <- escalc(measure, m1i = d$mean_1, sd1i = d$sd_1, n1i = d$n_1,
                 m2i = d$mean_2, sd2i = d$sd_2, n2i = d$n_2, vtype = "LS")
    ni <- d$n_1 + d$n_2
  } else if (all(c("events", "total") %in% names(d))) {
    stopifnot(measure %in% c("PR", "PLO", "PFT"))
    # Mirror escalc's OWN defaults for proportions (add/to deliberately not
    # passed): PR and PLO add 1/2 to events and non-events of studies with 0
    # events or 0 non-events (to = "only0"); PFT gets no correction at all
    # (escalc sets add = 0 for PFT unless `add` is given explicitly).
    es <- escalc(measure, xi = d$events, ni = d$total)
    ni <- d$total
  } else if (all(c("estimate", "ci_lower", "ci_upper") %in% names(d))) {
    # Generic estimate + 95% CI: se from the CI width on the analysis scale.
    z <- qnorm(0.975)
    if (measure %in% RATIO) {
      yi  <- log(d$estimate)
      sei <- (log(d$ci_upper) - log(d$ci_lower)) / (2 * z)
    } else {
      yi  <- d$estimate
      sei <- (d$ci_upper - d$ci_lower) / (2 * z)
    }
    es <- data.frame(yi = yi, vi = sei^2)
    ni <- rep(NA_real_, nrow(d))
  } else if (all(c("theta", "se") %in% names(d))) {
    es <- data.frame(yi = d$theta, vi = d$se^2)
    ni <- rep(NA_real_, nrow(d))
  } else stop("unknown input layout")
  cbind(data.frame(yi = as.numeric(es$yi), vi = as.numeric(es$vi), ni_ = ni), d)
}

# Back-transformation of analysis-scale values to the natural scale.
back_transform <- function(measure, ni) {
  switch(measure,
    OR = , RR = , HR = exp,
    PLO = transf.ilogit,
    # Freeman-Tukey (metafor's version: mean of the two arcsines) inverted with
    # the harmonic mean of the included studies' totals.
    PFT = function(x) transf.ipft.hm(x, targs = list(ni = ni)),
    identity)
}

# ----------------------------------------------------------------------------
# Inverse-variance fit (random or common) -> list of expected figures
# ----------------------------------------------------------------------------

iv_fit <- function(yi, vi, ni, measure, model, method, ci, pi, level) {
  alpha <- 1 - level / 100
  k <- length(yi)
  bt <- back_transform(measure, ni)
  if (model == "random") {
    test <- if (ci == "hksj") "knha" else "z"
    fit  <- rma(yi, vi, method = method, test = test, level = level, control = FIT_CONTROL)
    # Prediction interval (Higgins, Thompson & Spiegelhalter 2009) always uses
    # the SE of the standard (z) RE fit, also when the CI is HKSJ; metafor's
    # predict() would use the HKSJ SE and t(k-1) instead, hence explicit.
    fitz <- if (test == "z") fit else
      rma(yi, vi, method = method, test = "z", level = level, control = FIT_CONTROL)
    stopifnot(isTRUE(all.equal(fit$tau2, fitz$tau2, tolerance = 0)))
    theta <- c(fit$beta)
    crit  <- if (pi == "t") { if (k >= 3) qt(1 - alpha / 2, df = k - 2) else NA } else qnorm(1 - alpha / 2)
    half  <- crit * sqrt(fit$tau2 + fitz$se^2)
    cis   <- confint(fit, level = level, control = CI_CONTROL)$random
    tau2_ci <- cis["tau^2", c("ci.lb", "ci.ub")]
    I2_ci   <- cis["I^2(%)", c("ci.lb", "ci.ub")]
    tau2 <- fit$tau2; I2 <- fit$I2; H2 <- fit$H2
  } else {
    if (ci == "hksj") stop("hksj with a common-effect model is not a fixture case")
    fit  <- rma(yi, vi, method = "EE", test = "z", level = level)
    theta <- c(fit$beta)
    half <- NA; tau2 <- NA; tau2_ci <- c(NA, NA); I2_ci <- c(NA, NA)
    I2 <- NA; H2 <- NA    # filled from Q below
  }
  Q <- fit$QE; df <- k - 1
  I2_Q <- if (Q > 0) max(0, (Q - df) / Q) * 100 else 0
  if (model == "common") { I2 <- I2_Q; H2 <- Q / df }
  list(
    fit = fit,
    summary = list(
      k = k,
      estimate = bt(theta), ci_lower = bt(fit$ci.lb), ci_upper = bt(fit$ci.ub),
      theta = theta, se = fit$se, statistic = fit$zval, p_value = fit$pval,
      tau2 = clean(tau2), tau = clean(sqrt(tau2)),
      tau2_ci_lower = clean(tau2_ci[[1]]), tau2_ci_upper = clean(tau2_ci[[2]]),
      I2 = clean(I2), I2_Q = I2_Q,
      I2_ci_lower = clean(I2_ci[[1]]), I2_ci_upper = clean(I2_ci[[2]]),
      H2 = clean(H2), Q = Q, df = df, p_Q = fit$QEp,
      pi_lower = clean(bt(theta - half)), pi_upper = clean(bt(theta + half))),
    weights = weights(fit))
}

# ----------------------------------------------------------------------------
# Mantel-Haenszel / Peto fits
# ----------------------------------------------------------------------------

mh_peto_fit <- function(d, measure, pooling, cc, cc_to, level) {
  to  <- cc_to_metafor(cc_to)
  dz  <- measure %in% c("OR", "RR")
  # metafor expands scalar add/to/drop00 to c(x, 0), c(x, "none"), c(x, FALSE):
  # the first element shapes the per-study yi/vi (used for Q and the study
  # list), the second the pooled MH/Peto computation (no correction).  We pass
  # drop00 = c(dz, dz) so that a double-zero study is removed from the tables
  # too (it contributes 0 to every MH/Peto sum, so estimate/SE/Q are identical
  # to the scalar call -- asserted below); k then counts only studies used.
  args <- list(ai = d$events_1, n1i = d$total_1, ci = d$events_2, n2i = d$total_2,
               add = c(cc, 0), to = c(to, "none"), drop00 = c(dz, dz), level = level)
  if (pooling == "MH") {
    fit  <- suppressWarnings(do.call(rma.mh, c(args, list(measure = measure))))
    fit0 <- suppressWarnings(rma.mh(ai = d$events_1, n1i = d$total_1, ci = d$events_2, n2i = d$total_2,
                   measure = measure, add = cc, to = to, drop00 = dz, level = level))
  } else {
    stopifnot(measure == "OR")
    fit  <- suppressWarnings(do.call(rma.peto, args))
    fit0 <- suppressWarnings(rma.peto(ai = d$events_1, n1i = d$total_1, ci = d$events_2, n2i = d$total_2,
                     add = cc, to = to, drop00 = dz, level = level))
  }
  stopifnot(isTRUE(all.equal(c(fit$beta, fit$se, fit$QE), c(fit0$beta, fit0$se, fit0$QE),
                             tolerance = 1e-14)))
  bt <- back_transform(measure, NULL)
  theta <- c(fit$beta)
  Q <- fit$QE; df <- fit$k.yi - 1
  list(
    fit = fit,
    summary = list(
      k = fit$k,
      estimate = bt(theta), ci_lower = bt(fit$ci.lb), ci_upper = bt(fit$ci.ub),
      theta = theta, se = fit$se, statistic = fit$zval, p_value = fit$pval,
      tau2 = NA, tau = NA, tau2_ci_lower = NA, tau2_ci_upper = NA,
      # metafor: I2 = max(0, (Q - df)/Q) * 100, H2 = Q/df with df = k.yi - 1
      I2 = fit$I2, I2_Q = fit$I2, I2_ci_lower = NA, I2_ci_upper = NA,
      H2 = fit$H2, Q = Q, df = df, p_Q = fit$QEp,
      pi_lower = NA, pi_upper = NA),
    weights = weights(fit))
}

# ----------------------------------------------------------------------------
# The one helper: fit a case and write its JSON
# ----------------------------------------------------------------------------

run_case <- function(case, description, data, measure, model = "random", method = "REML",
                     pooling = "IV", ci = "wald", pi = "z", by = NULL, level = 95,
                     cc = 0.5, cc_to = "zero") {
  d <- read_data(data)
  binary <- "events_1" %in% names(d)

  # CLI arguments, mirroring the options used below.
  args <- c("--measure", measure, "--model", model)
  if (model == "random") args <- c(args, "--method", method)
  if (model == "common") args <- c(args, "--pooling", pooling)
  if (!(model == "common" && pooling != "IV")) args <- c(args, "--ci", ci)
  if (model == "random") args <- c(args, "--pi", pi)
  if (binary) args <- c(args, "--cc", num2str(cc), "--cc-to", cc_to)
  if (!is.null(by)) args <- c(args, "--by", by)
  if (level != 95) args <- c(args, "--level", num2str(level))

  es <- effect_sizes(d, measure, cc, cc_to)
  incl <- !is.na(es$yi) & !is.na(es$vi)

  if (pooling == "IV") {
    r <- iv_fit(es$yi[incl], es$vi[incl], es$ni_[incl], measure, model, method, ci, pi, level)
    studies <- data.frame(study = es$study[incl], theta = es$yi[incl],
                          variance = es$vi[incl], weight = unname(r$weights))
    excluded_ids <- es$study[!incl]
  } else {
    r <- mh_peto_fit(d, measure, pooling, cc, cc_to, level)
    used <- r$fit$not.na                       # tables used by the MH/Peto fit
    yi <- r$fit$yi.f; vi <- r$fit$vi.f
    # The per-study yi/vi metafor reports are escalc's (first add/to/drop00).
    stopifnot(isTRUE(all.equal(yi[used], es$yi[used], tolerance = 1e-14)) ||
              pooling == "PETO")
    studies <- data.frame(study = d$study[used], theta = clean(yi[used]),
                          variance = clean(vi[used]), weight = unname(r$weights))
    excluded_ids <- d$study[!used]
  }
  expected <- r$summary
  expected$studies  <- studies
  expected$excluded <- data.frame(study = as.character(excluded_ids))

  if (!is.null(by)) {
    stopifnot(pooling == "IV")
    groups <- sort(unique(as.character(es[[by]][incl])), method = "radix")
    sub <- lapply(groups, function(g) {
      s <- incl & as.character(es[[by]]) == g
      rg <- iv_fit(es$yi[s], es$vi[s], es$ni_[s], measure, model, method, ci, pi, level)$summary
      list(name = g, k = rg$k, estimate = rg$estimate, ci_lower = rg$ci_lower,
           ci_upper = rg$ci_upper, theta = rg$theta, se = rg$se, tau2 = rg$tau2,
           I2 = rg$I2, Q = rg$Q, df = rg$df, p_Q = rg$p_Q)
    })
    # Test for subgroup differences: common-effect (EE) meta-analysis of the
    # subgroup estimates with the SEs of the chosen CI method (HKSJ-adjusted
    # under --ci hksj). metafor's rma(mods = ~ group) would instead use a
    # common tau^2 across groups, hence explicit.
    th <- vapply(sub, `[[`, 0, "theta"); se <- vapply(sub, `[[`, 0, "se")
    tfit <- rma(th, sei = se, method = "EE", test = "z")
    expected$subgroups <- sub
    expected$subgroup_test <- list(Q = tfit$QE, df = length(th) - 1, p_value = tfit$QEp)
  }

  write_case(case, list(generator = GENERATOR, description = description,
                        data = data, args = args, expected = expected))
  cat(sprintf("%-34s k=%-3d est=%.6f [%.6f, %.6f] tau2=%s Q=%.4f\n", case,
              expected$k, expected$estimate, expected$ci_lower, expected$ci_upper,
              format(expected$tau2, digits = 6), expected$Q))
  invisible(expected)
}

# ----------------------------------------------------------------------------
# Input data
# ----------------------------------------------------------------------------

# BCG vaccine trials (Colditz et al. 1994); group 1 = vaccinated.
bcg <- with(dat.bcg, data.frame(study = paste(author, year), events_1 = tpos,
  total_1 = tpos + tneg, events_2 = cpos, total_2 = cpos + cneg,
  year = year, ablat = ablat, alloc = alloc, stringsAsFactors = FALSE))
write_data(bcg, "bcg.csv")

# Intravenous magnesium after MI (Egger et al. 2001); Bertschat 1989 has a zero cell.
magnesium <- with(dat.egger2001, data.frame(study = paste(study, year), events_1 = ai,
  total_1 = n1i, events_2 = ci, total_2 = n2i, year = year, stringsAsFactors = FALSE))
write_data(magnesium, "magnesium.csv")

# Beta blockers, table 9 of Yusuf et al. (1985): total mortality at one week,
# trials with an initial IV dose. Many zero cells and six double-zero trials;
# the two trials without data (NA) are left out.
y9 <- subset(dat.yusuf1985, table == "9" & !is.na(ai))
yusuf9 <- with(y9, data.frame(study = trial, events_1 = ai, total_1 = n1i,
  events_2 = ci, total_2 = n2i, stringsAsFactors = FALSE))
write_data(yusuf9, "yusuf9.csv")

# Small synthetic data set (not from a publication): one single-zero study,
# one double-zero study, and enough spread for tau^2 > 0.
zerocell <- data.frame(
  study    = c("Trial A 2003", "Trial B 2005", "Trial C 2007", "Trial D 2009", "Trial E 2011", "Trial F 2014"),
  events_1 = c(0,  0, 12,  9,  20,  8),
  total_1  = c(25, 30, 110, 45, 150, 60),
  events_2 = c(6,  0, 30,  4,  41,  9),
  total_2  = c(24, 31, 108, 47, 148, 62), stringsAsFactors = FALSE)
write_data(zerocell, "zerocell.csv")

# Stroke unit care, length of stay (Normand 1999); group 1 = specialist care.
normand <- with(dat.normand1999, data.frame(study = source, mean_1 = m1i, sd_1 = sd1i,
  n_1 = n1i, mean_2 = m2i, sd_2 = sd2i, n_2 = n2i, stringsAsFactors = FALSE))
write_data(normand, "normand.csv")

# Hyperdynamic therapy success rates (Pritz 1997); two studies with 100% events.
pritz <- with(dat.pritz1997, data.frame(study = authors, events = xi, total = ni,
  stringsAsFactors = FALSE))
write_data(pritz, "pritz.csv")

# Generic estimate + CI on the natural scale, as a paper would print them:
# the BCG log risk ratios exponentiated, with 95% CIs, rounded to 2 decimals
# (used as --measure HR).
es_bcg <- escalc("RR", ai = tpos, bi = tneg, ci = cpos, di = cneg, data = dat.bcg)
bcg_hr <- data.frame(study = bcg$study,
  estimate = round(exp(es_bcg$yi), 2),
  ci_lower = round(exp(es_bcg$yi - 1.959963984540054 * sqrt(es_bcg$vi)), 2),
  ci_upper = round(exp(es_bcg$yi + 1.959963984540054 * sqrt(es_bcg$vi)), 2),
  stringsAsFactors = FALSE)
stopifnot(all(bcg_hr$ci_lower > 0))
write_data(bcg_hr, "bcg_hr.csv")

# Generic theta + se: Fisher-z transformed correlations between conscientiousness
# and medication adherence (Molloy et al. 2014), se = 1/sqrt(n - 3).
molloy <- with(dat.molloy2014, data.frame(study = paste(authors, year),
  theta = transf.rtoz(ri), se = 1 / sqrt(ni - 3), stringsAsFactors = FALSE))
write_data(molloy, "molloy.csv")

# ----------------------------------------------------------------------------
# Cases
# ----------------------------------------------------------------------------

# 1. BCG: RR with every tau^2 estimator x (Wald + z-PI, HKSJ + t-PI).
for (m in c("REML", "DL", "PM", "ML", "SJ", "HE", "EB")) {
  run_case(sprintf("bcg_rr_%s_wald_z", tolower(m)), sprintf("dat.bcg, RR, %s, Wald CI, z-based PI", m),
           "bcg.csv", "RR", method = m, ci = "wald", pi = "z")
  run_case(sprintf("bcg_rr_%s_hksj_t", tolower(m)), sprintf("dat.bcg, RR, %s, HKSJ CI, t-based PI", m),
           "bcg.csv", "RR", method = m, ci = "hksj", pi = "t")
}
run_case("bcg_or_reml_hksj_t", "dat.bcg, OR, REML, HKSJ CI, t-based PI", "bcg.csv", "OR",
         method = "REML", ci = "hksj", pi = "t")
run_case("bcg_or_dl_wald_z", "dat.bcg, OR, DL, Wald CI, z-based PI", "bcg.csv", "OR",
         method = "DL", ci = "wald", pi = "z")
run_case("bcg_rd_reml_wald_z", "dat.bcg, RD, REML, Wald CI, z-based PI", "bcg.csv", "RD",
         method = "REML", ci = "wald", pi = "z")
run_case("bcg_rr_common_iv", "dat.bcg, RR, common effect, inverse variance", "bcg.csv", "RR",
         model = "common", pooling = "IV")
run_case("bcg_rr_mh", "dat.bcg, RR, Mantel-Haenszel", "bcg.csv", "RR", model = "common", pooling = "MH")
run_case("bcg_or_mh", "dat.bcg, OR, Mantel-Haenszel", "bcg.csv", "OR", model = "common", pooling = "MH")
run_case("bcg_rd_mh", "dat.bcg, RD, Mantel-Haenszel", "bcg.csv", "RD", model = "common", pooling = "MH")
run_case("bcg_or_peto", "dat.bcg, OR, Peto", "bcg.csv", "OR", model = "common", pooling = "PETO")
run_case("bcg_rr_reml_hksj_t_by_alloc", "dat.bcg, RR, REML, HKSJ CI, t-based PI, subgroups by alloc",
         "bcg.csv", "RR", method = "REML", ci = "hksj", pi = "t", by = "alloc")
run_case("bcg_rr_dl_wald_z_by_alloc", "dat.bcg, RR, DL, Wald CI, z-based PI, subgroups by alloc",
         "bcg.csv", "RR", method = "DL", ci = "wald", pi = "z", by = "alloc")
run_case("bcg_rr_common_iv_by_alloc", "dat.bcg, RR, common effect IV, subgroups by alloc",
         "bcg.csv", "RR", model = "common", pooling = "IV", by = "alloc")
run_case("bcg_rr_reml_wald_z_level90", "dat.bcg, RR, REML, Wald CI, z-based PI, 90% level",
         "bcg.csv", "RR", method = "REML", ci = "wald", pi = "z", level = 90)

# 2. Magnesium (one single-zero study).
run_case("magnesium_or_reml_hksj_t", "dat.egger2001, OR, REML, HKSJ CI, t-based PI", "magnesium.csv",
         "OR", method = "REML", ci = "hksj", pi = "t")
run_case("magnesium_or_mh", "dat.egger2001, OR, Mantel-Haenszel", "magnesium.csv", "OR",
         model = "common", pooling = "MH")
run_case("magnesium_rd_reml_wald_z", "dat.egger2001, RD, REML, Wald CI, z-based PI", "magnesium.csv",
         "RD", method = "REML", ci = "wald", pi = "z")
run_case("magnesium_or_peto", "dat.egger2001, OR, Peto", "magnesium.csv", "OR",
         model = "common", pooling = "PETO")

# 2b. Synthetic zero-cell / double-zero data.
run_case("zerocell_or_reml_wald_z", "synthetic zero-cell data, OR, REML, Wald CI, z-based PI",
         "zerocell.csv", "OR", method = "REML", ci = "wald", pi = "z")
run_case("zerocell_or_reml_wald_z_ccall", "synthetic zero-cell data, OR, REML, Wald CI, z-based PI, cc 0.5 to all studies",
         "zerocell.csv", "OR", method = "REML", ci = "wald", pi = "z", cc_to = "all")
run_case("zerocell_rr_mh", "synthetic zero-cell data, RR, Mantel-Haenszel", "zerocell.csv", "RR",
         model = "common", pooling = "MH")
run_case("zerocell_or_mh", "synthetic zero-cell data, OR, Mantel-Haenszel", "zerocell.csv", "OR",
         model = "common", pooling = "MH")
run_case("zerocell_rd_dl_wald_z", "synthetic zero-cell data, RD, DL, Wald CI, z-based PI",
         "zerocell.csv", "RD", method = "DL", ci = "wald", pi = "z")
run_case("zerocell_rd_mh", "synthetic zero-cell data, RD, Mantel-Haenszel", "zerocell.csv", "RD",
         model = "common", pooling = "MH")
run_case("zerocell_or_peto", "synthetic zero-cell data, OR, Peto", "zerocell.csv", "OR",
         model = "common", pooling = "PETO")

# 3. Yusuf 1985 table 9 (zero cells, double-zero trials).
run_case("yusuf9_or_peto", "dat.yusuf1985 table 9, OR, Peto", "yusuf9.csv", "OR",
         model = "common", pooling = "PETO")
run_case("yusuf9_or_common_iv", "dat.yusuf1985 table 9, OR, common effect, inverse variance",
         "yusuf9.csv", "OR", model = "common", pooling = "IV")
run_case("yusuf9_or_mh", "dat.yusuf1985 table 9, OR, Mantel-Haenszel", "yusuf9.csv", "OR",
         model = "common", pooling = "MH")
run_case("yusuf9_or_reml_wald_z", "dat.yusuf1985 table 9, OR, REML, Wald CI, z-based PI",
         "yusuf9.csv", "OR", method = "REML", ci = "wald", pi = "z")

# 4. Normand 1999: MD and SMD.
for (ms in c("MD", "SMD")) {
  run_case(sprintf("normand_%s_reml_hksj_t", tolower(ms)), sprintf("dat.normand1999, %s, REML, HKSJ CI, t-based PI", ms),
           "normand.csv", ms, method = "REML", ci = "hksj", pi = "t")
  run_case(sprintf("normand_%s_dl_wald_z", tolower(ms)), sprintf("dat.normand1999, %s, DL, Wald CI, z-based PI", ms),
           "normand.csv", ms, method = "DL", ci = "wald", pi = "z")
}

# 5. Proportions (Pritz 1997).
for (ms in c("PR", "PLO", "PFT"))
  run_case(sprintf("pritz_%s_reml_hksj_t", tolower(ms)), sprintf("dat.pritz1997, %s, REML, HKSJ CI, t-based PI", ms),
           "pritz.csv", ms, method = "REML", ci = "hksj", pi = "t")
run_case("pritz_pft_dl_wald_z", "dat.pritz1997, PFT, DL, Wald CI, z-based PI", "pritz.csv", "PFT",
         method = "DL", ci = "wald", pi = "z")

# 6. Generic inputs.
run_case("bcg_hr_reml_hksj_t", "dat.bcg RRs printed as HR with rounded 95% CIs, REML, HKSJ CI, t-based PI",
         "bcg_hr.csv", "HR", method = "REML", ci = "hksj", pi = "t")
run_case("bcg_hr_dl_wald_z", "dat.bcg RRs printed as HR with rounded 95% CIs, DL, Wald CI, z-based PI",
         "bcg_hr.csv", "HR", method = "DL", ci = "wald", pi = "z")
run_case("molloy_gen_reml_hksj_t", "dat.molloy2014 Fisher z with se, GEN, REML, HKSJ CI, t-based PI",
         "molloy.csv", "GEN", method = "REML", ci = "hksj", pi = "t")

cat("done:", length(list.files(CASE_DIR, pattern = "\\.json$")), "cases\n")
