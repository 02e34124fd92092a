#!/usr/bin/env bash
# Times evsynth search's benchmark workload (a 100-line strategy over 100,000 records, SearchBenchmark) by CPU
# time and clock time. Usage: tools/bench/search-timing.sh [repetitions]
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q -Pbench -pl evsynth-bench -am package -DskipTests
java -Xmx2g -cp evsynth-bench/target/benchmarks.jar org.evsynth.bench.SearchTiming "${1:-8}"
