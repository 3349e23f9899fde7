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
mod rows;

use crate::i18n::Message;
use evaluate::*;
use fit::*;
pub use fit::{Fitted, fit_logistic};
pub use rows::snapshot_dates;
use rows::*;

use std::collections::HashMap;

use crate::data::progress::{Cancel, Progress};
use crate::data::tables::Tables;
use crate::model::buckets::Buckets;
use crate::model::design::Design;
use crate::model::features::{self, Snapshot};
use crate::model::fields::Catalogue;
use crate::model::metrics::Evaluation;
use crate::model::{MODEL_FORMAT, Model, ModelError, fingerprint};

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
        rows: &rows,
        split: &split,
    };

    // Choose the regularisation on the inner/validation split.
    let (design, _) = Design::fit(&catalogue, &selection, &table, &split.train);
    if design.fields.is_empty() {
        return Err(ModelError::NoFields);
    }
    let (lambda, inner_fit) = data.choose_lambda(&design, params, progress, cancel)?;

    // Fitted on the earlier 80% and evaluate on the latest 20%.
    progress(Progress::new(
        Message::new("Fitting on the earlier invoices"),
        0.62,
    ));
    if cancel.is_cancelled() {
        return Err(ModelError::Cancelled);
    }
    let fit = data.fit_rows(&design, &split.train, lambda, Some(&inner_fit), params.seed)?;
    progress(Progress::new(
        Message::new("Evaluating on the latest invoices"),
        0.75,
    ));
    let shares = baseline_shares(&labelled, test_start, k);
    let scores = data.evaluate(&design, &fit, &shares, oracle)?;
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

    // Refit on everything with the chosen strength.
    progress(Progress::new(
        Message::new("Refitting on all paid invoices"),
        0.82,
    ));
    if cancel.is_cancelled() {
        return Err(ModelError::Cancelled);
    }
    let (final_design, dropped) = Design::fit(&catalogue, &selection, &table, &split.all);
    let x_all = final_design.matrix(&catalogue, &table, Some(&split.all))?;
    let y_all = data.labels_of(&split.all);
    let warm = (final_design.n_columns() == design.n_columns()).then_some(&fit);
    let final_fit = fit_logistic(&x_all, &y_all, k, lambda, warm, params.seed, 100)?;
    progress(Progress::new(
        Message::new("Measuring each field's influence"),
        0.95,
    ));
    let influence = influence(&final_design, &final_fit, &x_all);
    drop(x_all);

    let dropped = dropped
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
        design: final_design,
        intercept: final_fit.intercept,
        coef: final_fit.coef,
        lambda,
        evaluation: scores.evaluation,
        overdue_log_loss: scores.overdue_log_loss,
        oracle_log_loss: scores.oracle_log_loss,
        influence,
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
    })
}
