//! The main path in Swedish and in Dutch, driven by the translated labels: a first start on a
//! Swedish (Dutch) system opens in that language, shows the predictions with the language's
//! number marks, a customer, a what-if for it with a cash discount, and a candidate model
//! trained and compared; snapshots of Predictions, Customer, Model and What-if per language at
//! 1280×800. Switching back to English on the Settings screen scores nothing again.
//!
//! The language is the whole process's, so these walks run one at a time, in their own test
//! binary (the English walks are in other binaries, other processes).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use common::click;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use payment_insights::app::{AppOptions, Command};
use payment_insights::i18n::{Language, translate};
use payment_insights::ui::PaymentInsightsApp;
use std::sync::Mutex;
use std::time::Duration;

mod common;

/// One walk at a time: the language is global.
static ONE_LANGUAGE_AT_A_TIME: Mutex<()> = Mutex::new(());

/// `english` (a key of the source) in `language`.
fn t(language: Language, english: &str) -> String {
    translate(language, english, &[])
}

/// The walk in `language`, started as on a system whose locale is `locale`.
fn walk(language: Language, locale: &str) {
    let _one = ONE_LANGUAGE_AT_A_TIME
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let code = language.code();
    // A fixed folder: the Settings screen shows its path, and snapshots must not change per run.
    let dir = std::env::temp_dir().join(format!("payment-insights-language-{code}"));
    let _ = std::fs::remove_dir_all(&dir);
    let options = AppOptions {
        data_dir: Some(dir.clone()),
        train_max_rows: Some(20_000),
        locale: Some(locale.to_string()),
        ..AppOptions::default()
    };
    let mut harness = Harness::builder()
        .with_size([1280.0, 800.0])
        .build_eframe(move |cc| PaymentInsightsApp::with_options(&cc.egui_ctx, options));
    common::settle(&mut harness, Duration::from_secs(300));
    let errors = harness.state().app.state.errors.text();
    assert!(errors.is_empty(), "{errors}");
    // The first start spoke the system's language, and kept it.
    assert_eq!(harness.state().app.state.settings.language, language);

    // The import report names each file's role and format in the language.
    click(&mut harness, Role::Button, &t(language, "Import"));
    for (file, role) in [("invoices.csv", "Invoices"), ("payments.csv", "Payments")] {
        harness.get_by_label_contains(&format!("{file} — {} (CSV, ", t(language, role)));
    }

    // Predictions, in the language's words and number marks.
    harness.get_by_label(&t(language, "Sample data"));
    click(&mut harness, Role::Button, &t(language, "Predictions"));
    let open = harness
        .state()
        .app
        .state
        .scored()
        .unwrap()
        .scored
        .predictions
        .len();
    let shown = translate(
        language,
        "Showing {shown} of {total} open invoices",
        &[
            ("shown", &payment_insights::data::format::count(open)),
            ("total", &payment_insights::data::format::count(open)),
        ],
    );
    harness.get_by_label(&shown);
    assert!(shown.contains(&open.to_string()) || open >= 1000);
    harness.snapshot(format!("{code}_predictions_1280x800"));

    // A customer, and a what-if with a cash discount for it.
    let customer = harness.state().app.state.scored().unwrap().worklist[0].customer;
    harness.state_mut().push(Command::OpenCustomer {
        customer,
        invoice: None,
    });
    common::settle(&mut harness, Duration::from_secs(300));
    harness.get_by_label(&t(language, "Open balance"));
    harness.snapshot(format!("{code}_customer_1280x800"));
    click(
        &mut harness,
        Role::Button,
        &t(language, "What-if for this customer…"),
    );
    click(
        &mut harness,
        Role::RadioButton,
        &t(language, "This customer"),
    );
    click(
        &mut harness,
        Role::CheckBox,
        &t(language, "Offer a cash discount"),
    );
    click(&mut harness, Role::Button, &t(language, "Run what-if"));
    let errors = harness.state().app.state.errors.text();
    assert!(errors.is_empty(), "{errors}");
    assert!(harness.state().app.state.what_if_result.is_some());
    harness.get_by_label(&t(language, "Net benefit"));
    harness.snapshot(format!("{code}_what_if_1280x800"));

    // Strategies compared for the same customer, every row named in the language.
    click(&mut harness, Role::Button, &t(language, "Strategies"));
    click(
        &mut harness,
        Role::Button,
        &t(language, "Compare strategies"),
    );
    let errors = harness.state().app.state.errors.text();
    assert!(errors.is_empty(), "{errors}");
    assert!(harness.state().app.state.strategy_result.is_some());
    // In the table and, where it is the best, in the best per customer.
    assert!(
        harness
            .query_all_by_role_and_label(Role::Label, &t(language, "No change"))
            .count()
            >= 1
    );
    harness.get_by_label(&t(language, "Best per customer"));
    harness.snapshot(format!("{code}_strategies_1280x800"));

    // The Model screen with the published model (the bundled one: its training time is fixed,
    // so the snapshot is too), then a candidate trained on the Fields screen beside it.
    click(&mut harness, Role::Button, &t(language, "Model"));
    harness.get_by_label(&t(language, "Versions"));
    harness.snapshot(format!("{code}_model_1280x800"));
    click(&mut harness, Role::Button, &t(language, "Fields"));
    click(&mut harness, Role::Button, &t(language, "Train"));
    let errors = harness.state().app.state.errors.text();
    assert!(errors.is_empty(), "{errors}");
    let candidate = harness.state().app.state.candidate.as_ref().unwrap();
    assert_eq!(candidate.model.version, 2);
    click(&mut harness, Role::Button, &t(language, "Publish"));
    common::settle(&mut harness, Duration::from_secs(300));
    let published = |language| {
        translate(
            language,
            "Version {version} is published; the open invoices are scored with it.",
            &[("version", &2)],
        )
    };
    harness.get_by_label(&published(language));

    // Back to English on the Settings screen: at once, without scoring or training again.
    let state = &harness.state().app.state;
    let (generation, version) = (state.scored_generation, state.model().unwrap().version);
    let mut settings = state.settings.clone();
    settings.language = Language::English;
    harness.state_mut().push(Command::UpdateSettings(settings));
    common::settle(&mut harness, Duration::from_secs(300));
    let state = &harness.state().app.state;
    assert_eq!(state.scored_generation, generation, "scored again");
    assert_eq!(state.model().unwrap().version, version);
    assert!(state.errors.is_empty(), "{}", state.errors.text());
    harness.get_by_role_and_label(Role::Button, "Predictions");
    let catalogue = harness.state().app.state.catalogue().unwrap();
    assert_eq!(catalogue.language, Language::English);
    // Texts made before the switch are shown in English now: the notice, and the what-if's
    // formula (kept as messages, put into words when drawn).
    harness.get_by_label(&published(Language::English));
    click(&mut harness, Role::Button, "What-if");
    harness.get_by_label_contains("How it is worked out: discount cost = amount × discount %");
    click(&mut harness, Role::Button, "Strategies");
    assert!(
        harness
            .query_all_by_role_and_label(Role::Label, "No change")
            .count()
            >= 1
    );
    harness.get_by_label_contains("Each invoice's value = amount × Σ over buckets");
    // The model trained in the language keeps its buckets' names in English, so the Model
    // screen names them in English now.
    click(&mut harness, Role::Button, "Model");
    assert!(harness.query_all_by_label("Late (1–30 days)").count() > 0);
    let in_language = t(language, "On time");
    assert_eq!(
        harness.query_all_by_label(&in_language).count(),
        0,
        "{in_language} still shown"
    );
}

#[test]
fn the_main_path_in_swedish() {
    walk(Language::Swedish, "sv-SE");
}

#[test]
fn the_main_path_in_dutch() {
    walk(Language::Dutch, "nl_NL.UTF-8");
}
