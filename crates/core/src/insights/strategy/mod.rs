//! Strategies: named sets of changes (the What-if's [`Changes`]) compared side by side on one
//! scope of invoices, each against "No change": the expected amounts per bucket, days to cash
//! and DSO, the discount's cost against the value of the earlier cash and the bad-debt saving
//! ([`value`]), its annualised cost, the cost per extra unit paid on time, and whether the data
//! can tell at all. Then the best strategy per customer, a budget, a holdout and the policies
//! that act on the choice ([`choose`]).
//!
//! Every figure is the model's estimate: a model learned how invoices *with* a discount were
//! paid, not what a discount does. A lever the training data never varied has no evidence and
//! is never ranked; a strategy whose net value is within the noise of No change (judged by
//! resampling the scope's customers) is "too close to call".
//!
//! Scoring K strategies shares what they do not change: the customers' histories (the costly
//! part of the features) are worked out once; each strategy only recomputes the invoice's own
//! fields, the matrix and the probabilities.

pub mod choose;
pub mod value;

use chrono::NaiveDate;
use rand::{Rng, SeedableRng};
use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::data::progress::{Cancel, Progress};
use crate::data::tables::{Invoice, Tables};
use crate::i18n::{Arg, Message};
use crate::insights::policy::{Changes, Filter, InvalidChange, apply_changes};
use crate::insights::predict::{Prediction, Settings};
use crate::insights::whatif::{change_fields, outside_range};
use crate::model::features::{Contexts, Edits, FeatureTable, Snapshot};
use crate::model::{Catalogue, LATEST_DAY_LATE, Model, ModelError};
pub use choose::{CustomerChoice, Selection, SelectionTotals};
use value::{Gain, Outlook, Rates, Worth, annualised_cost, worth};

/// How a strategy is called: the ready-made ones by what they do (named in the language of
/// the moment), the user's by their own name.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StrategyName {
    NoChange,
    /// A cash discount of `pct` percent within `days` days.
    Discount {
        pct: f64,
        days: i32,
    },
    /// Payment terms `days` days longer (negative: shorter).
    TermsChange {
        days: i32,
    },
    Electronic,
    ResolveDisputes,
    /// A reminder `days` days before the due date.
    Remind {
        days: i32,
    },
    Own(String),
}

impl StrategyName {
    /// The name, to be put into words when shown.
    pub fn message(&self) -> Message {
        match self {
            StrategyName::NoChange => Message::new("No change"),
            StrategyName::Discount { pct, days } => {
                Message::new("Cash discount {pct}% within {days} days")
                    .arg("pct", Arg::Number(*pct))
                    .arg("days", Arg::Whole(i64::from(*days)))
            }
            StrategyName::TermsChange { days } if *days < 0 => {
                Message::new("Payment terms {days} days shorter")
                    .arg("days", Arg::Whole(-i64::from(*days)))
            }
            StrategyName::TermsChange { days } => Message::new("Payment terms {days} days longer")
                .arg("days", Arg::Whole(i64::from(*days))),
            StrategyName::Electronic => Message::new("Electronic billing"),
            StrategyName::ResolveDisputes => Message::new("Disputes resolved"),
            StrategyName::Remind { days } => Message::new("Remind {days} days before due")
                .arg("days", Arg::Whole(i64::from(*days))),
            StrategyName::Own(name) => Message::verbatim(name),
        }
    }
}

impl std::fmt::Display for StrategyName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.message())
    }
}

/// A named set of changes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Strategy {
    pub name: StrategyName,
    pub changes: Changes,
}

impl Strategy {
    pub fn new(name: StrategyName, changes: Changes) -> Strategy {
        Strategy { name, changes }
    }

    fn no_change() -> Strategy {
        Strategy::new(StrategyName::NoChange, Changes::default())
    }
}

/// The discount days most invoices with a discount have (10 without any).
fn usual_discount_days(tables: &Tables) -> i32 {
    let mut counts = std::collections::BTreeMap::<i32, usize>::new();
    for inv in &tables.invoices {
        if inv.discount_pct.is_some_and(|p| p > 0.0)
            && let Some(days) = inv.discount_days
        {
            *counts.entry(days).or_default() += 1;
        }
    }
    counts
        .into_iter()
        .max_by_key(|&(days, n)| (n, std::cmp::Reverse(days)))
        .map_or(10, |(days, _)| days)
}

/// The median payment terms of the data's invoices.
fn usual_terms_days(tables: &Tables) -> i64 {
    let mut terms: Vec<i64> = tables.invoices.iter().map(Invoice::terms_days).collect();
    terms.sort_unstable();
    terms.get(terms.len() / 2).copied().unwrap_or(30)
}

/// The ready-made candidates, built from the data's own terms: 1%, 2% and 3% discounts within
/// the data's usual discount days (10 without any), terms 15 days shorter (when the usual terms
/// are longer than that), electronic billing, a reminder 5 days before due (proactive
/// collections: a zero-cost strategy belongs among the candidates) and disputes resolved.
pub fn ready_made(tables: &Tables) -> Vec<Strategy> {
    let days = usual_discount_days(tables);
    let mut out: Vec<Strategy> = [1.0, 2.0, 3.0]
        .into_iter()
        .map(|pct| discount(pct, days))
        .collect();
    if usual_terms_days(tables) > 15 {
        out.push(Strategy::new(
            StrategyName::TermsChange { days: -15 },
            Changes {
                terms_change_days: Some(-15),
                ..Changes::default()
            },
        ));
    }
    out.push(Strategy::new(
        StrategyName::Electronic,
        Changes {
            electronic: Some(true),
            ..Changes::default()
        },
    ));
    out.push(Strategy::new(
        StrategyName::Remind { days: 5 },
        Changes {
            remind_days_before_due: Some(5),
            ..Changes::default()
        },
    ));
    out.push(Strategy::new(
        StrategyName::ResolveDisputes,
        Changes {
            resolve_dispute: true,
            ..Changes::default()
        },
    ));
    out
}

/// A cash discount of `pct` percent within `days` days.
pub fn discount(pct: f64, days: i32) -> Strategy {
    Strategy::new(
        StrategyName::Discount { pct, days },
        Changes {
            discount_pct: Some(pct),
            discount_days: Some(days),
            ..Changes::default()
        },
    )
}

/// The most candidates a grid makes.
pub const MAX_GRID: usize = 60;

/// Discounts from `from` to `to` percent in steps of `step`, each within each of `days`: the
/// grid builder's candidates (at most [`MAX_GRID`]).
pub fn grid(from: f64, to: f64, step: f64, days: &[i32]) -> Vec<Strategy> {
    let mut out = Vec::new();
    if !(from.is_finite() && to.is_finite() && step.is_finite() && step > 0.0) {
        return out;
    }
    let steps = ((to - from) / step + 1e-9).floor();
    if steps < 0.0 {
        return out;
    }
    for i in 0..=(steps as usize).min(MAX_GRID) {
        // Rounded to a hundredth, so 0.1 steps read 0.3, not 0.30000000000000004.
        let pct = ((from + step * i as f64) * 100.0).round() / 100.0;
        for &d in days {
            if out.len() < MAX_GRID && pct > 0.0 {
                out.push(discount(pct, d));
            }
        }
    }
    out
}

/// Which invoices the strategies are compared on.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct StrategyScope {
    /// Which invoices (the customer field: one customer).
    pub filter: Filter,
    /// The invoices issued in the last [`NEW_INVOICE_DAYS`] days re-issued as of the data's
    /// date, as a stand-in for future orders, instead of the invoices open now.
    pub new_invoices: bool,
}

/// How far back the invoices re-issued as new ones go.
pub const NEW_INVOICE_DAYS: i64 = 90;

/// Why strategies could not be compared.
#[derive(Debug, Error)]
pub enum StrategyError {
    #[error(
        "{}",
        crate::i18n::trf(
            "The strategy \"{name}\" cannot be compared: {problem}",
            &[("name", &.name), ("problem", &.problem)]
        )
    )]
    Invalid {
        name: String,
        problem: InvalidChange,
    },
    #[error(transparent)]
    Model(#[from] ModelError),
}

/// Whether the data can tell a strategy's effect.
#[derive(Clone, Debug, PartialEq)]
pub enum Evidence {
    /// The model uses every field the strategy changes.
    Some,
    /// The model does not use these levers (never varied in training, or not selected).
    None(Vec<Message>),
}

/// One strategy compared with No change.
#[derive(Clone, Debug, PartialEq)]
pub struct StrategyResult {
    pub strategy: Strategy,
    pub evidence: Evidence,
    /// Values outside the training range, invoices the change cannot reach.
    pub warnings: Vec<Message>,
    /// Expected amount per bucket, and its change against No change.
    pub expected: Vec<f64>,
    pub expected_change: Vec<f64>,
    /// Amount-weighted expected days from the as-of date to cash, and its change.
    pub days_to_cash: f64,
    pub days_change: f64,
    /// Change in DSO: Σ amount × change in days to cash ÷ the amount of all open invoices (of
    /// all new ones, for the new invoices).
    pub dso_change: f64,
    /// Against No change (all zero for No change itself).
    pub gain: Gain,
    /// The discount's yearly cost at the scope's median terms.
    pub annualised_cost: Option<f64>,
    /// The 5% and 95% points of the net value over resamples of the scope's customers.
    pub interval: (f64, f64),
    /// The interval holds zero: the data cannot tell it from No change.
    pub too_close: bool,
}

impl StrategyResult {
    /// Evidence, and not No change itself: may be ranked and chosen.
    pub fn ranked(&self) -> bool {
        self.evidence == Evidence::Some && self.strategy.name != StrategyName::NoChange
    }
}

/// Strategies compared on one scope.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    pub scope: StrategyScope,
    pub as_of: NaiveDate,
    /// Invoices compared, their open amount and their customers.
    pub invoices: usize,
    pub amount: f64,
    /// No change first.
    pub results: Vec<StrategyResult>,
    /// The ranked strategy of highest net value above zero (None: nothing beats No change).
    pub best: Option<usize>,
    /// The scope's customers (indices into the tables), in order.
    pub customers: Vec<u32>,
    /// `gains[strategy][customer]`: each customer's part of each strategy.
    pub gains: Vec<Vec<Gain>>,
    /// Per customer: the open invoices and amount in scope.
    pub customer_amounts: Vec<(usize, f64)>,
    /// The best strategy per customer.
    pub choices: Vec<CustomerChoice>,
    /// How the figures are worked out, with the rates used.
    pub formula: Message,
    /// How the noise is judged.
    pub noise: Message,
}

/// Resamples of the customers for the noise.
const RESAMPLES: usize = 400;
/// The seed of the resampling: the same comparison gives the same interval.
const NOISE_SEED: u64 = 20_261_207;

/// The invoices of `scope`: (index, the invoice as it is scored under No change).
fn scope_rows(
    tables: &Tables,
    scope: &StrategyScope,
    current: &[Prediction],
) -> Vec<(u32, Invoice)> {
    let as_of = tables.as_of;
    if scope.new_invoices {
        let first = as_of - chrono::Duration::days(NEW_INVOICE_DAYS);
        return tables
            .invoices
            .iter()
            .enumerate()
            .filter(|(_, inv)| inv.invoice_date > first && inv.invoice_date <= as_of)
            .filter(|(_, inv)| scope.filter.matches(tables, inv, None))
            .filter_map(|(i, inv)| Some((i as u32, reissued(inv, as_of)?)))
            .collect();
    }
    let predicted: std::collections::HashMap<u32, (usize, bool)> = current
        .iter()
        .map(|p| (p.invoice, (p.bucket, p.flagged)))
        .collect();
    tables
        .open_invoices()
        .filter(|(i, inv)| {
            scope
                .filter
                .matches(tables, inv, predicted.get(&(*i as u32)).copied())
        })
        .map(|(i, inv)| (i as u32, inv.clone()))
        .collect()
}

/// `inv` issued again on `as_of` with its terms, unpaid.
fn reissued(inv: &Invoice, as_of: NaiveDate) -> Option<Invoice> {
    let terms = chrono::TimeDelta::try_days(inv.terms_days())?;
    // A new invoice has been neither paid nor reminded yet.
    Some(Invoice {
        invoice_date: as_of,
        due_date: as_of.checked_add_signed(terms)?,
        settled_date: None,
        paid_amount: 0.0,
        reminder_date: None,
        dunning_level: None,
        ..inv.clone()
    })
}

/// `changes` applied to `base` as a strategy can apply them on `as_of`: a discount whose days
/// have passed cannot be offered any more (the invoice keeps its own), and new terms never move
/// a due date before `as_of` (an invoice is not made overdue after the fact). Says whether the
/// discount was out of reach.
fn applied(
    changes: &Changes,
    base: &Invoice,
    edits: &mut Edits,
    i: u32,
    as_of: NaiveDate,
) -> (Invoice, bool) {
    let mut changed = base.clone();
    apply_changes(changes, &mut changed, edits, base.customer, i);
    let mut out_of_reach = false;
    if changes.discount_pct.is_some_and(|p| p > 0.0) {
        let last = changed
            .invoice_date
            .checked_add_signed(chrono::TimeDelta::days(i64::from(
                changed.discount_days.unwrap_or(0),
            )));
        if last.is_none_or(|last| last < as_of) {
            changed.discount_pct = base.discount_pct;
            changed.discount_days = base.discount_days;
            out_of_reach = true;
        }
    }
    if changed.due_date < as_of && changed.due_date < base.due_date {
        changed.due_date = base.due_date.min(as_of);
    }
    (changed, out_of_reach)
}

/// Evidence and range warnings of one strategy's changes: a lever has evidence when the model
/// uses any of the fields it acts through.
fn judge(model: &Model, catalogue: &Catalogue, changes: &Changes) -> (Evidence, Vec<Message>) {
    let mut missing = Vec::new();
    let mut warnings = Vec::new();
    for (what, fields) in change_fields(changes) {
        let used: Vec<_> = fields
            .iter()
            .filter_map(|(key, value)| Some((key, value, model.design.field(key)?)))
            .collect();
        if used.is_empty() && !missing.contains(&what) {
            missing.push(what);
        }
        for (key, value, field) in used {
            warnings.extend(outside_range(catalogue.name_of(key), *value, field.range));
        }
    }
    let evidence = if missing.is_empty() {
        Evidence::Some
    } else {
        Evidence::None(missing)
    };
    (evidence, warnings)
}

/// The expected days late per bucket given the days already past due
/// ([`crate::model::Behaviour::expected_days_late`]), worked out once per comparison for every
/// day the history counts: each invoice of each strategy looks it up instead of summing the
/// counts again.
struct DaysLate {
    /// `table[bucket][days past due]` for 0..=[`LATEST_DAY_LATE`] + 1.
    table: Vec<Vec<Option<f64>>>,
}

impl DaysLate {
    fn of(model: &Model) -> DaysLate {
        let last = LATEST_DAY_LATE + 1;
        DaysLate {
            table: (0..model.buckets.count())
                .map(|b| {
                    (0..=last)
                        .map(|d| model.behaviour.expected_days_late(b, d))
                        .collect()
                })
                .collect(),
        }
    }

    fn get(&self, model: &Model, bucket: usize, overdue: i64) -> Option<f64> {
        let at = overdue.max(0) as usize;
        match self.table.get(bucket).and_then(|t| t.get(at)) {
            Some(days) => *days,
            None => model.behaviour.expected_days_late(bucket, overdue),
        }
    }

    /// Expected days from `as_of` to cash in each bucket for `inv` (the what-if's rule).
    fn bucket_days(&self, model: &Model, inv: &Invoice, as_of: NaiveDate) -> Vec<f64> {
        let overdue = (as_of - inv.due_date).num_days();
        (0..model.buckets.count())
            .map(|b| {
                let late = self.get(model, b, overdue).unwrap_or(overdue as f64 + 1.0);
                (late - overdue as f64).max(0.0)
            })
            .collect()
    }
}

/// The worth of one scored invoice.
fn invoice_worth(
    model: &Model,
    days_late: &DaysLate,
    inv: &Invoice,
    probs: &[f64],
    as_of: NaiveDate,
    rates: &Rates,
) -> Worth {
    let days = days_late.bucket_days(model, inv, as_of);
    let discount = inv.discount_pct.filter(|p| *p > 0.0).and_then(|pct| {
        let last =
            inv.invoice_date + chrono::TimeDelta::days(i64::from(inv.discount_days.unwrap_or(0)));
        let ahead = (last - as_of).num_days();
        (ahead >= 0).then_some((pct / 100.0, ahead as f64))
    });
    worth(
        &Outlook {
            amount: (inv.amount - inv.paid_amount).max(0.0),
            probs,
            days: &days,
            discount,
            very_late: (!model.buckets.two_buckets && model.buckets.count() > 2).then_some(2),
        },
        rates,
    )
}

/// What one strategy came to: per invoice summed, and per customer.
struct Scored {
    /// No change's features, kept for the other strategies.
    table: Option<FeatureTable>,
    total: Worth,
    expected: Vec<f64>,
    per_customer: Vec<Worth>,
    out_of_reach: usize,
}

/// The rows of one comparison and what every strategy shares.
struct Setup<'a> {
    model: &'a Model,
    tables: &'a Tables,
    catalogue: &'a Catalogue,
    rows: Vec<(u32, Invoice)>,
    /// Customer slot of each row.
    slot: Vec<usize>,
    customers: usize,
    snapshots: Vec<Snapshot>,
    contexts: Contexts,
    rates: Rates,
    days_late: DaysLate,
    new_invoices: bool,
}

impl Setup<'_> {
    /// Scores the rows under `changes`; with `base` (No change's features), only the columns a
    /// change can reach are computed again.
    fn score(&self, changes: &Changes, base: Option<&FeatureTable>) -> Result<Scored, ModelError> {
        let as_of = self.tables.as_of;
        let mut edits = Edits::default();
        let mut out_of_reach = 0;
        for (i, base) in &self.rows {
            let (changed, missed) = applied(changes, base, &mut edits, *i, as_of);
            out_of_reach += usize::from(missed);
            if self.new_invoices || changed != *base {
                edits.invoices.insert(*i, changed);
            }
        }
        let (table, _, probs) = match base {
            Some(base) => self.model.predict_changed(
                self.tables,
                self.catalogue,
                &self.snapshots,
                Some(&edits),
                &self.contexts,
                base,
            )?,
            None => self.model.predict_with(
                self.tables,
                self.catalogue,
                &self.snapshots,
                Some(&edits),
                &self.contexts,
            )?,
        };
        let k = self.model.buckets.count();
        let mut scored = Scored {
            table: base.is_none().then_some(table),
            total: Worth::default(),
            expected: vec![0.0; k],
            per_customer: vec![Worth::default(); self.customers],
            out_of_reach,
        };
        for (((i, base), p), &slot) in self.rows.iter().zip(&probs).zip(&self.slot) {
            let inv = edits.invoices.get(i).unwrap_or(base);
            let w = invoice_worth(self.model, &self.days_late, inv, p, as_of, &self.rates);
            for (e, q) in scored.expected.iter_mut().zip(p) {
                *e += w.amount * q;
            }
            scored.total.add(&w);
            if let Some(c) = scored.per_customer.get_mut(slot) {
                c.add(&w);
            }
        }
        Ok(scored)
    }
}

/// The 5% and 95% points of the sum of `values` over resamples of them (with replacement),
/// drawn with `rng`'s `draws` (shared by every strategy, so they are compared on the same
/// resamples).
fn interval(values: &[f64], draws: &[Vec<u32>]) -> (f64, f64) {
    if values.is_empty() || draws.is_empty() {
        return (0.0, 0.0);
    }
    let mut sums: Vec<f64> = draws
        .iter()
        .map(|d| {
            d.iter()
                .map(|&c| values.get(c as usize).copied().unwrap_or(0.0))
                .sum()
        })
        .collect();
    sums.sort_by(f64::total_cmp);
    let at = |q: f64| {
        let i = ((sums.len() - 1) as f64 * q).round() as usize;
        sums.get(i).copied().unwrap_or(0.0)
    };
    (at(0.05), at(0.95))
}

/// What a strategy's figures are measured against: the amount of the whole population of the
/// scope (for the DSO) and the scope's median terms (for the annualised cost).
struct Denominators {
    book: f64,
    median_terms: i64,
}

/// One strategy's result against No change (`reference`), and each customer's part of it.
fn result_of(
    setup: &Setup,
    strategy: &Strategy,
    baseline: bool,
    scored: &Scored,
    reference: &Scored,
    by: &Denominators,
    draws: &[Vec<u32>],
) -> (StrategyResult, Vec<Gain>) {
    let (model, catalogue) = (setup.model, setup.catalogue);
    let (book, median_terms) = (by.book, by.median_terms);
    let (evidence, mut warnings) = judge(model, catalogue, &strategy.changes);
    if scored.out_of_reach > 0 {
        warnings.push(
                Message::new("{count} of the {total} invoices are past the discount's days: the offer cannot reach them and they keep their terms.")
                    .arg("count", Arg::Count(scored.out_of_reach))
                    .arg("total", Arg::Count(setup.rows.len())),
            );
    }
    let gain = scored.total.against(&reference.total);
    let per_customer: Vec<Gain> = scored
        .per_customer
        .iter()
        .zip(&reference.per_customer)
        .map(|(w, b)| w.against(b))
        .collect();
    let nets: Vec<f64> = per_customer.iter().map(|g| g.net_value).collect();
    let interval = interval(&nets, draws);
    let amount = scored.total.amount;
    let days_to_cash = if amount > 0.0 {
        scored.total.amount_days / amount
    } else {
        0.0
    };
    let reference_days = if reference.total.amount > 0.0 {
        reference.total.amount_days / reference.total.amount
    } else {
        0.0
    };
    let annualised = strategy.changes.discount_pct.and_then(|pct| {
        let terms =
            median_terms as f64 + f64::from(strategy.changes.terms_change_days.unwrap_or(0));
        let terms = strategy.changes.terms_days.map_or(terms, f64::from);
        annualised_cost(
            pct / 100.0,
            terms,
            f64::from(strategy.changes.discount_days.unwrap_or(10)),
        )
    });
    let result = StrategyResult {
        strategy: strategy.clone(),
        evidence,
        warnings,
        expected_change: scored
            .expected
            .iter()
            .zip(&reference.expected)
            .map(|(a, b)| a - b)
            .collect(),
        expected: scored.expected.clone(),
        days_to_cash,
        days_change: days_to_cash - reference_days,
        dso_change: if book > 0.0 {
            gain.amount_days_change / book
        } else {
            0.0
        },
        gain,
        annualised_cost: annualised,
        too_close: !baseline && interval.0 <= 0.0 && interval.1 >= 0.0,
        interval,
    };
    (result, per_customer)
}

/// Compares `strategies` (No change is added first) on `scope` with the model, the settings'
/// rates and the current predictions (filters may select by bucket or flag).
#[allow(clippy::too_many_arguments)]
pub fn compare(
    model: &Model,
    tables: &Tables,
    catalogue: &Catalogue,
    scope: &StrategyScope,
    strategies: &[Strategy],
    settings: &Settings,
    current: &[Prediction],
    progress: &dyn Fn(Progress),
    cancel: &Cancel,
) -> Result<Comparison, StrategyError> {
    for s in strategies {
        s.changes
            .validate()
            .map_err(|problem| StrategyError::Invalid {
                name: s.name.to_string(),
                problem,
            })?;
    }
    let as_of = tables.as_of;
    let rows = scope_rows(tables, scope, current);
    let mut customers: Vec<u32> = rows.iter().map(|(_, inv)| inv.customer).collect();
    customers.sort_unstable();
    customers.dedup();
    let slot: Vec<usize> = rows
        .iter()
        .map(|(_, inv)| customers.binary_search(&inv.customer).unwrap_or(0))
        .collect();
    let mut customer_amounts = vec![(0usize, 0.0); customers.len()];
    for ((_, inv), &s) in rows.iter().zip(&slot) {
        if let Some(c) = customer_amounts.get_mut(s) {
            c.0 += 1;
            c.1 += (inv.amount - inv.paid_amount).max(0.0);
        }
    }
    progress(Progress::new(
        Message::new("Reading the customers' histories"),
        0.05,
    ));
    let snapshots = Snapshot::all_on(rows.iter().map(|(i, _)| *i), as_of);
    let setup = Setup {
        model,
        tables,
        catalogue,
        contexts: Contexts::of(tables, &model.buckets, &snapshots),
        snapshots,
        slot,
        customers: customers.len(),
        rows,
        rates: Rates {
            cost_of_capital: settings.cost_of_capital,
            bad_debt_rate: settings.bad_debt_rate,
            take_rate: model.behaviour.discount_take_rate.unwrap_or(1.0),
        },
        days_late: DaysLate::of(model),
        new_invoices: scope.new_invoices,
    };
    let all: Vec<Strategy> = std::iter::once(Strategy::no_change())
        .chain(strategies.iter().cloned())
        .collect();
    // The DSO change is measured against the whole population the scope is drawn from (all
    // open invoices, or all new ones): the change if the strategy applied to the scope and the
    // rest stayed as it is.
    let population = StrategyScope {
        filter: Filter::default(),
        new_invoices: scope.new_invoices,
    };
    let book: f64 = scope_rows(tables, &population, &[])
        .iter()
        .map(|(_, inv)| (inv.amount - inv.paid_amount).max(0.0))
        .sum();
    let median_terms = {
        let mut t: Vec<i64> = setup.rows.iter().map(|(_, inv)| inv.terms_days()).collect();
        t.sort_unstable();
        t.get(t.len() / 2).copied().unwrap_or(30)
    };
    // The same resamples of the customers for every strategy.
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(NOISE_SEED);
    let n = customers.len();
    let draws: Vec<Vec<u32>> = if n == 0 {
        Vec::new()
    } else {
        (0..RESAMPLES)
            .map(|_| (0..n).map(|_| rng.gen_range(0..n as u32)).collect())
            .collect()
    };
    let mut results = Vec::with_capacity(all.len());
    let mut gains = Vec::with_capacity(all.len());
    let mut base: Option<Scored> = None;
    for (s, strategy) in all.iter().enumerate() {
        if cancel.is_cancelled() {
            return Err(ModelError::Cancelled.into());
        }
        progress(Progress::new(
            Message::new("Scoring strategy {n} of {total}")
                .arg("n", Arg::Count(s + 1))
                .arg("total", Arg::Count(all.len())),
            0.1 + 0.85 * s as f32 / all.len() as f32,
        ));
        let scored = setup.score(
            &strategy.changes,
            base.as_ref().and_then(|b| b.table.as_ref()),
        )?;
        let reference = base.as_ref().unwrap_or(&scored);
        let (result, per_customer) = result_of(
            &setup,
            strategy,
            s == 0,
            &scored,
            reference,
            &Denominators { book, median_terms },
            &draws,
        );
        results.push(result);
        gains.push(per_customer);
        if base.is_none() {
            base = Some(scored);
        }
    }
    let best = results
        .iter()
        .enumerate()
        .filter(|(_, r)| r.ranked() && r.gain.net_value > 0.0)
        .max_by(|a, b| a.1.gain.net_value.total_cmp(&b.1.gain.net_value))
        .map(|(i, _)| i);
    let choices = choose::best_per_customer(&results, &gains, &customers, &customer_amounts);
    progress(Progress::new(Message::new("Strategies compared"), 1.0));
    Ok(Comparison {
        scope: scope.clone(),
        as_of,
        invoices: setup.rows.len(),
        amount: customer_amounts.iter().map(|c| c.1).sum(),
        results,
        best,
        customers,
        gains,
        customer_amounts,
        choices,
        formula: formula(model, settings),
        noise: Message::new("Too close to call: the net value's range over {resamples} resamples of the customers in scope (5% to 95%) includes zero. It shows how much the total rests on a few customers, not the model's own uncertainty.")
            .arg("resamples", Arg::Count(RESAMPLES)),
    })
}

/// How the comparison's figures are worked out, with the rates used.
fn formula(model: &Model, settings: &Settings) -> Message {
    let take_rate = model.behaviour.discount_take_rate.unwrap_or(1.0);
    Message::new(
        "Each invoice's value = amount × Σ over buckets of P(bucket) × ((1 − discount taken) ÷ (1 + {cost_of_capital}%)^(days to cash ÷ 365) − loss); \
         the discount is taken on its last day by {take_rate}% of on-time payers{assumed}; loss = {bad_debt_rate}% of very late amounts. \
         Net value = value − value with No change = earlier cash + fewer very late − discount cost, in present values (the What-if shows the first-order form of the same parts). \
         Change in DSO = Σ amount × change in days to cash ÷ the amount of all open invoices (of all new ones, for new invoices).",
    )
    .arg("take_rate", Arg::Decimal(take_rate * 100.0, 0))
    .arg(
        "assumed",
        if model.behaviour.discount_take_rate.is_none() {
            Message::new(", assumed: no discounts in the data")
        } else {
            Message::verbatim("")
        },
    )
    .arg("cost_of_capital", Arg::Decimal(settings.cost_of_capital * 100.0, 1))
    .arg("bad_debt_rate", Arg::Decimal(settings.bad_debt_rate * 100.0, 1))
}

#[cfg(test)]
mod tests;
