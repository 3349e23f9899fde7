//! Payments: every payment row checked against its invoice, and each invoice settled on the day
//! its payments first reach its amount.

use super::*;
use crate::data::mapping::CanonicalField;
use crate::data::parse::DateFormat;
use crate::data::report::{Action, FileSummary, Problem};
use crate::data::tables::Payment;
use crate::i18n::tr;
use std::collections::BTreeMap;

impl<'a> Builder<'a> {
    pub(super) fn add_payments(
        &mut self,
        file: &'a PlannedFile,
        known: BTreeMap<String, DateFormat>,
    ) -> FileSummary {
        use CanonicalField as F;
        let mut cols = Columns::new(file, false, known);
        let source = file.table.source.as_str();
        let header = |f: F| file.mapping.column(f);
        let date_format = cols.date_format(F::PaymentDate).ok().flatten();
        let dates = cols.dates(F::PaymentDate, date_format);
        let amounts = cols.numbers(F::PaymentAmount);
        let label = date_format.map_or(tr("date"), |f| f.label()).to_string();
        let mut imported = 0usize;
        for i in 0..file.table.height() {
            let row = file.table.file_row(i);
            let required = [F::InvoiceId, F::PaymentDate, F::PaymentAmount];
            if cols.report_incomplete(&mut self.report, &required, i) {
                continue;
            }
            let Some(id) = cols.text(F::InvoiceId, i) else {
                continue;
            };
            let Some(payment_date) = dates[i].ok() else {
                self.report.push(
                    source,
                    Some(row),
                    header(F::PaymentDate),
                    cols.text(F::PaymentDate, i),
                    Problem::BadDate {
                        format: label.clone(),
                    },
                    Action::RowSkipped,
                );
                continue;
            };
            let Some(amount) = amounts[i].ok() else {
                self.report.push(
                    source,
                    Some(row),
                    header(F::PaymentAmount),
                    cols.text(F::PaymentAmount, i),
                    Problem::BadNumber,
                    Action::RowSkipped,
                );
                continue;
            };
            let Some(&invoice) = self.invoice_index.get(id) else {
                let problem = if self.credit_notes.contains_key(id) {
                    Problem::PaymentForCreditNote
                } else {
                    Problem::UnknownInvoice
                };
                self.report.push(
                    source,
                    Some(row),
                    header(F::InvoiceId),
                    Some(id),
                    problem,
                    Action::RowSkipped,
                );
                continue;
            };
            // An implausible payment is skipped; its invoice, whose settlement it would have
            // set, is not learned from.
            let implausible = if !self.plausible.date_ok(payment_date) {
                Some((F::PaymentDate, self.implausible_date()))
            } else if !self.plausible.amount_ok(amount) {
                Some((F::PaymentAmount, self.implausible_amount()))
            } else {
                None
            };
            if let Some((field, problem)) = implausible {
                self.report.push(
                    source,
                    Some(row),
                    header(field),
                    cols.text(field, i),
                    problem,
                    Action::RowSkipped,
                );
                if let Some(inv) = self.invoices.get_mut(invoice as usize) {
                    inv.trainable = false;
                }
                continue;
            }
            if amount == 0.0 {
                self.report.push(
                    source,
                    Some(row),
                    header(F::PaymentAmount),
                    cols.text(F::PaymentAmount, i),
                    Problem::ZeroPayment,
                    Action::RowSkipped,
                );
                continue;
            }
            if let Some(inv) = self
                .invoices
                .get_mut(invoice as usize)
                .filter(|inv| payment_date < inv.invoice_date)
            {
                self.report.push(
                    source,
                    Some(row),
                    header(F::PaymentDate),
                    cols.text(F::PaymentDate, i),
                    Problem::PaymentBeforeInvoice {
                        invoice_date: inv.invoice_date,
                    },
                    Action::LeftOutOfTraining,
                );
                inv.trainable = false;
            }
            self.payments.push(Payment {
                invoice,
                payment_date,
                amount,
            });
            imported += 1;
        }
        summary(file, imported, std::mem::take(&mut cols.formats))
    }

    /// Settles each invoice on the day its payments first reach its amount.
    pub(super) fn settle(&mut self) {
        self.payments.sort_by(|a, b| {
            a.invoice
                .cmp(&b.invoice)
                .then(a.payment_date.cmp(&b.payment_date))
        });
        let mut start = 0usize;
        while start < self.payments.len() {
            let invoice = self.payments[start].invoice;
            let mut end = start;
            while end < self.payments.len() && self.payments[end].invoice == invoice {
                end += 1;
            }
            if let Some(inv) = self.invoices.get_mut(invoice as usize) {
                let tolerance = settle_tolerance(inv.amount);
                // A cash discount taken in time settles the invoice at the discounted amount.
                let discount_until = inv.discount_days.and_then(|d| {
                    inv.invoice_date
                        .checked_add_days(chrono::Days::new(d.max(0) as u64))
                });
                let discounted = inv.amount * (1.0 - inv.discount_pct.unwrap_or(0.0) / 100.0);
                let mut paid = 0.0;
                let mut settled = None;
                for p in &self.payments[start..end] {
                    paid += p.amount;
                    let due_now = match discount_until {
                        Some(until) if p.payment_date <= until => discounted,
                        _ => inv.amount,
                    };
                    if settled.is_none() && paid >= due_now - tolerance {
                        settled = Some(p.payment_date);
                    }
                }
                // A refund after settlement reopens the invoice if it leaves it short.
                if paid < discounted.min(inv.amount) - tolerance {
                    settled = None;
                }
                inv.paid_amount = paid;
                inv.settled_date = settled;
                if paid > inv.amount + tolerance {
                    let origin = self.invoice_origin.get(invoice as usize).copied();
                    let file = origin
                        .and_then(|o| self.files.get(o.file))
                        .map_or("", |f| f.table.source.as_str());
                    let column = origin
                        .and_then(|o| self.files.get(o.file))
                        .and_then(|f| f.mapping.column(CanonicalField::InvoiceId));
                    self.report.push(
                        file,
                        origin.map(|o| o.row),
                        column,
                        Some(&inv.id),
                        Problem::Overpaid {
                            paid,
                            amount: inv.amount,
                        },
                        Action::Kept,
                    );
                }
            }
            start = end;
        }
    }
}
