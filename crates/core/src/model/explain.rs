//! Explanations. For a logistic regression on standardised columns, a field's contribution to
//! each bucket's logit relative to an average invoice is exactly its coefficients times its
//! z-values, and the contributions plus the intercepts add up to the logits. The largest ones are
//! told in plain words ("Customer paid 62% of past invoices 1–30 days late", toward Late).

use ndarray::ArrayView1;
use serde::Serialize;

use crate::data::format::{count, money, percent};
use crate::i18n::{tr, trf};
use crate::model::Model;
use crate::model::features::{FeatureTable, MISSING, RawColumn};
use crate::model::fields::{Catalogue, Field, Kind, MONTHS, overdue_band_shown};

/// One field's push on one prediction.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Factor {
    pub key: String,
    pub name: String,
    /// The field's value in plain words.
    pub text: String,
    /// Contribution to each bucket's logit (relative to an average invoice).
    pub per_bucket: Vec<f64>,
    /// The bucket it pushes toward most.
    pub toward: usize,
    /// max − min of `per_bucket`: how much it moves the odds between buckets (log-odds).
    pub strength: f64,
}

/// Every design field's contribution to each bucket's logit for standardised row `z`. The sum
/// over fields plus the intercepts equals [`Model::logits`].
pub fn contributions(model: &Model, z: ArrayView1<f64>) -> Vec<Vec<f64>> {
    let k = model.intercept.len();
    let mut flat = Vec::new();
    contributions_into(model, z, &mut flat);
    flat.chunks(k.max(1)).map(<[f64]>::to_vec).collect()
}

/// [`contributions`] into a reused buffer: field `f`'s contribution to bucket `b` at
/// `f * buckets + b`.
fn contributions_into(model: &Model, z: ArrayView1<f64>, out: &mut Vec<f64>) {
    match &model.additive {
        Some(additive) => additive.contributions_into(&model.design, model.intercept.len(), z, out),
        None => linear_contributions_into(&model.design, &model.coef, z, out),
    }
}

/// [`contributions_into`] of a logistic regression (`coef[bucket][column]` on `design`'s
/// columns): coefficients times z-values.
pub(crate) fn linear_contributions_into(
    design: &crate::model::design::Design,
    coef: &[Vec<f64>],
    z: ArrayView1<f64>,
    out: &mut Vec<f64>,
) {
    let k = coef.len();
    out.clear();
    out.resize(design.fields.len() * k, 0.0);
    let copied: Vec<f64>;
    let z = match z.as_slice() {
        Some(slice) => slice,
        None => {
            copied = z.to_vec();
            &copied
        }
    };
    let mut col0 = 0;
    for (f, field) in design.fields.iter().enumerate() {
        let width = field.columns.len();
        let end = col0 + width;
        for (b, w) in coef.iter().enumerate() {
            let (Some(w), Some(x)) = (w.get(col0..end), z.get(col0..end)) else {
                continue;
            };
            if let Some(cell) = out.get_mut(f * k + b) {
                *cell = w.iter().zip(x).map(|(w, x)| w * x).sum();
            }
        }
        col0 = end;
    }
}

/// How much a field moves the odds between the buckets still possible, from `first` on (max −
/// min of its contributions to them).
fn strength(per_bucket: &[f64], first: usize) -> f64 {
    let possible = per_bucket.get(first..).unwrap_or(&[]);
    if possible.len() < 2 {
        return 0.0;
    }
    let max = possible.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let min = possible.iter().copied().fold(f64::INFINITY, f64::min);
    max - min
}

/// The possible bucket (from `first` on) a contribution pushes toward most, relative to its
/// mean over them.
fn toward(per_bucket: &[f64], first: usize) -> usize {
    let possible = per_bucket.get(first..).unwrap_or(&[]);
    let mean = possible.iter().sum::<f64>() / possible.len().max(1) as f64;
    possible
        .iter()
        .enumerate()
        .max_by(|a, b| (a.1 - mean).total_cmp(&(b.1 - mean)))
        .map_or(first, |(k, _)| first + k)
}

/// Fields that are one fact for a reader: the first is told as part of the second (the band
/// of days past due is the days past due in coarser steps, so "8–15 days past due" pushing
/// toward Late and "14 days past due" pushing toward Very late would read as a contradiction).
const TOLD_WITH: [(&str, &str); 1] = [("age.overdue_band", "age.days_overdue")];

/// Explains many rows of one model: the work that does not depend on the row (where each design
/// field sits in the catalogue) is done once, and the per-row buffers are reused.
pub struct Explainer<'a> {
    model: &'a Model,
    catalogue: &'a Catalogue,
    /// Catalogue index of each design field.
    index: Vec<Option<usize>>,
    /// Design fields told as part of another one (the past-due band as part of the days past
    /// due): (field, the one it is told with).
    told_with: Vec<(usize, usize)>,
    contributions: Vec<f64>,
    order: Vec<(f64, usize)>,
    /// How an additive model's bins are read from a row (none for a logistic regression).
    readers: Option<crate::model::additive::Readers>,
}

impl<'a> Explainer<'a> {
    pub fn new(model: &'a Model, catalogue: &'a Catalogue) -> Self {
        let index = model
            .design
            .fields
            .iter()
            .map(|d| catalogue.fields.iter().position(|f| f.key == d.key))
            .collect();
        let position = |key: &str| model.design.fields.iter().position(|d| d.key == key);
        let told_with = TOLD_WITH
            .iter()
            .filter_map(|(part, whole)| Some((position(part)?, position(whole)?)))
            .collect();
        Explainer {
            model,
            catalogue,
            index,
            told_with,
            contributions: Vec::new(),
            order: Vec::new(),
            readers: model
                .additive
                .as_ref()
                .map(|_| crate::model::additive::Readers::of(&model.design)),
        }
    }

    /// The `n` strongest factors of row `row` (standardised values `z`), strongest first. Fields
    /// that say the same thing (the days past due and their band; every history field of a
    /// customer without history) are told once, with their contributions added up. Strength and
    /// direction count only the buckets still possible for an invoice `days_overdue` days past
    /// due: once on time is missed, what matters is late against very late.
    pub fn top(
        &mut self,
        table: &FeatureTable,
        row: usize,
        z: ArrayView1<f64>,
        n: usize,
        days_overdue: i64,
    ) -> Vec<Factor> {
        let model = self.model;
        let k = model.intercept.len().max(1);
        let first = model.buckets.first_possible(days_overdue);
        match (&model.additive, &self.readers) {
            (Some(additive), Some(readers)) => {
                additive.contributions_with(readers, k, z, &mut self.contributions);
            }
            _ => contributions_into(model, z, &mut self.contributions),
        }
        for &(part, whole) in &self.told_with {
            for b in 0..k {
                let moved = self
                    .contributions
                    .get_mut(part * k + b)
                    .map_or(0.0, std::mem::take);
                if let Some(cell) = self.contributions.get_mut(whole * k + b) {
                    *cell += moved;
                }
            }
        }
        let all = &self.contributions;
        self.order.clear();
        self.order.extend(
            all.chunks(k)
                .enumerate()
                .map(|(f, per_bucket)| (strength(per_bucket, first), f)),
        );
        // A few more than `n` candidates, in case some of them merge.
        let candidates = (n + 3).min(self.order.len());
        if candidates > 0 && candidates < self.order.len() {
            self.order
                .select_nth_unstable_by(candidates - 1, |a, b| b.0.total_cmp(&a.0));
            self.order.truncate(candidates);
        }
        self.order.sort_by(|a, b| b.0.total_cmp(&a.0));
        let mut factors: Vec<Factor> = Vec::with_capacity(n);
        for &(_, f) in &self.order {
            let (Some(field), Some(per_bucket)) =
                (model.design.fields.get(f), all.get(f * k..(f + 1) * k))
            else {
                continue;
            };
            let text = match self.index.get(f).copied().flatten() {
                Some(index) => {
                    let fact = describe_at(model, self.catalogue, table, row, index);
                    let present = table.columns.get(index).is_some_and(|c| {
                        !matches!(c, RawColumn::Category(_)) && !c.number(row).is_nan()
                    });
                    match typical(field).and_then(|t| typical_text(&field.key, t)) {
                        // What the contribution compares with: the average invoice learned from.
                        Some(typical) if present => trf(
                            "{fact} (average invoice: {typical})",
                            &[("fact", &fact), ("typical", &typical)],
                        ),
                        _ => fact,
                    }
                }
                None => field.key.clone(),
            };
            if let Some(same) = factors.iter_mut().find(|x| x.text == text) {
                for (a, b) in same.per_bucket.iter_mut().zip(per_bucket) {
                    *a += b;
                }
                same.strength = strength(&same.per_bucket, first);
                same.toward = toward(&same.per_bucket, first);
                continue;
            }
            if factors.len() == n {
                break;
            }
            factors.push(Factor {
                key: field.key.clone(),
                name: field.name.clone(),
                text,
                per_bucket: per_bucket.to_vec(),
                toward: toward(per_bucket, first),
                strength: strength(per_bucket, first),
            });
        }
        factors.sort_by(|a, b| b.strength.total_cmp(&a.strength));
        factors
    }
}

/// The `n` strongest factors of row `row` (standardised values `z`) of an invoice
/// `days_overdue` days past due, strongest first.
pub fn top_factors(
    model: &Model,
    catalogue: &Catalogue,
    table: &FeatureTable,
    row: usize,
    z: ArrayView1<f64>,
    n: usize,
    days_overdue: i64,
) -> Vec<Factor> {
    Explainer::new(model, catalogue).top(table, row, z, n, days_overdue)
}

/// The raw value of an average training row for a numeric design field: the mean of its value
/// column, undone from its transform.
fn typical(field: &crate::model::design::DesignField) -> Option<f64> {
    let column = field
        .columns
        .iter()
        .find(|c| matches!(c.role, crate::model::design::Role::Value))?;
    let raw = match field.transform {
        crate::model::fields::Transform::None => column.mean,
        crate::model::fields::Transform::Log => column.mean.exp_m1(),
    };
    raw.is_finite().then_some(raw)
}

/// An average value of field `key` in the words of its reason, for the comparison a reason
/// makes ("average invoice: 31 days late"); `None` for fields whose reason is a yes/no or a
/// category.
fn typical_text(key: &str, v: f64) -> Option<String> {
    let late_or_early = |v: f64| {
        if v > 0.5 {
            trf("{days} late", &[("days", &days(v))])
        } else if v < -0.5 {
            trf("{days} early", &[("days", &days(-v))])
        } else {
            tr("on the due date").to_string()
        }
    };
    Some(match key {
        "history.avg_days_late" | "history.recent_days_late" => late_or_early(v),
        "history.share_late"
        | "history.share_very_late"
        | "history.share_late_amount"
        | "history.share_very_late_amount"
        | "exposure.credit_use" => percent(v),
        "invoice.amount"
        | "exposure.open_balance"
        | "exposure.overdue_balance"
        | "exposure.credit_limit" => money(v),
        "invoice.terms_days"
        | "age.days"
        | "history.days_since_payment"
        | "history.tenure_days"
        | "exposure.oldest_overdue_days" => days(v),
        "history.settled_count" | "exposure.open_count" => count(v.round().max(0.0) as usize),
        "invoice.amount_vs_average" => format!("{v:.1}×"),
        _ => return None,
    })
}

fn days(n: f64) -> String {
    // Whole days as an integer: formatting a float with no decimals is many times slower.
    let n = n.round() as i64;
    // `unsigned_abs`: a value saturated to i64::MIN has no positive counterpart to negate to.
    if n.unsigned_abs() == 1 {
        trf("{n} day", &[("n", &n)])
    } else {
        trf("{n} days", &[("n", &n)])
    }
}

/// The value of field `key` at `row`, in plain words.
pub fn describe(
    model: &Model,
    catalogue: &Catalogue,
    table: &FeatureTable,
    row: usize,
    key: &str,
) -> String {
    match catalogue.fields.iter().position(|f| f.key == key) {
        Some(index) => describe_at(model, catalogue, table, row, index),
        None => key.to_string(),
    }
}

/// The value of the catalogue's field `index` at `row`, in plain words.
fn describe_at(
    model: &Model,
    catalogue: &Catalogue,
    table: &FeatureTable,
    row: usize,
    index: usize,
) -> String {
    let (Some(field), Some(column)) = (catalogue.fields.get(index), table.columns.get(index))
    else {
        return String::new();
    };
    let n_late = model.buckets.late_days;
    if let (RawColumn::Category(codes), Kind::Category { levels }) = (column, &field.kind) {
        let code = codes.get(row).copied().unwrap_or(MISSING);
        return describe_category(field, levels, code, n_late);
    }
    let v = column.number(row);
    if v.is_nan() {
        return describe_missing(field);
    }
    describe_number(field, v, n_late)
}

/// A category field's level (`code` into `levels`), in plain words.
fn describe_category(field: &Field, levels: &[String], code: u32, n_late: u32) -> String {
    let key = field.key.as_str();
    let name = field.name.as_str();
    let level = levels.get(code as usize).cloned();
    match (key, level) {
        ("invoice.month", _) => trf(
            "Issued in {month}",
            &[(
                "month",
                &MONTHS
                    .get(code as usize)
                    .copied()
                    .map_or_else(|| tr("an unknown month"), tr),
            )],
        ),
        ("invoice.currency", Some(l)) => trf("Invoiced in {currency}", &[("currency", &l)]),
        ("customer.group", Some(l)) => trf("Customer group: {group}", &[("group", &l)]),
        ("customer.region", Some(l)) => trf("Country / region: {region}", &[("region", &l)]),
        ("age.overdue_band", Some(l)) => overdue_band_shown(n_late, &l),
        (_, Some(l)) => trf("{field}: {value}", &[("field", &name), ("value", &l)]),
        (_, None) => trf("{field}: not given", &[("field", &name)]),
    }
}

/// A number field without a value, in plain words: for the history, the reason it has none.
fn describe_missing(field: &Field) -> String {
    let key = field.key.as_str();
    let name = field.name.as_str();
    match key {
        k if k.starts_with("history.") && k != "history.days_since_payment" => {
            tr("No paid invoices from this customer yet").to_string()
        }
        "history.days_since_payment" => tr("Customer has not paid anything yet").to_string(),
        "invoice.amount_vs_average" => tr("First invoice of this customer").to_string(),
        // The same words as the flag's, so the two facts about one reminder merge.
        "invoice.reminder_days_before_due" => tr("No payment reminder sent yet").to_string(),
        _ => trf("{field}: not given", &[("field", &name)]),
    }
}

/// A number field's value `v`, in plain words.
fn describe_number(field: &Field, v: f64, n_late: u32) -> String {
    let key = field.key.as_str();
    let name = field.name.as_str();
    let yes = v >= 0.5;
    let d = |x: f64| days(x);
    let n = &n_late;
    match key {
        "age.days" => trf("Invoice is {days} old", &[("days", &d(v))]),
        // The log-scale field says the same fact, so the two merge into one reason.
        "age.days_to_due" | "age.days_to_due_log" if v >= 0.0 => {
            trf("Due in {days}", &[("days", &d(v))])
        }
        "age.days_to_due" | "age.days_to_due_log" => {
            trf("Due date passed {days} ago", &[("days", &d(-v))])
        }
        "age.days_overdue" if v <= 0.0 => tr("Not yet due").to_string(),
        "age.days_overdue" => trf("{days} past due", &[("days", &d(v))]),
        "invoice.amount" => trf("Invoice amount {amount}", &[("amount", &money(v))]),
        "invoice.amount_vs_average" => trf(
            "Invoice is {times}× the customer's average",
            &[("times", &crate::data::format::decimal(v, 1))],
        ),
        "invoice.terms_days" => trf("Payment terms {days}", &[("days", &d(v))]),
        "invoice.discount_pct" if v <= 0.0 => tr("No cash discount offered").to_string(),
        "invoice.discount_pct" => trf(
            "{percent}% cash discount offered",
            &[("percent", &crate::data::format::decimal(v, 1))],
        ),
        "invoice.discount_days" if v <= 0.0 => tr("No cash discount window").to_string(),
        "invoice.discount_days" => trf("Discount if paid within {days}", &[("days", &d(v))]),
        "invoice.disputed" if yes => tr("Invoice is disputed").to_string(),
        "invoice.disputed" => tr("Invoice is not disputed").to_string(),
        "invoice.electronic" if yes => tr("Sent electronically").to_string(),
        "invoice.electronic" => tr("Sent on paper").to_string(),
        "invoice.reminded" if yes => tr("A payment reminder has been sent").to_string(),
        "invoice.reminded" => tr("No payment reminder sent yet").to_string(),
        "invoice.reminder_days_before_due" if v > 0.5 => {
            trf("Reminded {days} before the due date", &[("days", &d(v))])
        }
        "invoice.reminder_days_before_due" => tr("Reminded on the due date").to_string(),
        "invoice.quarter_end" if yes => tr("Issued in the last two weeks of a quarter").to_string(),
        "invoice.quarter_end" => tr("Not issued at a quarter end").to_string(),
        "invoice.year_end" if yes => tr("Issued in the last two weeks of the year").to_string(),
        "invoice.year_end" => tr("Not issued at year end").to_string(),
        "history.settled_count" if v < 0.5 => {
            tr("No paid invoices from this customer yet").to_string()
        }
        "history.settled_count" => trf(
            "Customer has paid {count} invoices before",
            &[("count", &count(v.round().max(0.0) as usize))],
        ),
        "history.share_late" => trf(
            "Customer paid {share} of past invoices 1–{n} days late",
            &[("share", &percent(v)), ("n", n)],
        ),
        "history.share_very_late" => trf(
            "Customer paid {share} of past invoices more than {n} days late",
            &[("share", &percent(v)), ("n", n)],
        ),
        "history.share_late_amount" => trf(
            "{share} of the customer's past amount came 1–{n} days late",
            &[("share", &percent(v)), ("n", n)],
        ),
        "history.share_very_late_amount" => trf(
            "{share} of the customer's past amount came more than {n} days late",
            &[("share", &percent(v)), ("n", n)],
        ),
        "history.avg_days_late" if v > 0.5 => {
            trf("Customer pays {days} late on average", &[("days", &d(v))])
        }
        "history.avg_days_late" if v < -0.5 => {
            trf("Customer pays {days} early on average", &[("days", &d(-v))])
        }
        "history.avg_days_late" => tr("Customer pays on the due date on average").to_string(),
        "history.recent_days_late" if v > 0.5 => trf(
            "Recent invoices paid {days} late on average",
            &[("days", &d(v))],
        ),
        "history.recent_days_late" if v < -0.5 => trf(
            "Recent invoices paid {days} early on average",
            &[("days", &d(-v))],
        ),
        "history.recent_days_late" => {
            tr("Recent invoices paid on the due date on average").to_string()
        }
        "history.days_since_payment" => trf("Customer last paid {days} ago", &[("days", &d(v))]),
        "history.tenure_days" if v >= 730.0 => trf(
            "Customer for {years} years",
            &[("years", &crate::data::format::decimal(v / 365.25, 1))],
        ),
        "history.tenure_days" => trf("Customer for {days}", &[("days", &d(v))]),
        "exposure.open_balance" => trf(
            "Customer's open invoices total {amount}",
            &[("amount", &money(v))],
        ),
        "exposure.overdue_balance" if v <= 0.0 => {
            tr("Nothing overdue for this customer").to_string()
        }
        "exposure.overdue_balance" => trf(
            "Customer's overdue invoices total {amount}",
            &[("amount", &money(v))],
        ),
        "exposure.open_count" => trf(
            "Customer has {count} open invoices",
            &[("count", &count(v.round().max(0.0) as usize))],
        ),
        "exposure.oldest_overdue_days" if v <= 0.0 => tr("No overdue invoices").to_string(),
        "exposure.oldest_overdue_days" => trf(
            "Oldest overdue invoice is {days} past due",
            &[("days", &d(v))],
        ),
        "exposure.credit_limit" => trf("Credit limit {amount}", &[("amount", &money(v))]),
        "exposure.credit_use" => trf(
            "Customer uses {share} of its credit limit",
            &[("share", &percent(v))],
        ),
        _ => {
            let value = if matches!(field.kind, Kind::Flag) {
                tr(if yes { "yes" } else { "no" }).to_string()
            } else {
                trim_number(v)
            };
            trf("{field}: {value}", &[("field", &name), ("value", &value)])
        }
    }
}

fn trim_number(v: f64) -> String {
    if (v - v.round()).abs() < 1e-9 {
        format!("{v:.0}")
    } else {
        crate::data::format::decimal(v, 2)
    }
}

#[cfg(test)]
mod tests {
    use super::days;

    #[test]
    fn days_of_any_size_are_told_without_overflow() {
        assert_eq!(days(1.0), "1 day");
        assert_eq!(days(-1.2), "-1 day");
        assert_eq!(days(12.0), "12 days");
        // Saturated from a value no feature should hold: said, not an overflow panic.
        assert_eq!(days(-1e300), format!("{} days", i64::MIN));
        assert_eq!(days(f64::INFINITY), format!("{} days", i64::MAX));
    }
}
