#!/usr/bin/env python3
"""Synthetic binary-outcome meta-analyses in one long CSV, for tools/bench/batch-vs-metafor.sh.

    python3 tools/bench/generate.py OUT.csv [--analyses 2000] [--seed 20250601]

Columns: analysis,study,events_1,total_1,events_2,total_2 (arm 1 = experimental).
Each analysis has k ~ uniform{5..30} studies. Per analysis: overall log RR mu ~ N(log 0.85, 0.3^2),
tau^2 ~ uniform(0, 0.3); per study: true log RR ~ N(mu, tau^2), control risk uniform 2-40%,
arm-1 size log-uniform 20-2,000, arm 2 within +-20% of it, events binomial. Double-zero studies
are drawn again, so every study is pooled. Python standard library only; the same seed writes
the same file.
"""
import argparse
import math
import random


def binomial(rng, n, p):
    return sum(1 for _ in range(n) if rng.random() < p)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out")
    parser.add_argument("--analyses", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=20250601)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with open(args.out, "w", newline="") as f:
        f.write("analysis,study,events_1,total_1,events_2,total_2\n")
        for a in range(1, args.analyses + 1):
            k = rng.randint(5, 30)
            mu = rng.gauss(math.log(0.85), 0.3)
            tau = math.sqrt(rng.uniform(0, 0.3))
            s = 0
            while s < k:
                theta = rng.gauss(mu, tau)
                control = rng.uniform(0.02, 0.40)
                treated = min(0.95, control * math.exp(theta))
                n1 = round(math.exp(rng.uniform(math.log(20), math.log(2000))))
                n2 = round(n1 * rng.uniform(0.8, 1.2))
                e1 = binomial(rng, n1, treated)
                e2 = binomial(rng, n2, control)
                if e1 == 0 and e2 == 0:
                    continue
                s += 1
                f.write(f"A{a:04d},A{a:04d}-S{s:02d},{e1},{n1},{e2},{n2}\n")


if __name__ == "__main__":
    main()
