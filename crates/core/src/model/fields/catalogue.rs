//! The field catalogue as data: one entry per field computed from the canonical tables, in the
//! order the catalogue lists them, with its key, its English name and description (the
//! translation keys), its group, how its values are read and how complete it is.

use crate::data::tables::{Invoice, Tables};
use crate::i18n::{key, tr, trf};
use crate::model::buckets::Buckets;

use super::*;

/// One field computed from the canonical tables.
pub(super) struct FieldSpec {
    base: Base,
    /// Stable key, stored in models and settings.
    key: &'static str,
    /// The English name, which is the translation key.
    name: &'static str,
    /// The one-line description, given the late window's days.
    describe: fn(u32) -> String,
    source: Source,
    /// How the values are read (the levels of a category come from the data).
    kind: fn(&Tables, &Buckets) -> Kind,
    transform: Transform,
    /// Something an analyst can change in a what-if scenario.
    actionable: bool,
    /// Share of invoices (or customers) with a value.
    completeness: fn(&Tables) -> f64,
}

impl FieldSpec {
    pub(super) fn key(&self) -> &'static str {
        self.key
    }

    /// The English name (the translation key).
    pub(super) fn name(&self) -> &'static str {
        self.name
    }

    /// The field of this data set: named and described in the current language.
    pub(super) fn field(&self, tables: &Tables, buckets: &Buckets) -> Field {
        let completeness = (self.completeness)(tables);
        Field {
            key: self.key.to_string(),
            name: tr(self.name).to_string(),
            description: (self.describe)(buckets.late_days),
            source: self.source,
            origin: Origin::Base(self.base),
            kind: (self.kind)(tables, buckets),
            transform: self.transform,
            actionable: self.actionable,
            always_used: self.source == Source::Age,
            completeness,
            // A field without values cannot give anything away: it is just unusable.
            leak: leak_of(self.base).filter(|_| completeness > 0.0),
            unusable: None,
        }
    }
}

/// Every field computed from the canonical tables, in catalogue order.
pub(super) const BASE_FIELDS: [FieldSpec; 36] = [
    FieldSpec {
        base: Base::AgeDays,
        key: "age.days",
        name: key("Days since invoice date"),
        describe: |_| tr("How long the invoice has been open when the prediction is made.").into(),
        source: Source::Age,
        kind: number,
        transform: Transform::None,
        actionable: false,
        completeness: full,
    },
    FieldSpec {
        base: Base::DaysToDue,
        key: "age.days_to_due",
        name: key("Days until due"),
        describe: |_| {
            tr("Days from the prediction date to the due date (negative once it has passed).")
                .into()
        },
        source: Source::Age,
        kind: number,
        transform: Transform::None,
        actionable: false,
        completeness: full,
    },
    FieldSpec {
        base: Base::DaysToDueLog,
        key: "age.days_to_due_log",
        name: key("Nearness to the due date"),
        describe: |_| {
            tr("Days until the due date on a log scale, 0 once it has passed: the last days before the due date weigh more than the first weeks.")
                .into()
        },
        source: Source::Age,
        kind: number,
        // The chance that an invoice still unpaid is paid on time falls steeply in its last
        // days before the due date; in days alone that is a straight line, and anything that
        // happens in those days (a reminder) would be taken for it.
        transform: Transform::Log,
        actionable: false,
        completeness: full,
    },
    FieldSpec {
        base: Base::DaysOverdue,
        key: "age.days_overdue",
        name: key("Days past due"),
        describe: |_| {
            tr("Days the invoice is already past its due date, 0 if it is not due yet.").into()
        },
        source: Source::Age,
        kind: number,
        transform: Transform::None,
        actionable: false,
        completeness: full,
    },
    FieldSpec {
        base: Base::OverdueBand,
        key: "age.overdue_band",
        name: key("Past-due band"),
        describe: |n_late| {
            trf(
                "Whether the invoice is not yet due or in which quarter of the {n_late}-day late window it is.",
                &[("n_late", &n_late)],
            )
        },
        source: Source::Age,
        kind: overdue_bands_kind,
        transform: Transform::None,
        actionable: false,
        completeness: full,
    },
    FieldSpec {
        base: Base::Amount,
        key: "invoice.amount",
        name: key("Invoice amount"),
        describe: |_| tr("The invoice's amount.").into(),
        source: Source::Invoice,
        kind: number,
        transform: Transform::Log,
        actionable: false,
        completeness: full,
    },
    FieldSpec {
        base: Base::AmountVsAverage,
        key: "invoice.amount_vs_average",
        name: key("Amount vs customer's average"),
        describe: |_| {
            tr("The amount divided by the customer's average invoice so far (2 = twice the usual).")
                .into()
        },
        source: Source::Invoice,
        kind: number,
        transform: Transform::Log,
        actionable: false,
        completeness: full,
    },
    FieldSpec {
        base: Base::TermsDays,
        key: "invoice.terms_days",
        name: key("Payment terms (days)"),
        describe: |_| tr("Days between the invoice date and the due date.").into(),
        source: Source::Invoice,
        kind: number,
        transform: Transform::None,
        actionable: true,
        completeness: full,
    },
    FieldSpec {
        base: Base::DiscountPct,
        key: "invoice.discount_pct",
        name: key("Cash discount (%)"),
        describe: |_| tr("Cash discount offered for early payment, 0 if none.").into(),
        source: Source::Invoice,
        kind: number,
        transform: Transform::None,
        actionable: true,
        completeness: discount_offered,
    },
    FieldSpec {
        base: Base::DiscountDays,
        key: "invoice.discount_days",
        name: key("Cash discount days"),
        describe: |_| {
            tr("Days after the invoice date within which the discount may be taken, 0 if none.")
                .into()
        },
        source: Source::Invoice,
        kind: number,
        transform: Transform::None,
        actionable: true,
        completeness: discount_offered,
    },
    FieldSpec {
        base: Base::Disputed,
        key: "invoice.disputed",
        name: key("Disputed"),
        describe: |_| tr("The customer disputes the invoice.").into(),
        source: Source::Invoice,
        kind: flag,
        transform: Transform::None,
        actionable: true,
        completeness: disputed_known,
    },
    FieldSpec {
        base: Base::Electronic,
        key: "invoice.electronic",
        name: key("Electronic billing"),
        describe: |_| tr("Sent electronically (e-mail, EDI, portal) rather than on paper.").into(),
        source: Source::Invoice,
        kind: flag,
        transform: Transform::None,
        actionable: true,
        completeness: electronic_known,
    },
    FieldSpec {
        base: Base::Reminded,
        key: "invoice.reminded",
        name: key("Reminded"),
        describe: |_| {
            tr("A payment reminder had gone out by the time the invoice is looked at, before its due date.")
                .into()
        },
        source: Source::Invoice,
        kind: flag,
        transform: Transform::None,
        actionable: true,
        // No reminder reads as "not reminded": on data without reminders the flag never
        // varies, and training leaves it out for that reason.
        completeness: full,
    },
    FieldSpec {
        base: Base::ReminderDaysBeforeDue,
        key: "invoice.reminder_days_before_due",
        name: key("Reminder days before due"),
        describe: |_| {
            tr("How many days before the due date the last reminder went out; empty until one has, and once the invoice is past due.")
                .into()
        },
        source: Source::Invoice,
        kind: number,
        transform: Transform::None,
        actionable: true,
        completeness: reminder_recorded,
    },
    FieldSpec {
        base: Base::DunningLevel,
        key: "invoice.dunning_level",
        name: key("Dunning level"),
        describe: |_| tr("The dunning level the export records for the invoice.").into(),
        source: Source::Invoice,
        kind: number,
        transform: Transform::None,
        actionable: false,
        completeness: dunning_level_known,
    },
    FieldSpec {
        base: Base::Currency,
        key: "invoice.currency",
        name: key("Currency"),
        describe: |_| tr("The invoice's currency.").into(),
        source: Source::Invoice,
        kind: currencies,
        transform: Transform::None,
        actionable: false,
        completeness: currency_known,
    },
    FieldSpec {
        base: Base::Month,
        key: "invoice.month",
        name: key("Invoice month"),
        describe: |_| tr("Calendar month of the invoice date.").into(),
        source: Source::Invoice,
        kind: months,
        transform: Transform::None,
        actionable: false,
        completeness: full,
    },
    FieldSpec {
        base: Base::QuarterEnd,
        key: "invoice.quarter_end",
        name: key("Issued at quarter end"),
        describe: |_| tr("Invoice dated in the last two weeks of a quarter.").into(),
        source: Source::Invoice,
        kind: flag,
        transform: Transform::None,
        actionable: false,
        completeness: full,
    },
    FieldSpec {
        base: Base::YearEnd,
        key: "invoice.year_end",
        name: key("Issued at year end"),
        describe: |_| tr("Invoice dated in the last two weeks of December.").into(),
        source: Source::Invoice,
        kind: flag,
        transform: Transform::None,
        actionable: false,
        completeness: full,
    },
    FieldSpec {
        base: Base::SettledCount,
        key: "history.settled_count",
        name: key("Invoices paid so far"),
        describe: |_| {
            tr("How many of the customer's invoices were paid before this moment.").into()
        },
        source: Source::History,
        kind: number,
        transform: Transform::Log,
        actionable: false,
        completeness: full,
    },
    FieldSpec {
        base: Base::ShareLate,
        key: "history.share_late",
        name: key("Share paid late"),
        describe: |n_late| {
            trf(
                "Share of the customer's paid invoices that were paid 1–{n_late} days late.",
                &[("n_late", &n_late)],
            )
        },
        source: Source::History,
        kind: number,
        transform: Transform::None,
        actionable: false,
        completeness: full,
    },
    FieldSpec {
        base: Base::ShareVeryLate,
        key: "history.share_very_late",
        name: key("Share paid very late"),
        describe: |n_late| {
            trf(
                "Share of the customer's paid invoices that were paid more than {n_late} days late.",
                &[("n_late", &n_late)],
            )
        },
        source: Source::History,
        kind: number,
        transform: Transform::None,
        actionable: false,
        completeness: full,
    },
    FieldSpec {
        base: Base::ShareLateAmount,
        key: "history.share_late_amount",
        name: key("Share of amount paid late"),
        describe: |n_late| {
            trf(
                "Share of the customer's paid amount that came 1–{n_late} days late.",
                &[("n_late", &n_late)],
            )
        },
        source: Source::History,
        kind: number,
        transform: Transform::None,
        actionable: false,
        completeness: full,
    },
    FieldSpec {
        base: Base::ShareVeryLateAmount,
        key: "history.share_very_late_amount",
        name: key("Share of amount paid very late"),
        describe: |n_late| {
            trf(
                "Share of the customer's paid amount that came more than {n_late} days late.",
                &[("n_late", &n_late)],
            )
        },
        source: Source::History,
        kind: number,
        transform: Transform::None,
        actionable: false,
        completeness: full,
    },
    FieldSpec {
        base: Base::AvgDaysLate,
        key: "history.avg_days_late",
        name: key("Average days late"),
        describe: |_| {
            tr("Average days after the due date the customer paid (negative: early).").into()
        },
        source: Source::History,
        kind: number,
        transform: Transform::None,
        actionable: false,
        completeness: full,
    },
    FieldSpec {
        base: Base::RecentDaysLate,
        key: "history.recent_days_late",
        name: key("Recent days late (last 5)"),
        describe: |_| tr("Average days late of the customer's last five paid invoices.").into(),
        source: Source::History,
        kind: number,
        transform: Transform::None,
        actionable: false,
        completeness: full,
    },
    FieldSpec {
        base: Base::DaysSinceLastPayment,
        key: "history.days_since_payment",
        name: key("Days since last payment"),
        describe: |_| tr("Days since the customer last paid anything.").into(),
        source: Source::History,
        kind: number,
        transform: Transform::Log,
        actionable: false,
        completeness: full,
    },
    FieldSpec {
        base: Base::TenureDays,
        key: "history.tenure_days",
        name: key("Customer tenure (days)"),
        describe: |_| tr("Days since the customer's first invoice.").into(),
        source: Source::History,
        kind: number,
        transform: Transform::Log,
        actionable: false,
        completeness: full,
    },
    FieldSpec {
        base: Base::OpenBalance,
        key: "exposure.open_balance",
        name: key("Open balance"),
        describe: |_| {
            tr("Invoiced amount of the customer's unpaid invoices (part payments not deducted), this one included.").into()
        },
        source: Source::Exposure,
        kind: number,
        transform: Transform::Log,
        actionable: false,
        completeness: full,
    },
    FieldSpec {
        base: Base::OverdueBalance,
        key: "exposure.overdue_balance",
        name: key("Overdue balance"),
        describe: |_| {
            tr("Invoiced amount of the customer's unpaid invoices already past due (part payments not deducted).").into()
        },
        source: Source::Exposure,
        kind: number,
        transform: Transform::Log,
        actionable: false,
        completeness: full,
    },
    FieldSpec {
        base: Base::OpenCount,
        key: "exposure.open_count",
        name: key("Open invoices"),
        describe: |_| tr("Number of the customer's unpaid invoices.").into(),
        source: Source::Exposure,
        kind: number,
        transform: Transform::Log,
        actionable: false,
        completeness: full,
    },
    FieldSpec {
        base: Base::OldestOverdueDays,
        key: "exposure.oldest_overdue_days",
        name: key("Oldest overdue (days)"),
        describe: |_| {
            tr("Days past due of the customer's oldest overdue invoice, 0 if none.").into()
        },
        source: Source::Exposure,
        kind: number,
        transform: Transform::Log,
        actionable: false,
        completeness: full,
    },
    FieldSpec {
        base: Base::CreditLimit,
        key: "exposure.credit_limit",
        name: key("Credit limit"),
        describe: |_| tr("The customer's credit limit.").into(),
        source: Source::Exposure,
        kind: number,
        transform: Transform::Log,
        actionable: true,
        completeness: credit_limit_known,
    },
    FieldSpec {
        base: Base::CreditUse,
        key: "exposure.credit_use",
        name: key("Credit use"),
        describe: |_| tr("Open balance divided by the credit limit (1 = at the limit).").into(),
        source: Source::Exposure,
        kind: number,
        transform: Transform::None,
        actionable: false,
        completeness: credit_limit_known,
    },
    FieldSpec {
        base: Base::Group,
        key: "customer.group",
        name: key("Customer group"),
        describe: |_| tr("The customer's group or segment.").into(),
        source: Source::Customer,
        kind: groups,
        transform: Transform::None,
        actionable: false,
        completeness: group_known,
    },
    FieldSpec {
        base: Base::Region,
        key: "customer.region",
        name: key("Country / region"),
        describe: |_| tr("The customer's country or region.").into(),
        source: Source::Customer,
        kind: regions,
        transform: Transform::None,
        actionable: false,
        completeness: region_known,
    },
];

fn number(_: &Tables, _: &Buckets) -> Kind {
    Kind::Number
}

fn flag(_: &Tables, _: &Buckets) -> Kind {
    Kind::Flag
}

fn overdue_bands_kind(_: &Tables, buckets: &Buckets) -> Kind {
    Kind::Category {
        levels: overdue_bands(buckets.late_days)
            .iter()
            .map(|b| b.0.clone())
            .collect(),
    }
}

fn currencies(tables: &Tables, _: &Buckets) -> Kind {
    Kind::Category {
        levels: tables.currencies.clone(),
    }
}

fn months(_: &Tables, _: &Buckets) -> Kind {
    Kind::Category {
        levels: MONTHS.iter().map(|m| m.to_string()).collect(),
    }
}

fn groups(tables: &Tables, _: &Buckets) -> Kind {
    Kind::Category {
        levels: levels_of(tables.customers.iter().map(|c| c.group.as_deref())),
    }
}

fn regions(tables: &Tables, _: &Buckets) -> Kind {
    Kind::Category {
        levels: levels_of(tables.customers.iter().map(|c| c.region.as_deref())),
    }
}

fn full(_: &Tables) -> f64 {
    1.0
}

/// Share of invoices for which `f` holds.
fn invoice_share(tables: &Tables, f: impl Fn(&Invoice) -> bool) -> f64 {
    let n = tables.invoices.len().max(1) as f64;
    tables.invoices.iter().filter(|i| f(i)).count() as f64 / n
}

/// Share of customers for which `f` holds.
fn customer_share(tables: &Tables, f: impl Fn(&crate::data::tables::Customer) -> bool) -> f64 {
    let nc = tables.customers.len().max(1) as f64;
    tables.customers.iter().filter(|c| f(c)).count() as f64 / nc
}

/// A discount column is complete where any invoice offers one: no discount reads as 0.
fn discount_offered(tables: &Tables) -> f64 {
    if invoice_share(tables, |i| i.discount_pct.is_some()) > 0.0 {
        1.0
    } else {
        0.0
    }
}

/// The reminder's timing is complete where any invoice was reminded: an invoice not reminded
/// (yet) has no timing, which the model sees as such.
fn reminder_recorded(tables: &Tables) -> f64 {
    if tables.invoices.iter().any(|i| i.reminder_date.is_some()) {
        1.0
    } else {
        0.0
    }
}

fn dunning_level_known(tables: &Tables) -> f64 {
    invoice_share(tables, |i| i.dunning_level.is_some())
}

/// Why a computed field gives the outcome away, if it does. An export's dunning level is the
/// level reached by the export date, not by the day the invoice is looked at, and dunning
/// only follows a missed due date: like a "days late" column, it is known after the fact.
fn leak_of(base: Base) -> Option<String> {
    (base == Base::DunningLevel).then(|| {
        tr("The export records the dunning level reached by the day it was made, not by the day the invoice is looked at, and dunning follows a missed due date: it gives lateness away.")
            .to_string()
    })
}

fn disputed_known(tables: &Tables) -> f64 {
    invoice_share(tables, |i| i.disputed.is_some())
}

fn electronic_known(tables: &Tables) -> f64 {
    invoice_share(tables, |i| i.electronic.is_some())
}

fn currency_known(tables: &Tables) -> f64 {
    invoice_share(tables, |i| i.currency.is_some())
}

fn credit_limit_known(tables: &Tables) -> f64 {
    customer_share(tables, |c| c.credit_limit.is_some())
}

fn group_known(tables: &Tables) -> f64 {
    customer_share(tables, |c| c.group.is_some())
}

fn region_known(tables: &Tables) -> f64 {
    customer_share(tables, |c| c.region.is_some())
}
