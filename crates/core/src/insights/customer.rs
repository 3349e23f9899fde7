//! Per-customer insights: current status (open and overdue balance, credit use, DSO, last
//! payment, average days late and its trend), the payment history, expected open amounts per
//! bucket; the collections worklist; portfolio totals and the weekly cash-inflow forecast.

use chrono::NaiveDate;
use serde::Serialize;

use crate::data::tables::{Index, Tables};
use crate::i18n::tr;
use crate::insights::predict::Prediction;
use crate::model::{Behaviour, Buckets};

/// Whether a customer pays later or earlier than it used to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum Trend {
    /// Recent invoices paid at least 3 days earlier than the average.
    Improving,
    /// Recent invoices paid at least 3 days later than the average.
    Worsening,
    Steady,
    /// Fewer than 6 paid invoices.
    Unknown,
}

impl Trend {
    /// The name users see, in the current language.
    pub fn label(self) -> &'static str {
        match self {
            Trend::Improving => tr("Improving"),
            Trend::Worsening => tr("Worsening"),
            Trend::Steady => tr("Steady"),
            Trend::Unknown => tr("Not enough history"),
        }
    }
}

/// The state of business with one customer on the as-of date.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CustomerStatus {
    pub customer: u32,
    pub open_balance: f64,
    pub overdue_balance: f64,
    pub open_invoices: usize,
    pub credit_limit: Option<f64>,
    /// Open balance / credit limit.
    pub credit_use: Option<f64>,
    /// Days sales outstanding: open balance / sales of the last 90 days × 90.
    pub dso: Option<f64>,
    pub last_payment: Option<NaiveDate>,
    /// Payments dated the as-of day. Predictions see the customer at the start of that day
    /// (an export may miss the day's later payments), so they do not count these yet.
    pub payments_on_as_of: usize,
    pub paid_invoices: usize,
    pub avg_days_late: Option<f64>,
    /// Average days late of the last 5 paid invoices.
    pub recent_days_late: Option<f64>,
    pub trend: Trend,
    /// Expected open amount per bucket (from the predictions).
    pub expected: Vec<f64>,
}

/// What the Customer screen shows of one customer, assembled when it is opened.
#[derive(Clone, Debug, PartialEq)]
pub struct CustomerView {
    pub customer: u32,
    /// The invoice whose factors are shown.
    pub invoice: Option<u32>,
    pub status: CustomerStatus,
    pub history: Vec<HistoryRow>,
    /// Predictions of the customer's open invoices.
    pub open: Vec<Prediction>,
    pub factors: Vec<crate::model::explain::Factor>,
}

/// One past or open invoice of a customer.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct HistoryRow {
    pub invoice: u32,
    pub invoice_date: NaiveDate,
    pub due_date: NaiveDate,
    pub amount: f64,
    pub settled_date: Option<NaiveDate>,
    pub days_late: Option<i64>,
    /// The bucket it ended in (paid invoices).
    pub bucket: Option<usize>,
}

/// The status of `customer` in `tables` (with their `index`); `predictions` are open invoices'
/// predictions (the customer's are picked out).
pub fn status(
    tables: &Tables,
    index: &Index,
    customer: u32,
    predictions: &[Prediction],
    buckets: &Buckets,
) -> CustomerStatus {
    let own = index.invoices_of(customer);
    let invoices = || {
        own.iter()
            .filter_map(|&i| Some((i, tables.invoices.get(i as usize)?)))
    };
    let as_of = tables.as_of;
    let mut open_balance = 0.0;
    let mut overdue_balance = 0.0;
    let mut open_invoices = 0;
    let mut sales_90 = 0.0;
    let mut paid: Vec<(NaiveDate, i64)> = Vec::new();
    for (_, inv) in invoices() {
        if (as_of - inv.invoice_date).num_days() < 90 {
            sales_90 += inv.amount;
        }
        match inv.settled_date {
            None => {
                let open = (inv.amount - inv.paid_amount).max(0.0);
                open_balance += open;
                open_invoices += 1;
                if inv.due_date < as_of {
                    overdue_balance += open;
                }
            }
            Some(d) => paid.push((d, (d - inv.due_date).num_days())),
        }
    }
    paid.sort();
    // The customer's payments in one pass: the last one, and how many fell on the as-of day.
    let mut last_payment = None;
    let mut payments_on_as_of = 0;
    for date in invoices()
        .flat_map(|(i, _)| index.payments_of(tables, i))
        .filter(|p| p.amount > 0.0)
        .map(|p| p.payment_date)
    {
        last_payment = last_payment.max(Some(date));
        payments_on_as_of += usize::from(date == as_of);
    }
    let last_payment = last_payment.or_else(|| paid.last().map(|p| p.0));
    // A ledger has no payment rows: its paid dates are the payments.
    if tables.payments.is_empty() {
        payments_on_as_of = paid.iter().filter(|p| p.0 == as_of).count();
    }
    let avg = |rows: &[(NaiveDate, i64)]| {
        (!rows.is_empty()).then(|| rows.iter().map(|r| r.1 as f64).sum::<f64>() / rows.len() as f64)
    };
    let avg_days_late = avg(&paid);
    let recent = paid.get(paid.len().saturating_sub(5)..).unwrap_or(&[]);
    let recent_days_late = avg(recent);
    let trend = match (avg_days_late, recent_days_late) {
        (Some(a), Some(r)) if paid.len() >= 6 => {
            if r <= a - 3.0 {
                Trend::Improving
            } else if r >= a + 3.0 {
                Trend::Worsening
            } else {
                Trend::Steady
            }
        }
        _ => Trend::Unknown,
    };
    let credit_limit = tables
        .customers
        .get(customer as usize)
        .and_then(|c| c.credit_limit);
    let mut expected = vec![0.0; buckets.count()];
    for p in predictions {
        if own.binary_search(&p.invoice).is_ok() {
            for (e, v) in expected.iter_mut().zip(&p.expected) {
                *e += v;
            }
        }
    }
    CustomerStatus {
        customer,
        open_balance,
        overdue_balance,
        open_invoices,
        credit_limit,
        credit_use: credit_limit.filter(|l| *l > 0.0).map(|l| open_balance / l),
        dso: (sales_90 > 0.0).then(|| open_balance / sales_90 * 90.0),
        last_payment,
        payments_on_as_of,
        paid_invoices: paid.len(),
        avg_days_late,
        recent_days_late,
        trend,
        expected,
    }
}

/// Every invoice of `customer`, oldest first.
pub fn history(
    tables: &Tables,
    index: &Index,
    customer: u32,
    buckets: &Buckets,
) -> Vec<HistoryRow> {
    let mut rows: Vec<HistoryRow> = index
        .invoices_of(customer)
        .iter()
        .filter_map(|&idx| Some((idx, tables.invoices.get(idx as usize)?)))
        .map(|(idx, i)| HistoryRow {
            invoice: idx,
            invoice_date: i.invoice_date,
            due_date: i.due_date,
            amount: i.amount,
            settled_date: i.settled_date,
            days_late: i.days_late(),
            bucket: i.days_late().map(|d| buckets.of_days_late(d)),
        })
        .collect();
    rows.sort_by_key(|r| (r.invoice_date, r.invoice));
    rows
}

/// One line of the collections worklist.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct WorklistRow {
    pub customer: u32,
    pub open_amount: f64,
    /// Expected late plus very late amount.
    pub late_amount: f64,
    pub very_late_amount: f64,
    pub open_invoices: usize,
    pub flagged_invoices: usize,
}

/// Customers ranked by predicted late plus very late open amount, largest first.
pub fn worklist(tables: &Tables, predictions: &[Prediction]) -> Vec<WorklistRow> {
    let mut rows: Vec<WorklistRow> = (0..tables.customers.len() as u32)
        .map(|customer| WorklistRow {
            customer,
            open_amount: 0.0,
            late_amount: 0.0,
            very_late_amount: 0.0,
            open_invoices: 0,
            flagged_invoices: 0,
        })
        .collect();
    for p in predictions {
        let Some(inv) = tables.invoices.get(p.invoice as usize) else {
            continue;
        };
        let Some(row) = rows.get_mut(inv.customer as usize) else {
            continue;
        };
        row.open_amount += p.open_amount;
        row.late_amount += p.expected.iter().skip(1).sum::<f64>();
        row.very_late_amount += p.expected.get(2).copied().unwrap_or(0.0);
        row.open_invoices += 1;
        row.flagged_invoices += usize::from(p.flagged);
    }
    rows.retain(|r| r.open_invoices > 0);
    rows.sort_by(|a, b| b.late_amount.total_cmp(&a.late_amount));
    rows
}

/// Totals over all open invoices.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Portfolio {
    pub open_invoices: usize,
    pub open_amount: f64,
    /// Expected amount per bucket.
    pub expected: Vec<f64>,
    /// Invoices per winning bucket.
    pub invoices_by_bucket: Vec<usize>,
    pub flagged_invoices: usize,
    pub flagged_amount: f64,
}

pub fn portfolio(predictions: &[Prediction], buckets: &Buckets) -> Portfolio {
    let k = buckets.count();
    let mut p = Portfolio {
        open_invoices: predictions.len(),
        open_amount: 0.0,
        expected: vec![0.0; k],
        invoices_by_bucket: vec![0; k],
        flagged_invoices: 0,
        flagged_amount: 0.0,
    };
    for pred in predictions {
        p.open_amount += pred.open_amount;
        for (e, v) in p.expected.iter_mut().zip(&pred.expected) {
            *e += v;
        }
        if let Some(c) = p.invoices_by_bucket.get_mut(pred.bucket) {
            *c += 1;
        }
        if pred.flagged {
            p.flagged_invoices += 1;
            p.flagged_amount += pred.open_amount;
        }
    }
    p
}

/// Expected cash inflow in one week.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ForecastWeek {
    /// First day of the week (the day after the as-of date for week 1).
    pub start: NaiveDate,
    /// Expected inflow per bucket of origin.
    pub expected: Vec<f64>,
}

/// Weeks in the cash forecast; later inflows are summed in [`Forecast::later`].
pub const FORECAST_WEEKS: usize = 13;

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Forecast {
    pub weeks: Vec<ForecastWeek>,
    /// Expected after the last week, or so long past due that no paid invoice of the bucket
    /// was ever that late (when it comes cannot be told), per bucket.
    pub later: Vec<f64>,
}

/// Payment lags are clamped to this many days either way: a century is past every forecast
/// week, and keeps the date arithmetic far from the calendar's ends.
const MAX_LAG_DAYS: f64 = 36_500.0;

/// `date` plus `days` (rounded, clamped to [`MAX_LAG_DAYS`]); `None` for a lag that is not a
/// number.
fn days_after(date: NaiveDate, days: f64) -> Option<NaiveDate> {
    if days.is_nan() {
        return None;
    }
    let days = days.round().clamp(-MAX_LAG_DAYS, MAX_LAG_DAYS) as i64;
    date.checked_add_signed(chrono::TimeDelta::try_days(days)?)
}

/// The weekly cash-inflow forecast: each open invoice's expected amount per bucket arrives on
/// its due date plus the bucket's expected days late in the training data, given how long the
/// invoice is already past due (not before tomorrow; "later" when no paid invoice was that late).
pub fn forecast(
    tables: &Tables,
    predictions: &[Prediction],
    behaviour: &Behaviour,
    buckets: &Buckets,
) -> Forecast {
    let k = buckets.count();
    // The as-of date comes from imported data (a real date, far from the calendar's end).
    let start = tables.as_of.succ_opt().unwrap_or(tables.as_of);
    let mut weeks: Vec<ForecastWeek> = (0..FORECAST_WEEKS)
        .map(|w| ForecastWeek {
            start: start
                .checked_add_days(chrono::Days::new(7 * w as u64))
                .unwrap_or(start),
            expected: vec![0.0; k],
        })
        .collect();
    let mut later = vec![0.0; k];
    for p in predictions {
        let Some(inv) = tables.invoices.get(p.invoice as usize) else {
            continue;
        };
        for (b, amount) in p.expected.iter().enumerate() {
            if *amount <= 0.0 {
                continue;
            }
            let overdue = (tables.as_of - inv.due_date).num_days();
            // Past due for longer than any paid invoice of the bucket ever was: when it comes
            // cannot be told, so it goes to "later", not to next week.
            // A lag from a damaged or hand-edited model file may be finite but past any date
            // the calendar holds: it is placed by checked arithmetic, never a panic.
            let week = behaviour
                .expected_days_late(b, overdue)
                .and_then(|lag| days_after(inv.due_date, lag))
                .and_then(|date| usize::try_from((date.max(start) - start).num_days() / 7).ok());
            let slot = match week.and_then(|w| weeks.get_mut(w)) {
                Some(w) => w.expected.get_mut(b),
                None => later.get_mut(b),
            };
            if let Some(s) = slot {
                *s += amount;
            }
        }
    }
    Forecast { weeks, later }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::tables::{Customer, ImportForm, Invoice};
    use crate::model::{EARLIEST_DAY_LATE, LATEST_DAY_LATE};

    fn open_invoice(id: &str, due_date: NaiveDate, amount: f64) -> Invoice {
        Invoice {
            id: id.to_string(),
            customer: 0,
            invoice_date: due_date - chrono::Duration::days(30),
            due_date,
            amount,
            currency: None,
            discount_pct: None,
            discount_days: None,
            disputed: None,
            electronic: None,
            reminder_date: None,
            dunning_level: None,
            settled_date: None,
            paid_amount: 0.0,
            trainable: true,
        }
    }

    fn very_late(invoice: u32, amount: f64, days_overdue: i64) -> Prediction {
        Prediction {
            invoice,
            probs: vec![0.0, 0.0, 1.0],
            bucket: 2,
            flagged: true,
            open_amount: amount,
            expected: vec![0.0, 0.0, amount],
            days_overdue,
            policy: None,
            expected_without_policy: None,
        }
    }

    #[test]
    fn cash_past_every_paid_lateness_goes_to_later_not_to_next_week() {
        let as_of = NaiveDate::from_ymd_opt(2026, 9, 30).unwrap_or_default();
        let day = |n: i64| as_of - chrono::Duration::days(n);
        let tables = Tables {
            form: ImportForm::ThreeTables,
            customers: vec![Customer::bare("C1")],
            invoices: vec![
                open_invoice("A", day(10), 1000.0),
                open_invoice("B", day(200), 500.0),
            ],
            payments: Vec::new(),
            customer_extras: Vec::new(),
            invoice_extras: Vec::new(),
            currencies: Vec::new(),
            as_of,
        };
        // Very late invoices were paid 31 to 120 days late, one on each day.
        let span = (LATEST_DAY_LATE - EARLIEST_DAY_LATE + 1) as usize;
        let mut counts = vec![0u32; span];
        for d in 31..=120 {
            if let Some(c) = counts.get_mut((d - EARLIEST_DAY_LATE) as usize) {
                *c = 1;
            }
        }
        let behaviour = Behaviour {
            mean_days_late: vec![-3.0, 12.0, 75.5],
            discount_take_rate: None,
            days_late_counts: vec![vec![0; span], vec![0; span], counts],
        };
        let predictions = [very_late(0, 1000.0, 10), very_late(1, 500.0, 200)];
        let f = forecast(&tables, &predictions, &behaviour, &Buckets::default());
        // A, 10 days past due: paid 75.5 days late on average, 66 days from now, in week 10.
        let week_of_a = f
            .weeks
            .iter()
            .position(|w| w.expected.iter().sum::<f64>() > 0.0);
        assert_eq!(week_of_a, Some(9));
        assert_eq!(f.weeks.iter().map(|w| w.expected[2]).sum::<f64>(), 1000.0);
        // B, 200 days past due: no very late invoice was ever paid that late.
        assert_eq!(f.later, vec![0.0, 0.0, 500.0]);
    }

    #[test]
    fn an_extreme_mean_days_late_from_a_model_file_forecasts_without_panicking() {
        // A model file with finite but absurd means (and no per-day counts, as older files):
        // the lag is past every calendar date. Far ahead goes to "later", far back to week 1.
        let as_of = NaiveDate::from_ymd_opt(2026, 9, 30).unwrap_or_default();
        let tables = Tables {
            form: ImportForm::ThreeTables,
            customers: vec![Customer::bare("C1")],
            invoices: vec![open_invoice("A", as_of + chrono::Duration::days(5), 1000.0)],
            payments: Vec::new(),
            customer_extras: Vec::new(),
            invoice_extras: Vec::new(),
            currencies: Vec::new(),
            as_of,
        };
        let on_time = Prediction {
            probs: vec![1.0, 0.0, 0.0],
            bucket: 0,
            flagged: false,
            expected: vec![1000.0, 0.0, 0.0],
            days_overdue: 0,
            ..very_late(0, 1000.0, 0)
        };
        for (mean, in_later) in [
            (1e300, true),
            (f64::MAX, true),
            (-1e300, false),
            (-f64::MAX, false),
        ] {
            let behaviour = Behaviour {
                mean_days_late: vec![mean; 3],
                discount_take_rate: None,
                days_late_counts: Vec::new(),
            };
            let f = forecast(
                &tables,
                std::slice::from_ref(&on_time),
                &behaviour,
                &Buckets::default(),
            );
            let first_week = f.weeks.first().map(|w| w.expected[0]);
            if in_later {
                assert_eq!(f.later, vec![1000.0, 0.0, 0.0], "{mean}");
                assert_eq!(first_week, Some(0.0), "{mean}");
            } else {
                assert_eq!(f.later, vec![0.0; 3], "{mean}");
                assert_eq!(first_week, Some(1000.0), "{mean}");
            }
        }
    }
}
