#!/usr/bin/env python3
"""Compare evsynth's batch JSON lines with metafor-batch.R's, analysis by analysis.

    python3 tools/bench/compare.py EVSYNTH.jsonl METAFOR.jsonl [--tol 1e-6]

Pooled estimate (RR), tau^2 and the other figures are compared with an absolute tolerance on tau^2 and
on the log scale for ratios; exits 1 if any analysis differs by more than --tol, is missing, or fails in one program only.
"""
import argparse
import json
import math
import sys

FIELDS = [("estimate", True), ("tau2", False), ("ci_lower", True), ("ci_upper", True),
          ("tau2_ci_lower", False), ("tau2_ci_upper", False), ("pi_lower", True), ("pi_upper", True)]


def load(path):
    with open(path) as f:
        return {row["analysis"]: row for row in map(json.loads, f)}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("evsynth")
    parser.add_argument("metafor")
    parser.add_argument("--tol", type=float, default=1e-6)
    args = parser.parse_args()
    ev, mf = load(args.evsynth), load(args.metafor)
    worst = {name: (0.0, None) for name, _ in FIELDS}
    bad = []
    both_failed = 0
    if set(ev) != set(mf):
        bad.append(f"analyses differ: {len(set(ev) ^ set(mf))} in one file only")
    for name in sorted(set(ev) & set(mf)):
        e, m = ev[name], mf[name]
        if "error" in e and "error" in m:
            both_failed += 1
            continue
        if "error" in e or "error" in m or e["k"] != m["k"]:
            bad.append(f"{name}: evsynth {e.get('error', 'k=%s' % e.get('k'))}; "
                       f"metafor {m.get('error', 'k=%s' % m.get('k'))}")
            continue
        for field, log in FIELDS:
            a, b = e[field], m[field]
            diff = abs(math.log(a) - math.log(b)) if log else abs(a - b)
            if diff > worst[field][0]:
                worst[field] = (diff, name)
            if field in ("estimate", "tau2") and not diff <= args.tol:
                bad.append(f"{name}: {field} evsynth {a!r} metafor {b!r} (diff {diff:.3g})")
    print(f"compared {len(set(ev) & set(mf))} analyses; largest absolute differences "
          f"(log scale for RR figures):")
    for field, _ in FIELDS:
        diff, name = worst[field]
        print(f"  {field:14s} {diff:.2e}" + (f"  ({name})" if name else ""))
    if both_failed:
        print(f"  {both_failed} analyses failed in both (REML did not converge), as expected to match")
    for line in bad[:20]:
        print("MISMATCH " + line)
    if bad:
        print(f"{len(bad)} mismatches beyond {args.tol:g}", file=sys.stderr)
        return 1
    print(f"estimate and tau2 agree within {args.tol:g} in every analysis")
    return 0


if __name__ == "__main__":
    sys.exit(main())
