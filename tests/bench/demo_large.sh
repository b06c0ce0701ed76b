#!/usr/bin/env bash
# Benchmark: generate the large demo (200 members, 1,000,000 deals) and check it.
# Prints wall time, peak memory and file size. Usage: tests/bench/demo_large.sh [build-dir]
set -euo pipefail
BUILD=${1:-build/release}
CLI="$BUILD/app/cli/attain-cli"
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
echo "== attain-cli demo --scale large"
/usr/bin/time -f "wall %e s, peak memory %M KB" "$CLI" demo "$OUT/big.attain" --scale large 2>&1 | grep -v generating
echo "file size: $(du -m "$OUT/big.attain" | cut -f1) MB"
echo "== attain-cli check"
/usr/bin/time -f "wall %e s, peak memory %M KB" "$CLI" check "$OUT/big.attain"
