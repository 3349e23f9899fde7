//! Policies and the changes they make: which open invoices a change applies to (a filter),
//! what it changes (discount, terms, dispute, credit limit, other fields), the allowed ranges
//! of each value, and applying the change to an invoice. Scoring applies saved policies; a
//! what-if applies a scenario's changes.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::data::format::count;
use crate::data::tables::{Invoice, Tables};
use crate::i18n::trf;
use crate::model::features::Edits;

/// Which open invoices a scenario or policy applies to. Empty conditions match everything.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Filter {
    /// Customer id.
    pub customer: Option<String>,
    /// Customer group.
    pub group: Option<String>,
    /// Customer region.
    pub region: Option<String>,
    /// Only these customers (by id; empty: any). A strategy's policy covers the customers it
    /// was chosen for.
    pub customers: Vec<String>,
    pub min_amount: Option<f64>,
    pub max_amount: Option<f64>,
    /// Only invoices whose predicted winning bucket is this index.
    pub bucket: Option<usize>,
    /// Only invoices flagged for collections.
    pub flagged_only: bool,
}

impl Filter {
    /// Whether `inv` matches; `predicted` is its current prediction's winning bucket and flag,
    /// when known (conditions on them are not checked without).
    pub fn matches(
        &self,
        tables: &Tables,
        inv: &Invoice,
        predicted: Option<(usize, bool)>,
    ) -> bool {
        let customer = tables.customers.get(inv.customer as usize);
        if let Some(id) = &self.customer
            && customer.is_none_or(|c| &c.id != id)
        {
            return false;
        }
        if let Some(group) = &self.group
            && customer.and_then(|c| c.group.as_ref()) != Some(group)
        {
            return false;
        }
        if let Some(region) = &self.region
            && customer.and_then(|c| c.region.as_ref()) != Some(region)
        {
            return false;
        }
        if !self.customers.is_empty() && customer.is_none_or(|c| !self.customers.contains(&c.id)) {
            return false;
        }
        if self.min_amount.is_some_and(|m| inv.amount < m)
            || self.max_amount.is_some_and(|m| inv.amount > m)
        {
            return false;
        }
        if let Some(b) = self.bucket
            && predicted.is_some_and(|(bucket, _)| bucket != b)
        {
            return false;
        }
        if self.flagged_only && predicted.is_some_and(|(_, flagged)| !flagged) {
            return false;
        }
        true
    }
}

/// What a scenario changes. `None` leaves a parameter as it is.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Changes {
    /// Cash discount percent (0 removes the discount).
    pub discount_pct: Option<f64>,
    /// Days within which the discount may be taken.
    pub discount_days: Option<i32>,
    /// Payment terms in days (moves the due date).
    pub terms_days: Option<i32>,
    /// Payment terms this many days longer (negative: shorter) than each invoice has, never
    /// below zero; applied after `terms_days`.
    pub terms_change_days: Option<i32>,
    pub electronic: Option<bool>,
    /// Resolve disputes (disputed becomes no).
    pub resolve_dispute: bool,
    pub credit_limit: Option<f64>,
    /// Send a payment reminder this many days before the due date (0: on the due date).
    pub remind_days_before_due: Option<i32>,
    /// Other numeric fields by key (imported numeric columns of invoices).
    pub fields: Vec<(String, f64)>,
}

/// The longest payment terms (and discount days) a scenario or policy may set: ten years.
pub const MAX_TERMS_DAYS: i32 = 3650;
/// The largest cash discount, in percent.
pub const MAX_DISCOUNT_PCT: f64 = 100.0;
/// The largest credit limit, and the largest size of another field's value (either sign), a
/// change may set: far above any real ledger's amounts, far below where sums stop being exact.
pub const MAX_CHANGE_VALUE: f64 = 1e15;

/// A change a scenario or policy may not make, with the value and the allowed range.
#[derive(Clone, Debug, PartialEq, Error)]
pub enum InvalidChange {
    #[error(
        "{}",
        trf(
            "Payment terms of {value} days are outside the allowed range of 0 to {max} days.",
            &[("value", &.value), ("max", &MAX_TERMS_DAYS)]
        )
    )]
    TermsDays { value: i32 },
    #[error(
        "{}",
        trf(
            "A cash discount of {value}% is outside the allowed range of 0 to {max}%.",
            &[("value", &.value), ("max", &MAX_DISCOUNT_PCT)]
        )
    )]
    DiscountPct { value: f64 },
    #[error(
        "{}",
        trf(
            "Discount days of {value} are outside the allowed range of 0 to {max} days.",
            &[("value", &.value), ("max", &MAX_TERMS_DAYS)]
        )
    )]
    DiscountDays { value: i32 },
    #[error(
        "{}",
        trf(
            "Discount days of {value} are more than the payment terms of {terms} days: the discount must be taken within the terms.",
            &[("value", &.value), ("terms", &.terms_days)]
        )
    )]
    DiscountAfterTerms { value: i32, terms_days: i32 },
    #[error(
        "{}",
        trf(
            "A change of the payment terms by {value} days is outside the allowed range of -{max} to {max} days.",
            &[("value", &.value), ("max", &MAX_TERMS_DAYS)]
        )
    )]
    TermsChange { value: i32 },
    #[error(
        "{}",
        trf(
            "A reminder {value} days before the due date is outside the allowed range of 0 to {max} days.",
            &[("value", &.value), ("max", &MAX_TERMS_DAYS)]
        )
    )]
    RemindDaysBeforeDue { value: i32 },
    #[error(
        "{}",
        trf(
            "A credit limit of {value} is outside the allowed range of 0 to {max}.",
            &[("value", &.value), ("max", &count(MAX_CHANGE_VALUE as usize))]
        )
    )]
    CreditLimit { value: f64 },
    #[error(
        "{}",
        trf(
            "The value {value} for the field \"{key}\" is outside the allowed range of -{max} to {max}.",
            &[("value", &.value), ("key", &.key), ("max", &count(MAX_CHANGE_VALUE as usize))]
        )
    )]
    Field { key: String, value: f64 },
}

impl Changes {
    /// Checks every value against its allowed range (terms, discount days and the days a
    /// reminder goes out before the due date 0 to [`MAX_TERMS_DAYS`], discount days within the
    /// terms when both change, discount 0 to
    /// [`MAX_DISCOUNT_PCT`]%, credit limit 0 to [`MAX_CHANGE_VALUE`], other fields finite and
    /// within ±[`MAX_CHANGE_VALUE`]). A scenario or policy from a file or the form is checked
    /// once, before it is applied; the first problem is returned.
    pub fn validate(&self) -> Result<(), InvalidChange> {
        if let Some(value) = self.terms_days
            && !(0..=MAX_TERMS_DAYS).contains(&value)
        {
            return Err(InvalidChange::TermsDays { value });
        }
        if let Some(value) = self.terms_change_days
            && !(-MAX_TERMS_DAYS..=MAX_TERMS_DAYS).contains(&value)
        {
            return Err(InvalidChange::TermsChange { value });
        }
        if let Some(value) = self.discount_pct
            && !(0.0..=MAX_DISCOUNT_PCT).contains(&value)
        {
            return Err(InvalidChange::DiscountPct { value });
        }
        if let Some(value) = self.discount_days {
            if !(0..=MAX_TERMS_DAYS).contains(&value) {
                return Err(InvalidChange::DiscountDays { value });
            }
            if let Some(terms_days) = self.terms_days
                && value > terms_days
            {
                return Err(InvalidChange::DiscountAfterTerms { value, terms_days });
            }
        }
        if let Some(value) = self.remind_days_before_due
            && !(0..=MAX_TERMS_DAYS).contains(&value)
        {
            return Err(InvalidChange::RemindDaysBeforeDue { value });
        }
        if let Some(value) = self.credit_limit
            && !(0.0..=MAX_CHANGE_VALUE).contains(&value)
        {
            return Err(InvalidChange::CreditLimit { value });
        }
        if let Some((key, value)) = self
            .fields
            .iter()
            .find(|(_, v)| !(-MAX_CHANGE_VALUE..=MAX_CHANGE_VALUE).contains(v))
        {
            return Err(InvalidChange::Field {
                key: key.clone(),
                value: *value,
            });
        }
        Ok(())
    }
}

/// A saved scenario that scoring applies to open invoices issued on or after `from`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Policy {
    pub name: String,
    pub from: NaiveDate,
    #[serde(default)]
    pub filter: Filter,
    pub changes: Changes,
    /// Scoring applies it; a switched-off policy is kept but changes nothing.
    #[serde(default = "switched_on")]
    pub enabled: bool,
}

fn switched_on() -> bool {
    true
}

/// Applies `changes` to an invoice (and records customer and extra-field changes in `edits`).
/// Callers check the changes first ([`Changes::validate`]); even unchecked, a due date the
/// calendar cannot hold leaves the due date as it was instead of panicking.
///
/// A reminder N days before due is planned on the (new) due date − N days, never before the
/// invoice date, and marked as a plan in `edits`, so the scored row sees it although it has
/// not happened: a what-if asks "as if the reminder were sent N days before due". For an open
/// invoice whose reminder day is still ahead of the day it is scored on, the row sees the
/// reminder on that day (N days before due). For one whose reminder day is already past, a
/// reminder cannot be sent in the past: the row sees it sent on the day it is scored on
/// (today, for open invoices on the as-of date), that many fewer days before due. An invoice
/// already past its due date is not changed by it: the model sees reminders only before the
/// due date (see `features::reminder_seen`). The planned reminder is the invoice's last,
/// replacing one the data records.
pub fn apply_changes(
    changes: &Changes,
    inv: &mut Invoice,
    edits: &mut Edits,
    customer: u32,
    index: u32,
) {
    if let Some(pct) = changes.discount_pct {
        inv.discount_pct = (pct > 0.0).then_some(pct);
        if pct > 0.0 && inv.discount_days.is_none() && changes.discount_days.is_none() {
            inv.discount_days = Some(10);
        }
    }
    if let Some(days) = changes.discount_days {
        inv.discount_days = Some(days);
    }
    if let Some(due_date) = changes.terms_days.and_then(|terms| {
        inv.invoice_date
            .checked_add_signed(chrono::TimeDelta::try_days(i64::from(terms))?)
    }) {
        inv.due_date = due_date;
    }
    if let Some(due_date) = changes.terms_change_days.and_then(|change| {
        let terms = (inv.terms_days() + i64::from(change)).max(0);
        inv.invoice_date
            .checked_add_signed(chrono::TimeDelta::try_days(terms)?)
    }) {
        inv.due_date = due_date;
    }
    if let Some(e) = changes.electronic {
        inv.electronic = Some(e);
    }
    if changes.resolve_dispute {
        inv.disputed = Some(false);
    }
    if let Some(limit) = changes.credit_limit {
        edits.credit_limits.insert(customer, Some(limit));
    }
    if let Some(planned) = changes.remind_days_before_due.and_then(|days| {
        inv.due_date
            .checked_sub_signed(chrono::TimeDelta::try_days(i64::from(days))?)
    }) {
        inv.reminder_date = Some(planned.max(inv.invoice_date));
        edits.planned_reminders.insert(index);
    }
    for (key, value) in &changes.fields {
        edits.extras.insert((key.clone(), index), *value);
    }
}
