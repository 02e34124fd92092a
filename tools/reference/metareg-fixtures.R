#!/usr/bin/env Rscript
# =============================================================================
# metareg-fixtures.R -- reference fixtures for the meta-regression items of issue 14
#
# What it does
#   Writes data sets and one JSON case per data set x options to
#     evsynth-stats/src/test/resources/reference/metareg/data/<name>.csv
#     evsynth-stats/src/test/resources/reference/metareg/cases/<case>.json
#   in the format of the other scripts: {generator, description, data, command, args, expected}, command
#   "metareg". `args` are the options issue 14 names (--model common, --method HSk, --weights COL,
#   --test-coefs 2,3, --lincomb "1,30,1970", --predict "ablat=30,year=1970", --compare-with ablat, --cluster COL);
#   `expected` the JSON keys it names (subset_test, lincombs, predictions, model_comparison, robust,
#   tau2_ci_lower/upper) beside those of bias-fixtures.R's metareg cases.
#
# How to run (from the repository root; needs R with metafor, metadat, jsonlite)
#     Rscript tools/reference/metareg-fixtures.R
#   Deterministic; iterative estimators run to convergence (threshold = tol = 1e-12), interval searches to 1e-12.
# =============================================================================

suppressPackageStartupMessages({
  library(metafor)
  library(metadat)
  library(jsonlite)
})

if (!file.exists("pom.xml") || !dir.exists("evsynth-stats"))
  stop("Run from the repository root: Rscript tools/reference/metareg-fixtures.R")

source(file.path("tools", "reference", "fixture-io.R"))

FOLDERS   <- fixture_folders("metareg")
DATA_DIR  <- FOLDERS$data
CASE_DIR  <- FOLDERS$cases
GENERATOR <- fixture_generator()

FIT_CONTROL <- list(threshold = 1e-12, tol = 1e-12, maxiter = 10000)
CI_CONTROL  <- list(tol = 1e-12, maxiter = 10000)

# ----------------------------------------------------------------------------
# Data sets (as in extras-fixtures.R)
# ----------------------------------------------------------------------------

bcg <- with(dat.bcg, data.frame(study = paste(author, year), events_1 = tpos,
  total_1 = tpos + tneg, events_2 = cpos, total_2 = cpos + cneg,
  year = year, ablat = ablat, alloc = alloc, stringsAsFactors = FALSE))
write_data(bcg, "bcg.csv")

r85 <- dat.raudenbush1985
write_data(data.frame(study = paste(r85$study, r85$author, r85$year), theta = r85$yi, se = sqrt(r85$vi),
  weeks = r85$weeks, setting = r85$setting, tester = r85$tester, n = r85$n1i + r85$n2i,
  stringsAsFactors = FALSE), "raudenbush.csv")

k11 <- dat.konstantopoulos2011
write_data(data.frame(study = paste0("district ", k11$district, " school ", k11$school),
  theta = k11$yi, se = sqrt(k11$vi), district = k11$district, year = k11$year, stringsAsFactors = FALSE),
  "konstantopoulos.csv")

a16 <- dat.assink2016
write_data(data.frame(study = sprintf("study %d effect %d", a16$study, a16$esid), theta = a16$yi, se = sqrt(a16$vi),
  cluster = a16$study, year = a16$year, deltype = a16$deltype, pubstatus = a16$pubstatus, stringsAsFactors = FALSE),
  "assink.csv")

# ----------------------------------------------------------------------------
# Helpers
# ----------------------------------------------------------------------------

yivi <- function(d, measure) {
  if ("events_1" %in% names(d)) {
    es <- escalc(measure, ai = d$events_1, n1i = d$total_1, ci = d$events_2, n2i = d$total_2,
                 add = 0.5, to = "only0", drop00 = measure %in% c("OR", "RR"))
    return(data.frame(yi = as.numeric(es$yi), vi = as.numeric(es$vi)))
  }
  data.frame(yi = d$theta, vi = d$se^2)
}

bt_for <- function(measure) if (measure %in% c("OR", "RR")) exp else identity

# The model matrix as bias-fixtures.R builds it: numeric columns as they are, other columns in treatment coding
# with the first level in code point order as the reference, dummies named column:level.
mod_matrix <- function(d, mods) {
  cols <- list(); nm <- character(0)
  for (m in mods) {
    v <- d[[m]]
    if (is.numeric(v)) {
      cols[[length(cols) + 1]] <- as.numeric(v); nm <- c(nm, m)
    } else {
      lev <- sort(unique(v), method = "radix")
      for (l in lev[-1]) {
        cols[[length(cols) + 1]] <- as.numeric(v == l); nm <- c(nm, paste0(m, ":", l))
      }
    }
  }
  X <- do.call(cbind, cols); colnames(X) <- nm
  X
}

# The row of new moderator values ("ablat=30,alloc=random") in the same coding, without the intercept.
new_row <- function(d, mods, text) {
  pairs <- strsplit(strsplit(text, ",")[[1]], "=")
  values <- setNames(vapply(pairs, `[`, "", 2), vapply(pairs, `[`, "", 1))
  row <- numeric(0)
  for (m in mods) {
    v <- d[[m]]
    if (is.numeric(v)) row <- c(row, as.numeric(values[[m]])) else {
      lev <- sort(unique(v), method = "radix")
      row <- c(row, as.numeric(lev[-1] == values[[m]]))
    }
  }
  list(values = as.list(values), row = row)
}

fit_model <- function(yi, vi, X, method, test, weights = NULL) {
  args <- list(yi = yi, vi = vi, method = method, test = test, control = FIT_CONTROL)
  if (!is.null(X)) args$mods <- X
  if (!is.null(weights)) args$weights <- weights
  do.call(rma, args)
}

fit_stats <- function(fit, restricted) {
  fs <- fitstats(fit, REML = restricted)
  list(logLik = fs[1, 1], deviance = fs[2, 1], AIC = fs[3, 1], BIC = fs[4, 1], AICc = fs[5, 1])
}

# ----------------------------------------------------------------------------
# One `evsynth metareg` case
# ----------------------------------------------------------------------------

metareg_case <- function(case, description, data, measure, mods, method = "REML", ci = "wald", model = "random",
                         pi = "t", weights_col = NULL, test_coefs = NULL, lincombs = list(), predictions = list(),
                         compare_with = NULL, cluster = NULL) {
  d <- read_data(data)
  e <- yivi(d, measure)
  X <- mod_matrix(d, mods)
  test <- switch(ci, wald = "z", hksj = "knha", "hksj-modified" = "adhoc")
  fitted_method <- if (model == "common") "EE" else method
  weights <- if (is.null(weights_col)) NULL else d[[weights_col]]
  fit <- suppressWarnings(fit_model(e$yi, e$vi, X, fitted_method, test, weights))
  fit_z <- fit_model(e$yi, e$vi, X, fitted_method, "z", weights)
  stopifnot(ncol(fit$X) == ncol(X) + 1)
  bt <- bt_for(measure)
  names_out <- c("intercept", colnames(X))
  coefs <- lapply(seq_along(names_out), function(j) list(name = names_out[j], estimate = fit$beta[j, 1],
    se = fit$se[j], statistic = fit$zval[j], p_value = fit$pval[j], ci_lower = fit$ci.lb[j], ci_upper = fit$ci.ub[j]))
  random <- model == "random"
  expected <- list(k = fit$k, model = model, coefficients = coefs, tau2 = fit$tau2, I2 = fit$I2, H2 = fit$H2,
                   R2 = clean(fit$R2), QM = fit$QM, QM_df = fit$QMdf[1])
  if (test != "z") expected$QM_df2 <- fit$QMdf[2]
  expected <- c(expected, list(QM_p = fit$QMp, QE = fit$QE, QE_df = fit$k - fit$p, QE_p = fit$QEp))
  if (random) {
    cis <- confint(fit, type = "QP", control = CI_CONTROL)$random
    expected$tau2_ci_lower <- cis["tau^2", "ci.lb"]
    expected$tau2_ci_upper <- cis["tau^2", "ci.ub"]
  } else {
    expected$tau2_ci_lower <- NA
    expected$tau2_ci_upper <- NA
  }
  expected <- c(expected, fit_stats(fit, random && method == "REML"))
  args <- c("--mods", paste(mods, collapse = ","), "--measure", measure, "--model", model, "--ci", ci, "--pi", pi)
  if (random) args <- c(args, "--method", method)
  if ("events_1" %in% names(d)) args <- c(args, "--cc", "0.5", "--cc-to", "zero")
  if (!is.null(weights_col)) args <- c(args, "--weights", weights_col)
  if (!is.null(test_coefs)) {
    a <- anova(fit, btt = test_coefs)
    args <- c(args, "--test-coefs", paste(test_coefs, collapse = ","))
    expected$subset_test <- list(coefs = I(test_coefs), statistic = a$QM, df = a$QMdf[1])
    if (test != "z") expected$subset_test$df2 <- a$QMdf[2]
    expected$subset_test$p_value <- a$QMp
  }
  if (length(lincombs) > 0) {
    crit <- if (test != "z") qt(0.975, fit$k - fit$p) else qnorm(0.975)
    expected$lincombs <- lapply(lincombs, function(w) {
      a <- anova(fit, X = rbind(w))
      list(weights = I(w), estimate = c(a$Xb), se = a$se, ci_lower = c(a$Xb) - crit * a$se,
           ci_upper = c(a$Xb) + crit * a$se, statistic = a$zval, p_value = a$pval)
    })
    for (w in lincombs) args <- c(args, "--lincomb", paste(num2str(w), collapse = ","))
  }
  if (length(predictions) > 0) {
    expected$predictions <- lapply(predictions, function(text) {
      nr <- new_row(d, mods, text)
      p <- predict(fit, newmods = rbind(nr$row))
      out <- list(values = nr$values, theta = p$pred, se = p$se, estimate = bt(p$pred), ci_lower = bt(p$ci.lb),
                  ci_upper = bt(p$ci.ub), pi_lower = NA, pi_upper = NA)
      if (random) {
        # The prediction interval as the pooled model's: the model-based variance (the z fit) and t with
        # k - p - 1 degrees of freedom (pi.type = "riley") or the normal quantile.
        pz <- predict(fit_z, newmods = rbind(nr$row), pi.type = if (pi == "t") "riley" else "default")
        out$pi_lower <- bt(pz$pi.lb)
        out$pi_upper <- bt(pz$pi.ub)
      }
      out
    })
    for (text in predictions) args <- c(args, "--predict", text)
  }
  if (!is.null(compare_with)) {
    reduced_mods <- if (compare_with == "") character(0) else strsplit(compare_with, ",")[[1]]
    Xr <- if (length(reduced_mods) == 0) NULL else mod_matrix(d, reduced_mods)
    fit_r <- fit_model(e$yi, e$vi, Xr, fitted_method, test)
    a <- anova(fit, fit_r)
    expected$model_comparison <- list(LRT = a$LRT, df = a$parms.f - a$parms.r, p_value = a$pval,
      AIC_full = a$fit.stats.f[["AIC"]], AIC_reduced = a$fit.stats.r[["AIC"]], logLik_full = a$fit.stats.f[["ll"]],
      logLik_reduced = a$fit.stats.r[["ll"]], tau2_full = fit$tau2, tau2_reduced = fit_r$tau2)
    args <- c(args, "--compare-with", compare_with)
  }
  if (!is.null(cluster)) {
    # robust() on the z fit: metafor 3.8 builds the bread from x$vb, which a knha fit has scaled by the
    # Hartung-Knapp factor; the sandwich itself does not depend on the test the model was fitted for.
    r <- do.call(robust, list(fit_z, cluster = d[[cluster]], adjust = TRUE))   # the values, not a name to look up
    expected$robust <- list(clusters = r$n, df = r$dfs, coefficients = lapply(seq_along(names_out), function(j)
      list(name = names_out[j], estimate = r$beta[j, 1], se = r$se[j], statistic = r$zval[j], p_value = r$pval[j],
           ci_lower = r$ci.lb[j], ci_upper = r$ci.ub[j])), QM = r$QM, QM_df = r$QMdf[1], QM_df2 = r$QMdf[2],
      QM_p = r$QMp)
    args <- c(args, "--cluster", cluster)
  }
  write_case(case, list(generator = GENERATOR, description = description, data = data, command = "metareg",
                        args = args, expected = expected))
  cat(sprintf("%-48s tau2=%.6f QM=%.4f\n", case, fit$tau2, fit$QM))
}

# ----------------------------------------------------------------------------
# Cases: the common-effect meta-regression
# ----------------------------------------------------------------------------

metareg_case("bcg_rr_common_wald_ablat_year", "dat.bcg, RR, common-effect meta-regression on ablat and year (z): tests of coefficients 2 and 3, a linear combination, predictions (no PI), LRT against ablat alone",
             "bcg.csv", "RR", c("ablat", "year"), model = "common", test_coefs = c(2, 3),
             lincombs = list(c(1, 30, 1970)), predictions = c("ablat=30,year=1970", "ablat=50,year=1950"),
             compare_with = "ablat")
metareg_case("bcg_rr_common_hksj_alloc", "dat.bcg, RR, common-effect meta-regression on categorical alloc with Hartung-Knapp tests (metafor warns they are not meant for common-effect models): predictions by level name",
             "bcg.csv", "RR", "alloc", model = "common", ci = "hksj", test_coefs = c(2, 3),
             predictions = c("alloc=random", "alloc=alternate"))

# ----------------------------------------------------------------------------
# Cases: random effects, the views of a fit
# ----------------------------------------------------------------------------

metareg_case("bcg_rr_reml_hksj_ablat_year_views", "dat.bcg, RR, REML, HKSJ: ablat and year; F test of both, linear combinations, predictions back-transformed with CI (t(k-p)) and PI (t(k-p-1)), residual tau2 Q-profile CI",
             "bcg.csv", "RR", c("ablat", "year"), method = "REML", ci = "hksj", test_coefs = c(2, 3),
             lincombs = list(c(1, 30, 1970), c(0, 10, 0), c(0.5, 20, 1960)),
             predictions = c("ablat=30,year=1970", "ablat=55,year=1948"))
metareg_case("bcg_rr_ml_wald_ablat_year_lrt", "dat.bcg, RR, ML, z: the likelihood-ratio test against ablat alone, chi2 test of year",
             "bcg.csv", "RR", c("ablat", "year"), method = "ML", test_coefs = 3, compare_with = "ablat",
             predictions = "ablat=30,year=1970")
metareg_case("bcg_rr_ml_wald_ablat_alloc_lrt0", "dat.bcg, RR, ML, z: ablat and categorical alloc; LRT against the intercept-only model; prediction by level name with a z PI",
             "bcg.csv", "RR", c("ablat", "alloc"), method = "ML", pi = "z", compare_with = "",
             test_coefs = c(3, 4), predictions = c("ablat=40,alloc=random", "ablat=20,alloc=systematic"))
metareg_case("raudenbush_gen_reml_wald_weeks_views", "dat.raudenbush1985, REML, z: weeks; linear combination and predictions (PI with t(k-p-1))",
             "raudenbush.csv", "GEN", "weeks", method = "REML", lincombs = list(c(1, 2)),
             predictions = c("weeks=0", "weeks=3"), test_coefs = 2)
metareg_case("raudenbush_gen_ml_hksj_weeks_setting_lrt", "dat.raudenbush1985, ML, HKSJ: weeks and categorical setting; LRT against weeks alone",
             "raudenbush.csv", "GEN", c("weeks", "setting"), method = "ML", ci = "hksj", compare_with = "weeks",
             test_coefs = c(2, 3), predictions = "weeks=1,setting=indiv")

# ----------------------------------------------------------------------------
# Cases: every tau2 estimator with moderators (metafor allows each in rma with mods)
# ----------------------------------------------------------------------------

for (m in c("REML", "ML", "DL", "PM", "SJ", "HE", "EB", "HS", "HSk", "DLIT", "SJIT", "PMM")) {
  metareg_case(sprintf("raudenbush_gen_%s_wald_weeks", tolower(m)),
               sprintf("dat.raudenbush1985, %s, z: moderator weeks, residual tau2 and its Q-profile CI", m),
               "raudenbush.csv", "GEN", "weeks", method = m, predictions = "weeks=2")
}
for (m in c("HS", "HSk", "DLIT", "SJIT", "PMM")) {
  metareg_case(sprintf("bcg_rr_%s_hksj_ablat", tolower(m)),
               sprintf("dat.bcg, RR, %s, HKSJ: moderator ablat", m), "bcg.csv", "RR", "ablat", method = m,
               ci = "hksj", predictions = "ablat=40")
}
metareg_case("raudenbush_gen_genq_n_wald_weeks", "dat.raudenbush1985, GENQ with weights n (total sample size), z: moderator weeks; weighted coefficients with the sandwich covariance",
             "raudenbush.csv", "GEN", "weeks", method = "GENQ", weights_col = "n", predictions = "weeks=2",
             test_coefs = 2)
metareg_case("konstantopoulos_gen_reml_hksj_modified_year", "dat.konstantopoulos2011 (univariate), REML, modified HKSJ (metafor test = 'adhoc'): year; the Hartung-Knapp factor (0.96) truncated at 1",
             "konstantopoulos.csv", "GEN", "year", method = "REML", ci = "hksj-modified", test_coefs = 2,
             lincombs = list(c(1, 1990)), predictions = "year=1990")
metareg_case("raudenbush_gen_reml_hksj_weeks_weights_n", "dat.raudenbush1985, REML with weights n, HKSJ (s2 from the inverse-variance fit, as rma.uni): moderator weeks",
             "raudenbush.csv", "GEN", "weeks", method = "REML", ci = "hksj", weights_col = "n",
             lincombs = list(c(1, 1)))

# ----------------------------------------------------------------------------
# Cases: cluster-robust errors (metafor's robust(x, cluster, adjust = TRUE))
# ----------------------------------------------------------------------------

metareg_case("konstantopoulos_gen_reml_wald_year_robust", "dat.konstantopoulos2011 (univariate), REML, z: year; cluster-robust SE with cluster = district",
             "konstantopoulos.csv", "GEN", "year", method = "REML", cluster = "district", predictions = "year=1990")
metareg_case("konstantopoulos_gen_reml_hksj_year_robust", "dat.konstantopoulos2011, REML, HKSJ: year; the same cluster-robust SE as under z",
             "konstantopoulos.csv", "GEN", "year", method = "REML", ci = "hksj", cluster = "district")
metareg_case("assink_gen_reml_wald_year_deltype_robust", "dat.assink2016 (univariate), REML, z: year and categorical deltype; cluster-robust SE with cluster = study, predictions by level",
             "assink.csv", "GEN", c("year", "deltype"), method = "REML", cluster = "cluster", test_coefs = c(3, 4),
             predictions = c("year=4,deltype=general", "year=4,deltype=overt"))
metareg_case("assink_gen_common_wald_pubstatus_robust", "dat.assink2016 (univariate), common-effect model: pubstatus; cluster-robust SE with cluster = study",
             "assink.csv", "GEN", "pubstatus", model = "common", cluster = "cluster")
metareg_case("assink_gen_dl_wald_year_robust", "dat.assink2016 (univariate), DL, z: year; cluster-robust SE",
             "assink.csv", "GEN", "year", method = "DL", cluster = "cluster")

cat("done:", length(list.files(CASE_DIR, pattern = "\\.json$")), "cases\n")
