#!/usr/bin/env bash
# Fills fuzz/corpus/<target> with small seeds from the repository's own test files and sample
# data (the corpus folders are not committed; libFuzzer adds what it finds to them).
set -euo pipefail
cd "$(dirname "$0")"
root=..

csv=corpus/import_csv
mkdir -p "$csv"
i=0
while IFS= read -r -d '' f; do
  i=$((i + 1))
  head -c 16384 "$f" > "$csv/export-$i"
done < <(find "$root/tests/fixtures/exports" -type f -print0 | sort -z)
for f in "$root"/tests/fixtures/erp3/*.csv "$root"/tests/fixtures/ar_ledger_all_paid.csv \
         "$root"/sample-data/customers.csv "$root"/sample-data/invoices.csv \
         "$root"/sample-data/payments.csv; do
  # The first 40 lines: headers and enough rows to be imported.
  head -n 40 "$f" > "$csv/$(basename "$(dirname "$f")")-$(basename "$f")"
done
cp regressions/import_csv/* "$csv/" 2>/dev/null || true

xlsx=corpus/import_xlsx
mkdir -p "$xlsx"
cp "$root"/tests/fixtures/*.xlsx "$xlsx/"
cp regressions/import_xlsx/* "$xlsx/" 2>/dev/null || true

model=corpus/model_load
mkdir -p "$model"
cp "$root/resources/sample-model.json" "$model/sample-model.json"
# The same model without the per-day counts (as older model files are): smaller, and the
# forecast then works from the mean days late alone.
python3 - "$root/resources/sample-model.json" "$model/sample-model-old.json" <<'PY'
import json, sys
m = json.load(open(sys.argv[1]))
m["behaviour"].pop("days_late_counts", None)
json.dump(m, open(sys.argv[2], "w"), separators=(",", ":"))
PY
cp regressions/model_load/* "$model/" 2>/dev/null || true
echo "seeded: $(ls "$csv" | wc -l) csv, $(ls "$xlsx" | wc -l) workbooks, $(ls "$model" | wc -l) models"
