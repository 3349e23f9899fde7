"""Reference for `payment-insights-cli bench import --compare`: the same work in pandas.

Reads the benchmark set's customers, invoices and payments CSV files, parses the date and
amount columns, checks the same basic rules (required values, due date not before invoice date,
positive amounts, payments for known invoices) and settles each invoice on the day its
payments first reach its amount. Prints the median time over the runs.

    python3 benches/import_bench.py bench-data --runs 5
"""

import argparse
import statistics
import sys
import time
from pathlib import Path


def run(folder: Path) -> dict:
    import pandas as pd

    customers = pd.read_csv(folder / "customers.csv", dtype=str, keep_default_na=False)
    invoices = pd.read_csv(folder / "invoices.csv", dtype=str, keep_default_na=False)
    payments = pd.read_csv(folder / "payments.csv", dtype=str, keep_default_na=False)

    invoices["invoice_date"] = pd.to_datetime(invoices["invoice_date"], format="%Y-%m-%d", errors="coerce")
    invoices["due_date"] = pd.to_datetime(invoices["due_date"], format="%Y-%m-%d", errors="coerce")
    invoices["amount"] = pd.to_numeric(invoices["amount"], errors="coerce")
    payments["payment_date"] = pd.to_datetime(payments["payment_date"], format="%Y-%m-%d", errors="coerce")
    payments["amount"] = pd.to_numeric(payments["amount"], errors="coerce")
    customers["credit_limit"] = pd.to_numeric(customers["credit_limit"], errors="coerce")

    ok = (
        invoices["invoice_id"].ne("")
        & invoices["invoice_date"].notna()
        & invoices["due_date"].notna()
        & (invoices["amount"] > 0)
        & (invoices["due_date"] >= invoices["invoice_date"])
        & ~invoices["invoice_id"].duplicated()
    )
    invoices = invoices[ok]
    known = payments["invoice_id"].isin(invoices["invoice_id"])
    payments = payments[known & payments["payment_date"].notna() & payments["amount"].notna()]

    payments = payments.sort_values(["invoice_id", "payment_date"])
    payments["paid"] = payments.groupby("invoice_id")["amount"].cumsum()
    merged = payments.merge(invoices[["invoice_id", "amount"]], on="invoice_id", suffixes=("", "_invoice"))
    reached = merged[merged["paid"] >= merged["amount_invoice"] - 0.01]
    settled = reached.groupby("invoice_id")["payment_date"].min()
    invoices = invoices.merge(settled.rename("settled_date"), left_on="invoice_id", right_index=True, how="left")
    return {
        "invoices": len(invoices),
        "payments": len(payments),
        "customers": len(customers),
        "open": int(invoices["settled_date"].isna().sum()),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    try:
        import pandas  # noqa: F401
    except ImportError:
        print("pandas is not installed: pip install pandas", file=sys.stderr)
        return 2
    times = []
    for i in range(args.runs):
        start = time.perf_counter()
        counts = run(args.folder)
        seconds = time.perf_counter() - start
        times.append(seconds)
        print(f"  pandas run {i + 1}: {seconds:.3f} s {counts}")
    print(f"pandas median seconds: {statistics.median(times):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
