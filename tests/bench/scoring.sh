#!/usr/bin/env bash
# Benchmark (issue "Scoring engine"): score one quarter for every member and team of the large demo, against
# the sqlite3 shell computing the same metrics in plain SQL (scoring_plain.sql) on the same file; then one
# deal changes and its owner's scorecard is recomputed. Usage: tests/bench/scoring.sh [build-dir] [workspace]
# (without a workspace, the large demo is generated first: about a minute).
set -euo pipefail
BUILD=${1:-build/release}
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
FILE=${2:-}
if [[ -z "$FILE" ]]; then
    FILE="$OUT/big.attain"
    "$BUILD/app/cli/attain-cli" demo "$FILE" --scale large >/dev/null 2>&1
fi
PERIOD=2025-Q2
sed -e "s/:prev_start/2025-01-01/g; s/:prev_end/2025-03-31/g; s/:start/2025-04-01/g; s/:end/2025-06-30/g" \
    -e "s/:next/2025-07-01/g; s/:period/$PERIOD/g; s/:m1/2025-04/g; s/:m2/2025-05/g; s/:m3/2025-06/g" \
    "$HERE/scoring_plain.sql" > "$OUT/plain.sql"
"$BUILD/tests/bench/bench_scoring" "$FILE" "$PERIOD" > /dev/null # warm the page cache, migrate if needed
for run in 1 2 3; do
    t0=$(date +%s.%N)
    sqlite3 "file:$FILE?mode=ro" < "$OUT/plain.sql" | grep -v "^2147418112$" > /dev/null || true
    t1=$(date +%s.%N)
    echo "sqlite3 plain SQL, run $run: $(python3 -c "print(f'{($t1 - $t0) * 1000:.0f}')") ms"
done
"$BUILD/tests/bench/bench_scoring" "$FILE" "$PERIOD"
