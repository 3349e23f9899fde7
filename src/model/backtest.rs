//! Rolling evaluation: for each month start in a period, train on what was known then, score the
//! invoices open then, and compare with how they were really paid. Pooled over the months, this
//! says how the model would have done, with no hindsight.

use std::collections::HashMap;

use chrono::{Datelike, Months, NaiveDate};
use serde::Serialize;

use crate::data::progress::{Cancel, Progress};
use crate::data::tables::{Invoice, Tables};
use crate::i18n::{tr, trf};
use crate::model::Catalogue;
use crate::model::ModelError;
use crate::model::features::Snapshot;
use crate::model::metrics::{self, Evaluation, log_loss};
use crate::model::train::{TrainParams, train};

/// One month of the backtest.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct BacktestMonth {
    pub as_of: NaiveDate,
    /// Invoices open on that date whose bucket is known now.
    pub rows: usize,
    pub log_loss: f64,
    pub accuracy: f64,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Backtest {
    pub months: Vec<BacktestMonth>,
    /// All months' open invoices together.
    pub pooled: Evaluation,
}

/// Backtests over the `months` month starts before the data's as-of date.
pub fn backtest(
    tables: &Tables,
    params: &TrainParams,
    months: u32,
    progress: &dyn Fn(Progress),
    cancel: &Cancel,
) -> Result<Backtest, ModelError> {
    let buckets = params.buckets;
    let last = tables.as_of.with_day(1).unwrap_or(tables.as_of);
    let mut dates: Vec<NaiveDate> = (1..=months)
        .rev()
        .filter_map(|m| last.checked_sub_months(Months::new(m)))
        .collect();
    // Only dates whose open invoices are decided by now can be scored.
    dates.retain(|d| (tables.as_of - *d).num_days() > i64::from(buckets.late_days) + 30);
    let mut all_probs = Vec::new();
    let mut all_actual = Vec::new();
    let mut out = Vec::new();
    let mut shares_sum = vec![0.0; buckets.count()];
    let by_id: HashMap<&str, &Invoice> =
        tables.invoices.iter().map(|i| (i.id.as_str(), i)).collect();
    for (step, &date) in dates.iter().enumerate() {
        if cancel.is_cancelled() {
            return Err(ModelError::Cancelled);
        }
        progress(Progress::new(
            &trf("Backtest: training as of {date}", &[("date", &date)]),
            step as f32 / dates.len().max(1) as f32,
        ));
        let then = tables.as_known_on(date);
        let run = train(&then, params, None, None, &|_| {}, cancel)?;
        let model = run.model;
        // Invoices open then, with the outcome known now.
        let mut snapshots = Vec::new();
        let mut actual = Vec::new();
        for (i, inv) in then.invoices.iter().enumerate() {
            if inv.settled_date.is_some() || !buckets.undecided((date - inv.due_date).num_days()) {
                continue;
            }
            let Some(now) = by_id.get(inv.id.as_str()) else {
                continue;
            };
            if let Some(b) = buckets.known_bucket(now, tables.as_of) {
                snapshots.push(Snapshot {
                    invoice: i as u32,
                    date,
                });
                actual.push(b);
            }
        }
        if snapshots.is_empty() {
            continue;
        }
        let catalogue = Catalogue::build(&then, &buckets);
        let (_, _, probs) = model.predict(&then, &catalogue, &snapshots, None)?;
        let ll = log_loss(&probs, &actual);
        let correct = probs
            .iter()
            .zip(&actual)
            .filter(|(p, a)| metrics::winner(p) == **a)
            .count();
        for (s, share) in shares_sum.iter_mut().zip(&model.evaluation.per_bucket) {
            *s += share.support as f64;
        }
        out.push(BacktestMonth {
            as_of: date,
            rows: actual.len(),
            log_loss: ll,
            accuracy: correct as f64 / actual.len() as f64,
        });
        all_probs.extend(probs);
        all_actual.extend(actual);
    }
    let total: f64 = shares_sum.iter().sum();
    let shares: Vec<f64> = shares_sum.iter().map(|s| s / total.max(1.0)).collect();
    progress(Progress::new(tr("Backtest done"), 1.0));
    Ok(Backtest {
        months: out,
        pooled: metrics::evaluate(&all_probs, &all_actual, &shares, &buckets.labels()),
    })
}
