//! The simulation: customers built, invoices arriving over time, and each invoice paid (or
//! not) as its customer's drifting habit says.

use std::collections::HashSet;

use rand::Rng;
use rand_chacha::ChaCha8Rng;

use super::*;

pub(super) fn build_customers(
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
            reminder_rate: 0.0,
            reminder_days: 0,
        });
    }

    set_credit_limits(params.invoices, &mut customers, &latents);
    (customers, latents)
}

/// Credit limit ≈ 1.5 × the expected outstanding balance, rounded up to a round number.
pub(super) fn set_credit_limits(
    invoices: usize,
    customers: &mut [GenCustomer],
    latents: &[Latent],
) {
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

pub(super) fn round_limit(amount: f64) -> i64 {
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

pub(super) fn arrival_weight(latent: &Latent) -> f64 {
    latent.volume_weight * f64::from(latent.active_to - latent.active_from + 1)
}

/// Draws `(day, customer)` for every invoice, sorted by day: customers by volume weight × active
/// days, days uniformly within the customer's active window, mostly on weekdays.
pub(super) fn draw_arrivals(
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

/// Who is reminded and when, from a stream of its own (so the rest of the data set draws as it
/// did without reminders): about 40 % of the customers are on a reminder run that reminds most
/// of their invoices 5, 7, 10 or 14 days before due; the others' invoices are reminded now
/// and then. Independent of the customers' habits, so the reminder's effect is not confounded with
/// lateness.
pub(super) fn assign_reminders(latents: &mut [Latent], rng: &mut ChaCha8Rng) {
    for latent in latents {
        latent.reminder_rate = if rng.gen_bool(0.4) { 0.75 } else { 0.08 };
        latent.reminder_days = pick(rng, &[5, 7, 10, 14]);
    }
}

pub(super) struct Simulation<'a> {
    pub(super) world: &'a World,
    pub(super) customers: &'a [GenCustomer],
    pub(super) latents: &'a mut [Latent],
    pub(super) rng: &'a mut ChaCha8Rng,
    pub(super) reminder_rng: &'a mut ChaCha8Rng,
    pub(super) invoices: Vec<GenInvoice>,
    pub(super) payments: Vec<GenPayment>,
}

impl Simulation<'_> {
    /// Issues one invoice on `day` and simulates its payment.
    pub(super) fn issue(&mut self, day: i32, customer: usize) {
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

        // A reminder planned for this invoice: the day it goes out if the invoice is unpaid then.
        let reminder_rng = &mut *self.reminder_rng;
        let reminder_day = reminder_rng.gen_bool(latent.reminder_rate).then(|| {
            let before = if reminder_rng.gen_bool(0.8) {
                latent.reminder_days
            } else {
                reminder_rng.gen_range(3..=14)
            };
            due_day - before.min(i32::from(terms_days) - 1)
        });

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
                reminded: false,
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
            match reminder_day {
                Some(reminder) => {
                    let reminded = bucket_probabilities(&Drivers {
                        reminded: true,
                        ..drivers
                    });
                    let late = bucket != Bucket::OnTime;
                    let paid = remind(
                        self.reminder_rng,
                        world,
                        reminder,
                        due_day,
                        late,
                        &p,
                        &reminded,
                    );
                    let (bucket, days_late) =
                        paid.map_or((bucket, days_late), |paid| (Bucket::OnTime, paid - due_day));
                    (reminded, bucket, Some(days_late))
                }
                None => (p, bucket, Some(days_late)),
            }
        };

        let settle_day = days_late.map(|d| due_day + d);
        if let Some(settle_day) = settle_day {
            self.pay(index, day, settle_day, amount_cents, bucket);
        }
        // Only invoices still unpaid on the day are reminded, and only days up to as_of are
        // known.
        let reminder_day =
            reminder_day.filter(|&r| r <= world.as_of_day && settle_day.is_none_or(|s| s > r));
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
            reminder_date: reminder_day.map(date_of),
        });
    }

    /// Records the payments of a settled invoice that happen on or before as_of: usually one,
    /// sometimes 2–3 instalments ending on the settlement day.
    pub(super) fn pay(
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

    pub(super) fn record(&mut self, invoice: usize, day: i32, amount_cents: i64) {
        if day <= self.world.as_of_day {
            self.payments.push(GenPayment {
                invoice,
                payment_date: date_of(day),
                amount_cents,
            });
        }
    }
}

/// Whether a reminder sent on day `reminder` makes an invoice that would have been paid `late`
/// (drawn from `without`) be paid by the due date, and the day it is then paid: after the
/// reminder and by the due date, on a business day where there is one. The reminder acts only
/// on invoices still unpaid when it goes out (late ones are), and converts just enough of them
/// that the outcome follows `with` exactly: P(on time) rises from `without[0]` to `with[0]`,
/// late and very late shrink in proportion. The same draws whatever the outcome, so the
/// stream stays aligned.
pub(super) fn remind(
    rng: &mut ChaCha8Rng,
    world: &World,
    reminder: i32,
    due_day: i32,
    late: bool,
    without: &[f64; 3],
    with: &[f64; 3],
) -> Option<i32> {
    let convert = ((with[0] - without[0]) / (1.0 - without[0]).max(1e-12)).clamp(0.0, 1.0);
    let u: f64 = rng.r#gen();
    let first = (reminder + 1).min(due_day);
    let mut day = rng.gen_range(first..=due_day);
    if !(late && u < convert) {
        return None;
    }
    for _ in 0..8 {
        if !world.is_weekend(day) {
            break;
        }
        day = rng.gen_range(first..=due_day);
    }
    Some(day)
}

/// Draws the days late within an already drawn bucket.
pub(super) fn draw_days_late(
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
pub(super) fn truncated_geometric(rng: &mut ChaCha8Rng, mean: f64, max: i32) -> i32 {
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

pub(super) fn digits(n: usize) -> usize {
    n.max(1).ilog10() as usize + 1
}
