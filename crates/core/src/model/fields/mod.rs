//! The field catalogue: every candidate input of the model with a name and a one-line
//! description for analysts, where it comes from, whether an analyst can act on it (what-if),
//! how complete it is, and whether it leaks the outcome. Identifiers are never offered.

mod catalogue;
mod extra;

use catalogue::BASE_FIELDS;
use extra::add_extra_fields;
use serde::{Deserialize, Serialize};

use crate::data::tables::{ExtraValues, Tables};
use crate::i18n::{Message, tr, trf};
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
    DaysToDueLog,
    DaysOverdue,
    OverdueBand,
    Amount,
    AmountVsAverage,
    TermsDays,
    DiscountPct,
    DiscountDays,
    Disputed,
    Electronic,
    Reminded,
    ReminderDaysBeforeDue,
    DunningLevel,
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
        let mut fields: Vec<Field> = BASE_FIELDS
            .iter()
            .map(|spec| spec.field(tables, buckets))
            .collect();
        let excluded = add_extra_fields(tables, buckets, &mut fields);
        mark_unusable(&mut fields);
        // Fields that never vary on the training rows are found again in `design`.
        Catalogue { fields, excluded }
    }

    pub fn field(&self, key: &str) -> Option<&Field> {
        self.fields.iter().find(|f| f.key == key)
    }

    /// The field's name as a message that follows the language it is shown in: a computed
    /// field's name is translated, an imported column's is its own (the key when unknown).
    pub fn name_of(&self, key: &str) -> Message {
        match BASE_FIELDS.iter().find(|spec| spec.key() == key) {
            Some(spec) => Message::new(spec.name()),
            None => Message::verbatim(self.field(key).map_or(key, |f| f.name.as_str())),
        }
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

/// Marks the fields that cannot help: too few values, or one category only. The invoice's age
/// is always used and never marked.
fn mark_unusable(fields: &mut [Field]) {
    for field in fields.iter_mut() {
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
