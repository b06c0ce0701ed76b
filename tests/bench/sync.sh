#!/usr/bin/env bash
# Benchmark (issue "Team sync"): an invitation for one of the large demo's reps, their file, and a bundle of
# 10,000 changes applied at the hub. Usage: tests/bench/sync.sh [build-dir] [workspace]
# (without a workspace, the large demo is generated first: about a minute).
set -euo pipefail
BUILD=${1:-build/release}
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
FILE=${2:-}
if [[ -z "$FILE" ]]; then
    FILE="$OUT/big.attain"
    "$BUILD/app/cli/attain-cli" demo "$FILE" --scale large >/dev/null 2>&1
fi
"$BUILD/tests/bench/bench_sync" "$FILE" "$OUT"
echo "targets (issue 17): invitation < 5 s from the 1,000,000-deal workspace; 10,000 changes applied < 1 s"
