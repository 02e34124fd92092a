#!/usr/bin/env bash
# Simulated prioritised screening on the six Cohen et al. (2006) sets in ../shared/data/screening, label1
# (title/abstract decisions) and label2 (final inclusion), 5 seeds each, with evsynth's model and with ASReview
# LAB 1's default (TF-IDF + naive Bayes) as evsynth implements it; add elas-u4 for ASReview LAB 2's default.
# Writes one JSON per set, label and model to tools/bench/out/
# and prints the table of the README (mean WSS@95, RRF@10, the stopping rule's recall and workload, and time).
#
# Usage: tools/bench/simulate-screening.sh [DATA_DIR] [MODELS...]   (default: ../shared/data/screening evsynth asreview-nb)
set -euo pipefail
cd "$(dirname "$0")/../.."
data="${1:-../shared/data/screening}"
shift || true
models=("${@:-evsynth asreview-nb}")
read -r -a models <<< "${models[*]}"
out=tools/bench/out/screening
mkdir -p "$out"
# EVSYNTH overrides the command, e.g. EVSYNTH="java -jar /tmp/evsynth.jar" to measure a jar built beforehand
read -r -a evsynth <<< "${EVSYNTH:-./evsynth}"
"${evsynth[@]}" --version > /dev/null   # build once, outside the timings
for file in "$data"/*.csv; do
  set_name=$(basename "$file" .csv)
  for label in label1 label2; do
    for model in "${models[@]}"; do
      json="$out/$set_name-$label-$model.json"
      start=$(date +%s.%N)
      "${evsynth[@]}" simulate "$file" --label "$label" --include-values I --seeds 5 --model "$model" --format json > "$json"
      end=$(date +%s.%N)
      python3 - "$json" "$start" "$end" <<'PY'
import json, sys
path, start, end = sys.argv[1], float(sys.argv[2]), float(sys.argv[3])
with open(path) as f:
    j = json.load(f)
j["wall_seconds"] = round(end - start, 1)
with open(path, "w") as f:
    json.dump(j, f, indent=2)
PY
    done
  done
done
python3 - "$out" "${models[@]}" <<'PY'
import json, sys, glob, os
out, models = sys.argv[1], sys.argv[2:]
rows = {}
for path in sorted(glob.glob(os.path.join(out, "*.json"))):
    j = json.load(open(path))
    name = os.path.basename(path)[:-5]
    model = next((m for m in models if name.endswith("-" + m)), None)
    if model is None:
        continue
    set_label = name[:-len(model) - 1]
    rows.setdefault(set_label, {})[model] = j
print("| set | label | records | relevant | " + " | ".join(
    f"{m} WSS@95 | {m} RRF@10" for m in models) + " | stop: recall (runs >= 95%) | stop: screened | time (s) |")
print("|---|---|---:|---:|" + "---:|---:|" * len(models) + "---:|---:|---:|")
for set_label, by_model in rows.items():
    first = next(iter(by_model.values()))
    s, label = set_label.rsplit("-", 1)
    cells = []
    for m in models:
        j = by_model.get(m)
        cells += [f"{j['wss_at_95']:.1f}" if j else "", f"{j['rrf_at_10']:.1f}" if j else ""]
    e = by_model.get("evsynth", first)
    reached = sum(1 for r in e["seeds"] if r["recall_at_stop"] >= 0.95 - 1e-12)
    print(f"| {s} | {label} | {e['records']} | {e['relevant']} | " + " | ".join(cells)
          + f" | {100 * e['recall_at_stop']:.1f}% ({reached}/{len(e['seeds'])}) | "
          + f"{100 * e['stopped_at'] / e['records']:.1f}% | {e.get('wall_seconds', '')} |")
PY
