//! Extra columns as fields: each of the user's own columns offered as a number, flag or
//! category field, unless it is an identifier, and checked for giving the outcome away.

use crate::data::tables::{ExtraValues, Tables};
use crate::i18n::{tr, trf};
use crate::model::buckets::Buckets;

use super::*;

/// Adds a field for each extra invoice and customer column that can be one, with its leak
/// check; returns the columns that cannot, with the reason.
pub(super) fn add_extra_fields(
    tables: &Tables,
    buckets: &Buckets,
    fields: &mut Vec<Field>,
) -> Vec<(String, String)> {
    let mut excluded = Vec::new();
    let labels: Vec<Option<usize>> = tables
        .invoices
        .iter()
        .map(|i| buckets.known_bucket(i, tables.as_of))
        .collect();
    for (idx, col) in tables.invoice_extras.iter().enumerate() {
        match extra_field(
            col,
            Source::Invoice,
            Origin::InvoiceExtra(idx),
            tables.invoices.len(),
        ) {
            Ok(mut field) => {
                let values = |row: usize| {
                    extra_value(
                        &col.values,
                        row,
                        tables.invoices.get(row).map(|i| i.invoice_date),
                    )
                };
                field.leak = leak_reason(
                    &col.name,
                    tables,
                    &labels,
                    buckets.count(),
                    &|row| values(row),
                    &field.kind,
                );
                fields.push(field);
            }
            Err(reason) => excluded.push((col.name.clone(), reason)),
        }
    }
    for (idx, col) in tables.customer_extras.iter().enumerate() {
        match extra_field(
            col,
            Source::Customer,
            Origin::CustomerExtra(idx),
            tables.customers.len(),
        ) {
            Ok(mut field) => {
                let values = |row: usize| {
                    let cust = tables
                        .invoices
                        .get(row)
                        .map(|i| i.customer as usize)
                        .unwrap_or(usize::MAX);
                    extra_value(&col.values, cust, None)
                };
                field.leak = leak_reason(
                    &col.name,
                    tables,
                    &labels,
                    buckets.count(),
                    &|row| values(row),
                    &field.kind,
                );
                fields.push(field);
            }
            Err(reason) => excluded.push((col.name.clone(), reason)),
        }
    }
    excluded
}

/// A field for an extra column, or why it cannot be one.
fn extra_field(
    col: &crate::data::tables::ExtraColumn,
    source: Source,
    origin: Origin,
    rows: usize,
) -> Result<Field, String> {
    let present = (0..col.values.len())
        .filter(|&r| !extra_value(&col.values, r, None).is_nan())
        .count();
    let completeness = present as f64 / rows.max(1) as f64;
    let (kind, description) = match &col.values {
        ExtraValues::Number(_) => (
            Kind::Number,
            trf(
                "Imported column \"{name}\" (number).",
                &[("name", &col.name)],
            ),
        ),
        ExtraValues::Date(_) => (
            Kind::Number,
            if source == Source::Invoice {
                trf(
                    "Imported column \"{name}\": days after the invoice date.",
                    &[("name", &col.name)],
                )
            } else {
                trf("Imported column \"{name}\" (date).", &[("name", &col.name)])
            },
        ),
        ExtraValues::Text { levels, .. } => {
            if present > 20 && levels.len() as f64 > 0.5 * present as f64 {
                return Err(
                    tr("Looks like an identifier: almost every row has its own value.").into(),
                );
            }
            (
                Kind::Category {
                    levels: levels.clone(),
                },
                trf(
                    "Imported column \"{name}\" (category).",
                    &[("name", &col.name)],
                ),
            )
        }
    };
    let scope = if source == Source::Invoice {
        "invoice"
    } else {
        "customer"
    };
    Ok(Field {
        key: format!("extra.{scope}.{}", col.name),
        name: col.name.clone(),
        description,
        source,
        origin,
        kind,
        transform: Transform::None,
        actionable: matches!(col.values, ExtraValues::Number(_)),
        always_used: false,
        completeness,
        leak: None,
        unusable: None,
    })
}

/// Words in a column name that say it was computed from the payment.
const SETTLEMENT_WORDS: [&str; 14] = [
    "dayslate",
    "daystopay",
    "daystosettle",
    "clear",
    "paid",
    "payment",
    "settle",
    "status",
    "closed",
    "isopen",
    "delay",
    "overdue",
    "pastdue",
    "outstanding",
];

/// Why an extra column leaks the outcome, if it does.
fn leak_reason(
    name: &str,
    tables: &Tables,
    labels: &[Option<usize>],
    n_buckets: usize,
    value: &dyn Fn(usize) -> f64,
    kind: &Kind,
) -> Option<String> {
    let squashed: String = name
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect();
    if let Some(word) = SETTLEMENT_WORDS.iter().find(|w| squashed.contains(*w)) {
        return Some(trf(
            "Its name (\"{word}\") suggests it is computed from the payment, which is not known for open invoices.",
            &[("word", word)],
        ));
    }
    let mut open = 0usize;
    let mut open_missing = 0usize;
    let mut settled = 0usize;
    let mut settled_missing = 0usize;
    for (row, inv) in tables.invoices.iter().enumerate() {
        let missing = value(row).is_nan();
        if inv.settled_date.is_none() {
            open += 1;
            open_missing += usize::from(missing);
        } else {
            settled += 1;
            settled_missing += usize::from(missing);
        }
    }
    if open >= 20
        && open_missing as f64 >= 0.95 * open as f64
        && (settled_missing as f64) <= 0.5 * settled as f64
    {
        return Some(trf(
            "Empty for {open_missing} of {open} open invoices but filled for paid ones: it is only known after payment.",
            &[("open_missing", &open_missing), ("open", &open)],
        ));
    }
    // On its own, does it give the bucket away?
    let mut pairs: Vec<(f64, usize)> = labels
        .iter()
        .enumerate()
        .filter_map(|(row, l)| l.map(|b| (value(row), b)))
        .filter(|(v, _)| !v.is_nan())
        .collect();
    if pairs.len() < 100 {
        return None;
    }
    let mut class_counts = vec![0usize; n_buckets];
    for &(_, b) in &pairs {
        if let Some(c) = class_counts.get_mut(b) {
            *c += 1;
        }
    }
    let base = class_counts.iter().copied().max().unwrap_or(0) as f64 / pairs.len() as f64;
    let groups: Vec<Vec<usize>> = match kind {
        Kind::Category { .. } => {
            pairs.sort_by(|a, b| a.0.total_cmp(&b.0));
            let mut groups: Vec<Vec<usize>> = Vec::new();
            let mut last = f64::NAN;
            for &(v, b) in &pairs {
                if v != last {
                    groups.push(vec![0; n_buckets]);
                    last = v;
                }
                if let Some(c) = groups.last_mut().and_then(|g| g.get_mut(b)) {
                    *c += 1;
                }
            }
            groups
        }
        _ => {
            pairs.sort_by(|a, b| a.0.total_cmp(&b.0));
            let per_bin = pairs.len().div_ceil(20);
            pairs
                .chunks(per_bin)
                .map(|chunk| {
                    let mut g = vec![0; n_buckets];
                    for &(_, b) in chunk {
                        if let Some(c) = g.get_mut(b) {
                            *c += 1;
                        }
                    }
                    g
                })
                .collect()
        }
    };
    let correct: usize = groups
        .iter()
        .map(|g| g.iter().copied().max().unwrap_or(0))
        .sum();
    let accuracy = correct as f64 / pairs.len() as f64;
    if accuracy >= 0.95 && accuracy >= base + 0.1 {
        return Some(trf(
            "On its own it tells the payment bucket for {share}% of paid invoices: it is almost certainly computed from the payment.",
            &[("share", &format!("{:.0}", accuracy * 100.0))],
        ));
    }
    None
}
