//! The validation driver: whole-file checks first, then customers, invoices and payments in
//! that order into one [`Builder`], then settlement and the currency check.

use super::*;
use crate::data::mapping::{CanonicalField, TableRole, ValueKind, role_key};
use crate::data::parse::DateFormat;
use crate::data::plausible::Plausible;
use crate::data::progress::{Cancel, Progress};
use crate::data::raw::{
    RawTable, ReadNote, SheetSkip, SkippedSheet, SourceFormat, sheets_described,
};
use crate::data::report::{Action, FileSummary, ImportReport, Problem};
use crate::data::tables::{Customer, ExtraColumn, ImportForm, Invoice, Payment, Tables};
use crate::i18n::{Arg, Message, tr, trf};
use chrono::NaiveDate;
use polars::prelude::PlHashMap;
use std::collections::BTreeMap;

/// Where an invoice came from, for messages about it.
#[derive(Clone, Copy)]
pub(super) struct Origin {
    pub(super) file: usize,
    pub(super) row: usize,
}

/// The working state of one validation.
pub(super) struct Builder<'a> {
    pub(super) report: ImportReport,
    pub(super) customers: Vec<Customer>,
    pub(super) customer_index: PlHashMap<String, u32>,
    pub(super) customer_rows: Vec<Option<(usize, usize)>>,
    pub(super) customers_from_file: bool,
    pub(super) invoices: Vec<Invoice>,
    pub(super) invoice_origin: Vec<Origin>,
    pub(super) invoice_index: PlHashMap<&'a str, u32>,
    pub(super) credit_notes: PlHashMap<&'a str, ()>,
    pub(super) payments: Vec<Payment>,
    pub(super) currencies: Vec<String>,
    pub(super) currency_first: Vec<Origin>,
    pub(super) currency_counts: Vec<usize>,
    pub(super) customer_extras: Vec<ExtraColumn>,
    pub(super) invoice_extras: Vec<ExtraColumn>,
    /// Position of each extra invoice column by name: files with thousands of columns join
    /// them without comparing every name with every other.
    pub(super) invoice_extra_index: PlHashMap<String, usize>,
    pub(super) files: Vec<&'a PlannedFile>,
    pub(super) plausible: Plausible,
}

/// Reads every value of the planned files into validated tables. Stops with an error only when
/// nothing usable can come out (a required column missing, an ambiguous date column the user
/// must decide, no invoice table); every other problem is an issue in the report.
pub fn validate(
    plan: &ImportPlan,
    progress: &dyn Fn(Progress),
    cancel: &Cancel,
) -> Result<Imported, ImportError> {
    let form = plan.form();
    let invoice_files: Vec<&PlannedFile> = plan
        .files
        .iter()
        .filter(|f| matches!(f.role, TableRole::Invoices | TableRole::Ledger))
        .collect();
    if invoice_files.is_empty() {
        return Err(no_invoice_table(plan));
    }
    let detected = check_files(plan)?;
    if form == ImportForm::ThreeTables && !plan.files.iter().any(|f| f.role == TableRole::Payments)
    {
        return Err(ImportError::NoSettlement {
            file: invoice_files
                .first()
                .map(|f| f.table.source.clone())
                .unwrap_or_default(),
        });
    }
    let mut builder = Builder::new(plan, &detected);
    for sheet in &plan.skipped {
        builder.report.push(
            &sheet.source,
            None,
            None,
            sheet.first_cells.first().map(String::as_str),
            Problem::SheetWithoutTable {
                reason: sheet.reason,
            },
            Action::SheetSkipped,
        );
    }
    builder.read_files(plan, &detected, progress, cancel)?;
    if cancel.is_cancelled() {
        return Err(ImportError::Cancelled);
    }
    progress(Progress::new(
        Message::new("Settling invoices from payments"),
        0.95,
    ));
    if form == ImportForm::ThreeTables {
        builder.settle();
    }
    builder.report_currency_mix();
    let tables = builder.into_tables(form);
    progress(Progress::new(Message::new("Done"), 1.0));
    Ok(tables)
}

/// No file holds invoices: the error names every file, and the sheets of the workbooks with
/// their first header cells, so the user sees what was read.
fn no_invoice_table(plan: &ImportPlan) -> ImportError {
    let mut files: Vec<String> = Vec::new();
    let mut sheets: Vec<SkippedSheet> = Vec::new();
    for file in &plan.files {
        let name = crate::data::raw::display_name(&file.table.path);
        if !files.contains(&name) {
            files.push(name);
        }
        if matches!(&file.table.format, SourceFormat::Excel { sheets, .. } if sheets.len() > 1) {
            sheets.push(SkippedSheet {
                source: file.table.source.clone(),
                sheet: String::new(),
                first_cells: file.table.headers.iter().take(4).cloned().collect(),
                reason: SheetSkip::NoTable,
            });
        }
    }
    for sheet in &plan.skipped {
        let name = sheet
            .source
            .split(" › ")
            .next()
            .unwrap_or(&sheet.source)
            .to_string();
        if !files.contains(&name) {
            files.push(name);
        }
        sheets.push(sheet.clone());
    }
    ImportError::NoInvoiceTable {
        files: files.join(", "),
        sheets: sheets_described(&sheets),
    }
}

/// Whole-file problems first, all at once, so the user fixes them in one go: a required column
/// missing or a date column that holds no dates stops at once; date columns that read both
/// month-first and day-first are gathered over every file. Returns each file's date formats
/// (column → format), so no column is scanned twice.
fn check_files(plan: &ImportPlan) -> Result<Vec<BTreeMap<String, DateFormat>>, ImportError> {
    let mut ambiguous = Vec::new();
    let mut detected: Vec<BTreeMap<String, DateFormat>> = Vec::new();
    for file in &plan.files {
        let missing = file.missing_required();
        if !missing.is_empty() {
            return Err(ImportError::MissingColumns {
                file: file.table.source.clone(),
                role: file.role,
                role_key: role_key(file.role).to_string(),
                missing: missing
                    .iter()
                    .map(|f| f.label())
                    .collect::<Vec<_>>()
                    .join(", "),
                columns: file.table.headers.join(", "),
            });
        }
        let (resolved, file_ambiguous) = date_formats(file)?;
        for mut a in file_ambiguous {
            a.hint = resolved
                .iter()
                .find(|(_, f)| matches!(f, DateFormat::MonthDayYear | DateFormat::DayMonthYear))
                .cloned();
            ambiguous.push(a);
        }
        detected.push(resolved.into_iter().collect());
    }
    if !ambiguous.is_empty() {
        return Err(ImportError::AmbiguousDates { columns: ambiguous });
    }
    Ok(detected)
}

/// A file's resolved date columns (column, format) and its ambiguous ones.
type FileDates = (Vec<(String, DateFormat)>, Vec<AmbiguousColumn>);

/// The date format of each of a file's date columns that reads in one, and the columns that
/// read in two (without a hint yet).
fn date_formats(file: &PlannedFile) -> Result<FileDates, ImportError> {
    let columns = Columns::new(file, true, BTreeMap::new());
    let mut resolved: Vec<(String, DateFormat)> = Vec::new();
    let mut file_ambiguous = Vec::new();
    for &field in file.role.fields() {
        if field.kind() != ValueKind::Date {
            continue;
        }
        match columns.date_format(field) {
            Ok(Some(format)) => {
                if let Some(index) = columns.index(field) {
                    resolved.push((columns.header(index).to_string(), format));
                }
            }
            Ok(None) => {}
            Err(DateTrouble::Ambiguous { column, examples }) => {
                file_ambiguous.push(AmbiguousColumn {
                    file: file.table.source.clone(),
                    role: file.role,
                    column,
                    examples,
                    hint: None,
                })
            }
            Err(DateTrouble::NotDates {
                column,
                example,
                field,
            }) => {
                return Err(ImportError::NotDates {
                    file: file.table.source.clone(),
                    column,
                    field,
                    example,
                });
            }
        }
    }
    Ok((resolved, file_ambiguous))
}

impl<'a> Builder<'a> {
    /// An empty builder for the plan, with its plausible ranges.
    fn new(plan: &'a ImportPlan, detected: &[BTreeMap<String, DateFormat>]) -> Builder<'a> {
        Builder {
            report: ImportReport::default(),
            customers: Vec::new(),
            customer_index: PlHashMap::default(),
            customer_rows: Vec::new(),
            customers_from_file: plan.files.iter().any(|f| f.role == TableRole::Customers),
            invoices: Vec::new(),
            invoice_origin: Vec::new(),
            invoice_index: PlHashMap::default(),
            credit_notes: PlHashMap::default(),
            payments: Vec::new(),
            currencies: Vec::new(),
            currency_first: Vec::new(),
            currency_counts: Vec::new(),
            customer_extras: Vec::new(),
            invoice_extras: Vec::new(),
            invoice_extra_index: PlHashMap::default(),
            files: plan.files.iter().collect(),
            plausible: plausible_ranges(plan, detected),
        }
    }

    /// Reads the rows of every file: customers first, so invoices find them, then invoices,
    /// so payments find theirs. A file other than customers with no usable row stops the import.
    fn read_files(
        &mut self,
        plan: &'a ImportPlan,
        detected: &[BTreeMap<String, DateFormat>],
        progress: &dyn Fn(Progress),
        cancel: &Cancel,
    ) -> Result<(), ImportError> {
        let ledger = plan.form() == ImportForm::Ledger;
        let known = |file: usize| detected.get(file).cloned().unwrap_or_default();
        let total_rows: usize = plan
            .files
            .iter()
            .map(|f| f.table.height())
            .sum::<usize>()
            .max(1);
        let mut rows_done = 0usize;
        let stages: [fn(TableRole) -> bool; 3] = [
            |r| r == TableRole::Customers,
            |r| matches!(r, TableRole::Invoices | TableRole::Ledger),
            |r| r == TableRole::Payments,
        ];
        for in_stage in stages {
            for (file_number, file) in plan.files.iter().enumerate() {
                if !in_stage(file.role) {
                    continue;
                }
                if cancel.is_cancelled() {
                    return Err(ImportError::Cancelled);
                }
                progress(Progress::new(
                    Message::new("Checking {file}").arg("file", file.table.source.as_str()),
                    rows_done as f32 / total_rows as f32,
                ));
                add_read_notes(&mut self.report, &file.table);
                let summary = match file.role {
                    TableRole::Customers => self.add_customers(file, known(file_number)),
                    TableRole::Invoices | TableRole::Ledger => {
                        self.add_invoices(file_number, file, ledger, known(file_number))
                    }
                    TableRole::Payments => self.add_payments(file, known(file_number)),
                };
                if summary.rows_imported == 0 && file.role != TableRole::Customers {
                    return Err(nothing_usable(file, std::mem::take(&mut self.report)));
                }
                self.report.files.push(summary);
                rows_done += file.table.height();
            }
        }
        Ok(())
    }

    /// The finished tables and report.
    fn into_tables(self, form: ImportForm) -> Imported {
        let as_of = self.as_of();
        let Builder {
            report,
            customers,
            invoices,
            payments,
            currencies,
            customer_extras,
            invoice_extras,
            ..
        } = self;
        Imported {
            tables: Tables {
                form,
                customers,
                invoices,
                payments,
                customer_extras,
                invoice_extras,
                currencies,
                as_of,
            },
            report,
        }
    }
}

/// The plausible dates and amounts of this import (rules in `plausible`), from every invoice,
/// payment and paid date and every invoice amount that reads. A pass of its own before the rows
/// are built, so an implausible value is caught where it is read and never reaches the tables.
pub(super) fn plausible_ranges(
    plan: &ImportPlan,
    detected: &[BTreeMap<String, DateFormat>],
) -> Plausible {
    use CanonicalField as F;
    let mut dates = Vec::new();
    let mut amounts = Vec::new();
    for (number, file) in plan.files.iter().enumerate() {
        let known = detected.get(number).cloned().unwrap_or_default();
        let mut cols = Columns::new(file, true, known);
        let date_fields: &[F] = match file.role {
            TableRole::Customers => &[],
            TableRole::Invoices => &[F::InvoiceDate],
            TableRole::Ledger => &[F::InvoiceDate, F::SettledDate],
            TableRole::Payments => &[F::PaymentDate],
        };
        for &field in date_fields {
            let format = cols.date_format(field).ok().flatten();
            dates.extend(cols.dates(field, format).into_iter().filter_map(Cell::ok));
        }
        if matches!(file.role, TableRole::Invoices | TableRole::Ledger) {
            amounts.extend(cols.numbers(F::Amount).into_iter().filter_map(Cell::ok));
        }
    }
    Plausible::from_data(dates, amounts)
}

pub(super) fn nothing_usable(file: &PlannedFile, report: ImportReport) -> ImportError {
    let most_common = report
        .grouped()
        .into_iter()
        .filter(|(_, issue)| issue.file == file.table.source)
        .max_by_key(|(count, _)| *count)
        .map(|(count, issue)| format!("{count} × {issue}"))
        .unwrap_or_else(|| tr("no rows").to_string());
    ImportError::NothingUsable {
        file: file.table.source.clone(),
        rows: file.table.height(),
        most_common,
        report: Box::new(report),
    }
}

pub(super) fn add_read_notes(report: &mut ImportReport, table: &RawTable) {
    for note in &table.notes {
        let file = table.source.as_str();
        match note {
            ReadNote::ExtraFields {
                row,
                fields,
                expected,
            } => report.push(
                file,
                Some(*row),
                None,
                None,
                Problem::ExtraFields {
                    fields: *fields,
                    expected: *expected,
                },
                Action::RowSkipped,
            ),
            ReadNote::MissingFields {
                row,
                fields,
                expected,
            } => report.push(
                file,
                Some(*row),
                None,
                None,
                Problem::MissingFields {
                    fields: *fields,
                    expected: *expected,
                },
                Action::RowSkipped,
            ),
            ReadNote::RenamedHeader { column, from, to } => report.push(
                file,
                Some(1),
                Some(&trf("column {column}", &[("column", column)])),
                Some(from),
                Problem::RenamedHeader { to: to.clone() },
                Action::Repaired(Message::new("named \"{to}\"").arg("to", to.as_str())),
            ),
            ReadNote::CellError { row, column, value } => report.push(
                file,
                Some(*row),
                Some(column),
                Some(value),
                Problem::CellError,
                Action::Cleared,
            ),
            ReadNote::LossyText => report.push(
                file,
                None,
                None,
                None,
                Problem::BadText,
                Action::Repaired(Message::new("unreadable characters shown as �")),
            ),
        }
    }
}

/// Rows the reader kept out because they do not split into the header's columns.
fn rows_kept_out(table: &RawTable) -> usize {
    table
        .notes
        .iter()
        .filter(|n| {
            matches!(
                n,
                ReadNote::ExtraFields { .. } | ReadNote::MissingFields { .. }
            )
        })
        .count()
}

pub(super) fn summary(
    file: &PlannedFile,
    rows_imported: usize,
    formats: BTreeMap<String, Message>,
) -> FileSummary {
    FileSummary {
        file: file.table.source.clone(),
        role: Message::new(file.role.key()),
        format: match &file.table.format {
            SourceFormat::Csv(d) => {
                Message::new("CSV, {dialect}").arg("dialect", Arg::shown(d.clone()))
            }
            SourceFormat::Excel { sheet, .. } => {
                Message::new("Excel, sheet \"{sheet}\"").arg("sheet", sheet.as_str())
            }
        },
        rows_read: file.table.height() + rows_kept_out(&file.table),
        rows_imported,
        header_row: file.table.header_row,
        column_formats: formats,
    }
}

/// Reports a value that failed to parse or is impossible, and returns what to store.
pub(super) fn optional<T: Copy>(
    report: &mut ImportReport,
    source: &str,
    row: usize,
    column: Option<&str>,
    raw: Option<&str>,
    cell: Cell<T>,
    problem: impl FnOnce() -> Problem,
) -> Option<T> {
    match cell {
        Cell::Ok(v) => Some(v),
        Cell::Empty => None,
        Cell::Bad => {
            report.push(source, Some(row), column, raw, problem(), Action::Cleared);
            None
        }
    }
}

impl Builder<'_> {
    pub(super) fn implausible_date(&self) -> Problem {
        let (earliest, latest) = self.plausible.date_range();
        Problem::ImplausibleDate { earliest, latest }
    }

    pub(super) fn implausible_amount(&self) -> Problem {
        Problem::ImplausibleAmount {
            limit: self.plausible.amount_limit(),
        }
    }

    pub(super) fn report_currency_mix(&mut self) {
        let Some(main) = (0..self.currencies.len())
            .max_by_key(|&i| self.currency_counts.get(i).copied().unwrap_or(0))
        else {
            return;
        };
        let main_code = self.currencies.get(main).cloned().unwrap_or_default();
        for i in 0..self.currencies.len() {
            if i == main {
                continue;
            }
            let (Some(origin), Some(code)) = (
                self.currency_first.get(i).copied(),
                self.currencies.get(i).cloned(),
            ) else {
                continue;
            };
            let count = self.currency_counts.get(i).copied().unwrap_or(0);
            let (file, column) = self
                .files
                .get(origin.file)
                .map(|f| {
                    (
                        f.table.source.clone(),
                        f.mapping
                            .column(CanonicalField::Currency)
                            .map(str::to_string),
                    )
                })
                .unwrap_or_default();
            self.report.push(
                &file,
                Some(origin.row),
                column.as_deref(),
                Some(&code),
                Problem::CurrencyMix {
                    count,
                    main: main_code.clone(),
                },
                Action::Kept,
            );
        }
    }

    pub(super) fn as_of(&self) -> NaiveDate {
        let invoices = self
            .invoices
            .iter()
            .flat_map(|i| [Some(i.invoice_date), i.settled_date])
            .flatten();
        let payments = self.payments.iter().map(|p| p.payment_date);
        invoices.chain(payments).max().unwrap_or(NaiveDate::MIN)
    }
}
