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

# A reference, not a target: the same .import, then the indexes a workspace keeps on its deals (the
# scoring engine and the dashboard read through them), built with the cache and sorter threads the importer
# uses. The file has no contract numbers, so every won deal is in the index of won deals missing data.
sqlite3 "$OUT/indexed.db" "CREATE TABLE deals(external_id TEXT, owner TEXT, customer TEXT, amount TEXT,
    stage TEXT, created_on TEXT, closed_on TEXT)"
t0=$(now)
sqlite3 "$OUT/indexed.db" ".import --csv --skip 1 $OUT/deals.csv deals"
sqlite3 "$OUT/indexed.db" "PRAGMA cache_size=-131072; PRAGMA threads=2;
    CREATE UNIQUE INDEX deals_external_id ON deals(external_id);
    CREATE INDEX deals_customer ON deals(customer);
    CREATE INDEX deals_stage_closed ON deals(stage, closed_on);
    CREATE INDEX deals_won_closed ON deals(closed_on, owner, customer, amount) WHERE stage = 'won';
    CREATE INDEX deals_customer_won ON deals(customer, closed_on, created_on, external_id) WHERE stage = 'won';
    CREATE INDEX deals_owner ON deals(owner, stage, closed_on);
    CREATE INDEX deals_won_missing_data ON deals(closed_on, owner) WHERE stage = 'won';" >/dev/null
t1=$(now)
indexed=$(python3 -c "print($t1 - $t0)")
refsize=$(stat -c %s "$OUT/indexed.db")
rm -f "$OUT/indexed.db" "$OUT/plain.db"
echo "sqlite3 .import + the workspace's seven deals indexes: $(seconds "$indexed") s (reference)," \
    "$((refsize / 1048576)) MB = $(python3 -c "print(f'{$refsize / $(stat -c %s "$OUT/deals.csv"):.2f}')")× the CSV"

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
echo "against the indexed reference: import $(python3 -c "print(f'{$first / $indexed:.2f}')")×," \
    "again $(python3 -c "print(f'{$again / $indexed:.2f}')")×," \
    "workspace $(du -m "$OUT/w.attain" | cut -f1) MB = $(python3 -c "print(f'{$(stat -c %s "$OUT/w.attain") / $(stat -c %s "$OUT/deals.csv"):.2f}')")× the CSV"
echo "targets (issue 15): import ≤ 1.0×, again ≤ 0.5× the indexed reference; workspace ≤ 2.5× the CSV; peak < 300 MB"
