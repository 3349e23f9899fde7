//! Exports of the predictions (CSV and XLSX) with stable, documented column names:
//! invoice_id, customer_id, customer_name, invoice_date, due_date, currency, open_amount,
//! days_overdue, p_on_time, p_late, p_very_late, bucket, flag, expected_on_time,
//! expected_late, expected_very_late, factor_1..factor_3 (plain words and the bucket each pushes
//! toward), policy. In the two-bucket mode the very-late columns are empty.

use std::path::Path;

use crate::data::atomic::write_atomic;
use crate::data::csv_out::write_csv_file;
use crate::data::tables::Tables;
use crate::i18n::tr;
use crate::insights::predict::Scored;
use crate::model::explain::Factor;
use crate::model::features::Snapshot;
use crate::model::{Catalogue, Model, ModelError};

/// The export's column names, in order.
pub const COLUMNS: [&str; 20] = [
    "invoice_id",
    "customer_id",
    "customer_name",
    "invoice_date",
    "due_date",
    "currency",
    "open_amount",
    "days_overdue",
    "p_on_time",
    "p_late",
    "p_very_late",
    "bucket",
    "flag",
    "expected_on_time",
    "expected_late",
    "expected_very_late",
    "factor_1",
    "factor_2",
    "factor_3",
    "policy",
];

/// One exported cell.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    Text(String),
    Number(f64),
    Empty,
}

/// Why the predictions could not be exported.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// Explaining the predictions failed, or the user cancelled.
    #[error(transparent)]
    Model(#[from] ModelError),
    /// The file could not be written.
    #[error("{}", write_reason(.0))]
    Io(#[from] std::io::Error),
    /// The workbook could not be built (a sheet or cell Excel cannot hold).
    #[error("{}", crate::i18n::trf("the workbook could not be built: {error}", &[("error", &.0)]))]
    Workbook(#[from] rust_xlsxwriter::XlsxError),
}

/// Why a file could not be written, in words (the system's text stays out of messages).
fn write_reason(error: &std::io::Error) -> &'static str {
    use std::io::ErrorKind;
    match error.kind() {
        ErrorKind::NotFound => tr("its folder does not exist"),
        ErrorKind::PermissionDenied => tr("permission to write there was denied"),
        ErrorKind::StorageFull => tr("the disk is full"),
        ErrorKind::ReadOnlyFilesystem => tr("the disk is read-only"),
        _ => tr("the system could not write it"),
    }
}

/// The export rows: one per open invoice, with its top three factors. Builds the field
/// catalogue (a pass over the data); the analysis, which keeps one, calls [`rows_with`].
pub fn rows(model: &Model, tables: &Tables, scored: &Scored) -> Result<Vec<Vec<Cell>>, ModelError> {
    rows_with(
        model,
        tables,
        &Catalogue::build(tables, &model.buckets),
        scored,
    )
}

/// [`rows`] with the catalogue of `tables` for the model's buckets already built.
pub fn rows_with(
    model: &Model,
    tables: &Tables,
    catalogue: &Catalogue,
    scored: &Scored,
) -> Result<Vec<Vec<Cell>>, ModelError> {
    let snapshots = Snapshot::all_on(scored.predictions.iter().map(|p| p.invoice), scored.as_of);
    let explained =
        crate::insights::predict::score_and_explain(model, tables, catalogue, &snapshots, 3)?;
    let keys = model.buckets.keys();
    let labels = model.buckets.labels();
    let mut out = Vec::with_capacity(scored.predictions.len());
    for (p, (_, factors)) in scored.predictions.iter().zip(explained) {
        let Some(inv) = tables.invoices.get(p.invoice as usize) else {
            continue;
        };
        let customer = tables.customer(inv);
        let prob = |k: usize| p.probs.get(k).map_or(Cell::Empty, |v| Cell::Number(*v));
        let expected = |k: usize| p.expected.get(k).map_or(Cell::Empty, |v| Cell::Number(*v));
        let factor = |i: usize| {
            factors.get(i).map_or(Cell::Empty, |f: &Factor| {
                Cell::Text(format!(
                    "{} (toward {})",
                    f.text,
                    labels.get(f.toward).cloned().unwrap_or_default()
                ))
            })
        };
        out.push(vec![
            Cell::Text(inv.id.clone()),
            Cell::Text(customer.map(|c| c.id.clone()).unwrap_or_default()),
            Cell::Text(customer.and_then(|c| c.name.clone()).unwrap_or_default()),
            Cell::Text(inv.invoice_date.to_string()),
            Cell::Text(inv.due_date.to_string()),
            Cell::Text(tables.currency(inv).unwrap_or("").to_string()),
            Cell::Number(p.open_amount),
            Cell::Number(p.days_overdue as f64),
            prob(0),
            prob(1),
            prob(2),
            Cell::Text(keys.get(p.bucket).copied().unwrap_or("").to_string()),
            Cell::Text(if p.flagged { "yes" } else { "no" }.to_string()),
            expected(0),
            expected(1),
            expected(2),
            factor(0),
            factor(1),
            factor(2),
            Cell::Text(p.policy.clone().unwrap_or_default()),
        ]);
    }
    Ok(out)
}

/// Writes rows as CSV (UTF-8, comma, header first) through the project's one CSV writer:
/// numbers with four decimals, text that starts like a spreadsheet formula neutralised.
pub fn write_csv(rows: &[Vec<Cell>], path: &Path) -> std::io::Result<()> {
    table_csv(&COLUMNS, rows, path)
}

fn table_csv(columns: &[&str], rows: &[Vec<Cell>], path: &Path) -> std::io::Result<()> {
    write_csv_file(path, |csv| {
        csv.header(columns)?;
        for row in rows {
            for cell in row {
                match cell {
                    Cell::Text(t) => csv.text(t)?,
                    Cell::Number(v) => csv.number(*v, 4)?,
                    Cell::Empty => csv.empty()?,
                }
            }
            csv.end_row()?;
        }
        Ok(())
    })
}

/// Excel's limit on the characters in one cell.
pub const XLSX_MAX_CELL_CHARS: usize = 32_767;

/// `text` cut to Excel's cell limit, ending in an ellipsis when cut.
fn xlsx_text(text: &str) -> std::borrow::Cow<'_, str> {
    // Excel counts UTF-16 code units; a char is one or two of them.
    let units: usize = text.chars().map(char::len_utf16).sum();
    if units <= XLSX_MAX_CELL_CHARS {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(XLSX_MAX_CELL_CHARS + 3);
    let mut used = 0;
    for c in text.chars() {
        // One unit is kept for the ellipsis.
        if used + c.len_utf16() > XLSX_MAX_CELL_CHARS - 1 {
            break;
        }
        used += c.len_utf16();
        out.push(c);
    }
    out.push('…');
    std::borrow::Cow::Owned(out)
}

/// Writes rows as an XLSX workbook with one sheet, "Predictions". A text longer than Excel's
/// cell limit is cut to it with an ellipsis. The workbook is built in memory and written
/// atomically.
pub fn write_xlsx(rows: &[Vec<Cell>], path: &Path) -> Result<(), ExportError> {
    table_xlsx(&COLUMNS, "Predictions", rows, path)
}

fn table_xlsx(
    columns: &[&str],
    sheet_name: &str,
    rows: &[Vec<Cell>],
    path: &Path,
) -> Result<(), ExportError> {
    use rust_xlsxwriter::Workbook;
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name(sheet_name)?;
    for (c, name) in columns.iter().enumerate() {
        sheet.write(0, c as u16, *name)?;
    }
    for (r, row) in rows.iter().enumerate() {
        let r = (r + 1) as u32;
        for (c, cell) in row.iter().enumerate() {
            let c = c as u16;
            match cell {
                Cell::Text(t) => sheet.write(r, c, xlsx_text(t).as_ref()).map(|_| ()),
                Cell::Number(v) => sheet.write(r, c, *v).map(|_| ()),
                Cell::Empty => Ok(()),
            }?;
        }
    }
    let bytes = workbook.save_to_buffer()?;
    Ok(write_atomic(path, &bytes)?)
}

/// Is `path` an Excel workbook by its extension?
fn is_xlsx(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("xlsx"))
}

/// Writes the predictions as CSV or XLSX by the file's extension.
pub fn write(rows: &[Vec<Cell>], path: &Path) -> Result<(), ExportError> {
    write_table(&COLUMNS, "Predictions", rows, path)
}

/// Writes any table of cells under `columns` as CSV or XLSX (one sheet, `sheet_name`) by the
/// file's extension, through the same formula-safe writers as the predictions.
pub fn write_table(
    columns: &[&str],
    sheet_name: &str,
    rows: &[Vec<Cell>],
    path: &Path,
) -> Result<(), ExportError> {
    if is_xlsx(path) {
        table_xlsx(columns, sheet_name, rows, path)
    } else {
        Ok(table_csv(columns, rows, path)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(name: &str) -> Vec<Cell> {
        let mut row = vec![Cell::Empty; COLUMNS.len()];
        row[0] = Cell::Text("INV-1".into());
        row[2] = Cell::Text(name.into());
        row[6] = Cell::Number(-12.5);
        row
    }

    #[test]
    fn a_text_over_excels_cell_limit_is_cut_with_an_ellipsis() {
        use calamine::{Data, Reader};
        let long = "é".repeat(40_000);
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("predictions.xlsx");
        write(&[row(&long), row("short")], &path).unwrap();
        let mut workbook = calamine::open_workbook_auto(&path).unwrap();
        let sheet = workbook.worksheet_range("Predictions").unwrap();
        let Some(Data::String(cut)) = sheet.get_value((1, 2)) else {
            panic!("{:?}", sheet.get_value((1, 2)));
        };
        assert_eq!(cut.chars().count(), XLSX_MAX_CELL_CHARS);
        assert!(cut.ends_with("é…"));
        assert_eq!(sheet.get_value((2, 2)), Some(&Data::String("short".into())));
        assert_eq!(sheet.get_value((1, 6)), Some(&Data::Float(-12.5)));
        // A character outside the basic plane counts twice, as Excel counts it.
        let emoji = xlsx_text(&"😀".repeat(20_000)).into_owned();
        assert_eq!(emoji.chars().map(char::len_utf16).sum::<usize>(), 32_767);
    }
}
