//! Predictions for every open invoice: the bucket probabilities as of the data's as-of date
//! (given that the invoice is still unpaid at its current age), the winning bucket, the
//! collections flag and the expected amounts per bucket; top factors on demand.

use crate::i18n::Message;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::data::progress::{Cancel, Progress};
use crate::data::tables::Tables;
use crate::i18n::{tr, trf};
use crate::insights::policy::{Policy, apply_changes};
use crate::model::explain::{Explainer, Factor, top_factors};
use crate::model::features::{Edits, Snapshot};
use crate::model::metrics::winner;
use crate::model::{Catalogue, Model, ModelError};

/// Settings analysts can change.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Flag for collections when P(on time) is below this.
    pub flag_threshold: f64,
    /// Cost of capital per year (0.08 = 8%).
    pub cost_of_capital: f64,
    /// Share of very late amounts that is never collected (0.05 = 5%).
    pub bad_debt_rate: f64,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            flag_threshold: 0.5,
            cost_of_capital: 0.08,
            bad_debt_rate: 0.05,
        }
    }
}

impl Settings {
    /// The values each setting may take (shares, from 0 to 1): the window's fields, the
    /// command line's flags and a saved settings file are all held to them.
    pub const RANGE: std::ops::RangeInclusive<f64> = 0.0..=1.0;

    /// The first setting outside [`Settings::RANGE`] (NaN and infinities included), by the
    /// name the command line gives it, with its value.
    pub fn out_of_range(&self) -> Option<(&'static str, f64)> {
        [
            ("threshold", self.flag_threshold),
            ("cost_of_capital", self.cost_of_capital),
            ("bad_debt_rate", self.bad_debt_rate),
        ]
        .into_iter()
        .find(|(_, value)| !Self::RANGE.contains(value))
    }
}

/// The prediction for one open invoice.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Prediction {
    /// Index into [`Tables::invoices`].
    pub invoice: u32,
    pub probs: Vec<f64>,
    /// The most likely bucket.
    pub bucket: usize,
    /// P(on time) below the threshold.
    pub flagged: bool,
    /// Amount still to be paid.
    pub open_amount: f64,
    /// `open_amount × probability` per bucket.
    pub expected: Vec<f64>,
    /// Days past due on the as-of date (0 if not yet due).
    pub days_overdue: i64,
    /// The policy applied to it, if any.
    pub policy: Option<String>,
    /// With a policy: the expected amounts per bucket without it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expected_without_policy: Option<Vec<f64>>,
}

/// What the policies in effect change in a set of predictions.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PolicyEffect {
    /// The names of the policies that changed at least one invoice, in order.
    pub policies: Vec<String>,
    /// Invoices a policy changed.
    pub invoices: usize,
    /// Expected amount per bucket with the policies minus without them.
    pub expected_change: Vec<f64>,
}

impl PolicyEffect {
    /// The policies' effect on `predictions` (all of them, or one customer's).
    pub fn of<'a>(predictions: impl IntoIterator<Item = &'a Prediction>) -> PolicyEffect {
        let mut effect = PolicyEffect::default();
        for p in predictions {
            let (Some(name), Some(without)) = (&p.policy, &p.expected_without_policy) else {
                continue;
            };
            if !effect.policies.contains(name) {
                effect.policies.push(name.clone());
            }
            effect.invoices += 1;
            if effect.expected_change.len() < p.expected.len() {
                effect.expected_change.resize(p.expected.len(), 0.0);
            }
            for ((c, with), without) in effect
                .expected_change
                .iter_mut()
                .zip(&p.expected)
                .zip(without)
            {
                *c += with - without;
            }
        }
        effect
    }
}

/// All open invoices scored.
#[derive(Clone, Debug, PartialEq)]
pub struct Scored {
    pub as_of: NaiveDate,
    pub predictions: Vec<Prediction>,
}

/// The prediction of invoice `i` (`inv`) from its bucket probabilities on `as_of`.
pub fn prediction(
    i: u32,
    inv: &crate::data::tables::Invoice,
    probs: Vec<f64>,
    as_of: NaiveDate,
    settings: &Settings,
    policy: Option<String>,
) -> Prediction {
    let open_amount = (inv.amount - inv.paid_amount).max(0.0);
    Prediction {
        invoice: i,
        bucket: winner(&probs),
        flagged: probs.first().copied().unwrap_or(0.0) < settings.flag_threshold,
        expected: probs.iter().map(|p| p * open_amount).collect(),
        probs,
        open_amount,
        days_overdue: (as_of - inv.due_date).num_days().max(0),
        policy,
        expected_without_policy: None,
    }
}

/// Rows scored per batch. Each batch indexes the history of its customers once, a cost that
/// grows with the data set, not with the batch (about 0.1 s per thread for a million invoices), so batches
/// are large; 200,000 rows keep a batch's feature table and matrix to about 250 MB.
const BATCH: usize = 200_000;

/// Scores every invoice open on the data's as-of date. Policies change the invoices they apply
/// to before scoring. Builds the field catalogue, which reads the whole data set: callers that
/// keep one (the analysis) call [`score_open_with`].
pub fn score_open(
    model: &Model,
    tables: &Tables,
    settings: &Settings,
    policies: &[Policy],
    progress: &dyn Fn(Progress),
    cancel: &Cancel,
) -> Result<Scored, ModelError> {
    let catalogue = Catalogue::build(tables, &model.buckets);
    score_open_with(
        model, tables, &catalogue, settings, policies, progress, cancel,
    )
}

/// [`score_open`] with the catalogue of `tables` for the model's buckets already built.
pub fn score_open_with(
    model: &Model,
    tables: &Tables,
    catalogue: &Catalogue,
    settings: &Settings,
    policies: &[Policy],
    progress: &dyn Fn(Progress),
    cancel: &Cancel,
) -> Result<Scored, ModelError> {
    let as_of = tables.as_of;
    let open: Vec<u32> = tables.open_invoices().map(|(i, _)| i as u32).collect();
    let mut edits = Edits::default();
    let mut policy_of: std::collections::HashMap<u32, String> = std::collections::HashMap::new();
    for policy in policies.iter().filter(|p| p.enabled) {
        for &i in &open {
            let Some(inv) = tables.invoices.get(i as usize) else {
                continue;
            };
            if inv.invoice_date >= policy.from && policy.filter.matches(tables, inv, None) {
                let mut changed = edits
                    .invoices
                    .get(&i)
                    .cloned()
                    .unwrap_or_else(|| inv.clone());
                apply_changes(&policy.changes, &mut changed, &mut edits, inv.customer, i);
                edits.invoices.insert(i, changed);
                policy_of.insert(i, policy.name.clone());
            }
        }
    }
    let mut predictions = Vec::with_capacity(open.len());
    for (b, chunk) in open.chunks(BATCH).enumerate() {
        if cancel.is_cancelled() {
            return Err(ModelError::Cancelled);
        }
        progress(Progress::new(
            Message::new("Scoring open invoices"),
            (b * BATCH) as f32 / open.len().max(1) as f32,
        ));
        let snapshots = Snapshot::all_on(chunk.iter().copied(), as_of);
        let (_, _, probs) = model.predict(tables, catalogue, &snapshots, Some(&edits))?;
        for (&i, p) in chunk.iter().zip(probs) {
            let Some(inv) = tables.invoices.get(i as usize) else {
                continue;
            };
            predictions.push(prediction(
                i,
                inv,
                p,
                as_of,
                settings,
                policy_of.get(&i).cloned(),
            ));
        }
    }
    if !policy_of.is_empty() {
        // The same invoices without their policies, so the screens can show what the policies
        // change.
        let mut changed: Vec<u32> = policy_of.keys().copied().collect();
        changed.sort_unstable();
        let snapshots = Snapshot::all_on(changed.iter().copied(), as_of);
        let (_, _, probs) = model.predict(tables, catalogue, &snapshots, None)?;
        let without: std::collections::HashMap<u32, Vec<f64>> =
            changed.into_iter().zip(probs).collect();
        for p in &mut predictions {
            if let Some(probs) = without.get(&p.invoice) {
                p.expected_without_policy = Some(probs.iter().map(|q| q * p.open_amount).collect());
            }
        }
    }
    progress(Progress::new(Message::new("Scored"), 1.0));
    Ok(Scored { as_of, predictions })
}

/// Days invoice `invoice` is past its due date on `date` (negative before it).
fn days_overdue(tables: &Tables, invoice: u32, date: NaiveDate) -> i64 {
    tables
        .invoices
        .get(invoice as usize)
        .map_or(0, |inv| (date - inv.due_date).num_days())
}

/// For an invoice whose bucket is already certain on `date` (past every other bucket's last
/// day), the one factor that decides it.
fn certain(model: &Model, tables: &Tables, invoice: u32, date: NaiveDate) -> Option<Factor> {
    let inv = tables.invoices.get(invoice as usize)?;
    let overdue = (date - inv.due_date).num_days();
    if model.buckets.undecided(overdue) {
        return None;
    }
    let last = model.buckets.count() - 1;
    let mut per_bucket = vec![0.0; model.buckets.count()];
    if let Some(p) = per_bucket.get_mut(last) {
        *p = f64::INFINITY;
    }
    Some(Factor {
        key: "age.days_overdue".to_string(),
        name: tr("Days past due").to_string(),
        text: if model.buckets.two_buckets {
            trf(
                "{days} days past due: late for certain",
                &[("days", &overdue)],
            )
        } else {
            trf(
                "{days} days past due, more than {n} days: very late for certain",
                &[("days", &overdue), ("n", &model.buckets.late_days)],
            )
        },
        per_bucket,
        toward: last,
        strength: f64::INFINITY,
    })
}

/// The top `n` factors of one open invoice's prediction on `date`. Builds the field catalogue,
/// which reads the whole data set: callers that explain more than once keep one and call
/// [`explain_with`].
pub fn explain(
    model: &Model,
    tables: &Tables,
    invoice: u32,
    date: NaiveDate,
    n: usize,
) -> Result<Vec<Factor>, ModelError> {
    if let Some(f) = certain(model, tables, invoice, date) {
        return Ok(vec![f]);
    }
    let catalogue = Catalogue::build(tables, &model.buckets);
    explain_with(model, tables, &catalogue, invoice, date, n)
}

/// [`explain`] with the catalogue of `tables` for the model's buckets already built, so one
/// invoice costs one row's features, not a pass over the data.
pub fn explain_with(
    model: &Model,
    tables: &Tables,
    catalogue: &Catalogue,
    invoice: u32,
    date: NaiveDate,
    n: usize,
) -> Result<Vec<Factor>, ModelError> {
    if let Some(f) = certain(model, tables, invoice, date) {
        return Ok(vec![f]);
    }
    let snapshots = [Snapshot { invoice, date }];
    let (table, x, _) = model.predict(tables, catalogue, &snapshots, None)?;
    let overdue = days_overdue(tables, invoice, date);
    Ok(x.rows()
        .into_iter()
        .next()
        .map(|z| top_factors(model, catalogue, &table, 0, z, n, overdue))
        .unwrap_or_default())
}

/// Probabilities and top factors of one row.
pub type Explained = (Vec<f64>, Vec<Factor>);

/// Scores `snapshots` and explains each with its top `n` factors (batch form for exports and
/// the benchmark).
pub fn score_and_explain(
    model: &Model,
    tables: &Tables,
    catalogue: &Catalogue,
    snapshots: &[Snapshot],
    n: usize,
) -> Result<Vec<Explained>, ModelError> {
    use rayon::prelude::*;
    let mut out = Vec::with_capacity(snapshots.len());
    for chunk in snapshots.chunks(BATCH) {
        let (table, x, probs) = model.predict(tables, catalogue, chunk, None)?;
        // Rows are explained independently, so they are spread over the cores, each worker with
        // its own reusable buffers.
        let explained: Vec<Explained> = probs
            .into_par_iter()
            .zip(chunk)
            .enumerate()
            .with_min_len(crate::model::PARALLEL_MIN_ROWS)
            .map_init(
                || Explainer::new(model, catalogue),
                |explainer, (row, (p, s))| {
                    let factors = match certain(model, tables, s.invoice, s.date) {
                        Some(f) => vec![f],
                        None => explainer.top(
                            &table,
                            row,
                            x.row(row),
                            n,
                            days_overdue(tables, s.invoice, s.date),
                        ),
                    };
                    (p, factors)
                },
            )
            .collect();
        out.extend(explained);
    }
    Ok(out)
}
