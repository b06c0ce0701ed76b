#!/usr/bin/env bash
# Benchmark: the deals table on a 1,000,000-deal workspace (generated once into build/big.attain).
# Usage: tests/bench/deals_view.sh [build-dir]
set -euo pipefail
BUILD=${1:-build/release}
cmake --build "$BUILD" --target benchmarks >/dev/null
BIG=build/big.attain
[ -f "$BIG" ] || "$BUILD/app/cli/attain-cli" demo "$BIG" --scale large >/dev/null 2>&1
export QT_QPA_PLATFORM=offscreen
echo "== as the demo's user (a manager: their team's deals)"
"$BUILD/tests/bench/bench_deals_view" "$BIG"
echo "== everyone's deals (1,000,000)"
"$BUILD/tests/bench/bench_deals_view" "$BIG" --everyone
