#!/usr/bin/env bash
# Times whole processes (JVM or R start included) for the two heavy analyses of issue 3:
#   1. leave-one-out at k = 200 and k = 1,000 (REML, HKSJ), and
#   2. a 10,000-permutation test of a meta-regression at k = 30 (REML, HKSJ, one numeric moderator),
# evsynth against the same work in metafor, and prints seconds and the ratio. Needs R with metafor.
# metafor's leave1out() at k = 1,000 refits with dense 999 x 999 matrices and runs for well over ten minutes,
# so for k = 1,000 its time is extrapolated from 10 of the 1,000 refits (said so in the output).
# Usage: tools/bench/sensitivity-vs-metafor.sh   (from anywhere; builds the jar first if needed)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
out="$root/tools/bench/out"
mkdir -p "$out"
"$root/evsynth" --version >/dev/null   # builds the jar once, outside the timings

python3 - "$out" <<'PY'
import csv, math, random, sys
out = sys.argv[1]
rng = random.Random(20261121)
def study(i, mu, tau2):
    se = rng.uniform(0.1, 0.6)
    return (f"S{i}", rng.gauss(mu, math.sqrt(tau2 + se * se)), se)
for k in (200, 1000):
    with open(f"{out}/loo-{k}.csv", "w", newline="") as f:
        w = csv.writer(f); w.writerow(["study", "theta", "se"])
        for i in range(k):
            w.writerow(study(i, -0.3, 0.1))
with open(f"{out}/perm-30.csv", "w", newline="") as f:
    w = csv.writer(f); w.writerow(["study", "theta", "se", "x"])
    for i in range(30):
        x = rng.uniform(0, 10)
        s, y, se = study(i, -0.3 + 0.03 * x, 0.05)
        w.writerow((s, y, se, round(x, 3)))
PY

cat > "$out/loo.R" <<'R'
suppressMessages(library(metafor))
d <- read.csv(commandArgs(TRUE)[1])
fit <- rma(d$theta, sei = d$se, method = "REML", test = "knha")
l <- leave1out(fit)
cat(sprintf("%.10f\n", l$estimate[1:3]))
R
cat > "$out/loo-sample.R" <<'R'
suppressMessages(library(metafor))
d <- read.csv(commandArgs(TRUE)[1])
t <- system.time(for (i in 1:10) rma(d$theta[-i], sei = d$se[-i], method = "REML", test = "knha"))[["elapsed"]]
cat(sprintf("%.3f\n", t * nrow(d) / 10))
R
cat > "$out/perm.R" <<'R'
suppressMessages(library(metafor))
d <- read.csv(commandArgs(TRUE)[1])
fit <- rma(d$theta, sei = d$se, mods = ~ x, data = d, method = "REML", test = "knha")
set.seed(1)
p <- permutest(fit, iter = 10000, progbar = FALSE)
cat(sprintf("QM p = %.4f\n", p$QMp))
R

time_it() {   # median of 3 runs, seconds
  local times=()
  for _ in 1 2 3; do
    local start end
    start=$(date +%s.%N); "$@" >/dev/null 2>&1; end=$(date +%s.%N)
    times+=("$(echo "$end - $start" | bc)")
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n 2p
}

once() {   # one run, seconds
  local start end
  start=$(date +%s.%N); "$@" >/dev/null 2>&1; end=$(date +%s.%N)
  echo "$end - $start" | bc
}

e0=$(time_it java -jar "$root/evsynth-app/target/evsynth.jar" meta "$out/loo-200.csv" --leave-one-out --format json)
r0=$(once Rscript "$out/loo.R" "$out/loo-200.csv")
e1=$(time_it java -jar "$root/evsynth-app/target/evsynth.jar" meta "$out/loo-1000.csv" --leave-one-out --format json)
r1=$(Rscript "$out/loo-sample.R" "$out/loo-1000.csv")
e2=$(time_it java -jar "$root/evsynth-app/target/evsynth.jar" metareg "$out/perm-30.csv" --mods x --permutations 10000 --format json)
r2=$(once Rscript "$out/perm.R" "$out/perm-30.csv")
printf 'leave-one-out, k = 200:          evsynth %6.2f s   metafor %8.2f s              ratio %6.1fx\n' "$e0" "$r0" "$(echo "$r0 / $e0" | bc -l)"
printf 'leave-one-out, k = 1,000:        evsynth %6.2f s   metafor %8.2f s (estimated)  ratio %6.1fx\n' "$e1" "$r1" "$(echo "$r1 / $e1" | bc -l)"
printf '10,000 permutations, k = 30:     evsynth %6.2f s   metafor %8.2f s              ratio %6.1fx\n' "$e2" "$r2" "$(echo "$r2 / $e2" | bc -l)"
