//! Which bucket layout the data supports: three buckets at the asked N when each bucket has
//! enough paid invoices to learn from, else three buckets at a smaller N, else two buckets
//! (on time / late). Real ledgers often hold only a handful of very late invoices; the first
//! model on such data must not fail for want of them, and the user is told what was chosen
//! and why.

use crate::data::tables::Tables;
use crate::i18n::{tr, trf};
use crate::model::buckets::Buckets;

/// The fewest invoices a bucket needs to be learned.
pub const MIN_PER_BUCKET: usize = 30;
/// The fewest invoices with a known outcome a model needs.
pub const MIN_INVOICES: usize = 100;
/// Smaller values of N tried, largest first, when the asked N leaves "very late" too small.
const SMALLER_LATE_DAYS: [u32; 2] = [21, 14];

/// The invoices a model learns from (index into `tables.invoices`, bucket), in invoice order:
/// those whose bucket is decided on the data's as-of date whatever happens next. Recent
/// invoices known only because they were paid early are left out: counting them without their
/// still-open neighbours would tilt the labels towards "on time".
pub fn labelled(tables: &Tables, buckets: &Buckets) -> Vec<(usize, usize)> {
    let as_of = tables.as_of;
    tables
        .invoices
        .iter()
        .enumerate()
        .filter(|(_, inv)| inv.trainable)
        .filter(|(_, inv)| !buckets.undecided((as_of - inv.due_date).num_days()))
        .filter_map(|(i, inv)| buckets.known_bucket(inv, as_of).map(|b| (i, b)))
        .collect()
}

/// How many invoices of each bucket a model with `buckets` would learn from.
pub fn bucket_counts(tables: &Tables, buckets: &Buckets) -> Vec<usize> {
    let mut counts = vec![0usize; buckets.count()];
    for (_, b) in labelled(tables, buckets) {
        if let Some(c) = counts.get_mut(b) {
            *c += 1;
        }
    }
    counts
}

/// Do these counts meet the minimum-data rule?
pub fn enough(counts: &[usize]) -> bool {
    counts.iter().sum::<usize>() >= MIN_INVOICES && counts.iter().all(|&c| c >= MIN_PER_BUCKET)
}

/// Why a layout was chosen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LayoutReason {
    /// The asked layout has enough invoices in every bucket.
    AsAsked,
    /// Three buckets at a smaller N: at the asked N only `very_late` invoices were very late.
    SmallerN { asked_days: u32, very_late: usize },
    /// Two buckets: no N tried left enough very late invoices (`very_late` at the asked N).
    TwoBuckets { asked_days: u32, very_late: usize },
    /// No layout has enough invoices; training will say what is missing.
    NotEnoughData,
}

/// A bucket layout for the data, with the invoices each bucket would learn from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LayoutChoice {
    pub buckets: Buckets,
    pub counts: Vec<usize>,
    pub reason: LayoutReason,
}

/// The layout `tables` supports, starting from `asked`: `asked` itself when every bucket has
/// enough invoices; a two-bucket `asked` is kept as it is (it is the smallest layout).
pub fn choose(tables: &Tables, asked: Buckets) -> LayoutChoice {
    let counts = bucket_counts(tables, &asked);
    if asked.two_buckets || enough(&counts) {
        let reason = if enough(&counts) {
            LayoutReason::AsAsked
        } else {
            LayoutReason::NotEnoughData
        };
        return LayoutChoice {
            buckets: asked,
            counts,
            reason,
        };
    }
    let very_late = counts.get(2).copied().unwrap_or(0);
    // Only a short "very late" bucket is worth a smaller N; when on time or late is what is
    // missing, a smaller N does not help.
    let short_of_very_late = counts.iter().take(2).all(|&c| c >= MIN_PER_BUCKET);
    if short_of_very_late {
        for late_days in SMALLER_LATE_DAYS
            .into_iter()
            .filter(|&d| d < asked.late_days)
        {
            let buckets = Buckets {
                late_days,
                two_buckets: false,
            };
            let counts = bucket_counts(tables, &buckets);
            if enough(&counts) {
                return LayoutChoice {
                    buckets,
                    counts,
                    reason: LayoutReason::SmallerN {
                        asked_days: asked.late_days,
                        very_late,
                    },
                };
            }
        }
    }
    let two = Buckets {
        late_days: asked.late_days,
        two_buckets: true,
    };
    let two_counts = bucket_counts(tables, &two);
    if enough(&two_counts) {
        return LayoutChoice {
            buckets: two,
            counts: two_counts,
            reason: LayoutReason::TwoBuckets {
                asked_days: asked.late_days,
                very_late,
            },
        };
    }
    LayoutChoice {
        buckets: asked,
        counts,
        reason: LayoutReason::NotEnoughData,
    }
}

impl LayoutChoice {
    /// Was another layout chosen than the one asked for?
    pub fn changed(&self) -> bool {
        matches!(
            self.reason,
            LayoutReason::SmallerN { .. } | LayoutReason::TwoBuckets { .. }
        )
    }

    /// What was chosen and why, in words for the user.
    pub fn describe(&self) -> String {
        match self.reason {
            LayoutReason::AsAsked | LayoutReason::NotEnoughData => {
                describe_counts(&self.buckets, &self.counts)
            }
            LayoutReason::SmallerN {
                asked_days,
                very_late,
            } => trf(
                "Very late means more than {n} days after the due date here, not {asked}: only {count} paid invoices were more than {asked} days late, and each bucket needs at least {min} to learn from. {counts}",
                &[
                    ("n", &self.buckets.late_days),
                    ("asked", &asked_days),
                    ("count", &very_late),
                    ("min", &MIN_PER_BUCKET),
                    ("counts", &describe_counts(&self.buckets, &self.counts)),
                ],
            ),
            LayoutReason::TwoBuckets {
                asked_days,
                very_late,
            } => trf(
                "Two buckets (on time / late) are used: only {count} paid invoices were more than {asked} days late, too few for a very-late bucket (each bucket needs at least {min}). {counts}",
                &[
                    ("count", &very_late),
                    ("asked", &asked_days),
                    ("min", &MIN_PER_BUCKET),
                    ("counts", &describe_counts(&self.buckets, &self.counts)),
                ],
            ),
        }
    }
}

/// "Invoices to learn from: 1,204 on time, 1,080 late (1–30 days), 8 very late (> 30 days)."
pub fn describe_counts(buckets: &Buckets, counts: &[usize]) -> String {
    let parts: Vec<String> = buckets
        .labels()
        .iter()
        .zip(counts)
        .map(|(label, &n)| format!("{} {}", crate::data::format::count(n), label))
        .collect();
    trf(
        "Invoices to learn from: {counts}.",
        &[("counts", &parts.join(", "))],
    )
}

/// What is short in `counts` for `buckets`, in words, or `None` when training can go ahead.
pub fn shortfall(buckets: &Buckets, counts: &[usize]) -> Option<String> {
    let total: usize = counts.iter().sum();
    if total < MIN_INVOICES {
        return Some(trf(
            "Only {count} paid invoices can be learned from; at least {min} are needed.",
            &[("count", &total), ("min", &MIN_INVOICES)],
        ));
    }
    let labels = buckets.labels();
    let short: Vec<String> = counts
        .iter()
        .zip(&labels)
        .filter(|(c, _)| **c < MIN_PER_BUCKET)
        .map(|(c, label)| format!("{label}: {c}"))
        .collect();
    (!short.is_empty()).then(|| {
        trf(
            "Too few invoices in a bucket ({buckets}); each bucket needs at least {min}.",
            &[("buckets", &short.join(", ")), ("min", &MIN_PER_BUCKET)],
        )
    })
}

/// The word for "the layout the data supports", for buttons.
pub fn supported_label(choice: &LayoutChoice) -> String {
    if choice.buckets.two_buckets {
        tr("Use two buckets").to_string()
    } else {
        trf("Use N = {n} days", &[("n", &choice.buckets.late_days)])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::tables::{Customer, Invoice};
    use chrono::NaiveDate;

    fn day(n: i64) -> NaiveDate {
        NaiveDate::from_ymd_opt(2024, 1, 1).unwrap_or_default() + chrono::Duration::days(n)
    }

    /// `n` paid invoices per days-late value in `late`, due long before the as-of date.
    fn tables(late: &[(i64, usize)]) -> Tables {
        let mut invoices = Vec::new();
        for &(days_late, n) in late {
            for _ in 0..n {
                let k = invoices.len() as i64;
                invoices.push(Invoice {
                    id: format!("I{k}"),
                    customer: 0,
                    invoice_date: day(k % 300),
                    due_date: day(k % 300 + 30),
                    amount: 100.0,
                    currency: None,
                    discount_pct: None,
                    discount_days: None,
                    disputed: None,
                    electronic: None,
                    reminder_date: None,
                    dunning_level: None,
                    settled_date: Some(day(k % 300 + 30 + days_late)),
                    paid_amount: 100.0,
                    trainable: true,
                });
            }
        }
        Tables {
            form: crate::data::tables::ImportForm::Ledger,
            customers: vec![Customer::bare("C1")],
            invoices,
            payments: Vec::new(),
            customer_extras: Vec::new(),
            invoice_extras: Vec::new(),
            currencies: Vec::new(),
            as_of: day(700),
        }
    }

    #[test]
    fn the_asked_layout_is_kept_when_every_bucket_is_big_enough() {
        let t = tables(&[(-2, 50), (10, 50), (45, 30)]);
        let choice = choose(&t, Buckets::default());
        assert_eq!(choice.reason, LayoutReason::AsAsked);
        assert_eq!(choice.buckets, Buckets::default());
        assert_eq!(choice.counts, vec![50, 50, 30]);
    }

    #[test]
    fn a_smaller_n_is_taken_when_it_gives_enough_very_late_invoices() {
        // 8 invoices more than 30 days late, 40 more between 22 and 30.
        let t = tables(&[(-2, 60), (5, 60), (25, 40), (40, 8)]);
        let choice = choose(&t, Buckets::default());
        assert_eq!(
            choice.reason,
            LayoutReason::SmallerN {
                asked_days: 30,
                very_late: 8
            }
        );
        assert_eq!(choice.buckets.late_days, 21);
        assert!(!choice.buckets.two_buckets);
        assert_eq!(choice.counts, vec![60, 60, 48]);
        assert!(choice.describe().contains("more than 21 days"));
    }

    #[test]
    fn two_buckets_when_no_n_gives_enough_very_late_invoices() {
        let t = tables(&[(-2, 100), (5, 100), (40, 8)]);
        let choice = choose(&t, Buckets::default());
        assert_eq!(
            choice.reason,
            LayoutReason::TwoBuckets {
                asked_days: 30,
                very_late: 8
            }
        );
        assert!(choice.buckets.two_buckets);
        assert_eq!(choice.counts, vec![100, 108]);
        assert!(choice.changed());
        assert!(shortfall(&choice.buckets, &choice.counts).is_none());
        assert!(shortfall(&Buckets::default(), &bucket_counts(&t, &Buckets::default())).is_some());
    }

    #[test]
    fn too_little_data_keeps_the_asked_layout_and_says_so() {
        let t = tables(&[(-2, 20), (5, 20)]);
        let choice = choose(&t, Buckets::default());
        assert_eq!(choice.reason, LayoutReason::NotEnoughData);
        assert_eq!(choice.buckets, Buckets::default());
        assert!(shortfall(&choice.buckets, &choice.counts).is_some());
    }
}
