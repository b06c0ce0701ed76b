#!/usr/bin/env bash
# Benchmark (issue "Dashboards and leaderboards"): switching the dashboard's period on the 1,000,000-deal
# workspace (generated once into build/big.attain). Usage: tests/bench/dashboard.sh [build-dir]
set -euo pipefail
BUILD=${1:-build/release}
cmake --build "$BUILD" --target benchmarks >/dev/null
BIG=build/big.attain
[ -f "$BIG" ] || "$BUILD/app/cli/attain-cli" demo "$BIG" --scale large >/dev/null 2>&1
export QT_QPA_PLATFORM=offscreen
"$BUILD/tests/bench/bench_dashboard" "$BIG"
