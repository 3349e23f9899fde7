//! What-if: a scenario changes actionable parameters of some open invoices (one invoice, one
//! customer's, or all matching a filter), the model re-scores them, and the result compares
//! before and after per invoice and in total, with the cost of a cash discount against its
//! benefits. A scenario can be saved as a policy that later scoring applies to new invoices.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::data::progress::{Cancel, Progress};
use crate::data::tables::{Invoice, Tables};
use crate::i18n::{Arg, Message};
pub use crate::insights::policy::{
    Changes, Filter, InvalidChange, MAX_CHANGE_VALUE, MAX_DISCOUNT_PCT, MAX_TERMS_DAYS, Policy,
    apply_changes,
};
use crate::insights::predict::{Prediction, Settings, prediction};
use crate::model::features::{Edits, Snapshot};
use crate::model::{Catalogue, Model, ModelError};

/// Why a what-if could not run: a change outside its allowed range, or the model's own error.
#[derive(Debug, Error)]
pub enum WhatIfError {
    #[error(transparent)]
    Invalid(#[from] InvalidChange),
    #[error(transparent)]
    Model(#[from] ModelError),
}

/// The scope of a scenario.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    /// One invoice by id.
    Invoice(String),
    /// One customer's open invoices by customer id.
    Customer(String),
    /// All open invoices matching the filter.
    Filter(Filter),
}

/// A what-if scenario.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Scenario {
    #[serde(default)]
    pub name: String,
    pub scope: Scope,
    pub changes: Changes,
}

/// One invoice before and after.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct InvoiceEffect {
    pub invoice: u32,
    pub before: Prediction,
    pub after: Prediction,
    /// Expected discount cost: amount × discount × P(discount taken).
    pub discount_cost: f64,
    /// Value of receiving the cash sooner: amount × cost of capital × days sooner / 365.
    pub earlier_cash_benefit: f64,
    /// Fewer very late: amount × bad-debt rate × (P(very late) before − after).
    pub bad_debt_benefit: f64,
    /// Expected days from the as-of date to payment, before and after.
    pub days_to_cash_before: f64,
    pub days_to_cash_after: f64,
}

/// The whole comparison.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct WhatIf {
    pub scenario: Scenario,
    pub invoices: Vec<InvoiceEffect>,
    /// Expected open amount per bucket, before and after.
    pub total_before: Vec<f64>,
    pub total_after: Vec<f64>,
    pub discount_cost: f64,
    pub earlier_cash_benefit: f64,
    pub bad_debt_benefit: f64,
    /// Benefits minus cost.
    pub net_benefit: f64,
    /// The formula used, put into words when shown.
    pub formula: Message,
    /// Changes whose effect the model cannot tell, and values outside the training range.
    pub warnings: Vec<Message>,
}

/// Which model fields a change acts through (key, and the value it sets when a number, for
/// the range check), with a name for messages. The model can tell a change's effect when it
/// uses any of its fields.
pub(crate) type ChangeFields = Vec<(Message, Vec<(String, Option<f64>)>)>;

/// The fields each of `changes` acts through (see [`ChangeFields`]).
pub(crate) fn change_fields(changes: &Changes) -> ChangeFields {
    let one = |key: &str, value: Option<f64>| vec![(key.to_string(), value)];
    let mut out = Vec::new();
    if let Some(p) = changes.discount_pct {
        out.push((
            Message::new("cash discount"),
            one("invoice.discount_pct", Some(p)),
        ));
    }
    if let Some(d) = changes.discount_days {
        out.push((
            Message::new("discount days"),
            one("invoice.discount_days", Some(f64::from(d))),
        ));
    }
    // Terms act through the terms and the days left to the due date.
    let terms = |value: Option<f64>| {
        vec![
            ("invoice.terms_days".to_string(), value),
            ("age.days_to_due".to_string(), None),
        ]
    };
    if let Some(t) = changes.terms_days {
        out.push((Message::new("payment terms"), terms(Some(f64::from(t)))));
    }
    if changes.terms_change_days.is_some() {
        out.push((Message::new("payment terms"), terms(None)));
    }
    if changes.electronic.is_some() {
        out.push((
            Message::new("electronic billing"),
            one("invoice.electronic", None),
        ));
    }
    if changes.resolve_dispute {
        out.push((
            Message::new("dispute resolved"),
            one("invoice.disputed", None),
        ));
    }
    if let Some(l) = changes.credit_limit {
        out.push((
            Message::new("credit limit"),
            vec![
                ("exposure.credit_limit".to_string(), Some(l)),
                ("exposure.credit_use".to_string(), None),
            ],
        ));
    }
    if let Some(days) = changes.remind_days_before_due {
        // Whether the invoice was reminded, and how many days before due the reminder went out.
        out.push((
            Message::new("reminder"),
            vec![
                ("invoice.reminded".to_string(), None),
                (
                    "invoice.reminder_days_before_due".to_string(),
                    Some(f64::from(days)),
                ),
            ],
        ));
    }
    for (key, v) in &changes.fields {
        out.push((Message::new("field"), one(key, Some(*v))));
    }
    out
}

/// What the open invoices in a scope have now, so the form can show it next to each change (a
/// new discount replaces the one an invoice already has).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Now {
    pub invoices: usize,
    /// Invoices with a cash discount, and the range of their percents and days.
    pub with_discount: usize,
    pub discount_pct: Option<(f64, f64)>,
    pub discount_days: Option<(i32, i32)>,
    /// Range of the payment terms in days.
    pub terms_days: Option<(i64, i64)>,
    /// Invoices sent electronically, and invoices disputed.
    pub electronic: usize,
    pub disputed: usize,
    /// Invoices already reminded (by the as-of date).
    pub reminded: usize,
    /// Range of the credit limits of the scope's customers that have one.
    pub credit_limit: Option<(f64, f64)>,
}

fn widen<T: PartialOrd + Copy>(range: &mut Option<(T, T)>, v: T) {
    *range = Some(match *range {
        None => (v, v),
        Some((lo, hi)) => (if v < lo { v } else { lo }, if v > hi { v } else { hi }),
    });
}

/// What the open invoices of `scope` have now. `current` are the latest predictions (filters
/// may select by them).
pub fn now(tables: &Tables, scope: &Scope, current: &[Prediction]) -> Now {
    let mut now = Now::default();
    let mut customers: Vec<u32> = Vec::new();
    for i in scoped(tables, scope, current) {
        let Some(inv) = tables.invoices.get(i as usize) else {
            continue;
        };
        now.invoices += 1;
        if let Some(pct) = inv.discount_pct.filter(|p| *p > 0.0) {
            now.with_discount += 1;
            widen(&mut now.discount_pct, pct);
            if let Some(days) = inv.discount_days {
                widen(&mut now.discount_days, days);
            }
        }
        widen(&mut now.terms_days, inv.terms_days());
        now.electronic += usize::from(inv.electronic == Some(true));
        now.disputed += usize::from(inv.disputed == Some(true));
        now.reminded += usize::from(inv.reminder_date.is_some_and(|d| d <= tables.as_of));
        customers.push(inv.customer);
    }
    customers.sort_unstable();
    customers.dedup();
    for c in customers {
        if let Some(limit) = tables
            .customers
            .get(c as usize)
            .and_then(|c| c.credit_limit)
        {
            widen(&mut now.credit_limit, limit);
        }
    }
    now
}

/// The scenario's open invoices. A customer's id is looked up once and predictions are
/// looked up only for a filter: the What-if form asks again at every change of its scope.
fn scoped(tables: &Tables, scope: &Scope, current: &[Prediction]) -> Vec<u32> {
    let open = || tables.open_invoices().map(|(i, inv)| (i as u32, inv));
    match scope {
        Scope::Invoice(id) => open()
            .filter(|(_, inv)| &inv.id == id)
            .map(|(i, _)| i)
            .collect(),
        Scope::Customer(id) => match tables.customers.iter().position(|c| &c.id == id) {
            Some(customer) => open()
                .filter(|(_, inv)| inv.customer as usize == customer)
                .map(|(i, _)| i)
                .collect(),
            None => Vec::new(),
        },
        Scope::Filter(f) => {
            let pred_of: std::collections::HashMap<u32, &Prediction> =
                current.iter().map(|p| (p.invoice, p)).collect();
            open()
                .filter(|(i, inv)| {
                    f.matches(tables, inv, pred_of.get(i).map(|p| (p.bucket, p.flagged)))
                })
                .map(|(i, _)| i)
                .collect()
        }
    }
}

/// Expected days from `as_of` to payment: days to the due date plus, per bucket, its
/// probability times the bucket's expected days late given how long the invoice is already
/// past due.
fn days_to_cash(model: &Model, inv: &Invoice, probs: &[f64], as_of: NaiveDate) -> f64 {
    let overdue = (as_of - inv.due_date).num_days();
    let late: f64 = probs
        .iter()
        .enumerate()
        // Past every paid invoice of a bucket: taken as tomorrow, the same before and after.
        .map(|(b, p)| {
            p * model
                .behaviour
                .expected_days_late(b, overdue)
                .unwrap_or(overdue as f64 + 1.0)
        })
        .sum();
    (late - overdue as f64).max(0.0)
}

/// Runs a scenario against the model. `current` are the current predictions (for filters on
/// bucket or flag). A change outside its allowed range ([`Changes::validate`]) is refused.
pub fn what_if(
    model: &Model,
    tables: &Tables,
    scenario: &Scenario,
    settings: &Settings,
    current: &[Prediction],
    progress: &dyn Fn(Progress),
    cancel: &Cancel,
) -> Result<WhatIf, WhatIfError> {
    // Checked before the catalogue is built (a pass over the data), so a change outside its
    // range is refused at once; `what_if_with` checks again for its own callers.
    scenario.changes.validate()?;
    let catalogue = Catalogue::build(tables, &model.buckets);
    what_if_with(
        model, tables, &catalogue, scenario, settings, current, progress, cancel,
    )
}

/// What a scenario cannot tell well: fields the model does not use, values outside the range
/// it learned from, no invoice in scope, invoices whose bucket is already certain.
fn scenario_warnings(
    model: &Model,
    tables: &Tables,
    catalogue: &Catalogue,
    scenario: &Scenario,
    ids: &[u32],
) -> Vec<Message> {
    let as_of = tables.as_of;
    let mut warnings = Vec::new();
    for (what, fields) in change_fields(&scenario.changes) {
        let used: Vec<_> = fields
            .iter()
            .filter_map(|(key, value)| Some((key, value, model.design.field(key)?)))
            .collect();
        if used.is_empty() {
            let key = fields.first().map_or("", |(key, _)| key.as_str());
            warnings.push(
                Message::new("The model does not use \"{name}\" (not selected, or it never varied in the training data), so it cannot tell the effect of changing the {what}.")
                    .arg("name", catalogue.name_of(key))
                    .arg("what", what),
            );
        }
        for (key, value, df) in used {
            warnings.extend(outside_range(catalogue.name_of(key), *value, df.range));
        }
    }
    if ids.is_empty() {
        warnings.push(Message::new(
            "No open invoice matches the scenario's scope.",
        ));
    }
    let certain = ids
        .iter()
        .filter_map(|&i| tables.invoices.get(i as usize))
        .filter(|inv| !model.buckets.undecided((as_of - inv.due_date).num_days()))
        .count();
    if certain > 0 {
        warnings.push(
            Message::new("{certain} of the {total} invoices are already more than {late_days} days past due: their bucket is certain and no change can move it.")
                .arg("certain", certain)
                .arg("total", ids.len())
                .arg("late_days", model.buckets.late_days),
        );
    }
    warnings
}

/// The warning for a changed value outside the range the model saw in training, if it is.
pub(crate) fn outside_range(
    name: Message,
    value: Option<f64>,
    range: Option<(f64, f64)>,
) -> Option<Message> {
    let (Some(v), Some((lo, hi))) = (value, range) else {
        return None;
    };
    (v < lo || v > hi).then(|| {
        Message::new("{name} = {v} is outside the range seen in training ({lo}–{hi}); the effect is an extrapolation.")
            .arg("name", name)
            .arg("v", Arg::Number(v))
            .arg("lo", Arg::Number(lo))
            .arg("hi", Arg::Number(hi))
    })
}

/// How the cost and the benefits are worked out, with this model's and settings' rates.
fn cost_formula(model: &Model, settings: &Settings) -> Message {
    let take_rate = model.behaviour.discount_take_rate.unwrap_or(1.0);
    Message::new(
        "discount cost = amount × discount % × P(on time after) × {take_rate}% (share of on-time payers who take an offered discount{assumed}); \
             earlier cash = amount × {cost_of_capital}% a year × days sooner / 365; \
             fewer very late = amount × {bad_debt_rate}% bad-debt rate × (P(very late) before − after)",
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

/// [`what_if`] with the catalogue of `tables` for the model's buckets already built (the
/// analysis keeps one). The changes are checked here too.
#[allow(clippy::too_many_arguments)]
pub fn what_if_with(
    model: &Model,
    tables: &Tables,
    catalogue: &Catalogue,
    scenario: &Scenario,
    settings: &Settings,
    current: &[Prediction],
    progress: &dyn Fn(Progress),
    cancel: &Cancel,
) -> Result<WhatIf, WhatIfError> {
    scenario.changes.validate()?;
    let as_of = tables.as_of;
    let ids = scoped(tables, &scenario.scope, current);
    let warnings = scenario_warnings(model, tables, catalogue, scenario, &ids);
    let mut edits = Edits::default();
    for &i in &ids {
        if let Some(inv) = tables.invoices.get(i as usize) {
            let mut changed = inv.clone();
            apply_changes(&scenario.changes, &mut changed, &mut edits, inv.customer, i);
            edits.invoices.insert(i, changed);
        }
    }
    let snapshots = Snapshot::all_on(ids.iter().copied(), as_of);
    progress(Progress::new(
        Message::new("Scoring before the change"),
        0.1,
    ));
    let (_, _, before) = model.predict(tables, catalogue, &snapshots, None)?;
    if cancel.is_cancelled() {
        return Err(ModelError::Cancelled.into());
    }
    progress(Progress::new(Message::new("Scoring after the change"), 0.5));
    let (_, _, after) = model.predict(tables, catalogue, &snapshots, Some(&edits))?;
    let take_rate = model.behaviour.discount_take_rate.unwrap_or(1.0);
    let k = model.buckets.count();
    let mut result = WhatIf {
        scenario: scenario.clone(),
        invoices: Vec::with_capacity(ids.len()),
        total_before: vec![0.0; k],
        total_after: vec![0.0; k],
        discount_cost: 0.0,
        earlier_cash_benefit: 0.0,
        bad_debt_benefit: 0.0,
        net_benefit: 0.0,
        formula: cost_formula(model, settings),
        warnings,
    };
    for ((&i, pb), pa) in ids.iter().zip(before).zip(after) {
        let (Some(inv), Some(changed)) = (tables.invoices.get(i as usize), edits.invoices.get(&i))
        else {
            continue;
        };
        let before = prediction(i, inv, pb, as_of, settings, None);
        let after = prediction(i, changed, pa, as_of, settings, None);
        let amount = before.open_amount;
        let discount_cost = changed.discount_pct.unwrap_or(0.0) / 100.0
            * amount
            * after.probs.first().copied().unwrap_or(0.0)
            * take_rate
            - inv.discount_pct.unwrap_or(0.0) / 100.0
                * amount
                * before.probs.first().copied().unwrap_or(0.0)
                * take_rate;
        let days_before = days_to_cash(model, inv, &before.probs, as_of);
        let days_after = days_to_cash(model, changed, &after.probs, as_of);
        let earlier_cash_benefit =
            amount * settings.cost_of_capital * (days_before - days_after) / 365.0;
        let vl = |p: &Prediction| {
            if k > 2 {
                p.probs.get(2).copied().unwrap_or(0.0)
            } else {
                0.0
            }
        };
        let bad_debt_benefit = amount * settings.bad_debt_rate * (vl(&before) - vl(&after));
        for (t, v) in result.total_before.iter_mut().zip(&before.expected) {
            *t += v;
        }
        for (t, v) in result.total_after.iter_mut().zip(&after.expected) {
            *t += v;
        }
        result.discount_cost += discount_cost;
        result.earlier_cash_benefit += earlier_cash_benefit;
        result.bad_debt_benefit += bad_debt_benefit;
        result.invoices.push(InvoiceEffect {
            invoice: i,
            before,
            after,
            discount_cost,
            earlier_cash_benefit,
            bad_debt_benefit,
            days_to_cash_before: days_before,
            days_to_cash_after: days_after,
        });
    }
    result.net_benefit =
        result.earlier_cash_benefit + result.bad_debt_benefit - result.discount_cost;
    // Largest change in P(on time) first.
    result.invoices.sort_by(|a, b| {
        let d = |e: &InvoiceEffect| {
            (e.after.probs.first().copied().unwrap_or(0.0)
                - e.before.probs.first().copied().unwrap_or(0.0))
            .abs()
        };
        d(b).total_cmp(&d(a))
    });
    progress(Progress::new(Message::new("What-if done"), 1.0));
    Ok(result)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn invoice() -> Invoice {
        let invoice_date = NaiveDate::from_ymd_opt(2026, 3, 1).unwrap_or_default();
        Invoice {
            id: "I1".to_string(),
            customer: 0,
            invoice_date,
            due_date: invoice_date + chrono::Duration::days(30),
            amount: 100.0,
            currency: None,
            discount_pct: None,
            discount_days: None,
            disputed: None,
            electronic: None,
            reminder_date: None,
            dunning_level: None,
            settled_date: None,
            paid_amount: 0.0,
            trainable: true,
        }
    }

    #[test]
    fn changes_outside_their_ranges_are_refused_with_the_value() {
        let terms = |t: i32| Changes {
            terms_days: Some(t),
            ..Changes::default()
        };
        assert_eq!(terms(0).validate(), Ok(()));
        assert_eq!(terms(MAX_TERMS_DAYS).validate(), Ok(()));
        for value in [2_000_000_000, -1, i32::MIN, MAX_TERMS_DAYS + 1] {
            assert_eq!(
                terms(value).validate(),
                Err(InvalidChange::TermsDays { value })
            );
        }
        let discount = |pct: f64, days: Option<i32>| Changes {
            discount_pct: Some(pct),
            discount_days: days,
            ..Changes::default()
        };
        assert_eq!(discount(2.0, Some(10)).validate(), Ok(()));
        assert_eq!(discount(100.0, Some(0)).validate(), Ok(()));
        assert_eq!(
            discount(100.5, None).validate(),
            Err(InvalidChange::DiscountPct { value: 100.5 })
        );
        assert_eq!(
            discount(-2.0, None).validate(),
            Err(InvalidChange::DiscountPct { value: -2.0 })
        );
        assert!(matches!(
            discount(f64::NAN, None).validate(),
            Err(InvalidChange::DiscountPct { .. })
        ));
        assert_eq!(
            discount(2.0, Some(-5)).validate(),
            Err(InvalidChange::DiscountDays { value: -5 })
        );
        assert_eq!(
            discount(2.0, Some(4000)).validate(),
            Err(InvalidChange::DiscountDays { value: 4000 })
        );
        // Discount days within the terms, when both change.
        let both = Changes {
            terms_days: Some(30),
            ..discount(2.0, Some(45))
        };
        assert_eq!(
            both.validate(),
            Err(InvalidChange::DiscountAfterTerms {
                value: 45,
                terms_days: 30
            })
        );
        let limit = |value: f64| Changes {
            credit_limit: Some(value),
            ..Changes::default()
        };
        assert_eq!(limit(50_000.0).validate(), Ok(()));
        assert_eq!(
            limit(-1.0).validate(),
            Err(InvalidChange::CreditLimit { value: -1.0 })
        );
        assert_eq!(
            limit(f64::INFINITY).validate(),
            Err(InvalidChange::CreditLimit {
                value: f64::INFINITY
            })
        );
        let field = Changes {
            fields: vec![
                ("invoice.x".to_string(), 1.0),
                ("invoice.y".to_string(), 1e300),
            ],
            ..Changes::default()
        };
        assert_eq!(
            field.validate(),
            Err(InvalidChange::Field {
                key: "invoice.y".to_string(),
                value: 1e300
            })
        );
    }

    #[test]
    fn the_message_says_which_value_and_the_allowed_range() {
        let text = InvalidChange::TermsDays {
            value: 2_000_000_000,
        }
        .to_string();
        assert_eq!(
            text,
            "Payment terms of 2000000000 days are outside the allowed range of 0 to 3650 days."
        );
        assert_eq!(
            InvalidChange::CreditLimit { value: -1.0 }.to_string(),
            "A credit limit of -1 is outside the allowed range of 0 to 1,000,000,000,000,000."
        );
        let swedish = r#"{"A cash discount of {value}% is outside the allowed range of 0 to {max}%.": "En kassarabatt på {value}% ligger utanför det tillåtna intervallet 0 till {max}%."}"#;
        let text = crate::i18n::test_catalogue::with(swedish, || {
            InvalidChange::DiscountPct { value: 150.0 }.to_string()
        });
        assert_eq!(
            text,
            "En kassarabatt på 150% ligger utanför det tillåtna intervallet 0 till 100%."
        );
    }

    #[test]
    fn unchecked_extreme_terms_leave_the_due_date_as_it_was() {
        // apply_changes is also reached by policies; a due date past the calendar's end is
        // never computed, whatever the value.
        for terms in [i32::MAX, i32::MIN, 2_000_000_000, -2_000_000_000] {
            let mut inv = invoice();
            let changes = Changes {
                terms_days: Some(terms),
                ..Changes::default()
            };
            apply_changes(&changes, &mut inv, &mut Edits::default(), 0, 0);
            assert_eq!(inv.due_date, invoice().due_date, "{terms}");
        }
        let mut inv = invoice();
        let changes = Changes {
            terms_days: Some(60),
            ..Changes::default()
        };
        apply_changes(&changes, &mut inv, &mut Edits::default(), 0, 0);
        assert_eq!(inv.terms_days(), 60);
    }

    #[test]
    fn a_reminder_before_due_is_checked_against_its_range() {
        let remind = |days: i32| Changes {
            remind_days_before_due: Some(days),
            ..Changes::default()
        };
        assert_eq!(remind(0).validate(), Ok(()));
        assert_eq!(remind(5).validate(), Ok(()));
        assert_eq!(remind(MAX_TERMS_DAYS).validate(), Ok(()));
        for value in [-1, MAX_TERMS_DAYS + 1, i32::MIN, i32::MAX] {
            assert_eq!(
                remind(value).validate(),
                Err(InvalidChange::RemindDaysBeforeDue { value })
            );
        }
        assert_eq!(
            InvalidChange::RemindDaysBeforeDue { value: -3 }.to_string(),
            "A reminder -3 days before the due date is outside the allowed range of 0 to 3650 days."
        );
    }

    #[test]
    fn a_planned_reminder_goes_out_before_the_new_due_date_and_never_before_the_invoice() {
        use crate::model::features::reminder_seen;
        let day = |d: i64| invoice().invoice_date + chrono::Duration::days(d);
        let changes = Changes {
            terms_days: Some(45),
            remind_days_before_due: Some(5),
            ..Changes::default()
        };
        let mut inv = invoice();
        let mut edits = Edits::default();
        apply_changes(&changes, &mut inv, &mut edits, 0, 7);
        // Relative to the changed due date (day 45), marked as a plan for invoice 7.
        assert_eq!(inv.reminder_date, Some(day(40)));
        assert!(edits.planned_reminders.contains(&7));
        // Scored before its day, the row sees it on its day; after it, sent that day; past
        // the due date, not at all.
        assert_eq!(reminder_seen(&inv, day(10), true), Some(day(40)));
        assert_eq!(reminder_seen(&inv, day(43), true), Some(day(43)));
        assert_eq!(reminder_seen(&inv, day(45), true), Some(day(45)));
        assert_eq!(reminder_seen(&inv, day(46), true), None);
        assert_eq!(reminder_seen(&inv, day(46), false), None);
        // A recorded reminder is seen only from its day on.
        assert_eq!(reminder_seen(&inv, day(10), false), None);
        assert_eq!(reminder_seen(&inv, day(40), false), Some(day(40)));
        // More days than the terms: on the invoice date.
        let mut inv = invoice();
        let early = Changes {
            remind_days_before_due: Some(90),
            ..Changes::default()
        };
        apply_changes(&early, &mut inv, &mut Edits::default(), 0, 0);
        assert_eq!(inv.reminder_date, Some(inv.invoice_date));
        // Unchecked and past the calendar: nothing planned, no panic.
        let mut inv = invoice();
        let mut edits = Edits::default();
        let odd = Changes {
            remind_days_before_due: Some(i32::MIN),
            ..Changes::default()
        };
        apply_changes(&odd, &mut inv, &mut edits, 0, 0);
        assert_eq!(inv.reminder_date, None);
        assert!(edits.planned_reminders.is_empty());
    }
}
