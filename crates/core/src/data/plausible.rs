//! Plausibility: dates and amounts that read correctly but lie far outside the rest of the data
//! (a payment dated 2199, an invoice dated 1901 among 2023–2026 data, an amount of 1.8e308).
//! One such value would move the data's as-of date by centuries or make training many times
//! slower, so the import reports each one (file, row, column, value) and keeps it out.
//!
//! The rules, robust to the outliers they look for (quartiles, a median, never a mean or a max):
//! - Dates: the bulk is the middle half of all invoice, payment and paid dates that read
//!   (first to third quartile, Q1..Q3, with IQR = Q3 − Q1). A date is implausible when it lies
//!   before Q1 − max(3 × IQR, 10 years) or after Q3 + max(3 × IQR, 2 years): old invoices can
//!   stay open for years, but nothing in an export lies years after the rest of it. The window
//!   needs at least [`MIN_VALUES`] dates; below that, and always, dates before 1950 or after
//!   2100 are implausible.
//! - Amounts: an amount is implausible when it is not finite, when its size exceeds
//!   [`MAX_AMOUNT`] (10¹², more than any company's single invoice), or, with at least
//!   [`MIN_VALUES`] invoice amounts, when it exceeds the median invoice amount a million-fold
//!   (six orders of magnitude).

use chrono::{Datelike, Months, NaiveDate};

/// Fewer values than this say nothing about where the bulk of the data lies.
pub const MIN_VALUES: usize = 10;

/// No single invoice or payment is this large.
pub const MAX_AMOUNT: f64 = 1e12;

/// How far above the median invoice amount an amount may lie.
pub const MEDIAN_FACTOR: f64 = 1e6;

/// The plausible ranges of one import's dates and amounts.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Plausible {
    pub earliest: NaiveDate,
    pub latest: NaiveDate,
    pub max_amount: f64,
}

impl Default for Plausible {
    /// Only the absolute bounds.
    fn default() -> Self {
        Plausible {
            earliest: absolute_earliest(),
            latest: absolute_latest(),
            max_amount: MAX_AMOUNT,
        }
    }
}

fn absolute_earliest() -> NaiveDate {
    NaiveDate::from_ymd_opt(1950, 1, 1).unwrap_or(NaiveDate::MIN)
}

fn absolute_latest() -> NaiveDate {
    NaiveDate::from_ymd_opt(2100, 12, 31).unwrap_or(NaiveDate::MAX)
}

impl Plausible {
    /// The ranges for `dates` (invoice, payment and paid dates) and `amounts` (invoice amounts).
    pub fn from_data(mut dates: Vec<NaiveDate>, mut amounts: Vec<f64>) -> Plausible {
        let mut plausible = Plausible::default();
        dates.retain(|d| (absolute_earliest()..=absolute_latest()).contains(d));
        if dates.len() >= MIN_VALUES {
            dates.sort_unstable();
            let quartile = |q: usize| dates.get(dates.len() * q / 4).copied();
            if let (Some(q1), Some(q3)) = (quartile(1), quartile(3)) {
                let iqr_days = (q3 - q1).num_days().max(0) as u64;
                let months = |years: u32| Months::new(years * 12);
                let below = q1
                    .checked_sub_days(chrono::Days::new(3 * iqr_days))
                    .into_iter()
                    .chain(q1.checked_sub_months(months(10)))
                    .min();
                let above = q3
                    .checked_add_days(chrono::Days::new(3 * iqr_days))
                    .into_iter()
                    .chain(q3.checked_add_months(months(2)))
                    .max();
                if let Some(below) = below {
                    plausible.earliest = plausible.earliest.max(below);
                }
                if let Some(above) = above {
                    plausible.latest = plausible.latest.min(above);
                }
            }
        }
        amounts.retain(|a| a.is_finite() && *a > 0.0);
        if amounts.len() >= MIN_VALUES {
            let middle = amounts.len() / 2;
            let (_, median, _) = amounts.select_nth_unstable_by(middle, f64::total_cmp);
            plausible.max_amount = plausible.max_amount.min(*median * MEDIAN_FACTOR);
        }
        plausible
    }

    pub fn date_ok(&self, date: NaiveDate) -> bool {
        (self.earliest..=self.latest).contains(&date)
    }

    /// Is the size of `amount` plausible (refunds are negative)?
    pub fn amount_ok(&self, amount: f64) -> bool {
        amount.is_finite() && amount.abs() <= self.max_amount
    }

    /// The plausible dates, for messages.
    pub fn date_range(&self) -> (NaiveDate, NaiveDate) {
        (self.earliest, self.latest)
    }

    /// The largest plausible amount, for messages (`1e12`, `5e9`).
    pub fn amount_limit(&self) -> String {
        format!("{:.0e}", self.max_amount)
    }

    /// The year span of the window, for tests and logs.
    pub fn years(&self) -> (i32, i32) {
        (self.earliest.year(), self.latest.year())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn spread() -> Vec<NaiveDate> {
        // 2023-01 .. 2026-01, one date a month.
        (0..37)
            .map(|i| d(2023, 1, 1).checked_add_months(Months::new(i)).unwrap())
            .collect()
    }

    #[test]
    fn far_dates_are_outside_the_window_and_near_ones_inside() {
        let mut dates = spread();
        dates.push(d(2199, 1, 1));
        dates.push(d(1901, 5, 1));
        let p = Plausible::from_data(dates, Vec::new());
        assert!(!p.date_ok(d(2199, 1, 1)));
        assert!(!p.date_ok(d(1901, 5, 1)));
        assert!(p.date_ok(d(2026, 3, 1)));
        // Old open invoices stay plausible; a date years after the rest does not.
        assert!(p.date_ok(d(2018, 6, 1)));
        // Dates outside 1950..2100 do not count: Q1 = 2023-10, Q3 = 2025-04, IQR 18 months,
        // so up to 3 × IQR (4.5 years) after Q3, to 2029-10-01.
        assert_eq!(p.latest, d(2029, 10, 1));
        assert!(!p.date_ok(d(2029, 10, 2)));
    }

    #[test]
    fn few_dates_use_only_the_absolute_bounds() {
        let p = Plausible::from_data(vec![d(2024, 1, 1), d(2199, 1, 1)], Vec::new());
        assert_eq!(p.years(), (1950, 2100));
        assert!(!p.date_ok(d(2199, 1, 1)));
        assert!(p.date_ok(d(2090, 1, 1)));
    }

    #[test]
    fn amounts_beyond_a_trillion_or_a_million_times_the_median_are_implausible() {
        let amounts: Vec<f64> = (1..=20).map(|i| i as f64 * 100.0).collect();
        let p = Plausible::from_data(Vec::new(), amounts.clone());
        // Median 1,100: up to 1.1e9.
        assert!(p.amount_ok(1e9));
        assert!(!p.amount_ok(2e9));
        assert!(!p.amount_ok(-2e9));
        assert!(!p.amount_ok(f64::INFINITY));
        let p = Plausible::from_data(Vec::new(), vec![1e300; 3]);
        assert!(!p.amount_ok(1.79e308));
        assert!(p.amount_ok(9e11));
        assert_eq!(p.amount_limit(), "1e12");
    }
}
