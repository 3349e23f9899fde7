//! Training: which invoices and snapshots are learned from, the time split, the regularisation
//! chosen by validation, rare buckets, the final refit and the comparison with the published
//! model.
//!
//! An invoice is learned from once its bucket is decided on the data's as-of date whatever
//! happens next: its due date is more than N days past, so it was either settled or is certainly
//! very late. (Recent invoices already paid early are left out: counting them without their
//! still-open neighbours would tilt the labels towards "on time".) Each
//! such invoice contributes snapshots at its issue date and then every 7 days while it was still
//! unpaid and its bucket still open, with its age and the customer's history as of each
//! snapshot, so the model learns how the odds move as an invoice ages.

mod evaluate;
mod fit;
mod learners;
mod rows;

use crate::i18n::Message;
use evaluate::*;
pub(crate) use fit::MIN_SHARE;
use fit::*;
pub use fit::{Fitted, fit_logistic};
pub use rows::snapshot_dates;
use rows::*;

use std::collections::HashMap;

use crate::data::progress::{Cancel, Progress};
use crate::data::tables::Tables;
use crate::model::additive::Learner;
use crate::model::buckets::Buckets;
use crate::model::design::Design;
use crate::model::features::{self, Snapshot};
use crate::model::fields::Catalogue;
use crate::model::metrics::Evaluation;
use crate::model::{Candidate, MODEL_FORMAT, Model, ModelError, fingerprint};

/// What to train.
#[derive(Clone, Debug, PartialEq)]
pub struct TrainParams {
    pub buckets: Buckets,
    /// Field keys; `None` takes the catalogue's default selection.
    pub selection: Option<Vec<String>>,
    /// At most this many snapshot rows are learned from (sampled, seeded).
    pub max_rows: usize,
    /// Days between an invoice's training snapshots.
    pub snapshot_days: i64,
    pub seed: u64,
    /// L2 strengths per row to choose from by validation.
    pub lambdas: Vec<f64>,
    /// Learn from issue-date rows only (no ageing snapshots); for comparison.
    pub issue_date_only: bool,
    /// Stamp for the model file (the caller's clock).
    pub trained_at: String,
    /// The learner to publish; `None` takes the one with the lower log loss on the latest
    /// invoices.
    pub learner: Option<Learner>,
    /// Fit every learner for the side-by-side comparison even when `learner` names one (the
    /// backtest, which retrains month by month, fits only the one it tests).
    pub compare_learners: bool,
}

impl Default for TrainParams {
    fn default() -> Self {
        TrainParams {
            buckets: Buckets::default(),
            selection: None,
            max_rows: 100_000,
            snapshot_days: 7,
            seed: 7,
            lambdas: vec![1e-2, 1e-3, 1e-4, 1e-5, 1e-6],
            issue_date_only: false,
            trained_at: String::new(),
            learner: None,
            compare_learners: true,
        }
    }
}

/// How the published model does on the same test invoices.
#[derive(Clone, Debug, PartialEq)]
pub enum Comparison {
    Evaluated {
        version: u32,
        evaluation: Evaluation,
        overdue_log_loss: Option<f64>,
    },
    NotComparable {
        version: u32,
        reason: Message,
    },
}

/// A finished training run.
#[derive(Clone, Debug)]
pub struct TrainRun {
    pub model: Model,
    pub published: Option<Comparison>,
    /// Seconds each learner took (its validation, evaluation and final fits), in the order of
    /// `model.candidates`.
    pub fit_seconds: Vec<(Learner, f64)>,
}

/// One training row.
#[derive(Clone, Copy, Debug)]
pub(super) struct Row {
    pub(super) snapshot: Snapshot,
    pub(super) label: usize,
    pub(super) part: Part,
    pub(super) age0: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Part {
    /// The earliest 64%: fitting while choosing the regularisation.
    Inner,
    /// The next 16%: choosing the regularisation.
    Validation,
    /// The latest 20% by invoice date: evaluation.
    Test,
}

/// Trains a model on `tables` (as known on its as-of date). `published` is compared on the same
/// test invoices; `oracle` (invoice id → true probabilities, sample data only) is scored too.
pub fn train(
    tables: &Tables,
    params: &TrainParams,
    published: Option<&Model>,
    oracle: Option<&HashMap<String, Vec<f64>>>,
    progress: &dyn Fn(Progress),
    cancel: &Cancel,
) -> Result<TrainRun, ModelError> {
    let buckets = params.buckets;
    let k = buckets.count();
    progress(Progress::new(
        Message::new("Finding the invoices to learn from"),
        0.02,
    ));
    let catalogue = Catalogue::build(tables, &buckets);
    let selection = params
        .selection
        .clone()
        .unwrap_or_else(|| catalogue.default_selection());
    let labelled = labelled_in_date_order(tables, &buckets)?;
    let n = labelled.len();
    let test_start = n - n / 5;
    let (rows, sampling) = sample_rows(tables, params, &labelled, test_start);
    if cancel.is_cancelled() {
        return Err(ModelError::Cancelled);
    }

    progress(Progress::new(
        Message::new("Building point-in-time features"),
        0.1,
    ));
    let snapshots: Vec<Snapshot> = rows.iter().map(|r| r.snapshot).collect();
    let table = features::compute(tables, &catalogue, &buckets, &snapshots, None);
    if cancel.is_cancelled() {
        return Err(ModelError::Cancelled);
    }
    let split = Split::new(&rows, tables, &sampling);
    let data = TrainData {
        tables,
        catalogue: &catalogue,
        buckets: &buckets,
        table: &table,
        selection: &selection,
        rows: &rows,
        split: &split,
    };
    if Design::fit(&catalogue, &selection, &table, &split.train)
        .0
        .fields
        .is_empty()
    {
        return Err(ModelError::NoFields);
    }
    let shares = baseline_shares(&labelled, test_start, k);
    let fit_both = params.compare_learners || params.learner.is_none();
    let mut fits = Vec::with_capacity(2);
    if fit_both || params.learner == Some(Learner::Logistic) {
        fits.push(data.logistic(params, &shares, oracle, progress, cancel)?);
    }
    if fit_both || params.learner == Some(Learner::Additive) {
        fits.push(data.additive(&shares, oracle, progress, cancel)?);
    }
    let comparison = published.map(|old| {
        compare(
            old,
            tables,
            &catalogue,
            &table,
            &buckets,
            &rows,
            &split.test,
            &split.test_overdue,
            &shares,
        )
    });
    let chosen = learners::chosen(&fits, params.learner);
    let fit_seconds = fits.iter().map(|f| (f.learner, f.seconds)).collect();
    // The published learner's candidate first, then the others.
    fits.swap(0, chosen);
    let candidates = fits
        .iter()
        .map(|f| Candidate {
            learner: f.learner,
            evaluation: f.scores.evaluation.clone(),
            overdue_log_loss: f.scores.overdue_log_loss,
            oracle_log_loss: f.scores.oracle_log_loss,
        })
        .collect();
    let mut fits = fits.into_iter();
    let fit = fits.next().ok_or(ModelError::NoFields)?;
    let dropped = fit
        .dropped
        .into_iter()
        .filter(|(key, _)| selection.contains(key))
        .collect();
    let model = Model {
        format: MODEL_FORMAT,
        version: 0,
        trained_at: params.trained_at.clone(),
        data_as_of: tables.as_of,
        buckets,
        selection,
        design: fit.design,
        intercept: fit.intercept,
        coef: fit.coef,
        lambda: fit.lambda,
        learner: fit.learner,
        additive: fit.additive,
        candidates,
        evaluation: fit.scores.evaluation,
        overdue_log_loss: fit.scores.overdue_log_loss,
        oracle_log_loss: fit.scores.oracle_log_loss,
        influence: fit.influence,
        dropped,
        fingerprint: fingerprint(tables),
        training_invoices: n,
        training_rows: split.all.len(),
        test_invoices: split.test.len(),
        behaviour: behaviour(tables, &buckets),
    };
    progress(Progress::new(Message::new("Done"), 1.0));
    Ok(TrainRun {
        model,
        published: comparison,
        fit_seconds,
    })
}
