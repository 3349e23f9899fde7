//! The field catalogue: every candidate input of the model with a name and a one-line
//! description for analysts, where it comes from, whether an analyst can act on it (what-if),
//! how complete it is, and whether it leaks the outcome. Identifiers are never offered.

use serde::{Deserialize, Serialize};

use crate::data::tables::{ExtraValues, Tables};
use crate::i18n::{tr, trf};
use crate::model::buckets::Buckets;

/// Where a field's value comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Source {
    /// How far the invoice is through its life when it is looked at.
    Age,
    Invoice,
    /// The customer's payment history as known at that moment.
    History,
    /// The customer's open invoices at that moment.
    Exposure,
    Customer,
}

impl Source {
    /// The group's name users see, in the current language.
    pub fn label(self) -> &'static str {
        match self {
            Source::Age => tr("Invoice age"),
            Source::Invoice => tr("Invoice"),
            Source::History => tr("Customer history"),
            Source::Exposure => tr("Current exposure"),
            Source::Customer => tr("Customer"),
        }
    }
}

/// The fields computed from the canonical tables.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Base {
    AgeDays,
    DaysToDue,
    DaysOverdue,
    OverdueBand,
    Amount,
    AmountVsAverage,
    TermsDays,
    DiscountPct,
    DiscountDays,
    Disputed,
    Electronic,
    Currency,
    Month,
    QuarterEnd,
    YearEnd,
    SettledCount,
    ShareLate,
    ShareVeryLate,
    ShareLateAmount,
    ShareVeryLateAmount,
    AvgDaysLate,
    RecentDaysLate,
    DaysSinceLastPayment,
    TenureDays,
    OpenBalance,
    OverdueBalance,
    OpenCount,
    OldestOverdueDays,
    CreditLimit,
    CreditUse,
    Group,
    Region,
}

/// How a field's values are read.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Kind {
    Number,
    /// 1 = yes, 0 = no.
    Flag,
    /// Codes index `levels`.
    Category {
        levels: Vec<String>,
    },
}

/// A transformation applied before standardising (amounts are skewed).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Transform {
    None,
    /// ln(1 + max(x, 0)).
    Log,
}

impl Transform {
    pub fn apply(self, x: f64) -> f64 {
        match self {
            Transform::None => x,
            Transform::Log => x.max(0.0).ln_1p(),
        }
    }
}

/// What a field's value is computed from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    Base(Base),
    /// Index into [`Tables::invoice_extras`].
    InvoiceExtra(usize),
    /// Index into [`Tables::customer_extras`].
    CustomerExtra(usize),
}

/// One candidate field.
#[derive(Clone, Debug, PartialEq)]
pub struct Field {
    /// Stable key, stored in models and settings (`amount`, `history.share_late`, `extra.Region`).
    pub key: String,
    pub name: String,
    /// One line for analysts.
    pub description: String,
    pub source: Source,
    pub origin: Origin,
    pub kind: Kind,
    pub transform: Transform,
    /// Something an analyst can change in a what-if scenario.
    pub actionable: bool,
    /// Part of how predictions work (the invoice's age); cannot be unticked.
    pub always_used: bool,
    /// Share of invoices (or customers) with a value, 0..=1.
    pub completeness: f64,
    /// Why the field is left out by default because it gives the outcome away.
    pub leak: Option<String>,
    /// Why the field cannot help (no data, a single value); `None` if it can.
    pub unusable: Option<String>,
}

impl Field {
    /// Ticked in the default selection.
    pub fn default_on(&self) -> bool {
        self.leak.is_none() && self.unusable.is_none()
    }

    /// Whether the user may tick it.
    pub fn selectable(&self) -> bool {
        !self.always_used && self.unusable.is_none()
    }
}

/// All candidate fields of a data set, plus the columns that are never offered and why.
#[derive(Clone, Debug, PartialEq)]
pub struct Catalogue {
    pub fields: Vec<Field>,
    /// (column, reason): identifiers and columns that cannot be fields.
    pub excluded: Vec<(String, String)>,
}

/// Fields with less than this share of values are not used by default.
const MIN_COMPLETENESS: f64 = 0.2;

impl Catalogue {
    /// The catalogue of `tables` for bucket thresholds `buckets`; leaking extra columns are
    /// detected against the outcomes known on the data's as-of date.
    pub fn build(tables: &Tables, buckets: &Buckets) -> Catalogue {
        let mut fields = Vec::new();
        let n = tables.invoices.len().max(1) as f64;
        let nc = tables.customers.len().max(1) as f64;
        let share = |count: usize, total: f64| count as f64 / total;
        let inv_share = |f: &dyn Fn(&crate::data::tables::Invoice) -> bool| {
            share(tables.invoices.iter().filter(|i| f(i)).count(), n)
        };
        let n_late = buckets.late_days;

        let mut base = |b: Base,
                        key: &str,
                        name: &'static str,
                        description: String,
                        source: Source,
                        kind: Kind,
                        transform: Transform,
                        actionable: bool,
                        completeness: f64| {
            fields.push(Field {
                key: key.to_string(),
                name: tr(name).to_string(),
                description,
                source,
                origin: Origin::Base(b),
                kind,
                transform,
                actionable,
                always_used: source == Source::Age,
                completeness,
                leak: None,
                unusable: None,
            });
        };
        use Base as B;
        use Kind::{Flag, Number};
        use Source as S;
        use Transform::{Log, None as Id};
        base(
            B::AgeDays,
            "age.days",
            "Days since invoice date",
            tr("How long the invoice has been open when the prediction is made.").into(),
            S::Age,
            Number,
            Id,
            false,
            1.0,
        );
        base(
            B::DaysToDue,
            "age.days_to_due",
            "Days until due",
            tr("Days from the prediction date to the due date (negative once it has passed).")
                .into(),
            S::Age,
            Number,
            Id,
            false,
            1.0,
        );
        base(
            B::DaysOverdue,
            "age.days_overdue",
            "Days past due",
            tr("Days the invoice is already past its due date, 0 if it is not due yet.").into(),
            S::Age,
            Number,
            Id,
            false,
            1.0,
        );
        let bands = overdue_bands(n_late);
        base(
            B::OverdueBand,
            "age.overdue_band",
            "Past-due band",
            trf(
                "Whether the invoice is not yet due or in which quarter of the {n_late}-day late window it is.",
                &[("n_late", &n_late)],
            ),
            S::Age,
            Kind::Category {
                levels: bands.iter().map(|b| b.0.clone()).collect(),
            },
            Id,
            false,
            1.0,
        );

        base(
            B::Amount,
            "invoice.amount",
            "Invoice amount",
            tr("The invoice's amount.").into(),
            S::Invoice,
            Number,
            Log,
            false,
            1.0,
        );
        base(
            B::AmountVsAverage,
            "invoice.amount_vs_average",
            "Amount vs customer's average",
            tr("The amount divided by the customer's average invoice so far (2 = twice the usual).")
                .into(),
            S::Invoice,
            Number,
            Log,
            false,
            1.0,
        );
        base(
            B::TermsDays,
            "invoice.terms_days",
            "Payment terms (days)",
            tr("Days between the invoice date and the due date.").into(),
            S::Invoice,
            Number,
            Id,
            true,
            1.0,
        );
        let has_discount = inv_share(&|i| i.discount_pct.is_some());
        base(
            B::DiscountPct,
            "invoice.discount_pct",
            "Cash discount (%)",
            tr("Cash discount offered for early payment, 0 if none.").into(),
            S::Invoice,
            Number,
            Id,
            true,
            if has_discount > 0.0 { 1.0 } else { 0.0 },
        );
        base(
            B::DiscountDays,
            "invoice.discount_days",
            "Cash discount days",
            tr("Days after the invoice date within which the discount may be taken, 0 if none.")
                .into(),
            S::Invoice,
            Number,
            Id,
            true,
            if has_discount > 0.0 { 1.0 } else { 0.0 },
        );
        base(
            B::Disputed,
            "invoice.disputed",
            "Disputed",
            tr("The customer disputes the invoice.").into(),
            S::Invoice,
            Flag,
            Id,
            true,
            inv_share(&|i| i.disputed.is_some()),
        );
        base(
            B::Electronic,
            "invoice.electronic",
            "Electronic billing",
            tr("Sent electronically (e-mail, EDI, portal) rather than on paper.").into(),
            S::Invoice,
            Flag,
            Id,
            true,
            inv_share(&|i| i.electronic.is_some()),
        );
        base(
            B::Currency,
            "invoice.currency",
            "Currency",
            tr("The invoice's currency.").into(),
            S::Invoice,
            Kind::Category {
                levels: tables.currencies.clone(),
            },
            Id,
            false,
            inv_share(&|i| i.currency.is_some()),
        );
        base(
            B::Month,
            "invoice.month",
            "Invoice month",
            tr("Calendar month of the invoice date.").into(),
            S::Invoice,
            Kind::Category {
                levels: MONTHS.iter().map(|m| m.to_string()).collect(),
            },
            Id,
            false,
            1.0,
        );
        base(
            B::QuarterEnd,
            "invoice.quarter_end",
            "Issued at quarter end",
            tr("Invoice dated in the last two weeks of a quarter.").into(),
            S::Invoice,
            Flag,
            Id,
            false,
            1.0,
        );
        base(
            B::YearEnd,
            "invoice.year_end",
            "Issued at year end",
            tr("Invoice dated in the last two weeks of December.").into(),
            S::Invoice,
            Flag,
            Id,
            false,
            1.0,
        );

        base(
            B::SettledCount,
            "history.settled_count",
            "Invoices paid so far",
            tr("How many of the customer's invoices were paid before this moment.").into(),
            S::History,
            Number,
            Log,
            false,
            1.0,
        );
        base(
            B::ShareLate,
            "history.share_late",
            "Share paid late",
            trf(
                "Share of the customer's paid invoices that were paid 1–{n_late} days late.",
                &[("n_late", &n_late)],
            ),
            S::History,
            Number,
            Id,
            false,
            1.0,
        );
        base(
            B::ShareVeryLate,
            "history.share_very_late",
            "Share paid very late",
            trf(
                "Share of the customer's paid invoices that were paid more than {n_late} days late.",
                &[("n_late", &n_late)],
            ),
            S::History,
            Number,
            Id,
            false,
            1.0,
        );
        base(
            B::ShareLateAmount,
            "history.share_late_amount",
            "Share of amount paid late",
            trf(
                "Share of the customer's paid amount that came 1–{n_late} days late.",
                &[("n_late", &n_late)],
            ),
            S::History,
            Number,
            Id,
            false,
            1.0,
        );
        base(
            B::ShareVeryLateAmount,
            "history.share_very_late_amount",
            "Share of amount paid very late",
            trf(
                "Share of the customer's paid amount that came more than {n_late} days late.",
                &[("n_late", &n_late)],
            ),
            S::History,
            Number,
            Id,
            false,
            1.0,
        );
        base(
            B::AvgDaysLate,
            "history.avg_days_late",
            "Average days late",
            tr("Average days after the due date the customer paid (negative: early).").into(),
            S::History,
            Number,
            Id,
            false,
            1.0,
        );
        base(
            B::RecentDaysLate,
            "history.recent_days_late",
            "Recent days late (last 5)",
            tr("Average days late of the customer's last five paid invoices.").into(),
            S::History,
            Number,
            Id,
            false,
            1.0,
        );
        base(
            B::DaysSinceLastPayment,
            "history.days_since_payment",
            "Days since last payment",
            tr("Days since the customer last paid anything.").into(),
            S::History,
            Number,
            Log,
            false,
            1.0,
        );
        base(
            B::TenureDays,
            "history.tenure_days",
            "Customer tenure (days)",
            tr("Days since the customer's first invoice.").into(),
            S::History,
            Number,
            Log,
            false,
            1.0,
        );

        base(
            B::OpenBalance,
            "exposure.open_balance",
            "Open balance",
            tr("Invoiced amount of the customer's unpaid invoices (part payments not deducted), this one included.").into(),
            S::Exposure,
            Number,
            Log,
            false,
            1.0,
        );
        base(
            B::OverdueBalance,
            "exposure.overdue_balance",
            "Overdue balance",
            tr("Invoiced amount of the customer's unpaid invoices already past due (part payments not deducted).").into(),
            S::Exposure,
            Number,
            Log,
            false,
            1.0,
        );
        base(
            B::OpenCount,
            "exposure.open_count",
            "Open invoices",
            tr("Number of the customer's unpaid invoices.").into(),
            S::Exposure,
            Number,
            Log,
            false,
            1.0,
        );
        base(
            B::OldestOverdueDays,
            "exposure.oldest_overdue_days",
            "Oldest overdue (days)",
            tr("Days past due of the customer's oldest overdue invoice, 0 if none.").into(),
            S::Exposure,
            Number,
            Log,
            false,
            1.0,
        );
        let has_limit = share(
            tables
                .customers
                .iter()
                .filter(|c| c.credit_limit.is_some())
                .count(),
            nc,
        );
        base(
            B::CreditLimit,
            "exposure.credit_limit",
            "Credit limit",
            tr("The customer's credit limit.").into(),
            S::Exposure,
            Number,
            Log,
            true,
            has_limit,
        );
        base(
            B::CreditUse,
            "exposure.credit_use",
            "Credit use",
            tr("Open balance divided by the credit limit (1 = at the limit).").into(),
            S::Exposure,
            Number,
            Id,
            false,
            has_limit,
        );

        let groups = levels_of(tables.customers.iter().map(|c| c.group.as_deref()));
        let group_share = share(
            tables
                .customers
                .iter()
                .filter(|c| c.group.is_some())
                .count(),
            nc,
        );
        base(
            B::Group,
            "customer.group",
            "Customer group",
            tr("The customer's group or segment.").into(),
            S::Customer,
            Kind::Category { levels: groups },
            Id,
            false,
            group_share,
        );
        let regions = levels_of(tables.customers.iter().map(|c| c.region.as_deref()));
        let region_share = share(
            tables
                .customers
                .iter()
                .filter(|c| c.region.is_some())
                .count(),
            nc,
        );
        base(
            B::Region,
            "customer.region",
            "Country / region",
            tr("The customer's country or region.").into(),
            S::Customer,
            Kind::Category { levels: regions },
            Id,
            false,
            region_share,
        );

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

        for field in &mut fields {
            if field.always_used {
                continue;
            }
            if field.completeness < MIN_COMPLETENESS {
                field.unusable = Some(if field.completeness == 0.0 {
                    tr("No values in the data.").to_string()
                } else {
                    trf(
                        "Only {share}% of rows have a value.",
                        &[("share", &format!("{:.0}", field.completeness * 100.0))],
                    )
                });
            } else if let Kind::Category { levels } = &field.kind
                && levels.len() < 2
            {
                field.unusable = Some(tr("The same value everywhere.").to_string());
            }
        }
        // Fields that never vary on the training rows are found again in `design`.
        Catalogue { fields, excluded }
    }

    pub fn field(&self, key: &str) -> Option<&Field> {
        self.fields.iter().find(|f| f.key == key)
    }

    /// The default selection: every field that is usable and does not leak.
    pub fn default_selection(&self) -> Vec<String> {
        self.fields
            .iter()
            .filter(|f| f.default_on())
            .map(|f| f.key.clone())
            .collect()
    }
}

pub const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// The past-due bands as (first, last) day past due; the first band, "not yet due", is (0, 0).
fn band_days(late_days: u32) -> Vec<(i64, i64)> {
    let n = i64::from(late_days.max(4));
    let q = |k: i64| (n * k).div_euclid(4);
    let mut bands = vec![(0, 0)];
    let mut start = 1;
    for k in 1..=4 {
        let end = q(k);
        bands.push((start, end));
        start = end + 1;
    }
    bands
}

/// The past-due bands: (label, last day past due in the band); the first is "not yet due".
/// The labels are the band field's category levels, which trained models store (their design
/// columns and reference level are named after them), so they stay English whatever the
/// language: [`overdue_band_shown`] is what users read.
pub fn overdue_bands(late_days: u32) -> Vec<(String, i64)> {
    band_days(late_days)
        .into_iter()
        .enumerate()
        .map(|(i, (start, end))| {
            let label = if i == 0 {
                "Not yet due".to_string()
            } else {
                format!("{start}–{end} days past due")
            };
            (label, end)
        })
        .collect()
}

/// A past-due band's level (as [`overdue_bands`] names it) in the current language; a level
/// that is not a band of `late_days` is shown as it is.
pub fn overdue_band_shown(late_days: u32, level: &str) -> String {
    let bands = overdue_bands(late_days);
    let days = band_days(late_days);
    match bands.iter().position(|(label, _)| label == level) {
        Some(0) => tr("Not yet due").to_string(),
        Some(i) => match days.get(i) {
            Some(&(start, end)) => trf(
                "{start}–{end} days past due",
                &[("start", &start), ("end", &end)],
            ),
            None => level.to_string(),
        },
        None => level.to_string(),
    }
}

/// Sorted distinct non-empty values.
fn levels_of<'a>(values: impl Iterator<Item = Option<&'a str>>) -> Vec<String> {
    let mut levels: Vec<String> = values.flatten().map(str::to_string).collect();
    levels.sort();
    levels.dedup();
    levels
}

/// The raw value of an extra column at `row` as a number (dates as days after `relative_to`,
/// categories as their code); NaN when missing.
pub fn extra_value(
    values: &ExtraValues,
    row: usize,
    relative_to: Option<chrono::NaiveDate>,
) -> f64 {
    match values {
        ExtraValues::Number(v) => v.get(row).copied().flatten().unwrap_or(f64::NAN),
        ExtraValues::Date(v) => match (v.get(row).copied().flatten(), relative_to) {
            (Some(d), Some(base)) => (d - base).num_days() as f64,
            (Some(d), None) => f64::from(d.num_days_from_ce_i32()),
            _ => f64::NAN,
        },
        ExtraValues::Text { codes, .. } => codes
            .get(row)
            .copied()
            .flatten()
            .map(f64::from)
            .unwrap_or(f64::NAN),
    }
}

trait DaysFromCe {
    fn num_days_from_ce_i32(&self) -> i32;
}

impl DaysFromCe for chrono::NaiveDate {
    fn num_days_from_ce_i32(&self) -> i32 {
        chrono::Datelike::num_days_from_ce(self)
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bands_cover_the_late_window() {
        let bands = overdue_bands(30);
        assert_eq!(bands.len(), 5);
        assert_eq!(bands[1].0, "1–7 days past due");
        assert_eq!(bands[4], ("23–30 days past due".to_string(), 30));
    }

    #[test]
    fn bands_are_stored_in_english_and_shown_in_the_language() {
        for late_days in [4, 30, 45] {
            for (level, _) in overdue_bands(late_days) {
                assert_eq!(overdue_band_shown(late_days, &level), level);
            }
        }
        let swedish = r#"{"Not yet due": "Ej förfallen", "{start}–{end} days past due": "{start}–{end} dagar efter förfallodagen"}"#;
        let (stored, shown) = crate::i18n::test_catalogue::with(swedish, || {
            let stored = overdue_bands(30);
            let shown: Vec<String> = stored
                .iter()
                .map(|(level, _)| overdue_band_shown(30, level))
                .collect();
            (stored, shown)
        });
        assert_eq!(stored[0].0, "Not yet due");
        assert_eq!(stored[1].0, "1–7 days past due");
        assert_eq!(shown[0], "Ej förfallen");
        assert_eq!(shown[1], "1–7 dagar efter förfallodagen");
        assert_eq!(overdue_band_shown(30, "(missing)"), "(missing)");
    }
}
