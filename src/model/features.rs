//! Point-in-time features. Every value of an invoice looked at on a date uses only what was
//! known on that date: the customer's history counts only invoices settled before it, and an
//! invoice still open then counts as open exposure, never as history. Nothing is derived from the
//! invoice's own settlement.

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};

use chrono::{Datelike, NaiveDate};

use crate::data::tables::{Invoice, Tables};
use crate::model::buckets::Buckets;
use crate::model::fields::{Base, Catalogue, Kind, Origin, extra_value, overdue_bands};

/// An invoice looked at on a date (its issue date for training rows at age 0, the as-of date
/// for open invoices, or a later age for training snapshots).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Snapshot {
    /// Index into [`Tables::invoices`].
    pub invoice: u32,
    pub date: NaiveDate,
}

/// Values of one field over all rows: numbers (NaN = missing) or category codes.
#[derive(Clone, Debug, PartialEq)]
pub enum RawColumn {
    Number(Vec<f64>),
    /// Codes index the field's levels; [`MISSING`] when there is none.
    Category(Vec<u32>),
}

/// The code of a missing category.
pub const MISSING: u32 = u32::MAX;

impl RawColumn {
    pub fn number(&self, row: usize) -> f64 {
        match self {
            RawColumn::Number(v) => v.get(row).copied().unwrap_or(f64::NAN),
            RawColumn::Category(v) => v
                .get(row)
                .filter(|&&c| c != MISSING)
                .map(|&c| f64::from(c))
                .unwrap_or(f64::NAN),
        }
    }
}

/// Feature values of rows, one column per catalogue field (in catalogue order).
#[derive(Clone, Debug, PartialEq)]
pub struct FeatureTable {
    pub rows: usize,
    pub columns: Vec<RawColumn>,
}

/// Changes to invoices and customers for a what-if: the changed invoice replaces the original in
/// its own features; the customer's history and exposure stay as they were.
#[derive(Clone, Debug, Default)]
pub struct Edits {
    /// Invoice index → the changed invoice.
    pub invoices: HashMap<u32, Invoice>,
    /// Customer index → the changed credit limit.
    pub credit_limits: HashMap<u32, Option<f64>>,
    /// (field key, invoice index) → a new value of a numeric imported column.
    pub extras: HashMap<(String, u32), f64>,
}

/// What the customer's history and exposure were on a date.
#[derive(Clone, Copy, Debug, Default)]
struct Context {
    settled_count: f64,
    share_late: f64,
    share_very_late: f64,
    share_late_amount: f64,
    share_very_late_amount: f64,
    avg_days_late: f64,
    recent_days_late: f64,
    days_since_payment: f64,
    tenure_days: f64,
    open_balance: f64,
    overdue_balance: f64,
    open_count: f64,
    oldest_overdue_days: f64,
    prior_count: f64,
    prior_amount: f64,
}

fn day(d: NaiveDate) -> i32 {
    d.num_days_from_ce()
}

/// Prefix sums: `p[k]` is the sum of the first `k` values.
fn prefix(values: impl Iterator<Item = f64>) -> Vec<f64> {
    let mut out = vec![0.0];
    let mut acc = 0.0;
    for v in values {
        acc += v;
        out.push(acc);
    }
    out
}

fn at(p: &[f64], k: usize) -> f64 {
    p.get(k).copied().unwrap_or(0.0)
}

/// One customer's invoices and payments, indexed for point-in-time questions.
struct CustomerIndex {
    /// Settlement days (never before the invoice date), ascending.
    settle_day: Vec<i32>,
    settle_amount: Vec<f64>,
    settle_late: Vec<f64>,
    settle_very_late: Vec<f64>,
    settle_late_amount: Vec<f64>,
    settle_very_late_amount: Vec<f64>,
    settle_days_late: Vec<f64>,
    /// Payment days, ascending.
    pay_day: Vec<i32>,
    issue_day: Vec<i32>,
    issue_amount: Vec<f64>,
    /// Days after which an invoice is overdue (due date, never before the invoice date).
    due_day: Vec<i32>,
    due_amount: Vec<f64>,
    /// max(due, settlement) for settled invoices: both passed means "overdue but settled".
    due_settled_day: Vec<i32>,
    due_settled_amount: Vec<f64>,
    /// (due day, settlement day or i32::MAX) in due order, for the oldest overdue invoice.
    by_due: Vec<(i32, i32)>,
}

/// What the history index needs of one invoice, gathered in one sequential pass over the
/// invoices (so building the index does not chase each invoice several times).
#[derive(Clone, Copy, Debug)]
struct Record {
    issue: i32,
    /// Due day, never before the issue day.
    due: i32,
    /// Settlement day, never before the issue day; `i32::MAX` while unpaid.
    settle: i32,
    amount: f64,
    /// Bucket of three (on time, late, very late) once settled.
    bucket3: u8,
    days_late: f64,
}

impl Record {
    fn of(inv: &Invoice, three: &Buckets) -> Record {
        let issue = day(inv.invoice_date);
        let days_late = inv.days_late();
        Record {
            issue,
            due: day(inv.due_date).max(issue),
            settle: inv.settled_date.map_or(i32::MAX, |s| day(s).max(issue)),
            amount: inv.amount,
            bucket3: days_late.map_or(0, |d| three.of_days_late(d) as u8),
            days_late: days_late.unwrap_or(0) as f64,
        }
    }

    fn settled(&self) -> bool {
        self.settle != i32::MAX
    }
}

impl CustomerIndex {
    fn new(records: &[Record], pay_days: Vec<i32>) -> Self {
        let mut settled: Vec<&Record> = records.iter().filter(|r| r.settled()).collect();
        settled.sort_by_key(|r| r.settle);
        let settle_day = settled.iter().map(|r| r.settle).collect();
        let settle_amount = prefix(settled.iter().map(|r| r.amount));
        let settle_late = prefix(settled.iter().map(|r| f64::from(u8::from(r.bucket3 == 1))));
        let settle_very_late = prefix(settled.iter().map(|r| f64::from(u8::from(r.bucket3 == 2))));
        let settle_late_amount = prefix(
            settled
                .iter()
                .map(|r| if r.bucket3 == 1 { r.amount } else { 0.0 }),
        );
        let settle_very_late_amount = prefix(
            settled
                .iter()
                .map(|r| if r.bucket3 == 2 { r.amount } else { 0.0 }),
        );
        let settle_days_late = prefix(settled.iter().map(|r| r.days_late));

        // Stable sorts: the prefix sums before a day must add the same amounts in the same
        // order whatever happens after that day (the leakage test compares them exactly).
        let mut issued: Vec<(i32, f64)> = records.iter().map(|r| (r.issue, r.amount)).collect();
        issued.sort_by_key(|(d, _)| *d);
        let mut due: Vec<(i32, f64)> = records.iter().map(|r| (r.due, r.amount)).collect();
        due.sort_by_key(|(d, _)| *d);
        let mut due_settled: Vec<(i32, f64)> = records
            .iter()
            .filter(|r| r.settled())
            .map(|r| (r.due.max(r.settle), r.amount))
            .collect();
        due_settled.sort_by_key(|(d, _)| *d);
        let mut by_due: Vec<(i32, i32)> = records.iter().map(|r| (r.due, r.settle)).collect();
        by_due.sort_unstable();

        CustomerIndex {
            settle_day,
            settle_amount,
            settle_late,
            settle_very_late,
            settle_late_amount,
            settle_very_late_amount,
            settle_days_late,
            pay_day: pay_days,
            issue_day: issued.iter().map(|(d, _)| *d).collect(),
            issue_amount: prefix(issued.iter().map(|(_, a)| *a)),
            due_day: due.iter().map(|(d, _)| *d).collect(),
            due_amount: prefix(due.iter().map(|(_, a)| *a)),
            due_settled_day: due_settled.iter().map(|(d, _)| *d).collect(),
            due_settled_amount: prefix(due_settled.iter().map(|(_, a)| *a)),
            by_due,
        }
    }

    /// The context on day `t`; `oldest_overdue_due` comes from the caller's sweep.
    fn context(&self, t: i32, oldest_overdue_due: Option<i32>) -> Context {
        let p = self.settle_day.partition_point(|&d| d < t);
        let n = p as f64;
        let mut c = Context {
            settled_count: n,
            ..Context::default()
        };
        if p > 0 {
            let amount = at(&self.settle_amount, p);
            c.share_late = at(&self.settle_late, p) / n;
            c.share_very_late = at(&self.settle_very_late, p) / n;
            c.share_late_amount = if amount > 0.0 {
                at(&self.settle_late_amount, p) / amount
            } else {
                0.0
            };
            c.share_very_late_amount = if amount > 0.0 {
                at(&self.settle_very_late_amount, p) / amount
            } else {
                0.0
            };
            c.avg_days_late = at(&self.settle_days_late, p) / n;
            let k = p.min(5);
            c.recent_days_late =
                (at(&self.settle_days_late, p) - at(&self.settle_days_late, p - k)) / k as f64;
        } else {
            c.share_late = f64::NAN;
            c.share_very_late = f64::NAN;
            c.share_late_amount = f64::NAN;
            c.share_very_late_amount = f64::NAN;
            c.avg_days_late = f64::NAN;
            c.recent_days_late = f64::NAN;
        }
        let q = self.pay_day.partition_point(|&d| d < t);
        c.days_since_payment = match q.checked_sub(1).and_then(|i| self.pay_day.get(i)) {
            Some(&d) => f64::from(t - d),
            None => f64::NAN,
        };
        c.tenure_days = self
            .issue_day
            .first()
            .map(|&d| f64::from((t - d).max(0)))
            .unwrap_or(0.0);
        let issued_before = self.issue_day.partition_point(|&d| d < t);
        let issued_by = self.issue_day.partition_point(|&d| d <= t);
        c.prior_count = issued_before as f64;
        c.prior_amount = at(&self.issue_amount, issued_before);
        c.open_count = (issued_by - p) as f64;
        c.open_balance = (at(&self.issue_amount, issued_by) - at(&self.settle_amount, p)).max(0.0);
        let due_before = self.due_day.partition_point(|&d| d < t);
        let both_before = self.due_settled_day.partition_point(|&d| d < t);
        c.overdue_balance =
            (at(&self.due_amount, due_before) - at(&self.due_settled_amount, both_before)).max(0.0);
        c.oldest_overdue_days = oldest_overdue_due.map(|d| f64::from(t - d)).unwrap_or(0.0);
        c
    }
}

/// Computes the catalogue's fields for every snapshot. `edits` changes invoices and customers for
/// a what-if. Runs on two threads (by customer).
pub fn compute(
    tables: &Tables,
    catalogue: &Catalogue,
    buckets: &Buckets,
    snapshots: &[Snapshot],
    edits: Option<&Edits>,
) -> FeatureTable {
    let contexts = contexts(tables, buckets, snapshots);
    let rows = snapshots.len();
    let bands = overdue_bands(buckets.late_days);
    let mut columns = Vec::with_capacity(catalogue.fields.len());
    // Each snapshot's invoice (as edited), looked up once rather than once per field.
    let invoices: Vec<Option<&Invoice>> = snapshots
        .iter()
        .map(|s| {
            edits
                .and_then(|e| e.invoices.get(&s.invoice))
                .or_else(|| tables.invoices.get(s.invoice as usize))
        })
        .collect();
    for field in &catalogue.fields {
        let column = match field.origin {
            Origin::Base(base) if is_category(base) => {
                let levels: &[String] = match &field.kind {
                    Kind::Category { levels } => levels,
                    _ => &[],
                };
                RawColumn::Category(
                    snapshots
                        .iter()
                        .zip(&invoices)
                        .map(|(s, inv)| match inv {
                            Some(inv) => category(base, tables, inv, s.date, &bands, levels),
                            None => MISSING,
                        })
                        .collect(),
                )
            }
            Origin::Base(base) => RawColumn::Number(
                snapshots
                    .iter()
                    .zip(&contexts)
                    .zip(&invoices)
                    .map(|((s, c), inv)| match inv {
                        Some(inv) => number(base, tables, inv, s.date, c, edits),
                        None => f64::NAN,
                    })
                    .collect(),
            ),
            Origin::InvoiceExtra(idx) => {
                let Some(col) = tables.invoice_extras.get(idx) else {
                    columns.push(RawColumn::Number(vec![f64::NAN; rows]));
                    continue;
                };
                let values = snapshots.iter().zip(&invoices).map(|(s, inv)| {
                    if let Some(v) =
                        edits.and_then(|e| e.extras.get(&(field.key.clone(), s.invoice)))
                    {
                        return *v;
                    }
                    let date = inv.map(|i| i.invoice_date);
                    extra_value(&col.values, s.invoice as usize, date)
                });
                extra_column(&col.values, values)
            }
            Origin::CustomerExtra(idx) => {
                let Some(col) = tables.customer_extras.get(idx) else {
                    columns.push(RawColumn::Number(vec![f64::NAN; rows]));
                    continue;
                };
                let values = invoices.iter().map(|inv| match inv {
                    Some(inv) => extra_value(&col.values, inv.customer as usize, None),
                    None => f64::NAN,
                });
                extra_column(&col.values, values)
            }
        };
        columns.push(column);
    }
    FeatureTable { rows, columns }
}

fn extra_column(
    values: &crate::data::tables::ExtraValues,
    iter: impl Iterator<Item = f64>,
) -> RawColumn {
    match values {
        crate::data::tables::ExtraValues::Text { .. } => RawColumn::Category(
            iter.map(|v| if v.is_nan() { MISSING } else { v as u32 })
                .collect(),
        ),
        _ => RawColumn::Number(iter.collect()),
    }
}

fn is_category(base: Base) -> bool {
    matches!(
        base,
        Base::OverdueBand | Base::Currency | Base::Month | Base::Group | Base::Region
    )
}

fn category(
    base: Base,
    tables: &Tables,
    inv: &Invoice,
    date: NaiveDate,
    bands: &[(String, i64)],
    levels: &[String],
) -> u32 {
    match base {
        Base::OverdueBand => {
            let overdue = (date - inv.due_date).num_days();
            bands
                .iter()
                .position(|(_, end)| overdue <= *end)
                .unwrap_or(bands.len().saturating_sub(1)) as u32
        }
        Base::Currency => inv.currency.map(u32::from).unwrap_or(MISSING),
        Base::Month => inv.invoice_date.month0(),
        Base::Group | Base::Region => {
            let Some(c) = tables.customers.get(inv.customer as usize) else {
                return MISSING;
            };
            let value = if base == Base::Group {
                &c.group
            } else {
                &c.region
            };
            // Levels are the sorted distinct values (see `Catalogue::build`).
            value
                .as_deref()
                .and_then(|v| levels.binary_search_by(|l| l.as_str().cmp(v)).ok())
                .map(|i| i as u32)
                .unwrap_or(MISSING)
        }
        _ => MISSING,
    }
}

fn flag(value: Option<bool>) -> f64 {
    match value {
        Some(true) => 1.0,
        Some(false) => 0.0,
        None => f64::NAN,
    }
}

fn number(
    base: Base,
    tables: &Tables,
    inv: &Invoice,
    date: NaiveDate,
    c: &Context,
    edits: Option<&Edits>,
) -> f64 {
    let credit_limit = || {
        edits
            .and_then(|e| e.credit_limits.get(&inv.customer))
            .copied()
            .unwrap_or_else(|| {
                tables
                    .customers
                    .get(inv.customer as usize)
                    .and_then(|c| c.credit_limit)
            })
    };
    match base {
        Base::AgeDays => (date - inv.invoice_date).num_days().max(0) as f64,
        Base::DaysToDue => (inv.due_date - date).num_days() as f64,
        Base::DaysOverdue => (date - inv.due_date).num_days().max(0) as f64,
        Base::Amount => inv.amount,
        Base::AmountVsAverage => {
            if c.prior_count > 0.0 && c.prior_amount > 0.0 {
                inv.amount / (c.prior_amount / c.prior_count)
            } else {
                f64::NAN
            }
        }
        Base::TermsDays => inv.terms_days() as f64,
        Base::DiscountPct => inv.discount_pct.unwrap_or(0.0),
        Base::DiscountDays => {
            if inv.discount_pct.is_some_and(|p| p > 0.0) {
                f64::from(inv.discount_days.unwrap_or(0))
            } else {
                0.0
            }
        }
        Base::Disputed => flag(inv.disputed),
        Base::Electronic => flag(inv.electronic),
        Base::QuarterEnd => f64::from(u8::from(
            inv.invoice_date.month().is_multiple_of(3) && inv.invoice_date.day() >= 17,
        )),
        Base::YearEnd => f64::from(u8::from(
            inv.invoice_date.month() == 12 && inv.invoice_date.day() >= 18,
        )),
        Base::SettledCount => c.settled_count,
        Base::ShareLate => c.share_late,
        Base::ShareVeryLate => c.share_very_late,
        Base::ShareLateAmount => c.share_late_amount,
        Base::ShareVeryLateAmount => c.share_very_late_amount,
        Base::AvgDaysLate => c.avg_days_late,
        Base::RecentDaysLate => c.recent_days_late,
        Base::DaysSinceLastPayment => c.days_since_payment,
        Base::TenureDays => c.tenure_days,
        Base::OpenBalance => c.open_balance,
        Base::OverdueBalance => c.overdue_balance,
        Base::OpenCount => c.open_count,
        Base::OldestOverdueDays => c.oldest_overdue_days,
        Base::CreditLimit => credit_limit().unwrap_or(f64::NAN),
        Base::CreditUse => match credit_limit() {
            Some(limit) if limit > 0.0 => c.open_balance / limit,
            _ => f64::NAN,
        },
        Base::OverdueBand | Base::Currency | Base::Month | Base::Group | Base::Region => f64::NAN,
    }
}

/// The history and exposure context of every snapshot, computed per customer on two threads.
fn contexts(tables: &Tables, buckets: &Buckets, snapshots: &[Snapshot]) -> Vec<Context> {
    let n_customers = tables.customers.len();
    // History shares always use the three buckets of N days, also in the two-bucket mode.
    let three = Buckets {
        two_buckets: false,
        ..*buckets
    };
    let mut invoices_of: Vec<Vec<Record>> = vec![Vec::new(); n_customers];
    for inv in &tables.invoices {
        if let Some(list) = invoices_of.get_mut(inv.customer as usize) {
            list.push(Record::of(inv, &three));
        }
    }
    let mut pays_of: Vec<Vec<i32>> = vec![Vec::new(); n_customers];
    if tables.payments.is_empty() {
        for inv in &tables.invoices {
            if let (Some(d), Some(list)) =
                (inv.settled_date, pays_of.get_mut(inv.customer as usize))
            {
                list.push(day(d));
            }
        }
    } else {
        for p in &tables.payments {
            if p.amount <= 0.0 {
                continue;
            }
            let cust = tables
                .invoices
                .get(p.invoice as usize)
                .map(|i| i.customer as usize);
            if let Some(list) = cust.and_then(|c| pays_of.get_mut(c)) {
                list.push(day(p.payment_date));
            }
        }
    }
    for list in &mut pays_of {
        list.sort_unstable();
    }
    // Snapshot rows grouped by customer, in date order.
    let mut order: Vec<(u32, i32, u32)> = snapshots
        .iter()
        .enumerate()
        .map(|(row, s)| {
            let cust = tables
                .invoices
                .get(s.invoice as usize)
                .map(|i| i.customer)
                .unwrap_or(u32::MAX);
            (cust, day(s.date), row as u32)
        })
        .collect();
    order.sort_unstable();

    // Split the customers into two halves of similar work.
    let mut bounds = vec![0usize];
    let total = order.len();
    if total > 1 {
        let mid =
            order.partition_point(|(c, _, _)| *c < order.get(total / 2).map(|o| o.0).unwrap_or(0));
        bounds.push(mid);
    }
    bounds.push(total);
    let pays_of = &mut pays_of;
    let mut parts: Vec<&[(u32, i32, u32)]> = Vec::new();
    for w in bounds.windows(2) {
        if let (Some(&a), Some(&b)) = (w.first(), w.get(1))
            && let Some(part) = order.get(a..b)
        {
            parts.push(part);
        }
    }
    let pays_ref: &Vec<Vec<i32>> = pays_of;
    let invoices_ref = &invoices_of;
    let results: Vec<Vec<(u32, Context)>> = std::thread::scope(|scope| {
        let handles: Vec<_> = parts
            .iter()
            .map(|part| scope.spawn(move || contexts_of_part(part, invoices_ref, pays_ref)))
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().unwrap_or_default())
            .collect()
    });
    let mut out = vec![Context::default(); snapshots.len()];
    for part in results {
        for (row, c) in part {
            if let Some(slot) = out.get_mut(row as usize) {
                *slot = c;
            }
        }
    }
    out
}

fn contexts_of_part(
    part: &[(u32, i32, u32)],
    invoices_of: &[Vec<Record>],
    pays_of: &[Vec<i32>],
) -> Vec<(u32, Context)> {
    let mut out = Vec::with_capacity(part.len());
    let mut start = 0;
    while start < part.len() {
        let cust = part.get(start).map(|o| o.0).unwrap_or(u32::MAX);
        let end = start
            + part
                .get(start..)
                .map(|s| s.partition_point(|o| o.0 == cust))
                .unwrap_or(0);
        let rows = part.get(start..end).unwrap_or(&[]);
        start = end.max(start + 1);
        let Some(invs) = invoices_of.get(cust as usize) else {
            continue;
        };
        let pays = pays_of.get(cust as usize).cloned().unwrap_or_default();
        let index = CustomerIndex::new(invs, pays);
        // Sweep in date order for the oldest overdue invoice: a min-heap of (due, settled) of
        // invoices already due; settled ones drop out for good since days only increase.
        let mut heap: BinaryHeap<Reverse<(i32, i32)>> = BinaryHeap::new();
        let mut next = 0usize;
        for &(_, t, row) in rows {
            while let Some(&(due, settled)) = index.by_due.get(next) {
                if due >= t {
                    break;
                }
                heap.push(Reverse((due, settled)));
                next += 1;
            }
            while let Some(Reverse((_, settled))) = heap.peek() {
                if *settled < t {
                    heap.pop();
                } else {
                    break;
                }
            }
            let oldest = heap.peek().map(|Reverse((due, _))| *due);
            out.push((row, index.context(t, oldest)));
        }
    }
    out
}
