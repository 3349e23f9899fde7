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

/// Steps the harness until the running job is done.
fn wait_for_job(harness: &mut Harness<'static, PaymentInsightsApp>) {
    let started = Instant::now();
    // Two frames: one turns a click into a command, the next acts on it and starts the job.
    // The job requests repaints as it progresses, so step by hand until it is done.
    harness.step();
    harness.step();
    while harness.state().is_busy() {
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "the job did not finish"
        );
        harness.step();
        std::thread::sleep(Duration::from_millis(20));
    }
    harness.run();
}

#[test]
fn a_ledger_with_ambiguous_dates_asks_and_then_imports() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ar_ledger.csv");
    std::fs::write(
        &path,
        "customerID,invoiceNumber,InvoiceDate,DueDate,InvoiceAmount,SettledDate\n\
         C1,1001,1/2/2024,2/1/2024,100.00,2/3/2024\n\
         C1,1002,3/4/2024,4/3/2024,250.50,\n\
         C2,1003,5/6/2024,6/5/2024,80.00,6/1/2024\n",
    )
    .unwrap();
    let mut harness = loaded_app();
    harness.state_mut().state.data_dir = Some(dir.path().to_path_buf());
    harness
        .state_mut()
        .push(payment_insights::app::Command::ImportFiles(vec![path]));
    wait_for_job(&mut harness);
    // The mapping is shown before anything is imported.
    harness.get_by_label("ar_ledger.csv");
    harness.get_by_value("Invoice ledger (with paid date)");
    harness.get_by_label("Paid / settled date");
    harness.get_by_label("Import these files").click();
    wait_for_job(&mut harness);
    // Every date fits both orders: the user is asked, nothing is guessed.
    harness.get_by_label("Choose how these dates are written");
    assert!(harness.state().state.data.as_ref().unwrap().is_sample);
    harness.snapshot("import_mapping_ambiguous");
    for _ in 0..3 {
        // One button per ambiguous column; each click removes one question.
        let buttons = harness.query_all_by_label("Month first (M/D/YYYY)").count();
        if buttons == 0 {
            break;
        }
        harness
            .get_all_by_label("Month first (M/D/YYYY)")
            .next()
            .unwrap()
            .click();
        harness.run();
    }
    harness.get_by_label("Import these files").click();
    wait_for_job(&mut harness);
    let data = harness.state().state.data.as_ref().unwrap();
    assert!(!data.is_sample);
    let tables = &data.imported.tables;
    assert_eq!(tables.invoices.len(), 3);
    assert_eq!(tables.customers.len(), 2);
    assert_eq!(
        tables.invoices[0].invoice_date,
        chrono::NaiveDate::from_ymd_opt(2024, 1, 2).unwrap()
    );
    assert_eq!(tables.open_invoices().count(), 1);
    // The mapping is remembered for the next export with the same layout.
    assert!(dir.path().join("mappings.json").exists());
    harness.get_by_role_and_label(Role::Button, "Data").click();
    harness.run();
    harness.get_by_label("ar_ledger.csv");
    harness.get_by_label("1002");
    assert_eq!(
        harness.query_all_by_label("250.50").count(),
        2,
        "amount and open amount"
    );
}
