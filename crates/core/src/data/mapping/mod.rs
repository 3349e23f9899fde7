//! Column mapping: which column of a user's file holds which canonical field. Fields are matched
//! automatically from column names with a synonym list (English, Swedish and Dutch, and the
//! exports of Dynamics 365 Finance, Business Central, SAP, QuickBooks and Xero; case, accents,
//! punctuation and spacing ignored), each match carrying a confidence; the user can
//! override any of them, and the result is saved per file layout (and read from a TOML file by
//! the CLI).

mod file;
mod guess;
mod memory;
mod synonyms;
#[cfg(test)]
mod tests;

pub use file::{FileMapping, MappingFile, MappingFileError, role_key};
pub use guess::{FieldMatch, auto_map, guess_role, normalise};
pub use memory::{MappingMemory, layout_fingerprint};

use crate::i18n::{key, tr};
use serde::{Deserialize, Serialize};
use std::fmt;

/// What a file holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TableRole {
    /// One row per customer.
    Customers,
    /// One row per invoice (three-table form: payments come from their own file).
    Invoices,
    /// One row per payment (partial payments are separate rows).
    Payments,
    /// One row per invoice with the date it was settled: the single-ledger form.
    Ledger,
}

impl TableRole {
    pub const ALL: [TableRole; 4] = [
        TableRole::Customers,
        TableRole::Invoices,
        TableRole::Payments,
        TableRole::Ledger,
    ];

    /// The canonical fields a table of this role can hold, required ones first.
    pub fn fields(self) -> &'static [CanonicalField] {
        use CanonicalField::*;
        match self {
            TableRole::Customers => &[
                CustomerId,
                CustomerName,
                CustomerGroup,
                Region,
                CreditLimit,
                TermsDays,
                PaperlessSince,
            ],
            TableRole::Invoices => &[
                InvoiceId,
                CustomerId,
                InvoiceDate,
                DueDate,
                Amount,
                Currency,
                DiscountPct,
                DiscountDays,
                Disputed,
                Delivery,
                ReminderDate,
                DunningLevel,
            ],
            TableRole::Payments => &[InvoiceId, PaymentDate, PaymentAmount],
            TableRole::Ledger => &[
                InvoiceId,
                CustomerId,
                InvoiceDate,
                DueDate,
                Amount,
                SettledDate,
                Currency,
                DiscountPct,
                DiscountDays,
                Disputed,
                Delivery,
                ReminderDate,
                DunningLevel,
                CustomerName,
                CustomerGroup,
                Region,
                CreditLimit,
                TermsDays,
                PaperlessSince,
            ],
        }
    }

    /// Fields a table of this role must have a column for. (A missing due date *value* is
    /// repaired from the customer's payment terms when they are known.)
    pub fn required(self) -> &'static [CanonicalField] {
        use CanonicalField::*;
        match self {
            TableRole::Customers => &[CustomerId],
            TableRole::Invoices | TableRole::Ledger => {
                &[InvoiceId, CustomerId, InvoiceDate, DueDate, Amount]
            }
            TableRole::Payments => &[InvoiceId, PaymentDate, PaymentAmount],
        }
    }

    /// The name users see, in the current language.
    pub fn label(self) -> &'static str {
        tr(self.key())
    }

    /// The English name, the key of its translations.
    pub fn key(self) -> &'static str {
        match self {
            TableRole::Customers => key("Customers"),
            TableRole::Invoices => key("Invoices"),
            TableRole::Payments => key("Payments"),
            TableRole::Ledger => key("Invoice ledger (with paid date)"),
        }
    }

    /// Words in file names that hint at the role.
    pub(super) fn file_name_hints(self) -> &'static [&'static str] {
        match self {
            TableRole::Customers => &["customer", "client", "kund", "klant", "debit", "debtor"],
            TableRole::Invoices => &["invoice", "faktur", "factu", "bill"],
            TableRole::Payments => &[
                "payment", "betaln", "betalin", "inbetal", "receipt", "remit",
            ],
            TableRole::Ledger => &["ledger", "receivable", "ar_", "reskontra", "aging"],
        }
    }
}

impl fmt::Display for TableRole {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// What kind of values a field holds, for checking that a candidate column fits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ValueKind {
    Id,
    Text,
    Date,
    Number,
    Flag,
}

/// The fields of the canonical tables that can be mapped from a user's columns.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CanonicalField {
    CustomerId,
    CustomerName,
    CustomerGroup,
    Region,
    CreditLimit,
    TermsDays,
    PaperlessSince,
    InvoiceId,
    InvoiceDate,
    DueDate,
    Amount,
    Currency,
    DiscountPct,
    DiscountDays,
    Disputed,
    Delivery,
    ReminderDate,
    DunningLevel,
    SettledDate,
    PaymentDate,
    PaymentAmount,
}

impl CanonicalField {
    /// The key used in mapping files (`invoice_date = "Fakturadatum"`).
    pub fn key(self) -> &'static str {
        use CanonicalField::*;
        match self {
            CustomerId => "customer_id",
            CustomerName => "customer_name",
            CustomerGroup => "customer_group",
            Region => "region",
            CreditLimit => "credit_limit",
            TermsDays => "terms_days",
            PaperlessSince => "paperless_since",
            InvoiceId => "invoice_id",
            InvoiceDate => "invoice_date",
            DueDate => "due_date",
            Amount => "amount",
            Currency => "currency",
            DiscountPct => "discount_pct",
            DiscountDays => "discount_days",
            Disputed => "disputed",
            Delivery => "delivery",
            ReminderDate => "reminder_date",
            DunningLevel => "dunning_level",
            SettledDate => "settled_date",
            PaymentDate => "payment_date",
            PaymentAmount => "payment_amount",
        }
    }

    /// Every field.
    pub const ALL: [CanonicalField; 21] = {
        use CanonicalField::*;
        [
            CustomerId,
            CustomerName,
            CustomerGroup,
            Region,
            CreditLimit,
            TermsDays,
            PaperlessSince,
            InvoiceId,
            InvoiceDate,
            DueDate,
            Amount,
            Currency,
            DiscountPct,
            DiscountDays,
            Disputed,
            Delivery,
            ReminderDate,
            DunningLevel,
            SettledDate,
            PaymentDate,
            PaymentAmount,
        ]
    };

    /// Reads a mapping-file key.
    pub fn from_key(key: &str) -> Option<CanonicalField> {
        CanonicalField::ALL.into_iter().find(|f| f.key() == key)
    }

    /// The name analysts see, in the current language.
    pub fn label(self) -> &'static str {
        use CanonicalField::*;
        match self {
            CustomerId => tr("Customer ID"),
            CustomerName => tr("Customer name"),
            CustomerGroup => tr("Customer group"),
            Region => tr("Country / region"),
            CreditLimit => tr("Credit limit"),
            TermsDays => tr("Payment terms (days)"),
            PaperlessSince => tr("Paperless billing since"),
            InvoiceId => tr("Invoice number"),
            InvoiceDate => tr("Invoice date"),
            DueDate => tr("Due date"),
            Amount => tr("Invoice amount"),
            Currency => tr("Currency"),
            DiscountPct => tr("Cash discount %"),
            DiscountDays => tr("Cash discount days"),
            Disputed => tr("Disputed"),
            Delivery => tr("Delivery (paper / electronic)"),
            ReminderDate => tr("Last reminder date"),
            DunningLevel => tr("Dunning level"),
            SettledDate => tr("Paid / settled date"),
            PaymentDate => tr("Payment date"),
            PaymentAmount => tr("Payment amount"),
        }
    }

    pub fn kind(self) -> ValueKind {
        use CanonicalField::*;
        match self {
            CustomerId | InvoiceId => ValueKind::Id,
            CustomerName | CustomerGroup | Region | Currency => ValueKind::Text,
            PaperlessSince | InvoiceDate | DueDate | ReminderDate | SettledDate | PaymentDate => {
                ValueKind::Date
            }
            CreditLimit | TermsDays | Amount | DiscountPct | DiscountDays | DunningLevel
            | PaymentAmount => ValueKind::Number,
            Disputed | Delivery => ValueKind::Flag,
        }
    }

    /// Words that rule out a partial name match: "Remaining Amount" contains "amount" but is
    /// not the invoice amount, "Credited" is no credit limit, "Arrears after net due date" is
    /// a number of days, "Closed at Date" is not the invoice date. Exact synonyms still match.
    pub(super) fn excluded_words(self) -> &'static [&'static str] {
        use CanonicalField::*;
        match self {
            Amount => &[
                "remaining",
                "balance",
                "open",
                "outstanding",
                "paid",
                "settle",
                "credited",
                "closed",
                "discount",
                "disc",
            ],
            // A contact person's name, e-mail or phone is not the customer.
            CustomerId => &["person", "email", "mail", "phone"],
            CreditLimit => &["credited", "creditnote", "creditmemo", "creditamount"],
            DueDate => &["arrears", "days", "overdue", "pastdue"],
            InvoiceDate => &[
                "due",
                "paid",
                "payment",
                "settle",
                "clear",
                "closed",
                "discount",
                "disc",
                "expected",
                "paperless",
                "remind",
                "dunn",
                "paminn",
                "herinner",
                "aanman",
            ],
            // "Reminder level" and "Number of reminders" are no dates; "Last dunned" is.
            ReminderDate => &["level", "count", "number", "fee", "block", "stage"],
            DunningLevel => &["date", "dunned", "block", "fee"],
            _ => &[],
        }
    }
}

impl fmt::Display for CanonicalField {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}
