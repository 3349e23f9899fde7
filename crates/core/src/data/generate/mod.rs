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
//! electronic delivery make paying on time likelier, and so, modestly, does a payment reminder a
//! few days before the due date (about 40 % of customers are on a reminder run; who is reminded
//! does not depend on their habit). A reminder acts only after it goes out: some invoices drawn
//! late are instead paid between the reminder and the due date, just enough that the outcome
//! follows the probabilities with the reminder. Disputes, invoices large for the customer
//! and quarter/year-end dates make it later; the channel has no effect. About 2 % of customers
//! slide for a few months and then go bad: from that day their invoices are never paid
//! (truth `[0, 0, 1]`, no days late) and shipping stops a few weeks later. See
//! [`bucket_probabilities`] for the exact coefficients.
//!
//! Everything is driven by [`GenParams::seed`] through `ChaCha8Rng` (value-stable across
//! platforms and releases); the clock is never read. Invoices are simulated in date order so
//! each customer's latent lateness habit can drift as a mean-reverting random walk.

mod behaviour;
mod names;
mod simulate;
#[cfg(test)]
mod tests;
mod world;
mod write;

use behaviour::*;
pub use behaviour::{Drivers, bucket_probabilities};
use names::*;
use simulate::*;
use world::*;
pub use write::{read_truth, write_csv};

use chrono::NaiveDate;

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
    /// The day a reminder went out before the due date (the invoice was still unpaid then);
    /// `None` when none was planned, the invoice was paid first, or the day is after as_of.
    pub reminder_date: Option<NaiveDate>,
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
    let mut reminder_rng = rng_stream(params.seed, STREAM_REMINDERS);

    let (customers, mut latents) = build_customers(params, &world, &mut customer_rng);
    assign_reminders(&mut latents, &mut reminder_rng);
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
        reminder_rng: &mut reminder_rng,
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
