//! The simulated world: the time frame, random streams per phase, customers' latent habits
//! and the weighted tables customers are drawn from.

use chrono::{Datelike, NaiveDate};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use rand_distr::StandardNormal;

use super::*;

// Separate streams per phase so that, e.g., a change in name generation does not reshuffle
// every invoice.
pub(super) const STREAM_CUSTOMERS: u64 = 1;
pub(super) const STREAM_ARRIVALS: u64 = 2;
pub(super) const STREAM_BEHAVIOUR: u64 = 3;
pub(super) const STREAM_REMINDERS: u64 = 4;

pub(super) fn rng_stream(seed: u64, stream: u64) -> ChaCha8Rng {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    rng.set_stream(stream);
    rng
}

/// The time frame, as day numbers since the common era (cheap arithmetic in hot loops).
pub(super) struct World {
    pub(super) start_day: i32,
    pub(super) as_of_day: i32,
    /// Weekday of `start_day`, Monday = 0.
    pub(super) start_weekday: i32,
}

impl World {
    pub(super) fn new(start: NaiveDate, as_of: NaiveDate) -> Self {
        Self {
            start_day: start.num_days_from_ce(),
            as_of_day: as_of.num_days_from_ce(),
            start_weekday: start.weekday().num_days_from_monday() as i32,
        }
    }

    pub(super) fn span_days(&self) -> i32 {
        self.as_of_day - self.start_day
    }

    /// Relative invoicing volume on `day` (0.6 at the start rising to 1 at as_of): a growing
    /// business, which also puts a realistic number of recent invoices still open at as_of.
    pub(super) fn growth(&self, day: i32) -> f64 {
        let span = self.span_days().max(1);
        let progress = f64::from((day - self.start_day).clamp(0, span)) / f64::from(span);
        0.6 + 0.4 * progress
    }

    /// Weekday of `day`, Monday = 0 … Sunday = 6.
    pub(super) fn weekday(&self, day: i32) -> i32 {
        (day - self.start_day + self.start_weekday).rem_euclid(7)
    }

    pub(super) fn is_weekend(&self, day: i32) -> bool {
        self.weekday(day) >= 5
    }

    /// Moves a weekend settlement to the nearest business day that keeps the drawn bucket
    /// (money arrives on bank days; the bucket must not change or the oracle would be wrong).
    /// Early payers move back to Friday, late ones on to Monday.
    pub(super) fn business_days_late(&self, due_day: i32, days_late: i32, terms_days: u16) -> i32 {
        let weekday = self.weekday(due_day + days_late);
        if weekday < 5 {
            return days_late;
        }
        let (back, forward) = if weekday == 5 { (-1, 2) } else { (-2, 1) };
        let bucket = Bucket::of_days_late(days_late);
        let order = if bucket == Bucket::OnTime {
            [back, forward]
        } else {
            [forward, back]
        };
        order
            .into_iter()
            .map(|delta| days_late + delta)
            .find(|&d| {
                Bucket::of_days_late(d) == bucket
                    && (-i32::from(terms_days)..=VERY_LATE_MAX_DAYS).contains(&d)
            })
            .unwrap_or(days_late)
    }
}

pub(super) fn date_of(day: i32) -> NaiveDate {
    NaiveDate::from_num_days_from_ce_opt(day).unwrap_or(if day < 0 {
        NaiveDate::MIN
    } else {
        NaiveDate::MAX
    })
}

pub(super) fn ymd(year: i32, month: u32, day: u32) -> NaiveDate {
    // Only called with valid constant dates; the fallback merely avoids a panic path.
    NaiveDate::from_ymd_opt(year, month, day).unwrap_or(NaiveDate::MIN)
}

/// Hidden per-customer state used while simulating.
pub(super) struct Latent {
    /// Long-run habit level.
    pub(super) level: f64,
    /// Current deviation from the level (mean-reverting random walk).
    pub(super) deviation: f64,
    /// Week index (days since start / 7) the deviation was last advanced to.
    pub(super) week: i32,
    /// First and last day invoices can be issued.
    pub(super) active_from: i32,
    pub(super) active_to: i32,
    /// Relative invoicing volume per active day.
    pub(super) volume_weight: f64,
    pub(super) typical_amount_eur: f64,
    pub(super) discount_offer_rate: f64,
    pub(super) discount_pct: u8,
    pub(super) channel: Channel,
    pub(super) paperless_day: Option<i32>,
    pub(super) bad_day: Option<i32>,
    /// Share of the customer's invoices that get a reminder before the due date.
    pub(super) reminder_rate: f64,
    /// Days before the due date the customer's reminders usually go out.
    pub(super) reminder_days: i32,
}

/// Weekly persistence of a habit deviation (half-life about eight months).
pub(super) const HABIT_PHI_WEEKLY: f64 = 0.98;
/// Stationary standard deviation of a habit deviation.
pub(super) const HABIT_DRIFT_SD: f64 = 0.45;
/// How long before going bad a customer's payments start to slip.
pub(super) const DISTRESS_DAYS: i32 = 120;
/// Extra habit at the moment of going bad (ramps up linearly over `DISTRESS_DAYS`).
pub(super) const DISTRESS_HABIT: f64 = 1.6;

impl Latent {
    /// Habit on `day`, advancing the random walk to that day's week first.
    pub(super) fn habit_on(&mut self, day: i32, world: &World, rng: &mut ChaCha8Rng) -> f64 {
        let week = (day - world.start_day) / 7;
        if week > self.week {
            // k weekly AR(1) steps collapse into one exact Gaussian step.
            let steps = week - self.week;
            let keep = HABIT_PHI_WEEKLY.powi(steps);
            let noise_sd = HABIT_DRIFT_SD * (1.0 - keep * keep).sqrt();
            let z: f64 = rng.sample(StandardNormal);
            self.deviation = self.deviation * keep + noise_sd * z;
            self.week = week;
        }
        let mut habit = self.level + self.deviation;
        if let Some(bad) = self.bad_day {
            let into_distress = day - (bad - DISTRESS_DAYS);
            if into_distress > 0 {
                let ramp = (f64::from(into_distress) / f64::from(DISTRESS_DAYS)).min(1.0);
                habit += DISTRESS_HABIT * ramp;
            }
        }
        habit
    }
}

pub(super) fn pick_weighted<T: Copy>(rng: &mut ChaCha8Rng, items: &[(T, u32)]) -> T {
    let total: u32 = items.iter().map(|&(_, w)| w).sum();
    let mut ticket = rng.gen_range(0..total.max(1));
    for &(item, weight) in items {
        if ticket < weight {
            return item;
        }
        ticket -= weight;
    }
    items[items.len() - 1].0
}

pub(super) fn pick<T: Copy>(rng: &mut ChaCha8Rng, items: &[T]) -> T {
    items[rng.gen_range(0..items.len())]
}

pub(super) fn normal(rng: &mut ChaCha8Rng) -> f64 {
    rng.sample(StandardNormal)
}

pub(super) const COUNTRIES: [(&str, u32); 10] = [
    ("SE", 18),
    ("NL", 16),
    ("DE", 18),
    ("GB", 12),
    ("US", 10),
    ("FR", 9),
    ("DK", 5),
    ("FI", 4),
    ("BE", 4),
    ("PL", 4),
];

pub(super) const SEGMENTS: [(Segment, u32); 5] = [
    (Segment::Retail, 22),
    (Segment::Wholesale, 25),
    (Segment::Manufacturing, 25),
    (Segment::PublicSector, 10),
    (Segment::Services, 18),
];

pub(super) const CHANNELS: [(Channel, u32); 4] = [
    (Channel::Web, 30),
    (Channel::Edi, 25),
    (Channel::Email, 35),
    (Channel::Phone, 10),
];
