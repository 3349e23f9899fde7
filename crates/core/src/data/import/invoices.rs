//! Invoices: every invoice or ledger row checked, repaired or skipped, their currencies, and
//! their extra columns joined across files.

use super::*;
use crate::data::mapping::CanonicalField;
use crate::data::parse::{DateFormat, parse_bool, parse_electronic};
use crate::data::report::ImportReport;
use crate::data::report::{Action, FileSummary, Problem};
use crate::data::tables::{ExtraColumn, ExtraValues, Invoice};
use crate::i18n::{Arg, Message, key, tr};
use chrono::NaiveDate;
use std::collections::BTreeMap;

impl<'a> Builder<'a> {
    pub(super) fn currency_index(&mut self, code: &str, origin: Origin) -> u16 {
        if let Some(i) = self
            .currencies
            .iter()
            .position(|c| c.eq_ignore_ascii_case(code))
        {
            if let Some(count) = self.currency_counts.get_mut(i) {
                *count += 1;
            }
            return i as u16;
        }
        self.currencies.push(code.to_uppercase());
        self.currency_first.push(origin);
        self.currency_counts.push(1);
        (self.currencies.len() - 1) as u16
    }

    pub(super) fn add_invoices(
        &mut self,
        file_number: usize,
        file: &'a PlannedFile,
        ledger: bool,
        known: BTreeMap<String, DateFormat>,
    ) -> FileSummary {
        let mut sheet = InvoiceSheet::read(file_number, file, ledger, known);
        let mut varying: BTreeMap<CanonicalField, usize> = BTreeMap::new();
        let mut kept = Vec::new();
        for i in 0..file.table.height() {
            if self.add_invoice_row(&sheet, i, &mut varying) {
                kept.push(i);
            }
        }
        let source = file.table.source.as_str();
        for (field, customers) in varying {
            self.report.push(
                source,
                None,
                file.mapping.column(field),
                None,
                Problem::VaryingCustomerValue { customers },
                Action::Repaired(Message::new("the first row's value is used")),
            );
        }
        let cols = &mut sheet.cols;
        let hint = cols.decimal_hint;
        for c in cols.unmapped() {
            let name = cols.header(c).to_string();
            let extra = extra_column(&name, &cols.values[c], &kept, hint);
            self.push_invoice_extra(extra);
        }
        summary(file, kept.len(), std::mem::take(&mut cols.formats))
    }

    /// Checks, repairs and adds one row; `false` if the row was skipped (with its issue in the
    /// report). The checks run in a fixed order, so each row gets the same first issue as ever.
    fn add_invoice_row(
        &mut self,
        sheet: &InvoiceSheet<'a>,
        i: usize,
        varying: &mut BTreeMap<CanonicalField, usize>,
    ) -> bool {
        use CanonicalField as F;
        let Some(key) = self.invoice_key(sheet, i) else {
            return false;
        };
        let Some(due_date) = self.due_date(sheet, i, &key) else {
            return false;
        };
        let Some(settled_date) = self.settled_date(sheet, i) else {
            return false;
        };
        if self.is_duplicate_invoice(sheet, i, &key, due_date) {
            return false;
        }
        let file = sheet.file;
        let row = file.table.file_row(i);
        let source = file.table.source.as_str();
        let customer = self.customer_for(
            key.customer_id,
            source,
            row,
            file.mapping.column(F::CustomerId),
        );
        let trainable = self.is_trainable(sheet, i, key.invoice_date, due_date, settled_date);
        let terms = self.invoice_terms(sheet, i);
        let (reminder_date, dunning_level) = self.reminder(sheet, i, key.invoice_date);
        let currency = sheet
            .cols
            .text(F::Currency, i)
            .map(|c| self.currency_index(c, sheet.origin(i)));
        if sheet.ledger {
            self.ledger_customer_values(
                customer,
                &sheet.cols,
                i,
                row,
                &sheet.credit,
                &sheet.terms,
                &sheet.paperless,
                varying,
            );
        }
        let mut electronic = terms.electronic;
        if electronic.is_none() && file.mapping.column(F::Delivery).is_none() {
            // No delivery column: paperless billing since a date says it.
            electronic = self
                .customers
                .get(customer as usize)
                .and_then(|c| c.paperless_since)
                .map(|since| key.invoice_date >= since);
        }
        self.invoice_index
            .insert(key.id, self.invoices.len() as u32);
        self.invoices.push(Invoice {
            id: key.id.to_string(),
            customer,
            invoice_date: key.invoice_date,
            due_date,
            amount: key.amount,
            currency,
            discount_pct: terms.discount_pct,
            discount_days: terms.discount_days.map(|d| d.round() as i32),
            disputed: terms.disputed,
            electronic,
            reminder_date,
            dunning_level,
            settled_date,
            paid_amount: if settled_date.is_some() {
                key.amount
            } else {
                0.0
            },
            trainable,
        });
        self.invoice_origin.push(sheet.origin(i));
        true
    }

    /// The row's id, customer, invoice date and amount, or `None` when one of them is missing,
    /// unreadable or implausible, the amount is zero, or the row is a credit note.
    fn invoice_key(&mut self, sheet: &InvoiceSheet<'a>, i: usize) -> Option<InvoiceKey<'a>> {
        use CanonicalField as F;
        let cols = &sheet.cols;
        let required = [F::InvoiceId, F::CustomerId, F::InvoiceDate, F::Amount];
        if cols.report_incomplete(&mut self.report, &required, i) {
            return None;
        }
        let (Some(id), Some(customer_id)) =
            (cols.text(F::InvoiceId, i), cols.text(F::CustomerId, i))
        else {
            return None;
        };
        let Some(invoice_date) = sheet.invoice_dates[i].ok() else {
            let problem = Problem::BadDate {
                format: date_label(sheet.invoice_format),
            };
            sheet.skip(&mut self.report, F::InvoiceDate, i, problem);
            return None;
        };
        let Some(amount) = sheet.amounts[i].ok() else {
            sheet.skip(&mut self.report, F::Amount, i, Problem::BadNumber);
            return None;
        };
        if !self.plausible.date_ok(invoice_date) {
            let problem = self.implausible_date();
            sheet.skip(&mut self.report, F::InvoiceDate, i, problem);
            return None;
        }
        if !self.plausible.amount_ok(amount) {
            let problem = self.implausible_amount();
            sheet.skip(&mut self.report, F::Amount, i, problem);
            return None;
        }
        if amount == 0.0 {
            sheet.skip(&mut self.report, F::Amount, i, Problem::ZeroAmount);
            return None;
        }
        if amount < 0.0 {
            self.credit_notes.insert(id, ());
            sheet.skip(&mut self.report, F::Amount, i, Problem::CreditNote);
            return None;
        }
        Some(InvoiceKey {
            id,
            customer_id,
            invoice_date,
            amount,
        })
    }

    /// The due date as read, else repaired from the customer's terms; `None` (row skipped) when
    /// neither works.
    fn due_date(
        &mut self,
        sheet: &InvoiceSheet<'a>,
        i: usize,
        key: &InvoiceKey<'a>,
    ) -> Option<NaiveDate> {
        use CanonicalField as F;
        let known_terms = self
            .customer_index
            .get(key.customer_id)
            .and_then(|&c| self.customers.get(c as usize))
            .and_then(|c| c.terms_days)
            .or_else(|| {
                sheet
                    .terms
                    .get(i)
                    .and_then(|t| t.ok())
                    .map(|t| t.round() as i32)
            });
        let other = match sheet.due_dates[i] {
            Cell::Ok(d) => return Some(d),
            other => other,
        };
        let problem = if other == Cell::Bad {
            Problem::BadDate {
                format: date_label(sheet.due_format),
            }
        } else {
            Problem::MissingRequired
        };
        let repaired = known_terms.and_then(|t| {
            key.invoice_date
                .checked_add_days(chrono::Days::new(t.max(0) as u64))
        });
        let action = match repaired {
            Some(repaired) => Action::Repaired(
                Message::new(
                    "due date set to {date}: invoice date + the customer's {days} days terms",
                )
                .arg("date", Arg::Date(repaired))
                .arg("days", known_terms.unwrap_or(0)),
            ),
            None => Action::RowSkipped,
        };
        sheet.note(&mut self.report, F::DueDate, i, problem, action);
        repaired
    }

    /// The paid date of a ledger row (`Some(None)`: open, or not a ledger); `None` when the row
    /// is skipped for a paid date that cannot be read or lies far outside the data.
    fn settled_date(&mut self, sheet: &InvoiceSheet<'a>, i: usize) -> Option<Option<NaiveDate>> {
        use CanonicalField as F;
        if !sheet.ledger {
            return Some(None);
        }
        let settled = match sheet.settled_dates[i] {
            Cell::Ok(d) => d,
            Cell::Empty => return Some(None),
            Cell::Bad => {
                let problem = Problem::BadDate {
                    format: date_label(sheet.settled_format),
                };
                sheet.skip(&mut self.report, F::SettledDate, i, problem);
                return None;
            }
        };
        // A paid date far outside the rest of the data (2199 for 2019) still says the
        // invoice was paid: kept with its date cleared it would look open and be flagged for
        // collections, so the row is skipped, as a paid date that cannot be read is.
        if !self.plausible.date_ok(settled) {
            let problem = self.implausible_date();
            sheet.skip(&mut self.report, F::SettledDate, i, problem);
            return None;
        }
        Some(Some(settled))
    }

    /// Duplicates: the first row wins; an exact repeat is only noted. `true` if skipped.
    fn is_duplicate_invoice(
        &mut self,
        sheet: &InvoiceSheet<'a>,
        i: usize,
        key: &InvoiceKey<'a>,
        due_date: NaiveDate,
    ) -> bool {
        let Some(&first) = self.invoice_index.get(key.id) else {
            return false;
        };
        let first_row = self.invoice_origin.get(first as usize).map_or(0, |o| o.row);
        let same = self.invoices.get(first as usize).is_some_and(|prev| {
            prev.invoice_date == key.invoice_date
                && prev.due_date == due_date
                && (prev.amount - key.amount).abs() < 0.005
                && self
                    .customers
                    .get(prev.customer as usize)
                    .is_some_and(|c| c.id == key.customer_id)
        });
        let problem = if same {
            Problem::RepeatedRow { first_row }
        } else {
            Problem::DuplicateInvoice { first_row }
        };
        sheet.skip(&mut self.report, CanonicalField::InvoiceId, i, problem);
        true
    }

    /// Whether the invoice can be learned from: its dates must be plausible and in order.
    fn is_trainable(
        &mut self,
        sheet: &InvoiceSheet<'a>,
        i: usize,
        invoice_date: NaiveDate,
        due_date: NaiveDate,
        settled_date: Option<NaiveDate>,
    ) -> bool {
        use CanonicalField as F;
        let left_out = Action::LeftOutOfTraining;
        let mut trainable = true;
        if !self.plausible.date_ok(due_date) {
            let problem = self.implausible_date();
            sheet.note(&mut self.report, F::DueDate, i, problem, left_out.clone());
            trainable = false;
        }
        if due_date < invoice_date {
            let problem = Problem::DueBeforeInvoice { invoice_date };
            sheet.note(&mut self.report, F::DueDate, i, problem, left_out.clone());
            trainable = false;
        }
        if settled_date.is_some_and(|settled| settled < invoice_date) {
            let problem = Problem::SettledBeforeInvoice { invoice_date };
            sheet.note(&mut self.report, F::SettledDate, i, problem, left_out);
            trainable = false;
        }
        trainable
    }

    /// The optional terms of the row (cash discount, dispute, delivery); a value that cannot
    /// be read or is impossible is cleared with an issue.
    fn invoice_terms(&mut self, sheet: &InvoiceSheet<'a>, i: usize) -> InvoiceTerms {
        use CanonicalField as F;
        let mut discount_pct = sheet.optional(
            &mut self.report,
            F::DiscountPct,
            i,
            sheet.discount_pct[i],
            || Problem::BadNumber,
        );
        if discount_pct.is_some_and(|p| !(0.0..50.0).contains(&p)) {
            let problem = Problem::ImpossibleValue {
                reason: key("a cash discount must be 0 to 50 percent"),
            };
            sheet.note(
                &mut self.report,
                F::DiscountPct,
                i,
                problem,
                Action::Cleared,
            );
            discount_pct = None;
        }
        let mut discount_days = sheet.optional(
            &mut self.report,
            F::DiscountDays,
            i,
            sheet.discount_days[i],
            || Problem::BadNumber,
        );
        if discount_days.is_some_and(|d| !(0.0..=365.0).contains(&d)) {
            let problem = Problem::ImpossibleValue {
                reason: key("discount days must be 0 to 365"),
            };
            sheet.note(
                &mut self.report,
                F::DiscountDays,
                i,
                problem,
                Action::Cleared,
            );
            discount_days = None;
        }
        let disputed = sheet.optional(&mut self.report, F::Disputed, i, sheet.disputed[i], || {
            Problem::BadFlag
        });
        let electronic =
            sheet.optional(&mut self.report, F::Delivery, i, sheet.delivery[i], || {
                Problem::BadFlag
            });
        InvoiceTerms {
            discount_pct,
            discount_days,
            disputed,
            electronic,
        }
    }

    /// The row's last reminder date and dunning level. A date that cannot be read, lies far
    /// outside the data or before the invoice date, and a level that is not a whole number
    /// from 0 to 9 (SAP's and Business Central's levels stay well below) are cleared with an
    /// issue; the row is kept.
    fn reminder(
        &mut self,
        sheet: &InvoiceSheet<'a>,
        i: usize,
        invoice_date: NaiveDate,
    ) -> (Option<NaiveDate>, Option<u8>) {
        use CanonicalField as F;
        let mut reminder_date = sheet.optional(
            &mut self.report,
            F::ReminderDate,
            i,
            sheet.reminder_dates[i],
            || Problem::BadDate {
                format: date_label(sheet.reminder_format),
            },
        );
        if let Some(date) = reminder_date {
            let problem = if !self.plausible.date_ok(date) {
                Some(self.implausible_date())
            } else if date < invoice_date {
                Some(Problem::ImpossibleValue {
                    reason: key("a reminder cannot be sent before the invoice date"),
                })
            } else {
                None
            };
            if let Some(problem) = problem {
                sheet.note(
                    &mut self.report,
                    F::ReminderDate,
                    i,
                    problem,
                    Action::Cleared,
                );
                reminder_date = None;
            }
        }
        let level = sheet.optional(
            &mut self.report,
            F::DunningLevel,
            i,
            sheet.dunning_levels[i],
            || Problem::BadNumber,
        );
        let dunning_level = match level {
            Some(l) if (0.0..=9.0).contains(&l) && l.fract() == 0.0 => Some(l as u8),
            Some(_) => {
                let problem = Problem::ImpossibleValue {
                    reason: key("a dunning level must be a whole number from 0 to 9"),
                };
                sheet.note(
                    &mut self.report,
                    F::DunningLevel,
                    i,
                    problem,
                    Action::Cleared,
                );
                None
            }
            None => None,
        };
        (reminder_date, dunning_level)
    }

    /// Appends an extra invoice column, joining it with one of the same name from an earlier
    /// file and keeping every extra aligned with the invoices.
    pub(super) fn push_invoice_extra(&mut self, extra: ExtraColumn) {
        let total = self.invoices.len();
        let added = extra.values.len();
        let earlier = total - added;
        let existing = self
            .invoice_extra_index
            .get(&extra.name)
            .and_then(|&i| self.invoice_extras.get_mut(i));
        if let Some(existing) = existing {
            let had = existing.values.len();
            match (&mut existing.values, extra.values) {
                (ExtraValues::Number(a), ExtraValues::Number(b)) => {
                    a.resize(earlier.max(had), None);
                    a.extend(b)
                }
                (ExtraValues::Date(a), ExtraValues::Date(b)) => {
                    a.resize(earlier.max(had), None);
                    a.extend(b)
                }
                (existing_values, new_values) => {
                    // Different types in different files: keep both as text.
                    let mut texts: Vec<Option<String>> = (0..earlier)
                        .map(|i| Some(existing_values.display(i)).filter(|s| !s.is_empty()))
                        .collect();
                    texts.extend(
                        (0..added).map(|i| Some(new_values.display(i)).filter(|s| !s.is_empty())),
                    );
                    let refs: Vec<Option<&str>> = texts.iter().map(|t| t.as_deref()).collect();
                    *existing_values = text_values(&refs);
                }
            }
            return;
        }
        let mut extra = extra;
        if earlier > 0 {
            let pad = |n: usize| -> ExtraValues {
                match &extra.values {
                    ExtraValues::Number(_) => ExtraValues::Number(vec![None; n]),
                    ExtraValues::Date(_) => ExtraValues::Date(vec![None; n]),
                    ExtraValues::Text { levels, .. } => ExtraValues::Text {
                        levels: levels.clone(),
                        codes: vec![None; n],
                    },
                }
            };
            let mut padded = pad(earlier);
            match (&mut padded, extra.values) {
                (ExtraValues::Number(a), ExtraValues::Number(b)) => a.extend(b),
                (ExtraValues::Date(a), ExtraValues::Date(b)) => a.extend(b),
                (ExtraValues::Text { codes: a, .. }, ExtraValues::Text { codes: b, .. }) => {
                    a.extend(b)
                }
                _ => {}
            }
            extra.values = padded;
        }
        self.invoice_extra_index
            .insert(extra.name.clone(), self.invoice_extras.len());
        self.invoice_extras.push(extra);
    }
}

/// The row's identity: what a row needs to become an invoice at all.
struct InvoiceKey<'a> {
    id: &'a str,
    customer_id: &'a str,
    invoice_date: NaiveDate,
    amount: f64,
}

/// The optional terms of one invoice row, as stored.
struct InvoiceTerms {
    discount_pct: Option<f64>,
    discount_days: Option<f64>,
    disputed: Option<bool>,
    electronic: Option<bool>,
}

/// One invoice or ledger file's columns, each read once as typed cells before the rows are.
struct InvoiceSheet<'a> {
    file_number: usize,
    file: &'a PlannedFile,
    ledger: bool,
    cols: Columns<'a>,
    invoice_format: Option<DateFormat>,
    due_format: Option<DateFormat>,
    settled_format: Option<DateFormat>,
    reminder_format: Option<DateFormat>,
    invoice_dates: Vec<Cell<NaiveDate>>,
    due_dates: Vec<Cell<NaiveDate>>,
    settled_dates: Vec<Cell<NaiveDate>>,
    amounts: Vec<Cell<f64>>,
    discount_pct: Vec<Cell<f64>>,
    discount_days: Vec<Cell<f64>>,
    disputed: Vec<Cell<bool>>,
    delivery: Vec<Cell<bool>>,
    reminder_dates: Vec<Cell<NaiveDate>>,
    dunning_levels: Vec<Cell<f64>>,
    /// Ledger exports repeat customer attributes on every invoice row; empty otherwise.
    credit: Vec<Cell<f64>>,
    terms: Vec<Cell<f64>>,
    paperless: Vec<Cell<NaiveDate>>,
}

impl<'a> InvoiceSheet<'a> {
    fn read(
        file_number: usize,
        file: &'a PlannedFile,
        ledger: bool,
        known: BTreeMap<String, DateFormat>,
    ) -> InvoiceSheet<'a> {
        use CanonicalField as F;
        let mut cols = Columns::new(file, false, known);
        let format_of = |f: F, c: &Columns| c.date_format(f).ok().flatten();
        let invoice_format = format_of(F::InvoiceDate, &cols);
        let due_format = format_of(F::DueDate, &cols);
        let settled_format = format_of(F::SettledDate, &cols);
        let paperless_format = format_of(F::PaperlessSince, &cols);
        let reminder_format = format_of(F::ReminderDate, &cols);
        let invoice_dates = cols.dates(F::InvoiceDate, invoice_format);
        let due_dates = cols.dates(F::DueDate, due_format);
        let settled_dates = if ledger {
            cols.dates(F::SettledDate, settled_format)
        } else {
            Vec::new()
        };
        let amounts = cols.numbers(F::Amount);
        let discount_pct = cols.numbers(F::DiscountPct);
        let discount_days = cols.numbers(F::DiscountDays);
        let disputed = cols.flags(F::Disputed, parse_bool);
        let delivery = cols.flags(F::Delivery, parse_electronic);
        let reminder_dates = cols.dates(F::ReminderDate, reminder_format);
        let dunning_levels = cols.numbers(F::DunningLevel);
        let (credit, terms, paperless) = if ledger {
            (
                cols.numbers(F::CreditLimit),
                cols.numbers(F::TermsDays),
                cols.dates(F::PaperlessSince, paperless_format),
            )
        } else {
            (Vec::new(), Vec::new(), Vec::new())
        };
        InvoiceSheet {
            file_number,
            file,
            ledger,
            cols,
            invoice_format,
            due_format,
            settled_format,
            reminder_format,
            invoice_dates,
            due_dates,
            settled_dates,
            amounts,
            discount_pct,
            discount_days,
            disputed,
            delivery,
            reminder_dates,
            dunning_levels,
            credit,
            terms,
            paperless,
        }
    }

    fn origin(&self, i: usize) -> Origin {
        Origin {
            file: self.file_number,
            row: self.file.table.file_row(i),
        }
    }

    /// Reports an issue with the value of `field` in row `i`.
    fn note(
        &self,
        report: &mut ImportReport,
        field: CanonicalField,
        i: usize,
        problem: Problem,
        action: Action,
    ) {
        report.push(
            &self.file.table.source,
            Some(self.file.table.file_row(i)),
            self.file.mapping.column(field),
            self.cols.text(field, i),
            problem,
            action,
        );
    }

    /// Reports the row as skipped for the value of `field`.
    fn skip(&self, report: &mut ImportReport, field: CanonicalField, i: usize, problem: Problem) {
        self.note(report, field, i, problem, Action::RowSkipped);
    }

    /// [`optional`] for the value of `field` in row `i`.
    fn optional<T: Copy>(
        &self,
        report: &mut ImportReport,
        field: CanonicalField,
        i: usize,
        cell: Cell<T>,
        problem: impl FnOnce() -> Problem,
    ) -> Option<T> {
        optional(
            report,
            &self.file.table.source,
            self.file.table.file_row(i),
            self.file.mapping.column(field),
            self.cols.text(field, i),
            cell,
            problem,
        )
    }
}

/// How a date column reads, for a message about a date that does not.
fn date_label(format: Option<DateFormat>) -> String {
    format.map_or(tr("date"), |f| f.label()).to_string()
}
