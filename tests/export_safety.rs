//! CSV injection: the predictions export and the import report, written with hostile customer
//! names, ids and values, read back as a spreadsheet would. No text cell may start like a
//! formula, numbers stay numbers, and a line break inside a name never splits a row.

// Test helpers outside #[test] functions: a failure fails the test.
#![allow(clippy::unwrap_used)]

use std::path::{Path, PathBuf};

use payment_insights::data::csv_out::{is_plain_number, starts_like_formula};
use payment_insights::data::import::import_files;
use payment_insights::data::progress::{Cancel, no_progress};
use payment_insights::data::report::{Action, ImportReport, Problem};
use payment_insights::insights::export::{self, COLUMNS};
use payment_insights::insights::predict::{Settings, score_open};
use payment_insights::model::Model;

const HOSTILE: [&str; 7] = [
    "=HYPERLINK(\"http://x\")",
    "+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1)",
    "\tTab Ltd",
    "\rReturn Ltd",
    "Two\rLines\nInc",
];

/// Every record of a CSV file, header included, as the csv crate (a spreadsheet's reading of
/// RFC 4180) sees them.
fn read_back(path: &Path) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_path(path)
        .unwrap()
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect()
}

fn assert_no_formula(records: &[Vec<String>]) {
    for (r, record) in records.iter().enumerate() {
        for cell in record {
            assert!(
                is_plain_number(cell.as_bytes()) || !starts_like_formula(cell.as_bytes()),
                "row {r}: cell {cell:?} starts like a formula"
            );
        }
    }
}

#[test]
fn the_predictions_export_neutralises_formulas_and_keeps_rows_whole() {
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-data");
    let files: Vec<PathBuf> = ["customers.csv", "invoices.csv", "payments.csv"]
        .iter()
        .map(|f| sample.join(f))
        .collect();
    let (_, imported) = import_files(&files, None, None, &no_progress, &Cancel::new()).unwrap();
    let mut tables = imported.tables;
    let model: Model =
        serde_json::from_str(include_str!("../resources/sample-model.json")).unwrap();
    let mut scored = score_open(
        &model,
        &tables,
        &Settings::default(),
        &[],
        &no_progress,
        &Cancel::new(),
    )
    .unwrap();
    // The first open invoices' customers get hostile names and ids.
    scored.predictions.truncate(60);
    let mut renamed = Vec::new();
    for p in &scored.predictions {
        let customer = tables.invoices[p.invoice as usize].customer as usize;
        if !renamed.contains(&customer) && renamed.len() < HOSTILE.len() {
            renamed.push(customer);
        }
    }
    assert_eq!(renamed.len(), HOSTILE.len(), "enough customers to rename");
    for (&customer, name) in renamed.iter().zip(HOSTILE) {
        tables.customers[customer].name = Some(name.to_string());
        tables.customers[customer].id = name.to_string();
    }
    let rows = export::rows(&model, &tables, &scored).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("predictions.csv");
    export::write_csv(&rows, &path).unwrap();

    let records = read_back(&path);
    assert_eq!(
        records.len(),
        rows.len() + 1,
        "one record per row: no row split"
    );
    assert_eq!(records[0], COLUMNS);
    assert!(records.iter().all(|r| r.len() == COLUMNS.len()));
    assert_no_formula(&records);
    let names: Vec<&str> = records.iter().map(|r| r[2].as_str()).collect();
    for name in HOSTILE {
        let expected = if starts_like_formula(name.as_bytes()) {
            format!("'{name}")
        } else {
            name.to_string()
        };
        assert!(
            names.contains(&expected.as_str()),
            "{expected:?} not in the export"
        );
    }
    // Numbers stay numbers: amounts and probabilities read back as the values written.
    for (record, row) in records[1..].iter().zip(&rows) {
        let export::Cell::Number(amount) = row[6] else {
            panic!("open_amount is a number")
        };
        assert_eq!(record[6], format!("{amount:.4}"));
        assert!(record[8].parse::<f64>().is_ok(), "{:?}", record[8]);
    }
}

#[test]
fn the_import_report_neutralises_formulas_and_keeps_negative_amounts() {
    let mut report = ImportReport::default();
    for (row, value) in HOSTILE.iter().enumerate() {
        report.push(
            "=evil.csv",
            Some(row + 2),
            Some("@column"),
            Some(value),
            Problem::BadDate {
                format: "-D/M".into(),
            },
            Action::RowSkipped,
        );
    }
    report.push(
        "invoices.csv",
        None,
        Some("amount"),
        Some("-12.50"),
        Problem::BadDate {
            format: "YYYY-MM-DD".into(),
        },
        Action::Cleared,
    );
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("report.csv");
    report.write_csv(&path).unwrap();

    let records = read_back(&path);
    assert_eq!(records.len(), report.issues.len() + 1, "no row split");
    assert_eq!(records[0], ImportReport::CSV_COLUMNS);
    assert_no_formula(&records);
    assert_eq!(records[1][0], "'=evil.csv");
    assert_eq!(records[1][1], "2");
    assert_eq!(records[1][2], "'@column");
    assert_eq!(records[1][3], "'=HYPERLINK(\"http://x\")");
    assert_eq!(records[7][3], "Two\rLines\nInc");
    let last = records.last().unwrap();
    assert_eq!((last[1].as_str(), last[3].as_str()), ("", "-12.50"));
}
