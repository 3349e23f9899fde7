//! Deterministic generator of realistic customers, invoices and payments (sample and benchmark data).
//!
//! The generator is the ground truth the rest of the app is tested against, so it is built to be
//! both *realistic* (heavy-tailed volumes, drifting habits, partial payments, customers going bad)
//! and *learnable* (a multinomial logistic regression on history features can recover most of it).
//!
//! For every invoice it first computes the exact probabilities of the three lateness buckets
//! (on time: days late ≤ 0, late: 1..=30, very late: > 30) from two logits relative to on time,
//! draws the bucket from them, and only then draws the days late within the bucket. The
//! probabilities are written to `truth.csv`, so a model can be compared with an exact oracle.
//!
//! Behaviour, in short: each customer has a latent lateness habit (reliable, ordinary or
//! chronically late) that drifts weekly; cash discounts (more per percent), long terms and
//! electronic delivery make paying on time likelier; disputes, invoices large for the customer
//! and quarter/year-end dates make it later; the channel has no effect. About 2 % of customers
//! slide for a few months and then go bad: from that day their invoices are never paid
//! (truth `[0, 0, 1]`, no days late) and shipping stops a few weeks later. See
//! [`bucket_probabilities`] for the exact coefficients.
//!
//! Everything is driven by [`GenParams::seed`] through `ChaCha8Rng` (value-stable across
//! platforms and releases); the clock is never read. Invoices are simulated in date order so
//! each customer's latent lateness habit can drift as a mean-reverting random walk.

use std::collections::{HashMap, HashSet};
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use chrono::{Datelike, NaiveDate};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use rand_distr::StandardNormal;

use crate::data::csv_out::{CsvOut, write_csv_file};

/// Payment terms (days) an invoice can carry.
pub const TERMS_DAYS: [u16; 4] = [14, 30, 45, 60];

/// Upper edge of the "late" bucket: days late 1..=30 are late, more is very late.
pub const LATE_MAX_DAYS: i32 = 30;

/// Longest delay drawn for a very late invoice that is eventually paid.
pub const VERY_LATE_MAX_DAYS: i32 = 180;

/// Parameters of one generated data set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GenParams {
    /// Seed of every random draw; the same parameters always give the same bytes.
    pub seed: u64,
    /// Number of customers.
    pub customers: usize,
    /// Exact number of invoices over all customers.
    pub invoices: usize,
    /// First possible invoice date.
    pub start: NaiveDate,
    /// The "today" of the data set: nothing is paid after it, the last invoices are dated up to it.
    pub as_of: NaiveDate,
}

impl GenParams {
    /// The committed sample set: 250 customers, 40_000 invoices over three years, about 2,000 still open at as_of.
    pub fn sample() -> Self {
        Self {
            seed: 20_261_122,
            customers: 250,
            invoices: 40_000,
            start: ymd(2023, 10, 1),
            as_of: ymd(2026, 9, 30),
        }
    }

    /// The benchmark set: 10,000 customers, 1,000,000 invoices (about 1,000,000 payment rows), same span.
    pub fn benchmark() -> Self {
        Self {
            customers: 10_000,
            invoices: 1_000_000,
            ..Self::sample()
        }
    }
}

/// Customer segment (the `group` column).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Segment {
    /// Shops and chains.
    Retail,
    /// Traders and distributors.
    Wholesale,
    /// Producers of goods.
    Manufacturing,
    /// Municipalities, regions, hospitals, universities.
    PublicSector,
    /// Service companies.
    Services,
}

impl Segment {
    /// All segments, in a fixed order.
    pub const ALL: [Segment; 5] = [
        Segment::Retail,
        Segment::Wholesale,
        Segment::Manufacturing,
        Segment::PublicSector,
        Segment::Services,
    ];

    /// The label written to `customers.csv`.
    pub fn label(self) -> &'static str {
        match self {
            Segment::Retail => "Retail",
            Segment::Wholesale => "Wholesale",
            Segment::Manufacturing => "Manufacturing",
            Segment::PublicSector => "Public sector",
            Segment::Services => "Services",
        }
    }
}

/// How the invoice reached the customer (the `channel` column; deliberately without effect).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Channel {
    /// Customer portal.
    Web,
    /// Electronic data interchange.
    Edi,
    /// E-mailed PDF.
    Email,
    /// Ordered by phone.
    Phone,
}

impl Channel {
    /// All channels, in a fixed order.
    pub const ALL: [Channel; 4] = [Channel::Web, Channel::Edi, Channel::Email, Channel::Phone];

    /// The label written to `invoices.csv`.
    pub fn label(self) -> &'static str {
        match self {
            Channel::Web => "web",
            Channel::Edi => "EDI",
            Channel::Email => "email",
            Channel::Phone => "phone",
        }
    }
}

/// Lateness bucket of an invoice, by days late = settlement date − due date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Bucket {
    /// Paid on or before the due date (days late ≤ 0).
    OnTime,
    /// Paid 1..=30 days late.
    Late,
    /// Paid more than 30 days late, or never.
    VeryLate,
}

impl Bucket {
    /// The bucket of a number of days late.
    pub fn of_days_late(days_late: i32) -> Self {
        if days_late <= 0 {
            Bucket::OnTime
        } else if days_late <= LATE_MAX_DAYS {
            Bucket::Late
        } else {
            Bucket::VeryLate
        }
    }

    /// Position in `[on time, late, very late]` probability arrays.
    pub fn index(self) -> usize {
        match self {
            Bucket::OnTime => 0,
            Bucket::Late => 1,
            Bucket::VeryLate => 2,
        }
    }
}

/// One generated customer, with the hidden traits that drive its behaviour.
#[derive(Debug, Clone, PartialEq)]
pub struct GenCustomer {
    /// Identifier like `C00042`.
    pub customer_id: String,
    /// Plausible company or authority name, never containing a comma.
    pub name: String,
    /// Segment.
    pub group: Segment,
    /// Two-letter country code.
    pub country: &'static str,
    /// Credit limit in cents (a round number scaled to the customer's volume).
    pub credit_limit_cents: i64,
    /// Default payment terms.
    pub payment_terms_days: u16,
    /// Date from which invoices are delivered electronically; `None` for paper billing.
    pub paperless_since: Option<NaiveDate>,
    /// Hidden: median invoice amount in cents.
    pub typical_amount_cents: i64,
    /// Hidden: long-run lateness level the habit reverts to (higher is later; about −2..2).
    pub habit_level: f64,
    /// Hidden: date from which the customer never pays again.
    pub goes_bad_on: Option<NaiveDate>,
}

/// A cash discount offered on an invoice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CashDiscount {
    /// Discount in percent of the amount.
    pub pct: u8,
    /// Days after the invoice date within which the discount may be taken.
    pub days: u16,
}

/// One generated invoice with its drawn outcome.
#[derive(Debug, Clone, PartialEq)]
pub struct GenInvoice {
    /// Sequence number `n` of the identifier `INV-000000n` (1-based, in date order).
    pub number: u32,
    /// Index into [`GeneratedData::customers`].
    pub customer: usize,
    /// Invoice date.
    pub invoice_date: NaiveDate,
    /// Due date = invoice date + terms.
    pub due_date: NaiveDate,
    /// Payment terms of this invoice.
    pub terms_days: u16,
    /// Amount in cents (currency EUR).
    pub amount_cents: i64,
    /// Cash discount offered, if any.
    pub discount: Option<CashDiscount>,
    /// Whether the customer disputes the invoice.
    pub disputed: bool,
    /// Whether the invoice was delivered electronically (else on paper).
    pub electronic: bool,
    /// Channel the order came through (no effect on payment).
    pub channel: Channel,
    /// True probability of paying on time.
    pub p_on_time: f64,
    /// True probability of paying 1..=30 days late.
    pub p_late: f64,
    /// True probability of paying more than 30 days late or never.
    pub p_very_late: f64,
    /// Bucket drawn from the probabilities.
    pub bucket: Bucket,
    /// Days late drawn within the bucket; `None` when the invoice will never be paid.
    pub days_late: Option<i32>,
    /// Settlement date (due date + days late), possibly after as_of; `None` if never paid.
    pub settled_on: Option<NaiveDate>,
}

impl GenInvoice {
    /// Whether the invoice is still (at least partly) unpaid at `as_of`.
    pub fn is_open_at(&self, as_of: NaiveDate) -> bool {
        self.settled_on.is_none_or(|d| d > as_of)
    }

    /// The true bucket probabilities as `[on time, late, very late]`.
    pub fn probabilities(&self) -> [f64; 3] {
        [self.p_on_time, self.p_late, self.p_very_late]
    }
}

/// One payment made on or before as_of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GenPayment {
    /// Index into [`GeneratedData::invoices`].
    pub invoice: usize,
    /// Date the money arrived.
    pub payment_date: NaiveDate,
    /// Amount paid in cents.
    pub amount_cents: i64,
}

/// A complete generated data set.
#[derive(Debug, Clone, PartialEq)]
pub struct GeneratedData {
    /// Customers, in identifier order.
    pub customers: Vec<GenCustomer>,
    /// Invoices, in date (and identifier) order.
    pub invoices: Vec<GenInvoice>,
    /// Payments up to as_of, in date order.
    pub payments: Vec<GenPayment>,
    /// The data set's "today".
    pub as_of: NaiveDate,
}

impl GeneratedData {
    /// Number of invoices not fully paid at as_of.
    pub fn open_count(&self) -> usize {
        self.invoices
            .iter()
            .filter(|inv| inv.is_open_at(self.as_of))
            .count()
    }

    /// Shares of the drawn buckets `[on time, late, very late]` over all invoices
    /// (never-paid invoices count as very late).
    pub fn bucket_shares(&self) -> [f64; 3] {
        let mut counts = [0usize; 3];
        for inv in &self.invoices {
            counts[inv.bucket.index()] += 1;
        }
        let total = self.invoices.len().max(1) as f64;
        counts.map(|c| c as f64 / total)
    }
}

/// What drives an invoice's lateness; the inputs of [`bucket_probabilities`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Drivers {
    /// The customer's current lateness habit (latent; about −2..2, higher is later).
    pub habit: f64,
    /// Payment terms of the invoice.
    pub terms_days: u16,
    /// Cash discount percent offered, if any.
    pub discount_pct: Option<u8>,
    /// Whether the invoice is disputed.
    pub disputed: bool,
    /// ln(amount / the customer's typical amount).
    pub log_size_ratio: f64,
    /// Invoice dated in the last two weeks of a quarter.
    pub quarter_end: bool,
    /// Invoice dated in the last two weeks of December.
    pub year_end: bool,
    /// Delivered electronically.
    pub electronic: bool,
    /// The customer's segment.
    pub group: Segment,
}

/// Exact bucket probabilities `[on time, late, very late]` of a paying customer's invoice.
///
/// A softmax over on time (logit 0), `z_late` and `z_very_late`; the coefficients are the
/// generator's ground truth.
pub fn bucket_probabilities(d: &Drivers) -> [f64; 3] {
    // Calibrated so the sample set lands near 60 % / 28 % / 12 %.
    let mut z_late = -0.5 + d.habit;
    // Chronically late customers slide into "very late" faster than into "late".
    let mut z_very_late = -1.7 + 1.35 * d.habit;

    // Longer terms leave room for the customer's payment run to pick the invoice up in time;
    // 14-day terms are often missed.
    let terms_delta = f64::from(d.terms_days) - 30.0;
    z_late -= 0.012 * terms_delta;
    z_very_late -= 0.010 * terms_delta;

    // A cash discount is a direct incentive; each percent counts.
    if let Some(pct) = d.discount_pct {
        let pct = f64::from(pct);
        z_late -= 0.5 * pct;
        z_very_late -= 0.45 * pct;
    }

    // A disputed invoice waits for a credit note or a resolution.
    if d.disputed {
        z_late += 0.4;
        z_very_late += 2.8;
    }

    // Large invoices need extra approval; tiny ones slip through.
    let size = d.log_size_ratio.clamp(-3.0, 3.0);
    z_late += 0.35 * size;
    z_very_late += 0.5 * size;

    // Cash is held back around closing dates.
    if d.quarter_end {
        z_late += 0.25;
        z_very_late += 0.2;
    }
    if d.year_end {
        z_late += 0.2;
        z_very_late += 0.25;
    }

    // Paper invoices get lost and are scanned late.
    if d.electronic {
        z_late -= 0.25;
        z_very_late -= 0.15;
    }

    // Public bodies pay slowly but reliably; wholesalers juggle cash.
    let (g_late, g_very_late) = match d.group {
        Segment::Retail | Segment::Manufacturing => (0.0, 0.0),
        Segment::Wholesale => (0.1, 0.1),
        Segment::PublicSector => (0.35, -0.1),
        Segment::Services => (-0.1, 0.0),
    };
    z_late += g_late;
    z_very_late += g_very_late;

    softmax3(z_late, z_very_late)
}

/// Softmax of the logits `[0, z_late, z_very_late]`.
fn softmax3(z_late: f64, z_very_late: f64) -> [f64; 3] {
    let max = z_late.max(z_very_late).max(0.0);
    let e0 = (-max).exp();
    let e1 = (z_late - max).exp();
    let e2 = (z_very_late - max).exp();
    let sum = e0 + e1 + e2;
    [e0 / sum, e1 / sum, e2 / sum]
}

/// Whether a date lies in the last two weeks of a quarter (all quarter-end months end on the 30th or 31st).
fn is_quarter_end(date: NaiveDate) -> bool {
    date.month().is_multiple_of(3) && date.day() >= 17
}

/// Whether a date lies in the last two weeks of the year.
fn is_year_end(date: NaiveDate) -> bool {
    date.month() == 12 && date.day() >= 18
}

/// Generates a complete data set; the same parameters always give the same result.
///
/// With zero customers no invoices can be issued, so the result is empty. An `as_of` before
/// `start` is treated as `start`.
pub fn generate(params: &GenParams) -> GeneratedData {
    let as_of = params.as_of.max(params.start);
    let world = World::new(params.start, as_of);
    let mut customer_rng = rng_stream(params.seed, STREAM_CUSTOMERS);
    let mut arrival_rng = rng_stream(params.seed, STREAM_ARRIVALS);
    let mut behaviour_rng = rng_stream(params.seed, STREAM_BEHAVIOUR);

    let (customers, mut latents) = build_customers(params, &world, &mut customer_rng);
    let invoice_count = if customers.is_empty() {
        0
    } else {
        params.invoices
    };
    let arrivals = draw_arrivals(invoice_count, &latents, &world, &mut arrival_rng);
    let mut sim = Simulation {
        world: &world,
        customers: &customers,
        latents: &mut latents,
        rng: &mut behaviour_rng,
        invoices: Vec::with_capacity(arrivals.len()),
        payments: Vec::with_capacity(arrivals.len() + arrivals.len() / 10),
    };
    for &(day, customer) in &arrivals {
        sim.issue(day, customer as usize);
    }
    let Simulation {
        invoices,
        mut payments,
        ..
    } = sim;
    // A bank export lists payments by date; the stable sort keeps partial payments in order.
    payments.sort_by_key(|p| (p.payment_date, p.invoice));
    GeneratedData {
        customers,
        invoices,
        payments,
        as_of,
    }
}

// Separate streams per phase so that, e.g., a change in name generation does not reshuffle
// every invoice.
const STREAM_CUSTOMERS: u64 = 1;
const STREAM_ARRIVALS: u64 = 2;
const STREAM_BEHAVIOUR: u64 = 3;

fn rng_stream(seed: u64, stream: u64) -> ChaCha8Rng {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    rng.set_stream(stream);
    rng
}

/// The time frame, as day numbers since the common era (cheap arithmetic in hot loops).
struct World {
    start_day: i32,
    as_of_day: i32,
    /// Weekday of `start_day`, Monday = 0.
    start_weekday: i32,
}

impl World {
    fn new(start: NaiveDate, as_of: NaiveDate) -> Self {
        Self {
            start_day: start.num_days_from_ce(),
            as_of_day: as_of.num_days_from_ce(),
            start_weekday: start.weekday().num_days_from_monday() as i32,
        }
    }

    fn span_days(&self) -> i32 {
        self.as_of_day - self.start_day
    }

    /// Relative invoicing volume on `day` (0.6 at the start rising to 1 at as_of): a growing
    /// business, which also puts a realistic number of recent invoices still open at as_of.
    fn growth(&self, day: i32) -> f64 {
        let span = self.span_days().max(1);
        let progress = f64::from((day - self.start_day).clamp(0, span)) / f64::from(span);
        0.6 + 0.4 * progress
    }

    /// Weekday of `day`, Monday = 0 … Sunday = 6.
    fn weekday(&self, day: i32) -> i32 {
        (day - self.start_day + self.start_weekday).rem_euclid(7)
    }

    fn is_weekend(&self, day: i32) -> bool {
        self.weekday(day) >= 5
    }

    /// Moves a weekend settlement to the nearest business day that keeps the drawn bucket
    /// (money arrives on bank days; the bucket must not change or the oracle would be wrong).
    /// Early payers move back to Friday, late ones on to Monday.
    fn business_days_late(&self, due_day: i32, days_late: i32, terms_days: u16) -> i32 {
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

fn date_of(day: i32) -> NaiveDate {
    NaiveDate::from_num_days_from_ce_opt(day).unwrap_or(if day < 0 {
        NaiveDate::MIN
    } else {
        NaiveDate::MAX
    })
}

fn ymd(year: i32, month: u32, day: u32) -> NaiveDate {
    // Only called with valid constant dates; the fallback merely avoids a panic path.
    NaiveDate::from_ymd_opt(year, month, day).unwrap_or(NaiveDate::MIN)
}

/// Hidden per-customer state used while simulating.
struct Latent {
    /// Long-run habit level.
    level: f64,
    /// Current deviation from the level (mean-reverting random walk).
    deviation: f64,
    /// Week index (days since start / 7) the deviation was last advanced to.
    week: i32,
    /// First and last day invoices can be issued.
    active_from: i32,
    active_to: i32,
    /// Relative invoicing volume per active day.
    volume_weight: f64,
    typical_amount_eur: f64,
    discount_offer_rate: f64,
    discount_pct: u8,
    channel: Channel,
    paperless_day: Option<i32>,
    bad_day: Option<i32>,
}

/// Weekly persistence of a habit deviation (half-life about eight months).
const HABIT_PHI_WEEKLY: f64 = 0.98;
/// Stationary standard deviation of a habit deviation.
const HABIT_DRIFT_SD: f64 = 0.45;
/// How long before going bad a customer's payments start to slip.
const DISTRESS_DAYS: i32 = 120;
/// Extra habit at the moment of going bad (ramps up linearly over `DISTRESS_DAYS`).
const DISTRESS_HABIT: f64 = 1.6;

impl Latent {
    /// Habit on `day`, advancing the random walk to that day's week first.
    fn habit_on(&mut self, day: i32, world: &World, rng: &mut ChaCha8Rng) -> f64 {
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

fn pick_weighted<T: Copy>(rng: &mut ChaCha8Rng, items: &[(T, u32)]) -> T {
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

fn pick<T: Copy>(rng: &mut ChaCha8Rng, items: &[T]) -> T {
    items[rng.gen_range(0..items.len())]
}

fn normal(rng: &mut ChaCha8Rng) -> f64 {
    rng.sample(StandardNormal)
}

const COUNTRIES: [(&str, u32); 10] = [
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

const SEGMENTS: [(Segment, u32); 5] = [
    (Segment::Retail, 22),
    (Segment::Wholesale, 25),
    (Segment::Manufacturing, 25),
    (Segment::PublicSector, 10),
    (Segment::Services, 18),
];

const CHANNELS: [(Channel, u32); 4] = [
    (Channel::Web, 30),
    (Channel::Edi, 25),
    (Channel::Email, 35),
    (Channel::Phone, 10),
];

fn build_customers(
    params: &GenParams,
    world: &World,
    rng: &mut ChaCha8Rng,
) -> (Vec<GenCustomer>, Vec<Latent>) {
    let n = params.customers;
    let span = world.span_days();
    let id_width = digits(n).max(5);
    let mut names = HashSet::with_capacity(n);
    let mut customers = Vec::with_capacity(n);
    let mut latents = Vec::with_capacity(n);

    // About 2 % go bad; they need enough history before and after, so only on spans of a year or more.
    let bad_count = if span >= 365 {
        ((n as f64) * 0.02).round() as usize
    } else {
        0
    };
    let mut is_bad = vec![false; n];
    for i in rand::seq::index::sample(rng, n, bad_count.min(n)) {
        is_bad[i] = true;
    }

    for (i, &bad) in is_bad.iter().enumerate() {
        let country = pick_weighted(rng, &COUNTRIES);
        let group = pick_weighted(rng, &SEGMENTS);
        let name = unique_name(rng, group, country, &mut names);
        let terms_days = match group {
            // Public bodies mostly use statutory 30-day terms.
            Segment::PublicSector => pick_weighted(rng, &[(14, 5), (30, 80), (45, 5), (60, 10)]),
            _ => pick_weighted(rng, &[(14, 10), (30, 45), (45, 20), (60, 25)]),
        };

        // A mixture: reliable payers, ordinary ones, chronically late ones.
        let kind: f64 = rng.r#gen();
        let shift = if kind < 0.2 {
            -1.1
        } else if kind > 0.85 {
            1.2
        } else {
            0.0
        };
        let level = shift + 0.6 * normal(rng);
        let deviation = HABIT_DRIFT_SD * normal(rng);

        // Heavy-tailed invoicing volume and invoice size across customers.
        let volume_weight = (1.2 * normal(rng)).exp();
        let typical_amount_eur = (2500.0 * (1.1 * normal(rng)).exp()).clamp(60.0, 400_000.0);

        let discount_offer_rate = if rng.gen_bool(0.3) { 0.6 } else { 0.06 };
        let discount_pct = pick_weighted(rng, &[(1u8, 3), (2, 5), (3, 2)]);
        let channel = pick_weighted(rng, &CHANNELS);

        let paperless_roll: f64 = rng.r#gen();
        let paperless_day = if paperless_roll < 0.35 {
            Some(world.start_day - rng.gen_range(30..1500))
        } else if paperless_roll < 0.65 {
            Some(world.start_day + rng.gen_range(0..=span))
        } else {
            None
        };

        // Most customers exist from the start; some join later, some leave.
        let (mut active_from, mut active_to) = (world.start_day, world.as_of_day);
        let mut bad_day = None;
        if bad {
            let earliest = world.start_day + (span / 4).max(180);
            let latest = world.as_of_day - 45;
            let day = rng.gen_range(earliest.min(latest)..=latest);
            bad_day = Some(day);
            // Shipping stops a few weeks after the first unpaid invoices.
            active_to = (day + rng.gen_range(30..=90)).min(world.as_of_day);
        } else if span >= 120 {
            if rng.gen_bool(0.25) {
                active_from += rng.gen_range(0..=(span * 4 / 5));
            }
            if rng.gen_bool(0.06) {
                let room = world.as_of_day - active_from;
                active_to = active_from + rng.gen_range((room / 3).max(60).min(room)..=room);
            }
        }
        active_from = active_from.min(active_to);

        customers.push(GenCustomer {
            customer_id: format!("C{:0width$}", i + 1, width = id_width),
            name,
            group,
            country,
            credit_limit_cents: 0,
            payment_terms_days: terms_days,
            paperless_since: paperless_day.map(date_of),
            typical_amount_cents: (typical_amount_eur * 100.0).round() as i64,
            habit_level: level,
            goes_bad_on: bad_day.map(date_of),
        });
        latents.push(Latent {
            level,
            deviation,
            week: 0,
            active_from,
            active_to,
            volume_weight,
            typical_amount_eur,
            discount_offer_rate,
            discount_pct,
            channel,
            paperless_day,
            bad_day,
        });
    }

    set_credit_limits(params.invoices, &mut customers, &latents);
    (customers, latents)
}

/// Credit limit ≈ 1.5 × the expected outstanding balance, rounded up to a round number.
fn set_credit_limits(invoices: usize, customers: &mut [GenCustomer], latents: &[Latent]) {
    let total: f64 = latents.iter().map(arrival_weight).sum();
    for (customer, latent) in customers.iter_mut().zip(latents) {
        let share = if total > 0.0 {
            arrival_weight(latent) / total
        } else {
            0.0
        };
        let active_days = f64::from(latent.active_to - latent.active_from + 1);
        let invoices_per_day = invoices as f64 * share / active_days;
        // Mean of the per-invoice log-normal (sigma 0.55) around the typical amount.
        let mean_amount = latent.typical_amount_eur * (0.55f64 * 0.55 / 2.0).exp();
        let days_outstanding = f64::from(customer.payment_terms_days) + 15.0;
        let limit = 1.5 * invoices_per_day * days_outstanding * mean_amount;
        customer.credit_limit_cents = round_limit(limit) * 100;
    }
}

fn round_limit(amount: f64) -> i64 {
    let step = if amount < 10_000.0 {
        1_000.0
    } else if amount < 100_000.0 {
        5_000.0
    } else if amount < 1_000_000.0 {
        25_000.0
    } else {
        100_000.0
    };
    ((amount / step).ceil() * step).max(5_000.0) as i64
}

fn arrival_weight(latent: &Latent) -> f64 {
    latent.volume_weight * f64::from(latent.active_to - latent.active_from + 1)
}

/// Draws `(day, customer)` for every invoice, sorted by day: customers by volume weight × active
/// days, days uniformly within the customer's active window, mostly on weekdays.
fn draw_arrivals(
    count: usize,
    latents: &[Latent],
    world: &World,
    rng: &mut ChaCha8Rng,
) -> Vec<(i32, u32)> {
    let mut cumulative = Vec::with_capacity(latents.len());
    let mut total = 0.0;
    for latent in latents {
        total += arrival_weight(latent);
        cumulative.push(total);
    }
    let mut arrivals = Vec::with_capacity(count);
    if latents.is_empty() {
        return arrivals;
    }
    for _ in 0..count {
        let ticket = rng.gen_range(0.0..total);
        let customer = cumulative
            .partition_point(|&c| c <= ticket)
            .min(latents.len() - 1);
        let latent = &latents[customer];
        let mut day = rng.gen_range(latent.active_from..=latent.active_to);
        // Invoicing runs on business days (a few weekend invoices remain) and the business
        // grows over the span. Bounded retries keep a weekend-only window from looping forever.
        for _ in 0..32 {
            let weekday_ok = !world.is_weekend(day) || rng.gen_bool(0.03);
            if weekday_ok && rng.gen_bool(world.growth(day)) {
                break;
            }
            day = rng.gen_range(latent.active_from..=latent.active_to);
        }
        arrivals.push((day, customer as u32));
    }
    arrivals.sort_unstable();
    arrivals
}

struct Simulation<'a> {
    world: &'a World,
    customers: &'a [GenCustomer],
    latents: &'a mut [Latent],
    rng: &'a mut ChaCha8Rng,
    invoices: Vec<GenInvoice>,
    payments: Vec<GenPayment>,
}

impl Simulation<'_> {
    /// Issues one invoice on `day` and simulates its payment.
    fn issue(&mut self, day: i32, customer: usize) {
        let rng = &mut *self.rng;
        let world = self.world;
        let cust = &self.customers[customer];
        let latent = &mut self.latents[customer];
        let habit = latent.habit_on(day, world, rng);
        let invoice_date = date_of(day);

        let terms_days = if rng.gen_bool(0.85) {
            cust.payment_terms_days
        } else {
            pick(rng, &TERMS_DAYS)
        };
        let due_day = day + i32::from(terms_days);

        let amount = (latent.typical_amount_eur * (0.55 * normal(rng)).exp()).max(5.0);
        let amount_cents = (amount * 100.0).round() as i64;
        let log_size_ratio = (amount / latent.typical_amount_eur).ln();

        let discount = rng.gen_bool(latent.discount_offer_rate).then(|| {
            let pct = if rng.gen_bool(0.8) {
                latent.discount_pct
            } else {
                rng.gen_range(1..=3)
            };
            // The discount window must end before the due date.
            let days = match terms_days {
                14 => pick(rng, &[7, 10]),
                30 => pick(rng, &[10, 10, 14]),
                _ => pick(rng, &[10, 14, 20]),
            };
            CashDiscount { pct, days }
        });

        // Large invoices are disputed a bit more often.
        let dispute_rate = if log_size_ratio > 0.7 { 0.045 } else { 0.025 };
        let disputed = rng.gen_bool(dispute_rate);
        let electronic = latent.paperless_day.is_some_and(|p| day >= p);
        let channel = if rng.gen_bool(0.75) {
            latent.channel
        } else {
            pick_weighted(rng, &CHANNELS)
        };

        let number = self.invoices.len() as u32 + 1;
        let index = self.invoices.len();
        let gone_bad = latent.bad_day.is_some_and(|b| day >= b);
        let (probabilities, bucket, days_late) = if gone_bad {
            // Certain: the customer will never pay again.
            ([0.0, 0.0, 1.0], Bucket::VeryLate, None)
        } else {
            let drivers = Drivers {
                habit,
                terms_days,
                discount_pct: discount.map(|d| d.pct),
                disputed,
                log_size_ratio,
                quarter_end: is_quarter_end(invoice_date),
                year_end: is_year_end(invoice_date),
                electronic,
                group: cust.group,
            };
            let p = bucket_probabilities(&drivers);
            let u: f64 = rng.r#gen();
            let bucket = if u < p[0] {
                Bucket::OnTime
            } else if u < p[0] + p[1] {
                Bucket::Late
            } else {
                Bucket::VeryLate
            };
            let days_late = draw_days_late(rng, bucket, terms_days, discount, habit, disputed);
            let days_late = world.business_days_late(due_day, days_late, terms_days);
            (p, bucket, Some(days_late))
        };

        let settle_day = days_late.map(|d| due_day + d);
        if let Some(settle_day) = settle_day {
            self.pay(index, day, settle_day, amount_cents, bucket);
        }
        self.invoices.push(GenInvoice {
            number,
            customer,
            invoice_date,
            due_date: date_of(due_day),
            terms_days,
            amount_cents,
            discount,
            disputed,
            electronic,
            channel,
            p_on_time: probabilities[0],
            p_late: probabilities[1],
            p_very_late: probabilities[2],
            bucket,
            days_late,
            settled_on: settle_day.map(date_of),
        });
    }

    /// Records the payments of a settled invoice that happen on or before as_of: usually one,
    /// sometimes 2–3 instalments ending on the settlement day.
    fn pay(
        &mut self,
        invoice: usize,
        day: i32,
        settle_day: i32,
        amount_cents: i64,
        bucket: Bucket,
    ) {
        let rng = &mut *self.rng;
        // Customers in trouble pay in instalments more often.
        let partial_rate = if bucket == Bucket::VeryLate {
            0.14
        } else {
            0.04
        };
        let spread_days = settle_day - day;
        let parts = if spread_days >= 2 && amount_cents >= 200 && rng.gen_bool(partial_rate) {
            if rng.gen_bool(0.7) { 2 } else { 3 }
        } else {
            1
        };

        let mut instalment_days = [0i32; 2];
        for slot in instalment_days.iter_mut().take(parts - 1) {
            *slot = day + rng.gen_range(0..spread_days);
            // Instalments are bank transfers too: prefer business days (bounded redraws).
            for _ in 0..8 {
                if !self.world.is_weekend(*slot) {
                    break;
                }
                *slot = day + rng.gen_range(0..spread_days);
            }
        }
        instalment_days[..parts - 1].sort_unstable();

        let mut remaining = amount_cents;
        for &pay_day in &instalment_days[..parts - 1] {
            let share = self.rng.gen_range(0.25..0.6);
            let mut part = (remaining as f64 * share).round() as i64;
            // Instalments are usually whole euros.
            if part >= 100 {
                part -= part % 100;
            }
            let part = part.clamp(1, remaining - 1);
            remaining -= part;
            self.record(invoice, pay_day, part);
        }
        self.record(invoice, settle_day, remaining);
    }

    fn record(&mut self, invoice: usize, day: i32, amount_cents: i64) {
        if day <= self.world.as_of_day {
            self.payments.push(GenPayment {
                invoice,
                payment_date: date_of(day),
                amount_cents,
            });
        }
    }
}

/// Draws the days late within an already drawn bucket.
fn draw_days_late(
    rng: &mut ChaCha8Rng,
    bucket: Bucket,
    terms_days: u16,
    discount: Option<CashDiscount>,
    habit: f64,
    disputed: bool,
) -> i32 {
    let terms = i32::from(terms_days);
    match bucket {
        Bucket::OnTime => {
            if let Some(d) = discount.filter(|_| rng.gen_bool(0.75)) {
                // Discount taken: paid at or a few days before the discount deadline.
                let last = i32::from(d.days).min(terms);
                let offset = last - truncated_geometric(rng, 1.5, last);
                offset - terms
            } else if rng.gen_bool(0.7) {
                // Most payment runs aim at the due date.
                -truncated_geometric(rng, 2.0, terms)
            } else {
                -rng.gen_range(0..=terms)
            }
        }
        Bucket::Late => {
            // Habitually late customers drift further into the bucket.
            let mean = (7.0 * (0.25 * habit).exp()).clamp(3.0, 15.0);
            1 + truncated_geometric(rng, mean, LATE_MAX_DAYS - 1)
        }
        Bucket::VeryLate => {
            let mut mean = (35.0 * (0.2 * habit).exp()).clamp(12.0, 75.0);
            if disputed {
                mean *= 1.5;
            }
            LATE_MAX_DAYS
                + 1
                + truncated_geometric(rng, mean, VERY_LATE_MAX_DAYS - LATE_MAX_DAYS - 1)
        }
    }
}

/// A geometric draw on `0..=max` with the given (untruncated) mean, by exact inverse CDF.
fn truncated_geometric(rng: &mut ChaCha8Rng, mean: f64, max: i32) -> i32 {
    if max <= 0 {
        return 0;
    }
    let q = mean / (1.0 + mean); // probability of "one more day"
    let tail = q.powi(max + 1);
    let u: f64 = rng.r#gen();
    // P(K > k) = q^(k+1); invert on the truncated range.
    let k = ((1.0 - u * (1.0 - tail)).ln() / q.ln()).floor() as i32;
    k.clamp(0, max)
}

fn digits(n: usize) -> usize {
    n.max(1).ilog10() as usize + 1
}

// ---------------------------------------------------------------------------------------------
// Names

const PREFIXES: [&str; 28] = [
    "Nordic",
    "Baltic",
    "Northern",
    "Atlantic",
    "Alpine",
    "Central",
    "Royal",
    "United",
    "Coastal",
    "Continental",
    "Euro",
    "Global",
    "Summit",
    "Evergreen",
    "Silverline",
    "Blue River",
    "Greenfield",
    "Westbrook",
    "Eastgate",
    "Highland",
    "Lakeside",
    "Polar",
    "Sunrise",
    "Iron Bridge",
    "Oak Valley",
    "Red Cedar",
    "Harbour",
    "Meridian",
];

fn trade_words(group: Segment) -> &'static [&'static str] {
    match group {
        Segment::Retail => &[
            "Home Goods",
            "Fashion",
            "Outdoor",
            "Garden Centre",
            "Books",
            "Pharmacy",
            "Electronics",
            "Grocers",
            "Sports",
            "Furniture",
            "Interiors",
            "Toys",
        ],
        Segment::Wholesale => &[
            "Trading",
            "Distribution",
            "Supply",
            "Imports",
            "Foods",
            "Beverages",
            "Wholesale",
            "Paper Supply",
            "Hardware",
            "Fresh Produce",
            "Building Materials",
        ],
        Segment::Manufacturing => &[
            "Timber",
            "Steel",
            "Plastics",
            "Machinery",
            "Components",
            "Textiles",
            "Packaging",
            "Precision Parts",
            "Chemicals",
            "Glassworks",
            "Tooling",
            "Castings",
        ],
        Segment::Services | Segment::PublicSector => &[
            "Logistics",
            "Consulting",
            "Facility Services",
            "Engineering",
            "IT Services",
            "Cleaning",
            "Transport",
            "Security",
            "Marketing",
            "Staffing",
            "Catering",
        ],
    }
}

fn surnames(country: &str) -> &'static [&'static str] {
    match country {
        "SE" => &[
            "Andersson",
            "Lindqvist",
            "Berg",
            "Holm",
            "Ekström",
            "Nyberg",
            "Sandberg",
        ],
        "NL" => &[
            "Van Dijk",
            "De Vries",
            "Jansen",
            "Bakker",
            "Visser",
            "Van der Berg",
            "Mulder",
        ],
        "DE" => &[
            "Schmidt", "Müller", "Becker", "Hoffmann", "Wagner", "Krüger", "Richter",
        ],
        "GB" => &[
            "Taylor",
            "Whitfield",
            "Hughes",
            "Barnes",
            "Ashworth",
            "Pennington",
        ],
        "US" => &[
            "Miller",
            "Carter",
            "Henderson",
            "Brooks",
            "Sullivan",
            "Whitaker",
        ],
        "FR" => &[
            "Dubois", "Lefèvre", "Moreau", "Girard", "Fontaine", "Rousseau",
        ],
        "DK" => &["Sørensen", "Jensen", "Kristensen", "Møller", "Dahl"],
        "FI" => &["Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Laine"],
        "BE" => &["Peeters", "Janssens", "Maes", "Claes", "Wouters"],
        _ => &["Nowak", "Kowalski", "Wiśniewski", "Zieliński", "Mazur"],
    }
}

fn legal_forms(country: &str) -> &'static [&'static str] {
    match country {
        "SE" => &["AB"],
        "NL" => &["BV", "BV", "NV"],
        "DE" => &["GmbH", "GmbH", "AG", "KG"],
        "GB" => &["Ltd", "Ltd", "PLC"],
        "US" => &["Inc", "LLC", "Corp"],
        "FR" => &["SA", "SARL", "SAS"],
        "DK" => &["A/S", "ApS"],
        "FI" => &["Oy", "Oyj"],
        "BE" => &["NV", "BV"],
        _ => &["Sp. z o.o.", "S.A."],
    }
}

fn cities(country: &str) -> &'static [&'static str] {
    match country {
        "SE" => &[
            "Malmö",
            "Uppsala",
            "Västerås",
            "Örebro",
            "Linköping",
            "Umeå",
        ],
        "NL" => &[
            "Utrecht",
            "Eindhoven",
            "Groningen",
            "Tilburg",
            "Breda",
            "Zwolle",
        ],
        "DE" => &[
            "Bremen",
            "Dortmund",
            "Leipzig",
            "Nürnberg",
            "Kassel",
            "Freiburg",
        ],
        "GB" => &["Leeds", "Bristol", "Norwich", "York", "Cardiff", "Derby"],
        "US" => &["Dayton", "Tacoma", "Madison", "Boise", "Spokane", "Toledo"],
        "FR" => &["Lyon", "Lille", "Nantes", "Rennes", "Dijon", "Grenoble"],
        "DK" => &["Aarhus", "Odense", "Aalborg", "Esbjerg", "Vejle"],
        "FI" => &["Tampere", "Turku", "Oulu", "Espoo", "Lahti"],
        "BE" => &["Gent", "Leuven", "Brugge", "Namur", "Hasselt"],
        _ => &["Poznań", "Gdańsk", "Wrocław", "Łódź", "Lublin"],
    }
}

fn public_body(rng: &mut ChaCha8Rng, country: &str) -> String {
    let city = pick(rng, cities(country));
    let pattern = rng.gen_range(0..6);
    match (country, pattern) {
        ("SE", 0 | 1) => format!("{city} kommun"),
        ("NL", 0 | 1) => format!("Gemeente {city}"),
        ("DE", 0 | 1) => format!("Stadt {city}"),
        ("FR", 0 | 1) => format!("Ville de {city}"),
        ("DK", 0 | 1) => format!("{city} Kommune"),
        (_, 0) => format!("City of {city}"),
        (_, 1) => format!("{city} City Council"),
        (_, 2) => format!("{city} University Hospital"),
        (_, 3) => format!("{city} University"),
        (_, 4) => format!("{city} Regional Water Authority"),
        _ => format!("{city} Public Transport"),
    }
}

fn company_name(rng: &mut ChaCha8Rng, group: Segment, country: &str) -> String {
    if group == Segment::PublicSector {
        return public_body(rng, country);
    }
    let legal = pick(rng, legal_forms(country));
    let trade = pick(rng, trade_words(group));
    match rng.gen_range(0..10) {
        0..=3 => format!("{} {trade} {legal}", pick(rng, &PREFIXES)),
        4..=6 => format!("{} {trade} {legal}", pick(rng, surnames(country))),
        7 => format!(
            "{} & {} {legal}",
            pick(rng, surnames(country)),
            pick(rng, surnames(country))
        ),
        8 => format!("{} {trade} {legal}", pick(rng, cities(country))),
        _ => format!("{} Group {legal}", pick(rng, surnames(country))),
    }
}

/// A name not used yet: a few fresh draws, then a numbered branch as a last resort.
fn unique_name(
    rng: &mut ChaCha8Rng,
    group: Segment,
    country: &str,
    used: &mut HashSet<String>,
) -> String {
    let mut name = company_name(rng, group, country);
    for _ in 0..12 {
        if !used.contains(&name) {
            break;
        }
        name = company_name(rng, group, country);
    }
    let mut candidate = name.clone();
    let mut branch = 2;
    while used.contains(&candidate) {
        candidate = format!("{name} {branch}");
        branch += 1;
    }
    used.insert(candidate.clone());
    candidate
}

// ---------------------------------------------------------------------------------------------
// CSV output

/// Writes customers.csv, invoices.csv, payments.csv and truth.csv into `dir` (creating it); returns the paths written.
pub fn write_csv(data: &GeneratedData, dir: &Path) -> io::Result<Vec<PathBuf>> {
    fs::create_dir_all(dir)?;
    let max_number = data.invoices.iter().map(|i| i.number).max().unwrap_or(0);
    let ids = InvoiceIds {
        width: digits(max_number as usize).max(7),
    };
    let dates = DateCache::new(data);

    let customers_path = dir.join("customers.csv");
    write_file(&customers_path, |w| write_customers(w, data, &dates))?;
    let invoices_path = dir.join("invoices.csv");
    write_file(&invoices_path, |w| write_invoices(w, data, &ids, &dates))?;
    let payments_path = dir.join("payments.csv");
    write_file(&payments_path, |w| write_payments(w, data, &ids, &dates))?;
    let truth_path = dir.join("truth.csv");
    write_file(&truth_path, |w| write_truth(w, data, &ids))?;
    Ok(vec![
        customers_path,
        invoices_path,
        payments_path,
        truth_path,
    ])
}

/// The project's one CSV writer, streaming into the atomic writer's temporary file.
type Out<'a> = CsvOut<&'a mut dyn Write>;

fn write_file(path: &Path, body: impl FnOnce(&mut Out) -> io::Result<()>) -> io::Result<()> {
    write_csv_file(path, body)
}

fn write_customers(w: &mut Out, data: &GeneratedData, dates: &DateCache) -> io::Result<()> {
    w.header(&[
        "customer_id",
        "name",
        "group",
        "country",
        "credit_limit",
        "payment_terms_days",
        "paperless_since",
    ])?;
    for c in &data.customers {
        w.text(&c.customer_id)?;
        // Names come from comma-free word lists; the writer would quote a comma anyway.
        w.text(&c.name)?;
        w.text(c.group.label())?;
        w.text(c.country)?;
        write_money(w, c.credit_limit_cents)?;
        w.integer(i64::from(c.payment_terms_days))?;
        match c.paperless_since {
            Some(d) => dates.write(w, d)?,
            None => w.empty()?,
        }
        w.end_row()?;
    }
    Ok(())
}

fn write_invoices(
    w: &mut Out,
    data: &GeneratedData,
    ids: &InvoiceIds,
    dates: &DateCache,
) -> io::Result<()> {
    w.header(&[
        "invoice_id",
        "customer_id",
        "invoice_date",
        "due_date",
        "amount",
        "currency",
        "discount_pct",
        "discount_days",
        "disputed",
        "delivery",
        "channel",
    ])?;
    for inv in &data.invoices {
        ids.write(w, inv.number)?;
        let customer_id = data
            .customers
            .get(inv.customer)
            .map_or("", |c| c.customer_id.as_str());
        w.text(customer_id)?;
        dates.write(w, inv.invoice_date)?;
        dates.write(w, inv.due_date)?;
        write_money(w, inv.amount_cents)?;
        w.text("EUR")?;
        if let Some(d) = inv.discount {
            w.integer(i64::from(d.pct))?;
            w.integer(i64::from(d.days))?;
        } else {
            w.empty()?;
            w.empty()?;
        }
        w.text(if inv.disputed { "yes" } else { "no" })?;
        w.text(if inv.electronic {
            "electronic"
        } else {
            "paper"
        })?;
        w.text(inv.channel.label())?;
        w.end_row()?;
    }
    Ok(())
}

fn write_payments(
    w: &mut Out,
    data: &GeneratedData,
    ids: &InvoiceIds,
    dates: &DateCache,
) -> io::Result<()> {
    w.header(&["invoice_id", "payment_date", "amount"])?;
    for p in &data.payments {
        let number = data.invoices.get(p.invoice).map_or(0, |inv| inv.number);
        ids.write(w, number)?;
        dates.write(w, p.payment_date)?;
        write_money(w, p.amount_cents)?;
        w.end_row()?;
    }
    Ok(())
}

/// A generated data set's truth.csv (see `write_truth`): invoice id → its true bucket
/// probabilities, for comparing a model with the oracle. `None` when the file cannot be read.
pub fn read_truth(path: &Path) -> Option<HashMap<String, Vec<f64>>> {
    let text = fs::read_to_string(path).ok()?;
    let mut out = HashMap::new();
    for line in text.lines().skip(1) {
        let mut parts = line.split(',');
        let id = parts.next()?.to_string();
        let probs: Vec<f64> = parts.take(3).filter_map(|v| v.parse().ok()).collect();
        if probs.len() == 3 {
            out.insert(id, probs);
        }
    }
    Some(out)
}

fn write_truth(w: &mut Out, data: &GeneratedData, ids: &InvoiceIds) -> io::Result<()> {
    w.header(&[
        "invoice_id",
        "p_on_time",
        "p_late",
        "p_very_late",
        "days_late",
    ])?;
    for inv in &data.invoices {
        ids.write(w, inv.number)?;
        for p in inv.probabilities() {
            write_probability(w, p)?;
        }
        match inv.days_late {
            Some(days) => w.integer(i64::from(days))?,
            None => w.empty()?,
        }
        w.end_row()?;
    }
    Ok(())
}

struct InvoiceIds {
    width: usize,
}

impl InvoiceIds {
    fn write(&self, w: &mut Out, number: u32) -> io::Result<()> {
        w.text_with(|b| write!(b, "INV-{:0width$}", number, width = self.width))
    }
}

/// Amount with two decimals and a dot, from cents.
fn write_money(w: &mut Out, cents: i64) -> io::Result<()> {
    let sign = if cents < 0 { "-" } else { "" };
    let abs = cents.unsigned_abs();
    w.number_with(|b| write!(b, "{sign}{}.{:02}", abs / 100, abs % 100))
}

/// Probability with four decimals, via integer ten-thousandths (exact and cheap).
fn write_probability(w: &mut Out, p: f64) -> io::Result<()> {
    let units = (p.clamp(0.0, 1.0) * 10_000.0).round() as u32;
    w.number_with(|b| write!(b, "{}.{:04}", units / 10_000, units % 10_000))
}

/// Pre-rendered ISO dates for the data set's range (dates repeat millions of times).
struct DateCache {
    first_day: i32,
    rendered: Vec<[u8; 10]>,
}

impl DateCache {
    fn new(data: &GeneratedData) -> Self {
        let days = data
            .invoices
            .iter()
            .flat_map(|inv| [inv.invoice_date, inv.due_date])
            .chain(data.payments.iter().map(|p| p.payment_date))
            .chain(data.customers.iter().filter_map(|c| c.paperless_since))
            .map(|d| d.num_days_from_ce());
        let (mut first, mut last) = (i32::MAX, i32::MIN);
        for day in days {
            first = first.min(day);
            last = last.max(day);
        }
        let mut rendered = Vec::new();
        // Ranges beyond ~270 years would waste memory; such dates fall back to formatting.
        if first <= last && last - first < 100_000 {
            rendered.reserve((last - first + 1) as usize);
            for day in first..=last {
                let mut buf = [b'0'; 10];
                let d = date_of(day);
                let mut cursor = io::Cursor::new(&mut buf[..]);
                // A four-digit year always fits; other years take the slow path in `write`.
                let _ = write!(cursor, "{:04}-{:02}-{:02}", d.year(), d.month(), d.day());
                rendered.push(buf);
            }
        }
        Self {
            first_day: first,
            rendered,
        }
    }

    fn write(&self, w: &mut Out, date: NaiveDate) -> io::Result<()> {
        let year = date.year();
        let slot = date.num_days_from_ce().checked_sub(self.first_day);
        match slot.and_then(|i| self.rendered.get(usize::try_from(i).ok()?)) {
            Some(buf) if (0..=9999).contains(&year) => w.text_bytes(buf),
            _ => w.text_with(|b| write!(b, "{:04}-{:02}-{:02}", year, date.month(), date.day())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;
    use std::error::Error;
    use std::time::Instant;

    type TestResult = Result<(), Box<dyn Error>>;

    fn small(seed: u64) -> GenParams {
        GenParams {
            seed,
            customers: 40,
            invoices: 3_000,
            start: ymd(2024, 1, 1),
            as_of: ymd(2025, 3, 31),
        }
    }

    fn medium() -> GenParams {
        GenParams {
            seed: 7,
            customers: 150,
            invoices: 24_000,
            ..GenParams::sample()
        }
    }

    /// A fresh, empty folder under the system temp dir, unique per test and process.
    fn scratch_dir(label: &str) -> io::Result<PathBuf> {
        let dir = std::env::temp_dir().join(format!(
            "payment-insights-gen-{}-{label}",
            std::process::id()
        ));
        if dir.exists() {
            fs::remove_dir_all(&dir)?;
        }
        Ok(dir)
    }

    fn read_all(paths: &[PathBuf]) -> io::Result<Vec<Vec<u8>>> {
        paths.iter().map(fs::read).collect()
    }

    fn shares_over(invoices: &[&GenInvoice]) -> [f64; 3] {
        let mut counts = [0usize; 3];
        for inv in invoices {
            counts[inv.bucket.index()] += 1;
        }
        counts.map(|c| c as f64 / invoices.len().max(1) as f64)
    }

    fn mean(values: impl Iterator<Item = f64>) -> f64 {
        let (sum, n) = values.fold((0.0, 0usize), |(s, n), v| (s + v, n + 1));
        sum / n.max(1) as f64
    }

    #[test]
    fn same_seed_same_bytes_other_seed_other_bytes() -> TestResult {
        let dir_a = scratch_dir("det-a")?;
        let dir_b = scratch_dir("det-b")?;
        let dir_c = scratch_dir("det-c")?;
        let paths_a = write_csv(&generate(&small(11)), &dir_a)?;
        let paths_b = write_csv(&generate(&small(11)), &dir_b)?;
        let paths_c = write_csv(&generate(&small(12)), &dir_c)?;
        let names: Vec<_> = paths_a.iter().filter_map(|p| p.file_name()).collect();
        assert_eq!(
            names,
            ["customers.csv", "invoices.csv", "payments.csv", "truth.csv"]
        );
        let (a, b, c) = (
            read_all(&paths_a)?,
            read_all(&paths_b)?,
            read_all(&paths_c)?,
        );
        assert_eq!(a, b, "same seed must give identical files");
        for (file_a, file_c) in a.iter().zip(&c) {
            assert_ne!(file_a, file_c, "another seed must give other bytes");
        }
        for dir in [dir_a, dir_b, dir_c] {
            fs::remove_dir_all(dir)?;
        }
        Ok(())
    }

    #[test]
    fn csv_shape_is_exact() -> TestResult {
        let data = generate(&small(3));
        let dir = scratch_dir("shape")?;
        let paths = write_csv(&data, &dir)?;
        let headers = [
            "customer_id,name,group,country,credit_limit,payment_terms_days,paperless_since",
            "invoice_id,customer_id,invoice_date,due_date,amount,currency,discount_pct,discount_days,disputed,delivery,channel",
            "invoice_id,payment_date,amount",
            "invoice_id,p_on_time,p_late,p_very_late,days_late",
        ];
        let rows = [
            data.customers.len(),
            data.invoices.len(),
            data.payments.len(),
            data.invoices.len(),
        ];
        for ((path, header), row_count) in paths.iter().zip(headers).zip(rows) {
            let text = fs::read_to_string(path)?;
            assert!(!text.starts_with('\u{feff}'), "no BOM");
            assert!(!text.contains('\r'), "LF line ends only");
            let mut lines = text.lines();
            assert_eq!(lines.next(), Some(header));
            let columns = header.split(',').count();
            let mut n = 0;
            for line in lines {
                assert_eq!(line.split(',').count(), columns, "{path:?}: {line}");
                n += 1;
            }
            assert_eq!(n, row_count, "{path:?}");
        }
        let invoices = fs::read_to_string(&paths[1])?;
        let first = invoices.lines().nth(1).ok_or("no invoice row")?;
        assert!(first.starts_with("INV-0000001,C000"), "{first}");
        assert!(first.contains(",EUR,"), "{first}");
        fs::remove_dir_all(dir)?;
        Ok(())
    }

    #[test]
    fn invariants_hold() {
        let params = medium();
        let data = generate(&params);
        assert_eq!(data.invoices.len(), params.invoices);
        assert_eq!(data.customers.len(), params.customers);

        let mut paid: HashMap<usize, (i64, usize)> = HashMap::new();
        for p in &data.payments {
            let inv = &data.invoices[p.invoice];
            assert!(p.payment_date >= inv.invoice_date, "{p:?} before {inv:?}");
            assert!(p.payment_date <= data.as_of, "{p:?} after as_of");
            assert!(p.amount_cents > 0);
            let entry = paid.entry(p.invoice).or_default();
            entry.0 += p.amount_cents;
            entry.1 += 1;
        }

        let mut partial_settled = 0;
        let mut partial_open = 0;
        let mut settled = 0;
        for (i, inv) in data.invoices.iter().enumerate() {
            assert_eq!(inv.number as usize, i + 1);
            assert!(inv.due_date >= inv.invoice_date);
            assert!(inv.invoice_date >= params.start && inv.invoice_date <= data.as_of);
            assert!(TERMS_DAYS.contains(&inv.terms_days));
            assert!(inv.amount_cents > 0);
            let sum: f64 = inv.probabilities().iter().sum();
            assert!((sum - 1.0).abs() < 1e-9, "{inv:?}");
            let rounded: f64 = inv
                .probabilities()
                .iter()
                .map(|p| (p * 10_000.0).round() / 10_000.0)
                .sum();
            assert!((rounded - 1.0).abs() <= 0.0002 + 1e-12);
            if let Some(d) = inv.discount {
                assert!(d.days < inv.terms_days && (1..=3).contains(&d.pct));
            }
            match inv.days_late {
                Some(days) => {
                    assert_eq!(Bucket::of_days_late(days), inv.bucket);
                    assert!(days >= -i32::from(inv.terms_days) && days <= VERY_LATE_MAX_DAYS);
                }
                None => assert_eq!(inv.probabilities(), [0.0, 0.0, 1.0]),
            }
            let (sum_cents, count) = paid.get(&i).copied().unwrap_or_default();
            if inv.is_open_at(data.as_of) {
                assert!(sum_cents < inv.amount_cents, "{inv:?}");
                if count > 0 {
                    partial_open += 1;
                }
            } else {
                settled += 1;
                assert_eq!(sum_cents, inv.amount_cents, "{inv:?}");
                let last = data
                    .payments
                    .iter()
                    .filter(|p| p.invoice == i)
                    .map(|p| p.payment_date)
                    .max();
                assert_eq!(last, inv.settled_on);
                if count > 1 {
                    partial_settled += 1;
                }
            }
        }
        let partial_share = partial_settled as f64 / settled as f64;
        assert!(
            (0.03..0.09).contains(&partial_share),
            "partial share {partial_share}"
        );
        assert!(partial_open > 0, "some open invoices are partly paid");

        // Money arrives on bank days, invoices are mostly issued on business days.
        let weekend = |d: NaiveDate| d.weekday().num_days_from_monday() >= 5;
        let weekend_payments = data.payments.iter().filter(|p| weekend(p.payment_date));
        assert!(weekend_payments.count() * 100 < data.payments.len());
        let weekend_invoices = data.invoices.iter().filter(|i| weekend(i.invoice_date));
        assert!(weekend_invoices.count() * 20 < data.invoices.len());

        // Electronic delivery follows the customer's switch date.
        for inv in &data.invoices {
            let since = data.customers[inv.customer].paperless_since;
            assert_eq!(inv.electronic, since.is_some_and(|s| inv.invoice_date >= s));
        }
    }

    #[test]
    fn bad_customers_stop_paying_and_stop_getting_invoices() {
        let data = generate(&medium());
        let bad: Vec<_> = (0..data.customers.len())
            .filter(|&c| data.customers[c].goes_bad_on.is_some())
            .collect();
        assert_eq!(bad.len(), 3, "2 % of 150");
        for c in bad {
            let Some(bad_on) = data.customers[c].goes_bad_on else {
                continue;
            };
            let theirs: Vec<_> = data.invoices.iter().filter(|i| i.customer == c).collect();
            for inv in &theirs {
                assert!((inv.invoice_date - bad_on).num_days() <= 90);
                if inv.invoice_date >= bad_on {
                    assert_eq!(inv.days_late, None);
                    assert!(inv.is_open_at(data.as_of));
                    assert!(inv.p_very_late > 0.99);
                }
            }
            assert!(theirs.iter().any(|i| i.invoice_date < bad_on));
        }
        let never_paid: Vec<usize> = data
            .invoices
            .iter()
            .enumerate()
            .filter(|(_, i)| i.days_late.is_none())
            .map(|(n, _)| n)
            .collect();
        assert!(!never_paid.is_empty());
        assert!(
            data.payments
                .iter()
                .all(|p| never_paid.binary_search(&p.invoice).is_err())
        );
    }

    #[test]
    fn bucket_shares_are_plausible() {
        let data = generate(&medium());
        let shares = data.bucket_shares();
        assert!((0.55..=0.65).contains(&shares[0]), "{shares:?}");
        assert!((0.25..=0.35).contains(&shares[1]), "{shares:?}");
        assert!((0.08..=0.15).contains(&shares[2]), "{shares:?}");
    }

    #[test]
    fn discounts_raise_and_disputes_lower_punctuality() {
        let data = generate(&medium());
        // Compare within paying invoices; never-paid ones carry no drivers.
        let paying: Vec<_> = data
            .invoices
            .iter()
            .filter(|i| i.days_late.is_some())
            .collect();
        let with = mean(
            paying
                .iter()
                .filter(|i| i.discount.is_some() && !i.disputed)
                .map(|i| i.p_on_time),
        );
        let without = mean(
            paying
                .iter()
                .filter(|i| i.discount.is_none() && !i.disputed)
                .map(|i| i.p_on_time),
        );
        assert!(with > without + 0.1, "discount {with} vs none {without}");

        let disputed = mean(paying.iter().filter(|i| i.disputed).map(|i| i.p_very_late));
        let undisputed = mean(paying.iter().filter(|i| !i.disputed).map(|i| i.p_very_late));
        assert!(
            disputed > undisputed + 0.2,
            "disputed {disputed} vs {undisputed}"
        );

        // The realised outcomes follow the probabilities.
        let disputed_invoices: Vec<_> = paying.iter().copied().filter(|i| i.disputed).collect();
        assert!(shares_over(&disputed_invoices)[2] > 0.3);
    }

    #[test]
    fn bigger_discount_raises_on_time_probability() {
        let base = Drivers {
            habit: 0.3,
            terms_days: 30,
            discount_pct: None,
            disputed: false,
            log_size_ratio: 0.0,
            quarter_end: false,
            year_end: false,
            electronic: true,
            group: Segment::Wholesale,
        };
        let mut last = bucket_probabilities(&base)[0];
        for pct in 1..=3 {
            let p = bucket_probabilities(&Drivers {
                discount_pct: Some(pct),
                ..base
            });
            assert!(p[0] > last + 0.03, "{pct}%: {p:?}");
            last = p[0];
        }
        // Other drivers point the documented way.
        let p0 = bucket_probabilities(&base);
        let later = [
            Drivers {
                disputed: true,
                ..base
            },
            Drivers {
                log_size_ratio: 1.0,
                ..base
            },
            Drivers {
                quarter_end: true,
                ..base
            },
            Drivers {
                electronic: false,
                ..base
            },
            Drivers {
                terms_days: 14,
                ..base
            },
            Drivers { habit: 1.0, ..base },
        ];
        for d in later {
            assert!(bucket_probabilities(&d)[0] < p0[0], "{d:?}");
        }
    }

    #[test]
    fn names_are_plausible_and_unique() {
        let data = generate(&GenParams {
            customers: 600,
            invoices: 100,
            ..small(5)
        });
        let mut seen = HashSet::new();
        for c in &data.customers {
            assert!(!c.name.contains(',') && !c.name.is_empty(), "{}", c.name);
            assert!(seen.insert(c.name.as_str()), "duplicate {}", c.name);
            assert_eq!(c.country.len(), 2);
            assert!(c.credit_limit_cents % 100_000 == 0 && c.credit_limit_cents >= 500_000);
        }
        assert_eq!(data.customers[41].customer_id, "C00042");
    }

    #[test]
    fn degenerate_params_do_not_panic() {
        let none = generate(&GenParams {
            customers: 0,
            ..small(1)
        });
        assert!(none.invoices.is_empty() && none.payments.is_empty());
        let one_day = generate(&GenParams {
            customers: 3,
            invoices: 20,
            start: ymd(2025, 1, 4),
            as_of: ymd(2025, 1, 4),
            seed: 1,
        });
        assert_eq!(one_day.invoices.len(), 20);
    }

    /// Writes the committed sample set to /tmp/sample and prints its statistics.
    /// Run with `cargo test --lib data::generate -- --ignored --nocapture sample_set`.
    #[test]
    #[ignore = "writes /tmp/sample; run by hand"]
    fn sample_set_statistics() -> TestResult {
        let started = Instant::now();
        let data = generate(&GenParams::sample());
        let dir = Path::new("/tmp/sample");
        let paths = write_csv(&data, dir)?;
        println!("generated and written in {:?}", started.elapsed());
        for path in &paths {
            println!("{:>10} {}", fs::metadata(path)?.len(), path.display());
        }
        let settled: Vec<_> = data
            .invoices
            .iter()
            .filter(|i| !i.is_open_at(data.as_of))
            .collect();
        println!("bucket shares (all drawn): {:?}", data.bucket_shares());
        println!(
            "bucket shares (settled by as_of): {:?}",
            shares_over(&settled)
        );
        println!("open at as_of: {}", data.open_count());
        println!(
            "never paid: {}",
            data.invoices
                .iter()
                .filter(|i| i.days_late.is_none())
                .count()
        );
        println!("payments: {}", data.payments.len());
        // How much the drivers explain: oracle log loss against the base rate on settled invoices.
        let base = shares_over(&settled);
        let oracle = mean(
            settled
                .iter()
                .map(|i| -i.probabilities()[i.bucket.index()].ln()),
        );
        let constant = mean(settled.iter().map(|i| -base[i.bucket.index()].ln()));
        println!("log loss: oracle {oracle:.4}, base rate {constant:.4}");
        let open: Vec<_> = data
            .invoices
            .iter()
            .filter(|i| i.is_open_at(data.as_of))
            .collect();
        let not_due = open.iter().filter(|i| i.due_date >= data.as_of).count();
        println!(
            "open: not yet due {not_due}, overdue by bucket {:?}",
            shares_over(&open).map(|s| (s * open.len() as f64).round())
        );
        for c in data.customers.iter().take(12) {
            println!(
                "{} | {} | {} | {}",
                c.customer_id,
                c.name,
                c.group.label(),
                c.country
            );
        }
        Ok(())
    }

    /// Times the benchmark set (debug builds are far slower than release).
    #[test]
    #[ignore = "slow; run by hand"]
    fn benchmark_set_timing() -> TestResult {
        let started = Instant::now();
        let data = generate(&GenParams::benchmark());
        let generated = started.elapsed();
        let dir = scratch_dir("bench")?;
        write_csv(&data, &dir)?;
        println!(
            "generate {generated:?}, total {:?}, payments {}, open {}",
            started.elapsed(),
            data.payments.len(),
            data.open_count()
        );
        fs::remove_dir_all(dir)?;
        Ok(())
    }
}
