//! What a prediction is: the probabilities of one open invoice with its winning bucket, flag
//! and expected amounts, the analyst's settings that shape them, all open invoices scored, and
//! what the policies in effect change. Types only, so scoring, policies, what-if and the
//! customer view share them without depending on each other.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::model::metrics::winner;

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
