//! Workbooks (xlsx, xls, ods) read with calamine: every sheet (or the chosen ones) as a table of
//! its own, the header found under any title block, merged ranges filled as a person sees them,
//! guarded against sheets too large for memory.

use super::*;
use crate::i18n::tr;
use polars::prelude::*;
use std::path::Path;

/// Lists a workbook's sheets (for the sheet picker).
pub fn workbook_sheets(path: &Path) -> Result<Vec<String>, ReadError> {
    use calamine::Reader;
    let workbook = calamine::open_workbook_auto(path).map_err(|e| workbook_error(path, e))?;
    Ok(workbook.sheet_names())
}

pub(super) fn workbook_error(path: &Path, error: calamine::Error) -> ReadError {
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
pub(super) type SheetCell = (u32, u32, calamine::Data);

/// A cell's name as Excel shows it: column letters and row number (`XFD1048576`).
pub(super) fn cell_name(row: u32, column: u32) -> String {
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
pub(super) fn sheet_too_large(file: &str, end: (u32, u32)) -> ReadError {
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
pub(super) fn collect_cells<'a>(
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
pub(super) enum CellsError {
    Calamine(calamine::Error),
    Read(ReadError),
}

/// The sheet's non-empty cells. Xlsx and xlsb are read cell by cell, after checking the
/// dimension the sheet declares; xls and ods only come as a whole range from calamine.
pub(super) fn sheet_cells<RS: std::io::Read + std::io::Seek>(
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

pub(super) fn read_workbook(path: &Path, sheets: &[String]) -> Result<FileRead, ReadError> {
    guard_workbook_reader(path, || {
        let workbook = calamine::open_workbook_auto(path).map_err(|e| workbook_error(path, e))?;
        read_opened_workbook(workbook, path, sheets)
    })
}

/// Runs the workbook reader so that a panic inside calamine on a damaged file (fuzzing found
/// one: a dimension reference with a long run of column letters overflows its column
/// arithmetic when overflow checks are on) becomes "damaged" for this file, not a crash of
/// the app. The reader holds no state of ours that a panic could leave half-changed.
pub(super) fn guard_workbook_reader(
    path: &Path,
    read: impl FnOnce() -> Result<FileRead, ReadError>,
) -> Result<FileRead, ReadError> {
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
    let sheets: Vec<String> = sheet.map(str::to_string).into_iter().collect();
    read_workbook_bytes_all(path, bytes, &sheets)?.first_table(path)
}

/// Every sheet of a workbook held in memory (or the named ones), as [`read_file`] reads them.
pub fn read_workbook_bytes_all(
    path: &Path,
    bytes: Vec<u8>,
    sheets: &[String],
) -> Result<FileRead, ReadError> {
    guard_workbook_reader(path, || {
        let workbook = calamine::open_workbook_auto_from_rs(std::io::Cursor::new(bytes))
            .map_err(|e| workbook_error(path, e))?;
        read_opened_workbook(workbook, path, sheets)
    })
}

/// Reads every sheet of the workbook (or only `wanted`): each sheet that holds a table becomes
/// one, as a separate file would; an empty sheet or one without rows under its header is
/// skipped and said so. Only when no sheet holds a table is the workbook refused.
pub(super) fn read_opened_workbook<RS: std::io::Read + std::io::Seek>(
    mut workbook: calamine::Sheets<RS>,
    path: &Path,
    wanted: &[String],
) -> Result<FileRead, ReadError> {
    use calamine::Reader;
    let file = display_name(path);
    let sheets = workbook.sheet_names();
    for name in wanted {
        if !sheets.iter().any(|s| s == name) {
            return Err(ReadError::NoSuchSheet {
                file,
                sheet: name.clone(),
                available: sheets.join(", "),
            });
        }
    }
    let chosen: Vec<String> = if wanted.is_empty() {
        sheets.clone()
    } else {
        wanted.to_vec()
    };
    let mut read = FileRead::default();
    let mut first_error = None;
    for sheet_name in &chosen {
        let source = if sheets.len() > 1 {
            sheet_source(&file, sheet_name)
        } else {
            file.clone()
        };
        let cells = match sheet_cells(&mut workbook, sheet_name, &source) {
            Ok(cells) => cells,
            Err(CellsError::Read(error)) => return Err(error),
            Err(CellsError::Calamine(error)) => return Err(workbook_error(path, error)),
        };
        // A damaged merge list (calamine's range arithmetic overflows on a reversed
        // reference such as C3:A1 when overflow checks are on) costs the merges, not the
        // sheet: its cells are read already.
        let merged = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            merged_regions(&mut workbook, sheet_name)
        }))
        .unwrap_or_default();
        let sheet = Sheet {
            source: &source,
            path,
            name: sheet_name,
            sheets: &sheets,
        };
        match sheet_table(&sheet, cells, &merged) {
            Ok(table) => read.tables.push(table),
            Err((error, first_cells)) if chosen.len() > 1 => {
                let reason = match &error {
                    ReadError::NoRows { .. } => SheetSkip::NoRows,
                    _ => SheetSkip::Empty,
                };
                read.skipped.push(SkippedSheet {
                    source,
                    sheet: sheet_name.clone(),
                    first_cells,
                    reason,
                });
                first_error.get_or_insert(error);
            }
            Err((error, _)) => return Err(error),
        }
    }
    if read.tables.is_empty() {
        if read.skipped.is_empty() {
            return Err(first_error.unwrap_or(ReadError::Empty { file }));
        }
        return Err(ReadError::NoSheetWithTable {
            file,
            sheets: sheets_described(&read.skipped),
        });
    }
    Ok(read)
}

/// How messages name a sheet of a workbook: `book.xlsx › Invoices`.
pub fn sheet_source(file: &str, sheet: &str) -> String {
    format!("{file} › {sheet}") // i18n: not text
}

/// The sheets as a list for a message: each sheet's name with its first cells.
pub fn sheets_described(sheets: &[SkippedSheet]) -> String {
    sheets
        .iter()
        .map(SkippedSheet::described)
        .collect::<Vec<_>>()
        .join("; ")
}

/// The merged ranges of a sheet (xlsx and xls record them; other formats give none). A sheet
/// whose merged ranges cannot be read is read without them.
fn merged_regions<RS: std::io::Read + std::io::Seek>(
    workbook: &mut calamine::Sheets<RS>,
    sheet: &str,
) -> Vec<calamine::Dimensions> {
    match workbook {
        calamine::Sheets::Xlsx(book) => book.merge_cells_by_sheet_name(sheet).unwrap_or_default(),
        calamine::Sheets::Xls(book) => book.merge_cells_by_sheet_name(sheet).unwrap_or_default(),
        _ => Vec::new(),
    }
}

/// The sheet being read, for naming what is read from it.
struct Sheet<'a> {
    source: &'a str,
    path: &'a Path,
    name: &'a str,
    sheets: &'a [String],
}

/// Fills every cell of a merged range with the value of its first cell, as a person sees it:
/// a customer's id merged down over its block of invoices belongs to each of them. Ranges that
/// start above the header (a title merged across the table) are left alone. Never more filled
/// cells than [`MAX_CELLS`] in all.
fn fill_merged(
    source: &str,
    cells: &mut Vec<SheetCell>,
    merged: &[calamine::Dimensions],
    header_row: u32,
) -> Result<(), ReadError> {
    let mut added: Vec<SheetCell> = Vec::new();
    for region in merged {
        let (top, left) = region.start;
        let (bottom, right) = region.end;
        if top < header_row || bottom < top || right < left {
            continue;
        }
        let Ok(at) = cells.binary_search_by_key(&(top, left), |(r, c, _)| (*r, *c)) else {
            continue;
        };
        let Some((_, _, value)) = cells.get(at) else {
            continue;
        };
        let size = u64::from(bottom - top + 1) * u64::from(right - left + 1);
        if (cells.len() + added.len()) as u64 + size > MAX_CELLS {
            return Err(sheet_too_large(source, (bottom, right)));
        }
        for row in top..=bottom {
            for column in left..=right {
                let taken = cells
                    .binary_search_by_key(&(row, column), |(r, c, _)| (*r, *c))
                    .is_ok();
                if !taken {
                    added.push((row, column, value.clone()));
                }
            }
        }
    }
    if !added.is_empty() {
        cells.append(&mut added);
        cells.sort_by_key(|(r, c, _)| (*r, *c));
    }
    Ok(())
}

/// The first few cells of a row as text, to name a sheet by what it starts with.
fn first_cells(row: &[SheetCell]) -> Vec<String> {
    row.iter()
        .filter_map(|(_, _, v)| cell_text(v))
        .take(4)
        .collect()
}

/// One sheet's table: the header found among its first rows, merged ranges filled, every row
/// under the header as text. On failure, the error and the sheet's first cells.
fn sheet_table(
    sheet: &Sheet<'_>,
    mut cells: Vec<SheetCell>,
    merged: &[calamine::Dimensions],
) -> Result<RawTable, (ReadError, Vec<String>)> {
    let source = sheet.source.to_string();
    if !cells.is_sorted_by_key(|(r, c, _)| (*r, *c)) {
        cells.sort_by_key(|(r, c, _)| (*r, *c));
    }
    let shapes: Vec<RowShape> = cells
        .chunk_by(|a, b| a.0 == b.0)
        .take(HEADER_SEARCH_ROWS)
        .map(|row| {
            let mut shape = RowShape::default();
            for (_, _, v) in row {
                if let calamine::Data::String(text) = v {
                    shape.add(text);
                } else if cell_text(v).is_some() {
                    shape.filled += 1;
                }
            }
            shape
        })
        .collect();
    let header_index = find_header(&shapes);
    let Some(header_row) = cells
        .chunk_by(|a, b| a.0 == b.0)
        .nth(header_index)
        .and_then(|row| row.first())
        .map(|(r, _, _)| *r)
    else {
        return Err((ReadError::Empty { file: source }, Vec::new()));
    };
    cells.retain(|(r, _, _)| *r >= header_row);
    fill_merged(&source, &mut cells, merged, header_row).map_err(|e| (e, Vec::new()))?;
    let mut rows = cells.chunk_by(|a, b| a.0 == b.0);
    let Some(header_cells) = rows.next() else {
        return Err((ReadError::Empty { file: source }, Vec::new()));
    };
    let first = first_cells(header_cells);
    // Columns count from the first used one of the table, as the sheet's range does.
    let first_column = cells.iter().map(|(_, c, _)| *c).min().unwrap_or(0);
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
            return Err((sheet_too_large(&source, last), first));
        }
        let row = sheet_row as usize + 1;
        let mut row_values: Vec<Option<String>> = vec![None; width];
        for (_, c, cell) in row_cells {
            let index = (c - first_column) as usize;
            let Some(slot) = row_values.get_mut(index) else {
                continue;
            };
            if let calamine::Data::Error(e) = cell {
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
        return Err((ReadError::NoRows { file: source }, first));
    }
    let columns = headers
        .iter()
        .zip(values)
        .map(|(h, v)| StringChunked::from_iter_options(PlSmallStr::from(h.as_str()), v.into_iter()))
        .collect();
    Ok(RawTable {
        source,
        path: sheet.path.to_path_buf(),
        format: SourceFormat::Excel {
            sheet: sheet.name.to_string(),
            sheets: sheet.sheets.to_vec(),
        },
        headers,
        columns,
        row_numbers,
        header_row: header_row as usize + 1,
        notes,
    })
}

/// A cell as text. Excel dates become ISO dates, so date detection sees them as such; whole
/// numbers lose the `.0` Excel stores them with.
pub(super) fn cell_text(cell: &calamine::Data) -> Option<String> {
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

pub(super) fn format_float(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{}", value as i64)
    } else {
        format!("{value}")
    }
}
