#!/usr/bin/env bash
# Benchmark (issue "Data interchange"): import a 1,000,000-row deals CSV into a new workspace and again,
# against the sqlite3 shell's `.import` of the same file into a plain table, measured in the same run.
# Prints the times, the ratios and peak memory. Needs the sqlite3 shell (run.sh installs it).
# Usage: tests/bench/import.sh [build-dir] [rows]
set -euo pipefail
BUILD=${1:-build/release}
ROWS=${2:-1000000}
CLI="$BUILD/app/cli/attain-cli"
MAKE="$BUILD/tests/bench/bench_make_deals_csv"
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
"$MAKE" "$OUT/deals.csv" "$ROWS"
echo "file: $ROWS rows, $(du -m "$OUT/deals.csv" | cut -f1) MB"
seconds() { python3 -c "import sys; print(f'{float(sys.argv[1]):.2f}')" "$1"; }
now() { date +%s.%N; }

t0=$(now)
sqlite3 "$OUT/plain.db" ".import --csv $OUT/deals.csv deals"
t1=$(now)
plain=$(python3 -c "print($t1 - $t0)")
echo "sqlite3 .import:          $(seconds "$plain") s"

"$CLI" init "$OUT/w.attain" >/dev/null
t0=$(now)
/usr/bin/time -f "%M" -o "$OUT/mem1" "$CLI" import "$OUT/w.attain" "$OUT/deals.csv" --kind deals >"$OUT/first.txt"
t1=$(now)
first=$(python3 -c "print($t1 - $t0)")
t0=$(now)
/usr/bin/time -f "%M" -o "$OUT/mem2" "$CLI" import "$OUT/w.attain" "$OUT/deals.csv" --kind deals >"$OUT/again.txt"
t1=$(now)
again=$(python3 -c "print($t1 - $t0)")
echo "attain-cli import:        $(seconds "$first") s  ($(python3 -c "print(f'{$first / $plain:.2f}')")× sqlite3), peak $(($(cat "$OUT/mem1") / 1024)) MB"
sed 's/^/    /' "$OUT/first.txt"
echo "attain-cli import again:  $(seconds "$again") s  ($(python3 -c "print(f'{$again / $plain:.2f}')")× sqlite3), peak $(($(cat "$OUT/mem2") / 1024)) MB"
sed 's/^/    /' "$OUT/again.txt"
echo "targets: first ≤ 2.5×, again ≤ 3×, peak < 300 MB"
