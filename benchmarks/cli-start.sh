#!/usr/bin/env bash
# One call of the csc-rules command, whole process (JVM start included), median of RUNS, in one run and
# interleaved: the launcher's `assess` against a trivial main in the same jar started the same way
# (same launcher, same options, same class-data sharing archive), and `java -jar` without the launcher.
# Build first: mvn -q install -DskipTests (it makes csc-rules-cli/target/csc-rules and its archive).
# Usage: benchmarks/cli-start.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
launcher=csc-rules-cli/target/csc-rules
sample=examples/src/main/resources/samples/care-leaver.json
[[ -x $launcher && -f csc-rules-cli/target/csc-rules.jsa ]] || { echo "missing $launcher: run 'mvn -q install -DskipTests' first" >&2; exit 1; }

declare -A times
modes=(baseline assess plain-jar version)
run() {
  case $1 in
    baseline) CSC_RULES_MAIN=org.cscrules.cli.StartupBaseline "$launcher" ;;
    assess) "$launcher" assess --today 2026-11-23 "$sample" ;;
    plain-jar) java -jar csc-rules-cli/target/csc-rules.jar assess --today 2026-11-23 "$sample" ;;
    version) "$launcher" --version ;;
  esac
}
for ((i = 0; i < runs; i++)); do
  for mode in "${modes[@]}"; do
    t0=$(date +%s%N)
    run "$mode" > /dev/null
    t1=$(date +%s%N)
    times[$mode]+="$(( (t1 - t0) / 1000000 )) "
  done
done
median() { tr ' ' '\n' <<< "$1" | sed '/^$/d' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "csc-rules one call, whole process, median of $runs, interleaved ($(java -version 2>&1 | sed -n 1p), $(nproc) cores)"
base=$(median "${times[baseline]}")
for mode in "${modes[@]}"; do
  m=$(median "${times[$mode]}")
  printf '%-9s median %5d ms  %5.2f x baseline   (runs: %s)\n' "$mode" "$m" "$(awk -v a="$m" -v b="$base" 'BEGIN {print a / b}')" "${times[$mode]% }"
done
