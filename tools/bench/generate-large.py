#!/usr/bin/env python3
"""One large synthetic meta-analysis in a study table, for tools/bench/scale.sh.

    python3 tools/bench/generate-large.py OUT.csv --k 1000000 [--kind theta|binary] [--seed 20250601]

theta:  study,theta,se. theta_i ~ N(0.2, 0.05 + se_i^2), se_i uniform on 0.05-0.5 (as evsynth-bench's
        ScaleBenchmark), written with 6 significant digits, as a published table would round them.
binary: study,year,events_1,total_1,events_2,total_2. True log RR ~ N(log 0.85, 0.1), control risk 5-40%,
        arm sizes 20-400, events binomial (normal approximation), year 1980-2024 (for --cumulative).
Python standard library only; the same seed writes the same file.
"""
import argparse
import math
import random


def count(rng, n, p):
    """A binomial count by the normal approximation (exact enough for benchmark data, and fast)."""
    mean = n * p
    sd = math.sqrt(n * p * (1 - p))
    return min(n, max(0, round(rng.gauss(mean, sd))))


def theta_rows(rng, k):
    for i in range(1, k + 1):
        se = 0.05 + 0.45 * rng.random()
        theta = rng.gauss(0.2, math.sqrt(0.05 + se * se))
        yield f"S{i:07d},{theta:.6g},{se:.6g}\n"


def binary_rows(rng, k):
    i = 0
    while i < k:
        control = rng.uniform(0.05, 0.40)
        treated = min(0.95, control * math.exp(rng.gauss(math.log(0.85), math.sqrt(0.1))))
        n1 = rng.randint(20, 400)
        n2 = round(n1 * rng.uniform(0.8, 1.2))
        e1, e2 = count(rng, n1, treated), count(rng, n2, control)
        if (e1 == 0 and e2 == 0) or (e1 == n1 and e2 == n2):
            continue
        i += 1
        yield f"S{i:07d},{rng.randint(1980, 2024)},{e1},{n1},{e2},{n2}\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out")
    parser.add_argument("--k", type=int, required=True)
    parser.add_argument("--kind", choices=["theta", "binary"], default="theta")
    parser.add_argument("--seed", type=int, default=20250601)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with open(args.out, "w", newline="") as f:
        if args.kind == "theta":
            f.write("study,theta,se\n")
            f.writelines(theta_rows(rng, args.k))
        else:
            f.write("study,year,events_1,total_1,events_2,total_2\n")
            f.writelines(binary_rows(rng, args.k))


if __name__ == "__main__":
    main()
