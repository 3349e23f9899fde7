//! Which rows are learned from: the labelled invoices in date order, their snapshots as they
//! age, the seeded sampling down to the row budget and the time split.

use crate::data::tables::Tables;
use crate::i18n::{tr, trf};
use crate::model::ModelError;
use crate::model::buckets::Buckets;
use crate::model::features::Snapshot;
use crate::model::layout::{MIN_INVOICES, MIN_PER_BUCKET};

use super::*;

pub(super) fn splitmix(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

pub(super) fn unit(seed: u64, a: u64, b: u64) -> f64 {
    (splitmix(seed ^ splitmix(a ^ splitmix(b))) >> 11) as f64 / (1u64 << 53) as f64
}

/// Checks the minimum-data rule on the labelled invoices.
pub(super) fn check_minimum(counts: &[usize], buckets: &Buckets) -> Result<(), ModelError> {
    let total: usize = counts.iter().sum();
    if total < MIN_INVOICES {
        return Err(ModelError::TooFewInvoices { count: total });
    }
    let labels = buckets.labels();
    for (b, &count) in counts.iter().enumerate() {
        if count < MIN_PER_BUCKET {
            return Err(ModelError::BucketTooSmall {
                bucket: labels.get(b).cloned().unwrap_or_default(),
                count,
                suggestion: if buckets.two_buckets {
                    tr("Import more history.").to_string()
                } else if b == 2 {
                    trf(
                        "Use the two-bucket mode (on time / late), or lower N below {days} days.",
                        &[("days", &buckets.late_days)],
                    )
                } else {
                    tr("Use the two-bucket mode (on time / late), or import more history.")
                        .to_string()
                },
            });
        }
    }
    Ok(())
}

/// The snapshot dates of a labelled invoice: its issue date, then every `every` days while it
/// was unpaid, known on `as_of` and its bucket still open.
pub fn snapshot_dates(
    inv: &crate::data::tables::Invoice,
    buckets: &Buckets,
    as_of: chrono::NaiveDate,
    every: i64,
    issue_date_only: bool,
) -> Vec<chrono::NaiveDate> {
    let mut out = vec![inv.invoice_date];
    if issue_date_only {
        return out;
    }
    let mut age = every;
    loop {
        let t = inv.invoice_date + chrono::Duration::days(age);
        let unpaid = inv.settled_date.is_none_or(|s| t <= s);
        if t > as_of || !unpaid || !buckets.undecided((t - inv.due_date).num_days()) {
            break;
        }
        out.push(t);
        age += every;
    }
    out
}

/// The labelled invoices (index, bucket) in date order, refused when a bucket has too few.
pub(super) fn labelled_in_date_order(
    tables: &Tables,
    buckets: &Buckets,
) -> Result<Vec<(usize, usize)>, ModelError> {
    let mut labelled = crate::model::layout::labelled(tables, buckets);
    labelled.sort_by_key(|&(i, _)| (tables.invoices.get(i).map(|v| v.invoice_date), i));
    let mut counts = vec![0usize; buckets.count()];
    for &(_, b) in &labelled {
        if let Some(c) = counts.get_mut(b) {
            *c += 1;
        }
    }
    check_minimum(&counts, buckets)?;
    Ok(labelled)
}

/// Which snapshots are kept: a seeded draw at one rate for issue-date rows and another for
/// later ones, so the rows fit the budget.
pub(super) struct Sampling {
    pub(super) seed: u64,
    pub(super) rate_age0: f64,
    pub(super) rate_later: f64,
}

impl Sampling {
    pub(super) fn keeps(&self, r: &Row) -> bool {
        let rate = if r.age0 {
            self.rate_age0
        } else {
            self.rate_later
        };
        unit(
            self.seed,
            u64::from(r.snapshot.invoice),
            days_u64(r.snapshot.date),
        ) < rate
    }
}

/// Candidate snapshots of the labelled invoices, sampled down to the row budget; every test
/// invoice keeps its issue-date row.
pub(super) fn sample_rows(
    tables: &Tables,
    params: &TrainParams,
    labelled: &[(usize, usize)],
    test_start: usize,
) -> (Vec<Row>, Sampling) {
    let validation_start = test_start - test_start / 5;
    let mut candidates: Vec<Row> = Vec::new();
    for (pos, &(i, label)) in labelled.iter().enumerate() {
        let Some(inv) = tables.invoices.get(i) else {
            continue;
        };
        let part = if pos >= test_start {
            Part::Test
        } else if pos >= validation_start {
            Part::Validation
        } else {
            Part::Inner
        };
        // Test invoices always get their ageing snapshots: they measure past-due predictions.
        let issue_only = params.issue_date_only && part != Part::Test;
        let dates = snapshot_dates(
            inv,
            &params.buckets,
            tables.as_of,
            params.snapshot_days,
            issue_only,
        );
        for date in dates {
            candidates.push(Row {
                snapshot: Snapshot {
                    invoice: i as u32,
                    date,
                },
                label,
                part,
                age0: date == inv.invoice_date,
            });
        }
    }
    // Issue-date rows are kept first (up to half the budget), later snapshots fill the rest.
    let n_age0 = candidates.iter().filter(|r| r.age0).count();
    let n_later = candidates.len() - n_age0;
    let budget = params.max_rows as f64;
    let rate_age0 = (0.5 * budget / n_age0.max(1) as f64)
        .max((budget - n_later as f64) / n_age0.max(1) as f64)
        .min(1.0);
    let rate_later =
        ((budget - rate_age0 * n_age0 as f64).max(0.0) / n_later.max(1) as f64).min(1.0);
    let sampling = Sampling {
        seed: params.seed,
        rate_age0,
        rate_later,
    };
    let rows: Vec<Row> = candidates
        .into_iter()
        .filter(|r| (r.part == Part::Test && r.age0) || sampling.keeps(r))
        .collect();
    (rows, sampling)
}

/// The rows (indices into the kept rows) of each part of the time split.
pub(super) struct Split {
    /// Everything before the test period: fitting for the evaluation.
    pub(super) train: Vec<usize>,
    pub(super) inner: Vec<usize>,
    pub(super) validation: Vec<usize>,
    /// One row per test invoice, at its issue date.
    pub(super) test: Vec<usize>,
    /// Test snapshots taken after the due date: past-due predictions.
    pub(super) test_overdue: Vec<usize>,
    /// Every sampled row: the final refit.
    pub(super) all: Vec<usize>,
}

impl Split {
    pub(super) fn new(rows: &[Row], tables: &Tables, sampling: &Sampling) -> Split {
        let sampled = |r: &Row| r.part != Part::Test || !r.age0 || sampling.keeps(r);
        let idx = |pred: &dyn Fn(&Row) -> bool| -> Vec<usize> {
            rows.iter()
                .enumerate()
                .filter(|(_, r)| pred(r))
                .map(|(i, _)| i)
                .collect()
        };
        Split {
            train: idx(&|r| r.part != Part::Test && sampled(r)),
            inner: idx(&|r| r.part == Part::Inner && sampled(r)),
            validation: idx(&|r| r.part == Part::Validation && sampled(r)),
            test: idx(&|r| r.part == Part::Test && r.age0),
            test_overdue: idx(&|r| {
                r.part == Part::Test
                    && sampled(r)
                    && tables
                        .invoices
                        .get(r.snapshot.invoice as usize)
                        .is_some_and(|inv| r.snapshot.date > inv.due_date)
            }),
            all: idx(&|r| sampled(r)),
        }
    }
}

/// The baseline's shares: the buckets of the earlier invoices (one row each).
pub(super) fn baseline_shares(
    labelled: &[(usize, usize)],
    test_start: usize,
    k: usize,
) -> Vec<f64> {
    let mut c = vec![0.0; k];
    for &(_, b) in labelled.get(..test_start).unwrap_or(&[]) {
        if let Some(v) = c.get_mut(b) {
            *v += 1.0;
        }
    }
    let total: f64 = c.iter().sum::<f64>().max(1.0);
    c.iter().map(|v| v / total).collect()
}

pub(super) fn days_u64(d: chrono::NaiveDate) -> u64 {
    u64::try_from(chrono::Datelike::num_days_from_ce(&d)).unwrap_or(0)
}

/// At most `max` of `ids`, sampled with a seed (order kept).
pub(super) fn cap(ids: &[usize], max: usize, seed: u64) -> Vec<usize> {
    if ids.len() <= max {
        return ids.to_vec();
    }
    let rate = max as f64 / ids.len() as f64;
    ids.iter()
        .copied()
        .filter(|&i| unit(seed ^ 0x5eed, i as u64, 0) < rate)
        .collect()
}
