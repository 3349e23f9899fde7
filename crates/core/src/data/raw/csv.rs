//! CSV reading: encoding, delimiter and quote detected, the lines above the header skipped, every
//! record scanned for its row number and fields, and the columns read as text by polars.

use super::*;
use crate::i18n::trf;
use polars::prelude::*;
use std::path::Path;

/// Converts the file's bytes to UTF-8 text, detecting the encoding.
pub(super) fn decode(bytes: Vec<u8>) -> (Vec<u8>, TextEncoding, bool) {
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

pub(super) fn simdutf8_check(bytes: &[u8]) -> bool {
    std::str::from_utf8(bytes).is_ok()
}

/// Text files hold few control characters: more than 1% of the first 64 KB (other than tab,
/// CR, LF and the form feed some exports end with) means binary data, not a CSV export.
pub(super) fn looks_binary(text: &[u8]) -> bool {
    let start = text.get(..65_536).unwrap_or(text);
    let control = start
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C))
        .count();
    control * 100 > start.len()
}

/// Ends every line with LF: CRLF and a bare CR (classic Mac exports) both become LF, so a file
/// with mixed endings splits into the lines a person sees. In place, one pass, no copy.
pub(super) fn normalise_line_endings(text: &mut Vec<u8>) {
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
pub(super) fn count_fields(line: &[u8], delimiter: u8, quote: u8) -> usize {
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
pub(super) fn detect_dialect(text: &[u8]) -> (u8, u8) {
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
    let (forced_delimiter, mut header_line_number) = skip_preamble(&mut text);
    let (mut detected_delimiter, mut quote) = detect_dialect(&text);
    // A title block whose lines hold a delimiter ("Aged receivables;;;;") is narrower than the
    // table: the header is the first line as wide as the table.
    let above = lines_above_header(&text, forced_delimiter.unwrap_or(detected_delimiter), quote);
    if above > 0 {
        let offset = nth_line_start(&text, above);
        text.drain(..offset);
        header_line_number += above;
        (detected_delimiter, quote) = detect_dialect(&text);
    }
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
    check_quotes(
        file,
        &text,
        &headers,
        &scan,
        header_line_number,
        delimiter,
        quote,
    )?;
    let (row_numbers, ragged) = record_rows(&scan, header_line_number, headers.len(), &mut notes);
    if row_numbers.is_empty() {
        return Err(ReadError::NoRows {
            file: file.to_string(),
        });
    }
    let (columns, height) = match parse_columns(file, &text, &headers, delimiter, quote) {
        Ok(read) => read,
        // The fast reader refused something the checks above let through: split the records
        // one by one instead, so the file is read rather than refused.
        Err(_) => split_records(&text, &headers, delimiter, quote),
    };
    let row_numbers = align_row_numbers(&scan, row_numbers, height, header_line_number);
    if height == 0 {
        return Err(ReadError::NoRows {
            file: file.to_string(),
        });
    }
    let (columns, row_numbers) = without_rows(columns, row_numbers, &ragged);
    if row_numbers.is_empty() {
        return Err(ReadError::NoRowSplits {
            file: file.to_string(),
            rows: ragged.len(),
            columns: headers.len(),
        });
    }
    Ok(RawTable {
        source: file.to_string(),
        path: path.to_path_buf(),
        format: SourceFormat::Csv(dialect),
        headers,
        columns,
        row_numbers,
        header_row: header_line_number,
        notes,
    })
}

/// How many lines at the top of `text` come before the header: lines narrower than the table
/// (see [`find_header`]).
pub(super) fn lines_above_header(text: &[u8], delimiter: u8, quote: u8) -> usize {
    let shapes: Vec<RowShape> = text
        .split(|&b| b == b'\n')
        .take(HEADER_SEARCH_ROWS)
        .map(|line| {
            let mut shape = RowShape::default();
            for field in split_line(line, delimiter, quote) {
                shape.add(&field);
            }
            shape
        })
        .collect();
    find_header(&shapes)
}

/// Where line `n` (0-based) of `text` starts.
fn nth_line_start(text: &[u8], n: usize) -> usize {
    text.iter()
        .enumerate()
        .filter(|(_, b)| **b == b'\n')
        .nth(n.saturating_sub(1))
        .map_or(text.len(), |(i, _)| i + 1)
}

/// One line's fields, quotes taken off (for the header search and the careful reader).
fn split_line(line: &[u8], delimiter: u8, quote: u8) -> Vec<String> {
    let mut fields = Vec::new();
    let mut current = Vec::new();
    let mut quoted = false;
    let mut bytes = line.iter().peekable();
    while let Some(&b) = bytes.next() {
        if b == quote {
            if quoted && bytes.peek() == Some(&&quote) {
                current.push(quote);
                bytes.next();
            } else {
                quoted = !quoted;
            }
        } else if b == delimiter && !quoted {
            fields.push(String::from_utf8_lossy(&current).into_owned());
            current.clear();
        } else {
            current.push(b);
        }
    }
    fields.push(String::from_utf8_lossy(&current).into_owned());
    fields
}

/// Splits the records after the header one by one, quote-aware (a quoted value may hold line
/// breaks): the careful reader, used when the fast one refuses a file. Missing fields are
/// empty, extra ones dropped, as the fast reader does.
pub(super) fn split_records(
    text: &[u8],
    headers: &[String],
    delimiter: u8,
    quote: u8,
) -> (Vec<StringChunked>, usize) {
    let mut records: Vec<Vec<u8>> = Vec::new();
    let mut current = Vec::new();
    let mut quoted = false;
    for &b in text {
        if b == quote {
            quoted = !quoted;
        }
        if b == b'\n' && !quoted {
            records.push(std::mem::take(&mut current));
        } else {
            current.push(b);
        }
    }
    if !current.is_empty() {
        records.push(current);
    }
    let rows: Vec<Vec<String>> = records
        .iter()
        .skip(1)
        .filter(|r| !r.iter().all(|b| b.is_ascii_whitespace()))
        .map(|r| split_line(r, delimiter, quote))
        .collect();
    let columns = headers
        .iter()
        .enumerate()
        .map(|(c, name)| {
            StringChunked::from_iter_options(
                PlSmallStr::from(name.as_str()),
                rows.iter()
                    .map(|r| r.get(c).map(String::as_str).filter(|v| !v.is_empty())),
            )
        })
        .collect();
    (columns, rows.len())
}

/// The table without the rows whose file row numbers are in `dropped`.
pub(super) fn without_rows(
    columns: Vec<StringChunked>,
    row_numbers: Vec<u32>,
    dropped: &[u32],
) -> (Vec<StringChunked>, Vec<u32>) {
    if dropped.is_empty() {
        return (columns, row_numbers);
    }
    let keep: Vec<bool> = row_numbers
        .iter()
        .map(|r| dropped.binary_search(r).is_err())
        .collect();
    let mask = BooleanChunked::from_slice(PlSmallStr::EMPTY, &keep);
    let columns = columns
        .iter()
        .map(|c| c.filter(&mask).unwrap_or_else(|_| c.clone()))
        .collect();
    let row_numbers = row_numbers
        .into_iter()
        .zip(keep)
        .filter_map(|(r, k)| k.then_some(r))
        .collect();
    (columns, row_numbers)
}

/// Drops the lines above the header and returns the delimiter an Excel "sep=;" first line
/// names, if any, and the header's line number in the file.
pub(super) fn skip_preamble(text: &mut Vec<u8>) -> (Option<u8>, usize) {
    // Excel's "sep=;" first line names the delimiter.
    let mut skip_lines = 0usize;
    let mut forced_delimiter = None;
    // Written plain (`sep=;`), or quoted by a program that saved the line as a value.
    let first_line = text.split(|&b| b == b'\n').next().unwrap_or(&[]);
    // Only spaces are trimmed: `sep=` and a tab names the tab.
    let mut hint = first_line;
    while let [rest @ .., b' ' | b'\r'] = hint {
        hint = rest;
    }
    while let [b' ', rest @ ..] = hint {
        hint = rest;
    }
    let hint = hint
        .strip_prefix(b"\"")
        .and_then(|h| h.strip_suffix(b"\""))
        .unwrap_or(hint);
    if let [s, e, p, eq, delimiter] = hint
        && s.eq_ignore_ascii_case(&b's')
        && e.eq_ignore_ascii_case(&b'e')
        && p.eq_ignore_ascii_case(&b'p')
        && *eq == b'='
        && !delimiter.is_ascii_alphanumeric()
    {
        forced_delimiter = Some(*delimiter);
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
    (forced_delimiter, header_line_number)
}

/// A quote that never closes, or text after a closing quote, stops the read with the row,
/// column and value where it happens.
pub(super) fn check_quotes(
    file: &str,
    text: &[u8],
    headers: &[String],
    scan: &Scan,
    header_line_number: usize,
    delimiter: u8,
    quote: u8,
) -> Result<(), ReadError> {
    if let Some(open) = &scan.unclosed {
        return Err(ReadError::UnclosedQuote {
            file: file.to_string(),
            row: header_line_number + open.line as usize,
            column: column_name(headers, open.field),
            value: value_at(text, open.offset, b'\n'),
            quote: quote as char,
        });
    }
    if let Some(bad) = &scan.badly_quoted {
        return Err(ReadError::BadlyQuoted {
            file: file.to_string(),
            row: header_line_number + bad.line as usize,
            column: column_name(headers, bad.field),
            value: value_at(text, bad.offset, delimiter),
            quote: quote as char,
        });
    }
    Ok(())
}

/// The file row of each record, and the rows with more or fewer fields than the header (a
/// line that is only one value, such as a footer, is left to validation): those rows do not
/// split into the header's columns, so they are noted and kept out.
pub(super) fn record_rows(
    scan: &Scan,
    header_line_number: usize,
    expected: usize,
    notes: &mut Vec<ReadNote>,
) -> (Vec<u32>, Vec<u32>) {
    let mut ragged = Vec::new();
    let mut row_numbers = Vec::with_capacity(scan.records.len());
    for record in &scan.records {
        let row = header_line_number + record.line as usize;
        if record.fields > expected {
            notes.push(ReadNote::ExtraFields {
                row,
                fields: record.fields,
                expected,
            });
            ragged.push(row as u32);
        } else if record.fields < expected && record.fields > 1 {
            notes.push(ReadNote::MissingFields {
                row,
                fields: record.fields,
                expected,
            });
            ragged.push(row as u32);
        }
        row_numbers.push(row as u32);
    }
    (row_numbers, ragged)
}

/// Every column as text, read by polars with the detected dialect, and the number of rows.
pub(super) fn parse_columns(
    file: &str,
    text: &[u8],
    headers: &[String],
    delimiter: u8,
    quote: u8,
) -> Result<(Vec<StringChunked>, usize), ReadError> {
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
    let mut columns = Vec::with_capacity(headers.len());
    for column in df.columns() {
        let strings = column.str().map_err(|e| ReadError::Csv {
            file: file.to_string(),
            detail: e.to_string(),
        })?;
        columns.push(strings.clone());
    }
    Ok((columns, df.height()))
}

/// Blank lines: polars leaves them out; keep the row numbers in step with its rows.
pub(super) fn align_row_numbers(
    scan: &Scan,
    row_numbers: Vec<u32>,
    height: usize,
    header_line_number: usize,
) -> Vec<u32> {
    if height == row_numbers.len() {
        return row_numbers;
    }
    let non_blank: Vec<u32> = scan
        .records
        .iter()
        .zip(&row_numbers)
        .filter(|(r, _)| !r.blank)
        .map(|(_, &n)| n)
        .collect();
    if non_blank.len() == height {
        non_blank
    } else {
        (0..height)
            .map(|i| (header_line_number + 1 + i) as u32)
            .collect()
    }
}

/// The header of column `index` (0-based), or `column N` past the header's end.
pub(super) fn column_name(headers: &[String], index: usize) -> String {
    headers
        .get(index)
        .cloned()
        .unwrap_or_else(|| trf("column {column}", &[("column", &(index + 1))]))
}

/// At most 40 characters of the value at `offset`, up to the end of its line or `end`: the start
/// of the value only, as the rest of the file may be gigabytes.
pub(super) fn value_at(text: &[u8], offset: usize, end: u8) -> String {
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

pub(super) struct Record {
    /// Line offset of the record's start relative to the header line (1 = the line after it).
    pub(super) line: u32,
    pub(super) fields: usize,
    pub(super) blank: bool,
}

/// Where a quote opened that never closed.
pub(super) struct OpenQuote {
    /// Line offset relative to the header line.
    pub(super) line: u32,
    /// The field (0-based) it opened in.
    pub(super) field: usize,
    /// Byte offset of the quote.
    pub(super) offset: usize,
}

pub(super) struct Scan {
    pub(super) header_end: usize,
    pub(super) records: Vec<Record>,
    pub(super) unclosed: Option<OpenQuote>,
    /// The first field that starts with a quote and goes on after its closing quote
    /// (`""paper`), which the CSV reader refuses: where its field starts.
    pub(super) badly_quoted: Option<OpenQuote>,
}

/// Walks the text once, quote-aware, recording each record's first line and field count.
pub(super) fn scan_records(text: &[u8], delimiter: u8, quote: u8) -> Scan {
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
pub(super) fn split_header(
    bytes: &[u8],
    delimiter: u8,
    quote: u8,
    notes: &mut Vec<ReadNote>,
) -> Vec<String> {
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
pub(super) fn unique_headers(raw: Vec<String>, notes: &mut Vec<ReadNote>) -> Vec<String> {
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
