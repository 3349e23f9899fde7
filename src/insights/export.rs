//! Exports of the predictions (CSV and XLSX) with stable, documented column names:
//! invoice_id, customer_id, customer_name, invoice_date, due_date, currency, open_amount,
//! days_overdue, p_on_time, p_late, p_very_late, bucket, flag, expected_on_time,
//! expected_late, expected_very_late, factor_1..factor_3 (plain words and the bucket each pushes
//! toward), policy. In the two-bucket mode the very-late columns are empty.

use std::io::Write;
use std::path::Path;

use crate::data::tables::Tables;
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

/// The export rows: one per open invoice, with its top three factors.
pub fn rows(model: &Model, tables: &Tables, scored: &Scored) -> Result<Vec<Vec<Cell>>, ModelError> {
    let catalogue = Catalogue::build(tables, &model.buckets);
    let snapshots: Vec<Snapshot> = scored
        .predictions
        .iter()
        .map(|p| Snapshot {
            invoice: p.invoice,
            date: scored.as_of,
        })
        .collect();
    let explained =
        crate::insights::predict::score_and_explain(model, tables, &catalogue, &snapshots, 3)?;
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

fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

/// Writes rows as CSV (UTF-8, comma, header first).
pub fn write_csv(rows: &[Vec<Cell>], path: &Path) -> std::io::Result<()> {
    let mut out = std::io::BufWriter::new(std::fs::File::create(path)?);
    writeln!(out, "{}", COLUMNS.join(","))?;
    for row in rows {
        let line: Vec<String> = row
            .iter()
            .map(|c| match c {
                Cell::Text(t) => csv_field(t),
                Cell::Number(v) => format!("{v:.4}"),
                Cell::Empty => String::new(),
            })
            .collect();
        writeln!(out, "{}", line.join(","))?;
    }
    out.flush()
}

/// Writes rows as an XLSX workbook with one sheet, "Predictions".
pub fn write_xlsx(rows: &[Vec<Cell>], path: &Path) -> Result<(), String> {
    use rust_xlsxwriter::Workbook;
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name("Predictions").map_err(|e| e.to_string())?;
    for (c, name) in COLUMNS.iter().enumerate() {
        sheet.write(0, c as u16, *name).map_err(|e| e.to_string())?;
    }
    for (r, row) in rows.iter().enumerate() {
        let r = (r + 1) as u32;
        for (c, cell) in row.iter().enumerate() {
            let c = c as u16;
            match cell {
                Cell::Text(t) => sheet.write(r, c, t.as_str()).map(|_| ()),
                Cell::Number(v) => sheet.write(r, c, *v).map(|_| ()),
                Cell::Empty => Ok(()),
            }
            .map_err(|e| e.to_string())?;
        }
    }
    workbook.save(path).map_err(|e| e.to_string())
}

/// Writes CSV or XLSX by the file's extension.
pub fn write(rows: &[Vec<Cell>], path: &Path) -> Result<(), String> {
    let xlsx = path
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("xlsx"));
    if xlsx {
        write_xlsx(rows, path)
    } else {
        write_csv(rows, path).map_err(|e| e.to_string())
    }
}
