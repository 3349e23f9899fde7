//! The Strategies screen driven as an analyst would, at the smallest window: compare the
//! ready-made candidates on the new invoices, read the table and the best per customer, set a
//! budget, export the choice with its holdout, save it as policies and see them in the
//! Predictions banner.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use payment_insights::app::{AppOptions, Command};
use payment_insights::ui::PaymentInsightsApp;
use std::time::Duration;

mod common;

use common::{click, settle};

fn app(dir: &std::path::Path, size: [f32; 2]) -> Harness<'static, PaymentInsightsApp> {
    let options = AppOptions {
        data_dir: Some(dir.to_path_buf()),
        train_max_rows: Some(20_000),
        locale: Some("en-US".to_string()),
        ..AppOptions::default()
    };
    let mut harness = Harness::builder()
        .with_size(size)
        .build_eframe(move |cc| PaymentInsightsApp::with_options(&cc.egui_ctx, options));
    settle(&mut harness, Duration::from_secs(300));
    harness
}

fn no_error(harness: &Harness<'static, PaymentInsightsApp>) {
    let errors = &harness.state().app.state.errors;
    assert!(errors.is_empty(), "{:?}", errors.text());
}

#[test]
fn an_analyst_compares_strategies_chooses_per_customer_exports_and_saves_policies() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app(dir.path(), [1024.0, 640.0]);
    no_error(&harness);
    click(&mut harness, Role::Button, "Strategies");
    harness.get_by_label_contains("Candidates: 7 of 7 ticked");
    harness
        .get_by_label_contains("New invoices: the invoices issued in the last 90 days")
        .click();
    harness.run();
    click(&mut harness, Role::Button, "Compare strategies");
    no_error(&harness);
    let state = &harness.state().app.state;
    let result = state.strategy_result.clone().expect("compared");
    assert!(result.scope.new_invoices);
    // No change and the seven ready-made candidates, side by side; the reminder among them.
    assert_eq!(result.results.len(), 8);
    harness.get_by_role_and_label(Role::CheckBox, "Remind 5 days before due");
    harness.get_by_label_contains(
        "re-issued as of 2026-09-30 as a stand-in for future orders (not the invoices open now)",
    );
    // Ticked among the candidates, and a row of the table.
    harness.get_by_role_and_label(Role::CheckBox, "Cash discount 2% within 10 days");
    assert!(
        harness
            .query_all_by_role_and_label(Role::Label, "Cash discount 2% within 10 days")
            .count()
            >= 1
    );
    harness.get_by_label("Best per customer");
    harness.get_by_label_contains("3,991 invoices of 219 customers");
    harness.snapshot("strategies_compared_1024x640");

    // A budget: the app picks the customers again, within it.
    harness
        .get_by_role_and_label(Role::CheckBox, "Budget: spend at most")
        .scroll_to_me();
    harness.run();
    harness
        .get_by_role_and_label(Role::CheckBox, "Budget: spend at most")
        .click();
    harness.run();
    harness.run();
    assert!(
        harness.state().screens.strategies.budget_on,
        "the budget is ticked"
    );
    let state = &harness.state().app.state;
    assert_eq!(state.strategy_plan.budget, Some(10_000.0));
    let selection = state.strategy_selection.clone().expect("selected");
    assert!(selection.totals.spent <= 10_000.0 + 1e-6);
    assert!(selection.totals.chosen > 0);

    // The export (the file dialog answers with this command) has a holdout column.
    let out = dir.path().join("choice.csv");
    harness
        .state_mut()
        .push(Command::ExportChoiceTo(out.clone()));
    settle(&mut harness, Duration::from_secs(60));
    no_error(&harness);
    let text = std::fs::read_to_string(&out).unwrap();
    let header = text.lines().next().unwrap();
    assert!(
        header.contains("holdout") && header.contains("offer"),
        "{header}"
    );
    assert_eq!(text.lines().count(), 1 + result.customers.len());
    harness.get_by_label_contains("Exported the strategy of");

    // Saved as policies, they reach the Predictions banner.
    harness
        .get_by_role_and_label(Role::Button, "Save as policies")
        .scroll_to_me();
    harness.run();
    click(&mut harness, Role::Button, "Save as policies");
    no_error(&harness);
    let policies = &harness.state().app.state.policies;
    assert!(!policies.is_empty());
    assert!(policies.iter().all(|p| p.name.starts_with("Strategy: ")));
    assert!(dir.path().join("policies.json").exists());
    click(&mut harness, Role::Button, "Predictions");
    harness.get_by_label_contains("Policies in effect: Strategy: ");
}

#[test]
fn the_customer_screen_opens_strategies_for_its_customer() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app(dir.path(), [1400.0, 860.0]);
    let customer = harness.state().app.state.scored().unwrap().worklist[0].customer;
    harness.state_mut().push(Command::OpenCustomer {
        customer,
        invoice: None,
    });
    harness.run();
    click(
        &mut harness,
        Role::Button,
        "Compare strategies for this customer…",
    );
    let id = {
        let state = &harness.state().app.state;
        state.data().unwrap().tables().customers[customer as usize]
            .id
            .clone()
    };
    assert_eq!(harness.state().screens.strategies.customer_id, id);
    click(&mut harness, Role::Button, "Compare strategies");
    no_error(&harness);
    let result = harness.state().app.state.strategy_result.clone().unwrap();
    assert_eq!(result.customers, vec![customer]);
    assert_eq!(result.choices.len(), 1);
}
