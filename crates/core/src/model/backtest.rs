//! Rolling evaluation: for each month start in a period, train on what was known then, score the
//! invoices open then, and compare with how they were really paid. Pooled over the months, this
//! says how the model would have done, with no hindsight.

use crate::i18n::{Arg, Message};
use std::collections::HashMap;

use chrono::{Datelike, Months, NaiveDate};
use serde::Serialize;

use crate::data::progress::{Cancel, Progress};
use crate::data::tables::{Invoice, Tables};
use crate::model::Catalogue;
use crate::model::ModelError;
use crate::model::buckets::Buckets;
use crate::model::features::Snapshot;
use crate::model::layout::LayoutChoice;
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
    /// Month starts left out: too little history before them to train on.
    pub skipped: Vec<NaiveDate>,
    /// All months' open invoices together.
    pub pooled: Evaluation,
}

/// Each invoice's index in `tables` by its id.
fn index_by_id(tables: &Tables) -> HashMap<&str, usize> {
    tables
        .invoices
        .iter()
        .enumerate()
        .map(|(i, inv)| (inv.id.as_str(), i))
        .collect()
}

/// The invoices open on `date` (index in `then`, index in `tables`), with the bucket each
/// ended in as known on `tables`' as-of date (`None`: still undecided). `by_id` is
/// [`index_by_id`] of `tables`, built once for all the dates of a backtest.
fn open_then(
    tables: &Tables,
    by_id: &HashMap<&str, usize>,
    then: &Tables,
    buckets: &Buckets,
    date: NaiveDate,
) -> Vec<(u32, u32, Option<usize>)> {
    then.invoices
        .iter()
        .enumerate()
        .filter(|(_, inv)| {
            inv.settled_date.is_none() && buckets.undecided((date - inv.due_date).num_days())
        })
        .filter_map(|(i, inv)| {
            let &now = by_id.get(inv.id.as_str())?;
            let outcome = tables
                .invoices
                .get(now)
                .and_then(|n| buckets.known_bucket(n, tables.as_of));
            Some((i as u32, now as u32, outcome))
        })
        .collect()
}

/// The month starts a backtest of `months` months scores: the latest ones whose open
/// invoices are all decided by the data's as-of date, oldest first.
pub fn backtest_dates(tables: &Tables, buckets: &Buckets, months: u32) -> Vec<NaiveDate> {
    let last = tables.as_of.with_day(1).unwrap_or(tables.as_of);
    let first_invoice = tables.invoices.iter().map(|i| i.invoice_date).min();
    let mut dates: Vec<NaiveDate> = (1u32..=months.saturating_add(36))
        .filter_map(|m| last.checked_sub_months(Months::new(m)))
        // Only dates whose open invoices are decided by now can be scored.
        .filter(|d| (tables.as_of - *d).num_days() > i64::from(buckets.late_days) + 30)
        .take_while(|d| first_invoice.is_some_and(|f| *d > f))
        .take(months as usize)
        .collect();
    dates.reverse();
    dates
}

/// Backtests over the `months` latest month starts whose outcomes are known by the data's
/// as-of date. A month with too little history before it to train on is left out and listed.
pub fn backtest(
    tables: &Tables,
    params: &TrainParams,
    months: u32,
    progress: &dyn Fn(Progress),
    cancel: &Cancel,
) -> Result<Backtest, ModelError> {
    let buckets = params.buckets;
    // Month by month only the learner that would be published is fitted.
    let params = &TrainParams {
        compare_learners: false,
        ..params.clone()
    };
    let dates = backtest_dates(tables, &buckets, months);
    let mut all_probs = Vec::new();
    let mut all_actual = Vec::new();
    let mut out = Vec::new();
    let mut skipped = Vec::new();
    let mut shares_sum = vec![0.0; buckets.count()];
    let by_id = index_by_id(tables);
    for (step, &date) in dates.iter().enumerate() {
        if cancel.is_cancelled() {
            return Err(ModelError::Cancelled);
        }
        progress(Progress::new(
            Message::new("Backtest: training as of {date}").arg("date", Arg::Date(date)),
            step as f32 / dates.len().max(1) as f32,
        ));
        let then = tables.as_known_on(date);
        let model = match train(&then, params, None, None, &|_| {}, cancel) {
            Ok(run) => run.model,
            Err(ModelError::TooFewInvoices { .. } | ModelError::BucketTooSmall { .. }) => {
                skipped.push(date);
                continue;
            }
            Err(e) => return Err(e),
        };
        // Invoices open then, with the outcome known now.
        let (snapshots, actual): (Vec<Snapshot>, Vec<usize>) =
            open_then(tables, &by_id, &then, &buckets, date)
                .into_iter()
                .filter_map(|(i, _, outcome)| outcome.map(|b| (Snapshot { invoice: i, date }, b)))
                .unzip();
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
    progress(Progress::new(Message::new("Backtest done"), 1.0));
    Ok(Backtest {
        months: out,
        skipped,
        pooled: metrics::evaluate(&all_probs, &all_actual, &shares, &buckets.stored_labels()),
    })
}

/// One invoice open on the look-back date: what the model of then predicted, and what
/// happened.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct LookBackRow {
    /// Index into the full data's invoices.
    pub invoice: u32,
    /// Probabilities per bucket as predicted on the look-back date.
    pub probs: Vec<f64>,
    pub predicted: usize,
    /// The bucket it ended in, as known now (`None`: still undecided).
    pub actual: Option<usize>,
    /// Days after the due date it was paid (negative: early), if it is paid.
    pub days_late: Option<i64>,
}

/// The predictions a model trained on what was known on `as_of` made for the invoices open
/// then, next to what happened.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct LookBack {
    pub as_of: NaiveDate,
    /// The layout the model of then used (chosen from what was known then).
    #[serde(skip)]
    pub layout: LayoutChoice,
    pub buckets: Buckets,
    /// Invoices the model of then learned from.
    pub training_invoices: usize,
    pub rows: Vec<LookBackRow>,
    /// Accuracy, log loss and more over the rows whose outcome is known.
    pub evaluation: Option<Evaluation>,
}

/// Looks back: trains on the data as known on `date` (the layout chosen from what was known
/// then, starting from `params.buckets`), predicts the invoices open then and sets the
/// outcome known now beside each prediction.
pub fn look_back(
    tables: &Tables,
    params: &TrainParams,
    date: NaiveDate,
    progress: &dyn Fn(Progress),
    cancel: &Cancel,
) -> Result<LookBack, ModelError> {
    progress(Progress::new(
        Message::new("Training on what was known on {date}").arg("date", Arg::Date(date)),
        0.05,
    ));
    let then = tables.as_known_on(date.min(tables.as_of));
    let layout = crate::model::layout::choose(&then, params.buckets);
    let buckets = layout.buckets;
    let params = TrainParams {
        buckets,
        compare_learners: false,
        ..params.clone()
    };
    let model = train(&then, &params, None, None, &|_| {}, cancel)?.model;
    if cancel.is_cancelled() {
        return Err(ModelError::Cancelled);
    }
    progress(Progress::new(
        Message::new("Predicting the invoices open on {date}").arg("date", Arg::Date(date)),
        0.85,
    ));
    let open = open_then(tables, &index_by_id(tables), &then, &buckets, then.as_of);
    let snapshots = Snapshot::all_on(open.iter().map(|&(i, _, _)| i), then.as_of);
    let catalogue = Catalogue::build(&then, &buckets);
    let probs = if snapshots.is_empty() {
        Vec::new()
    } else {
        model.predict(&then, &catalogue, &snapshots, None)?.2
    };
    let rows: Vec<LookBackRow> = open
        .iter()
        .zip(probs)
        .map(|(&(_, now, actual), probs)| LookBackRow {
            invoice: now,
            predicted: metrics::winner(&probs),
            probs,
            actual,
            days_late: tables
                .invoices
                .get(now as usize)
                .and_then(Invoice::days_late),
        })
        .collect();
    let (known_probs, known_actual): (Vec<Vec<f64>>, Vec<usize>) = rows
        .iter()
        .filter_map(|r| r.actual.map(|a| (r.probs.clone(), a)))
        .unzip();
    let evaluation = (!known_actual.is_empty()).then(|| {
        let shares: Vec<f64> = model
            .evaluation
            .per_bucket
            .iter()
            .map(|b| b.support as f64)
            .collect();
        let total: f64 = shares.iter().sum();
        let shares: Vec<f64> = shares.iter().map(|s| s / total.max(1.0)).collect();
        metrics::evaluate(
            &known_probs,
            &known_actual,
            &shares,
            &buckets.stored_labels(),
        )
    });
    progress(Progress::new(Message::new("Look-back done"), 1.0));
    Ok(LookBack {
        as_of: then.as_of,
        layout,
        buckets,
        training_invoices: model.training_invoices,
        rows,
        evaluation,
    })
}
