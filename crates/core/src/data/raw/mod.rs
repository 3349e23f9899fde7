//! Reading a user's file into a [`RawTable`]: every column as text, exactly as the file has it.
//! CSV files have their encoding, delimiter and quote detected; Excel workbooks are read with
//! calamine (first sheet, or a chosen one). Interpreting the text (dates, numbers) is left to
//! validation, which knows what each column is meant to hold.

mod csv;
mod error;
mod limits;
#[cfg(test)]
mod tests;
mod workbook;

pub use csv::read_csv_bytes;
use csv::*;
pub use error::{ReadError, format_size, io_message, io_reason};
use limits::*;
pub use limits::{CSV_MEMORY_FACTOR, MAX_CELLS, MAX_COLUMNS, ReadLimits, WORKBOOK_MEMORY_FACTOR};
use workbook::*;
pub use workbook::{
    read_workbook_bytes, read_workbook_bytes_all, sheet_source, sheets_described, workbook_sheets,
};

use crate::i18n::{Message, key, tr, trf};
use polars::prelude::*;
use std::fmt;
use std::path::{Path, PathBuf};

/// How a CSV file was written, as detected (shown to the user in the import report).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CsvDialect {
    pub delimiter: u8,
    pub quote: u8,
    pub encoding: TextEncoding,
}

impl fmt::Display for CsvDialect {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let delimiter = match self.delimiter {
            b',' => tr("comma").to_string(),
            b';' => tr("semicolon").to_string(),
            b'\t' => tr("tab").to_string(),
            b'|' => tr("pipe").to_string(),
            other => format!("'{}'", other as char),
        };
        f.write_str(&trf(
            "{delimiter}-separated, quote {quote}, {encoding}",
            &[
                ("delimiter", &delimiter),
                ("quote", &(self.quote as char)),
                ("encoding", &self.encoding),
            ],
        ))
    }
}

/// The character encoding a text file was written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextEncoding {
    Utf8,
    Utf8Bom,
    Utf16,
    Windows1252,
}

impl fmt::Display for TextEncoding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            TextEncoding::Utf8 => "UTF-8", // i18n: not text
            TextEncoding::Utf8Bom => tr("UTF-8 with BOM"),
            TextEncoding::Utf16 => "UTF-16", // i18n: not text
            TextEncoding::Windows1252 => "Windows-1252", // i18n: not text
        })
    }
}

/// Where a table came from.
#[derive(Clone, Debug, PartialEq)]
pub enum SourceFormat {
    Csv(CsvDialect),
    Excel { sheet: String, sheets: Vec<String> },
}

/// Something noticed while reading that the user should see in the import report.
#[derive(Clone, Debug, PartialEq)]
pub enum ReadNote {
    /// A record with more fields than the header: the extra ones were dropped.
    ExtraFields {
        row: usize,
        fields: usize,
        expected: usize,
    },
    /// A record with fewer fields than the header: the missing ones are empty.
    MissingFields {
        row: usize,
        fields: usize,
        expected: usize,
    },
    /// A header that was empty or repeated got a unique name.
    RenamedHeader {
        column: usize,
        from: String,
        to: String,
    },
    /// An Excel cell holding an error value (`#N/A`, `#DIV/0!`) was read as empty.
    CellError {
        row: usize,
        column: String,
        value: String,
    },
    /// Bytes that were not valid in the detected encoding were replaced.
    LossyText,
}

/// One table as read from a file: every column as text. Row numbers in notes and reports are
/// those a person sees when opening the file (the header is usually row 1).
#[derive(Clone, Debug)]
pub struct RawTable {
    /// The file name shown in messages (with the sheet for workbooks).
    pub source: String,
    pub path: PathBuf,
    pub format: SourceFormat,
    pub headers: Vec<String>,
    pub columns: Vec<StringChunked>,
    /// File row number of each data row (1-based, counting the header and any lines above it).
    pub row_numbers: Vec<u32>,
    /// The file row the header was found on (1 unless a title block or blank rows are above it).
    pub header_row: usize,
    pub notes: Vec<ReadNote>,
}

impl RawTable {
    /// Number of data rows.
    pub fn height(&self) -> usize {
        self.row_numbers.len()
    }

    /// The file row number of data row `index`.
    pub fn file_row(&self, index: usize) -> usize {
        self.row_numbers
            .get(index)
            .map_or(index + 2, |&r| r as usize)
    }

    /// The column with this header, if any.
    pub fn column(&self, header: &str) -> Option<&StringChunked> {
        let index = self.headers.iter().position(|h| h == header)?;
        self.columns.get(index)
    }

    /// The value at data row `index` of column `column`, trimmed; `None` when empty.
    pub fn value(&self, column: usize, index: usize) -> Option<&str> {
        let value = self.columns.get(column)?.get(index)?.trim();
        (!value.is_empty()).then_some(value)
    }

    /// The first `rows` rows as text, for previews.
    pub fn preview(&self, rows: usize) -> Vec<Vec<String>> {
        (0..self.height().min(rows))
            .map(|i| {
                (0..self.headers.len())
                    .map(|c| self.value(c, i).unwrap_or("").to_string())
                    .collect()
            })
            .collect()
    }

    /// Builds a table from literal rows (used by tests and by the ledger split).
    pub fn from_rows(source: &str, headers: &[&str], rows: &[Vec<Option<&str>>]) -> RawTable {
        let columns = headers
            .iter()
            .enumerate()
            .map(|(c, name)| {
                StringChunked::from_iter_options(
                    PlSmallStr::from(*name),
                    rows.iter().map(|r| r.get(c).copied().flatten()),
                )
            })
            .collect();
        RawTable {
            source: source.to_string(),
            path: PathBuf::from(source),
            format: SourceFormat::Csv(CsvDialect {
                delimiter: b',',
                quote: b'"',
                encoding: TextEncoding::Utf8,
            }),
            headers: headers.iter().map(|h| h.to_string()).collect(),
            columns,
            row_numbers: (0..rows.len()).map(|i| i as u32 + 2).collect(),
            header_row: 1,
            notes: Vec::new(),
        }
    }
}

/// What a row of a file looks like, for finding the header: how many cells hold something and
/// how many of those are words rather than numbers or dates.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct RowShape {
    pub(crate) filled: usize,
    pub(crate) words: usize,
}

impl RowShape {
    /// Counts one cell's text.
    pub(crate) fn add(&mut self, text: &str) {
        let text = text.trim();
        if text.is_empty() {
            return;
        }
        self.filled += 1;
        if text.chars().any(char::is_alphabetic) {
            self.words += 1;
        }
    }
}

/// How many rows from the top are looked at for the header.
pub(crate) const HEADER_SEARCH_ROWS: usize = 30;

/// Which of the first rows is the header (0-based among `rows`): the first that is filled in at
/// least two thirds as wide as the widest of them, mostly with words. A title block, a
/// "prepared by" line, a logo's row or blank rows above the header are narrower than the
/// table, so they are passed over; when no row fits, the first is the header.
pub(crate) fn find_header(rows: &[RowShape]) -> usize {
    let widest = rows.iter().map(|r| r.filled).max().unwrap_or(0);
    rows.iter()
        .position(|r| {
            r.words >= 2.min(widest) && r.words * 10 >= r.filled * 7 && r.filled * 3 >= widest * 2
        })
        .unwrap_or(0)
}

/// The file name shown in messages.
pub fn display_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

/// Why a sheet of a workbook was not read as a table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SheetSkip {
    /// Nothing is written on it.
    Empty,
    /// A header, or a few lines, but no rows under them.
    NoRows,
    /// Its columns are those of no table Payment Insights reads (a cover or notes sheet).
    NoTable,
}

impl SheetSkip {
    /// Why, in words.
    pub fn message(self) -> Message {
        Message::new(match self {
            SheetSkip::Empty => key("the sheet is empty"),
            SheetSkip::NoRows => key("the sheet has no rows under its first line"),
            SheetSkip::NoTable => {
                key("its columns are not those of customers, invoices, payments or a ledger")
            }
        })
    }
}

/// A sheet of a workbook that holds no table to import.
#[derive(Clone, Debug, PartialEq)]
pub struct SkippedSheet {
    /// `book.xlsx › Cover`, as messages name it.
    pub source: String,
    pub sheet: String,
    /// The first cells of its first line (or of its header), to recognise it by.
    pub first_cells: Vec<String>,
    pub reason: SheetSkip,
}

impl SkippedSheet {
    /// The sheet with its first cells: `book.xlsx › Cover ("Quarterly report", "Q3 2026")`.
    pub fn described(&self) -> String {
        if self.first_cells.is_empty() {
            trf("{sheet} (empty)", &[("sheet", &self.source)])
        } else {
            let cells: Vec<String> = self
                .first_cells
                .iter()
                .map(|c| format!("\"{}\"", c.chars().take(40).collect::<String>()))
                .collect();
            format!("{} ({})", self.source, cells.join(", ")) // i18n: not text
        }
    }
}

/// What reading one file gave: its tables (one per sheet of a workbook that holds one) and the
/// sheets that hold none.
#[derive(Clone, Debug, Default)]
pub struct FileRead {
    pub tables: Vec<RawTable>,
    pub skipped: Vec<SkippedSheet>,
}

impl FileRead {
    /// The first table (what a reader of one sheet wants).
    pub fn first_table(self, path: &Path) -> Result<RawTable, ReadError> {
        self.tables
            .into_iter()
            .next()
            .ok_or_else(|| ReadError::Empty {
                file: display_name(path),
            })
    }
}

impl From<Vec<RawTable>> for FileRead {
    fn from(tables: Vec<RawTable>) -> FileRead {
        FileRead {
            tables,
            skipped: Vec::new(),
        }
    }
}

/// Reads a CSV or Excel file as one table. `sheet` picks a worksheet in a workbook (default:
/// the first that holds a table). Files over the size limit are refused before they are read.
pub fn read_table(
    path: &Path,
    sheet: Option<&str>,
    limits: ReadLimits,
) -> Result<RawTable, ReadError> {
    let sheets: Vec<String> = sheet.map(str::to_string).into_iter().collect();
    read_file(path, &sheets, limits)?.first_table(path)
}

/// Reads a CSV or Excel file: a CSV is one table; a workbook gives one table per sheet that
/// holds one (only the sheets in `sheets`, when any are named) and names the others. Files
/// over the size limit are refused before they are read.
pub fn read_file(
    path: &Path,
    sheets: &[String],
    limits: ReadLimits,
) -> Result<FileRead, ReadError> {
    let file = display_name(path);
    let extension = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    match extension.as_str() {
        "xlsx" | "xlsm" | "xls" | "xlsb" | "ods" => {
            check_size(&file, path, WORKBOOK_MEMORY_FACTOR, limits)?;
            read_workbook(path, sheets)
        }
        "csv" | "txt" | "tsv" | "tab" | "" => {
            check_size(&file, path, CSV_MEMORY_FACTOR, limits)?;
            let bytes = std::fs::read(path).map_err(|error| ReadError::Io {
                file: file.clone(),
                error,
            })?;
            Ok(vec![read_csv_bytes(&file, path, bytes)?].into())
        }
        other => Err(ReadError::Unsupported {
            file,
            extension: other.to_string(),
        }),
    }
}
