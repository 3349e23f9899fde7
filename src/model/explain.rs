//! Explanations. For a logistic regression on standardised columns, a field's contribution to
//! each bucket's logit relative to an average invoice is exactly its coefficients times its
//! z-values, and the contributions plus the intercepts add up to the logits. The largest ones are
//! told in plain words ("Customer paid 62% of past invoices 1–30 days late", toward Late).

use ndarray::ArrayView1;
use serde::Serialize;

use crate::data::format::{money, percent};
use crate::model::Model;
use crate::model::features::{FeatureTable, MISSING, RawColumn};
use crate::model::fields::{Catalogue, Kind, MONTHS};

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
    let mut out = Vec::with_capacity(model.design.fields.len());
    let mut col0 = 0;
    for field in &model.design.fields {
        let width = field.columns.len();
        out.push(
            model
                .coef
                .iter()
                .map(|w| {
                    (col0..col0 + width)
                        .map(|j| {
                            w.get(j).copied().unwrap_or(0.0) * z.get(j).copied().unwrap_or(0.0)
                        })
                        .sum()
                })
                .collect(),
        );
        col0 += width;
    }
    out
}

/// The `n` strongest factors of row `row` (standardised values `z`), strongest first.
pub fn top_factors(
    model: &Model,
    catalogue: &Catalogue,
    table: &FeatureTable,
    row: usize,
    z: ArrayView1<f64>,
    n: usize,
) -> Vec<Factor> {
    // Rank by strength first; names and words only for the ones shown.
    let all = contributions(model, z);
    let mut ranked: Vec<(f64, usize)> = all
        .iter()
        .enumerate()
        .map(|(f, per_bucket)| {
            let max = per_bucket.iter().copied().fold(f64::NEG_INFINITY, f64::max);
            let min = per_bucket.iter().copied().fold(f64::INFINITY, f64::min);
            (max - min, f)
        })
        .collect();
    ranked.sort_by(|a, b| b.0.total_cmp(&a.0));
    ranked.truncate(n);
    let mut factors: Vec<Factor> = ranked
        .into_iter()
        .filter_map(|(strength, f)| {
            let field = model.design.fields.get(f)?;
            let per_bucket = all.get(f)?.clone();
            let mean = per_bucket.iter().sum::<f64>() / per_bucket.len().max(1) as f64;
            let toward = per_bucket
                .iter()
                .enumerate()
                .max_by(|a, b| (a.1 - mean).total_cmp(&(b.1 - mean)))
                .map_or(0, |(k, _)| k);
            Some(Factor {
                key: field.key.clone(),
                name: field.name.clone(),
                text: String::new(),
                per_bucket,
                toward,
                strength,
            })
        })
        .collect();
    // Words only for the ones shown.
    for f in &mut factors {
        f.text = describe(model, catalogue, table, row, &f.key);
    }
    factors
}

fn days(n: f64) -> String {
    let n = n.round();
    if n.abs() == 1.0 {
        format!("{n:.0} day")
    } else {
        format!("{n:.0} days")
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
    let Some(index) = catalogue.fields.iter().position(|f| f.key == key) else {
        return key.to_string();
    };
    let (Some(field), Some(column)) = (catalogue.fields.get(index), table.columns.get(index))
    else {
        return key.to_string();
    };
    let n_late = model.buckets.late_days;
    if let (RawColumn::Category(codes), Kind::Category { levels }) = (column, &field.kind) {
        let code = codes.get(row).copied().unwrap_or(MISSING);
        let level = levels.get(code as usize).cloned();
        return match (key, level) {
            ("invoice.month", _) => format!(
                "Issued in {}",
                MONTHS
                    .get(code as usize)
                    .copied()
                    .unwrap_or("an unknown month")
            ),
            ("invoice.currency", Some(l)) => format!("Invoiced in {l}"),
            ("customer.group", Some(l)) => format!("Customer group: {l}"),
            ("customer.region", Some(l)) => format!("Country / region: {l}"),
            ("age.overdue_band", Some(l)) => l,
            (_, Some(l)) => format!("{}: {l}", field.name),
            (_, None) => format!("{}: not given", field.name),
        };
    }
    let v = column.number(row);
    if v.is_nan() {
        return match key {
            k if k.starts_with("history.") && k != "history.days_since_payment" => {
                "No paid invoices from this customer yet".to_string()
            }
            "history.days_since_payment" => "Customer has not paid anything yet".to_string(),
            "invoice.amount_vs_average" => "First invoice of this customer".to_string(),
            _ => format!("{}: not given", field.name),
        };
    }
    let yes = v >= 0.5;
    match key {
        "age.days" => format!("Invoice is {} old", days(v)),
        "age.days_to_due" if v >= 0.0 => format!("Due in {}", days(v)),
        "age.days_to_due" => format!("Due date passed {} ago", days(-v)),
        "age.days_overdue" if v <= 0.0 => "Not yet due".to_string(),
        "age.days_overdue" => format!("{} past due", days(v)),
        "invoice.amount" => format!("Invoice amount {}", money(v)),
        "invoice.amount_vs_average" => format!("Invoice is {v:.1}× the customer's average"),
        "invoice.terms_days" => format!("Payment terms {}", days(v)),
        "invoice.discount_pct" if v <= 0.0 => "No cash discount offered".to_string(),
        "invoice.discount_pct" => format!("{v:.1}% cash discount offered"),
        "invoice.discount_days" if v <= 0.0 => "No cash discount window".to_string(),
        "invoice.discount_days" => format!("Discount if paid within {}", days(v)),
        "invoice.disputed" if yes => "Invoice is disputed".to_string(),
        "invoice.disputed" => "Invoice is not disputed".to_string(),
        "invoice.electronic" if yes => "Sent electronically".to_string(),
        "invoice.electronic" => "Sent on paper".to_string(),
        "invoice.quarter_end" if yes => "Issued in the last two weeks of a quarter".to_string(),
        "invoice.quarter_end" => "Not issued at a quarter end".to_string(),
        "invoice.year_end" if yes => "Issued in the last two weeks of the year".to_string(),
        "invoice.year_end" => "Not issued at year end".to_string(),
        "history.settled_count" if v < 0.5 => "No paid invoices from this customer yet".to_string(),
        "history.settled_count" => format!("Customer has paid {v:.0} invoices before"),
        "history.share_late" => format!(
            "Customer paid {} of past invoices 1–{n_late} days late",
            percent(v)
        ),
        "history.share_very_late" => format!(
            "Customer paid {} of past invoices more than {n_late} days late",
            percent(v)
        ),
        "history.share_late_amount" => format!(
            "{} of the customer's past amount came 1–{n_late} days late",
            percent(v)
        ),
        "history.share_very_late_amount" => format!(
            "{} of the customer's past amount came more than {n_late} days late",
            percent(v)
        ),
        "history.avg_days_late" if v > 0.5 => format!("Customer pays {} late on average", days(v)),
        "history.avg_days_late" if v < -0.5 => {
            format!("Customer pays {} early on average", days(-v))
        }
        "history.avg_days_late" => "Customer pays on the due date on average".to_string(),
        "history.recent_days_late" if v > 0.5 => {
            format!("Recent invoices paid {} late on average", days(v))
        }
        "history.recent_days_late" if v < -0.5 => {
            format!("Recent invoices paid {} early on average", days(-v))
        }
        "history.recent_days_late" => "Recent invoices paid on the due date on average".to_string(),
        "history.days_since_payment" => format!("Customer last paid {} ago", days(v)),
        "history.tenure_days" if v >= 730.0 => format!("Customer for {:.1} years", v / 365.25),
        "history.tenure_days" => format!("Customer for {}", days(v)),
        "exposure.open_balance" => format!("Customer owes {} in open invoices", money(v)),
        "exposure.overdue_balance" if v <= 0.0 => "Nothing overdue for this customer".to_string(),
        "exposure.overdue_balance" => format!("Customer has {} overdue", money(v)),
        "exposure.open_count" => format!("Customer has {v:.0} open invoices"),
        "exposure.oldest_overdue_days" if v <= 0.0 => "No overdue invoices".to_string(),
        "exposure.oldest_overdue_days" => format!("Oldest overdue invoice is {} past due", days(v)),
        "exposure.credit_limit" => format!("Credit limit {}", money(v)),
        "exposure.credit_use" => format!("Customer uses {} of its credit limit", percent(v)),
        _ => {
            if matches!(field.kind, Kind::Flag) {
                format!("{}: {}", field.name, if yes { "yes" } else { "no" })
            } else {
                format!("{}: {}", field.name, trim_number(v))
            }
        }
    }
}

fn trim_number(v: f64) -> String {
    if (v - v.round()).abs() < 1e-9 {
        format!("{v:.0}")
    } else {
        format!("{v:.2}")
    }
}
