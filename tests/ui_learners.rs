//! The learner choice and the additive model's curves in the window, at the smallest window:
//! choose the additive model on the Fields screen, train, see both learners side by side and a
//! field's curve on the Model screen (also opened from the field's row), and keep the choice
//! through a language switch, a rollback and a restart.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use payment_insights::app::{AppOptions, Command};
use payment_insights::i18n::Language;
use payment_insights::model::Learner;
use payment_insights::ui::PaymentInsightsApp;
use std::time::Duration;

mod common;

use common::{click, settle};

fn app(dir: &std::path::Path) -> Harness<'static, PaymentInsightsApp> {
    let options = AppOptions {
        data_dir: Some(dir.to_path_buf()),
        train_max_rows: Some(20_000),
        locale: Some("en-US".to_string()),
        ..AppOptions::default()
    };
    let mut harness = Harness::builder()
        .with_size([1024.0, 640.0])
        .build_eframe(move |cc| PaymentInsightsApp::with_options(&cc.egui_ctx, options));
    settle(&mut harness, Duration::from_secs(300));
    harness
}

fn no_error(harness: &Harness<'static, PaymentInsightsApp>) {
    let errors = &harness.state().app.state.errors;
    assert!(errors.is_empty(), "{:?}", errors.text());
}

#[test]
fn the_learner_chosen_is_trained_shown_with_its_curves_and_kept() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app(dir.path());
    no_error(&harness);
    // The bundled sample model is an additive model (it did better than the logistic
    // regression on the sample's latest invoices), with the logistic regression beside it.
    let first = harness.state().app.state.model().unwrap().version;
    assert_eq!(
        harness.state().app.state.model().unwrap().learner,
        Learner::Additive
    );
    assert_eq!(
        harness.state().app.state.model().unwrap().candidates.len(),
        2
    );

    click(&mut harness, Role::Button, "Fields");
    harness.get_by_label("Learner").click();
    harness.run();
    harness.get_by_label("Additive model (curves)").click();
    settle(&mut harness, Duration::from_secs(10));
    assert_eq!(
        harness.state().app.state.choice.learner,
        Some(Learner::Additive)
    );
    click(&mut harness, Role::Button, "Train");
    no_error(&harness);
    let candidate = harness
        .state()
        .app
        .state
        .candidate
        .as_ref()
        .unwrap()
        .model
        .clone();
    assert_eq!(candidate.learner, Learner::Additive);
    assert_eq!(candidate.candidates.len(), 2);

    click(&mut harness, Role::Button, "Model");
    harness.get_by_label_contains("Learner of this model: Additive model (curves), as chosen");
    harness.get_by_label("Candidate");
    harness.get_by_label("Logistic regression (same run)");
    harness.get_by_label("How each field moves the prediction");
    let version = candidate.version;
    harness.state_mut().push(Command::Publish(version));
    settle(&mut harness, Duration::from_secs(300));
    no_error(&harness);
    assert_eq!(harness.state().app.state.model().unwrap().version, version);

    // A field's curve opens from its row on the Fields screen.
    click(&mut harness, Role::Button, "Fields");
    let curves = harness.query_all_by_label("Curve").count();
    assert!(curves > 5, "{curves} Curve buttons");
    // The discount's row: a lever, kept rising.
    let discount = harness
        .state()
        .app
        .state
        .catalogue()
        .unwrap()
        .catalogue
        .fields
        .iter()
        .filter(|f| {
            harness
                .state()
                .app
                .state
                .model()
                .unwrap()
                .design
                .field(&f.key)
                .is_some()
        })
        .position(|f| f.key == "invoice.discount_pct")
        .unwrap();
    harness
        .query_all_by_label("Curve")
        .nth(discount)
        .unwrap()
        .click();
    settle(&mut harness, Duration::from_secs(10));
    assert_eq!(
        harness.state().app.state.screen,
        payment_insights::app::Screen::Model
    );
    assert_eq!(
        harness.state().screens.model_screen.curve_field.as_deref(),
        Some("invoice.discount_pct")
    );
    harness.get_by_label("How each field moves the prediction");
    harness.get_by_label_contains(
        "A lever: its curve is kept so that the chance of being paid on time never falls",
    );
    // The versions' stamps are the clock's: fixed for the snapshot.
    for row in &mut harness.state_mut().app.state.versions {
        row.trained_at = "2026-12-08 09:00 UTC".to_string();
    }
    harness.run();
    harness.snapshot("model_curves_1024x640");

    // The choice survives a language switch ...
    let mut settings = harness.state().app.state.settings.clone();
    settings.language = Language::Swedish;
    harness.state_mut().push(Command::UpdateSettings(settings));
    settle(&mut harness, Duration::from_secs(60));
    assert_eq!(
        harness.state().app.state.choice.learner,
        Some(Learner::Additive)
    );
    click(&mut harness, Role::Button, "Fält");
    harness.get_by_label("Modelltyp");
    let mut settings = harness.state().app.state.settings.clone();
    settings.language = Language::English;
    harness.state_mut().push(Command::UpdateSettings(settings));
    settle(&mut harness, Duration::from_secs(60));

    // ... and a rollback to the bundled model published before.
    harness.state_mut().push(Command::Rollback);
    settle(&mut harness, Duration::from_secs(60));
    no_error(&harness);
    assert_eq!(harness.state().app.state.model().unwrap().version, first);
    assert_eq!(
        harness.state().app.state.choice.learner,
        Some(Learner::Additive)
    );
    drop(harness);

    // ... and a restart: the settings keep it.
    let restarted = app(dir.path());
    assert_eq!(
        restarted.state().app.state.choice.learner,
        Some(Learner::Additive)
    );
}
