//! Why an import stops: the errors that leave nothing usable, each saying what to do.

use crate::data::mapping::{CanonicalField, TableRole};
use crate::data::parse::DateFormat;
use crate::data::raw::ReadError;
use crate::data::report::ImportReport;
use crate::i18n::{tr, trf};

/// A column whose dates read both month-first and day-first.
#[derive(Clone, Debug, PartialEq)]
pub struct AmbiguousColumn {
    pub file: String,
    pub role: TableRole,
    pub column: String,
    pub examples: Vec<String>,
    /// Another date column of the same file whose values settle the order, if any.
    pub hint: Option<(String, DateFormat)>,
}

/// Why an import could not produce usable tables. Each says what to do.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error(transparent)]
    Read(#[from] ReadError),
    #[error("{}", no_invoice_table(.files, .sheets))]
    NoInvoiceTable {
        files: String,
        /// The sheets of the workbooks among the files, each with its first header cells
        /// (empty when no file is a workbook with several sheets).
        sheets: String,
    },
    #[error(
        "{}",
        trf(
            "{file} ({role}) has no column for {missing}. Its columns are: {columns}. Choose the column in the mapping, or add it to the mapping file under [{role_key}.columns].",
            &[
                ("file", &.file),
                ("role", &.role),
                ("missing", &.missing),
                ("columns", &.columns),
                ("role_key", &.role_key)
            ]
        )
    )]
    MissingColumns {
        file: String,
        role: TableRole,
        role_key: String,
        missing: String,
        columns: String,
    },
    #[error("{}", ambiguous_message(.columns))]
    AmbiguousDates { columns: Vec<AmbiguousColumn> },
    #[error(
        "{}",
        trf(
            "In {file}, column \"{column}\" is used as {field} but holds no dates (for example \"{example}\"). Dates are read as {formats}. Choose another column for {field}, or name the column's format under [ROLE.date_formats] in the mapping file.",
            &[
                ("file", &.file),
                ("column", &.column),
                ("field", &.field),
                ("example", &.example),
                ("formats", &date_format_names())
            ]
        )
    )]
    NotDates {
        file: String,
        column: String,
        field: CanonicalField,
        example: String,
    },
    #[error(
        "{}",
        trf(
            "There is no payment information: no payments file and no paid/settled date column in {file}. Add the payments export, or map the column that holds the date each invoice was paid.",
            &[("file", &.file)]
        )
    )]
    NoSettlement { file: String },
    #[error(
        "{}",
        trf(
            "Nothing usable was imported from {file}: every one of its {rows} rows had a problem (see the import report). The most common: {most_common}.",
            &[
                ("file", &.file),
                ("rows", &.rows),
                ("most_common", &.most_common)
            ]
        )
    )]
    NothingUsable {
        file: String,
        rows: usize,
        most_common: String,
        report: Box<ImportReport>,
    },
    #[error("{}", tr("The import was cancelled."))]
    Cancelled,
}

/// Every date format by the name the mapping file and the review use.
pub fn date_format_names() -> String {
    DateFormat::ALL
        .iter()
        .map(|f| f.label())
        .collect::<Vec<_>>()
        .join(", ")
}

fn no_invoice_table(files: &str, sheets: &str) -> String {
    let message = trf(
        "None of the files ({files}) looks like an invoice table. An invoice table needs columns for invoice number, customer, invoice date, due date and amount: map them by hand, or check that the right export was chosen.",
        &[("files", &files)],
    );
    if sheets.is_empty() {
        return message;
    }
    trf(
        "{message} The sheets, with their first header cells: {sheets}.",
        &[("message", &message), ("sheets", &sheets)],
    )
}

fn ambiguous_message(columns: &[AmbiguousColumn]) -> String {
    let parts: Vec<String> = columns
        .iter()
        .map(|c| {
            let part = trf(
                "{file} column \"{column}\" (for example {examples})",
                &[
                    ("file", &c.file),
                    ("column", &c.column),
                    ("examples", &c.examples.join(", ")),
                ],
            );
            match &c.hint {
                Some((other, format)) => trf(
                    "{part}; column \"{other}\" of the same file reads {format}",
                    &[("part", &part), ("other", other), ("format", format)],
                ),
                None => part,
            }
        })
        .collect();
    trf(
        "Some date columns can be read month-first or day-first, and the data does not tell which: {columns}. Choose M/D/YYYY or D/M/YYYY for each (in the mapping screen, or under [ROLE.date_formats] in the mapping file).",
        &[("columns", &parts.join("; "))],
    )
}
