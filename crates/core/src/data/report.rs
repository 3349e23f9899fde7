//! The import report: every problem found in the user's files, where it is (file, row, column,
//! value) and what was done about it. Partial failure is reported, never hidden.

use chrono::NaiveDate;

use crate::data::format;
use crate::data::raw::SheetSkip;
use crate::i18n::{Message, tr, trf};
use serde::Serialize;
use std::collections::BTreeMap;
use std::fmt;

/// What was wrong with a value or a row.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Problem {
    /// A value every row of this table needs is empty.
    MissingRequired,
    /// A date that does not read in the column's format, or is no real day.
    BadDate { format: String },
    /// A number that does not read.
    BadNumber,
    /// A yes/no or paper/electronic flag that is neither.
    BadFlag,
    /// A value that reads but cannot be true (negative terms, a discount of 100% or more, ...).
    /// `reason` is the English text (its translation key), translated when shown.
    ImpossibleValue { reason: &'static str },
    /// The due date lies before the invoice date.
    DueBeforeInvoice { invoice_date: NaiveDate },
    /// The invoice amount is zero.
    ZeroAmount,
    /// A negative invoice amount: a credit note, not an invoice to predict.
    CreditNote,
    /// The same invoice number again with different contents.
    DuplicateInvoice { first_row: usize },
    /// The same invoice number again with the same contents.
    RepeatedRow { first_row: usize },
    /// The same customer ID again.
    DuplicateCustomer { first_row: usize },
    /// A payment for an invoice number no invoice file has.
    UnknownInvoice,
    /// A payment for a credit note rather than an invoice.
    PaymentForCreditNote,
    /// An invoice for a customer the customer file does not have.
    UnknownCustomer,
    /// A payment dated before its invoice.
    PaymentBeforeInvoice { invoice_date: NaiveDate },
    /// A paid/settled date before the invoice date.
    SettledBeforeInvoice { invoice_date: NaiveDate },
    /// A payment of zero.
    ZeroPayment,
    /// Payments add up to more than the invoice amount.
    Overpaid { paid: f64, amount: f64 },
    /// Invoices in a currency other than the main one.
    CurrencyMix { count: usize, main: String },
    /// A customer attribute that differs between a customer's rows in a ledger.
    VaryingCustomerValue { customers: usize },
    /// A record with more fields than the header.
    ExtraFields { fields: usize, expected: usize },
    /// A record with fewer fields than the header.
    MissingFields { fields: usize, expected: usize },
    /// An empty or repeated column name.
    RenamedHeader { to: String },
    /// An Excel error value in a cell.
    CellError,
    /// Bytes that were not valid text in the file's encoding.
    BadText,
    /// A row with no values at all.
    BlankRow,
    /// A date far outside the rest of the data (see `plausible`).
    ImplausibleDate {
        earliest: NaiveDate,
        latest: NaiveDate,
    },
    /// An amount far beyond the rest of the data (see `plausible`).
    ImplausibleAmount { limit: String },
    /// A sheet of a workbook that holds no table to import.
    SheetWithoutTable { reason: SheetSkip },
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&match self {
            Problem::MissingRequired => tr("required value is empty").to_string(),
            Problem::BadDate { format } => trf(
                "not a date in this column's format ({format})",
                &[("format", format)],
            ),
            Problem::BadNumber => tr("not a number").to_string(),
            Problem::BadFlag => {
                tr("not a recognised yes/no or paper/electronic value").to_string()
            }
            Problem::ImpossibleValue { reason } => {
                trf("impossible value: {reason}", &[("reason", &tr(reason))])
            }
            Problem::DueBeforeInvoice { invoice_date } => trf(
                "due date is before the invoice date ({invoice_date})",
                &[("invoice_date", &format::date(*invoice_date))],
            ),
            Problem::ZeroAmount => tr("invoice amount is zero").to_string(),
            Problem::CreditNote => tr("negative amount: a credit note, not an invoice").to_string(),
            Problem::DuplicateInvoice { first_row } => trf(
                "invoice number already used in row {first_row} with different contents",
                &[("first_row", first_row)],
            ),
            Problem::RepeatedRow { first_row } => trf(
                "same invoice as row {first_row}, repeated",
                &[("first_row", first_row)],
            ),
            Problem::DuplicateCustomer { first_row } => trf(
                "customer ID already used in row {first_row}",
                &[("first_row", first_row)],
            ),
            Problem::UnknownInvoice => {
                tr("payment for an invoice number that no invoice has").to_string()
            }
            Problem::PaymentForCreditNote => tr("payment for a credit note").to_string(),
            Problem::UnknownCustomer => tr("customer ID not in the customer file").to_string(),
            Problem::PaymentBeforeInvoice { invoice_date } => trf(
                "payment dated before the invoice date ({invoice_date})",
                &[("invoice_date", &format::date(*invoice_date))],
            ),
            Problem::SettledBeforeInvoice { invoice_date } => trf(
                "paid date is before the invoice date ({invoice_date})",
                &[("invoice_date", &format::date(*invoice_date))],
            ),
            Problem::ZeroPayment => tr("payment of zero").to_string(),
            Problem::Overpaid { paid, amount } => trf(
                "payments add up to {paid}, more than the invoice amount {amount}",
                &[
                    ("paid", &crate::data::format::decimal(*paid, 2)),
                    ("amount", &crate::data::format::decimal(*amount, 2)),
                ],
            ),
            Problem::CurrencyMix { count, main } => trf(
                "{count} invoices in this currency while most are in {main}; amounts are not converted",
                &[("count", count), ("main", main)],
            ),
            Problem::VaryingCustomerValue { customers } => trf(
                "differs between rows of the same customer for {customers} customers",
                &[("customers", customers)],
            ),
            Problem::ExtraFields { fields, expected } => trf(
                "row has {fields} fields, the header has {expected}",
                &[("fields", fields), ("expected", expected)],
            ),
            Problem::MissingFields { fields, expected } => trf(
                "row has only {fields} fields, the header has {expected}",
                &[("fields", fields), ("expected", expected)],
            ),
            Problem::RenamedHeader { to } => trf(
                "column name empty or repeated, renamed \"{to}\"",
                &[("to", to)],
            ),
            Problem::CellError => tr("Excel error value in the cell").to_string(),
            Problem::BadText => {
                tr("some characters could not be read in the file's encoding").to_string()
            }
            Problem::BlankRow => tr("row is empty").to_string(),
            Problem::ImplausibleDate { earliest, latest } => trf(
                "date far outside the rest of the data (plausible: {earliest} to {latest}); kept out of the as-of date and training",
                &[
                    ("earliest", &format::date(*earliest)),
                    ("latest", &format::date(*latest)),
                ],
            ),
            Problem::ImplausibleAmount { limit } => trf(
                "amount far beyond the rest of the data (plausible: up to {limit}); kept out of training",
                &[("limit", limit)],
            ),
            Problem::SheetWithoutTable { reason } => trf(
                "no table on this sheet: {reason}",
                &[("reason", &reason.message())],
            ),
        })
    }
}

/// What the import did about a problem.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", content = "detail", rename_all = "snake_case")]
pub enum Action {
    /// The row was not imported.
    RowSkipped,
    /// The value was replaced; the message says by what.
    Repaired(Message),
    /// The value was left empty (treated as unknown).
    Cleared,
    /// The invoice is kept (balances, predictions) but not learned from.
    LeftOutOfTraining,
    /// A customer was created with no attributes.
    CustomerAdded,
    /// Imported as it is; the problem is for the user to know.
    Kept,
    /// A sheet of a workbook was not imported.
    SheetSkipped,
}

impl fmt::Display for Action {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&match self {
            Action::RowSkipped => tr("row skipped").to_string(),
            Action::Repaired(how) => trf("value repaired: {how}", &[("how", how)]),
            Action::Cleared => tr("value left empty").to_string(),
            Action::LeftOutOfTraining => tr("invoice kept but left out of training").to_string(),
            Action::CustomerAdded => tr("customer added without attributes").to_string(),
            Action::Kept => tr("kept as it is").to_string(),
            Action::SheetSkipped => tr("sheet skipped").to_string(),
        })
    }
}

/// One problem in one place.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Issue {
    pub file: String,
    /// The row as a person sees it when opening the file (header = row 1 in most files).
    pub row: Option<usize>,
    pub column: Option<String>,
    pub value: Option<String>,
    pub problem: Problem,
    pub action: Action,
}

impl fmt::Display for Issue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The place grows one part at a time, each part a sentence of its own for translators.
        let mut place = self.file.clone();
        if let Some(row) = self.row {
            place = trf("{place} row {row}", &[("place", &place), ("row", &row)]);
        }
        if let Some(column) = &self.column {
            place = trf(
                "{place}, column \"{column}\"",
                &[("place", &place), ("column", column)],
            );
        }
        if let Some(value) = &self.value {
            place = trf(
                "{place}, value \"{value}\"",
                &[("place", &place), ("value", value)],
            );
        }
        f.write_str(&trf(
            "{place}: {problem} → {action}",
            &[
                ("place", &place),
                ("problem", &self.problem),
                ("action", &self.action),
            ],
        ))
    }
}

/// What was read from one file.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FileSummary {
    pub file: String,
    /// The role's name ("Invoices").
    pub role: Message,
    /// How the file was read (CSV dialect or sheet).
    pub format: Message,
    pub rows_read: usize,
    pub rows_imported: usize,
    /// The file row the header was found on (1 unless title rows or blank rows are above it).
    pub header_row: usize,
    /// Column → how its values were read (date format, decimal separator).
    pub column_formats: BTreeMap<String, Message>,
}

/// The share of a table's rows above which skipping them is a failure of the import to tell
/// loudly (the command line's exit status, the top of the window's report), not a detail.
pub const HEAVY_SKIP_SHARE: f64 = 0.05;

/// A table the import skipped much of.
#[derive(Clone, Debug, PartialEq)]
pub struct HeavySkip {
    pub file: String,
    pub skipped: usize,
    pub read: usize,
    /// The most common reason rows were skipped: how many, and the first of them.
    pub reason: Option<(usize, Issue)>,
}

impl HeavySkip {
    /// The skipped share, 0..=1.
    pub fn share(&self) -> f64 {
        self.skipped as f64 / self.read.max(1) as f64
    }

    /// What to do about it, for the most common reason.
    pub fn advice(&self) -> &'static str {
        match self.reason.as_ref().map(|(_, issue)| &issue.problem) {
            Some(Problem::MissingRequired | Problem::BlankRow) => tr(
                "If the sheet leaves a repeated value (a customer over its block of invoices) blank or in merged cells that were lost on export, fill the value into every row, or import the workbook itself, then import again.",
            ),
            Some(Problem::BadDate { .. }) => tr(
                "Check the column's date format in the mapping (or under [ROLE.date_formats] in the mapping file), then import again.",
            ),
            Some(Problem::ExtraFields { .. } | Problem::MissingFields { .. }) => tr(
                "Values that hold the separator must be in quotes: export the file again from the program that made it, then import again.",
            ),
            _ => tr(
                "Correct the rows the report lists in the file, or check the column mapping, then import again.",
            ),
        }
    }
}

impl fmt::Display for HeavySkip {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut text = trf(
            "{share} of the rows of {file} were skipped ({skipped} of {read}).",
            &[
                ("share", &format::percent_1(self.share())),
                ("file", &self.file),
                ("skipped", &self.skipped),
                ("read", &self.read),
            ],
        );
        if let Some((count, issue)) = &self.reason {
            let column = issue.column.clone().unwrap_or_default();
            text = trf(
                "{text} Most often ({count} rows): {problem}, column \"{column}\", first in row {row}.",
                &[
                    ("text", &text),
                    ("count", count),
                    ("problem", &issue.problem),
                    ("column", &column),
                    ("row", &issue.row.unwrap_or(0)),
                ],
            );
        }
        write!(f, "{text} {}", self.advice())
    }
}

/// Everything the import noticed.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct ImportReport {
    pub files: Vec<FileSummary>,
    pub issues: Vec<Issue>,
}

impl ImportReport {
    pub fn push(
        &mut self,
        file: &str,
        row: Option<usize>,
        column: Option<&str>,
        value: Option<&str>,
        problem: Problem,
        action: Action,
    ) {
        self.issues.push(Issue {
            file: file.to_string(),
            row,
            column: column.map(str::to_string),
            value: value.map(str::to_string),
            problem,
            action,
        });
    }

    /// Counts of issues per kind of action, for the summary line.
    pub fn action_counts(&self) -> BTreeMap<String, usize> {
        let mut counts = BTreeMap::new();
        for issue in &self.issues {
            let key = match issue.action {
                Action::Repaired(_) => tr("value repaired").to_string(),
                ref other => other.to_string(),
            };
            *counts.entry(key).or_insert(0) += 1;
        }
        counts
    }

    /// Issues grouped by file, column and problem kind, with a count and the first example:
    /// what a user reads first when thousands of rows share one problem.
    pub fn grouped(&self) -> Vec<(usize, &Issue)> {
        let mut groups: Vec<(usize, &Issue)> = Vec::new();
        let mut index: BTreeMap<(String, String, String, String), usize> = BTreeMap::new();
        for issue in &self.issues {
            let key = (
                issue.file.clone(),
                issue.column.clone().unwrap_or_default(),
                format!("{:?}", std::mem::discriminant(&issue.problem)),
                issue.action.to_string(),
            );
            match index.get(&key) {
                Some(&i) => {
                    if let Some(group) = groups.get_mut(i) {
                        group.0 += 1;
                    }
                }
                None => {
                    index.insert(key, groups.len());
                    groups.push((1, issue));
                }
            }
        }
        groups
    }

    /// The tables the import skipped more than [`HEAVY_SKIP_SHARE`] of the rows of, with the
    /// most common reason: an import like that must never pass in silence.
    pub fn heavy_skips(&self) -> Vec<HeavySkip> {
        let mut heavy = Vec::new();
        for file in &self.files {
            let skipped = file.rows_read.saturating_sub(file.rows_imported);
            if file.rows_read == 0 || (skipped as f64) <= HEAVY_SKIP_SHARE * file.rows_read as f64 {
                continue;
            }
            let reason = self
                .grouped()
                .into_iter()
                .filter(|(_, i)| i.file == file.file && i.action == Action::RowSkipped)
                .max_by_key(|(count, _)| *count)
                .map(|(count, issue)| (count, issue.clone()));
            heavy.push(HeavySkip {
                file: file.file.clone(),
                skipped,
                read: file.rows_read,
                reason,
            });
        }
        heavy
    }

    /// The report CSV's columns, in order.
    pub const CSV_COLUMNS: [&str; 6] = ["file", "row", "column", "value", "problem", "action"];

    /// Writes every issue as CSV with stable columns (file, row, column, value, problem,
    /// action) through the project's one CSV writer: atomically, values from the user's files
    /// that start like a spreadsheet formula neutralised.
    pub fn write_csv(&self, path: &std::path::Path) -> std::io::Result<()> {
        crate::data::csv_out::write_csv_file(path, |csv| {
            csv.header(&Self::CSV_COLUMNS)?;
            for issue in &self.issues {
                csv.text(&issue.file)?;
                match issue.row {
                    Some(row) => csv.integer(i64::try_from(row).unwrap_or(i64::MAX))?,
                    None => csv.empty()?,
                }
                csv.text(issue.column.as_deref().unwrap_or(""))?;
                csv.text_or_number(issue.value.as_deref().unwrap_or(""))?;
                csv.text(&issue.problem.to_string())?;
                csv.text(&issue.action.to_string())?;
                csv.end_row()?;
            }
            Ok(())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn issues_read_as_sentences() {
        let issue = Issue {
            file: "invoices.csv".into(),
            row: Some(17),
            column: Some("Due date".into()),
            value: Some("31/02/2024".into()),
            problem: Problem::BadDate {
                format: "D/M/YYYY".into(),
            },
            action: Action::RowSkipped,
        };
        assert_eq!(
            issue.to_string(),
            "invoices.csv row 17, column \"Due date\", value \"31/02/2024\": not a date in this column's format (D/M/YYYY) → row skipped"
        );
    }

    #[test]
    fn problems_and_actions_are_told_in_the_installed_language() {
        let issue = Issue {
            file: "customers.csv".into(),
            row: Some(9),
            column: Some("Kundnr".into()),
            value: Some("C042".into()),
            problem: Problem::DuplicateCustomer { first_row: 4 },
            action: Action::RowSkipped,
        };
        let swedish = r#"{
            "customer ID already used in row {first_row}": "kund-ID:t används redan på rad {first_row}",
            "row skipped": "raden hoppades över",
            "{place} row {row}": "{place} rad {row}",
            "{place}, column \"{column}\"": "{place}, kolumn \"{column}\""
        }"#;
        let (problem, action, sentence) = crate::i18n::test_catalogue::with(swedish, || {
            (
                issue.problem.to_string(),
                issue.action.to_string(),
                issue.to_string(),
            )
        });
        assert_eq!(problem, "kund-ID:t används redan på rad 4");
        assert_eq!(action, "raden hoppades över");
        // Parts the catalogue lacks stay English.
        assert_eq!(
            sentence,
            "customers.csv rad 9, kolumn \"Kundnr\", value \"C042\": kund-ID:t används redan på rad 4 → raden hoppades över"
        );
        assert_eq!(
            issue.problem.to_string(),
            "customer ID already used in row 4"
        );
    }

    #[test]
    fn grouping_counts_same_problem_in_same_column() {
        let mut report = ImportReport::default();
        for row in 2..5 {
            report.push(
                "a.csv",
                Some(row),
                Some("Amount"),
                Some("x"),
                Problem::BadNumber,
                Action::RowSkipped,
            );
        }
        report.push(
            "a.csv",
            Some(9),
            Some("Due"),
            None,
            Problem::MissingRequired,
            Action::RowSkipped,
        );
        let groups = report.grouped();
        assert_eq!(groups.len(), 2);
        assert_eq!(groups[0].0, 3);
        assert_eq!(groups[0].1.row, Some(2));
        assert_eq!(report.action_counts().get("row skipped"), Some(&4));
    }
}
