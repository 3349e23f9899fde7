//! Payment buckets: on time (paid by the due date), late (1 to N days after it) and very late
//! (more than N days), or on time / late in the two-bucket mode for data where very late is rare.

use crate::i18n::{Language, key, tr, translate, trf};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::data::tables::Invoice;

/// The bucket thresholds a model is trained for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Buckets {
    /// N: the last day after the due date that still counts as "late" (not "very late").
    pub late_days: u32,
    /// On time / late only (no "very late" bucket).
    pub two_buckets: bool,
}

impl Default for Buckets {
    fn default() -> Self {
        Buckets {
            late_days: 30,
            two_buckets: false,
        }
    }
}

impl Buckets {
    /// How many buckets: 3, or 2 in the two-bucket mode.
    pub fn count(&self) -> usize {
        if self.two_buckets { 2 } else { 3 }
    }

    /// The bucket index of a settled invoice paid `days_late` days after its due date.
    pub fn of_days_late(&self, days_late: i64) -> usize {
        if days_late <= 0 {
            0
        } else if self.two_buckets || days_late <= i64::from(self.late_days) {
            1
        } else {
            2
        }
    }

    /// The bucket names in index order, for people ("On time", "Late (1–30 days)", ...).
    pub fn labels(&self) -> Vec<String> {
        let n = self.late_days;
        self.named(|name| trf(name, &[("n", &n)]))
    }

    /// Short names without the days ("On time", "Late", "Very late"), for a chart's axis
    /// where the full names are beside it.
    pub fn short_labels(&self) -> Vec<String> {
        let names: &[&'static str] = if self.two_buckets {
            &[key("On time"), key("Late")]
        } else {
            &[key("On time"), key("Late"), key("Very late")]
        };
        names.iter().map(|name| tr(name).to_string()).collect()
    }

    /// The names' keys (the English, with `{n}` for N), each put in words by `say`.
    fn named(&self, say: impl Fn(&'static str) -> String) -> Vec<String> {
        let on_time = key("On time");
        let names = if self.two_buckets {
            vec![on_time, key("Late")]
        } else {
            vec![
                on_time,
                key("Late (1–{n} days)"),
                key("Very late (> {n} days)"),
            ]
        };
        names.into_iter().map(say).collect()
    }

    /// The bucket names joined with " / ", put in words when shown (in a message kept for
    /// later, they follow a change of language).
    pub fn names(self) -> BucketNames {
        BucketNames(self)
    }

    /// The bucket names in English, as evaluations store them (in a model file, a candidate's
    /// comparison): the same whatever language the model was trained in.
    pub fn stored_labels(&self) -> Vec<String> {
        let n = self.late_days;
        self.named(|name| translate(Language::English, name, &[("n", &n)]))
    }

    /// A bucket name a model file stored in English (its evaluation's), in the language in use;
    /// a name these buckets do not have is shown as stored.
    pub fn shown_label(&self, stored: &str) -> String {
        self.stored_labels()
            .iter()
            .position(|name| name == stored)
            .and_then(|b| self.labels().get(b).cloned())
            .unwrap_or_else(|| stored.to_string())
    }

    /// Short bucket names for table headers and CSV values.
    pub fn keys(&self) -> &'static [&'static str] {
        if self.two_buckets {
            &["on_time", "late"]
        } else {
            &["on_time", "late", "very_late"]
        }
    }

    /// The bucket of `invoice` as known on `as_of`: from its settlement if settled by then, or
    /// "very late" (or "late" in the two-bucket mode) if it is still unpaid past the last day of
    /// the other buckets. `None` while the outcome is still open.
    pub fn known_bucket(&self, invoice: &Invoice, as_of: NaiveDate) -> Option<usize> {
        match invoice.settled_date {
            Some(d) if d <= as_of => Some(self.of_days_late((d - invoice.due_date).num_days())),
            _ => {
                let overdue = (as_of - invoice.due_date).num_days();
                if self.two_buckets {
                    (overdue > 0).then_some(1)
                } else {
                    (overdue > i64::from(self.late_days)).then_some(2)
                }
            }
        }
    }

    /// Whether an invoice still unpaid on a day `days_overdue` after its due date can still end
    /// in more than one bucket (so a prediction is needed).
    pub fn undecided(&self, days_overdue: i64) -> bool {
        if self.two_buckets {
            days_overdue <= 0
        } else {
            days_overdue <= i64::from(self.late_days)
        }
    }

    /// The first bucket still possible for an invoice unpaid `days_overdue` days after its due
    /// date (the ones before it are already missed).
    pub fn first_possible(&self, days_overdue: i64) -> usize {
        if days_overdue <= 0 {
            0
        } else if self.two_buckets || days_overdue <= i64::from(self.late_days) {
            1
        } else {
            2
        }
    }

    /// Sets the probability of buckets that are already impossible for an invoice still unpaid
    /// `days_overdue` days after its due date to exactly zero, and rescales the rest.
    pub fn condition_on_age(&self, probs: &mut [f64], days_overdue: i64) {
        let first_possible = self.first_possible(days_overdue);
        if first_possible == 0 {
            return;
        }
        for p in probs.iter_mut().take(first_possible) {
            *p = 0.0;
        }
        let sum: f64 = probs.iter().sum();
        if sum > 0.0 {
            probs.iter_mut().for_each(|p| *p /= sum);
        } else if let Some(last) = probs.last_mut() {
            *last = 1.0;
        }
    }
}

/// The names of some buckets, "On time / Late (1–30 days) / Very late (> 30 days)", in the
/// language of the moment they are shown.
#[derive(Clone, Copy, Debug)]
pub struct BucketNames(Buckets);

impl std::fmt::Display for BucketNames {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0.labels().join(" / "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stored_english_bucket_name_is_shown_as_the_bucket_is_named_now() {
        let buckets = Buckets::default();
        let labels = buckets.labels();
        assert_eq!(buckets.shown_label("On time"), labels[0]);
        assert_eq!(buckets.shown_label(&labels[2]), labels[2]);
        assert_eq!(buckets.shown_label("Someday"), "Someday");
    }

    #[test]
    fn evaluations_store_english_names_whatever_the_language_of_the_moment() {
        let buckets = Buckets::default();
        let swedish = r#"{"On time": "I tid", "Late (1–{n} days)": "Sent (1–{n} dagar)"}"#;
        let (shown, stored, names) = crate::i18n::test_catalogue::with(swedish, || {
            (
                buckets.labels(),
                buckets.stored_labels(),
                buckets.names().to_string(),
            )
        });
        assert_eq!(shown[..2], ["I tid", "Sent (1–30 dagar)"]);
        assert_eq!(stored[..2], ["On time", "Late (1–30 days)"]);
        assert!(names.starts_with("I tid / Sent (1–30 dagar) / "), "{names}");
    }

    #[test]
    fn days_late_fall_into_buckets() {
        let b = Buckets::default();
        assert_eq!(b.of_days_late(-3), 0);
        assert_eq!(b.of_days_late(0), 0);
        assert_eq!(b.of_days_late(1), 1);
        assert_eq!(b.of_days_late(30), 1);
        assert_eq!(b.of_days_late(31), 2);
        let two = Buckets {
            two_buckets: true,
            ..b
        };
        assert_eq!(two.of_days_late(90), 1);
    }

    #[test]
    fn impossible_buckets_get_zero() {
        let b = Buckets::default();
        let mut p = [0.5, 0.3, 0.2];
        b.condition_on_age(&mut p, 10);
        assert_eq!(p[0], 0.0);
        assert!((p[1] - 0.6).abs() < 1e-12 && (p[2] - 0.4).abs() < 1e-12);
        let mut p = [0.5, 0.3, 0.2];
        b.condition_on_age(&mut p, 31);
        assert_eq!(p, [0.0, 0.0, 1.0]);
        let mut p = [0.5, 0.3, 0.2];
        b.condition_on_age(&mut p, 0);
        assert_eq!(p, [0.5, 0.3, 0.2]);
    }
}
