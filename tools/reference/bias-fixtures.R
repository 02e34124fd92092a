#!/usr/bin/env Rscript
# =============================================================================
# bias-fixtures.R -- reference fixtures for evsynth's sensitivity analyses,
# small-study bias tests and meta-regression (issue 3)
#
# What it does
#   Writes the input data sets (CSV, evsynth's input contract) and one JSON
#   case per data set x options, with the figures R's metafor computes, to
#     evsynth-stats/src/test/resources/reference/bias/data/<name>.csv
#     evsynth-stats/src/test/resources/reference/bias/cases/<case>.json
#   A case is {generator, description, data, command, args, expected}:
#   the Java tests run `evsynth <command> <data> <args...> --format json` and
#   compare every figure in `expected` with the section of the same name.
#
# How to run (from the repository root; needs R with metafor, metadat, jsonlite)
#     cd /work/main && Rscript tools/reference/bias-fixtures.R
#   The script is deterministic: re-running it with the same metafor version
#   rewrites byte-identical files. Every case records the metafor/R versions.
#
# Conventions (the same as meta-fixtures.R; see tools/reference/README.md)
#   * Every fit reads its data back from the CSV just written.
#   * Iterative tau^2 estimators run to convergence (threshold/tol 1e-12); the
#     control list is passed to every refit metafor makes (leave1out, cumul,
#     influence, baujat and permutest reuse the model's control; trimfill and
#     the R^2 null model get it explicitly / through `...`).
#   * Estimates and CIs of the pooled effect are on the natural scale (exp for
#     ratio measures); regression coefficients, biases and trim-and-fill's
#     filled studies are on the analysis scale (log for ratios).
#   * Where evsynth's semantics differ from a metafor default the figure is
#     computed explicitly below, with a comment saying why.
# =============================================================================

suppressPackageStartupMessages({
  library(metafor)
  library(metadat)
  library(jsonlite)
})

if (!file.exists("pom.xml") || !dir.exists("evsynth-stats"))
  stop("Run from the repository root: cd /work/main && Rscript tools/reference/bias-fixtures.R")

REF      <- file.path("evsynth-stats", "src", "test", "resources", "reference")
OUT      <- file.path(REF, "bias")
DATA_DIR <- file.path(OUT, "data")
CASE_DIR <- file.path(OUT, "cases")
META_DATA_DIR <- file.path(REF, "meta", "data")    # issue 2's data sets
dir.create(DATA_DIR, recursive = TRUE, showWarnings = FALSE)
dir.create(CASE_DIR, recursive = TRUE, showWarnings = FALSE)

GENERATOR <- sprintf("metafor %s, metadat %s, jsonlite %s, %s",
                     packageDescription("metafor")$Version,
                     packageDescription("metadat")$Version,
                     packageDescription("jsonlite")$Version,
                     R.version.string)

# Converged estimates, as in meta-fixtures.R.
FIT_CONTROL <- list(threshold = 1e-12, tol = 1e-12, maxiter = 10000)

RATIO <- c("OR", "RR", "HR")

# ----------------------------------------------------------------------------
# Writing helpers, shared with meta-fixtures.R; write_data additionally checks
# that a data set issue 2 also uses is byte-identical to its copy there.
# ----------------------------------------------------------------------------

source(file.path("tools", "reference", "fixture-io.R"))

write_shared_data <- write_data
write_data <- function(df, name) {
  write_shared_data(df, name)
  twin <- file.path(META_DATA_DIR, name)
  if (file.exists(twin)) {
    a <- readBin(twin, "raw", file.size(twin))
    b <- readBin(file.path(DATA_DIR, name), "raw", file.size(file.path(DATA_DIR, name)))
    if (!identical(a, b)) stop(name, " differs from ", twin)
  }
  invisible(name)
}

# ----------------------------------------------------------------------------
# Effect sizes per input contract (the subset of meta-fixtures.R used here:
# binary OR/RR with escalc's correction, and generic theta + se)
# ----------------------------------------------------------------------------

is_binary <- function(d) all(c("events_1", "total_1", "events_2", "total_2") %in% names(d))

# Returns data.frame(yi, vi, <all input columns>); yi/vi NA for studies evsynth
# excludes (double-zero for OR/RR).
effect_sizes <- function(d, measure) {
  if (is_binary(d)) {
    stopifnot(measure %in% c("OR", "RR"))
    # evsynth defaults (issue 2): 0.5 added to every cell of a study with a
    # zero cell; double-zero studies dropped for OR/RR.
    es <- escalc(measure, ai = d$events_1, n1i = d$total_1, ci = d$events_2, n2i = d$total_2,
                 add = 0.5, to = "only0", drop00 = TRUE)
  } else if (all(c("theta", "se") %in% names(d))) {
    es <- data.frame(yi = d$theta, vi = d$se^2)
  } else stop("unknown input layout")
  cbind(data.frame(yi = as.numeric(es$yi), vi = as.numeric(es$vi)), d)
}

bt_for <- function(measure) if (measure %in% RATIO) exp else identity

base_args <- function(d, measure, method, ci) {
  args <- c("--measure", measure, "--model", "random", "--method", method,
            "--ci", ci, "--pi", if (ci == "hksj") "t" else "z")
  if (is_binary(d)) args <- c(args, "--cc", "0.5", "--cc-to", "zero")
  args
}

# ----------------------------------------------------------------------------
# Sections of `evsynth meta`
# ----------------------------------------------------------------------------

# A row with k = 1 (leave-one-out of a k = 2 analysis, the first cumulative
# step): metafor fits the single study (its own estimate, Wald CI and z test,
# also under test = "knha") and reports tau2 = 0, I2 = 0, Q = 0. evsynth's
# convention for k = 1 (issue 2) is "no heterogeneity figures", so these are
# written as null; the estimate, CI and p are metafor's.
k1_null <- function(k, x) if (k == 1) NA else clean(x)

sec_leave_one_out <- function(fit, es, bt) {
  l1o <- leave1out(fit)
  print(l1o)
  k <- fit$k
  lapply(seq_len(k), function(i) list(
    omitted = es$study[i],
    estimate = bt(l1o$estimate[i]), ci_lower = bt(l1o$ci.lb[i]), ci_upper = bt(l1o$ci.ub[i]),
    tau2 = k1_null(k - 1, l1o$tau2[i]), I2 = k1_null(k - 1, l1o$I2[i]),
    Q = k1_null(k - 1, l1o$Q[i]), p_value = clean(l1o$pval[i])))
}

sec_cumulative <- function(fit, es, bt, col) {
  key <- es[[col]]
  stopifnot(!anyNA(key))
  # cumul() orders with order(), which is stable: ties stay in input order.
  cu <- do.call(cumul, list(fit, order = key))   # the values themselves, not a name
  print(cu)
  ord <- order(key)
  lapply(seq_along(ord), function(j) list(
    added = es$study[ord[j]],
    estimate = bt(cu$estimate[j]), ci_lower = bt(cu$ci.lb[j]), ci_upper = bt(cu$ci.ub[j]),
    tau2 = k1_null(j, cu$tau2[j]), I2 = k1_null(j, cu$I2[j])))
}

sec_influence <- function(fit, es) {
  inf <- influence(fit)
  print(inf)
  f <- inf$inf
  # hat: hatvalues() as a fraction (sums to p); weight: weights() in percent
  # -- both exactly as print(influence(fit)) shows them.
  lapply(seq_len(fit$k), function(i) list(
    study = es$study[i], rstudent = clean(f$rstudent[i]), dffits = clean(f$dffits[i]),
    cooks_distance = clean(f$cook.d[i]), hat = clean(f$hat[i]), weight = clean(f$weight[i]),
    tau2_deleted = clean(f$tau2.del[i]), Q_deleted = clean(f$QE.del[i])))
}

# metafor 3.8's baujat() has no plot = FALSE: it always draws, so draw into a
# null device. Its coordinates (see metafor:::baujat.rma):
#   x_i = (y_i - mu)^2 / (tau2 + v_i)   squared Pearson residual of the model
#   y_i = (mu_(-i) - mu)^2 / Var(mu_(-i))   Var from the leave-one-out refit's
#         vb (same method and test, so HKSJ-scaled under --ci hksj).
sec_baujat <- function(fit, es) {
  pdf(NULL)
  b <- baujat(fit)
  dev.off()
  # Same thing from the formula, as a check.
  l1o <- leave1out(fit)
  x <- (fit$yi - c(fit$beta))^2 / (fit$tau2 + fit$vi)
  y <- (l1o$estimate - c(fit$beta))^2 / l1o$se^2
  stopifnot(isTRUE(all.equal(b$x, unname(c(x)), tolerance = 1e-10)),
            isTRUE(all.equal(b$y, unname(y), tolerance = 1e-8)))
  print(data.frame(study = es$study, x = b$x, y = b$y))
  lapply(seq_len(fit$k), function(i) list(study = es$study[i], x = clean(b$x[i]), y = clean(b$y[i])))
}

# Classical Egger test: regtest(model = "lm", predictor = "sei") is the
# weighted regression yi = b0 + b1 sei with weights 1/vi and a multiplicative
# dispersion term (lm). b1 is Egger's intercept (the regression of yi/sei on
# 1/sei has intercept b1 and slope b0, same SE and t), tested with t(k - 2).
# b0, the intercept, is the limit estimate (effect as se -> 0; PET), returned
# by metafor 3.8 as regtest()$est and written on the natural scale.
sec_egger <- function(fit, bt) {
  rt <- regtest(fit, model = "lm", predictor = "sei")
  print(rt)
  co <- summary(rt$fit)$coefficients
  stopifnot(isTRUE(all.equal(co[2, 3], rt$zval)), isTRUE(all.equal(unname(co[1, 1]), unname(rt$est))))
  list(bias = co[2, 1], bias_se = co[2, 2], statistic = clean(rt$zval), df = rt$dfs,
       p_value = clean(rt$pval), limit_estimate = bt(unname(rt$est)))
}

# Begg & Mazumdar: ranktest() standardises against the common-effect
# (inverse-variance) estimate whatever the model, (yi - mu_FE)/sqrt(vi - 1/sum(wi)),
# and runs cor.test(., vi, method = "kendall", exact = TRUE). R then gives the
# exact p-value (any k) when there are no ties, and otherwise Kendall's tau-b
# with the tie-corrected normal approximation, no continuity correction.
sec_begg <- function(fit) {
  rk <- ranktest(fit)
  print(rk)
  wi <- 1 / fit$vi
  ystar <- (fit$yi - sum(wi * fit$yi) / sum(wi)) / sqrt(fit$vi - 1 / sum(wi))
  ties <- anyDuplicated(ystar) > 0 || anyDuplicated(fit$vi) > 0
  list(result = list(tau = unname(rk$tau), p_value = clean(rk$pval)),
       how = if (ties) "ties: tau-b, normal approximation" else "no ties: exact p-value")
}

# 2x2 counts of the studies used (the same as the fit's: double-zero dropped).
counts_used <- function(es) {
  used <- !is.na(es$yi)
  # as.numeric: products such as n1 n2 (a + c)(b + d) overflow R's 32-bit integers (ISIS-4)
  with(es[used, ], list(a = as.numeric(events_1), n1 = as.numeric(total_1),
                        c = as.numeric(events_2), n2 = as.numeric(total_2), yi = es$yi[used]))
}

# Peters et al. (2006, JAMA 295:676): weighted linear regression of the log OR
# on 1/N (N = total sample size), weights S F / N, with S = all events,
# F = all non-events (the inverse of the variance of the pooled event rate's
# logit), lm with multiplicative dispersion; the test is on the slope, t(k - 2).
# metafor's regtest(model = "lm", predictor = "ninv") regresses on 1/N too but
# weights by 1/vi, so Peters' test is computed here. yi is the fit's log OR
# (with the 0.5 correction where a cell is zero); the weights use raw counts.
sec_peters <- function(es) {
  s <- counts_used(es)
  N <- s$n1 + s$n2; S <- s$a + s$c; F <- N - S
  m <- lm(s$yi ~ I(1 / N), weights = S * F / N)
  co <- summary(m)$coefficients
  print(co)
  list(bias = co[2, 1], bias_se = co[2, 2], statistic = co[2, 3], df = m$df.residual,
       p_value = co[2, 4])
}

# Harbord, Egger & Sterne (2006, Stat Med 25:3443), no metafor function:
# Z = a - n1 (a + c)/N (efficient score of the log OR: observed minus expected
# events in group 1) and V = n1 n2 (a + c)(b + d) / (N^2 (N - 1)) (its
# hypergeometric variance, as Peto's), from the raw counts. Unweighted OLS of
# Z/sqrt(V) on sqrt(V); the test is on the intercept ("bias"), t(k - 2).
sec_harbord <- function(es) {
  s <- counts_used(es)
  N <- s$n1 + s$n2; m1 <- s$a + s$c; m0 <- N - m1
  Z <- s$a - s$n1 * m1 / N
  V <- s$n1 * s$n2 * m1 * m0 / (N^2 * (N - 1))
  stopifnot(all(V > 0))
  m <- lm(I(Z / sqrt(V)) ~ sqrt(V))
  co <- summary(m)$coefficients
  # The same test in weighted form (Z/V on 1/sqrt(V), weights V; the slope is
  # Harbord's intercept), as a check of the algebra.
  m2 <- summary(lm(I(Z / V) ~ I(1 / sqrt(V)), weights = V))$coefficients
  stopifnot(isTRUE(all.equal(unname(co[1, ]), unname(m2[2, ]))))
  print(co)
  list(bias = co[1, 1], bias_se = co[1, 2], statistic = co[1, 3], df = m$df.residual,
       p_value = co[1, 4])
}

# Duval & Tweedie trim and fill, metafor's trimfill(). Two deviations from
# trimfill()'s defaults, passed through its `...` to every internal rma() fit:
#   * control = FIT_CONTROL (trimfill() does not reuse the model's control);
#   * test = the case's test: trimfill() refits the augmented data with
#     test = "z" even when the model used "knha"; evsynth uses the CI method the
#     user chose.
# Side, when not given: the sign of the slope of rma(yi, vi, mods = sei) with
# the model's tau^2 method (a mixed-effects Egger regression, not the lm one):
# slope < 0 -> studies missing on the right, otherwise on the left.
sec_trim_fill <- function(fit, bt, estimator = "L0", side = NULL) {
  args <- list(fit, estimator = estimator, control = FIT_CONTROL, test = fit$test)
  if (!is.null(side)) args$side <- side
  tf <- do.call(trimfill, args)
  print(tf)
  filled <- if (tf$k0 > 0) {
    f <- which(tf$fill)
    lapply(f, function(i) list(theta = tf$yi[i], variance = tf$vi[i]))
  } else list()
  list(k0 = tf$k0, side = tf$side, estimate = bt(c(tf$beta)), ci_lower = bt(tf$ci.lb),
       ci_upper = bt(tf$ci.ub), tau2 = clean(tf$tau2), filled = filled)
}

# ----------------------------------------------------------------------------
# One `evsynth meta` case
# ----------------------------------------------------------------------------

meta_case <- function(case, description, data, measure, method = "REML", ci = "wald",
                      leave_one_out = FALSE, cumulative = NULL, influence = FALSE,
                      egger = FALSE, begg = FALSE, peters = FALSE, harbord = FALSE,
                      trim_fill = FALSE, trim_fill_estimator = NULL, trim_fill_side = NULL) {
  cat("\n==================== ", case, " ====================\n", sep = "")
  d  <- read_data(data)
  es <- effect_sizes(d, measure)
  incl <- !is.na(es$yi)
  stopifnot(all(incl))            # no excluded study in these data sets
  es <- es[incl, ]
  bt <- bt_for(measure)
  test <- if (ci == "hksj") "knha" else "z"
  fit <- rma(es$yi, es$vi, method = method, test = test, control = FIT_CONTROL)
  print(fit)

  args <- base_args(d, measure, method, ci)
  expected <- list()
  if (leave_one_out) {
    args <- c(args, "--leave-one-out")
    expected$leave_one_out <- sec_leave_one_out(fit, es, bt)
  }
  if (!is.null(cumulative)) {
    args <- c(args, "--cumulative", cumulative)
    expected$cumulative <- sec_cumulative(fit, es, bt, cumulative)
  }
  if (influence) {
    args <- c(args, "--influence")
    expected$influence <- sec_influence(fit, es)
    expected$baujat <- sec_baujat(fit, es)
  }
  if (egger) {
    args <- c(args, "--egger")
    expected$egger <- sec_egger(fit, bt)
  }
  if (begg) {
    args <- c(args, "--begg")
    b <- sec_begg(fit)
    expected$begg <- b$result
    description <- paste0(description, "; Begg: ", b$how)
  }
  if (peters) {
    args <- c(args, "--peters")
    expected$peters <- sec_peters(es)
  }
  if (harbord) {
    args <- c(args, "--harbord")
    expected$harbord <- sec_harbord(es)
  }
  if (trim_fill) {
    args <- c(args, "--trim-fill")
    if (!is.null(trim_fill_estimator)) args <- c(args, "--trim-fill-estimator", trim_fill_estimator)
    if (!is.null(trim_fill_side)) args <- c(args, "--trim-fill-side", trim_fill_side)
    expected$trim_fill <- sec_trim_fill(fit, bt,
      estimator = if (is.null(trim_fill_estimator)) "L0" else trim_fill_estimator,
      side = trim_fill_side)
  }
  write_case(case, list(generator = GENERATOR, description = description, data = data,
                        command = "meta", args = args, expected = expected))
  invisible(expected)
}

# ----------------------------------------------------------------------------
# One `evsynth metareg` case
# ----------------------------------------------------------------------------

# Moderator design: a column read as numeric by read.csv is a numeric
# moderator; any other column is categorical with treatment coding, the
# reference level being the first in sorted (code point) order, one dummy
# "column:level" per other level, levels in sorted order. The model matrix is
# built here, so names and the reference level do not depend on R's factor
# defaults or locale, and passed to rma() as a matrix (rma adds the intercept).
mod_matrix <- function(d, mods) {
  cols <- list(); nm <- character(0)
  for (m in mods) {
    v <- d[[m]]
    if (is.null(v)) stop("no column ", m)
    if (is.numeric(v)) {
      cols[[length(cols) + 1]] <- as.numeric(v); nm <- c(nm, m)
    } else {
      lev <- sort(unique(v[!is.na(v)]), method = "radix")
      if (length(lev) < 2) stop("moderator ", m, " has one level")
      for (l in lev[-1]) {
        cols[[length(cols) + 1]] <- ifelse(is.na(v), NA, as.numeric(v == l))
        nm <- c(nm, paste0(m, ":", l))
      }
    }
  }
  X <- do.call(cbind, cols); colnames(X) <- nm
  X
}

metareg_case <- function(case, description, data, mods, measure, method = "REML", ci = "wald",
                         permutation_exact = FALSE) {
  cat("\n==================== ", case, " ====================\n", sep = "")
  d  <- read_data(data)
  es <- effect_sizes(d, measure)
  stopifnot(!anyNA(es$yi))
  X <- mod_matrix(es, mods)
  # Rows with a missing moderator are dropped (metafor does the same with a
  # warning; checked below) and listed in `excluded`.
  keep <- stats::complete.cases(X)
  test <- if (ci == "hksj") "knha" else "z"
  fit <- rma(es$yi[keep], es$vi[keep], mods = X[keep, , drop = FALSE], method = method,
             test = test, control = FIT_CONTROL)
  print(fit)
  fit_na <- suppressWarnings(rma(es$yi, es$vi, mods = X, method = method, test = test,
                                 control = FIT_CONTROL))
  stopifnot(fit_na$k == sum(keep), isTRUE(all.equal(c(fit_na$beta), c(fit$beta), tolerance = 0)))
  stopifnot(ncol(fit$X) == ncol(X) + 1)          # no coefficient dropped

  # R^2 as metafor: max(0, 100 (tau2_0 - tau2)/tau2_0) with tau2_0 from the
  # intercept-only model (same method, same rows), 0 when tau2_0 = 0. metafor
  # fits that null model with the same control; recomputed here as a check.
  fit0 <- rma(es$yi[keep], es$vi[keep], method = method, control = FIT_CONTROL)
  R2 <- if (fit0$tau2 == 0) 0 else max(0, 100 * (fit0$tau2 - fit$tau2) / fit0$tau2)
  stopifnot(isTRUE(all.equal(R2, fit$R2, tolerance = 1e-12)))

  names_out <- c("intercept", colnames(X))
  coefs <- lapply(seq_along(names_out), function(j) list(
    name = names_out[j], estimate = fit$beta[j, 1], se = fit$se[j], statistic = fit$zval[j],
    p_value = fit$pval[j], ci_lower = fit$ci.lb[j], ci_upper = fit$ci.ub[j]))

  args <- c("--mods", paste(mods, collapse = ","), "--measure", measure, "--method", method,
            "--ci", ci)
  expected <- list(k = fit$k, coefficients = coefs, tau2 = fit$tau2, I2 = fit$I2, R2 = fit$R2,
                   QM = fit$QM, QM_df = fit$QMdf[1])
  if (test == "knha") expected$QM_df2 <- fit$QMdf[2]   # F(m, k - p)
  expected <- c(expected, list(QM_p = fit$QMp, QE = fit$QE, QE_df = fit$k - fit$p,
                               QE_p = fit$QEp,
                               excluded = data.frame(study = as.character(es$study[!keep]))))
  if (!all(keep))
    description <- paste0(description, "; rows with a missing moderator, dropped: ",
                          paste(es$study[!keep], collapse = ", "))

  if (permutation_exact) {
    # Exact permutation test: permutest(exact = TRUE) refits the model for
    # every distinct permutation of the rows of the model matrix (yi, vi
    # fixed); each distinct arrangement stands for the same number of the k!
    # permutations, so the proportions equal those over all k! permutations.
    # p = share of permutations (the identity included) whose statistic is at
    # least the observed one, with metafor's tolerance sqrt(.Machine$double.eps):
    #   QM_p = mean(QM* >= QM - 1.49e-8), coefficient j: mean(|z*_j| >= |z_j| - 1.49e-8)
    # (z or t statistics, the intercept included).
    pt <- permutest(fit, exact = TRUE, progbar = FALSE)
    print(pt)
    stopifnot(!anyNA(pt$QM.perm))
    args <- c(args, "--permutations", "exact")
    expected$permutation_exact <- list(QM_p = pt$QMp, coefficients_p = unname(pt$pval))
    description <- paste0(description, "; exact permutation test over ", pt$exact.iter,
                          " distinct permutations (", factorial(fit$k), " in all)")
  }
  write_case(case, list(generator = GENERATOR, description = description, data = data,
                        command = "metareg", args = args, expected = expected))
  invisible(expected)
}

# ----------------------------------------------------------------------------
# Input data
# ----------------------------------------------------------------------------

# Unique study labels: "author year", with a, b, ... appended to repeats.
label <- function(author, year) {
  s <- paste(author, year)
  dup <- s %in% s[duplicated(s)]
  for (u in unique(s[dup])) {
    i <- which(s == u)
    s[i] <- paste0(u, letters[seq_along(i)])
  }
  s
}

# BCG vaccine trials (Colditz et al. 1994); group 1 = vaccinated. Identical to
# issue 2's bcg.csv (asserted by write_data).
bcg <- with(dat.bcg, data.frame(study = paste(author, year), events_1 = tpos,
  total_1 = tpos + tneg, events_2 = cpos, total_2 = cpos + cneg,
  year = year, ablat = ablat, alloc = alloc, stringsAsFactors = FALSE))
write_data(bcg, "bcg.csv")

# Small subsets for the edge cases (rows of bcg.csv, in its order):
# k = 3 with tau2 > 0 whose leave-one-out fits give tau2 > 0, > 0 and = 0;
# k = 2 (leave-one-out leaves k = 1); k = 6 for exact permutation tests
# (ablat has a tie, alloc two levels 4:2, so permutest enumerates 360 and 15
# distinct permutations of the 720).
write_data(bcg[c(2, 4, 6), ], "bcg3.csv")
write_data(bcg[1:2, ], "bcg2.csv")
write_data(bcg[1:6, ], "bcg6.csv")

# Intravenous magnesium after MI (Egger et al. 2001); Bertschat 1989 has a zero
# cell. Identical to issue 2's magnesium.csv.
magnesium <- with(dat.egger2001, data.frame(study = paste(study, year), events_1 = ai,
  total_1 = n1i, events_2 = ci, total_2 = n2i, year = year, stringsAsFactors = FALSE))
write_data(magnesium, "magnesium.csv")

# Passive smoking and lung cancer (Hackshaw et al. 1998): log OR (yi) and its
# sampling variance as metadat stores them (computed from the published OR and
# 95% CI); written as theta = yi, se = sqrt(vi), used with --measure OR.
hackshaw <- with(dat.hackshaw1998, data.frame(study = label(author, year), theta = yi,
  se = sqrt(vi), year = year, design = design, stringsAsFactors = FALSE))
write_data(hackshaw, "hackshaw.csv")

# Writing-to-learn interventions (Bangert-Drowns et al. 2004): bias-corrected
# SMD (yi) and vi as metadat stores them; theta = yi, se = sqrt(vi), used with
# --measure SMD. `grade` is written as its label (metadat codes 1 = elementary,
# 2 = middle, 3 = high-school, 4 = college), so it is a categorical moderator
# whose reference level is "college" (first in sorted order). `length` (weeks)
# is missing for 2 studies, `meta` (0/1) for 2.
bd <- dat.bangertdrowns2004
bangertdrowns <- data.frame(study = label(bd$author, bd$year), theta = bd$yi, se = sqrt(bd$vi),
  year = bd$year, grade = c("elementary", "middle", "high-school", "college")[bd$grade],
  length = bd$length, meta = bd$meta, stringsAsFactors = FALSE)
stopifnot(!anyNA(bangertdrowns$grade))
write_data(bangertdrowns, "bangertdrowns.csv")

# ----------------------------------------------------------------------------
# Cases: evsynth meta
# ----------------------------------------------------------------------------

all_sections <- list(leave_one_out = TRUE, cumulative = "year", influence = TRUE,
                     egger = TRUE, begg = TRUE, trim_fill = TRUE)

# 1. BCG, RR, REML: every section (binary-only Peters/Harbord are on magnesium).
do.call(meta_case, c(list("bcg_rr_reml_wald_z", "dat.bcg, RR, REML, Wald CI: leave-one-out, cumulative by year, influence, Baujat, Egger, Begg, trim-and-fill L0",
                          "bcg.csv", "RR", method = "REML", ci = "wald"), all_sections))
do.call(meta_case, c(list("bcg_rr_reml_hksj_t", "dat.bcg, RR, REML, HKSJ CI: leave-one-out, cumulative by year, influence, Baujat, Egger, Begg, trim-and-fill L0",
                          "bcg.csv", "RR", method = "REML", ci = "hksj"), all_sections))
meta_case("bcg_rr_reml_wald_z_trimfill_r0", "dat.bcg, RR, REML, Wald CI: trim-and-fill with the R0 estimator",
          "bcg.csv", "RR", method = "REML", ci = "wald", trim_fill = TRUE, trim_fill_estimator = "R0")
meta_case("bcg_rr_reml_hksj_t_trimfill_r0", "dat.bcg, RR, REML, HKSJ CI: trim-and-fill with the R0 estimator",
          "bcg.csv", "RR", method = "REML", ci = "hksj", trim_fill = TRUE, trim_fill_estimator = "R0")
meta_case("bcg_rr_reml_wald_z_trimfill_left", "dat.bcg, RR, REML, Wald CI: trim-and-fill L0 with the side forced to the left (the data choose right)",
          "bcg.csv", "RR", method = "REML", ci = "wald", trim_fill = TRUE, trim_fill_side = "left")

# 2. Magnesium, OR: the binary-only tests.
meta_case("magnesium_or_reml_wald_z", "dat.egger2001, OR, REML, Wald CI: leave-one-out, Egger, Begg, Peters, Harbord, trim-and-fill L0",
          "magnesium.csv", "OR", method = "REML", ci = "wald", leave_one_out = TRUE,
          egger = TRUE, begg = TRUE, peters = TRUE, harbord = TRUE, trim_fill = TRUE)

meta_case("magnesium_or_reml_hksj_t_trimfill_r0", "dat.egger2001, OR, REML, HKSJ CI: trim-and-fill R0",
          "magnesium.csv", "OR", method = "REML", ci = "hksj", trim_fill = TRUE, trim_fill_estimator = "R0")

# 3. Hackshaw, OR from theta/se, DL (ties in year for the cumulative order).
meta_case("hackshaw_or_dl_wald_z", "dat.hackshaw1998, log OR and SE as theta/se with --measure OR, DL, Wald CI: leave-one-out, cumulative by year (ties in input order), Egger, Begg, trim-and-fill L0",
          "hackshaw.csv", "OR", method = "DL", ci = "wald", leave_one_out = TRUE,
          cumulative = "year", egger = TRUE, begg = TRUE, trim_fill = TRUE)
meta_case("hackshaw_or_reml_hksj_t_trimfill_r0", "dat.hackshaw1998, theta/se with --measure OR, REML, HKSJ CI: trim-and-fill R0",
          "hackshaw.csv", "OR", method = "REML", ci = "hksj", trim_fill = TRUE, trim_fill_estimator = "R0")

# 4. Bangert-Drowns, SMD from theta/se, REML (ties in vi: Begg's normal approximation).
meta_case("bangertdrowns_smd_reml_wald_z", "dat.bangertdrowns2004, SMD as theta/se, REML, Wald CI: leave-one-out, Egger, Begg, trim-and-fill L0",
          "bangertdrowns.csv", "SMD", method = "REML", ci = "wald", leave_one_out = TRUE,
          egger = TRUE, begg = TRUE, trim_fill = TRUE)

# 5. Edge cases: k = 3 (leave-one-out leaves k = 2) and k = 2 (leaves k = 1).
do.call(meta_case, c(list("bcg3_rr_reml_wald_z", "3 trials of dat.bcg, RR, REML, Wald CI: every section at k = 3 (Egger with 1 df)",
                          "bcg3.csv", "RR", method = "REML", ci = "wald"), all_sections))
do.call(meta_case, c(list("bcg3_rr_reml_hksj_t", "3 trials of dat.bcg, RR, REML, HKSJ CI: every section at k = 3 (leave-one-out CIs with t(1))",
                          "bcg3.csv", "RR", method = "REML", ci = "hksj"), all_sections))
meta_case("bcg2_rr_reml_wald_z", "2 trials of dat.bcg, RR, REML, Wald CI: leave-one-out leaves k = 1 (the remaining study's own estimate and Wald CI; no heterogeneity figures), cumulative",
          "bcg2.csv", "RR", method = "REML", ci = "wald", leave_one_out = TRUE, cumulative = "year")
meta_case("bcg2_rr_reml_hksj_t", "2 trials of dat.bcg, RR, REML, HKSJ CI: leave-one-out leaves k = 1 (metafor falls back to the study's own Wald CI), cumulative",
          "bcg2.csv", "RR", method = "REML", ci = "hksj", leave_one_out = TRUE, cumulative = "year")

# ----------------------------------------------------------------------------
# Cases: evsynth metareg
# ----------------------------------------------------------------------------

metareg_case("bcg_rr_reml_wald_z_mods_ablat", "dat.bcg, RR, REML, Wald (z) tests: moderator ablat",
             "bcg.csv", "ablat", "RR", "REML", "wald")
metareg_case("bcg_rr_reml_wald_z_mods_ablat_year", "dat.bcg, RR, REML, Wald (z) tests: moderators ablat, year",
             "bcg.csv", c("ablat", "year"), "RR", "REML", "wald")
metareg_case("bcg_rr_reml_wald_z_mods_alloc", "dat.bcg, RR, REML, Wald (z) tests: categorical alloc (reference alternate)",
             "bcg.csv", "alloc", "RR", "REML", "wald")
metareg_case("bcg_rr_reml_wald_z_mods_ablat_alloc", "dat.bcg, RR, REML, Wald (z) tests: ablat and categorical alloc",
             "bcg.csv", c("ablat", "alloc"), "RR", "REML", "wald")
metareg_case("bcg_rr_reml_hksj_t_mods_ablat_alloc", "dat.bcg, RR, REML, HKSJ (t and F) tests: ablat and categorical alloc",
             "bcg.csv", c("ablat", "alloc"), "RR", "REML", "hksj")
metareg_case("bcg_rr_reml_hksj_t_mods_ablat", "dat.bcg, RR, REML, HKSJ (t and F) tests: moderator ablat",
             "bcg.csv", "ablat", "RR", "REML", "hksj")
metareg_case("bcg_rr_dl_wald_z_mods_ablat", "dat.bcg, RR, DL, Wald (z) tests: moderator ablat",
             "bcg.csv", "ablat", "RR", "DL", "wald")
metareg_case("bangertdrowns_smd_reml_wald_z_mods_length_grade", "dat.bangertdrowns2004, SMD, REML, Wald (z) tests: length and categorical grade (reference college)",
             "bangertdrowns.csv", c("length", "grade"), "SMD", "REML", "wald")
metareg_case("bangertdrowns_smd_reml_hksj_t_mods_meta", "dat.bangertdrowns2004, SMD, REML, HKSJ (t and F) tests: moderator meta (0/1)",
             "bangertdrowns.csv", "meta", "SMD", "REML", "hksj")
metareg_case("hackshaw_or_reml_wald_z_mods_year_design", "dat.hackshaw1998, theta/se as OR, REML, Wald (z) tests: year and categorical design (reference case-control)",
             "hackshaw.csv", c("year", "design"), "OR", "REML", "wald")

# Exact permutation tests at k = 6.
metareg_case("bcg6_rr_reml_wald_z_mods_ablat_exact", "6 trials of dat.bcg, RR, REML, Wald (z) tests: moderator ablat",
             "bcg6.csv", "ablat", "RR", "REML", "wald", permutation_exact = TRUE)
metareg_case("bcg6_rr_reml_wald_z_mods_alloc_exact", "6 trials of dat.bcg, RR, REML, Wald (z) tests: categorical alloc",
             "bcg6.csv", "alloc", "RR", "REML", "wald", permutation_exact = TRUE)

# ----------------------------------------------------------------------------
# Edge cases without a fixture: what metafor does (recorded in the README)
# ----------------------------------------------------------------------------

cat("\n==================== edge cases without fixtures ====================\n")
es_bcg <- effect_sizes(read_data("bcg.csv"), "RR")
show_outcome <- function(what, expr) {
  w <- NULL
  r <- withCallingHandlers(tryCatch(expr, error = function(e) paste("ERROR:", conditionMessage(e))),
                           warning = function(x) { w <<- c(w, conditionMessage(x)); invokeRestart("muffleWarning") })
  cat(what, "->", if (is.character(r)) r else sprintf("fitted, p = %d coefficient(s) %s",
      r$p, paste(rownames(r$beta), collapse = " ")), if (length(w)) paste("| WARNING:", w), "\n")
}
one <- subset(es_bcg, alloc == "random")
show_outcome("categorical moderator with one level (alloc among the random-allocation trials)",
             rma(yi, vi, mods = ~ alloc, data = one, control = FIT_CONTROL))
show_outcome("numeric moderator with one value (constant column)",
             rma(yi, vi, mods = ~ rep(1, nrow(es_bcg)), data = es_bcg, control = FIT_CONTROL))
es_bcg$ablat2 <- 2 * es_bcg$ablat + 1
show_outcome("collinear moderators ablat and 2*ablat + 1",
             rma(yi, vi, mods = ~ ablat + ablat2, data = es_bcg, control = FIT_CONTROL))
show_outcome("collinear: alloc dummies plus a column equal to their sum",
             rma(yi, vi, mods = cbind(mod_matrix(es_bcg, "alloc"),
                                      s = rowSums(mod_matrix(es_bcg, "alloc"))),
                 data = es_bcg, control = FIT_CONTROL))
rt2 <- regtest(rma(yi, vi, data = es_bcg[1:2, ], control = FIT_CONTROL), model = "lm")
cat("Egger test at k = 2 -> t =", rt2$zval, ", df =", rt2$dfs, ", p =", rt2$pval, "\n")

cat("\ndone:", length(list.files(CASE_DIR, pattern = "\\.json$")), "cases\n")
