//! Reading a user's file into a [`RawTable`]: every column as text, exactly as the file has it.
//! CSV files have their encoding, delimiter and quote detected; Excel workbooks are read with
//! calamine (first sheet, or a chosen one). Interpreting the text (dates, numbers) is left to
//! validation, which knows what each column is meant to hold.

use crate::i18n::{tr, trf};
use polars::prelude::*;
use std::fmt;
use std::path::{Path, PathBuf};

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
    match error.kind() {
        std::io::ErrorKind::NotFound => tr("it does not exist"),
        std::io::ErrorKind::PermissionDenied => tr("permission to read it was denied"),
        _ => tr("the system could not read it"),
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

/// The most columns a table may have. No invoice export comes near it (wide ERP exports have a
/// few hundred); it is below Excel's own 16,384, so a sheet with a stray cell in its last
/// column (XFD) is refused rather than read as thousands of empty columns.
pub const MAX_COLUMNS: usize = 10_000;

/// The most cells (rows × columns) a sheet may fill: about 50 bytes each once read, so ~2.5 GB.
pub const MAX_CELLS: u64 = 50_000_000;

/// Memory the import needs per byte of a CSV file: measured, a 1 GB CSV took 9 GB (the bytes,
/// the decoded text, polars' columns, the trimmed copies validation works on); the 2.9 MB
/// sample invoices take about 30 MB.
pub const CSV_MEMORY_FACTOR: u64 = 9;

/// Memory per byte of a workbook, whose XML is compressed inside the file: measured about 21x
/// (the sample invoices saved as a 2 MB xlsx took 43 MB more than without them); 25 leaves a
/// margin.
pub const WORKBOOK_MEMORY_FACTOR: u64 = 25;

/// Limits checked before a file is read into memory: a setting (Settings screen, CLI flag).
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct ReadLimits {
    /// Files larger than this are refused, with their size and the memory they would need.
    pub max_file_mb: u64,
}

impl ReadLimits {
    /// The default: 500 MB, about 4.5 GB of memory for a CSV; a million invoice rows export to
    /// about 200 MB.
    pub const DEFAULT_MAX_FILE_MB: u64 = 500;

    pub fn max_file_bytes(self) -> u64 {
        self.max_file_mb.saturating_mul(1024 * 1024)
    }
}

impl Default for ReadLimits {
    fn default() -> Self {
        ReadLimits {
            max_file_mb: Self::DEFAULT_MAX_FILE_MB,
        }
    }
}

/// Refuses a file over the size limit before it is read, saying what it would need.
fn check_size(file: &str, path: &Path, factor: u64, limits: ReadLimits) -> Result<(), ReadError> {
    let size_bytes = std::fs::metadata(path)
        .map_err(|error| ReadError::Io {
            file: file.to_string(),
            error,
        })?
        .len();
    if size_bytes > limits.max_file_bytes() {
        return Err(ReadError::TooLarge {
            file: file.to_string(),
            size_bytes,
            memory_bytes: size_bytes.saturating_mul(factor),
            limit_bytes: limits.max_file_bytes(),
        });
    }
    Ok(())
}

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
            notes: Vec::new(),
        }
    }
}

/// The file name shown in messages.
pub fn display_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

/// Reads a CSV or Excel file. `sheet` picks a worksheet in a workbook (default: the first).
/// Files over the size limit are refused before they are read.
pub fn read_table(
    path: &Path,
    sheet: Option<&str>,
    limits: ReadLimits,
) -> Result<RawTable, ReadError> {
    let file = display_name(path);
    let extension = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    match extension.as_str() {
        "xlsx" | "xlsm" | "xls" | "xlsb" | "ods" => {
            check_size(&file, path, WORKBOOK_MEMORY_FACTOR, limits)?;
            read_workbook(path, sheet)
        }
        "csv" | "txt" | "tsv" | "tab" | "" => {
            check_size(&file, path, CSV_MEMORY_FACTOR, limits)?;
            let bytes = std::fs::read(path).map_err(|error| ReadError::Io {
                file: file.clone(),
                error,
            })?;
            read_csv_bytes(&file, path, bytes)
        }
        other => Err(ReadError::Unsupported {
            file,
            extension: other.to_string(),
        }),
    }
}

/// Converts the file's bytes to UTF-8 text, detecting the encoding.
fn decode(bytes: Vec<u8>) -> (Vec<u8>, TextEncoding, bool) {
    if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        // The BOM says UTF-8; stray bytes that are not are replaced (and reported).
        let text = String::from_utf8_lossy(rest);
        let lossy = matches!(text, std::borrow::Cow::Owned(_));
        return (text.into_owned().into_bytes(), TextEncoding::Utf8Bom, lossy);
    }
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        let (text, _, lossy) = encoding_rs::UTF_16LE.decode(&bytes);
        return (text.into_owned().into_bytes(), TextEncoding::Utf16, lossy);
    }
    if simdutf8_check(&bytes) {
        return (bytes, TextEncoding::Utf8, false);
    }
    let (text, _, lossy) = encoding_rs::WINDOWS_1252.decode(&bytes);
    (
        text.into_owned().into_bytes(),
        TextEncoding::Windows1252,
        lossy,
    )
}

fn simdutf8_check(bytes: &[u8]) -> bool {
    std::str::from_utf8(bytes).is_ok()
}

/// Text files hold few control characters: more than 1% of the first 64 KB (other than tab,
/// CR, LF and the form feed some exports end with) means binary data, not a CSV export.
fn looks_binary(text: &[u8]) -> bool {
    let start = text.get(..65_536).unwrap_or(text);
    let control = start
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C))
        .count();
    control * 100 > start.len()
}

/// Ends every line with LF: CRLF and a bare CR (classic Mac exports) both become LF, so a file
/// with mixed endings splits into the lines a person sees. In place, one pass, no copy.
fn normalise_line_endings(text: &mut Vec<u8>) {
    if !text.contains(&b'\r') {
        return;
    }
    let mut write = 0usize;
    for read in 0..text.len() {
        let (Some(&byte), next) = (text.get(read), text.get(read + 1).copied()) else {
            break;
        };
        if byte == b'\r' && next == Some(b'\n') {
            continue;
        }
        if let Some(slot) = text.get_mut(write) {
            *slot = if byte == b'\r' { b'\n' } else { byte };
        }
        write += 1;
    }
    text.truncate(write);
}

/// Splits one line into fields, honouring quotes; used only on the first lines to detect the
/// dialect.
fn count_fields(line: &[u8], delimiter: u8, quote: u8) -> usize {
    let mut fields = 1;
    let mut quoted = false;
    for &b in line {
        if b == quote {
            quoted = !quoted;
        } else if b == delimiter && !quoted {
            fields += 1;
        }
    }
    fields
}

/// Chooses the delimiter and quote that split the first lines into the same number of fields
/// (more than one). The double quote wins ties: a single quote is the quote character only when
/// it splits the lines more consistently, so a value that merely starts with one (the Dutch
/// `'t Hoen BV`, Excel's text marker `'0123`) never makes it the quote of the whole file.
fn detect_dialect(text: &[u8]) -> (u8, u8) {
    let lines: Vec<&[u8]> = text
        .split(|&b| b == b'\n')
        .filter(|l| !l.iter().all(|b| b.is_ascii_whitespace()))
        .take(50)
        .collect();
    let single_quotes = lines.iter().any(|l| {
        l.starts_with(b"'")
            || l.windows(2)
                .any(|w| matches!(w, [b',' | b';' | b'\t' | b'|', b'\'']))
    });
    let quotes: &[u8] = if single_quotes { b"\"'" } else { b"\"" };
    // (delimiter, quote, consistent lines, header fields)
    let mut best = (b',', b'"', 0usize, 0usize);
    let Some(first) = lines.first() else {
        return (best.0, best.1);
    };
    for &quote in quotes {
        for delimiter in [b',', b';', b'\t', b'|'] {
            let header_fields = count_fields(first, delimiter, quote);
            if header_fields < 2 {
                continue;
            }
            let consistent = lines
                .iter()
                .filter(|l| count_fields(l, delimiter, quote) == header_fields)
                .count();
            if (consistent, header_fields) > (best.2, best.3) {
                best = (delimiter, quote, consistent, header_fields);
            }
        }
    }
    (best.0, best.1)
}

/// Reads CSV text (any encoding) into a raw table.
pub fn read_csv_bytes(file: &str, path: &Path, bytes: Vec<u8>) -> Result<RawTable, ReadError> {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(ReadError::Empty {
            file: file.to_string(),
        });
    }
    let (mut text, encoding, lossy) = decode(bytes);
    if looks_binary(&text) {
        return Err(ReadError::NotText {
            file: file.to_string(),
        });
    }
    normalise_line_endings(&mut text);
    // Excel's "sep=;" first line names the delimiter.
    let mut skip_lines = 0usize;
    let mut forced_delimiter = None;
    if text.len() > 5 && text[..4].eq_ignore_ascii_case(b"sep=") {
        forced_delimiter = Some(text[4]);
        skip_lines = 1;
    }
    // Lines above the header (blank lines, a report title) are skipped. A title is a line
    // without any delimiter above lines that have one.
    let mut offset = 0usize;
    {
        let has_delimiter = |line: &[u8]| match forced_delimiter {
            Some(d) => line.contains(&d),
            None => line.iter().any(|b| matches!(b, b',' | b';' | b'\t' | b'|')),
        };
        let lines: Vec<&[u8]> = text.split(|&b| b == b'\n').take(50).collect();
        for (i, line) in lines.iter().enumerate() {
            let blank = line.iter().all(|b| b.is_ascii_whitespace());
            let title = !blank
                && !has_delimiter(line)
                && lines.iter().skip(i + 1).any(|l| has_delimiter(l));
            if i >= skip_lines && !blank && !title {
                break;
            }
            offset += line.len() + 1;
            skip_lines = skip_lines.max(i + 1);
        }
    }
    let header_line_number = skip_lines + 1;
    if offset > 0 {
        text.drain(..offset.min(text.len()));
    }
    let (detected_delimiter, mut quote) = detect_dialect(&text);
    let delimiter = forced_delimiter.unwrap_or(detected_delimiter);
    let dialect = CsvDialect {
        delimiter,
        quote,
        encoding,
    };
    let mut notes = Vec::new();
    if lossy {
        notes.push(ReadNote::LossyText);
    }
    // Trailing blank lines are not data: polars would read them as empty rows, which would
    // be reported and would put the row numbers out of step with the file's lines.
    if let Some(last) = text
        .iter()
        .rposition(|&b| !b.is_ascii_whitespace() || b == delimiter)
    {
        text.truncate(last + 1);
        text.push(b'\n');
    }

    // One pass over the records: where each starts (for row numbers) and how many fields it has.
    let mut scan = scan_records(&text, delimiter, quote);
    if scan.unclosed.is_some() && quote == b'\'' {
        // Single quotes that do not pair up are apostrophes, not quotes.
        quote = b'"';
        scan = scan_records(&text, delimiter, quote);
    }
    let dialect = CsvDialect { quote, ..dialect };
    let Some(header_bytes) = text.get(..scan.header_end) else {
        return Err(ReadError::Empty {
            file: file.to_string(),
        });
    };
    let columns_in_header = count_fields(header_bytes, delimiter, quote);
    if columns_in_header > MAX_COLUMNS {
        return Err(ReadError::TooManyColumns {
            file: file.to_string(),
            columns: columns_in_header,
            limit: MAX_COLUMNS,
        });
    }
    let headers = split_header(header_bytes, delimiter, quote, &mut notes);
    if let Some(open) = &scan.unclosed {
        return Err(ReadError::UnclosedQuote {
            file: file.to_string(),
            row: header_line_number + open.line as usize,
            column: column_name(&headers, open.field),
            value: value_at(&text, open.offset, b'\n'),
            quote: quote as char,
        });
    }
    if let Some(bad) = &scan.badly_quoted {
        return Err(ReadError::BadlyQuoted {
            file: file.to_string(),
            row: header_line_number + bad.line as usize,
            column: column_name(&headers, bad.field),
            value: value_at(&text, bad.offset, delimiter),
            quote: quote as char,
        });
    }
    let expected = headers.len();
    let mut row_numbers = Vec::with_capacity(scan.records.len());
    for record in &scan.records {
        let row = header_line_number + record.line as usize;
        if record.fields > expected {
            notes.push(ReadNote::ExtraFields {
                row,
                fields: record.fields,
                expected,
            });
        } else if record.fields < expected && record.fields > 1 {
            notes.push(ReadNote::MissingFields {
                row,
                fields: record.fields,
                expected,
            });
        }
        row_numbers.push(row as u32);
    }
    if row_numbers.is_empty() {
        return Err(ReadError::NoRows {
            file: file.to_string(),
        });
    }

    let schema: Schema = headers
        .iter()
        .map(|h| Field::new(PlSmallStr::from(h.as_str()), DataType::String))
        .collect();
    let parse_options = CsvParseOptions::default()
        .with_separator(delimiter)
        .with_quote_char(Some(quote))
        .with_truncate_ragged_lines(true)
        .with_missing_is_null(true);
    let df = CsvReadOptions::default()
        .with_has_header(true)
        .with_schema(Some(Arc::new(schema)))
        .with_parse_options(parse_options)
        .with_rechunk(true)
        .into_reader_with_file_handle(std::io::Cursor::new(text))
        .finish()
        .map_err(|e| ReadError::Csv {
            file: file.to_string(),
            detail: e.to_string(),
        })?;
    let mut columns = Vec::with_capacity(expected);
    for column in df.columns() {
        let strings = column.str().map_err(|e| ReadError::Csv {
            file: file.to_string(),
            detail: e.to_string(),
        })?;
        columns.push(strings.clone());
    }
    // Blank lines: polars leaves them out; keep the row numbers in step with its rows.
    if df.height() != row_numbers.len() {
        let non_blank: Vec<u32> = scan
            .records
            .iter()
            .zip(&row_numbers)
            .filter(|(r, _)| !r.blank)
            .map(|(_, &n)| n)
            .collect();
        if non_blank.len() == df.height() {
            row_numbers = non_blank;
        } else {
            row_numbers = (0..df.height())
                .map(|i| (header_line_number + 1 + i) as u32)
                .collect();
        }
    }
    if df.height() == 0 {
        return Err(ReadError::NoRows {
            file: file.to_string(),
        });
    }
    Ok(RawTable {
        source: file.to_string(),
        path: path.to_path_buf(),
        format: SourceFormat::Csv(dialect),
        headers,
        columns,
        row_numbers,
        notes,
    })
}

/// The header of column `index` (0-based), or `column N` past the header's end.
fn column_name(headers: &[String], index: usize) -> String {
    headers
        .get(index)
        .cloned()
        .unwrap_or_else(|| trf("column {column}", &[("column", &(index + 1))]))
}

/// At most 40 characters of the value at `offset`, up to the end of its line or `end`: the start
/// of the value only, as the rest of the file may be gigabytes.
fn value_at(text: &[u8], offset: usize, end: u8) -> String {
    let Some(rest) = text.get(offset..) else {
        return String::new();
    };
    let start = rest.get(..160).unwrap_or(rest);
    let stop = start
        .iter()
        .position(|&b| b == b'\n' || b == end)
        .unwrap_or(start.len());
    let value = start.get(..stop).unwrap_or(start);
    String::from_utf8_lossy(value).chars().take(40).collect()
}

struct Record {
    /// Line offset of the record's start relative to the header line (1 = the line after it).
    line: u32,
    fields: usize,
    blank: bool,
}

/// Where a quote opened that never closed.
struct OpenQuote {
    /// Line offset relative to the header line.
    line: u32,
    /// The field (0-based) it opened in.
    field: usize,
    /// Byte offset of the quote.
    offset: usize,
}

struct Scan {
    header_end: usize,
    records: Vec<Record>,
    unclosed: Option<OpenQuote>,
    /// The first field that starts with a quote and goes on after its closing quote
    /// (`""paper`), which the CSV reader refuses: where its field starts.
    badly_quoted: Option<OpenQuote>,
}

/// Walks the text once, quote-aware, recording each record's first line and field count.
fn scan_records(text: &[u8], delimiter: u8, quote: u8) -> Scan {
    let mut records = Vec::new();
    let mut header_end = text.len();
    let mut line: u32 = 0;
    let mut record_line: u32 = 0;
    let mut fields = 1usize;
    let mut quoted = false;
    let mut record_has_content = false;
    let mut in_header = true;
    let mut opened = OpenQuote {
        line: 0,
        field: 0,
        offset: 0,
    };
    let mut badly_quoted = None;
    let mut field_start = 0usize;
    let mut field_start_line = 0u32;
    let mut i = 0usize;
    let len = text.len();
    while i < len {
        let b = text[i];
        if b == quote {
            quoted = !quoted;
            if quoted {
                opened = OpenQuote {
                    line,
                    field: fields - 1,
                    offset: i,
                };
            } else if badly_quoted.is_none()
                && text.get(field_start) == Some(&quote)
                && text.get(i + 1).is_some_and(|&next| {
                    !matches!(next, b'\n' | b'\r') && next != delimiter && next != quote
                })
            {
                badly_quoted = Some(OpenQuote {
                    line: field_start_line,
                    field: fields - 1,
                    offset: field_start,
                });
            }
            record_has_content = true;
        } else if quoted {
            if b == b'\n' {
                line += 1;
            }
        } else if b == delimiter {
            fields += 1;
            record_has_content = true;
            field_start = i + 1;
        } else if b == b'\n' {
            field_start = i + 1;
            field_start_line = line + 1;
            if in_header {
                header_end = i;
                in_header = false;
            } else {
                records.push(Record {
                    line: record_line,
                    fields,
                    blank: !record_has_content,
                });
            }
            line += 1;
            record_line = line;
            fields = 1;
            record_has_content = false;
        } else if b != b'\r' && b != b' ' {
            record_has_content = true;
        }
        i += 1;
    }
    if !in_header && record_has_content {
        records.push(Record {
            line: record_line,
            fields,
            blank: false,
        });
    }
    // A trailing run of blank lines is not data.
    while records.last().is_some_and(|r| r.blank) {
        records.pop();
    }
    Scan {
        header_end,
        records,
        unclosed: quoted.then_some(opened),
        badly_quoted,
    }
}

/// Splits the header record and makes every name unique and non-empty.
fn split_header(bytes: &[u8], delimiter: u8, quote: u8, notes: &mut Vec<ReadNote>) -> Vec<String> {
    let text = String::from_utf8_lossy(bytes);
    let text = text.trim_end_matches('\r');
    let mut raw = Vec::new();
    let mut current = String::new();
    let mut quoted = false;
    for c in text.chars() {
        if c == quote as char {
            quoted = !quoted;
        } else if c == delimiter as char && !quoted {
            raw.push(std::mem::take(&mut current));
        } else {
            current.push(c);
        }
    }
    raw.push(current);
    unique_headers(raw, notes)
}

/// Makes every header unique and non-empty: an empty name becomes `column N`, a repeated one
/// `name (2)`, `name (3)`, ... Linear in the number of headers: the names taken are a set and
/// each name remembers the next suffix to try, so thousands of repeats cost no more than
/// thousands of different names.
fn unique_headers(raw: Vec<String>, notes: &mut Vec<ReadNote>) -> Vec<String> {
    let mut headers: Vec<String> = Vec::with_capacity(raw.len());
    let mut taken: std::collections::HashSet<String> =
        std::collections::HashSet::with_capacity(raw.len());
    let mut next_suffix: std::collections::HashMap<String, usize> =
        std::collections::HashMap::new();
    for (i, name) in raw.into_iter().enumerate() {
        let trimmed = name.trim().to_string();
        let mut candidate = if trimmed.is_empty() {
            format!("column {}", i + 1)
        } else {
            trimmed.clone()
        };
        if taken.contains(&candidate) {
            let n = next_suffix.entry(trimmed.clone()).or_insert(2);
            loop {
                candidate = format!("{trimmed} ({n})");
                *n += 1;
                if !taken.contains(&candidate) {
                    break;
                }
            }
        }
        if candidate != trimmed {
            notes.push(ReadNote::RenamedHeader {
                column: i + 1,
                from: trimmed,
                to: candidate.clone(),
            });
        }
        taken.insert(candidate.clone());
        headers.push(candidate);
    }
    headers
}

/// Lists a workbook's sheets (for the sheet picker).
pub fn workbook_sheets(path: &Path) -> Result<Vec<String>, ReadError> {
    use calamine::Reader;
    let workbook = calamine::open_workbook_auto(path).map_err(|e| workbook_error(path, e))?;
    Ok(workbook.sheet_names())
}

fn workbook_error(path: &Path, error: calamine::Error) -> ReadError {
    let file = display_name(path);
    let password = matches!(
        &error,
        calamine::Error::Xlsx(calamine::XlsxError::Password)
            | calamine::Error::Xlsb(calamine::XlsbError::Password)
            | calamine::Error::Xls(calamine::XlsError::Password)
            | calamine::Error::Ods(calamine::OdsError::Password)
    );
    match error {
        calamine::Error::Io(error) => ReadError::Io { file, error },
        _ if password => ReadError::Workbook {
            file,
            message: tr("it is protected with a password").to_string(),
        },
        _ => ReadError::Workbook {
            file,
            message: tr("it is damaged, or not an Excel workbook").to_string(),
        },
    }
}

/// A non-empty cell: (row, column) counted from A1 = (0, 0), and its value.
type SheetCell = (u32, u32, calamine::Data);

/// A cell's name as Excel shows it: column letters and row number (`XFD1048576`).
fn cell_name(row: u32, column: u32) -> String {
    let mut letters = Vec::new();
    let mut n = column as u64 + 1;
    while n > 0 {
        let rest = (n - 1) % 26;
        letters.push(b'A' + rest as u8);
        n = (n - 1) / 26;
    }
    letters.reverse();
    format!("{}{}", String::from_utf8_lossy(&letters), row as u64 + 1)
}

/// The sheet reaches `end` (row, column from 0): as Excel counts it, from A1.
fn sheet_too_large(file: &str, end: (u32, u32)) -> ReadError {
    ReadError::SheetTooLarge {
        file: file.to_string(),
        cell: cell_name(end.0, end.1),
        rows: u64::from(end.0) + 1,
        columns: u64::from(end.1) + 1,
    }
}

/// Collects a sheet's non-empty cells one at a time, refusing a cell beyond [`MAX_COLUMNS`] or
/// more than [`MAX_CELLS`] cells before they are held: a stray cell at XFD1048576 costs one
/// entry, never a dense grid of the whole sheet.
fn collect_cells<'a>(
    file: &str,
    mut next: impl FnMut() -> Result<Option<calamine::Cell<calamine::DataRef<'a>>>, CellsError>,
) -> Result<Vec<SheetCell>, CellsError> {
    let mut cells = Vec::new();
    while let Some(cell) = next()? {
        let (row, column) = cell.get_position();
        if matches!(cell.get_value(), calamine::DataRef::Empty) {
            continue;
        }
        if column as usize >= MAX_COLUMNS || cells.len() as u64 >= MAX_CELLS {
            return Err(CellsError::Read(sheet_too_large(file, (row, column))));
        }
        cells.push((row, column, calamine::Data::from(cell.get_value().clone())));
    }
    Ok(cells)
}

/// Either calamine failed or a cap was reached.
enum CellsError {
    Calamine(calamine::Error),
    Read(ReadError),
}

/// The sheet's non-empty cells. Xlsx and xlsb are read cell by cell, after checking the
/// dimension the sheet declares; xls and ods only come as a whole range from calamine.
fn sheet_cells<RS: std::io::Read + std::io::Seek>(
    workbook: &mut calamine::Sheets<RS>,
    sheet: &str,
    source: &str,
) -> Result<Vec<SheetCell>, CellsError> {
    use calamine::{Reader, Sheets};
    let declared = |d: calamine::Dimensions| -> Result<(), CellsError> {
        if d.end.1 as usize >= MAX_COLUMNS {
            return Err(CellsError::Read(sheet_too_large(source, d.end)));
        }
        Ok(())
    };
    match workbook {
        Sheets::Xlsx(book) => {
            let mut reader = book
                .worksheet_cells_reader(sheet)
                .map_err(|e| CellsError::Calamine(e.into()))?;
            declared(reader.dimensions())?;
            collect_cells(source, || {
                reader
                    .next_cell()
                    .map_err(|e| CellsError::Calamine(e.into()))
            })
        }
        Sheets::Xlsb(book) => {
            let mut reader = book
                .worksheet_cells_reader(sheet)
                .map_err(|e| CellsError::Calamine(e.into()))?;
            declared(reader.dimensions())?;
            collect_cells(source, || {
                reader
                    .next_cell()
                    .map_err(|e| CellsError::Calamine(e.into()))
            })
        }
        other => {
            let range = other.worksheet_range(sheet).map_err(CellsError::Calamine)?;
            if let (Some(start), Some(end)) = (range.start(), range.end()) {
                declared(calamine::Dimensions::new(start, end))?;
            }
            Ok(range
                .used_cells()
                .filter(|(_, _, v)| !matches!(v, calamine::Data::Empty))
                .map(|(r, c, v)| {
                    let (r0, c0) = range.start().unwrap_or((0, 0));
                    (r as u32 + r0, c as u32 + c0, v.clone())
                })
                .collect())
        }
    }
}

fn read_workbook(path: &Path, sheet: Option<&str>) -> Result<RawTable, ReadError> {
    guard_workbook_reader(path, || {
        let workbook = calamine::open_workbook_auto(path).map_err(|e| workbook_error(path, e))?;
        read_opened_workbook(workbook, path, sheet)
    })
}

/// Runs the workbook reader so that a panic inside calamine on a damaged file (fuzzing found
/// one: a dimension reference with a long run of column letters overflows its column
/// arithmetic when overflow checks are on) becomes "damaged" for this file, not a crash of
/// the app. The reader holds no state of ours that a panic could leave half-changed.
fn guard_workbook_reader(
    path: &Path,
    read: impl FnOnce() -> Result<RawTable, ReadError>,
) -> Result<RawTable, ReadError> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(read)).unwrap_or_else(|_| {
        Err(ReadError::Workbook {
            file: display_name(path),
            message: tr("it is damaged, or not an Excel workbook").to_string(),
        })
    })
}

/// Reads a workbook held in memory (xls, xlsx, xlsb or ods, told by its content) as
/// [`read_table`] reads a workbook file; `path` only names it. The fuzz target's entry point.
pub fn read_workbook_bytes(
    path: &Path,
    bytes: Vec<u8>,
    sheet: Option<&str>,
) -> Result<RawTable, ReadError> {
    guard_workbook_reader(path, || {
        let workbook = calamine::open_workbook_auto_from_rs(std::io::Cursor::new(bytes))
            .map_err(|e| workbook_error(path, e))?;
        read_opened_workbook(workbook, path, sheet)
    })
}

fn read_opened_workbook<RS: std::io::Read + std::io::Seek>(
    mut workbook: calamine::Sheets<RS>,
    path: &Path,
    sheet: Option<&str>,
) -> Result<RawTable, ReadError> {
    use calamine::{Data, Reader};
    let file = display_name(path);
    let sheets = workbook.sheet_names();
    let sheet_name = match sheet {
        Some(name) => {
            if !sheets.iter().any(|s| s == name) {
                return Err(ReadError::NoSuchSheet {
                    file,
                    sheet: name.to_string(),
                    available: sheets.join(", "),
                });
            }
            name.to_string()
        }
        None => sheets
            .first()
            .cloned()
            .ok_or_else(|| ReadError::Empty { file: file.clone() })?,
    };
    let source = if sheets.len() > 1 {
        format!("{file} [{sheet_name}]")
    } else {
        file.clone()
    };
    let mut cells = match sheet_cells(&mut workbook, &sheet_name, &source) {
        Ok(cells) => cells,
        Err(CellsError::Read(error)) => return Err(error),
        Err(CellsError::Calamine(error)) => return Err(workbook_error(path, error)),
    };
    if !cells.is_sorted_by_key(|(r, c, _)| (*r, *c)) {
        cells.sort_by_key(|(r, c, _)| (*r, *c));
    }
    // Columns count from the first used one, as the sheet's range does.
    let first_column = cells.iter().map(|(_, c, _)| *c).min().unwrap_or(0);
    let mut rows = cells.chunk_by(|a, b| a.0 == b.0);
    let Some(header_cells) = rows.next() else {
        return Err(ReadError::Empty { file: source });
    };
    let mut notes = Vec::new();
    // Trailing unnamed, empty columns are formatting, not data: only named cells count.
    let width = header_cells
        .iter()
        .filter(|(_, _, v)| cell_text(v).is_some_and(|t| !t.trim().is_empty()))
        .map(|(_, c, _)| (c - first_column) as usize + 1)
        .max()
        .unwrap_or(0);
    let mut raw_headers = vec![String::new(); width];
    for (_, c, v) in header_cells {
        if let Some(slot) = raw_headers.get_mut((c - first_column) as usize) {
            *slot = cell_text(v).unwrap_or_default();
        }
    }
    let headers = unique_headers(raw_headers, &mut notes);
    let mut values: Vec<Vec<Option<String>>> = vec![Vec::new(); width];
    let mut row_numbers = Vec::new();
    for row_cells in rows {
        let Some(&(sheet_row, _, _)) = row_cells.first() else {
            continue;
        };
        if (row_numbers.len() as u64 + 1).saturating_mul(width as u64) > MAX_CELLS {
            let last = cells.last().map_or((0, 0), |(r, c, _)| (*r, *c));
            return Err(sheet_too_large(&source, last));
        }
        let row = sheet_row as usize + 1;
        let mut row_values: Vec<Option<String>> = vec![None; width];
        for (_, c, cell) in row_cells {
            let index = (c - first_column) as usize;
            let Some(slot) = row_values.get_mut(index) else {
                continue;
            };
            if let Data::Error(e) = cell {
                notes.push(ReadNote::CellError {
                    row,
                    column: headers.get(index).cloned().unwrap_or_default(),
                    value: format!("{e}"),
                });
            }
            *slot = cell_text(cell);
        }
        for (column, value) in values.iter_mut().zip(row_values) {
            column.push(value);
        }
        row_numbers.push(row as u32);
    }
    if row_numbers.is_empty() {
        return Err(ReadError::NoRows { file: source });
    }
    let columns = headers
        .iter()
        .zip(values)
        .map(|(h, v)| StringChunked::from_iter_options(PlSmallStr::from(h.as_str()), v.into_iter()))
        .collect();
    Ok(RawTable {
        source,
        path: path.to_path_buf(),
        format: SourceFormat::Excel {
            sheet: sheet_name,
            sheets,
        },
        headers,
        columns,
        row_numbers,
        notes,
    })
}

/// A cell as text. Excel dates become ISO dates, so date detection sees them as such; whole
/// numbers lose the `.0` Excel stores them with.
fn cell_text(cell: &calamine::Data) -> Option<String> {
    use calamine::Data;
    match cell {
        Data::Empty | Data::Error(_) => None,
        Data::String(s) => {
            let t = s.trim();
            (!t.is_empty()).then(|| t.to_string())
        }
        Data::Int(i) => Some(i.to_string()),
        Data::Float(f) => Some(format_float(*f)),
        Data::Bool(b) => Some(if *b { "true" } else { "false" }.to_string()),
        Data::DateTime(dt) => {
            if dt.is_duration() {
                return Some(format_float(dt.as_f64()));
            }
            let serial = dt.as_f64();
            let base = chrono::NaiveDate::from_ymd_opt(1899, 12, 30)?;
            let date = base.checked_add_days(chrono::Days::new(serial.max(0.0).floor() as u64))?;
            Some(date.format("%Y-%m-%d").to_string())
        }
        Data::DateTimeIso(s) | Data::DurationIso(s) => Some(s.clone()),
    }
}

fn format_float(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{}", value as i64)
    } else {
        format!("{value}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(bytes: &[u8]) -> RawTable {
        read_csv_bytes("t.csv", Path::new("t.csv"), bytes.to_vec()).unwrap()
    }

    #[test]
    fn detects_semicolon_and_decodes_windows_1252() {
        // "Kund;Belopp\nÅhléns;1 234,50\n" in Windows-1252.
        let mut bytes = b"Kund;Belopp\n".to_vec();
        bytes.extend_from_slice(&[0xC5, b'h', b'l', 0xE9, b'n', b's']);
        bytes.extend_from_slice(b";1 234,50\n");
        let table = read(&bytes);
        assert_eq!(table.headers, vec!["Kund", "Belopp"]);
        assert_eq!(table.value(0, 0), Some("Åhléns"));
        assert_eq!(table.value(1, 0), Some("1 234,50"));
        match &table.format {
            SourceFormat::Csv(d) => {
                assert_eq!(d.delimiter, b';');
                assert_eq!(d.encoding, TextEncoding::Windows1252);
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn utf8_bom_tabs_quotes_and_row_numbers() {
        let table = read(
            "\u{feff}id\tname\n1\t\"Smith, \"\"J\"\"\"\n\n2\t\"two\nlines\"\n3\tx\n".as_bytes(),
        );
        assert_eq!(table.headers, vec!["id", "name"]);
        // The blank line is kept as an empty row (validation reports it), so rows stay in step.
        assert_eq!(table.height(), 4);
        assert_eq!(table.value(1, 0), Some("Smith, \"J\""));
        assert_eq!(table.value(0, 1), None);
        assert_eq!(table.value(1, 2), Some("two\nlines"));
        // Row numbers are file lines: header 1, first record 2, blank line 3, then 4 and 6.
        assert_eq!(table.row_numbers, vec![2, 3, 4, 6]);
    }

    #[test]
    fn ragged_rows_and_duplicate_headers_are_noted() {
        let table = read(b"a,b,a,\n1,2,3,4\n1,2,3,4,5\n1,2\n");
        assert_eq!(table.headers, vec!["a", "b", "a (2)", "column 4"]);
        assert!(table.notes.contains(&ReadNote::ExtraFields {
            row: 3,
            fields: 5,
            expected: 4
        }));
        assert!(table.notes.contains(&ReadNote::MissingFields {
            row: 4,
            fields: 2,
            expected: 4
        }));
        assert_eq!(table.value(3, 2), None);
        assert_eq!(table.value(3, 1), Some("4"));
    }

    #[test]
    fn title_lines_and_sep_hint() {
        let table = read(b"sep=;\nid;amount\n1;2,5\n");
        assert_eq!(table.headers, vec!["id", "amount"]);
        assert_eq!(table.row_numbers, vec![3]);
        let table = read(b"\n\nid,amount\n1,2\n");
        assert_eq!(table.row_numbers, vec![4]);
    }

    #[test]
    fn unusable_files_give_one_clear_error() {
        let empty = read_csv_bytes("e.csv", Path::new("e.csv"), b"  \n".to_vec()).unwrap_err();
        assert!(matches!(empty, ReadError::Empty { .. }));
        let header_only =
            read_csv_bytes("h.csv", Path::new("h.csv"), b"a,b\n".to_vec()).unwrap_err();
        assert!(matches!(header_only, ReadError::NoRows { .. }));
        let pdf = read_table(Path::new("report.pdf"), None, ReadLimits::default()).unwrap_err();
        assert_eq!(
            pdf.to_string(),
            "report.pdf is a .pdf file, which Payment Insights cannot read. Save or export it as CSV (.csv) or Excel (.xlsx, .xls)."
        );
    }

    #[test]
    fn cr_crlf_and_lf_endings_all_end_lines() {
        let table = read(b"id,name\r1,a\r\n2,b\n3,c\r4,d");
        assert_eq!(table.headers, vec!["id", "name"]);
        assert_eq!(table.height(), 4);
        assert_eq!(table.value(1, 3), Some("d"));
        assert_eq!(table.row_numbers, vec![2, 3, 4, 5]);
    }

    #[test]
    fn thousands_of_repeated_headers_get_unique_names() {
        let mut notes = Vec::new();
        let raw = vec!["a".to_string(); 3000];
        let headers = unique_headers(raw, &mut notes);
        assert_eq!(headers[0], "a");
        assert_eq!(headers[1], "a (2)");
        assert_eq!(headers[2999], "a (3000)");
        assert_eq!(notes.len(), 2999);
        // A name that is already a suffixed form is not reused.
        let headers = unique_headers(
            vec!["b (2)".into(), "b".into(), "b".into()],
            &mut Vec::new(),
        );
        assert_eq!(headers, vec!["b (2)", "b", "b (3)"]);
    }

    #[test]
    fn a_leading_apostrophe_is_text_not_a_quote() {
        let table = read(b"id,name,terms\nC1,'t Hoen BV,30\nC2,Acme,14\n");
        assert_eq!(table.value(1, 0), Some("'t Hoen BV"));
        assert_eq!(table.value(2, 0), Some("30"));
        let table = read(b"id,name\n1,'Smith, J'\n2,'Doe, A'\n");
        assert_eq!(table.value(1, 0), Some("Smith, J"));
    }

    #[test]
    fn text_after_a_closing_quote_names_its_row_and_column() {
        let error = read_csv_bytes(
            "t.csv",
            Path::new("t.csv"),
            b"id,name,kind\n1,a,b\n2,x,\"\"paper\n".to_vec(),
        )
        .unwrap_err();
        match error {
            ReadError::BadlyQuoted {
                row, column, value, ..
            } => {
                assert_eq!(
                    (row, column.as_str(), value.as_str()),
                    (3, "kind", "\"\"paper")
                );
            }
            other => panic!("{other:?}"),
        }
        // A quote inside an unquoted value and an escaped quote inside a quoted one are fine.
        let table = read(b"id,name\n1,x\"\"y\n2,\"a\"\"b\"\n");
        assert_eq!(table.value(1, 1), Some("a\"b"));
    }

    #[test]
    fn binary_data_is_not_read_as_text() {
        let mut bytes = b"id,name\n".to_vec();
        bytes.extend((0..2000u32).map(|i| (i * 7919 % 251) as u8));
        let error = read_csv_bytes("t.csv", Path::new("t.csv"), bytes).unwrap_err();
        assert!(matches!(error, ReadError::NotText { .. }), "{error:?}");
        // A stray NUL in a text file is not binary.
        let mut text = b"id,name\n1,a\x00b\n".to_vec();
        for i in 2..100 {
            text.extend_from_slice(format!("{i},customer {i}\n").as_bytes());
        }
        assert_eq!(read(&text).height(), 99);
    }
}
