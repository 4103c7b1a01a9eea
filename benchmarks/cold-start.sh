#!/usr/bin/env bash
# Cold start of the working-day calendar: the whole process (JVM start included) from launch to the
# first answer, in a fresh JVM each time, median of RUNS. Build first: mvn -q install -DskipTests
# Usage: benchmarks/cold-start.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")"
runs=${1:-5}
jar=target/benchmarks.jar
[[ -f $jar ]] || { echo "missing $jar: run 'mvn -q install -DskipTests' first" >&2; exit 1; }

median_ms() {
  local mode=$1 times=()
  for ((i = 0; i < runs; i++)); do
    local t0 t1
    t0=$(date +%s%N)
    java -Xshare:auto -cp "$jar" org.cscrules.benchmarks.ColdStart "$mode"
    t1=$(date +%s%N)
    times+=($(( (t1 - t0) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v mode="$mode" '{a[NR]=$1} END {printf "%-9s median %5d ms   (runs: ", mode, a[int((NR+1)/2)]; for (i=1;i<=NR;i++) printf "%s%s", a[i], (i<NR?" ":""); print ")"}'
}

echo "cold start, whole process, median of $runs ($(java -version 2>&1 | head -1), $(nproc) cores)"
for mode in ${MODES:-jvm csc jollyday assess}; do
  median_ms "$mode"
done
