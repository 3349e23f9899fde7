//! The import report: every problem found in the user's files, where it is (file, row, column,
//! value) and what was done about it. Partial failure is reported, never hidden.

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
    ImpossibleValue { reason: String },
    /// The due date lies before the invoice date.
    DueBeforeInvoice { invoice_date: String },
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
    PaymentBeforeInvoice { invoice_date: String },
    /// A paid/settled date before the invoice date.
    SettledBeforeInvoice { invoice_date: String },
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
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::MissingRequired => write!(f, "required value is empty"),
            Problem::BadDate { format } => {
                write!(f, "not a date in this column's format ({format})")
            }
            Problem::BadNumber => write!(f, "not a number"),
            Problem::BadFlag => write!(f, "not a recognised yes/no or paper/electronic value"),
            Problem::ImpossibleValue { reason } => write!(f, "impossible value: {reason}"),
            Problem::DueBeforeInvoice { invoice_date } => {
                write!(f, "due date is before the invoice date ({invoice_date})")
            }
            Problem::ZeroAmount => write!(f, "invoice amount is zero"),
            Problem::CreditNote => write!(f, "negative amount: a credit note, not an invoice"),
            Problem::DuplicateInvoice { first_row } => write!(
                f,
                "invoice number already used in row {first_row} with different contents"
            ),
            Problem::RepeatedRow { first_row } => {
                write!(f, "same invoice as row {first_row}, repeated")
            }
            Problem::DuplicateCustomer { first_row } => {
                write!(f, "customer ID already used in row {first_row}")
            }
            Problem::UnknownInvoice => {
                write!(f, "payment for an invoice number that no invoice has")
            }
            Problem::PaymentForCreditNote => write!(f, "payment for a credit note"),
            Problem::UnknownCustomer => write!(f, "customer ID not in the customer file"),
            Problem::PaymentBeforeInvoice { invoice_date } => {
                write!(f, "payment dated before the invoice date ({invoice_date})")
            }
            Problem::SettledBeforeInvoice { invoice_date } => {
                write!(f, "paid date is before the invoice date ({invoice_date})")
            }
            Problem::ZeroPayment => write!(f, "payment of zero"),
            Problem::Overpaid { paid, amount } => write!(
                f,
                "payments add up to {paid:.2}, more than the invoice amount {amount:.2}"
            ),
            Problem::CurrencyMix { count, main } => write!(
                f,
                "{count} invoices in this currency while most are in {main}; amounts are not converted"
            ),
            Problem::VaryingCustomerValue { customers } => write!(
                f,
                "differs between rows of the same customer for {customers} customers"
            ),
            Problem::ExtraFields { fields, expected } => {
                write!(f, "row has {fields} fields, the header has {expected}")
            }
            Problem::MissingFields { fields, expected } => {
                write!(f, "row has only {fields} fields, the header has {expected}")
            }
            Problem::RenamedHeader { to } => {
                write!(f, "column name empty or repeated, renamed \"{to}\"")
            }
            Problem::CellError => write!(f, "Excel error value in the cell"),
            Problem::BadText => write!(
                f,
                "some characters could not be read in the file's encoding"
            ),
            Problem::BlankRow => write!(f, "row is empty"),
        }
    }
}

/// What the import did about a problem.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", content = "detail", rename_all = "snake_case")]
pub enum Action {
    /// The row was not imported.
    RowSkipped,
    /// The value was replaced; the text says by what.
    Repaired(String),
    /// The value was left empty (treated as unknown).
    Cleared,
    /// The invoice is kept (balances, predictions) but not learned from.
    LeftOutOfTraining,
    /// A customer was created with no attributes.
    CustomerAdded,
    /// Imported as it is; the problem is for the user to know.
    Kept,
}

impl fmt::Display for Action {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Action::RowSkipped => write!(f, "row skipped"),
            Action::Repaired(how) => write!(f, "value repaired: {how}"),
            Action::Cleared => write!(f, "value left empty"),
            Action::LeftOutOfTraining => write!(f, "invoice kept but left out of training"),
            Action::CustomerAdded => write!(f, "customer added without attributes"),
            Action::Kept => write!(f, "kept as it is"),
        }
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
        write!(f, "{}", self.file)?;
        if let Some(row) = self.row {
            write!(f, " row {row}")?;
        }
        if let Some(column) = &self.column {
            write!(f, ", column \"{column}\"")?;
        }
        if let Some(value) = &self.value {
            write!(f, ", value \"{value}\"")?;
        }
        write!(f, ": {} → {}", self.problem, self.action)
    }
}

/// What was read from one file.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FileSummary {
    pub file: String,
    pub role: String,
    /// How the file was read (CSV dialect or sheet).
    pub format: String,
    pub rows_read: usize,
    pub rows_imported: usize,
    /// Column → how its values were read (date format, decimal separator).
    pub column_formats: BTreeMap<String, String>,
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
                Action::Repaired(_) => "value repaired".to_string(),
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
