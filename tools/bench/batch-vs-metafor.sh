#!/usr/bin/env bash
# Batch throughput: `evsynth meta --batch` against the same work in R's metafor (one Rscript process).
#
#   tools/bench/batch-vs-metafor.sh [ANALYSES] [RUNS]      # defaults: 2000 analyses, 5 runs (metafor: 3)
#
# 1. generates ANALYSES binary-outcome meta-analyses (k = 5..30 each, fixed seed) into tools/bench/out/batch.csv;
# 2. builds evsynth's jar (not timed);
# 3. times `evsynth meta batch.csv --batch analysis --format json > /dev/null` as the launcher runs it,
#    `java -jar evsynth.jar ...` (JVM start included), and
#    `Rscript tools/bench/metafor-batch.R` (escalc RR + rma REML/knha + confint Q-profile + prediction interval
#    per analysis), with hyperfine if installed, else /usr/bin/time;
# 4. checks estimate and tau^2 agree within 1e-6 in every analysis, and prints both times and their ratio.
# Needs Java 17, Maven, Python 3, R with metafor. Everything is written under tools/bench/out/ (git-ignored).
# Environment: EVSYNTH=./evsynth to time the launcher instead of `java -jar` on a copy of the jar it builds;
# NO_HYPERFINE=1 to use /usr/bin/time even when hyperfine is installed.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$here/out"
analyses="${1:-2000}"
runs="${2:-5}"
r_runs=$(( runs < 3 ? runs : 3 ))
mkdir -p "$out"
cd "$root"

csv="$out/batch.csv"
python3 "$here/generate.py" "$csv" --analyses "$analyses"
echo "data: $csv ($analyses analyses, $(( $(wc -l < "$csv") - 1 )) studies)"

# Build (or refresh) the jar outside the timing: the launcher builds when sources are newer than the jar.
./evsynth --version >/dev/null
# What is timed is the launcher's own final step, `java -jar evsynth.jar ...`, on a copy of the jar just built:
# in a working tree that is being edited, `./evsynth` would rebuild (and the build would be timed) whenever a
# source is newer than the jar. EVSYNTH=./evsynth times the launcher itself (adds a `find` over the tree).
cp "$root/evsynth-app/target/evsynth.jar" "$out/evsynth.jar"
evsynth="${EVSYNTH:-java -jar $out/evsynth.jar}"

evsynth_cmd="$evsynth meta $csv --batch analysis --format json > /dev/null"
metafor_cmd="Rscript $here/metafor-batch.R $csv $out/metafor.jsonl"

# Outputs for the agreement check (also a warm-up for the file cache).
$evsynth meta "$csv" --batch analysis --format json > "$out/evsynth.jsonl"
Rscript "$here/metafor-batch.R" "$csv" "$out/metafor.jsonl"
python3 "$here/compare.py" "$out/evsynth.jsonl" "$out/metafor.jsonl" | tee "$out/agreement.txt"

echo "load average before timing: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
if [ -z "${NO_HYPERFINE:-}" ] && command -v hyperfine >/dev/null 2>&1; then
  hyperfine --style basic --warmup 1 --runs "$runs" --export-json "$out/evsynth-time.json" -n evsynth "$evsynth_cmd"
  hyperfine --style basic --runs "$r_runs" --export-json "$out/metafor-time.json" -n metafor "$metafor_cmd"
  mean() { python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"][0]; print(r["mean"], r["stddev"] or 0, r["user"] + r["system"])' "$1"; }
  read -r ev ev_sd ev_cpu < <(mean "$out/evsynth-time.json")
  read -r mf mf_sd mf_cpu < <(mean "$out/metafor-time.json")
else
  # /usr/bin/time over 3 runs each; the mean elapsed and CPU (user + system) seconds.
  timed() {
    local total=0 cpu=0 t
    for _ in 1 2 3; do
      read -r t c < <( { /usr/bin/time -f '%e %U %S' bash -c "$1" >/dev/null; } 2>&1 | tail -1 | awk '{print $1, $2 + $3}')
      total=$(python3 -c "print($total + $t)"); cpu=$(python3 -c "print($cpu + $c)")
    done
    python3 -c "print($total / 3, 0, $cpu / 3)"
  }
  read -r ev ev_sd ev_cpu < <(timed "$evsynth_cmd")
  read -r mf mf_sd mf_cpu < <(timed "$metafor_cmd")
fi

python3 - "$ev" "$ev_sd" "$ev_cpu" "$mf" "$mf_sd" "$mf_cpu" "$analyses" <<'PY' | tee "$out/summary.txt"
import sys
ev, ev_sd, ev_cpu, mf, mf_sd, mf_cpu, n = map(float, sys.argv[1:])
print(f"evsynth  {ev:7.3f} s ± {ev_sd:.3f} wall, {ev_cpu:7.3f} s CPU  ({n:.0f} analyses, JVM start included)")
print(f"metafor  {mf:7.3f} s ± {mf_sd:.3f} wall, {mf_cpu:7.3f} s CPU  (one Rscript process)")
print(f"ratio    evsynth / metafor = {ev / mf:.4f}  (metafor takes {mf / ev:.1f}x as long; "
      f"goal: evsynth <= 1/10 of metafor's time: {'met' if ev * 10 <= mf else 'NOT met'})")
print(f"CPU-time ratio evsynth / metafor = {ev_cpu / mf_cpu:.4f} (less sensitive to other load on the machine)")
PY
