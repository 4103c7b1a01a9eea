#!/usr/bin/env bash
# JSON lines through one process: LINES different requests (a care leaver's complaint received on
# different days) into `csc-rules assess --lines`, whole process (JVM start and warm-up included), the
# answers counted as they stream out (about 5 KB each); decisions a second = lines / wall time.
# Build first: mvn -q install -DskipTests. Usage: benchmarks/cli-lines.sh [LINES]
set -euo pipefail
cd "$(dirname "$0")/.."
lines=${1:-100000}
launcher=csc-rules-cli/target/csc-rules
[[ -x $launcher ]] || { echo "missing $launcher: run 'mvn -q install -DskipTests' first" >&2; exit 1; }
input=$(mktemp)
trap 'rm -f "$input"' EXIT
request=$(tr -d '\n' < csc-rules-cli/src/main/resources/org/cscrules/cli/training-request.json)
awk -v n="$lines" -v request="$request" 'BEGIN {
  for (i = 0; i < n; i++) {
    t = mktime("2026 11 09 12 00 00") - (i % 900) * 86400
    line = request
    sub("2026-10-20", strftime("%Y-%m-%d", t - (30 + (i % 40) * 13) * 86400), line)
    sub("2026-11-09", strftime("%Y-%m-%d", t), line)
    print line
  }
}' > "$input"
t0=$(date +%s%N)
answered=$("$launcher" assess --lines --today 2026-11-23 < "$input" | wc -l)
status=${PIPESTATUS[0]}
t1=$(date +%s%N)
ms=$(( (t1 - t0) / 1000000 ))
(( status == 0 )) || { echo "csc-rules exited $status: some lines were not answered" >&2; exit 1; }
echo "csc-rules assess --lines: $lines lines, $answered decisions in $ms ms, whole process: $(( answered * 1000 / ms )) decisions a second ($(java -version 2>&1 | sed -n 1p), $(nproc) cores)"
