//! The prediction engine: point-in-time features, the field catalogue, training, evaluation,
//! scoring, explanations and the model store. GUI-free; the CLI and the app call it.

pub mod additive;
pub mod backtest;
pub mod buckets;
pub mod design;
pub mod explain;
pub mod features;
pub mod fields;
pub mod layout;
pub mod metrics;
pub mod store;
pub mod train;

use chrono::NaiveDate;
use ndarray::{Array2, ArrayView1};
use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::data::tables::Tables;
use crate::i18n::{tr, trf};
pub use additive::{Additive, Learner};
pub use buckets::Buckets;
use design::Design;
pub use features::Snapshot;
use features::{Edits, FeatureTable};
pub use fields::Catalogue;
use metrics::Evaluation;

/// What can go wrong in training, scoring and the model store, in words for analysts.
#[derive(Debug, Error)]
pub enum ModelError {
    #[error(
        "{}",
        trf(
            "Only {count} paid invoices can be learned from; at least 100 are needed. Import a longer history.",
            &[("count", &.count)]
        )
    )]
    TooFewInvoices { count: usize },
    #[error(
        "{}",
        trf(
            "Only {count} invoices ended \"{bucket}\"; at least 30 per bucket are needed. {suggestion}",
            &[("count", &.count), ("bucket", &.bucket), ("suggestion", &.suggestion)]
        )
    )]
    BucketTooSmall {
        bucket: String,
        count: usize,
        suggestion: String,
    },
    #[error(
        "{}",
        trf(
            "The model uses the field \"{field}\", which the current data does not have. Retrain the model on this data.",
            &[("field", &.field)]
        )
    )]
    FieldMissing { field: String },
    #[error(
        "{}",
        tr("No field is selected. Tick at least one field and train again.")
    )]
    NoFields,
    #[error("{}", trf("Training stopped: {reason}", &[("reason", &.0)]))]
    Solver(String),
    #[error("{}", tr("Cancelled."))]
    Cancelled,
    #[error(
        "{}",
        trf("Model file {file}: {problem}", &[("file", &.file), ("problem", &.problem)])
    )]
    Store { file: String, problem: String },
    #[error("{}", tr("There is no published model yet. Train one and publish it."))]
    NothingPublished,
    /// The list of published versions was damaged and rebuilt, and nothing usable is
    /// published: what was done, in words (from the store).
    #[error("{}", .0)]
    IndexRepaired(String),
    #[error(
        "{}",
        trf(
            "Model version {version} does not exist. `list` shows the versions.",
            &[("version", &.0)]
        )
    )]
    NoSuchVersion(u32),
    #[error("{}", tr("There is no earlier published version to roll back to."))]
    NoEarlierVersion,
    #[error(
        "{}",
        trf(
            "Model file {file} cannot be used: {problem}",
            &[("file", &.file), ("problem", &.problem)]
        )
    )]
    Invalid { file: String, problem: Invalid },
    #[error(
        "{}",
        trf(
            "The model store {folder} has no version number left after {last}. Move the old model files out of the folder.",
            &[("folder", &.folder), ("last", &.last)]
        )
    )]
    VersionsExhausted { folder: String, last: u32 },
}

/// What is wrong with a model file that was read but cannot be trusted.
#[derive(Clone, Debug, Error, PartialEq)]
pub enum Invalid {
    #[error(
        "{}",
        trf(
            "it was made by a newer Payment Insights (file format {found}; this version reads up to {supported}). Update Payment Insights or train a new model.",
            &[("found", &.found), ("supported", &.supported)]
        )
    )]
    NewerFormat { found: u32, supported: u32 },
    #[error(
        "{}",
        trf(
            "{what} has {found} entries where {expected} are needed.",
            &[("what", &.what), ("found", &.found), ("expected", &.expected)]
        )
    )]
    Shape {
        what: String,
        expected: usize,
        found: usize,
    },
    #[error("{}", trf("{what} is not a finite number.", &[("what", &.what)]))]
    NotFinite { what: String },
    #[error(
        "{}",
        trf("the scale of {what} is not positive.", &[("what", &.what)])
    )]
    ScaleNotPositive { what: String },
    #[error("{}", trf("{what} is missing.", &[("what", &.what)]))]
    Missing { what: String },
    #[error("{}", trf("{what} does not fit the rest of the file.", &[("what", &.what)]))]
    Unexpected { what: String },
    #[error(
        "{}",
        trf("{what} is {value}, beyond what any payment history gives.", &[("what", &.what), ("value", &.value)])
    )]
    Implausible { what: String, value: f64 },
}

/// A field's share of the model's influence (all shares sum to 1).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Influence {
    pub key: String,
    pub name: String,
    pub share: f64,
}

/// How payments behaved in the training data, for cash forecasts and what-if costs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Behaviour {
    /// Mean days after the due date per bucket (negative: early).
    pub mean_days_late: Vec<f64>,
    /// Share of on-time invoices with a cash discount that were paid within the discount days.
    pub discount_take_rate: Option<f64>,
    /// Paid invoices per bucket and day late, from `EARLIEST_DAY_LATE` on (later days clipped
    /// to the last), so that an invoice already past due can be given the mean of the days late
    /// still ahead of it. Empty in model files written before it existed.
    pub days_late_counts: Vec<Vec<u32>>,
}

/// The first day (relative to the due date) counted in [`Behaviour::days_late_counts`].
pub const EARLIEST_DAY_LATE: i64 = -120;
/// The last day counted; later payments count on it.
pub const LATEST_DAY_LATE: i64 = 365;

impl Behaviour {
    /// Expected days after the due date at which an invoice of bucket `bucket` is paid, given
    /// that it is still unpaid `days_overdue` days after its due date: the mean of the paid
    /// invoices of that bucket that were paid later than that. `None` when none of them was
    /// paid that late: the history cannot tell when such an invoice will be paid. In an older
    /// model file without those counts, the bucket's mean, and never before the day after today.
    pub fn expected_days_late(&self, bucket: usize, days_overdue: i64) -> Option<f64> {
        let mean = self.mean_days_late.get(bucket).copied().unwrap_or(0.0);
        if days_overdue <= 0 {
            return Some(mean);
        }
        match self.days_late_counts.get(bucket) {
            Some(counts) if counts.iter().any(|&c| c > 0) => {
                let (mut n, mut sum) = (0.0, 0.0);
                for (i, &c) in counts.iter().enumerate() {
                    let day = EARLIEST_DAY_LATE + i as i64;
                    if day > days_overdue && c > 0 {
                        n += f64::from(c);
                        sum += f64::from(c) * day as f64;
                    }
                }
                (n > 0.0).then(|| sum / n)
            }
            _ => Some(mean.max(days_overdue as f64 + 1.0)),
        }
    }
}

/// A trained model: everything needed to score, explain and compare, in one file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Model {
    /// File format version.
    pub format: u32,
    /// Version number in the store (0 until saved).
    #[serde(default)]
    pub version: u32,
    /// When it was trained (set by the caller; domain code never reads the clock).
    #[serde(default)]
    pub trained_at: String,
    /// The as-of date of the data it was trained on.
    pub data_as_of: NaiveDate,
    pub buckets: Buckets,
    /// The field keys the user selected.
    pub selection: Vec<String>,
    pub design: Design,
    /// Per bucket.
    pub intercept: Vec<f64>,
    /// `coef[bucket][column]`.
    pub coef: Vec<Vec<f64>>,
    /// L2 strength per training row, chosen by validation.
    pub lambda: f64,
    /// Which learner made the model; files from before the additive learner hold a logistic
    /// regression.
    #[serde(default)]
    pub learner: Learner,
    /// The shape functions when `learner` is [`Learner::Additive`] (then `coef` is all zeros).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub additive: Option<Additive>,
    /// Every learner fitted in the same run on the same time split, this model's first: the
    /// side-by-side comparison the Model screen and `train` show.
    #[serde(default)]
    pub candidates: Vec<Candidate>,
    /// Metrics on the latest 20% of invoices (model fitted on the earlier 80%).
    pub evaluation: Evaluation,
    /// Log loss on snapshots of test invoices already past due.
    #[serde(default)]
    pub overdue_log_loss: Option<f64>,
    /// The generator's exact probabilities on the same test invoices (sample data only).
    #[serde(default)]
    pub oracle_log_loss: Option<f64>,
    pub influence: Vec<Influence>,
    /// (field key, reason) for selected fields that could not be used.
    #[serde(default)]
    pub dropped: Vec<(String, String)>,
    /// Fingerprint of the training data.
    pub fingerprint: String,
    pub training_invoices: usize,
    pub training_rows: usize,
    pub test_invoices: usize,
    #[serde(default)]
    pub behaviour: Behaviour,
}

/// One learner's scores in a training run, on the same test invoices as the others.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Candidate {
    pub learner: Learner,
    pub evaluation: Evaluation,
    #[serde(default)]
    pub overdue_log_loss: Option<f64>,
    #[serde(default)]
    pub oracle_log_loss: Option<f64>,
}

/// What [`Model::predict`] returns: the raw features, the standardised matrix and the
/// probabilities of each row.
pub type Scoring = (FeatureTable, Array2<f64>, Vec<Vec<f64>>);

/// The current model file format: 2 added the learner, the additive terms and the candidates
/// (format 1 files load as logistic regressions).
pub const MODEL_FORMAT: u32 = 2;

impl Model {
    /// Raw logits (before the age conditioning) of one standardised row.
    pub fn logits(&self, z: ArrayView1<f64>) -> Vec<f64> {
        match &self.additive {
            Some(additive) => {
                let mut parts = Vec::new();
                let k = self.intercept.len();
                additive.contributions_into(&self.design, k, z, &mut parts);
                let mut logit = self.intercept.clone();
                for term in parts.chunks(k.max(1)) {
                    for (l, t) in logit.iter_mut().zip(term) {
                        *l += t;
                    }
                }
                logit
            }
            None => logits(&self.intercept, &self.coef, z),
        }
    }

    /// Softmax probabilities of every row of a standardised matrix.
    pub fn probabilities(&self, x: &Array2<f64>) -> Vec<Vec<f64>> {
        match &self.additive {
            Some(additive) => {
                let mut all = additive.logits(&self.design, &self.intercept, x);
                all.iter_mut().for_each(|z| softmax_in_place(z));
                all
            }
            None => probabilities(&self.intercept, &self.coef, x),
        }
    }

    /// Probabilities of `snapshots` as the model's question asks: P(bucket | still unpaid on
    /// the snapshot date), with buckets that are already impossible at exactly zero.
    pub fn predict(
        &self,
        tables: &Tables,
        catalogue: &Catalogue,
        snapshots: &[Snapshot],
        edits: Option<&Edits>,
    ) -> Result<Scoring, ModelError> {
        let contexts = features::Contexts::of(tables, &self.buckets, snapshots);
        self.predict_with(tables, catalogue, snapshots, edits, &contexts)
    }

    /// [`Model::predict`] with the snapshots' history contexts worked out already: scoring the
    /// same invoices under several sets of changes reads the customers' histories once.
    pub fn predict_with(
        &self,
        tables: &Tables,
        catalogue: &Catalogue,
        snapshots: &[Snapshot],
        edits: Option<&Edits>,
        contexts: &features::Contexts,
    ) -> Result<Scoring, ModelError> {
        let table =
            features::compute_with(tables, catalogue, &self.buckets, snapshots, edits, contexts);
        self.score_table(tables, catalogue, snapshots, edits, table)
    }

    /// [`Model::predict_with`] for the snapshots `base` was computed for, under other edits:
    /// the fields no edit can change are taken from `base` (the strategies each change a few
    /// columns of the same invoices).
    pub fn predict_changed(
        &self,
        tables: &Tables,
        catalogue: &Catalogue,
        snapshots: &[Snapshot],
        edits: Option<&Edits>,
        contexts: &features::Contexts,
        base: &FeatureTable,
    ) -> Result<Scoring, ModelError> {
        let table = features::compute_changed(
            tables,
            catalogue,
            &self.buckets,
            snapshots,
            edits,
            contexts,
            base,
        );
        self.score_table(tables, catalogue, snapshots, edits, table)
    }

    /// The probabilities of `snapshots` from their features, conditioned on their age.
    fn score_table(
        &self,
        tables: &Tables,
        catalogue: &Catalogue,
        snapshots: &[Snapshot],
        edits: Option<&Edits>,
        table: FeatureTable,
    ) -> Result<Scoring, ModelError> {
        let x = self.design.matrix(catalogue, &table, None)?;
        let mut probs = self.probabilities(&x);
        for (p, s) in probs.iter_mut().zip(snapshots) {
            let due = edits
                .and_then(|e| e.invoices.get(&s.invoice))
                .or_else(|| tables.invoices.get(s.invoice as usize))
                .map(|i| i.due_date);
            if let Some(due) = due {
                self.buckets.condition_on_age(p, (s.date - due).num_days());
            }
        }
        Ok((table, x, probs))
    }

    pub fn labels(&self) -> Vec<String> {
        self.buckets.labels()
    }

    /// Checks a model read from a file before it is trusted: a format this version reads, array
    /// shapes that agree with the buckets and the design, finite numbers, positive scales.
    pub fn validate(&self) -> Result<(), Invalid> {
        if self.format > MODEL_FORMAT {
            return Err(Invalid::NewerFormat {
                found: self.format,
                supported: MODEL_FORMAT,
            });
        }
        let shape = |what: &str, expected: usize, found: usize| {
            if expected == found {
                Ok(())
            } else {
                Err(Invalid::Shape {
                    what: what.to_string(),
                    expected,
                    found,
                })
            }
        };
        let finite = |what: &dyn Fn() -> String, value: f64| {
            if value.is_finite() {
                Ok(())
            } else {
                Err(Invalid::NotFinite { what: what() })
            }
        };
        let buckets = self.buckets.count();
        let columns = self.design.n_columns();
        shape("intercept", buckets, self.intercept.len())?;
        shape("coef", buckets, self.coef.len())?;
        for (k, (b, row)) in self.intercept.iter().zip(&self.coef).enumerate() {
            finite(&|| format!("intercept[{k}]"), *b)?;
            shape(&format!("coef[{k}]"), columns, row.len())?;
            for (j, w) in row.iter().enumerate() {
                finite(&|| format!("coef[{k}][{j}]"), *w)?;
            }
        }
        finite(&|| "lambda".to_string(), self.lambda)?;
        for field in &self.design.fields {
            for (j, column) in field.columns.iter().enumerate() {
                let what = || format!("{} column {j}", field.key);
                finite(&|| format!("the mean of {}", what()), column.mean)?;
                finite(&|| format!("the scale of {}", what()), column.sd)?;
                if column.sd <= 0.0 {
                    return Err(Invalid::ScaleNotPositive { what: what() });
                }
            }
            if let Some((low, high)) = field.range {
                finite(&|| format!("the range of {}", field.key), low)?;
                finite(&|| format!("the range of {}", field.key), high)?;
            }
        }
        for (k, mean) in self.behaviour.mean_days_late.iter().enumerate() {
            finite(&|| format!("behaviour.mean_days_late[{k}]"), *mean)?;
        }
        // Finite but absurd (a file edited by hand, or damaged): refused like a non-finite
        // one. Payments arrive within years of the due date, not millennia; shares are shares;
        // weights on standardised fields beyond 10^4 give probabilities of exactly 0 or 1.
        let plausible = |what: &dyn Fn() -> String, value: f64, limit: f64| {
            if value.abs() <= limit {
                Ok(())
            } else {
                Err(Invalid::Implausible {
                    what: what(),
                    value,
                })
            }
        };
        for (k, mean) in self.behaviour.mean_days_late.iter().enumerate() {
            plausible(&|| format!("behaviour.mean_days_late[{k}]"), *mean, 3650.0)?;
        }
        if let Some(rate) = self.behaviour.discount_take_rate
            && !(0.0..=1.0).contains(&rate)
        {
            return Err(Invalid::Implausible {
                what: "behaviour.discount_take_rate".to_string(),
                value: rate,
            });
        }
        for (k, (b, row)) in self.intercept.iter().zip(&self.coef).enumerate() {
            plausible(&|| format!("intercept[{k}]"), *b, 1e4)?;
            for (j, w) in row.iter().enumerate() {
                plausible(&|| format!("coef[{k}][{j}]"), *w, 1e4)?;
            }
        }
        self.validate_additive()
    }

    /// The additive terms agree with the learner, the design and the buckets, and hold finite,
    /// increasing edges and finite scores.
    fn validate_additive(&self) -> Result<(), Invalid> {
        let additive = match (self.learner, &self.additive) {
            (Learner::Logistic, None) => return Ok(()),
            (Learner::Additive, Some(a)) => a,
            (Learner::Additive, None) => {
                return Err(Invalid::Missing {
                    what: "additive".into(),
                });
            }
            (Learner::Logistic, Some(_)) => {
                return Err(Invalid::Unexpected {
                    what: "additive".into(),
                });
            }
        };
        let buckets = self.buckets.count();
        if additive.terms.len() != self.design.fields.len() {
            return Err(Invalid::Shape {
                what: "additive.terms".into(),
                expected: self.design.fields.len(),
                found: additive.terms.len(),
            });
        }
        for (term, field) in additive.terms.iter().zip(&self.design.fields) {
            let what = |part: &str| format!("the {part} of the curve of {}", field.key);
            if term.key != field.key {
                return Err(Invalid::Unexpected {
                    what: what("field"),
                });
            }
            let bins = match (&term.binning, field.category) {
                (additive::Binning::Number { edges }, false) => {
                    if edges.iter().any(|e| !e.is_finite()) {
                        return Err(Invalid::NotFinite {
                            what: what("bin edges"),
                        });
                    }
                    if edges.windows(2).any(|w| w[0] >= w[1]) {
                        return Err(Invalid::Unexpected {
                            what: what("bin edges"),
                        });
                    }
                    edges.len() + 2
                }
                (additive::Binning::Category, true) => field.columns.len() + 1,
                _ => {
                    return Err(Invalid::Unexpected {
                        what: what("binning"),
                    });
                }
            };
            if term.scores.len() != bins || term.counts.len() != bins {
                return Err(Invalid::Shape {
                    what: what("bins"),
                    expected: bins,
                    found: term.scores.len().min(term.counts.len()),
                });
            }
            for scores in &term.scores {
                if scores.len() != buckets {
                    return Err(Invalid::Shape {
                        what: what("scores"),
                        expected: buckets,
                        found: scores.len(),
                    });
                }
                if scores.iter().any(|s| !s.is_finite()) {
                    return Err(Invalid::NotFinite {
                        what: what("scores"),
                    });
                }
                // As for the logistic regression's weights: beyond 10^4 a term alone makes a
                // probability exactly 0 or 1.
                if let Some(s) = scores.iter().find(|s| s.abs() > 1e4) {
                    return Err(Invalid::Implausible {
                        what: what("scores"),
                        value: *s,
                    });
                }
            }
        }
        Ok(())
    }
}

/// Turns logits into probabilities (softmax), in place.
pub(crate) fn softmax_in_place(z: &mut [f64]) {
    let max = z.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    for v in z.iter_mut() {
        *v = (*v - max).exp();
    }
    let sum: f64 = z.iter().sum();
    for v in z.iter_mut() {
        *v /= sum;
    }
}

/// Logits of standardised row `z` under `intercept` and `coef[bucket][column]`.
pub fn logits(intercept: &[f64], coef: &[Vec<f64>], z: ArrayView1<f64>) -> Vec<f64> {
    intercept
        .iter()
        .zip(coef)
        .map(|(b, w)| b + w.iter().zip(z.iter()).map(|(a, x)| a * x).sum::<f64>())
        .collect()
}

/// Rows below this many are worked on one thread: spreading them costs more than it saves.
pub const PARALLEL_MIN_ROWS: usize = 4096;

/// Softmax probabilities of every row of standardised matrix `x`. Rows are independent, so
/// they are spread over the cores; the result does not depend on how.
pub fn probabilities(intercept: &[f64], coef: &[Vec<f64>], x: &Array2<f64>) -> Vec<Vec<f64>> {
    use rayon::prelude::*;
    (0..x.nrows())
        .into_par_iter()
        .with_min_len(PARALLEL_MIN_ROWS)
        .map(|i| {
            let mut p = logits(intercept, coef, x.row(i));
            softmax_in_place(&mut p);
            p
        })
        .collect()
}

/// FNV-1a, 64 bits: a stable hash for fingerprints and folder names (std's hasher may change
/// between Rust versions, and these values are stored on disk).
#[derive(Clone, Copy, Debug)]
pub struct Fnv1a(u64);

impl Default for Fnv1a {
    fn default() -> Self {
        Fnv1a(0xcbf2_9ce4_8422_2325)
    }
}

impl Fnv1a {
    pub fn eat(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 ^= u64::from(*b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }

    pub fn value(self) -> u64 {
        self.0
    }
}

/// A stable fingerprint of a data set (FNV-1a over ids, dates and amounts).
pub fn fingerprint(tables: &Tables) -> String {
    let mut h = Fnv1a::default();
    for inv in &tables.invoices {
        h.eat(inv.id.as_bytes());
        h.eat(inv.invoice_date.to_string().as_bytes());
        h.eat(&inv.amount.to_le_bytes());
        if let Some(s) = inv.settled_date {
            h.eat(s.to_string().as_bytes());
        }
    }
    h.eat(tables.as_of.to_string().as_bytes());
    format!("{:016x}-{}", h.value(), tables.invoices.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_are_told_in_the_installed_language() {
        let error = ModelError::TooFewInvoices { count: 42 };
        let swedish = r#"{"Only {count} paid invoices can be learned from; at least 100 are needed. Import a longer history.": "Bara {count} betalda fakturor att lära av; minst 100 behövs. Importera en längre historik."}"#;
        let text = crate::i18n::test_catalogue::with(swedish, || error.to_string());
        assert_eq!(
            text,
            "Bara 42 betalda fakturor att lära av; minst 100 behövs. Importera en längre historik."
        );
        assert_eq!(
            error.to_string(),
            "Only 42 paid invoices can be learned from; at least 100 are needed. Import a longer history."
        );
        // A tuple variant's value (`.0` in the attribute) fills its placeholder too.
        let stopped = ModelError::Solver("no convergence".into());
        let text = crate::i18n::test_catalogue::with(
            r#"{"Training stopped: {reason}": "Träningen avbröts: {reason}"}"#,
            || stopped.to_string(),
        );
        assert_eq!(text, "Träningen avbröts: no convergence");
    }

    #[test]
    fn expected_days_late_counts_only_the_days_still_ahead() {
        let span = (LATEST_DAY_LATE - EARLIEST_DAY_LATE + 1) as usize;
        let mut late = vec![0u32; span];
        // Late invoices paid 1..=30 days late, one each.
        for day in 1..=30 {
            late[(day - EARLIEST_DAY_LATE) as usize] = 1;
        }
        let behaviour = Behaviour {
            mean_days_late: vec![-2.0, 15.5, 60.0],
            discount_take_rate: None,
            days_late_counts: vec![vec![0; span], late, vec![0; span]],
        };
        assert_eq!(behaviour.expected_days_late(1, -5), Some(15.5));
        assert_eq!(behaviour.expected_days_late(1, 0), Some(15.5));
        // Still unpaid 20 days after the due date: paid on day 21..=30, 25.5 on average.
        assert_eq!(behaviour.expected_days_late(1, 20), Some(25.5));
        assert_eq!(behaviour.expected_days_late(1, 29), Some(30.0));
        // Past every paid invoice of the bucket: the history cannot tell.
        assert_eq!(behaviour.expected_days_late(1, 30), None);
        // No counts (an older model file): the mean, not before tomorrow.
        assert_eq!(behaviour.expected_days_late(2, 10), Some(60.0));
        assert_eq!(behaviour.expected_days_late(2, 90), Some(91.0));
    }
}
