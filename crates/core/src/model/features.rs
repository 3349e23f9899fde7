//! Point-in-time features. Every value of an invoice looked at on a date uses only what was
//! known on that date: the customer's history counts only invoices settled before it, and an
//! invoice still open then counts as open exposure, never as history. Nothing is derived from the
//! invoice's own settlement.

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap, HashSet};

use chrono::{Datelike, NaiveDate};
use rayon::prelude::*;

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

impl Snapshot {
    /// Each of `invoices` looked at on `date` (the open invoices on the as-of date).
    pub fn all_on(invoices: impl IntoIterator<Item = u32>, date: NaiveDate) -> Vec<Snapshot> {
        invoices
            .into_iter()
            .map(|invoice| Snapshot { invoice, date })
            .collect()
    }
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
    /// Invoices whose (changed) reminder date is a plan rather than a record: the row sees
    /// it whatever the row's date, and a plan dated before the row's date counts as sent on
    /// that date (see [`reminder_seen`]).
    pub planned_reminders: HashSet<u32>,
}

/// The reminder the row of `inv` on `date` sees: a recorded reminder from its own day on
/// (point in time: one sent after `date` is not known yet), a planned one always, on its
/// day or, if that day is already past, on `date` itself (a reminder cannot be sent in the
/// past).
///
/// A row past the invoice's due date sees none. A reminder is about being paid by the due
/// date, which is then no longer possible; and exports record only the last reminder, so a
/// dunning notice seen after the due date would tell that no later one followed, that is,
/// that the invoice was paid before the next dunning run, which is known only afterwards.
/// (Rows past due also teach the model nothing about on time but that it is impossible; a
/// reminder seen only there and late in an invoice's life would be taken for lateness.)
pub fn reminder_seen(inv: &Invoice, date: NaiveDate, planned: bool) -> Option<NaiveDate> {
    if date > inv.due_date {
        return None;
    }
    let sent = inv.reminder_date?;
    if planned {
        Some(sent.max(date))
    } else {
        (sent <= date).then_some(sent)
    }
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

fn at(p: &[f64], k: usize) -> f64 {
    p.get(k).copied().unwrap_or(0.0)
}

/// One customer's invoices, indexed for point-in-time questions. One index is rebuilt for
/// customer after customer, reusing its buffers.
#[derive(Default)]
struct CustomerIndex {
    /// Settlement days (never before the invoice date), ascending.
    settle_day: Vec<i32>,
    settle_amount: Vec<f64>,
    settle_late: Vec<f64>,
    settle_very_late: Vec<f64>,
    settle_late_amount: Vec<f64>,
    settle_very_late_amount: Vec<f64>,
    settle_days_late: Vec<f64>,
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
    /// Scratch: settled records, and (day, amount) pairs to sort.
    settled: Vec<Record>,
    pairs: Vec<(i32, f64)>,
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

/// Prefix sums into `out`: `out[k]` is the sum of the first `k` values.
fn prefix_into(out: &mut Vec<f64>, values: impl Iterator<Item = f64>) {
    out.clear();
    out.push(0.0);
    let mut acc = 0.0;
    for v in values {
        acc += v;
        out.push(acc);
    }
}

/// Sorts `pairs` by day (stably: the prefix sums before a day must add the same amounts in the
/// same order whatever happens after that day; the leakage test compares them exactly) into
/// days and prefix sums of amounts.
fn sorted_prefix(pairs: &mut [(i32, f64)], days: &mut Vec<i32>, amounts: &mut Vec<f64>) {
    pairs.sort_by_key(|(d, _)| *d);
    days.clear();
    days.extend(pairs.iter().map(|(d, _)| *d));
    prefix_into(amounts, pairs.iter().map(|(_, a)| *a));
}

impl CustomerIndex {
    /// Indexes one customer's `records` (in invoice order).
    fn rebuild(&mut self, records: &[Record]) {
        self.settled.clear();
        self.settled
            .extend(records.iter().filter(|r| r.settled()).copied());
        self.settled.sort_by_key(|r| r.settle);
        let settled = &self.settled;
        self.settle_day.clear();
        self.settle_day.extend(settled.iter().map(|r| r.settle));
        prefix_into(&mut self.settle_amount, settled.iter().map(|r| r.amount));
        prefix_into(
            &mut self.settle_late,
            settled.iter().map(|r| f64::from(u8::from(r.bucket3 == 1))),
        );
        prefix_into(
            &mut self.settle_very_late,
            settled.iter().map(|r| f64::from(u8::from(r.bucket3 == 2))),
        );
        prefix_into(
            &mut self.settle_late_amount,
            settled
                .iter()
                .map(|r| if r.bucket3 == 1 { r.amount } else { 0.0 }),
        );
        prefix_into(
            &mut self.settle_very_late_amount,
            settled
                .iter()
                .map(|r| if r.bucket3 == 2 { r.amount } else { 0.0 }),
        );
        prefix_into(
            &mut self.settle_days_late,
            settled.iter().map(|r| r.days_late),
        );

        self.pairs.clear();
        self.pairs
            .extend(records.iter().map(|r| (r.issue, r.amount)));
        sorted_prefix(&mut self.pairs, &mut self.issue_day, &mut self.issue_amount);
        self.pairs.clear();
        self.pairs.extend(records.iter().map(|r| (r.due, r.amount)));
        sorted_prefix(&mut self.pairs, &mut self.due_day, &mut self.due_amount);
        self.pairs.clear();
        self.pairs.extend(
            records
                .iter()
                .filter(|r| r.settled())
                .map(|r| (r.due.max(r.settle), r.amount)),
        );
        sorted_prefix(
            &mut self.pairs,
            &mut self.due_settled_day,
            &mut self.due_settled_amount,
        );
        self.by_due.clear();
        self.by_due
            .extend(records.iter().map(|r| (r.due, r.settle)));
        self.by_due.sort_unstable();
    }

    /// The context on day `t` given the customer's payment days (ascending);
    /// `oldest_overdue_due` comes from the caller's sweep.
    fn context(&self, t: i32, pay_day: &[i32], oldest_overdue_due: Option<i32>) -> Context {
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
        let q = pay_day.partition_point(|&d| d < t);
        c.days_since_payment = match q.checked_sub(1).and_then(|i| pay_day.get(i)) {
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
/// a what-if. The customers' histories are worked on two threads (by customer), the fields spread
/// over the cores; the values do not depend on how the work is split.
pub fn compute(
    tables: &Tables,
    catalogue: &Catalogue,
    buckets: &Buckets,
    snapshots: &[Snapshot],
    edits: Option<&Edits>,
) -> FeatureTable {
    let contexts = Contexts::of(tables, buckets, snapshots);
    compute_with(tables, catalogue, buckets, snapshots, edits, &contexts)
}

/// The customers' history and exposure at each of a list of snapshots: the part of
/// [`compute`] that reads the whole data set. Edits never change it (a what-if changes the
/// invoice, not the customer's past), so the scorings of one list of snapshots under several
/// sets of changes (the strategies) share one.
pub struct Contexts(Vec<Context>);

impl Contexts {
    /// The contexts of `snapshots` (in their order).
    pub fn of(tables: &Tables, buckets: &Buckets, snapshots: &[Snapshot]) -> Contexts {
        Contexts(contexts(tables, buckets, snapshots))
    }
}

/// [`compute`] with the snapshots' contexts already worked out: only the per-row fields are
/// computed, a small part of the cost.
pub fn compute_with(
    tables: &Tables,
    catalogue: &Catalogue,
    buckets: &Buckets,
    snapshots: &[Snapshot],
    edits: Option<&Edits>,
    contexts: &Contexts,
) -> FeatureTable {
    compute_some(tables, catalogue, buckets, snapshots, edits, contexts, None)
}

/// Whether a field keeps its value whatever a what-if changes of the invoice (terms, discount,
/// delivery, dispute, reminder, credit limit, its other numeric fields): the customer's history
/// and exposure, the invoice's date, amount and currency, the customer's own fields.
fn stable_under_edits(origin: Origin) -> bool {
    match origin {
        Origin::Base(base) => matches!(
            base,
            Base::AgeDays
                | Base::Amount
                | Base::AmountVsAverage
                | Base::Currency
                | Base::Month
                | Base::QuarterEnd
                | Base::YearEnd
                | Base::SettledCount
                | Base::ShareLate
                | Base::ShareVeryLate
                | Base::ShareLateAmount
                | Base::ShareVeryLateAmount
                | Base::AvgDaysLate
                | Base::RecentDaysLate
                | Base::DaysSinceLastPayment
                | Base::TenureDays
                | Base::OpenBalance
                | Base::OverdueBalance
                | Base::OpenCount
                | Base::OldestOverdueDays
                | Base::Group
                | Base::Region
        ),
        Origin::CustomerExtra(_) => true,
        Origin::InvoiceExtra(_) => false,
    }
}

/// [`compute_with`] for the same snapshots as `base` (computed with the same contexts) under
/// other edits: the columns no edit can change are copied from `base`, only the others are
/// computed.
pub fn compute_changed(
    tables: &Tables,
    catalogue: &Catalogue,
    buckets: &Buckets,
    snapshots: &[Snapshot],
    edits: Option<&Edits>,
    contexts: &Contexts,
    base: &FeatureTable,
) -> FeatureTable {
    compute_some(
        tables,
        catalogue,
        buckets,
        snapshots,
        edits,
        contexts,
        Some(base),
    )
}

/// The fields of `snapshots`, copied from `base` where no edit can change them.
fn compute_some(
    tables: &Tables,
    catalogue: &Catalogue,
    buckets: &Buckets,
    snapshots: &[Snapshot],
    edits: Option<&Edits>,
    contexts: &Contexts,
    base: Option<&FeatureTable>,
) -> FeatureTable {
    let contexts = &contexts.0;
    let rows = snapshots.len();
    let bands = overdue_bands(buckets.late_days);
    // Each snapshot's invoice (as edited), looked up once rather than once per field.
    let invoices: Vec<Option<&Invoice>> = snapshots
        .iter()
        .map(|s| {
            edits
                .and_then(|e| e.invoices.get(&s.invoice))
                .or_else(|| tables.invoices.get(s.invoice as usize))
        })
        .collect();
    // Fields are independent columns: spread over the cores.
    let columns: Vec<RawColumn> = catalogue
        .fields
        .par_iter()
        .enumerate()
        .map(|(i, field)| {
            if stable_under_edits(field.origin)
                && let Some(column) = base
                    .filter(|b| b.rows == rows)
                    .and_then(|b| b.columns.get(i))
            {
                return column.clone();
            }
            field_column(
                field, tables, snapshots, contexts, &invoices, &bands, edits, rows,
            )
        })
        .collect();
    FeatureTable { rows, columns }
}

/// One field's values over every snapshot.
#[allow(clippy::too_many_arguments)]
fn field_column(
    field: &crate::model::fields::Field,
    tables: &Tables,
    snapshots: &[Snapshot],
    contexts: &[Context],
    invoices: &[Option<&Invoice>],
    bands: &[(String, i64)],
    edits: Option<&Edits>,
    rows: usize,
) -> RawColumn {
    match field.origin {
        Origin::Base(base) if is_category(base) => {
            let levels: &[String] = match &field.kind {
                Kind::Category { levels } => levels,
                _ => &[],
            };
            RawColumn::Category(
                snapshots
                    .iter()
                    .zip(invoices)
                    .map(|(s, inv)| match inv {
                        Some(inv) => category(base, tables, inv, s.date, bands, levels),
                        None => MISSING,
                    })
                    .collect(),
            )
        }
        Origin::Base(base) => RawColumn::Number(
            snapshots
                .iter()
                .zip(contexts)
                .zip(invoices)
                .map(|((s, c), inv)| match inv {
                    Some(inv) => number(base, tables, inv, s, c, edits),
                    None => f64::NAN,
                })
                .collect(),
        ),
        Origin::InvoiceExtra(idx) => {
            let Some(col) = tables.invoice_extras.get(idx) else {
                return RawColumn::Number(vec![f64::NAN; rows]);
            };
            let values = snapshots.iter().zip(invoices).map(|(s, inv)| {
                if let Some(v) = edits.and_then(|e| e.extras.get(&(field.key.clone(), s.invoice))) {
                    return *v;
                }
                let date = inv.map(|i| i.invoice_date);
                extra_value(&col.values, s.invoice as usize, date)
            });
            extra_column(&col.values, values)
        }
        Origin::CustomerExtra(idx) => {
            let Some(col) = tables.customer_extras.get(idx) else {
                return RawColumn::Number(vec![f64::NAN; rows]);
            };
            let values = invoices.iter().map(|inv| match inv {
                Some(inv) => extra_value(&col.values, inv.customer as usize, None),
                None => f64::NAN,
            });
            extra_column(&col.values, values)
        }
    }
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
    snapshot: &Snapshot,
    c: &Context,
    edits: Option<&Edits>,
) -> f64 {
    let date = snapshot.date;
    let reminder = || {
        let planned = edits.is_some_and(|e| e.planned_reminders.contains(&snapshot.invoice));
        reminder_seen(inv, date, planned)
    };
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
        Base::DaysToDue | Base::DaysToDueLog => (inv.due_date - date).num_days() as f64,
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
        Base::Reminded => f64::from(u8::from(reminder().is_some())),
        Base::ReminderDaysBeforeDue => {
            reminder().map_or(f64::NAN, |sent| (inv.due_date - sent).num_days() as f64)
        }
        Base::DunningLevel => inv.dunning_level.map_or(f64::NAN, f64::from),
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

/// The history and exposure context of every snapshot, computed per customer on two threads,
/// each gathering and indexing the history of its own half of the customers only.
fn contexts(tables: &Tables, buckets: &Buckets, snapshots: &[Snapshot]) -> Vec<Context> {
    // History shares always use the three buckets of N days, also in the two-bucket mode.
    let three = Buckets {
        two_buckets: false,
        ..*buckets
    };
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
    let total = order.len();
    let mid = if total > 1 {
        let cust = order.get(total / 2).map_or(0, |o| o.0);
        order.partition_point(|(c, _, _)| *c < cust)
    } else {
        total
    };
    let (first, second) = order.split_at(mid);
    let results: Vec<Vec<(u32, Context)>> = std::thread::scope(|scope| {
        let handles: Vec<_> = [first, second]
            .into_iter()
            .filter(|part| !part.is_empty())
            .map(|part| scope.spawn(move || contexts_of_part(part, tables, &three)))
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

/// The contexts of `part`'s rows (grouped by customer, in date order): gathers the invoices and
/// payment days of the part's customers in one pass over the tables, then indexes one customer
/// at a time.
fn contexts_of_part(
    part: &[(u32, i32, u32)],
    tables: &Tables,
    three: &Buckets,
) -> Vec<(u32, Context)> {
    // Rows whose invoice was not found sort last, under customer u32::MAX: they get no slot.
    let n_customers = tables.customers.len();
    let lo = part.first().map_or(0, |o| o.0) as usize;
    let hi = part
        .iter()
        .rev()
        .map(|o| o.0 as usize)
        .find(|&c| c < n_customers)
        .unwrap_or(0);
    let span = (hi + 1).saturating_sub(lo);
    // Slot of each customer of the part (customers in between without rows have none).
    let mut wanted = vec![false; span];
    for &(cust, _, _) in part {
        if let Some(w) = (cust as usize)
            .checked_sub(lo)
            .and_then(|i| wanted.get_mut(i))
        {
            *w = true;
        }
    }
    let slot = |cust: u32| -> Option<usize> {
        let i = (cust as usize).checked_sub(lo)?;
        wanted.get(i).copied().unwrap_or(false).then_some(i)
    };
    // One pass over the invoices; the payments then find their customer's slot in a compact
    // array instead of reading each payment's invoice again.
    let mut invoices_of: Vec<Vec<Record>> = vec![Vec::new(); span];
    let mut pays_of: Vec<Vec<i32>> = vec![Vec::new(); span];
    let by_payments = !tables.payments.is_empty();
    let mut slot_of_invoice: Vec<u32> = Vec::with_capacity(if by_payments {
        tables.invoices.len()
    } else {
        0
    });
    for inv in &tables.invoices {
        let i = slot(inv.customer);
        if let Some(list) = i.and_then(|i| invoices_of.get_mut(i)) {
            list.push(Record::of(inv, three));
        }
        if by_payments {
            slot_of_invoice.push(i.map_or(u32::MAX, |i| i as u32));
        } else if let (Some(d), Some(list)) = (inv.settled_date, i.and_then(|i| pays_of.get_mut(i)))
        {
            list.push(day(d));
        }
    }
    for p in tables.payments.iter().filter(|p| p.amount > 0.0) {
        let list = slot_of_invoice
            .get(p.invoice as usize)
            .and_then(|&i| pays_of.get_mut(i as usize));
        if let Some(list) = list {
            list.push(day(p.payment_date));
        }
    }

    let mut out = Vec::with_capacity(part.len());
    let mut index = CustomerIndex::default();
    let mut heap: BinaryHeap<Reverse<(i32, i32)>> = BinaryHeap::new();
    let mut start = 0;
    while start < part.len() {
        let cust = part.get(start).map_or(u32::MAX, |o| o.0);
        let end = start
            + part
                .get(start..)
                .map_or(0, |s| s.partition_point(|o| o.0 == cust));
        let rows = part.get(start..end).unwrap_or(&[]);
        start = end.max(start + 1);
        let Some(i) = slot(cust) else {
            continue;
        };
        let (Some(invs), Some(pays)) = (invoices_of.get(i), pays_of.get_mut(i)) else {
            continue;
        };
        pays.sort_unstable();
        index.rebuild(invs);
        // Sweep in date order for the oldest overdue invoice: a min-heap of (due, settled) of
        // invoices already due; settled ones drop out for good since days only increase.
        heap.clear();
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
            out.push((row, index.context(t, pays, oldest)));
        }
    }
    out
}
