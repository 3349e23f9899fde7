//! Workbooks (xlsx, xls, ods) read with calamine: the chosen or first sheet, its cells as text,
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

pub(super) fn read_workbook(path: &Path, sheet: Option<&str>) -> Result<RawTable, ReadError> {
    guard_workbook_reader(path, || {
        let workbook = calamine::open_workbook_auto(path).map_err(|e| workbook_error(path, e))?;
        read_opened_workbook(workbook, path, sheet)
    })
}

/// Runs the workbook reader so that a panic inside calamine on a damaged file (fuzzing found
/// one: a dimension reference with a long run of column letters overflows its column
/// arithmetic when overflow checks are on) becomes "damaged" for this file, not a crash of
/// the app. The reader holds no state of ours that a panic could leave half-changed.
pub(super) fn guard_workbook_reader(
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

pub(super) fn read_opened_workbook<RS: std::io::Read + std::io::Seek>(
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
