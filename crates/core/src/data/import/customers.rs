//! Customers: the customer file's rows, customers first met on an invoice, and the customer
//! attributes a ledger repeats on every invoice row.

use super::*;
use crate::data::mapping::CanonicalField;
use crate::data::parse::DateFormat;
use crate::data::report::{Action, FileSummary, Problem};
use crate::data::tables::{Customer, ExtraValues};
use crate::i18n::{key, tr};
use chrono::NaiveDate;
use std::collections::BTreeMap;

impl<'a> Builder<'a> {
    pub(super) fn add_customers(
        &mut self,
        file: &'a PlannedFile,
        known: BTreeMap<String, DateFormat>,
    ) -> FileSummary {
        use CanonicalField as F;
        let mut cols = Columns::new(file, false, known);
        let source = file.table.source.as_str();
        let paperless_format = cols.date_format(F::PaperlessSince).ok().flatten();
        let paperless = cols.dates(F::PaperlessSince, paperless_format);
        let credit = cols.numbers(F::CreditLimit);
        let terms = cols.numbers(F::TermsDays);
        let header = |f: F| file.mapping.column(f);
        let mut kept = Vec::new();
        for i in 0..file.table.height() {
            let row = file.table.file_row(i);
            if cols.report_incomplete(&mut self.report, &[F::CustomerId], i) {
                continue;
            }
            let Some(id) = cols.text(F::CustomerId, i) else {
                continue;
            };
            if let Some(&existing) = self.customer_index.get(id) {
                let first_row = self
                    .customer_rows
                    .get(existing as usize)
                    .copied()
                    .flatten()
                    .map_or(0, |(_, r)| r);
                self.report.push(
                    source,
                    Some(row),
                    header(F::CustomerId),
                    Some(id),
                    Problem::DuplicateCustomer { first_row },
                    Action::RowSkipped,
                );
                continue;
            }
            let mut credit_limit = optional(
                &mut self.report,
                source,
                row,
                header(F::CreditLimit),
                cols.text(F::CreditLimit, i),
                credit[i],
                || Problem::BadNumber,
            );
            if credit_limit.is_some_and(|c| !self.plausible.amount_ok(c)) {
                let problem = self.implausible_amount();
                self.report.push(
                    source,
                    Some(row),
                    header(F::CreditLimit),
                    cols.text(F::CreditLimit, i),
                    problem,
                    Action::Cleared,
                );
                credit_limit = None;
            }
            if credit_limit.is_some_and(|c| c < 0.0) {
                self.report.push(
                    source,
                    Some(row),
                    header(F::CreditLimit),
                    cols.text(F::CreditLimit, i),
                    Problem::ImpossibleValue {
                        reason: key("a credit limit cannot be negative"),
                    },
                    Action::Cleared,
                );
                credit_limit = None;
            }
            let mut terms_days = optional(
                &mut self.report,
                source,
                row,
                header(F::TermsDays),
                cols.text(F::TermsDays, i),
                terms[i],
                || Problem::BadNumber,
            );
            if terms_days.is_some_and(|t| !(0.0..=730.0).contains(&t)) {
                self.report.push(
                    source,
                    Some(row),
                    header(F::TermsDays),
                    cols.text(F::TermsDays, i),
                    Problem::ImpossibleValue {
                        reason: key("payment terms must be 0 to 730 days"),
                    },
                    Action::Cleared,
                );
                terms_days = None;
            }
            let paperless_since = optional(
                &mut self.report,
                source,
                row,
                header(F::PaperlessSince),
                cols.text(F::PaperlessSince, i),
                paperless[i],
                || Problem::BadDate {
                    format: paperless_format
                        .map_or(tr("date"), |f| f.label())
                        .to_string(),
                },
            );
            let customer = Customer {
                id: id.to_string(),
                name: cols.text(F::CustomerName, i).map(str::to_string),
                group: cols.text(F::CustomerGroup, i).map(str::to_string),
                region: cols.text(F::Region, i).map(str::to_string),
                credit_limit,
                terms_days: terms_days.map(|t| t.round() as i32),
                paperless_since,
            };
            self.customer_index
                .insert(id.to_string(), self.customers.len() as u32);
            self.customers.push(customer);
            self.customer_rows.push(Some((0, row)));
            kept.push(i);
        }
        for c in cols.unmapped() {
            let name = cols.header(c).to_string();
            let extra = extra_column(&name, &cols.values[c], &kept, cols.decimal_hint);
            self.customer_extras.push(extra);
        }
        summary(file, kept.len(), std::mem::take(&mut cols.formats))
    }

    /// The customer index for an id, creating the customer if needed.
    pub(super) fn customer_for(
        &mut self,
        id: &str,
        source: &str,
        row: usize,
        column: Option<&str>,
    ) -> u32 {
        if let Some(&index) = self.customer_index.get(id) {
            return index;
        }
        let index = self.customers.len() as u32;
        self.customers.push(Customer::bare(id));
        self.customer_rows.push(None);
        self.customer_index.insert(id.to_string(), index);
        // Extra customer columns stay aligned with the customers.
        for extra in &mut self.customer_extras {
            match &mut extra.values {
                ExtraValues::Number(v) => v.push(None),
                ExtraValues::Date(v) => v.push(None),
                ExtraValues::Text { codes, .. } => codes.push(None),
            }
        }
        if self.customers_from_file {
            self.report.push(
                source,
                Some(row),
                column,
                Some(id),
                Problem::UnknownCustomer,
                Action::CustomerAdded,
            );
        }
        index
    }

    #[allow(clippy::too_many_arguments)]
    pub(super) fn ledger_customer_values(
        &mut self,
        customer: u32,
        cols: &Columns,
        i: usize,
        _row: usize,
        credit: &[Cell<f64>],
        terms: &[Cell<f64>],
        paperless: &[Cell<NaiveDate>],
        varying: &mut BTreeMap<CanonicalField, usize>,
    ) {
        use CanonicalField as F;
        let Some(c) = self.customers.get_mut(customer as usize) else {
            return;
        };
        let mut differs = |field: F| *varying.entry(field).or_insert(0) += 1;
        let mut set_text = |slot: &mut Option<String>, field: F| {
            if let Some(v) = cols.text(field, i) {
                match slot {
                    None => *slot = Some(v.to_string()),
                    Some(existing) if existing != v => differs(field),
                    _ => {}
                }
            }
        };
        set_text(&mut c.name, F::CustomerName);
        set_text(&mut c.group, F::CustomerGroup);
        set_text(&mut c.region, F::Region);
        if let Some(v) = credit.get(i).and_then(|x| x.ok()) {
            match c.credit_limit {
                None => c.credit_limit = Some(v),
                Some(existing) if (existing - v).abs() > 0.005 => {
                    *varying.entry(F::CreditLimit).or_insert(0) += 1
                }
                _ => {}
            }
        }
        if let Some(v) = terms.get(i).and_then(|x| x.ok()) {
            let v = v.round() as i32;
            match c.terms_days {
                None => c.terms_days = Some(v),
                Some(existing) if existing != v => *varying.entry(F::TermsDays).or_insert(0) += 1,
                _ => {}
            }
        }
        if let Some(v) = paperless.get(i).and_then(|x| x.ok()) {
            match c.paperless_since {
                None => c.paperless_since = Some(v),
                Some(existing) if existing != v => {
                    *varying.entry(F::PaperlessSince).or_insert(0) += 1
                }
                _ => {}
            }
        }
    }
}
