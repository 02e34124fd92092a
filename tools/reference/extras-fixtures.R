#!/usr/bin/env Rscript
# =============================================================================
# extras-fixtures.R -- reference fixtures for issue 14 ("everything metafor does for one univariate
# meta-analysis") and the engine items of issue 13
#
# What it does
#   Writes data sets and one JSON case per data set x options to
#     evsynth-stats/src/test/resources/reference/extras/data/<name>.csv
#     evsynth-stats/src/test/resources/reference/extras/cases/<case>.json
#   in the format of meta-fixtures.R and bias-fixtures.R: {generator, description, data, command, args,
#   expected}. `args` are the CLI options issue 14 names (--method HS, --tau2-ci PL, --weights COL, ...);
#   evsynth-stats' reference test translates them into library settings. `expected` holds only the figures
#   the case is about, under the JSON keys issue 14 names.
#
# How to run (from the repository root; needs R with metafor, metadat, jsonlite)
#     Rscript tools/reference/extras-fixtures.R
#   Deterministic, as the other two scripts; iterative estimators run to convergence
#   (threshold = tol = 1e-12) and interval searches to tol 1e-12.
# =============================================================================

suppressPackageStartupMessages({
  library(metafor)
  library(metadat)
  library(jsonlite)
})

if (!file.exists("pom.xml") || !dir.exists("evsynth-stats"))
  stop("Run from the repository root: Rscript tools/reference/extras-fixtures.R")

OUT      <- file.path("evsynth-stats", "src", "test", "resources", "reference", "extras")
DATA_DIR <- file.path(OUT, "data")
CASE_DIR <- file.path(OUT, "cases")
dir.create(DATA_DIR, recursive = TRUE, showWarnings = FALSE)
dir.create(CASE_DIR, recursive = TRUE, showWarnings = FALSE)

GENERATOR <- sprintf("metafor %s, metadat %s, jsonlite %s, %s",
                     packageDescription("metafor")$Version,
                     packageDescription("metadat")$Version,
                     packageDescription("jsonlite")$Version,
                     R.version.string)

FIT_CONTROL <- list(threshold = 1e-12, tol = 1e-12, maxiter = 10000)
CI_CONTROL  <- list(tol = 1e-12, maxiter = 10000, tau2.max = 1e7)

source(file.path("tools", "reference", "fixture-io.R"))

# ----------------------------------------------------------------------------
# Data sets
# ----------------------------------------------------------------------------

# BCG vaccine trials, as in meta-fixtures.R (group 1 = vaccinated).
bcg <- with(dat.bcg, data.frame(study = paste(author, year), events_1 = tpos,
  total_1 = tpos + tneg, events_2 = cpos, total_2 = cpos + cneg,
  year = year, ablat = ablat, alloc = alloc, stringsAsFactors = FALSE))
write_data(bcg, "bcg.csv")

# Teacher expectancy (Raudenbush 1985): SMDs with their variances as metadat stores them; theta = yi,
# se = sqrt(vi); `weeks` of contact before the expectancy induction; `n` = n1i + n2i, used as GENQ weights.
r85 <- dat.raudenbush1985
raudenbush <- data.frame(study = paste(r85$study, r85$author, r85$year), theta = r85$yi, se = sqrt(r85$vi),
  weeks = r85$weeks, setting = r85$setting, tester = r85$tester, n = r85$n1i + r85$n2i,
  stringsAsFactors = FALSE)
write_data(raudenbush, "raudenbush.csv")

# Modified school calendars (Konstantopoulos 2011), used univariately: one row per school, theta = yi,
# se = sqrt(vi); `district` is the cluster, `year` a moderator.
k11 <- dat.konstantopoulos2011
konstantopoulos <- data.frame(study = paste0("district ", k11$district, " school ", k11$school),
  theta = k11$yi, se = sqrt(k11$vi), district = k11$district, year = k11$year, stringsAsFactors = FALSE)
write_data(konstantopoulos, "konstantopoulos.csv")

# Studies in which no participant had the event: Mantel-Haenszel RD is exactly 0 with variance 0.
noevents <- data.frame(study = c("Trial A", "Trial B", "Trial C"), events_1 = c(0, 0, 0),
  total_1 = c(10, 20, 30), events_2 = c(0, 0, 0), total_2 = c(12, 22, 31), stringsAsFactors = FALSE)
write_data(noevents, "noevents.csv")

# Four identical estimates (HKSJ collapses: Q = 0).
identical4 <- data.frame(study = paste("Study", 1:4), theta = rep(0.5, 4), se = c(0.1, 0.2, 0.3, 0.4),
  stringsAsFactors = FALSE)
write_data(identical4, "identical.csv")

# ----------------------------------------------------------------------------
# Fits
# ----------------------------------------------------------------------------

yivi <- function(d, measure) {
  if ("events_1" %in% names(d)) {
    es <- escalc(measure, ai = d$events_1, n1i = d$total_1, ci = d$events_2, n2i = d$total_2,
                 add = 0.5, to = "only0", drop00 = measure %in% c("OR", "RR"))
    return(data.frame(yi = as.numeric(es$yi), vi = as.numeric(es$vi)))
  }
  data.frame(yi = d$theta, vi = d$se^2)
}

bt_for <- function(measure) if (measure %in% c("OR", "RR", "HR", "IRR", "ROM")) exp else identity

fit_stats <- function(fit) {
  fs <- fitstats(fit, REML = fit$method == "REML")
  list(logLik = fs[1, 1], deviance = fs[2, 1], AIC = fs[3, 1], BIC = fs[4, 1], AICc = fs[5, 1])
}

ci_type <- c(QP = "QP", PL = "PL", WALD = "Wald")

# One heterogeneity case: the estimator's tau2 and se.tau2, the tau2 interval of the given type with the
# intervals for tau, I2 and H2, and the fit statistics; the pooled estimate for the estimator.
het_case <- function(case, description, data, measure, method, tau2_ci = "QP", ci = "wald",
                     weights_col = NULL) {
  d <- read_data(data)
  e <- yivi(d, measure)
  test <- switch(ci, wald = "z", hksj = "knha", "hksj-modified" = "adhoc")
  fit <- if (is.null(weights_col)) rma(e$yi, e$vi, method = method, test = test, control = FIT_CONTROL) else
    rma(e$yi, e$vi, weights = d[[weights_col]], method = method, test = test, control = FIT_CONTROL)
  cis <- confint(fit, type = ci_type[[tau2_ci]], control = CI_CONTROL)$random
  bt <- bt_for(measure)
  args <- c("--measure", measure, "--model", "random", "--method", method, "--ci", ci, "--pi", "z",
            "--tau2-ci", tau2_ci)
  if ("events_1" %in% names(d)) args <- c(args, "--cc", "0.5", "--cc-to", "zero")
  if (!is.null(weights_col)) args <- c(args, "--weights", weights_col)
  expected <- list(k = fit$k, estimate = bt(c(fit$beta)), ci_lower = bt(fit$ci.lb), ci_upper = bt(fit$ci.ub),
    theta = c(fit$beta), se = fit$se, statistic = fit$zval, p_value = fit$pval,
    tau2 = fit$tau2, tau2_se = clean(fit$se.tau2), tau2_ci_method = tau2_ci,
    tau2_ci_lower = cis["tau^2", "ci.lb"], tau2_ci_upper = cis["tau^2", "ci.ub"],
    tau_ci_lower = cis["tau", "ci.lb"], tau_ci_upper = cis["tau", "ci.ub"],
    I2 = fit$I2, I2_ci_lower = cis["I^2(%)", "ci.lb"], I2_ci_upper = cis["I^2(%)", "ci.ub"],
    H2 = fit$H2, H2_ci_lower = cis["H^2", "ci.lb"], H2_ci_upper = cis["H^2", "ci.ub"])
  if (is.null(weights_col)) expected <- c(expected, fit_stats(fit))
  write_case(case, list(generator = GENERATOR, description = description, data = data, command = "meta",
                        args = args, expected = expected))
  cat(sprintf("%-40s tau2=%.6f se=%.6f ci=[%.6f, %.6f]\n", case, fit$tau2, fit$se.tau2,
              cis["tau^2", "ci.lb"], cis["tau^2", "ci.ub"]))
}

# ----------------------------------------------------------------------------
# Cases: heterogeneity (issue 14)
# ----------------------------------------------------------------------------

for (m in c("REML", "ML", "DL", "PM", "SJ", "HE", "EB", "HS", "HSk", "DLIT", "SJIT", "PMM")) {
  het_case(sprintf("bcg_rr_%s_qp", tolower(m)), sprintf("dat.bcg, RR, %s: tau2, se.tau2, Q-profile CI, fit statistics", m),
           "bcg.csv", "RR", m)
  het_case(sprintf("raudenbush_gen_%s_wald", tolower(m)), sprintf("dat.raudenbush1985, SMD as theta/se, %s: Wald CI for tau2", m),
           "raudenbush.csv", "GEN", m, tau2_ci = "WALD")
}
for (m in c("REML", "ML")) {
  het_case(sprintf("bcg_rr_%s_pl", tolower(m)), sprintf("dat.bcg, RR, %s: profile-likelihood CI for tau2", m),
           "bcg.csv", "RR", m, tau2_ci = "PL")
  het_case(sprintf("raudenbush_gen_%s_pl", tolower(m)), sprintf("dat.raudenbush1985, %s: profile-likelihood CI (lower limit 0)", m),
           "raudenbush.csv", "GEN", m, tau2_ci = "PL")
  het_case(sprintf("konstantopoulos_gen_%s_pl", tolower(m)), sprintf("dat.konstantopoulos2011 (univariate), %s: profile-likelihood CI", m),
           "konstantopoulos.csv", "GEN", m, tau2_ci = "PL")
}
het_case("konstantopoulos_gen_reml_qp", "dat.konstantopoulos2011 (univariate), REML: Q-profile CI, fit statistics",
         "konstantopoulos.csv", "GEN", "REML")
het_case("konstantopoulos_gen_hs_wald", "dat.konstantopoulos2011 (univariate), HS: Wald CI",
         "konstantopoulos.csv", "GEN", "HS", tau2_ci = "WALD")
het_case("raudenbush_gen_genq_n_wald", "dat.raudenbush1985, GENQ with weights n (total sample size): tau2, se.tau2, weighted estimate, Wald CI",
         "raudenbush.csv", "GEN", "GENQ", tau2_ci = "WALD", weights_col = "n")
het_case("raudenbush_gen_genq_n_hksj", "dat.raudenbush1985, GENQ with weights n, HKSJ (s2 from the inverse-variance fit, as metafor)",
         "raudenbush.csv", "GEN", "GENQ", tau2_ci = "QP", ci = "hksj", weights_col = "n")
het_case("bcg_rr_reml_hksj_modified", "dat.bcg, RR, REML, modified HKSJ (metafor test = 'adhoc')",
         "bcg.csv", "RR", "REML", ci = "hksj-modified")
het_case("raudenbush_gen_reml_hksj_modified", "dat.raudenbush1985, REML, modified HKSJ: s2 < 1 truncated at 1",
         "raudenbush.csv", "GEN", "REML", ci = "hksj-modified")

# ----------------------------------------------------------------------------
# Cases: the engine items of issue 13
# ----------------------------------------------------------------------------

# Mantel-Haenszel RD with no events anywhere: metafor gives 0 with se 0 (and the degenerate CI [0, 0], z and
# p NaN). evsynth gives the estimate and se, and no interval (null), with a note: an interval of width 0 would
# claim a certainty the data do not have.
d <- read_data("noevents.csv")
mh <- suppressWarnings(rma.mh(ai = d$events_1, n1i = d$total_1, ci = d$events_2, n2i = d$total_2,
                              measure = "RD", add = 0, to = "none", drop00 = FALSE))
stopifnot(c(mh$beta) == 0, mh$se == 0)
write_case("noevents_rd_mh", list(generator = GENERATOR,
  description = "no events in any study, RD, Mantel-Haenszel: exactly 0 with variance 0 (no interval)",
  data = "noevents.csv", command = "meta",
  args = c("--measure", "RD", "--model", "common", "--pooling", "MH", "--cc", "0.5", "--cc-to", "zero"),
  expected = list(k = mh$k, estimate = c(mh$beta), theta = c(mh$beta), se = mh$se,
                  ci_lower = NA, ci_upper = NA, statistic = NA, p_value = NA)))

# Identical estimates with HKSJ: metafor's s2w is 0 (RSS <= machine epsilon), so the interval is the
# estimate itself; evsynth gives the same with a warning and the Wald interval beside it.
d <- read_data("identical.csv")
f <- rma(d$theta, sei = d$se, method = "REML", test = "knha", control = FIT_CONTROL)
fz <- rma(d$theta, sei = d$se, method = "REML", test = "z", control = FIT_CONTROL)
stopifnot(f$ci.lb == f$ci.ub)
write_case("identical_gen_reml_hksj", list(generator = GENERATOR,
  description = "four identical estimates, REML, HKSJ: the interval collapses (metafor); Wald beside it",
  data = "identical.csv", command = "meta",
  args = c("--measure", "GEN", "--model", "random", "--method", "REML", "--ci", "hksj", "--pi", "z"),
  expected = list(k = f$k, estimate = c(f$beta), ci_lower = f$ci.lb, ci_upper = f$ci.ub, se = f$se,
                  tau2 = f$tau2, wald_ci_lower = fz$ci.lb, wald_ci_upper = fz$ci.ub)))


# ----------------------------------------------------------------------------
# Cases: leave-one-out rows, cumulative with collapse, case diagnostics (issue 14)
# ----------------------------------------------------------------------------

l1o_rows <- function(fit, studies, bt) {
  l <- leave1out(fit)
  l <- unclass(l)
  if (is.null(l$zval)) l$zval <- l$tval     # the t statistic under test = "knha"
  l <- lapply(l[c("estimate", "se", "zval", "pval", "ci.lb", "ci.ub", "Q", "Qp", "tau2", "I2", "H2")], as.numeric)
  lapply(seq_along(studies), function(i) list(omitted = studies[i], estimate = bt(l$estimate[i]),
    ci_lower = bt(l$ci.lb[i]), ci_upper = bt(l$ci.ub[i]), se = l$se[i], statistic = l$zval[i],
    p_value = l$pval[i], Q = l$Q[i], p_Q = l$Qp[i], tau2 = clean(l$tau2[i]), I2 = l$I2[i], H2 = l$H2[i]))
}

# metafor 3.8's cumul() has no `collapse` (metafor 4.0 added it): the collapsed step of a group of studies
# with the same order value is the uncollapsed step after its last study, which is what collapse = TRUE gives.
cumul_collapsed <- function(fit, key, bt) {
  ord <- order(key)
  cu <- lapply(unclass(do.call(cumul, list(fit, order = key)))[c("estimate", "ci.lb", "ci.ub", "tau2", "I2")],
               as.numeric)
  last <- which(c(diff(key[ord]) != 0, TRUE))
  lapply(last, function(j) list(added = num2str(key[ord][j]), k = j, estimate = bt(cu$estimate[j]),
    ci_lower = bt(cu$ci.lb[j]), ci_upper = bt(cu$ci.ub[j]), tau2 = if (j == 1) NA else clean(cu$tau2[j]),
    I2 = if (j == 1) NA else clean(cu$I2[j])))
}

influence_rows <- function(fit, studies) {
  inf <- influence(fit)$inf
  dfb <- dfbetas(fit)
  rs <- rstandard(fit)
  b <- blup(fit)
  re <- ranef(fit)
  l <- leave1out(fit)
  n <- function(x) as.numeric(unclass(x))
  lapply(seq_along(studies), function(i) list(study = studies[i], rstudent = n(inf$rstudent)[i],
    rstandard = n(rs$z)[i], dfbetas = n(dfb$intrcpt)[i], covratio = n(inf$cov.r)[i],
    cooks_distance = n(inf$cook.d)[i], blup = n(b$pred)[i], blup_se = n(b$se)[i],
    blup_pi_lower = n(b$pi.lb)[i], blup_pi_upper = n(b$pi.ub)[i], ranef = n(re$pred)[i],
    ranef_se = n(re$se)[i], theta_deleted = n(l$estimate)[i], I2_deleted = n(l$I2)[i]))
}

sections_case <- function(case, description, data, measure, method, ci, cumulative = NULL) {
  d <- read_data(data)
  e <- yivi(d, measure)
  test <- switch(ci, wald = "z", hksj = "knha", "hksj-modified" = "adhoc")
  fit <- rma(e$yi, e$vi, method = method, test = test, control = FIT_CONTROL)
  bt <- bt_for(measure)
  args <- c("--measure", measure, "--model", "random", "--method", method, "--ci", ci, "--pi", "z")
  if ("events_1" %in% names(d)) args <- c(args, "--cc", "0.5", "--cc-to", "zero")
  args <- c(args, "--leave-one-out", "--influence")
  expected <- list(leave_one_out = l1o_rows(fit, d$study, bt), influence = influence_rows(fit, d$study))
  if (!is.null(cumulative)) {
    args <- c(args, "--cumulative", cumulative, "--collapse")
    expected$cumulative <- cumul_collapsed(fit, d[[cumulative]], bt)
  }
  write_case(case, list(generator = GENERATOR, description = description, data = data, command = "meta",
                        args = args, expected = expected))
}

sections_case("bcg_rr_reml_wald_sections", "dat.bcg, RR, REML, Wald: leave-one-out rows with se, z, Q, p_Q, H2; rstandard, dfbetas, covratio, BLUPs, random effects; cumulative by year, collapsed",
              "bcg.csv", "RR", "REML", "wald", cumulative = "year")
sections_case("bcg_rr_reml_hksj_sections", "dat.bcg, RR, REML, HKSJ: leave-one-out and case diagnostics (HKSJ-scaled; BLUP intervals with t(k-1))",
              "bcg.csv", "RR", "REML", "hksj")
sections_case("konstantopoulos_gen_dl_wald_sections", "dat.konstantopoulos2011 (univariate), DL, Wald: leave-one-out, case diagnostics, cumulative by year collapsed (many ties)",
              "konstantopoulos.csv", "GEN", "DL", "wald", cumulative = "year")

# Mantel-Haenszel and Peto: leave-one-out rows and the diagnostics metafor gives for them (rstandard,
# rstudent, the deleted estimate, Q and I2).
mh_sections_case <- function(case, description, data, measure, pooling) {
  d <- read_data(data)
  args <- list(ai = d$events_1, n1i = d$total_1, ci = d$events_2, n2i = d$total_2,
               add = c(0.5, 0), to = c("only0", "none"), drop00 = c(TRUE, TRUE))
  fit <- if (pooling == "MH") do.call(rma.mh, c(args, list(measure = measure))) else do.call(rma.peto, args)
  bt <- bt_for(measure)
  l <- leave1out(fit)
  rs <- rstandard(fit)
  rt <- rstudent(fit)
  l <- lapply(unclass(l)[c("estimate", "se", "zval", "pval", "ci.lb", "ci.ub", "Q", "Qp", "I2", "H2")], as.numeric)
  rows <- lapply(seq_along(d$study), function(i) list(omitted = d$study[i], estimate = bt(l$estimate[i]),
    ci_lower = bt(l$ci.lb[i]), ci_upper = bt(l$ci.ub[i]), se = l$se[i], statistic = l$zval[i],
    p_value = l$pval[i], Q = l$Q[i], p_Q = l$Qp[i], I2 = l$I2[i], H2 = l$H2[i]))
  n <- function(x) as.numeric(unclass(x))
  infl <- lapply(seq_along(d$study), function(i) list(study = d$study[i], rstandard = n(rs$z)[i],
    rstudent = n(rt$z)[i], theta_deleted = n(l$estimate)[i], Q_deleted = n(l$Q)[i], I2_deleted = n(l$I2)[i]))
  write_case(case, list(generator = GENERATOR, description = description, data = data, command = "meta",
    args = c("--measure", measure, "--model", "common", "--pooling", pooling, "--cc", "0.5", "--cc-to", "zero",
             "--leave-one-out", "--influence"),
    expected = list(leave_one_out = rows, influence = infl)))
}
mh_sections_case("bcg_or_mh_sections", "dat.bcg, OR, Mantel-Haenszel: leave-one-out and residuals", "bcg.csv", "OR", "MH")
mh_sections_case("bcg_rr_mh_sections", "dat.bcg, RR, Mantel-Haenszel: leave-one-out and residuals", "bcg.csv", "RR", "MH")
mh_sections_case("bcg_or_peto_sections", "dat.bcg, OR, Peto: leave-one-out and residuals", "bcg.csv", "OR", "PETO")


# ----------------------------------------------------------------------------
# Cases: fail-safe N and the Mantel-Haenszel tests (issue 14)
# ----------------------------------------------------------------------------

fsn_case <- function(case, description, data, measure, type, target = NULL) {
  d <- read_data(data)
  e <- yivi(d, measure)
  f <- if (is.null(target)) fsn(e$yi, e$vi, type = type) else fsn(e$yi, e$vi, type = type, target = target)
  args <- c("--measure", measure, "--model", "random", "--method", "REML", "--ci", "wald", "--pi", "z",
            "--failsafe", tolower(type))
  if ("events_1" %in% names(d)) args <- c(args, "--cc", "0.5", "--cc-to", "zero")
  if (!is.null(target)) args <- c(args, "--failsafe-target", num2str(target))
  write_case(case, list(generator = GENERATOR, description = description, data = data, command = "meta",
    args = args, expected = list(failsafe = list(method = toupper(type), n = f$fsnum,
      mean_effect = clean(f$meanes), p_value = clean(f$pval), target = clean(f$target)))))
}
for (t in c("Rosenthal", "Orwin", "Rosenberg")) {
  fsn_case(sprintf("bcg_rr_fsn_%s", tolower(t)), sprintf("dat.bcg, RR: fail-safe N (%s)", t), "bcg.csv", "RR", t)
  fsn_case(sprintf("raudenbush_gen_fsn_%s", tolower(t)), sprintf("dat.raudenbush1985: fail-safe N (%s)", t),
           "raudenbush.csv", "GEN", t)
}
fsn_case("bcg_rr_fsn_orwin_target", "dat.bcg, RR: Orwin's fail-safe N with target log RR = -0.1 (RR 0.905)",
         "bcg.csv", "RR", "Orwin", target = -0.1)

# Cochran-Mantel-Haenszel test (with continuity correction, rma.mh's default) and Tarone's test.
d <- read_data("bcg.csv")
mh <- rma.mh(ai = d$events_1, n1i = d$total_1, ci = d$events_2, n2i = d$total_2, measure = "OR",
             add = c(0.5, 0), to = c("only0", "none"), drop00 = c(TRUE, TRUE))
write_case("bcg_or_mh_cmh_tarone", list(generator = GENERATOR,
  description = "dat.bcg, OR, Mantel-Haenszel: Cochran-Mantel-Haenszel test and Tarone's test", data = "bcg.csv",
  command = "meta", args = c("--measure", "OR", "--model", "common", "--pooling", "MH", "--cc", "0.5",
                             "--cc-to", "zero"),
  expected = list(cmh = list(statistic = mh$MH, p_value = mh$MHp),
                  tarone = list(statistic = mh$TA, df = mh$k - 1, p_value = mh$TAp))))


# ----------------------------------------------------------------------------
# Cases: the generalised-Q interval, the Henmi-Copas interval and cluster-robust errors of the pooled
# model (issue 14, second part)
# ----------------------------------------------------------------------------

# Meta-analysis of delinquency programmes (Assink & Wibbelink 2016), used univariately: one row per effect size,
# theta = yi, se = sqrt(vi); `cluster` is the study the effect comes from (17 studies, 100 effects).
a16 <- dat.assink2016
assink <- data.frame(study = sprintf("study %d effect %d", a16$study, a16$esid), theta = a16$yi, se = sqrt(a16$vi),
  cluster = a16$study, year = a16$year, deltype = a16$deltype, pubstatus = a16$pubstatus, stringsAsFactors = FALSE)
write_data(assink, "assink.csv")

# P(Q > q) for Q = sum(lambda_j chi2_1), by Imhof's (1961) integral with integrate(): the distribution metafor's
# confint(type = "GENQ") takes from CompQuadForm::farebrother (not packaged for Debian, and CRAN is not
# reachable here), written in base R as CompQuadForm::imhof computes it, except that the integral stops at the
# U where Imhof's bound on the truncation error, 2 / (pi r U^(r/2) prod(lambda)^(1/2)), is 1e-15 (as evsynth's
# QuadraticFormDistribution does): integrate() over (0, Inf) stops at about 1e-11 (roundoff), over (0, U) it
# agrees with Ruben's (1962) exact series to 2e-14 on the check below.
imhof_upper <- function(q, lambda) {
  r <- length(lambda)
  U <- exp((log(2 / (pi * r * 1e-15)) - 0.5 * sum(log(lambda))) * 2 / r)
  f <- function(u) vapply(u, function(ui) {
    theta <- 0.5 * sum(atan(lambda * ui)) - 0.5 * q * ui
    rho <- exp(0.25 * sum(log1p((lambda * ui)^2)))
    sin(theta) / (ui * rho)
  }, numeric(1))
  0.5 + integrate(f, 0, U, rel.tol = 1e-12, abs.tol = 1e-15, subdivisions = 10000L)$value / pi
}
stopifnot(abs(imhof_upper(30, rep(2, 12)) - pchisq(15, 12, lower.tail = FALSE)) < 1e-13)
stopifnot(abs(imhof_upper(40, c(0.3, 1, 2.5, 7, 20, 60, 100, 3, 4, 5, 6, 0.9)) - 0.9594935402804496) < 1e-13)

# metafor's confint.rma.uni code path for type = "GENQ" (intercept-only model), with two changes: the
# distribution by imhof_upper() instead of farebrother(), and uniroot() to tol = 1e-12 (metafor passes no tol
# there, so its limits are good to about 1e-4). Returns c(lower, upper).
genq_ci <- function(yi, vi, weights, level = 0.05, tau2.min = 0, tau2.max = 100) {
  k <- length(yi); p <- 1
  X <- cbind(rep(1, k)); A <- diag(weights, nrow = k, ncol = k)
  stXAX <- solve(crossprod(X, A) %*% X)
  P <- A - A %*% X %*% stXAX %*% t(X) %*% A
  Q <- c(crossprod(yi, P) %*% yi)
  genq <- function(tau2val, lev, getlower) {
    S <- diag(sqrt(vi + tau2val), nrow = k, ncol = k)
    lambda <- Re(eigen(S %*% P %*% S, symmetric = TRUE, only.values = TRUE)$values)
    Qq <- imhof_upper(Q, lambda[seq_len(k - p)])
    if (getlower) Qq - lev else (1 - Qq) - lev
  }
  at.min <- genq(tau2.min, 0, TRUE)
  at.max <- genq(tau2.max, 0, TRUE)
  if (at.min > 1 - level / 2) return(c(tau2.min, tau2.min))
  stopifnot(at.max >= 1 - level / 2)
  ub <- uniroot(genq, c(tau2.min, tau2.max), lev = level / 2, getlower = FALSE, tol = 1e-12)$root
  lb <- if (at.min > level / 2) tau2.min else
    uniroot(genq, c(tau2.min, tau2.max), lev = level / 2, getlower = TRUE, tol = 1e-12)$root
  c(lb, ub)
}

# The limits for tau, I2 and H2 from the tau2 limits, as confint.rma.uni transforms them.
tau2_limits <- function(fit, ci) {
  wi <- 1 / fit$vi; k <- fit$k
  vt <- (k - 1) * sum(wi) / (sum(wi)^2 - sum(wi^2))
  list(tau2_ci_lower = ci[1], tau2_ci_upper = ci[2], tau_ci_lower = sqrt(ci[1]), tau_ci_upper = sqrt(ci[2]),
       I2_ci_lower = 100 * ci[1] / (vt + ci[1]), I2_ci_upper = 100 * ci[2] / (vt + ci[2]),
       H2_ci_lower = 1 + ci[1] / vt, H2_ci_upper = 1 + ci[2] / vt)
}

# The GENQ interval: with the analysis's weights (user weights, or 1/vi without them; with 1/vi metafor would
# need method = "GENQ", weights = 1/vi to reach the same code path, which is what genq_ci() is given).
genq_case <- function(case, description, data, measure, method, weights_col = NULL) {
  d <- read_data(data)
  e <- yivi(d, measure)
  a <- if (is.null(weights_col)) 1 / e$vi else d[[weights_col]]
  fit <- if (is.null(weights_col)) rma(e$yi, e$vi, method = method, control = FIT_CONTROL) else
    rma(e$yi, e$vi, weights = a, method = method, control = FIT_CONTROL)
  ci <- genq_ci(e$yi, e$vi, a, tau2.max = max(100, 10 * fit$tau2))
  args <- c("--measure", measure, "--model", "random", "--method", method, "--ci", "wald", "--pi", "z",
            "--tau2-ci", "GENQ")
  if ("events_1" %in% names(d)) args <- c(args, "--cc", "0.5", "--cc-to", "zero")
  if (!is.null(weights_col)) args <- c(args, "--weights", weights_col)
  write_case(case, list(generator = GENERATOR, description = description, data = data, command = "meta",
    args = args, expected = c(list(k = fit$k, tau2 = fit$tau2, tau2_ci_method = "GENQ"), tau2_limits(fit, ci))))
  cat(sprintf("%-40s GENQ ci=[%.8f, %.8f]\n", case, ci[1], ci[2]))
}
genq_case("raudenbush_gen_genq_n_genqci", "dat.raudenbush1985, GENQ with weights n: the generalised-Q interval (Jackson 2013) with those weights",
          "raudenbush.csv", "GEN", "GENQ", weights_col = "n")
genq_case("raudenbush_gen_reml_genqci", "dat.raudenbush1985, REML: the generalised-Q interval with weights 1/vi (lower limit 0)",
          "raudenbush.csv", "GEN", "REML")
genq_case("bcg_rr_reml_genqci", "dat.bcg, RR, REML: the generalised-Q interval with weights 1/vi",
          "bcg.csv", "RR", "REML")
genq_case("konstantopoulos_gen_dl_genqci", "dat.konstantopoulos2011 (univariate), DL: the generalised-Q interval with weights 1/vi",
          "konstantopoulos.csv", "GEN", "DL")
genq_case("assink_gen_reml_genqci", "dat.assink2016 (univariate), REML: the generalised-Q interval with weights 1/vi, k = 100",
          "assink.csv", "GEN", "REML")

# The Henmi-Copas interval (hc(), with its root search to 1e-12; its integrate() keeps the default tolerance,
# and a re-computation with rel.tol = 1e-13 agrees to 4e-11 on dat.bcg).
hc_case <- function(case, description, data, measure, method, ci) {
  d <- read_data(data)
  e <- yivi(d, measure)
  test <- switch(ci, wald = "z", hksj = "knha")
  fit <- rma(e$yi, e$vi, method = method, test = test, control = FIT_CONTROL)
  h <- hc(fit, control = list(tol = 1e-12))
  bt <- bt_for(measure)
  args <- c("--measure", measure, "--model", "random", "--method", method, "--ci", ci, "--pi", "z",
            "--henmi-copas")
  if ("events_1" %in% names(d)) args <- c(args, "--cc", "0.5", "--cc-to", "zero")
  write_case(case, list(generator = GENERATOR, description = description, data = data, command = "meta",
    args = args, expected = list(k = fit$k, estimate = bt(c(fit$beta)), henmi_copas = list(theta = h$beta,
      se = h$se, estimate = bt(h$beta), ci_lower = bt(h$ci.lb), ci_upper = bt(h$ci.ub), tau2 = h$tau2))))
}
hc_case("bcg_rr_reml_hksj_henmi_copas", "dat.bcg, RR: the Henmi-Copas interval beside the REML/HKSJ result",
        "bcg.csv", "RR", "REML", "hksj")
hc_case("raudenbush_gen_dl_henmi_copas", "dat.raudenbush1985: the Henmi-Copas interval", "raudenbush.csv", "GEN", "DL", "wald")
hc_case("konstantopoulos_gen_reml_henmi_copas", "dat.konstantopoulos2011 (univariate): the Henmi-Copas interval",
        "konstantopoulos.csv", "GEN", "REML", "wald")
hc_case("assink_gen_reml_henmi_copas", "dat.assink2016 (univariate): the Henmi-Copas interval", "assink.csv", "GEN", "REML", "wald")

# Cluster-robust errors of the pooled model: robust(x, cluster, adjust = TRUE) on the model fitted with
# test = "z". metafor 3.8 builds the bread from x$vb, which under test = "knha" is scaled by the Hartung-Knapp
# factor (so its robust SE is that factor times the one here); the sandwich does not depend on the interval the
# model was fitted for, so the HKSJ case expects the same figures as the Wald case.
robust_case <- function(case, description, data, measure, method, ci, cluster) {
  d <- read_data(data)
  e <- yivi(d, measure)
  fit <- rma(e$yi, e$vi, method = method, test = "z", control = FIT_CONTROL)
  r <- do.call(robust, list(fit, cluster = d[[cluster]], adjust = TRUE))   # the values, not a name to look up
  bt <- bt_for(measure)
  args <- c("--measure", measure, "--model", "random", "--method", method, "--ci", ci, "--pi", "z",
            "--cluster", cluster)
  write_case(case, list(generator = GENERATOR, description = description, data = data, command = "meta",
    args = args, expected = list(k = fit$k, robust = list(theta = c(r$beta), se = r$se, statistic = r$zval,
      df = r$dfs, p_value = r$pval, ci_lower = bt(r$ci.lb), ci_upper = bt(r$ci.ub)))))
}
robust_case("konstantopoulos_gen_reml_robust", "dat.konstantopoulos2011 (univariate), REML: cluster-robust SE with cluster = district (11 clusters)",
            "konstantopoulos.csv", "GEN", "REML", "wald", "district")
robust_case("konstantopoulos_gen_reml_hksj_robust", "dat.konstantopoulos2011, REML, HKSJ model: the same cluster-robust SE (the sandwich ignores the Hartung-Knapp factor)",
            "konstantopoulos.csv", "GEN", "REML", "hksj", "district")
robust_case("assink_gen_reml_robust", "dat.assink2016 (univariate), REML: cluster-robust SE with cluster = study (17 clusters)",
            "assink.csv", "GEN", "REML", "wald", "cluster")
robust_case("assink_gen_dl_robust", "dat.assink2016 (univariate), DL: cluster-robust SE with cluster = study",
            "assink.csv", "GEN", "DL", "wald", "cluster")

cat("done:", length(list.files(CASE_DIR, pattern = "\\.json$")), "cases\n")
