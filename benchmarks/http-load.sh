#!/usr/bin/env bash
# csc-rules serve under load on loopback: the service started by its launcher, then HttpLoad (this
# module) sends the care leaver's request to POST /assess: as fast as CLIENTS clients can (throughput),
# then at a fixed RATE a second (latency p50/p99 counted from when each request was due). Bounded in
# count and time: SECONDS each, after a warm-up. Build first: mvn -q install -DskipTests.
# Usage: benchmarks/http-load.sh [CLIENTS] [RATE] [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
clients=${1:-4} rate=${2:-1000} seconds=${3:-10} port=18080
launcher=csc-rules-cli/target/csc-rules
[[ -x $launcher && -f benchmarks/target/benchmarks.jar ]] || { echo "run 'mvn -q install -DskipTests' first" >&2; exit 1; }
"$launcher" serve --port $port --today 2026-11-23 2> /dev/null &
server=$!
trap 'kill -TERM $server 2> /dev/null; wait $server 2> /dev/null || true' EXIT
for _ in $(seq 100); do
  curl -sf "http://127.0.0.1:$port/health" > /dev/null && break
  sleep 0.1
done
echo "csc-rules serve on loopback ($(java -version 2>&1 | sed -n 1p), $(nproc) cores; client and server share them)"
body=csc-rules-cli/src/main/resources/org/cscrules/cli/training-request.json
java -cp benchmarks/target/benchmarks.jar org.cscrules.benchmarks.HttpLoad "http://127.0.0.1:$port/assess" $body max "$clients" "$seconds"
java -cp benchmarks/target/benchmarks.jar org.cscrules.benchmarks.HttpLoad "http://127.0.0.1:$port/assess" $body rate "$rate" "$seconds"
