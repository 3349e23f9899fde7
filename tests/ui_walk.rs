//! UI tests: drive the real app with egui_kittest by role and label, on the sample data.

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use payment_insights::app::PaymentInsightsApp;
use std::time::{Duration, Instant};

/// The app as a user first sees it, stepped until the sample data has loaded.
fn loaded_app() -> Harness<'static, PaymentInsightsApp> {
    let mut harness = Harness::builder()
        .with_size([1400.0, 860.0])
        .build_eframe(|cc| PaymentInsightsApp::new(&cc.egui_ctx));
    let started = Instant::now();
    while harness.state().is_busy() {
        assert!(
            started.elapsed() < Duration::from_secs(120),
            "the sample data did not load within two minutes"
        );
        harness.step();
        std::thread::sleep(Duration::from_millis(20));
    }
    harness.run();
    harness
}

#[test]
fn first_run_shows_the_sample_data() {
    let mut harness = loaded_app();
    assert!(
        harness.state().state.error.is_none(),
        "{:?}",
        harness.state().state.error
    );
    harness.get_by_label("Sample data");
    harness.get_by_label("Import your own data…");
    // The summary counts what the sample holds.
    harness.get_by_label("40,000");
    harness.get_by_label("1,900");
    harness.get_by_label("2026-09-30");
    // The invoices table shows the first invoice with its customer and amount.
    harness.get_by_label("INV-0000001");
    harness.get_by_label("1,676.72");
    harness.snapshot("data_screen");

    harness
        .get_by_role_and_label(Role::Button, "Customers")
        .click();
    harness.run();
    harness.get_by_label("C00001");
    harness.get_by_label("Polar Components BV");
}

#[test]
fn import_screen_shows_how_files_were_read_and_the_report() {
    let mut harness = loaded_app();
    harness
        .get_by_role_and_label(Role::Button, "Import")
        .click();
    harness.run();
    harness.get_by_label("Choose files…");
    harness.get_by_label_contains("invoices.csv — Invoices");
    harness.get_by_label_contains("40,000 of 40,000 rows imported");
    harness.get_by_label("Import report: no problems found.");
    harness.snapshot("import_screen");
}
