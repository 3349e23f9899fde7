//! UI tests: drive the real app with egui_kittest by role and label, on the sample data.

use common::DroppedPath;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use payment_insights::app::{AppOptions, AppState};
use payment_insights::data::tables::Tables;
use payment_insights::insights::predict::Prediction;
use payment_insights::ui::PaymentInsightsApp;
use std::time::Duration;

mod common;

/// Training rows for UI tests: enough for a real model, few enough for debug builds.
const TEST_TRAIN_ROWS: usize = 20_000;

/// The open invoices' predictions the app shows.
fn predictions(state: &AppState) -> &[Prediction] {
    match state.scored() {
        Some(scored) => &scored.scored.predictions,
        None => panic!("the app has not scored the open invoices yet"),
    }
}

/// The data the app has open.
fn tables_of(state: &AppState) -> &Tables {
    match state.data() {
        Some(data) => &data.imported.tables,
        None => panic!("the app has no data open"),
    }
}

/// The app as a user first sees it with its own data folder (models, policies), stepped until
/// the sample data has loaded, a first model is published and the open invoices are scored.
fn loaded_app_in(dir: &std::path::Path) -> Harness<'static, PaymentInsightsApp> {
    loaded_app_with(AppOptions {
        data_dir: Some(dir.to_path_buf()),
        train_max_rows: Some(TEST_TRAIN_ROWS),
        ..AppOptions::default()
    })
}

/// The loaded app with these options (a data folder and a training size chosen by the caller).
fn loaded_app_with(options: AppOptions) -> Harness<'static, PaymentInsightsApp> {
    // English whatever the machine's language: the walks read the English labels.
    let options = AppOptions {
        locale: options.locale.or_else(|| Some("en-US".to_string())),
        ..options
    };
    let mut harness = Harness::builder()
        .with_size([1400.0, 860.0])
        .build_eframe(move |cc| PaymentInsightsApp::with_options(&cc.egui_ctx, options));
    common::step_until(
        &mut harness,
        Duration::from_secs(300),
        "the sample data and the first model were not ready within five minutes",
        |h| !h.state().is_busy(),
    );
    harness
}

/// No two buttons on the screen have the same accessible name (a screen reader, or a test,
/// could not tell them apart).
fn assert_buttons_named_once(harness: &Harness<'static, PaymentInsightsApp>) {
    let mut names: Vec<String> = harness
        .query_all_by_role(Role::Button)
        .map(|n| NodeT::accesskit_node(&n).label().unwrap_or_default())
        .collect();
    assert!(
        names.len() > 8,
        "the navigation's buttons at least: {names:?}"
    );
    names.sort();
    let twice: Vec<&[String]> = names.windows(2).filter(|w| w[0] == w[1]).collect();
    assert!(twice.is_empty(), "buttons with the same name: {twice:?}");
}

#[allow(clippy::unwrap_used)] // a test helper: a missing temporary folder fails the test
fn loaded_app() -> Harness<'static, PaymentInsightsApp> {
    // The folder lives as long as the test process: the harness has no place to keep it.
    let dir = tempfile::tempdir().unwrap().keep();
    loaded_app_in(&dir)
}

#[test]
fn first_run_shows_the_sample_data() {
    let mut harness = loaded_app();
    assert!(
        harness.state().app.state.errors.is_empty(),
        "{:?}",
        harness.state().app.state.errors.text()
    );
    harness.get_by_label("Sample data");
    harness.get_by_label("Import your own data…");
    // The first screen is the predictions of the open invoices, with the bundled model.
    assert_eq!(
        harness.state().app.state.screen,
        payment_insights::app::Screen::Predictions
    );
    harness.get_by_label("Showing 1,921 of 1,921 open invoices");
    // The sort headers are named by what they do ("Sort by Customer"), so none shares its
    // name with a navigation entry ("Customer").
    harness.get_by_role_and_label(Role::Button, "Sort by Customer");
    assert_buttons_named_once(&harness);
    harness.get_by_role_and_label(Role::Button, "Data").click();
    harness.run();
    // The summary counts what the sample holds.
    harness.get_by_label("40,000");
    harness.get_by_label("1,921");
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
    wait_for_job_up_to(harness, Duration::from_secs(60));
}

fn wait_for_job_up_to(harness: &mut Harness<'static, PaymentInsightsApp>, limit: Duration) {
    common::settle(harness, limit);
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
    harness.state_mut().app.state.data_dir = Some(dir.path().to_path_buf());
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
    assert!(harness.state().app.state.data().unwrap().is_sample);
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
    let data = harness.state().app.state.data().unwrap();
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
    drop(harness);

    // The next start opens the same files again with the remembered mapping, not the sample.
    let reopened = loaded_app_in(dir.path());
    let data = reopened.state().app.state.data().unwrap();
    assert!(!data.is_sample);
    assert_eq!(data.imported.tables.invoices.len(), 3);
    assert_eq!(
        data.imported.tables.invoices[0].invoice_date,
        chrono::NaiveDate::from_ymd_opt(2024, 1, 2).unwrap()
    );
}

#[test]
fn settings_apply_at_once_and_are_kept_for_the_next_start() {
    // A fixed folder: the screen shows its path, and the snapshot must not change per run.
    let dir = std::env::temp_dir().join("payment-insights-settings-test");
    let _ = std::fs::remove_dir_all(&dir);
    let mut harness = loaded_app_in(&dir);
    let flagged = |h: &Harness<'static, PaymentInsightsApp>| {
        h.state()
            .app
            .state
            .scored()
            .unwrap()
            .portfolio
            .flagged_invoices
    };
    let flagged_at_half = flagged(&harness);
    harness
        .get_by_role_and_label(Role::Button, "Settings")
        .click();
    harness.run();
    harness.get_by_label("Where your data is kept");
    harness
        .get_by_role_and_label(Role::RadioButton, "Dark")
        .click();
    harness.run();
    assert_eq!(harness.ctx.theme(), egui::Theme::Dark);
    harness.snapshot("settings_screen");
    // A stricter flag: every invoice under 70% on time is flagged, so more are.
    let mut settings = harness.state().app.state.settings.clone();
    settings.rates.flag_threshold = 0.7;
    harness
        .state_mut()
        .push(payment_insights::app::Command::UpdateSettings(settings));
    wait_for_job(&mut harness);
    assert!(flagged(&harness) > flagged_at_half);
    harness.get_by_value("70%");
    drop(harness);

    let restarted = loaded_app_in(&dir);
    let settings = &restarted.state().app.state.settings;
    assert_eq!(settings.theme, payment_insights::app::storage::Theme::Dark);
    assert_eq!(settings.rates.flag_threshold, 0.7);
    assert!(flagged(&restarted) > flagged_at_half);
}

/// The percentage in a label such as "P(on time) before: 41.3%".
fn shown_percent(harness: &Harness<'static, PaymentInsightsApp>, prefix: &str) -> f64 {
    let node = harness.get_by_label_contains(prefix);
    let label = node
        .value()
        .or_else(|| NodeT::accesskit_node(&node).label())
        .unwrap_or_default();
    label
        .trim_start_matches(prefix)
        .trim()
        .trim_end_matches('%')
        .parse()
        .unwrap_or_else(|_| panic!("no percentage in {label:?}"))
}

#[test]
fn a_walk_from_fields_to_training_predictions_customer_and_what_if() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = loaded_app_in(dir.path());
    let state = &harness.state().app.state;
    assert!(state.errors.is_empty(), "{}", state.errors.text());
    // Start-up stored and published the bundled sample model (no training) and scored the
    // open invoices.
    let first = state.model().expect("a published model").version;
    assert_eq!(first, 1);
    assert!(dir.path().join("models/sample/model-0001.json").exists());
    assert_eq!(
        state
            .model_note
            .as_ref()
            .map(ToString::to_string)
            .as_deref(),
        Some("The bundled sample model is in use.")
    );
    assert_eq!(
        state.scored().expect("scores").scored.predictions.len(),
        1_921
    );

    // Fields: untick a field and train a candidate.
    harness
        .get_by_role_and_label(Role::Button, "Fields")
        .click();
    harness.run();
    harness.get_by_label_contains("Fields the model learns from");
    let before = harness.state().app.state.choice.selection.len();
    harness.snapshot("fields_screen");
    harness
        .get_by_role_and_label(Role::CheckBox, "Invoice month")
        .scroll_to_me();
    harness.run();
    harness
        .get_by_role_and_label(Role::CheckBox, "Invoice month")
        .click();
    harness.run();
    assert_eq!(harness.state().app.state.choice.selection.len(), before - 1);
    assert!(
        !harness
            .state()
            .app
            .state
            .choice
            .selection
            .iter()
            .any(|k| k.contains("month"))
    );
    harness.get_by_role_and_label(Role::Button, "Train").click();
    wait_for_job_up_to(&mut harness, Duration::from_secs(300));
    assert!(
        harness.state().app.state.errors.is_empty(),
        "{:?}",
        harness.state().app.state.errors.text()
    );

    // Model: the candidate's evaluation beside the published one's.
    harness.get_by_label_contains("Candidate: version 2");
    harness.get_by_label("Grade");
    harness.get_by_label("Accuracy");
    harness.get_by_label(&format!(
        "Published (version {first}), on the same test invoices"
    ));
    let accuracy = harness
        .state()
        .app
        .state
        .candidate
        .as_ref()
        .unwrap()
        .model
        .evaluation
        .accuracy;
    assert!(accuracy > 0.3 && accuracy <= 1.0);
    assert!(
        harness
            .query_all_by_label(&format!("{:.0}%", accuracy * 100.0))
            .count()
            >= 1
    );
    harness.get_by_label_contains("A: log loss at least 15% below");
    harness
        .get_by_role_and_label(Role::Button, "Publish")
        .click();
    wait_for_job(&mut harness);
    assert_eq!(harness.state().app.state.model().unwrap().version, 2);

    // Predictions of the 1,921 open invoices with the new model.
    harness
        .get_by_role_and_label(Role::Button, "Predictions")
        .click();
    harness.run();
    harness.get_by_label("Showing 1,921 of 1,921 open invoices");
    harness.snapshot("predictions_screen");
    // The customer of the largest open invoice.
    let (invoice_id, customer_id) = {
        let state = &harness.state().app.state;
        let tables = tables_of(state);
        let largest = predictions(state)
            .iter()
            .filter(|p| p.days_overdue == 0)
            .max_by(|a, b| a.open_amount.total_cmp(&b.open_amount))
            .unwrap();
        let inv = &tables.invoices[largest.invoice as usize];
        (
            inv.id.clone(),
            tables.customers[inv.customer as usize].id.clone(),
        )
    };
    // Filter to the customer, sort by open amount (largest first) and open the invoice.
    let search = harness.get_by_role_and_label(Role::TextInput, "Customer contains");
    search.focus();
    search.type_text(&customer_id);
    harness.run();
    harness
        .get_by_role_and_label(Role::Button, "Sort by Open amount")
        .click();
    harness.run();
    assert_eq!(
        harness.state().screens.predictions.sort,
        payment_insights::ui::predictions::SortColumn::Amount
    );
    assert!(harness.state().screens.predictions.descending);
    let header = harness.get_by_role_and_label(Role::Button, "Sort by Open amount");
    let header = NodeT::accesskit_node(&header);
    assert_eq!(
        header.sort_direction(),
        Some(egui::accesskit::SortDirection::Descending)
    );
    assert_eq!(header.data().state_description(), Some("sorted descending"));
    harness.get_by_label_contains("Showing ");
    harness.get_by_label(&invoice_id).click();
    harness.run();
    harness.run();
    harness.get_by_label_contains(&format!("Why invoice {invoice_id}"));
    harness.get_by_label("Open balance");
    assert!(harness.query_all_by_label_contains("toward ").count() >= 1);
    assert_eq!(
        harness.state().screens.what_if.customer_id,
        customer_id,
        "the what-if form follows the customer"
    );

    what_if_for_the_customer(&mut harness, &customer_id);
}

/// The walk's last step, from the Customer screen: a 2% discount for this customer raises
/// P(on time), and the form says what the customer's open invoices have now.
fn what_if_for_the_customer(harness: &mut Harness<'static, PaymentInsightsApp>, customer_id: &str) {
    harness.get_by_label("What-if for this customer…").click();
    harness.run();
    harness
        .get_by_role_and_label(Role::RadioButton, "This customer")
        .click();
    harness
        .get_by_role_and_label(Role::CheckBox, "Offer a cash discount")
        .click();
    harness.run();
    assert_eq!(harness.state().screens.what_if.discount_pct, 2.0);
    // Next to each change, what this customer's open invoices have now.
    let (open, disputed, discounted) = {
        let state = &harness.state().app.state;
        let tables = tables_of(state);
        let open: Vec<_> = tables
            .open_invoices()
            .filter(|(_, inv)| tables.customers[inv.customer as usize].id == customer_id)
            .map(|(_, inv)| inv.clone())
            .collect();
        let disputed = open.iter().filter(|i| i.disputed == Some(true)).count();
        let discounted = open
            .iter()
            .filter(|i| i.discount_pct.is_some_and(|p| p > 0.0))
            .count();
        (open.len(), disputed, discounted)
    };
    assert!(open > 1);
    harness.get_by_label(&format!("{open} open invoices in this scope"));
    harness.get_by_label(&format!("Now: {disputed} of {open} disputed"));
    if discounted > 0 {
        harness.get_by_label_contains(&format!("Now: {discounted} of {open} with a discount"));
        harness.get_by_label(&format!(
            "{discounted} of these invoices already have a cash discount: the new one replaces it."
        ));
    } else {
        harness.get_by_label("Now: no cash discount");
    }
    harness
        .get_by_role_and_label(Role::Button, "Run what-if")
        .click();
    wait_for_job(harness);
    assert!(
        harness.state().app.state.errors.is_empty(),
        "{:?}",
        harness.state().app.state.errors.text()
    );
    let before = shown_percent(harness, "P(on time) before:");
    let after = shown_percent(harness, "P(on time) after:");
    assert!(
        after > before,
        "a 2% discount should make paying on time likelier: {before}% → {after}%"
    );
    harness.get_by_label("Net benefit");
}

#[test]
fn files_dropped_on_the_window_are_read_for_import() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("open_items.csv");
    std::fs::write(
        &path,
        "Customer,Invoice,Invoice date,Due date,Amount,Paid date\n\
         C1,1001,2024-01-02,2024-02-01,100.00,2024-02-03\n\
         C1,1002,2024-03-04,2024-04-03,250.50,\n",
    )
    .unwrap();
    let mut harness = loaded_app();
    harness
        .input_mut()
        .dropped_files
        .push(std::sync::Arc::new(DroppedPath(path)));
    wait_for_job(&mut harness);
    assert_eq!(
        harness.state().app.state.screen,
        payment_insights::app::Screen::Import
    );
    harness.get_by_label("open_items.csv");
    harness.get_by_value("Invoice ledger (with paid date)");
    harness.get_by_label("Import these files");
}

#[test]
fn the_window_icon_is_a_256_pixel_square_png() {
    // The same bytes and loader as `src/main.rs`: an unreadable or resized icon fails here, not
    // silently at start-up with the platform's default icon.
    let icon = eframe::icon_data::from_png_bytes(include_bytes!("../resources/icon.png"))
        .expect("resources/icon.png is a PNG");
    assert_eq!((icon.width, icon.height), (256, 256));
    assert_eq!(icon.rgba.len(), 256 * 256 * 4);
    // Transparent corners, opaque middle: a rounded square, not a filled rectangle.
    let alpha = |x: usize, y: usize| icon.rgba[(y * 256 + x) * 4 + 3];
    assert_eq!(alpha(0, 0), 0);
    assert_eq!(alpha(128, 128), 255);
}

#[test]
fn the_customer_screen_lists_customers_to_search_and_open() {
    let mut harness = loaded_app();
    // The navigation's entry: the only button called "Customer" (the predictions table's
    // column header is "Sort by Customer").
    harness.get_by_role_and_label(Role::Button, "Sort by Customer");
    harness
        .get_by_role_and_label(Role::Button, "Customer")
        .click();
    harness.run();
    // Nothing chosen yet: the picker, in the collections worklist's order.
    harness.get_by_label("Choose a customer");
    let (total, first_id, target, target_id, target_name, open_amount) = {
        let state = &harness.state().app.state;
        let tables = tables_of(state);
        let worklist = &state.scored().unwrap().worklist;
        let id = |i: u32| tables.customers[i as usize].id.clone();
        // The fourth of the worklist: not the first row, so the search has to find it.
        let row = &worklist[3];
        (
            tables.customers.len(),
            id(worklist[0].customer),
            row.customer,
            id(row.customer),
            tables.customers[row.customer as usize]
                .name
                .clone()
                .unwrap(),
            row.open_amount,
        )
    };
    let total_text = payment_insights::data::format::count(total);
    harness.get_by_label(&format!("Showing {total_text} of {total_text} customers"));
    harness.get_by_role_and_label(Role::Link, &first_id);
    harness.snapshot("customer_picker");

    // Search by the id in another case: only customers whose id or name contains it remain.
    let search = harness.get_by_role_and_label(Role::TextInput, "Search customers");
    search.focus();
    search.type_text(&target_id.to_lowercase());
    harness.run();
    let matches = {
        let tables = tables_of(&harness.state().app.state);
        let needle = target_id.to_lowercase();
        tables
            .customers
            .iter()
            .filter(|c| {
                c.id.to_lowercase().contains(&needle)
                    || c.name
                        .as_ref()
                        .is_some_and(|n| n.to_lowercase().contains(&needle))
            })
            .count()
    };
    assert!(matches < total);
    harness.get_by_label(&format!(
        "Showing {} of {total_text} customers",
        payment_insights::data::format::count(matches)
    ));
    assert!(
        harness
            .query_by_role_and_label(Role::Link, &first_id)
            .is_none()
    );

    // A click opens the customer's page.
    harness
        .get_by_role_and_label(Role::Link, &target_id)
        .click();
    harness.run();
    harness.run();
    assert_eq!(
        harness
            .state()
            .app
            .state
            .customer
            .as_ref()
            .map(|v| v.customer),
        Some(target)
    );
    harness.get_by_label(&format!("{target_id} {target_name}"));
    assert!(harness.query_by_label("Choose a customer").is_none());
    harness.get_by_label("Open balance");
    harness.get_by_label("Overdue balance");
    // The balance the picker showed is the page's open balance.
    assert!(
        harness
            .query_all_by_label(&payment_insights::data::format::money(open_amount))
            .count()
            >= 1
    );
    harness.get_by_label_contains("Why invoice ");

    // Another customer: the picker again, and back without choosing.
    harness.get_by_label("Choose another customer…").click();
    harness.run();
    harness.get_by_label("Choose a customer");
    assert!(harness.query_by_label("Overdue balance").is_none());
    harness
        .get_by_label(&format!("Back to {target_id}"))
        .click();
    harness.run();
    harness.get_by_label("Overdue balance");
    harness.get_by_label(&format!("{target_id} {target_name}"));
}

#[test]
fn a_customer_with_hundreds_of_open_invoices_shows_and_explains_every_one() {
    let mut harness = loaded_app();
    // The customer with the most open invoices (the sample data has one with over 200).
    let (customer, open) = {
        let state = &harness.state().app.state;
        let tables = tables_of(state);
        let open_predictions = predictions(state);
        let mut per_customer = vec![Vec::new(); tables.customers.len()];
        for p in open_predictions {
            let customer = tables.invoices[p.invoice as usize].customer;
            per_customer[customer as usize].push(tables.invoices[p.invoice as usize].id.clone());
        }
        let (customer, open) = per_customer
            .into_iter()
            .enumerate()
            .max_by_key(|(_, ids)| ids.len())
            .unwrap();
        (customer as u32, open)
    };
    assert!(open.len() > 200, "{} open invoices", open.len());
    // Open it at an invoice far down its list (past what one screen of rows shows).
    let far = {
        let state = &harness.state().app.state;
        let tables = tables_of(state);
        tables
            .invoices
            .iter()
            .position(|i| i.id == open[200])
            .unwrap() as u32
    };
    harness
        .state_mut()
        .push(payment_insights::app::Command::OpenCustomer {
            customer,
            invoice: Some(far),
        });
    harness.run();
    harness.get_by_label_contains(&format!("Why invoice {}", open[200]));
    // The invoice's row is shown (scrolled to), and a click on its neighbour explains that one.
    harness.get_by_role_and_label(Role::Button, &open[200]);
    harness
        .get_by_role_and_label(Role::Button, &open[199])
        .click();
    harness.run();
    harness.run();
    harness.get_by_label_contains(&format!("Why invoice {}", open[199]));
    let state = &harness.state().app.state;
    let view = state.customer.as_ref().unwrap();
    let tables = tables_of(state);
    assert_eq!(view.open.len(), open.len());
    assert_eq!(
        view.invoice.map(|i| tables.invoices[i as usize].id.clone()),
        Some(open[199].clone())
    );
    assert!(!view.factors.is_empty());
}

#[test]
fn customer_factors_use_the_catalogue_of_the_published_buckets() {
    let mut harness = loaded_app();
    let first = harness.state().app.state.model().unwrap().buckets;
    assert_eq!(
        harness.state().app.state.catalogue().map(|c| c.buckets),
        Some(first)
    );
    // Train and publish a model with other buckets: scoring builds the catalogue for them.
    let other = payment_insights::model::Buckets {
        late_days: first.late_days + 15,
        ..first
    };
    harness.state_mut().app.state.choice.buckets = other;
    harness
        .state_mut()
        .push(payment_insights::app::Command::Train);
    wait_for_job_up_to(&mut harness, Duration::from_secs(300));
    let version = harness
        .state()
        .app
        .state
        .candidate
        .as_ref()
        .expect("a candidate")
        .model
        .version;
    harness
        .state_mut()
        .push(payment_insights::app::Command::Publish(version));
    wait_for_job(&mut harness);
    assert!(
        harness.state().app.state.errors.is_empty(),
        "{:?}",
        harness.state().app.state.errors.text()
    );
    assert_eq!(harness.state().app.state.model().unwrap().buckets, other);
    assert_eq!(
        harness.state().app.state.catalogue().map(|c| c.buckets),
        Some(other)
    );
    // A not yet due invoice (its factors come from the model, not from being past due): the
    // page's factors are those of a catalogue built afresh.
    let (customer, invoice) = {
        let state = &harness.state().app.state;
        let tables = tables_of(state);
        let p = predictions(state)
            .iter()
            .find(|p| p.days_overdue == 0)
            .unwrap();
        (tables.invoices[p.invoice as usize].customer, p.invoice)
    };
    harness
        .state_mut()
        .push(payment_insights::app::Command::OpenCustomer {
            customer,
            invoice: Some(invoice),
        });
    harness.run();
    let state = &harness.state().app.state;
    let tables = tables_of(state);
    let model = state.model().unwrap();
    let fresh =
        payment_insights::insights::predict::explain(model, tables, invoice, tables.as_of, 5)
            .unwrap();
    assert!(!fresh.is_empty());
    assert_eq!(state.customer.as_ref().unwrap().factors, fresh);
    harness.get_by_label(&fresh[0].text);
}

/// A stand-in file manager: records the folder it was asked to open in `opened.txt` beside
/// itself, and fails (exit code 3, as xdg-open without a file manager) for model folders.
#[cfg(unix)]
#[allow(clippy::unwrap_used)] // a test helper: a script that cannot be written fails the test
fn fake_file_manager(dir: &std::path::Path) -> std::path::PathBuf {
    use std::os::unix::fs::PermissionsExt;
    let script = dir.join("file-manager");
    std::fs::write(
        &script,
        "#!/bin/sh\ncase \"$1\" in */models/*) exit 3;; esac\nprintf '%s' \"$1\" > \"$(dirname \"$0\")/opened.txt\"\n",
    )
    .unwrap();
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    script
}

/// Steps the window until an error is shown (a job's answer arrives on a later frame).
fn wait_for_error(harness: &mut Harness<'static, PaymentInsightsApp>) {
    common::step_until(harness, Duration::from_secs(20), "no error shown", |h| {
        !h.state().app.state.errors.is_empty()
    });
}

#[cfg(unix)]
#[test]
fn settings_show_both_folders_and_open_them_in_the_file_manager() {
    let data = tempfile::tempdir().unwrap();
    let tools = tempfile::tempdir().unwrap();
    let mut harness = loaded_app_with(AppOptions {
        data_dir: Some(data.path().to_path_buf()),
        train_max_rows: Some(TEST_TRAIN_ROWS),
        folder_opener: Some(fake_file_manager(tools.path())),
        ..AppOptions::default()
    });
    harness
        .get_by_role_and_label(Role::Button, "Settings")
        .click();
    harness.run();
    let models = data.path().join("models").join("sample");
    // Both folders as text the user can select, each with its own button.
    let shown = |h: &Harness<'static, PaymentInsightsApp>, caption: &str| {
        h.get_by_role_and_label(Role::TextInput, caption)
            .value()
            .unwrap_or_default()
    };
    assert_eq!(
        shown(&harness, "Data folder"),
        data.path().display().to_string()
    );
    assert_eq!(
        shown(&harness, "Models of the data in use"),
        models.display().to_string()
    );
    // Each button shows "Open folder" and is named by its folder for screen readers.
    assert_buttons_named_once(&harness);

    // The data folder: the file manager is asked to show exactly that folder.
    harness
        .get_by_role_and_label(Role::Button, "Open folder: Data folder")
        .click();
    harness.run();
    let opened = tools.path().join("opened.txt");
    common::step_until(
        &mut harness,
        Duration::from_secs(20),
        "no folder opened",
        |_| opened.exists(),
    );
    assert_eq!(
        std::fs::read_to_string(&opened).unwrap(),
        data.path().display().to_string()
    );
    assert!(harness.state().app.state.errors.is_empty());

    // The models folder: this file manager fails, and the user is told so in words.
    harness
        .get_by_role_and_label(Role::Button, "Open folder: Models of the data in use")
        .click();
    wait_for_error(&mut harness);
    harness.get_by_label_contains(&format!(
        "The file manager could not open {}",
        models.display()
    ));

    // A file manager that cannot be started at all is reported too.
    drop(harness);
    let mut harness = loaded_app_with(AppOptions {
        data_dir: Some(data.path().to_path_buf()),
        train_max_rows: Some(TEST_TRAIN_ROWS),
        folder_opener: Some(tools.path().join("no-such-program")),
        ..AppOptions::default()
    });
    harness
        .state_mut()
        .push(payment_insights::app::Command::OpenFolder(
            data.path().to_path_buf(),
        ));
    // The opener runs off the window's thread: wait for its answer, however slow the machine.
    wait_for_error(&mut harness);
    let error = harness.state().app.state.errors.text();
    assert!(
        error.starts_with("The folder could not be opened: ") && error.contains("no-such-program"),
        "{error}"
    );
}

#[test]
fn the_settings_screen_shows_the_models_folder_without_touching_the_disk() {
    let data = tempfile::tempdir().unwrap();
    let mut harness = loaded_app_in(data.path());
    let models = data.path().join("models").join("sample");
    assert!(
        models.is_dir(),
        "the first model is stored in {}",
        models.display()
    );
    // Gone while the app runs (another program cleaned up): showing Settings, frame after
    // frame, names the folder but does not make it again.
    std::fs::remove_dir_all(&models).unwrap();
    harness
        .get_by_role_and_label(Role::Button, "Settings")
        .click();
    for _ in 0..5 {
        harness.step();
    }
    harness.run();
    assert_eq!(
        harness
            .get_by_role_and_label(Role::TextInput, "Models of the data in use")
            .value()
            .unwrap_or_default(),
        models.display().to_string()
    );
    assert!(
        !models.exists(),
        "drawing Settings created {}",
        models.display()
    );
}

/// The label of the widget that has the keyboard focus.
fn focused_label(harness: &Harness<'static, PaymentInsightsApp>) -> Option<String> {
    let node = harness.query_by(|n| n.is_focused())?;
    NodeT::accesskit_node(&node).label()
}

/// Presses Tab until the widget labelled `label` has the focus (at most `limit` times).
fn tab_to(harness: &mut Harness<'static, PaymentInsightsApp>, label: &str, limit: usize) {
    for _ in 0..limit {
        harness.key_press(egui::Key::Tab);
        harness.run();
        if focused_label(harness).as_deref() == Some(label) {
            return;
        }
    }
    panic!("Tab did not reach {label:?} in {limit} presses");
}

#[test]
fn the_navigation_and_the_predictions_search_work_with_the_keyboard() {
    use payment_insights::app::Screen;
    let mut harness = loaded_app();
    assert_eq!(harness.state().app.state.screen, Screen::Predictions);
    // Tab reaches the navigation; Enter opens the screen.
    tab_to(&mut harness, "Customer", 20);
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert_eq!(harness.state().app.state.screen, Screen::Customer);
    // Shift+Tab goes back one entry; Space opens it.
    harness.key_press_modifiers(egui::Modifiers::SHIFT, egui::Key::Tab);
    harness.run();
    assert_eq!(focused_label(&harness).as_deref(), Some("Predictions"));
    harness.key_press(egui::Key::Space);
    harness.run();
    assert_eq!(harness.state().app.state.screen, Screen::Predictions);

    // The search box of the predictions is reached with Tab and takes typed text.
    tab_to(&mut harness, "Customer contains", 40);
    let customer_id = {
        let state = &harness.state().app.state;
        let tables = tables_of(state);
        let first = &predictions(state)[0];
        tables.customers[tables.invoices[first.invoice as usize].customer as usize]
            .id
            .clone()
    };
    harness.event(egui::Event::Text(customer_id.clone()));
    harness.run();
    assert_eq!(
        harness.state().screens.predictions.filter.customer_text,
        customer_id
    );
    let shown = harness.state().screens.predictions.shown_rows();
    assert!((1..1_921).contains(&shown), "{shown} rows for one customer");
    harness.get_by_label(&format!(
        "Showing {} of 1,921 open invoices",
        payment_insights::data::format::count(shown)
    ));
}

#[test]
fn the_what_if_form_says_when_its_scope_finds_nothing() {
    let mut harness = loaded_app();
    harness
        .get_by_role_and_label(Role::Button, "What-if")
        .click();
    harness.run();
    harness
        .get_by_role_and_label(Role::RadioButton, "This customer")
        .click();
    harness.run();
    let field = harness.get_by_role_and_label(Role::TextInput, "Customer id");
    field.focus();
    field.type_text("NO-SUCH-CUSTOMER");
    harness.run();
    harness.get_by_label("No customer has this id");
    harness.get_by_label("No open invoices in this scope: nothing to change.");
    assert_eq!(harness.query_all_by_label_contains("Now: ").count(), 0);
}

#[test]
fn the_what_if_form_refuses_discount_days_past_the_new_terms() {
    let mut harness = loaded_app();
    harness
        .get_by_role_and_label(Role::Button, "What-if")
        .click();
    harness.run();
    {
        let form = &mut harness.state_mut().screens.what_if;
        form.change_discount = true;
        form.discount_days = 45;
        form.change_terms = true;
        form.terms_days = 30;
    }
    harness.run();
    harness.get_by_label(
        "Discount days of 45 are more than the payment terms of 30 days: the discount must be taken within the terms.",
    );
    assert!(
        harness
            .get_by_role_and_label(Role::Button, "Run what-if")
            .accesskit_node()
            .is_disabled()
    );
    harness.state_mut().screens.what_if.discount_days = 10;
    harness.run();
    assert!(
        !harness
            .get_by_role_and_label(Role::Button, "Run what-if")
            .accesskit_node()
            .is_disabled()
    );
}

/// The explanation describes the customer at the start of the as-of day, the cards above it at
/// the end of the data; where that day's payments make them differ, the screen says so.
#[test]
fn the_customer_screen_says_when_the_model_saw_the_customer() {
    let mut harness = loaded_app();
    // For a customer with and one without payments on the as-of day: an open invoice not yet
    // due (its factors are worked out, not certain).
    let (paid_today, quiet) = {
        let state = &harness.state().app.state;
        let tables = tables_of(state);
        let paid_on_as_of = |c: u32| {
            tables.payments.iter().any(|p| {
                p.payment_date == tables.as_of
                    && p.amount > 0.0
                    && tables.invoices[p.invoice as usize].customer == c
            })
        };
        let not_due: Vec<(u32, u32)> = predictions(state)
            .iter()
            .map(|p| (tables.invoices[p.invoice as usize].customer, p.invoice))
            .filter(|&(_, i)| tables.invoices[i as usize].due_date > tables.as_of)
            .collect();
        let paid_today = *not_due.iter().find(|(c, _)| paid_on_as_of(*c)).unwrap();
        let quiet = *not_due.iter().find(|(c, _)| !paid_on_as_of(*c)).unwrap();
        (paid_today, quiet)
    };
    let caption = "before that day's payments";
    for ((customer, invoice), shown) in [(paid_today, true), (quiet, false)] {
        harness
            .state_mut()
            .push(payment_insights::app::Command::OpenCustomer {
                customer,
                invoice: Some(invoice),
            });
        harness.run();
        let state = &harness.state().app.state;
        let view = state.customer.as_ref().unwrap();
        assert!(view.factors.iter().all(|f| f.strength.is_finite()));
        let as_of = tables_of(state).as_of;
        assert_eq!(
            harness.query_all_by_label_contains(caption).count(),
            usize::from(shown),
            "customer {customer}"
        );
        if shown {
            harness.get_by_label_contains(&format!("at the start of {as_of}"));
            assert!(view.status.payments_on_as_of > 0);
        }
    }
}

/// Steps until the Predictions table shows the order its filter and sort ask for.
fn wait_for_order(harness: &mut Harness<'static, PaymentInsightsApp>) {
    // The frame that asks for the new order comes first.
    harness.step();
    common::step_until(
        harness,
        Duration::from_secs(60),
        "the table was not ordered within a minute",
        |window| {
            let window = window.state();
            window
                .screens
                .predictions
                .is_current(window.app.state.scored_generation)
        },
    );
}

/// With hundreds of thousands of rows the table is filtered and sorted on a thread: the window
/// says so meanwhile, and then shows the same order the screen would have worked out itself.
#[test]
fn a_very_large_table_is_sorted_in_the_background() {
    use payment_insights::ui::predictions::{BACKGROUND_MIN_ROWS, SortColumn, filtered_sorted};
    let mut harness = loaded_app();
    {
        let state = &mut harness.state_mut().app.state;
        let output = state.scored().cloned().unwrap();
        state.analysis.as_mut().unwrap().scored = Some(std::sync::Arc::new(
            output.repeated(BACKGROUND_MIN_ROWS + 1000),
        ));
        state.scored_generation += 1;
        state.screen = payment_insights::app::Screen::Predictions;
    }
    harness.step();
    harness.step();
    harness.get_by_label_contains("Filtering and sorting 201,000 invoices");
    wait_for_order(&mut harness);
    assert_eq!(
        harness
            .query_all_by_label_contains("Filtering and sorting")
            .count(),
        0
    );
    harness.get_by_label("Showing 201,000 of 201,000 open invoices");

    harness
        .get_by_role_and_label(Role::Button, "Sort by Open amount")
        .click();
    wait_for_order(&mut harness);
    let window = harness.state_mut();
    let (state, screens) = (&window.app.state, &mut window.screens);
    assert_eq!(screens.predictions.sort, SortColumn::Amount);
    let scored = state.scored().cloned().unwrap();
    let data = state.data().cloned().unwrap();
    let tables = &data.imported.tables;
    let expected = filtered_sorted(
        &scored.scored.predictions,
        tables,
        &screens.predictions.filter,
        SortColumn::Amount,
        screens.predictions.descending,
    );
    let mut commands = Vec::new();
    let shown = screens
        .predictions
        .rows(state, &scored, tables, &mut commands);
    assert!(!shown.ordering);
    assert!(commands.is_empty());
    assert_eq!(&shown.rows[..], &expected[..]);
    // The largest open amount is the first row shown.
    let largest = &scored.scored.predictions[expected[0] as usize];
    let id = &tables.invoices[largest.invoice as usize].id;
    assert!(harness.query_all_by_label(id).count() >= 1, "{id}");
}
