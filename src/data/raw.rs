//! Reading a user's file into a [`RawTable`]: every column as text, exactly as the file has it.
//! CSV files have their encoding, delimiter and quote detected; Excel workbooks are read with
//! calamine (first sheet, or a chosen one). Interpreting the text (dates, numbers) is left to
//! validation, which knows what each column is meant to hold.

use crate::i18n::{tr, trf};
use polars::prelude::*;
use std::fmt;
use std::path::{Path, PathBuf};

/// Problems that make a file unusable as a whole. Each names the file and says what to do.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error(
        "{}",
        trf(
            "Cannot open {file}: {source}. Check that the file exists and is not open in another program.",
            &[("file", &.file), ("source", &.source)]
        )
    )]
    Io {
        file: String,
        #[source]
        source: std::io::Error,
    },
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
            "{file} could not be read as CSV: {message}. Check that it is a text export with one row per line.",
            &[("file", &.file), ("message", &.message)]
        )
    )]
    Csv { file: String, message: String },
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
pub fn read_table(path: &Path, sheet: Option<&str>) -> Result<RawTable, ReadError> {
    let file = display_name(path);
    let extension = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    match extension.as_str() {
        "xlsx" | "xlsm" | "xls" | "xlsb" | "ods" => read_workbook(path, sheet),
        "csv" | "txt" | "tsv" | "tab" | "" => {
            let bytes = std::fs::read(path).map_err(|source| ReadError::Io {
                file: file.clone(),
                source,
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

/// Chooses the delimiter that splits the first lines into the same number of fields (more than
/// one), and the quote character.
fn detect_dialect(text: &[u8]) -> (u8, u8) {
    let lines: Vec<&[u8]> = text
        .split(|&b| b == b'\n')
        .map(|l| l.strip_suffix(b"\r").unwrap_or(l))
        .filter(|l| !l.iter().all(|b| b.is_ascii_whitespace()))
        .take(50)
        .collect();
    let quote = if lines.iter().any(|l| l.contains(&b'"')) {
        b'"'
    } else if lines
        .iter()
        .any(|l| l.starts_with(b"'") || l.windows(2).any(|w| matches!(w, [b',' | b';', b'\''])))
    {
        b'\''
    } else {
        b'"'
    };
    let mut best = (b',', 0usize, 0usize);
    for delimiter in [b',', b';', b'\t', b'|'] {
        let Some(first) = lines.first() else { break };
        let header_fields = count_fields(first, delimiter, quote);
        if header_fields < 2 {
            continue;
        }
        let consistent = lines
            .iter()
            .filter(|l| count_fields(l, delimiter, quote) == header_fields)
            .count();
        if (consistent, header_fields) > (best.1, best.2) {
            best = (delimiter, consistent, header_fields);
        }
    }
    (best.0, quote)
}

/// Reads CSV text (any encoding) into a raw table.
pub fn read_csv_bytes(file: &str, path: &Path, bytes: Vec<u8>) -> Result<RawTable, ReadError> {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(ReadError::Empty {
            file: file.to_string(),
        });
    }
    let (mut text, encoding, lossy) = decode(bytes);
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
    let (detected_delimiter, quote) = detect_dialect(&text);
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
    let scan = scan_records(&text, delimiter, quote);
    let Some(header_bytes) = text.get(..scan.header_end) else {
        return Err(ReadError::Empty {
            file: file.to_string(),
        });
    };
    let headers = split_header(header_bytes, delimiter, quote, &mut notes);
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
            message: polars_message(&e),
        })?;
    let mut columns = Vec::with_capacity(expected);
    for column in df.columns() {
        let strings = column.str().map_err(|e| ReadError::Csv {
            file: file.to_string(),
            message: polars_message(&e),
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

fn polars_message(error: &PolarsError) -> String {
    let text = error.to_string();
    text.lines()
        .next()
        .unwrap_or(tr("unknown error"))
        .to_string()
}

struct Record {
    /// Line offset of the record's start relative to the header line (1 = the line after it).
    line: u32,
    fields: usize,
    blank: bool,
}

struct Scan {
    header_end: usize,
    records: Vec<Record>,
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
    let mut i = 0usize;
    let len = text.len();
    while i < len {
        let b = text[i];
        if b == quote {
            quoted = !quoted;
            record_has_content = true;
        } else if quoted {
            if b == b'\n' {
                line += 1;
            }
        } else if b == delimiter {
            fields += 1;
            record_has_content = true;
        } else if b == b'\n' {
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

fn unique_headers(raw: Vec<String>, notes: &mut Vec<ReadNote>) -> Vec<String> {
    let mut headers: Vec<String> = Vec::with_capacity(raw.len());
    for (i, name) in raw.into_iter().enumerate() {
        let trimmed = name.trim().to_string();
        let mut candidate = if trimmed.is_empty() {
            format!("column {}", i + 1)
        } else {
            trimmed.clone()
        };
        let mut n = 2;
        while headers.iter().any(|h| h == &candidate) {
            candidate = format!("{trimmed} ({n})");
            n += 1;
        }
        if candidate != trimmed {
            notes.push(ReadNote::RenamedHeader {
                column: i + 1,
                from: trimmed,
                to: candidate.clone(),
            });
        }
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
    match error {
        calamine::Error::Io(source) => ReadError::Io { file, source },
        other => ReadError::Workbook {
            file,
            message: other.to_string(),
        },
    }
}

fn read_workbook(path: &Path, sheet: Option<&str>) -> Result<RawTable, ReadError> {
    let workbook = calamine::open_workbook_auto(path).map_err(|e| workbook_error(path, e))?;
    read_opened_workbook(workbook, path, sheet)
}

/// Reads a workbook held in memory (xls, xlsx, xlsb or ods, told by its content) as
/// [`read_table`] reads a workbook file; `path` only names it. The fuzz target's entry point.
pub fn read_workbook_bytes(
    path: &Path,
    bytes: Vec<u8>,
    sheet: Option<&str>,
) -> Result<RawTable, ReadError> {
    let workbook = calamine::open_workbook_auto_from_rs(std::io::Cursor::new(bytes))
        .map_err(|e| workbook_error(path, e))?;
    read_opened_workbook(workbook, path, sheet)
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
    let range = workbook
        .worksheet_range(&sheet_name)
        .map_err(|e| workbook_error(path, e))?;
    let source = if sheets.len() > 1 {
        format!("{file} [{sheet_name}]")
    } else {
        file.clone()
    };
    let (start_row, _) = range.start().unwrap_or((0, 0));
    let mut rows = range
        .rows()
        .enumerate()
        .skip_while(|(_, r)| r.iter().all(|c| matches!(c, Data::Empty)));
    let Some((header_index, header_cells)) = rows.next() else {
        return Err(ReadError::Empty { file: source });
    };
    let mut notes = Vec::new();
    let raw_headers: Vec<String> = header_cells
        .iter()
        .map(cell_text)
        .map(|t| t.unwrap_or_default())
        .collect();
    // Trailing unnamed, empty columns are formatting, not data.
    let width = raw_headers
        .iter()
        .rposition(|h| !h.trim().is_empty())
        .map_or(0, |p| p + 1);
    let headers = unique_headers(raw_headers.into_iter().take(width).collect(), &mut notes);
    let mut values: Vec<Vec<Option<String>>> = vec![Vec::new(); width];
    let mut row_numbers = Vec::new();
    for (index, cells) in rows {
        if cells.iter().all(|c| matches!(c, Data::Empty)) {
            continue;
        }
        let row = start_row as usize + index + 1;
        for (c, column) in values.iter_mut().enumerate() {
            let cell = cells.get(c).unwrap_or(&Data::Empty);
            if let Data::Error(e) = cell {
                notes.push(ReadNote::CellError {
                    row,
                    column: headers.get(c).cloned().unwrap_or_default(),
                    value: format!("{e}"),
                });
            }
            column.push(cell_text(cell));
        }
        row_numbers.push(row as u32);
    }
    let _ = header_index;
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
        let pdf = read_table(Path::new("report.pdf"), None).unwrap_err();
        assert_eq!(
            pdf.to_string(),
            "report.pdf is a .pdf file, which Payment Insights cannot read. Save or export it as CSV (.csv) or Excel (.xlsx, .xls)."
        );
    }
}
