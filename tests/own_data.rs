//! UI walks on files shaped like real exports, driven by label with no CLI step: a ledger with
//! every invoice paid and very late invoices rare (import shown, first model on the layout the
//! data supports, the look-back, a leaking field confirmed), a three-table ERP export, policies
//! in effect, an export through the built-in chooser, and every screen at the smallest and a
//! large window size.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use common::{DroppedPath, click, settle};
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use payment_insights::app::{AppOptions, Command, Screen};
use payment_insights::model::Buckets;
use payment_insights::model::layout;
use payment_insights::ui::PaymentInsightsApp;
use std::path::{Path, PathBuf};

mod common;
use std::time::Duration;

const TEST_TRAIN_ROWS: usize = 20_000;

fn fixture(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(path)
}

/// The app with its own data folder, opening `files` (none: the sample data), stepped until
/// the data is imported, a model published and the open invoices scored.
fn app_with(
    dir: &Path,
    files: Vec<PathBuf>,
    size: [f32; 2],
) -> Harness<'static, PaymentInsightsApp> {
    app_built(Harness::builder().with_size(size), dir, files)
}

fn app_built(
    builder: egui_kittest::HarnessBuilder<PaymentInsightsApp>,
    dir: &Path,
    files: Vec<PathBuf>,
) -> Harness<'static, PaymentInsightsApp> {
    let options = AppOptions {
        data_dir: Some(dir.to_path_buf()),
        train_max_rows: Some(TEST_TRAIN_ROWS),
        files,
        // English whatever the machine's language: the walks read the English labels.
        locale: Some("en-US".to_string()),
        ..AppOptions::default()
    };
    let mut harness =
        builder.build_eframe(move |cc| PaymentInsightsApp::with_options(&cc.egui_ctx, options));
    settle(&mut harness, Duration::from_secs(300));
    harness
}

fn no_error(harness: &Harness<'static, PaymentInsightsApp>) {
    assert!(
        harness.state().app.state.errors.is_empty(),
        "{:?}",
        harness.state().app.state.errors.text()
    );
}

#[test]
fn a_paid_ledger_walks_from_import_to_the_look_back_and_a_confirmed_leak() {
    let dir = tempfile::tempdir().unwrap();
    let ledger = fixture("ar_ledger_all_paid.csv");
    // Opened as from the command line: imported straight away.
    let mut harness = app_with(dir.path(), vec![ledger.clone()], [1400.0, 860.0]);
    no_error(&harness);

    // A layout never imported before: the Import screen shows what was understood.
    assert_eq!(harness.state().app.state.screen, Screen::Import);
    harness.get_by_label("What was understood");
    harness.get_by_label_contains("ar_ledger_all_paid.csv: Invoice ledger");
    harness.get_by_label("customerID");
    harness.get_by_label("SettledDate");
    harness.get_by_role_and_label(Role::Button, "Change the mapping and import again…");

    // The first model uses the layout the data supports, and says why.
    let (expected, tables_as_of) = {
        let state = &harness.state().app.state;
        let tables = &state.data().unwrap().imported.tables;
        (layout::choose(tables, Buckets::default()), tables.as_of)
    };
    assert!(
        expected.changed(),
        "very late invoices are rare in this ledger"
    );
    let model = harness.state().app.state.model().cloned().unwrap();
    assert_eq!(model.buckets, expected.buckets);
    assert_ne!(model.buckets, Buckets::default());
    click(&mut harness, Role::Button, "Model");
    let said: String = expected.describe().chars().take(60).collect();
    harness.get_by_label_contains(&said);

    // The layout is on the Fields screen, with how many invoices each bucket has; the user
    // can change it after the first training too: two buckets, trained and compared.
    click(&mut harness, Role::Button, "Fields");
    harness.get_by_label_contains("Invoices to learn from:");
    click(
        &mut harness,
        Role::CheckBox,
        "Two buckets only (on time / late)",
    );
    assert!(harness.state().app.state.choice.buckets.two_buckets);
    harness.get_by_role_and_label(Role::Button, "Train").click();
    settle(&mut harness, Duration::from_secs(300));
    no_error(&harness);
    {
        let candidate = harness.state().app.state.candidate.as_ref().unwrap();
        assert!(candidate.model.buckets.two_buckets);
        // Exactly the layout asked for: no note about another one.
        assert!(candidate.layout_note.is_none());
    }
    // With two buckets the past-due fields never vary by design: said quietly, not warned.
    assert!(
        harness
            .query_all_by_label_contains("is not used with two buckets")
            .count()
            >= 1
    );
    assert!(
        harness
            .query_by_label_contains("Days past due was not used")
            .is_none()
    );
    click(&mut harness, Role::Button, "Fields");
    click(
        &mut harness,
        Role::CheckBox,
        "Two buckets only (on time / late)",
    );
    assert!(!harness.state().app.state.choice.buckets.two_buckets);

    // Every invoice is paid: the Predictions screen says so and offers to look back.
    click(&mut harness, Role::Button, "Predictions");
    harness.get_by_label("Nothing is open");
    harness
        .get_by_role_and_label(Role::Button, "Look back")
        .click();
    settle(&mut harness, Duration::from_secs(300));
    no_error(&harness);
    harness.get_by_label_contains("Look-back: predictions as of");
    let look = harness.state().app.state.look_back.clone().unwrap();
    assert!(look.as_of < tables_as_of);
    assert!(
        !look.rows.is_empty(),
        "invoices were open three months back"
    );
    // Every invoice of this ledger is paid by now: each prediction has its outcome.
    assert!(
        look.rows
            .iter()
            .all(|r| r.actual.is_some() && r.days_late.is_some())
    );
    let evaluation = look.evaluation.clone().unwrap();
    assert_eq!(evaluation.rows, look.rows.len());
    harness.get_by_label("Accuracy");
    harness.get_by_label(&format!("{:.3}", evaluation.log_loss));
    harness.snapshot("look_back");
    click(&mut harness, Role::Button, "Close the look-back");
    harness.get_by_label("Nothing is open");

    // A field that gives the outcome away is ticked only after a confirmation.
    click(&mut harness, Role::Button, "Fields");
    let (key, name) = {
        let state = &harness.state().app.state;
        let catalogue = &state.catalogue().unwrap().catalogue;
        let leak = catalogue
            .fields
            .iter()
            .find(|f| f.leak.is_some() && f.name.contains("Settle"))
            .expect("DaysToSettle is flagged as giving the outcome away");
        (leak.key.clone(), leak.name.clone())
    };
    click(&mut harness, Role::CheckBox, &name);
    harness.get_by_label_contains("This field gives the outcome away");
    click(&mut harness, Role::Button, "Keep it out");
    assert!(!harness.state().app.state.choice.selection.contains(&key));
    click(&mut harness, Role::CheckBox, &name);
    click(&mut harness, Role::Button, "Use it anyway");
    assert!(harness.state().app.state.choice.selection.contains(&key));

    // Trained with it, the model is marked, and Publish asks again.
    harness.get_by_role_and_label(Role::Button, "Train").click();
    settle(&mut harness, Duration::from_secs(300));
    no_error(&harness);
    let published = harness.state().app.state.model().unwrap().version;
    let candidate = harness
        .state()
        .app
        .state
        .candidate
        .as_ref()
        .unwrap()
        .model
        .version;
    harness.get_by_label_contains("Learned from fields that give the outcome away");
    click(&mut harness, Role::Button, "Publish");
    harness.get_by_label(&format!("Publish version {candidate}?"));
    click(&mut harness, Role::Button, "Do not publish");
    assert_eq!(
        harness.state().app.state.model().unwrap().version,
        published
    );
    click(&mut harness, Role::Button, "Publish");
    click(&mut harness, Role::Button, "Publish anyway");
    settle(&mut harness, Duration::from_secs(120));
    assert_eq!(
        harness.state().app.state.model().unwrap().version,
        candidate
    );
    // The note about the first model does not outlive it.
    assert!(harness.state().app.state.model_note.is_none());
}

#[test]
fn a_three_table_export_dropped_on_the_window_maps_itself_and_imports() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app_with(dir.path(), Vec::new(), [1400.0, 860.0]);
    for name in ["customers.csv", "invoices.csv", "payments.csv"] {
        harness
            .input_mut()
            .dropped_files
            .push(std::sync::Arc::new(DroppedPath(fixture(&format!(
                "erp3/{name}"
            )))));
    }
    settle(&mut harness, Duration::from_secs(60));
    assert_eq!(harness.state().app.state.screen, Screen::Import);
    // Each file's role and every required field found with no manual step.
    harness.get_by_value("Customers");
    harness.get_by_value("Invoices");
    harness.get_by_value("Payments");
    {
        let plan = harness.state().app.state.pending.as_ref().unwrap();
        for file in &plan.files {
            assert!(
                file.missing_required().is_empty(),
                "{}: {:?}",
                file.table.source,
                file.missing_required()
            );
        }
    }
    harness
        .get_by_role_and_label(Role::Button, "Import these files")
        .click();
    settle(&mut harness, Duration::from_secs(300));
    no_error(&harness);
    harness.get_by_label("What was understood");
    harness.get_by_label_contains("invoices.csv: Invoices");
    let state = &harness.state().app.state;
    assert!(!state.data().unwrap().is_sample);
    assert!(state.scored().unwrap().portfolio.open_invoices > 0);
}

#[test]
fn policies_in_effect_show_a_banner_and_can_be_switched_off_without_being_deleted() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app_with(dir.path(), Vec::new(), [1400.0, 860.0]);
    let before = harness
        .state()
        .app
        .state
        .scored()
        .unwrap()
        .portfolio
        .clone();
    click(&mut harness, Role::Button, "What-if");
    click(&mut harness, Role::RadioButton, "Filter");
    click(&mut harness, Role::CheckBox, "Offer a cash discount");
    let name = harness.get_by_role_and_label(Role::TextInput, "Policy name");
    name.focus();
    name.type_text("Two percent for all");
    harness.run();
    click(&mut harness, Role::Button, "Save as policy");
    settle(&mut harness, Duration::from_secs(120));
    no_error(&harness);

    // The banner names the policy and what it changes, on Predictions and on Customer.
    click(&mut harness, Role::Button, "Predictions");
    harness.get_by_label_contains("Policies in effect: Two percent for all.");
    let effect = harness
        .state()
        .app
        .state
        .scored()
        .unwrap()
        .policy_effect
        .clone();
    assert!(effect.invoices > 0);
    let after = harness
        .state()
        .app
        .state
        .scored()
        .unwrap()
        .portfolio
        .clone();
    // The banner's change is the difference the policy makes to the totals.
    for (b, change) in effect.expected_change.iter().enumerate() {
        let moved = after.expected[b] - before.expected[b];
        assert!(
            (moved - change).abs() < 1e-6 * before.open_amount + 0.01,
            "{b}: {moved} vs {change}"
        );
    }
    let customer = harness.state().app.state.scored().unwrap().worklist[0].customer;
    harness.state_mut().push(Command::OpenCustomer {
        customer,
        invoice: None,
    });
    harness.run();
    harness.get_by_label_contains("Policies in effect: Two percent for all.");

    // Switched off from the one list: the figures are back, the policy is kept.
    click(&mut harness, Role::Button, "Manage policies…");
    click(&mut harness, Role::CheckBox, "In effect");
    settle(&mut harness, Duration::from_secs(120));
    let state = &harness.state().app.state;
    assert_eq!(state.policies.len(), 1);
    assert!(!state.policies[0].enabled);
    let scored = state.scored().unwrap();
    assert_eq!(scored.policy_effect.invoices, 0);
    for (a, b) in scored.portfolio.expected.iter().zip(&before.expected) {
        assert!((a - b).abs() < 1e-6);
    }
    click(&mut harness, Role::Button, "Predictions");
    assert!(
        harness
            .query_by_label_contains("Policies in effect")
            .is_none()
    );
}

#[test]
fn an_export_goes_through_the_built_in_file_chooser() {
    let dir = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    // The app's own chooser, starting where the last export went.
    std::fs::write(
        dir.path().join("settings.json"),
        serde_json::json!({
            "builtin_file_chooser": true,
            "last_export_dir": out.path(),
        })
        .to_string(),
    )
    .unwrap();
    // egui_file's path and file-name fields have no accessible names, which egui_kittest's
    // accessibility check refuses; the app's own widgets are checked in every other test.
    let builder = Harness::builder()
        .with_size([1400.0, 860.0])
        .with_accessibility_check(false);
    let mut harness = app_built(builder, dir.path(), Vec::new());
    no_error(&harness);
    click(&mut harness, Role::Button, "Export CSV…");
    assert!(harness.state().screens.file_chooser.is_some());
    harness.get_by_label_contains("Save the predictions");
    harness.get_by_role_and_label(Role::Button, "Save").click();
    settle(&mut harness, Duration::from_secs(120));
    no_error(&harness);
    let written = out.path().join("predictions.csv");
    let text = std::fs::read_to_string(&written).unwrap();
    assert_eq!(
        text.lines().count(),
        1 + 1_921,
        "a header and every open invoice"
    );
    harness.get_by_label_contains("Exported 1,921 predictions");
    assert!(harness.state().screens.file_chooser.is_none());
}

#[test]
fn every_screen_at_the_smallest_window() {
    every_screen_at(1024.0, 640.0);
}

#[test]
fn every_screen_at_a_large_window() {
    every_screen_at(1600.0, 1000.0);
}

/// Snapshots of every screen on the sample data at this window size.
fn every_screen_at(w: f32, h: f32) {
    // A fixed folder: the Settings screen shows its path, and the snapshot must not change per
    // run.
    let dir = std::env::temp_dir().join(format!("payment-insights-screens-{w}"));
    let _ = std::fs::remove_dir_all(&dir);
    {
        let mut harness = app_with(&dir, Vec::new(), [w, h]);
        no_error(&harness);
        for (label, name) in [
            ("Data", "data"),
            ("Import", "import"),
            ("Fields", "fields"),
            ("Model", "model"),
            ("Predictions", "predictions"),
            ("What-if", "what_if"),
            ("Strategies", "strategies"),
            ("Settings", "settings"),
        ] {
            click(&mut harness, Role::Button, label);
            harness.snapshot(format!("{name}_{w}x{h}"));
        }
        let customer = harness.state().app.state.scored().unwrap().worklist[0].customer;
        harness.state_mut().push(Command::OpenCustomer {
            customer,
            invoice: None,
        });
        harness.run();
        harness.snapshot(format!("customer_{w}x{h}"));
    }
}

#[test]
fn a_cancelled_training_is_a_notice_not_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app_with(dir.path(), Vec::new(), [1400.0, 860.0]);
    click(&mut harness, Role::Button, "Fields");
    harness.get_by_role_and_label(Role::Button, "Train").click();
    harness.step();
    harness.step();
    assert!(harness.state().is_busy(), "training runs");
    harness
        .get_by_role_and_label(Role::Button, "Cancel")
        .click();
    settle(&mut harness, Duration::from_secs(120));
    no_error(&harness);
    let notice = harness
        .state()
        .app
        .state
        .notice
        .as_ref()
        .map(ToString::to_string)
        .unwrap_or_default();
    assert!(notice.contains("was cancelled"), "{notice}");
    assert!(harness.state().app.state.candidate.is_none());
}
