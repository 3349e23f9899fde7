//! Why a file cannot be read at all, in the app's own words, naming the file (and the row,
//! column and value where there is one).

use super::*;
use crate::i18n::{Message, key, tr, trf};

/// Problems that make a file unusable as a whole. Each names the file (and the row, column and
/// value where there is one) and says what to do, in the app's own words: no library's text
/// reaches the user.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error(
        "{}",
        trf(
            "Cannot open {file}: {reason}. Check that the file exists and is not open in another program.",
            &[("file", &.file), ("reason", &io_reason(.error))]
        )
    )]
    Io { file: String, error: std::io::Error },
    #[error(
        "{}",
        trf(
            "{file} is empty. Export the table again, with its header row.",
            &[("file", &.file)]
        )
    )]
    Empty { file: String },
    #[error(
        "{}",
        trf(
            "{file} has a header row but no data rows. Export the table again with its rows, or pick another file.",
            &[("file", &.file)]
        )
    )]
    NoRows { file: String },
    #[error(
        "{}",
        trf(
            "{file} is a .{extension} file, which Payment Insights cannot read. Save or export it as CSV (.csv) or Excel (.xlsx, .xls).",
            &[("file", &.file), ("extension", &.extension)]
        )
    )]
    Unsupported { file: String, extension: String },
    #[error(
        "{}",
        trf(
            "{file} could not be read as a workbook: {message}. Open it in Excel and save it again as .xlsx, or export CSV.",
            &[("file", &.file), ("message", &.message)]
        )
    )]
    Workbook { file: String, message: String },
    #[error(
        "{}",
        trf(
            "{file} has no sheet named \"{sheet}\". Its sheets are: {available}.",
            &[("file", &.file), ("sheet", &.sheet), ("available", &.available)]
        )
    )]
    NoSuchSheet {
        file: String,
        sheet: String,
        available: String,
    },
    #[error(
        "{}",
        trf(
            "No sheet of {file} holds a table with a header and rows under it. Its sheets: {sheets}. Put each table (customers, invoices, payments, or one ledger) on a sheet of its own with its column names in one row above the rows, or export them as CSV.",
            &[("file", &.file), ("sheets", &.sheets)]
        )
    )]
    NoSheetWithTable { file: String, sheets: String },
    #[error(
        "{}",
        trf(
            "No row of {file} splits into the {columns} columns of its header: all {rows} rows have more or fewer values. Check that the file was saved with one separator (comma, semicolon or tab) and that values holding the separator are in quotes, then export it again.",
            &[("file", &.file), ("columns", &.columns), ("rows", &.rows)]
        )
    )]
    NoRowSplits {
        file: String,
        rows: usize,
        columns: usize,
    },
    /// The CSV reader failed for a reason the checks before it did not catch; `detail` is the
    /// library's text, kept for debugging and never shown.
    #[error(
        "{}",
        trf(
            "{file} could not be split into rows and columns as CSV. Open it in a spreadsheet program, check that every row has the same columns as the header, and export it again as CSV.",
            &[("file", &.file)]
        )
    )]
    Csv { file: String, detail: String },
    #[error(
        "{}",
        trf(
            "{file} row {row}, column \"{column}\": the value \"{value}\" opens a quote ({quote}) that is never closed, so the rows after it cannot be told apart. Close or remove that quote, then import again.",
            &[
                ("file", &.file),
                ("row", &.row),
                ("column", &.column),
                ("value", &.value),
                ("quote", &.quote)
            ]
        )
    )]
    UnclosedQuote {
        file: String,
        row: usize,
        column: String,
        value: String,
        quote: char,
    },
    #[error(
        "{}",
        trf(
            "{file} row {row}, column \"{column}\": the value \"{value}\" starts with a quote ({quote}) but goes on after the closing quote. Put the whole value in quotes with any quote inside it doubled, or remove the quotes, then import again.",
            &[
                ("file", &.file),
                ("row", &.row),
                ("column", &.column),
                ("value", &.value),
                ("quote", &.quote)
            ]
        )
    )]
    BadlyQuoted {
        file: String,
        row: usize,
        column: String,
        value: String,
        quote: char,
    },
    #[error(
        "{}",
        trf(
            "{file} is not a text file: it holds binary data (a workbook saved under a .csv name, or a damaged file). Open it in the program that made it and export it again as CSV.",
            &[("file", &.file)]
        )
    )]
    NotText { file: String },
    #[error(
        "{}",
        trf(
            "{file} has {columns} columns; Payment Insights reads at most {limit}. Export only the columns you need (invoice, customer, dates, amounts) and import again.",
            &[("file", &.file), ("columns", &.columns), ("limit", &.limit)]
        )
    )]
    TooManyColumns {
        file: String,
        columns: usize,
        limit: usize,
    },
    #[error(
        "{}",
        trf(
            "{file} uses cells up to {cell} ({rows} rows by {columns} columns), more than Payment Insights reads ({max_columns} columns, {max_cells} cells). Delete the rows and columns beyond your table in Excel, save, and import again.",
            &[
                ("file", &.file),
                ("cell", &.cell),
                ("rows", &.rows),
                ("columns", &.columns),
                ("max_columns", &MAX_COLUMNS),
                ("max_cells", &MAX_CELLS)
            ]
        )
    )]
    SheetTooLarge {
        file: String,
        /// The farthest cell, as Excel names it (`XFD1048576`).
        cell: String,
        rows: u64,
        columns: u64,
    },
    #[error(
        "{}",
        trf(
            "{file} is {size}; importing it would need about {memory} of memory, more than the limit of {limit} for one file. Export a shorter period or fewer columns, or raise the limit on the Settings screen (the command line: --max-file-mb).",
            &[
                ("file", &.file),
                ("size", &format_size(*.size_bytes)),
                ("memory", &format_size(*.memory_bytes)),
                ("limit", &format_size(*.limit_bytes))
            ]
        )
    )]
    TooLarge {
        file: String,
        size_bytes: u64,
        memory_bytes: u64,
        limit_bytes: u64,
    },
}

/// Why a file could not be opened, in words (the system's text stays out of messages).
pub fn io_reason(error: &std::io::Error) -> &'static str {
    tr(io_reason_key(error))
}

/// [`io_reason`] kept as a message, to be put into words when shown.
pub fn io_message(error: &std::io::Error) -> Message {
    Message::new(io_reason_key(error))
}

fn io_reason_key(error: &std::io::Error) -> &'static str {
    match error.kind() {
        std::io::ErrorKind::NotFound => key("it does not exist"),
        std::io::ErrorKind::PermissionDenied => key("permission to read it was denied"),
        std::io::ErrorKind::NotADirectory => key("a part of its path is a file, not a folder"),
        std::io::ErrorKind::IsADirectory => key("it is a folder, not a file"),
        std::io::ErrorKind::AlreadyExists => key("a file of that name is in the way"),
        std::io::ErrorKind::ReadOnlyFilesystem => key("the disk is read-only"),
        std::io::ErrorKind::StorageFull => key("the disk is full"),
        _ => key("the system could not read it"),
    }
}

/// A size in bytes as a person reads it: `850 MB`, `9.0 GB`.
pub fn format_size(bytes: u64) -> String {
    const MB: u64 = 1024 * 1024;
    const GB: u64 = 1024 * MB;
    if bytes >= GB {
        format!("{:.1} GB", bytes as f64 / GB as f64) // i18n: not text
    } else {
        format!("{} MB", bytes.div_ceil(MB)) // i18n: not text
    }
}
