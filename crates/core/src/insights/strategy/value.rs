//! What an open invoice is worth under a strategy, in present values at the cost of capital
//! (the finance is standard corporate finance; `STRATEGIES.md` in the development workspace
//! names the sources):
//!
//! ```text
//! V = A × Σ_b p_b × [ (1 − d_b) / (1 + k)^(t_b / 365) − L_b ]
//! ```
//!
//! with A the open amount, p_b the model's probability of bucket b, t_b the expected days from
//! today to cash in it, k the yearly cost of capital, d_b the cash discount (taken only in the
//! on-time bucket, by the share of on-time payers who take it, on the discount's last day) and
//! L_b the bad-debt rate (very late only). Since the probabilities sum to one, V splits exactly
//! into `A − waiting − discount − loss`, so the difference between a strategy and "No change"
//! splits exactly into the value of the earlier cash, the bad-debt saving and the discount cost:
//! the three parts the What-if shows in their first-order form add up here to the net value.

/// The rates an invoice is valued at.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rates {
    /// Cost of capital per year (0.08 = 8%).
    pub cost_of_capital: f64,
    /// Share of a very late amount never collected.
    pub bad_debt_rate: f64,
    /// Share of on-time payers who take an offered discount.
    pub take_rate: f64,
}

/// One invoice as the model sees it under a strategy.
#[derive(Clone, Copy, Debug)]
pub struct Outlook<'a> {
    /// Open amount.
    pub amount: f64,
    /// Bucket probabilities (on time first).
    pub probs: &'a [f64],
    /// Expected days from today to cash per bucket (never negative).
    pub days: &'a [f64],
    /// The discount (a share: 0.02) and the days from today to its last day, when one is
    /// offered and can still be taken.
    pub discount: Option<(f64, f64)>,
    /// The bucket whose amounts are partly lost (very late), if the layout has one.
    pub very_late: Option<usize>,
}

/// What one invoice (or a sum of them) is worth under a strategy, in parts.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Worth {
    pub amount: f64,
    /// Expected amount paid on time: A × P(on time).
    pub on_time: f64,
    /// Expected discount handed over, at face value: A × P(on time) × take rate × d.
    pub discount: f64,
    /// The same at present value.
    pub discount_pv: f64,
    /// The expected cost of waiting for the cash: A × Σ p_b × (1 − (1 + k)^(−t_b/365)).
    pub waiting: f64,
    /// Expected loss: A × P(very late) × bad-debt rate.
    pub loss: f64,
    /// Amount × expected days to cash (divide by the amount for the days).
    pub amount_days: f64,
}

impl Worth {
    /// The present value: amount − waiting − discount − loss.
    pub fn value(&self) -> f64 {
        self.amount - self.waiting - self.discount_pv - self.loss
    }

    /// Adds another invoice's worth.
    pub fn add(&mut self, other: &Worth) {
        self.amount += other.amount;
        self.on_time += other.on_time;
        self.discount += other.discount;
        self.discount_pv += other.discount_pv;
        self.waiting += other.waiting;
        self.loss += other.loss;
        self.amount_days += other.amount_days;
    }

    /// This worth against `base` (No change).
    pub fn against(&self, base: &Worth) -> Gain {
        Gain {
            discount_cost: self.discount_pv - base.discount_pv,
            earlier_cash: base.waiting - self.waiting,
            bad_debt_saving: base.loss - self.loss,
            net_value: self.value() - base.value(),
            extra_on_time: self.on_time - base.on_time,
            extra_discount: self.discount - base.discount,
            amount_days_change: self.amount_days - base.amount_days,
        }
    }
}

/// Present-value factor of cash `days` from today at `k` a year.
fn present(k: f64, days: f64) -> f64 {
    (1.0 + k).powf(-days.max(0.0) / 365.0)
}

/// What the invoice of `outlook` is worth at `rates`.
pub fn worth(outlook: &Outlook, rates: &Rates) -> Worth {
    let k = rates.cost_of_capital;
    let a = outlook.amount;
    let p = |b: usize| outlook.probs.get(b).copied().unwrap_or(0.0);
    let t = |b: usize| outlook.days.get(b).copied().unwrap_or(0.0).max(0.0);
    let mut w = Worth {
        amount: a,
        on_time: a * p(0),
        ..Worth::default()
    };
    for b in 0..outlook.probs.len() {
        if b == 0
            && let Some((d, day)) = outlook.discount
        {
            // Takers pay on the discount's last day, less the discount; the others as on-time
            // payers do.
            let take = rates.take_rate;
            let taken = present(k, day);
            w.discount = a * p(0) * take * d;
            w.discount_pv = w.discount * taken;
            w.waiting +=
                a * p(0) * (take * (1.0 - taken) + (1.0 - take) * (1.0 - present(k, t(0))));
            w.amount_days += a * p(0) * (take * day.max(0.0) + (1.0 - take) * t(0));
            continue;
        }
        w.waiting += a * p(b) * (1.0 - present(k, t(b)));
        w.amount_days += a * p(b) * t(b);
    }
    if let Some(vl) = outlook.very_late {
        w.loss = a * p(vl) * rates.bad_debt_rate;
    }
    w
}

/// A strategy's worth against No change's.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Gain {
    /// More discount handed over (present value).
    pub discount_cost: f64,
    /// Less cost of waiting for the cash.
    pub earlier_cash: f64,
    /// Less very late amount lost.
    pub bad_debt_saving: f64,
    /// earlier cash + bad-debt saving − discount cost.
    pub net_value: f64,
    /// More amount paid on time.
    pub extra_on_time: f64,
    /// More discount handed over, at face value.
    pub extra_discount: f64,
    /// Change in amount × days to cash.
    pub amount_days_change: f64,
}

impl Gain {
    pub fn add(&mut self, other: &Gain) {
        self.discount_cost += other.discount_cost;
        self.earlier_cash += other.earlier_cash;
        self.bad_debt_saving += other.bad_debt_saving;
        self.net_value += other.net_value;
        self.extra_on_time += other.extra_on_time;
        self.extra_discount += other.extra_discount;
        self.amount_days_change += other.amount_days_change;
    }

    /// The discount handed over per extra unit of currency paid on time,
    /// `d × p_on(s) / (p_on(s) − p_on(none))` for one invoice: it counts the discount paid to
    /// those who would have paid on time anyway. `None` when nothing more is paid on time or
    /// nothing is given.
    pub fn cost_per_extra_on_time(&self) -> Option<f64> {
        (self.extra_on_time > 0.0 && self.extra_discount > 0.0)
            .then(|| self.extra_discount / self.extra_on_time)
    }
}

/// The yearly rate a customer earns by taking a discount `d` (a share) within `discount_days`
/// instead of paying on day `terms_days`: `d/(1−d) × 365/(N−D)` (2/10 net 30: 37.2%). `None`
/// when the discount is not earlier than the terms or not below 100%.
pub fn annualised_cost(d: f64, terms_days: f64, discount_days: f64) -> Option<f64> {
    let span = terms_days - discount_days;
    (span > 0.0 && d > 0.0 && d < 1.0).then(|| d / (1.0 - d) * 365.0 / span)
}

/// The same compounded: `(1 + d/(1−d))^(365/(N−D)) − 1` (2/10 net 30: 44.6%).
pub fn annualised_cost_compounded(d: f64, terms_days: f64, discount_days: f64) -> Option<f64> {
    let span = terms_days - discount_days;
    (span > 0.0 && d > 0.0 && d < 1.0).then(|| (1.0 + d / (1.0 - d)).powf(365.0 / span) - 1.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-6 * b.abs().max(1.0)
    }

    #[test]
    fn the_annualised_cost_of_2_10_net_30_is_37_2_percent() {
        let simple = annualised_cost(0.02, 30.0, 10.0).unwrap_or_default();
        // 0.02 / 0.98 × 365 / 20 = 0.372449
        assert!((simple - 0.372_449).abs() < 1e-6, "{simple}");
        let compounded = annualised_cost_compounded(0.02, 30.0, 10.0).unwrap_or_default();
        // (1 + 0.020408)^18.25 − 1 = 0.44585
        assert!((compounded - 0.445_85).abs() < 1e-4, "{compounded}");
        // 1/10 net 30: 0.01/0.99 × 365/20 = 0.18434
        assert!((annualised_cost(0.01, 30.0, 10.0).unwrap_or_default() - 0.184_343).abs() < 1e-6);
        assert_eq!(annualised_cost(0.02, 10.0, 10.0), None);
        assert_eq!(annualised_cost(0.0, 30.0, 10.0), None);
    }

    #[test]
    fn an_invoice_is_worth_its_amount_less_waiting_discount_and_loss_worked_by_hand() {
        let rates = Rates {
            cost_of_capital: 0.10,
            bad_debt_rate: 0.05,
            take_rate: 0.5,
        };
        // 1,000 open: on time 60% in 30 days, late 30% in 45 days, very late 10% in 90 days.
        let probs = [0.6, 0.3, 0.1];
        let days = [30.0, 45.0, 90.0];
        let plain = worth(
            &Outlook {
                amount: 1000.0,
                probs: &probs,
                days: &days,
                discount: None,
                very_late: Some(2),
            },
            &rates,
        );
        // 1.1^(-30/365) = 0.992197, 1.1^(-45/365) = 0.988318, 1.1^(-90/365) = 0.976776
        let waiting = 1000.0 * (0.6 * 0.007_803 + 0.3 * 0.011_682 + 0.1 * 0.023_224);
        assert!((plain.waiting - waiting).abs() < 0.01, "{}", plain.waiting);
        assert!(close(plain.loss, 1000.0 * 0.1 * 0.05));
        assert!(close(plain.on_time, 600.0));
        assert!(close(plain.amount_days, 1000.0 * (18.0 + 13.5 + 9.0)));
        // The formula's own form: A × Σ p_b × (D_b − L_b).
        let direct = 1000.0 * (0.6 * 0.992_197 + 0.3 * 0.988_318 + 0.1 * (0.976_776 - 0.05));
        assert!(
            (plain.value() - direct).abs() < 0.01,
            "{} {direct}",
            plain.value()
        );

        // A 2% discount within 10 days lifts on time to 70% (late 22%, very late 8%).
        let probs = [0.7, 0.22, 0.08];
        let offer = worth(
            &Outlook {
                amount: 1000.0,
                probs: &probs,
                days: &days,
                discount: Some((0.02, 10.0)),
                very_late: Some(2),
            },
            &rates,
        );
        // Half of the on-time payers take it on day 10: 1000 × 0.7 × 0.5 × 0.02 = 7.
        assert!(close(offer.discount, 7.0));
        // 1.1^(-10/365) = 0.997392
        assert!((offer.discount_pv - 7.0 * 0.997_392).abs() < 1e-4);
        // Days: 0.7 × (0.5 × 10 + 0.5 × 30) + 0.22 × 45 + 0.08 × 90 = 31.1
        assert!(close(offer.amount_days, 1000.0 * 31.1));
        let direct = 1000.0
            * (0.7 * (0.5 * 0.98 * 0.997_392 + 0.5 * 0.992_197)
                + 0.22 * 0.988_318
                + 0.08 * (0.976_776 - 0.05));
        assert!(
            (offer.value() - direct).abs() < 0.01,
            "{} {direct}",
            offer.value()
        );

        let gain = offer.against(&plain);
        // The three parts add up to the net value exactly.
        assert!(close(
            gain.earlier_cash + gain.bad_debt_saving - gain.discount_cost,
            gain.net_value
        ));
        assert!(close(gain.bad_debt_saving, 1000.0 * 0.02 * 0.05));
        assert!(close(gain.extra_on_time, 100.0));
        // Cost per extra unit on time: d × take × p_on(s) / (p_on(s) − p_on(none))
        // = 0.02 × 0.5 × 0.7 / 0.1 = 0.07.
        assert!(close(
            gain.cost_per_extra_on_time().unwrap_or_default(),
            0.07
        ));
        assert!(close(gain.amount_days_change, 1000.0 * (31.1 - 40.5)));
    }

    #[test]
    fn without_a_very_late_bucket_nothing_is_lost() {
        let w = worth(
            &Outlook {
                amount: 100.0,
                probs: &[0.5, 0.5],
                days: &[0.0, 0.0],
                discount: None,
                very_late: None,
            },
            &Rates {
                cost_of_capital: 0.08,
                bad_debt_rate: 0.5,
                take_rate: 1.0,
            },
        );
        assert_eq!(w.loss, 0.0);
        assert!(close(w.value(), 100.0));
    }
}
