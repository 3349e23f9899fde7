//! The ground truth of paying behaviour: what drives an invoice's lateness and the exact
//! bucket probabilities it gives.

use chrono::{Datelike, NaiveDate};

use super::*;

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
    /// A payment reminder goes out before the due date if the invoice is still unpaid then.
    pub reminded: bool,
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

    // A friendly reminder a few days before the due date puts the invoice on the next payment
    // run: a modest nudge towards on time (the on-time logit up by 0.4 against both others).
    if d.reminded {
        z_late -= REMINDER_EFFECT;
        z_very_late -= REMINDER_EFFECT;
    }

    softmax3(z_late, z_very_late)
}

/// How much a reminder before the due date raises the on-time logit.
pub const REMINDER_EFFECT: f64 = 0.4;

/// Softmax of the logits `[0, z_late, z_very_late]`.
pub(super) fn softmax3(z_late: f64, z_very_late: f64) -> [f64; 3] {
    let max = z_late.max(z_very_late).max(0.0);
    let e0 = (-max).exp();
    let e1 = (z_late - max).exp();
    let e2 = (z_very_late - max).exp();
    let sum = e0 + e1 + e2;
    [e0 / sum, e1 / sum, e2 / sum]
}

/// Whether a date lies in the last two weeks of a quarter (all quarter-end months end on the 30th or 31st).
pub(super) fn is_quarter_end(date: NaiveDate) -> bool {
    date.month().is_multiple_of(3) && date.day() >= 17
}

/// Whether a date lies in the last two weeks of the year.
pub(super) fn is_year_end(date: NaiveDate) -> bool {
    date.month() == 12 && date.day() >= 18
}
