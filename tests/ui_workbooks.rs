//! The Import screen on a workbook as finance people keep it, in English, Swedish and Dutch: a
//! cover sheet skipped and said so, a title block above the header (the row it was found on
//! shown), three tables named file › sheet, and a table that lost more than 5% of its rows
//! told at the top of the report with the share, the reason and what to do.
//!
//! The language is the whole process's: the three languages run one after the other in this
//! one test, in its own binary.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use payment_insights::app::{AppOptions, Screen};
use payment_insights::i18n::{Language, translate};
use payment_insights::ui::PaymentInsightsApp;
use std::path::Path;
use std::time::Duration;

mod common;

/// A cover, invoices under a two-line title (every tenth without its customer) and their
/// payments, on three sheets.
fn pack(path: &Path) {
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let cover = workbook.add_worksheet().set_name("Cover").unwrap();
    for (r, row) in [
        vec!["Receivables pack"],
        vec!["Prepared for", "the board"],
        vec!["Period", "December 2026"],
    ]
    .iter()
    .enumerate()
    {
        for (c, value) in row.iter().enumerate() {
            cover.write_string(r as u32, c as u16, *value).unwrap();
        }
    }
    let invoices = workbook.add_worksheet().set_name("Invoices").unwrap();
    invoices.write_string(0, 0, "Open items, December").unwrap();
    let header = ["Invoice", "Customer", "Invoice date", "Due date", "Amount"];
    for (c, name) in header.iter().enumerate() {
        invoices.write_string(2, c as u16, *name).unwrap();
    }
    for k in 0..60u32 {
        let row = 3 + k;
        let month = 1 + k % 9;
        invoices.write_string(row, 0, format!("I{k}")).unwrap();
        if k % 10 != 3 {
            invoices
                .write_string(row, 1, format!("C{}", k % 7))
                .unwrap();
        }
        invoices
            .write_string(row, 2, format!("2026-{month:02}-05"))
            .unwrap();
        invoices
            .write_string(row, 3, format!("2026-{:02}-04", month + 1))
            .unwrap();
        invoices.write_number(row, 4, 100.0 + f64::from(k)).unwrap();
    }
    let payments = workbook.add_worksheet().set_name("Payments").unwrap();
    for (c, name) in ["Invoice", "Payment date", "Paid amount"]
        .iter()
        .enumerate()
    {
        payments.write_string(0, c as u16, *name).unwrap();
    }
    // Payments of the invoices with a customer only: the others are not imported.
    for k in (0..60u32).filter(|k| k % 10 != 3) {
        let month = 1 + k % 9;
        payments.write_string(1 + k, 0, format!("I{k}")).unwrap();
        payments
            .write_string(1 + k, 1, format!("2026-{:02}-{:02}", month + 1, 1 + k % 20))
            .unwrap();
        payments
            .write_number(1 + k, 2, 100.0 + f64::from(k))
            .unwrap();
    }
    workbook.save(path).unwrap();
}

fn t(language: Language, english: &str) -> String {
    translate(language, english, &[])
}

fn import_screen_in(language: Language, locale: &str) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("pack.xlsx");
    pack(&path);
    let options = AppOptions {
        data_dir: Some(dir.path().join("data")),
        train_max_rows: Some(20_000),
        files: vec![path],
        locale: Some(locale.to_string()),
        ..AppOptions::default()
    };
    let mut harness = Harness::builder()
        .with_size([1400.0, 900.0])
        .build_eframe(move |cc| PaymentInsightsApp::with_options(&cc.egui_ctx, options));
    common::settle(&mut harness, Duration::from_secs(300));
    assert_eq!(harness.state().app.state.settings.language, language);
    if harness.state().app.state.screen != Screen::Import {
        common::click(
            &mut harness,
            egui::accesskit::Role::Button,
            &t(language, "Import"),
        );
    }
    let (heavy, understood) = {
        let data = harness.state().app.state.data().expect("the pack imports");
        let heavy = data.imported.report.heavy_skips();
        let understood: Vec<String> = data.review.files.iter().map(|f| f.source.clone()).collect();
        (heavy, understood)
    };
    assert_eq!(
        understood,
        ["pack.xlsx › Invoices", "pack.xlsx › Payments"],
        "{language:?}"
    );
    // Six of the sixty invoices have no customer: 10%, told first, in the language.
    assert_eq!(heavy.len(), 1, "{language:?}: {heavy:?}");
    assert_eq!((heavy[0].skipped, heavy[0].read), (6, 60));
    harness.get_by_label(&t(language, "Many rows were skipped"));
    let told = heavy[0].to_string();
    let skipped_word = match language {
        Language::English => "were skipped",
        Language::Swedish => "hoppades över",
        Language::Dutch => "overgeslagen",
    };
    assert!(told.contains(skipped_word), "{language:?}: {told}");
    assert!(told.contains("pack.xlsx › Invoices"), "{told}");
    harness.get_by_label(&told);
    // The cover is skipped and said so; the header's row is named.
    harness.get_by_label(&t(language, "sheet skipped"));
    harness.get_by_label("pack.xlsx › Cover");
    let header_row = translate(
        language,
        "{line}; header found on row {row}",
        &[("line", &""), ("row", &3)],
    );
    harness.get_by_label_contains(&header_row);
}

#[test]
fn the_import_screen_tells_sheets_title_rows_and_skipped_rows_in_three_languages() {
    import_screen_in(Language::English, "en-US");
    import_screen_in(Language::Swedish, "sv-SE");
    import_screen_in(Language::Dutch, "nl-NL");
}
