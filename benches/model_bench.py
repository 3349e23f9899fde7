"""Reference for the prediction engine's benchmark: the same stages in pandas and scikit-learn.

Mirrors the stages of the Rust prediction engine (`src/model`) so its benchmark can print speed
ratios against a straightforward, vectorised pandas + scikit-learn implementation:

1. load      read customers, invoices and payments CSV files (dates parsed), settle each invoice
             on the day its payments first reach amount - max(0.01, 0.001 * amount) (cash
             discounts are ignored), apply the as-of date (invoices issued after it are dropped,
             payments after it ignored; default: the latest invoice or payment date).
2. features  point-in-time snapshots and their features. A labelled invoice (due more than
             --late-days before the as-of date, so its bucket is decided: settled by then, or
             still open and so very late) gives one snapshot every 7 days from its invoice
             date while the snapshot date t is before its settlement, t <= as-of and
             t <= due + late-days; its label is the bucket of days late = settled - due
             (on time <= 0, late 1..N, very late > N). Every invoice open at the as-of date
             gives one scoring row at t = as-of. Labelled snapshots are sampled (seed 7) down
             to --max-train-rows before features are computed. Features
             at t use only what is known at t: the invoice itself, its phase (age, days to due,
             days overdue), the customer's history (invoices settled strictly before t), its
             exposure (invoices open at t: issued <= t, not settled before t) and the customer's
             group and country. History and exposure come from per-customer sorted arrays,
             prefix sums and np.searchsorted; no Python loop runs over rows or customers.
3. train     time split: test = the age-0 snapshots of the latest 20% of labelled invoices by
             invoice date; train = the sampled snapshots of the earlier invoices, of which the
             latest 20% of invoices are held out to choose C from 0.01, 0.1, 1, 10 by log loss.
             StandardScaler + LogisticRegression (lbfgs, multinomial, max_iter 200). The model
             refitted on the whole training part with the chosen C gives the test log loss and
             accuracy; a final refit on all sampled labelled snapshots is the scoring model.
             All of it (4 + 1 + 1 fits) is timed.
4. score     probabilities for the open invoices, padded to 100,000 rows with labelled
             snapshots when fewer are open; P(on time) = 0 and renormalised for rows already past
             due; per-row explanations: each standardised feature's contribution (coef * z) to
             each class's logit, and the 3 largest by |contribution| for the predicted class.

Run it on the sample data or the benchmark set (`payment-insights-cli generate --benchmark
--out bench-data` writes that one):

    python3 benches/model_bench.py sample-data
    python3 benches/model_bench.py bench-data --as-of 2026-09-30 --late-days 30 \\
        --max-train-rows 300000 --json

Prints one line per stage with its seconds and, with --json, one JSON object on the last line:
{"load_s", "features_s", "train_s", "score_s", "score_rows", "train_rows" (rows of the final
fit), "test_log_loss", "oracle_log_loss" (null without truth.csv), "test_accuracy", "peak_mb",
plus "chosen_c", "test_rows", "open_rows", "features"}. Peak memory is ru_maxrss of this process.
"""

import argparse
import json
import resource
import sys
import time
import warnings
from pathlib import Path

SNAPSHOT_STEP_DAYS = 7
SCORE_ROWS = 100_000
C_GRID = (0.01, 0.1, 1.0, 10.0)
SEED = 7
NEVER = 1_000_000  # day number standing for "not settled (by the as-of date)"
KEY_SPAN = 2_000_000  # customer code * KEY_SPAN + day number: per-customer sorted keys
CLASSES = ("on time", "late", "very late")


def day_numbers(series):
    """Days since 1970-01-01 as int64; NaT becomes NEVER."""
    import numpy as np

    values = series.to_numpy(dtype="datetime64[ns]")
    days = values.astype("datetime64[D]").astype(np.int64)
    days[np.isnat(values)] = NEVER
    return days


# ---------------------------------------------------------------------------------------------
# 1. load


def load(folder: Path, as_of: str | None) -> dict:
    import numpy as np
    import pandas as pd

    customers = pd.read_csv(
        folder / "customers.csv",
        dtype={"customer_id": str, "group": str, "country": str},
        usecols=["customer_id", "group", "country", "credit_limit"],
        keep_default_na=False,
        na_values={"credit_limit": [""]},
    )
    invoices = pd.read_csv(
        folder / "invoices.csv",
        usecols=[
            "invoice_id", "customer_id", "invoice_date", "due_date", "amount", "currency",
            "discount_pct", "discount_days", "disputed", "delivery",
        ],
        dtype={"invoice_id": str, "customer_id": str, "currency": str, "disputed": str, "delivery": str},
        parse_dates=["invoice_date", "due_date"],
        date_format="%Y-%m-%d",
    )
    payments = pd.read_csv(
        folder / "payments.csv",
        dtype={"invoice_id": str},
        parse_dates=["payment_date"],
        date_format="%Y-%m-%d",
    )

    # The basic rules of the import: usable dates and amounts, due not before issue, unique ids.
    ok = (
        invoices["invoice_date"].notna()
        & invoices["due_date"].notna()
        & (invoices["amount"] > 0)
        & (invoices["due_date"] >= invoices["invoice_date"])
        & ~invoices["invoice_id"].duplicated()
    )
    invoices = invoices[ok]
    payments = payments[payments["payment_date"].notna() & payments["amount"].notna()]

    if as_of is None:
        as_of_ts = max(invoices["invoice_date"].max(), payments["payment_date"].max())
    else:
        as_of_ts = pd.Timestamp(as_of)
    invoices = invoices[invoices["invoice_date"] <= as_of_ts].reset_index(drop=True)
    payments = payments[payments["payment_date"] <= as_of_ts]

    # Settle: the first payment date on which the running total reaches the invoice amount
    # (less a tolerance).
    row = pd.Index(invoices["invoice_id"]).get_indexer(payments["invoice_id"])
    known = row >= 0
    pay = pd.DataFrame({"row": row[known], "date": payments["payment_date"].to_numpy()[known],
                        "amount": payments["amount"].to_numpy()[known]})
    pay = pay.sort_values(["row", "date"], kind="stable")
    paid = pay.groupby("row", sort=False)["amount"].cumsum().to_numpy()
    amount = invoices["amount"].to_numpy()
    target = amount - np.maximum(0.01, 0.001 * amount)
    reached = paid >= target[pay["row"].to_numpy()]
    settled = pay[reached].groupby("row", sort=False)["date"].min()
    settled_date = pd.Series(pd.NaT, index=invoices.index, dtype="datetime64[ns]")
    settled_date.iloc[settled.index.to_numpy()] = settled.to_numpy()
    invoices["settled_date"] = settled_date
    return {"customers": customers, "invoices": invoices, "payments": len(pay), "as_of": as_of_ts}


# ---------------------------------------------------------------------------------------------
# 2. features


class CustomerIndex:
    """Values of one kind of event per customer, sorted by (customer, day), with prefix sums.

    `count(c, t, side)` is the number of the customer's events with day < t ('left') or <= t
    ('right'); `total(name, ...)` the sum of a column over the same events.
    """

    def __init__(self, customer, day, columns: dict):
        import numpy as np

        key = customer.astype(np.int64) * KEY_SPAN + day
        order = np.argsort(key, kind="stable")
        self.key = key[order]
        self.day = day[order]
        self.order = order
        self.prefix = {}
        for name, values in columns.items():
            prefix = np.zeros(len(order) + 1)
            np.cumsum(values[order], out=prefix[1:])
            self.prefix[name] = prefix

    def positions(self, customer, t, side: str):
        import numpy as np

        base = customer.astype(np.int64) * KEY_SPAN
        start = np.searchsorted(self.key, base, side="left")
        end = np.searchsorted(self.key, base + t, side=side)
        return start, end

    def total(self, name, start, end):
        prefix = self.prefix[name]
        return prefix[end] - prefix[start]


def snapshot_rows(inv: dict, as_of: int, late_days: int, max_train_rows: int, rng):
    """Labelled snapshots (invoice row, t, label), the test rows and the sampled training rows."""
    import numpy as np

    issued, due, settled = inv["issued"], inv["due"], inv["settled"]
    is_settled = settled != NEVER
    # Like the engine: only invoices whose bucket is decided whatever happens next (due more than
    # late-days before the as-of date). Recent invoices known only because they were paid early
    # would tilt the labels towards "on time".
    labelled = (is_settled | (as_of - due > late_days)) & (as_of - due > late_days)
    days_late = np.where(is_settled, settled - due, late_days + 1)
    label = np.where(days_late <= 0, 0, np.where(days_late <= late_days, 1, 2))

    # Snapshot dates issued + 7k with t < settled, t <= as_of, t <= due + late_days.
    last = np.minimum(np.minimum(settled - 1, as_of), due + late_days)
    count = np.where(labelled & (last >= issued), (last - issued) // SNAPSHOT_STEP_DAYS + 1, 0)
    total = int(count.sum())

    # Test: age-0 snapshots of the latest 20% of labelled invoices by invoice date.
    labelled_rows = np.flatnonzero(labelled)
    by_date = labelled_rows[np.argsort(issued[labelled_rows], kind="stable")]
    n_test = int(round(0.2 * len(by_date)))
    is_test = np.zeros(len(issued), dtype=bool)
    is_test[by_date[len(by_date) - n_test:]] = True
    test_rows = np.flatnonzero(is_test & (count > 0))

    # Sample the labelled snapshots (all invoices) down to max_train_rows, then name each by its
    # invoice and age.
    if total > max_train_rows:
        pick = np.sort(rng.choice(total, size=max_train_rows, replace=False))
    else:
        pick = np.arange(total)
    ends = np.cumsum(count)
    snap_inv = np.searchsorted(ends, pick, side="right")
    snap_k = pick - (ends[snap_inv] - count[snap_inv])
    snap_t = issued[snap_inv] + SNAPSHOT_STEP_DAYS * snap_k
    return {
        "snapshots": total,
        "labelled": len(labelled_rows),
        "label": label,
        "is_test": is_test,
        "test_inv": test_rows,
        "snap_inv": snap_inv,
        "snap_t": snap_t,
        "valid_cut": by_date[: len(by_date) - n_test],
    }


def features(data: dict, late_days: int, max_train_rows: int) -> dict:
    import numpy as np
    import pandas as pd

    invoices, customers = data["invoices"], data["customers"]
    as_of = int(day_numbers(pd.Series([data["as_of"]]))[0])

    customer_codes, customer_ids = pd.factorize(invoices["customer_id"])
    cust_row = pd.Index(customers["customer_id"]).get_indexer(customer_ids)
    issued = day_numbers(invoices["invoice_date"])
    due = day_numbers(invoices["due_date"])
    settled = day_numbers(invoices["settled_date"])
    amount = invoices["amount"].to_numpy(dtype=np.float64)
    inv = {"issued": issued, "due": due, "settled": settled}

    rng = np.random.default_rng(SEED)
    snaps = snapshot_rows(inv, as_of, late_days, max_train_rows, rng)

    # All rows to featurise: sampled labelled snapshots, test rows (age 0), open invoices at as-of.
    open_inv = np.flatnonzero(settled == NEVER)
    row_inv = np.concatenate([snaps["snap_inv"], snaps["test_inv"], open_inv])
    row_t = np.concatenate([snaps["snap_t"], issued[snaps["test_inv"]], np.full(len(open_inv), as_of)])
    n_snap, n_test = len(snaps["snap_inv"]), len(snaps["test_inv"])
    cust = customer_codes[row_inv]
    t = row_t
    columns = {}

    # Invoice.
    dates = invoices["invoice_date"]
    month = dates.dt.month.to_numpy()
    day = dates.dt.day.to_numpy()
    discount_pct = invoices["discount_pct"].fillna(0).to_numpy(dtype=np.float64)
    discount_days = invoices["discount_days"].fillna(0).to_numpy(dtype=np.float64)
    issues = CustomerIndex(customer_codes, issued, {"amount": amount})
    start, before = issues.positions(cust, t, "left")
    n_before = before - start
    mean_before = issues.total("amount", start, before) / np.maximum(n_before, 1)
    columns["log_amount"] = np.log(amount[row_inv])
    relative = amount[row_inv] / np.where(n_before > 0, mean_before, 1.0)
    columns["log_relative_amount"] = np.where(n_before > 0, np.log(relative), 0.0)
    columns["relative_amount_missing"] = (n_before == 0).astype(np.float64)
    columns["terms_days"] = (due - issued)[row_inv].astype(np.float64)
    columns["discount_pct"] = discount_pct[row_inv]
    columns["discount_days"] = discount_days[row_inv]
    disputed = (invoices["disputed"].str.strip().str.lower() == "yes").to_numpy()
    electronic = (invoices["delivery"].str.strip().str.lower() == "electronic").to_numpy()
    columns["disputed"] = disputed[row_inv].astype(np.float64)
    columns["electronic"] = electronic[row_inv].astype(np.float64)
    columns["quarter_end"] = (np.isin(month, (3, 6, 9, 12)) & (day >= 17))[row_inv].astype(np.float64)
    columns["year_end"] = ((month == 12) & (day >= 18))[row_inv].astype(np.float64)
    currency_codes, currencies = pd.factorize(invoices["currency"].fillna(""), sort=True)
    for code, name in enumerate(currencies):
        columns[f"currency={name}"] = (currency_codes[row_inv] == code).astype(np.float64)

    # Phase.
    columns["age_days"] = (t - issued[row_inv]).astype(np.float64)
    columns["days_to_due"] = (due[row_inv] - t).astype(np.float64)
    columns["days_overdue"] = np.maximum(0, t - due[row_inv]).astype(np.float64)

    # History: the customer's invoices settled strictly before t.
    done = np.flatnonzero(settled != NEVER)
    done_late = (settled - due)[done].astype(np.float64)
    is_late = ((done_late > 0) & (done_late <= late_days)).astype(np.float64)
    is_very_late = (done_late > late_days).astype(np.float64)
    history = CustomerIndex(customer_codes[done], settled[done], {
        "late": is_late, "very_late": is_very_late, "amount": amount[done],
        "late_amount": amount[done] * is_late, "very_late_amount": amount[done] * is_very_late,
        "days_late": done_late,
    })
    start, end = history.positions(cust, t, "left")
    n = end - start
    some = n > 0
    per = np.maximum(n, 1)
    settled_amount = np.where(some, history.total("amount", start, end), 1.0)
    last5 = np.maximum(start, end - 5)
    columns["settled_count"] = n.astype(np.float64)
    columns["share_late"] = history.total("late", start, end) / per
    columns["share_very_late"] = history.total("very_late", start, end) / per
    for kind in ("late", "very_late"):
        share = history.total(f"{kind}_amount", start, end) / settled_amount
        columns[f"amount_share_{kind}"] = np.where(some, share, 0.0)
    columns["mean_days_late"] = history.total("days_late", start, end) / per
    columns["mean_days_late_last5"] = history.total("days_late", last5, end) / np.maximum(end - last5, 1)
    last_day = history.day[np.maximum(end - 1, 0)] if len(done) else np.zeros(len(t), dtype=np.int64)
    columns["days_since_settlement"] = np.where(some, t - last_day, 0).astype(np.float64)
    columns["days_since_settlement_missing"] = (~some).astype(np.float64)
    first_issue = np.full(len(customer_ids), NEVER, dtype=np.int64)
    np.minimum.at(first_issue, customer_codes, issued)
    columns["tenure_days"] = (t - first_issue[cust]).astype(np.float64)

    # Exposure: the customer's invoices open at t (issued <= t, not settled before t).
    settled_before = history.total("amount", start, end)
    start, upto = issues.positions(cust, t, "right")
    open_count = (upto - start) - n
    open_balance = issues.total("amount", start, upto) - settled_before
    # Overdue and open at t: due < t minus (due < t and settled < t) = max(due, settled) < t.
    dues = CustomerIndex(customer_codes, due, {"amount": amount})
    start, end = dues.positions(cust, t, "left")
    paid_late = CustomerIndex(customer_codes[done], np.maximum(due, settled)[done], {"amount": amount[done]})
    start2, end2 = paid_late.positions(cust, t, "left")
    overdue_balance = dues.total("amount", start, end) - paid_late.total("amount", start2, end2)
    # Oldest overdue: the earliest due date among invoices not settled before t (suffix minimum
    # of due dates over the customer's invoices sorted by settlement day).
    by_settle = CustomerIndex(customer_codes, settled, {})
    offset = customer_codes[by_settle.order].astype(np.int64) * KEY_SPAN
    earliest_due = np.minimum.accumulate((due[by_settle.order] + offset)[::-1])[::-1] - offset
    earliest_due = np.append(earliest_due, NEVER)
    start, end = by_settle.positions(cust, t, "left")  # end: first invoice settled on or after t
    group_end = np.searchsorted(by_settle.key, cust.astype(np.int64) * KEY_SPAN + KEY_SPAN, side="left")
    oldest_due = np.where(end < group_end, earliest_due[end], NEVER)
    credit_limit = customers["credit_limit"].to_numpy(dtype=np.float64)
    limit = np.where(cust_row >= 0, credit_limit[cust_row], np.nan)[cust]
    limit = np.nan_to_num(limit, nan=0.0)
    columns["open_balance"] = open_balance
    columns["overdue_balance"] = np.maximum(overdue_balance, 0.0)
    columns["open_count"] = open_count.astype(np.float64)
    columns["oldest_overdue_days"] = np.where(oldest_due < t, t - oldest_due, 0).astype(np.float64)
    columns["credit_limit"] = limit
    columns["credit_use"] = np.where(limit > 0, open_balance / np.where(limit > 0, limit, 1.0), 0.0)

    # Customer.
    for column in ("group", "country"):
        values = customers[column].to_numpy(dtype=object)
        per_customer = np.where(cust_row >= 0, values[np.maximum(cust_row, 0)], "")
        codes, names = pd.factorize(pd.Series(per_customer[cust]), sort=True)
        for code, name in enumerate(names):
            if name:
                columns[f"{column}={name}"] = (codes == code).astype(np.float64)

    names = list(columns)
    matrix = np.empty((len(t), len(names)))
    for j, name in enumerate(names):
        matrix[:, j] = columns.pop(name)
    label = snaps["label"][row_inv]
    return {
        "x": matrix,
        "names": names,
        "label": label,
        "issued": issued[row_inv],
        "past_due": t > due[row_inv],
        "inv": row_inv,
        "snap": slice(0, n_snap),
        "test": slice(n_snap, n_snap + n_test),
        "open": slice(n_snap + n_test, len(t)),
        "is_test_inv": snaps["is_test"][row_inv],
        "valid_inv": snaps["valid_cut"],
        "snapshots": snaps["snapshots"],
        "labelled": snaps["labelled"],
    }


# ---------------------------------------------------------------------------------------------
# 3. train


def fit(x, y, c):
    from sklearn.exceptions import ConvergenceWarning
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    scaler = StandardScaler().fit(x)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        model = LogisticRegression(C=c, solver="lbfgs", max_iter=200).fit(scaler.transform(x), y)
    return scaler, model


def split(feat: dict):
    """The rows of the time split: every sampled snapshot, the training part (before the test
    invoices), its fitting and validation rows (validation: the latest 20% of the training
    invoices by invoice date) and the test rows."""
    import numpy as np

    snap = np.arange(feat["snap"].start, feat["snap"].stop)
    train_rows = snap[~feat["is_test_inv"][snap]]
    test_rows = np.arange(feat["test"].start, feat["test"].stop)
    train_inv = feat["valid_inv"]
    n_valid = int(round(0.2 * len(train_inv)))
    is_valid_inv = np.zeros(int(feat["inv"].max()) + 1, dtype=bool)
    is_valid_inv[train_inv[len(train_inv) - n_valid:]] = True
    valid = is_valid_inv[feat["inv"][train_rows]]
    return snap, train_rows, train_rows[~valid], train_rows[valid], test_rows


def train(feat: dict) -> dict:
    import numpy as np
    from sklearn.metrics import accuracy_score, log_loss

    x, y = feat["x"], feat["label"]
    snap, train_rows, fit_rows, valid_rows, test_rows = split(feat)

    losses = {}
    for c in C_GRID:
        scaler, model = fit(x[fit_rows], y[fit_rows], c)
        p = model.predict_proba(scaler.transform(x[valid_rows]))
        losses[c] = log_loss(y[valid_rows], p, labels=[0, 1, 2])
    best = min(C_GRID, key=lambda c: losses[c])

    scaler, model = fit(x[train_rows], y[train_rows], best)
    p = model.predict_proba(scaler.transform(x[test_rows]))
    test_loss = log_loss(y[test_rows], p, labels=[0, 1, 2])
    test_accuracy = accuracy_score(y[test_rows], model.classes_[p.argmax(axis=1)])
    shares = np.bincount(y[train_rows], minlength=3) / len(train_rows)
    baseline = log_loss(y[test_rows], np.tile(shares, (len(test_rows), 1)), labels=[0, 1, 2])

    scaler, model = fit(x[snap], y[snap], best)
    return {
        "scaler": scaler, "model": model, "chosen_c": best, "valid_losses": losses,
        "test_log_loss": float(test_loss), "test_accuracy": float(test_accuracy),
        "baseline_log_loss": float(baseline), "train_rows": len(snap), "split_train_rows": len(train_rows),
        "valid_rows": len(valid_rows), "test_rows": len(test_rows),
    }


def train_lightgbm(feat: dict):
    """LightGBM (multiclass, defaults, early stopping after 50 rounds without gain on the same
    validation invoices), fitted on the same training rows and scored on the same test rows as
    the logistic regression; its own timing. None when lightgbm is not installed."""
    try:
        import lightgbm as lgb
    except ImportError:
        return None
    import numpy as np
    from sklearn.metrics import log_loss

    x, y = feat["x"], feat["label"]
    snap, _, fit_rows, valid_rows, test_rows = split(feat)
    start = time.perf_counter()
    model = lgb.LGBMClassifier(objective="multiclass", n_estimators=5000, verbose=-1, n_jobs=2)
    model.fit(x[fit_rows], y[fit_rows], eval_X=(x[valid_rows],), eval_y=(y[valid_rows],),
              callbacks=[lgb.early_stopping(50, verbose=False)])
    rounds = model.best_iteration_ or 100
    p = model.predict_proba(x[test_rows])
    test_loss = log_loss(y[test_rows], p, labels=[0, 1, 2])
    # The refit on every sampled row with the rounds the validation chose, as ours does.
    lgb.LGBMClassifier(objective="multiclass", n_estimators=rounds, verbose=-1, n_jobs=2).fit(x[snap], y[snap])
    return {"lightgbm_train_s": round(time.perf_counter() - start, 4),
            "lightgbm_test_log_loss": round(float(test_loss), 6), "lightgbm_rounds": int(rounds)}


def oracle_log_loss(folder: Path, invoices, feat: dict):
    """Log loss of the generator's true probabilities (truth.csv of generated data) on the test
    rows, or None for data without them."""
    import numpy as np
    import pandas as pd
    from sklearn.metrics import log_loss

    path = folder / "truth.csv"
    if not path.exists():
        return None
    truth = pd.read_csv(path, dtype={"invoice_id": str}).set_index("invoice_id")
    test_rows = np.arange(feat["test"].start, feat["test"].stop)
    ids = invoices["invoice_id"].to_numpy()[feat["inv"][test_rows]]
    known = pd.Index(ids).isin(truth.index)
    if not known.all():
        return None
    p = truth.loc[ids, ["p_on_time", "p_late", "p_very_late"]].to_numpy()
    p = p / p.sum(axis=1, keepdims=True)  # rounded to 4 decimals in the file
    return float(log_loss(feat["label"][test_rows], p, labels=[0, 1, 2]))


# ---------------------------------------------------------------------------------------------
# 4. score


def score_rows(feat: dict):
    """Open rows, padded to SCORE_ROWS with labelled snapshot rows (seed 7) when fewer are open."""
    import numpy as np

    rows = np.arange(feat["open"].start, feat["open"].stop)
    missing = SCORE_ROWS - len(rows)
    if missing > 0:
        snap = np.arange(feat["snap"].start, feat["snap"].stop)
        rng = np.random.default_rng(SEED)
        extra = rng.choice(snap, size=missing, replace=missing > len(snap))
        rows = np.concatenate([rows, extra])
    return rows


def score(feat: dict, fitted: dict, rows) -> dict:
    import numpy as np

    scaler, model = fitted["scaler"], fitted["model"]
    z = scaler.transform(feat["x"][rows])
    p = model.predict_proba(z)
    past_due = feat["past_due"][rows]
    p[past_due, 0] = 0.0
    p /= p.sum(axis=1, keepdims=True)
    predicted = p.argmax(axis=1)

    # Contribution of each standardised feature to each class's logit: coef * z.
    contributions = z[:, None, :] * model.coef_[None, :, :]
    winning = contributions[np.arange(len(rows)), predicted]
    size = np.abs(winning)
    top = np.argpartition(-size, 3, axis=1)[:, :3]
    top_size = np.take_along_axis(size, top, axis=1)
    top = np.take_along_axis(top, np.argsort(-top_size, axis=1), axis=1)
    top_value = np.take_along_axis(winning, top, axis=1)
    return {"p": p, "predicted": predicted, "top": top, "top_value": top_value}


# ---------------------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--as-of", help="YYYY-MM-DD; default: the latest invoice or payment date")
    parser.add_argument("--late-days", type=int, default=30)
    parser.add_argument("--max-train-rows", type=int, default=300_000)
    parser.add_argument("--json", action="store_true", help="print one JSON object on the last line")
    args = parser.parse_args()
    try:
        import numpy  # noqa: F401
        import pandas  # noqa: F401
        import sklearn  # noqa: F401
    except ImportError as error:
        print(f"{error.name} is not installed: pip install pandas numpy scikit-learn", file=sys.stderr)
        return 2

    start = time.perf_counter()
    data = load(args.folder, args.as_of)
    load_s = time.perf_counter() - start
    invoices = data["invoices"]
    n_open = int(invoices["settled_date"].isna().sum())
    print(f"  load: {load_s:.3f} s ({len(invoices):,} invoices, {data['payments']:,} payments, "
          f"{len(data['customers']):,} customers, {n_open:,} open at {data['as_of'].date()})")

    start = time.perf_counter()
    feat = features(data, args.late_days, args.max_train_rows)
    features_s = time.perf_counter() - start
    print(f"  features: {features_s:.3f} s ({feat['labelled']:,} labelled invoices, "
          f"{feat['snapshots']:,} snapshots, {feat['x'].shape[0]:,} rows x {feat['x'].shape[1]} features)")

    start = time.perf_counter()
    fitted = train(feat)
    train_s = time.perf_counter() - start
    losses = ", ".join(f"C={c:g}: {loss:.4f}" for c, loss in fitted["valid_losses"].items())
    print(f"  train: {train_s:.3f} s ({fitted['split_train_rows']:,} training rows of which "
          f"{fitted['valid_rows']:,} validation; validation log loss {losses}; "
          f"chosen C={fitted['chosen_c']:g}; "
          f"final fit on {fitted['train_rows']:,} rows)")
    print(f"  test: {fitted['test_rows']:,} rows, log loss {fitted['test_log_loss']:.4f} "
          f"(train shares: {fitted['baseline_log_loss']:.4f}), accuracy {fitted['test_accuracy']:.4f}")

    oracle = oracle_log_loss(args.folder, invoices, feat)
    if oracle is not None:
        print(f"  oracle (the generator's true probabilities) on the same test rows: log loss {oracle:.4f}; "
              f"the model is {100 * (fitted['test_log_loss'] / oracle - 1):+.1f}% from it")
    lightgbm = train_lightgbm(feat)
    if lightgbm is None:
        print("  lightgbm is not installed (pip install lightgbm): no LightGBM peer")
    else:
        gap = "" if oracle is None else f", {100 * (lightgbm['lightgbm_test_log_loss'] / oracle - 1):+.1f}% from the oracle"
        print(f"  lightgbm: {lightgbm['lightgbm_train_s']:.3f} s ({lightgbm['lightgbm_rounds']} rounds), "
              f"test log loss {lightgbm['lightgbm_test_log_loss']:.4f}{gap}")

    rows = score_rows(feat)
    start = time.perf_counter()
    scored = score(feat, fitted, rows)
    score_s = time.perf_counter() - start
    first = ", ".join(f"{feat['names'][j]} {v:+.2f}" for j, v in zip(scored["top"][0], scored["top_value"][0]))
    print(f"  score: {score_s:.3f} s ({len(rows):,} rows, {n_open:,} open; first row "
          f"{CLASSES[scored['predicted'][0]]} {scored['p'][0].max():.2f}: {first})")

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    total = load_s + features_s + train_s + score_s
    print(f"pandas + scikit-learn seconds: {total:.3f}, peak memory {peak_mb:.0f} MB")
    if args.json:
        print(json.dumps({
            "load_s": round(load_s, 4), "features_s": round(features_s, 4), "train_s": round(train_s, 4),
            "score_s": round(score_s, 4), "score_rows": len(rows), "train_rows": fitted["train_rows"],
            "test_log_loss": round(fitted["test_log_loss"], 6),
            "oracle_log_loss": None if oracle is None else round(oracle, 6), "test_accuracy": round(fitted["test_accuracy"], 6),
            "peak_mb": round(peak_mb, 1), "chosen_c": fitted["chosen_c"], "test_rows": fitted["test_rows"],
            "open_rows": n_open, "features": len(feat["names"]), **(lightgbm or {}),
        }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
