//! Extreme values a tester found: what-if scenarios and policies with terms of two billion days
//! (or negative), a model file whose mean days late is 1e300, and the CLI writing into a pipe
//! its reader closed. Each is refused in words or handled, never a panic.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;

use payment_insights::data::import::import_files;
use payment_insights::data::progress::{Cancel, no_progress};
use payment_insights::data::tables::Tables;
use payment_insights::insights::customer::{forecast, portfolio};
use payment_insights::insights::export;
use payment_insights::insights::predict::{Settings, explain, score_open};
use payment_insights::insights::whatif::{
    Changes, Filter, InvalidChange, Policy, Scenario, Scope, WhatIfError, what_if,
};
use payment_insights::model::Model;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn sample() -> &'static Tables {
    static TABLES: OnceLock<Tables> = OnceLock::new();
    TABLES.get_or_init(|| {
        let files: Vec<PathBuf> = ["customers.csv", "invoices.csv", "payments.csv"]
            .iter()
            .map(|f| root().join("sample-data").join(f))
            .collect();
        import_files(&files, None, None, &no_progress, &Cancel::new())
            .unwrap()
            .1
            .tables
    })
}

/// The bundled model of the sample data (no training needed).
fn model() -> Model {
    let text = std::fs::read_to_string(root().join("resources/sample-model.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

fn all_open(changes: Changes) -> Scenario {
    Scenario {
        name: "extreme".to_string(),
        scope: Scope::Filter(Filter::default()),
        changes,
    }
}

#[test]
fn a_what_if_with_extreme_terms_is_refused_with_the_value() {
    let model = model();
    for value in [2_000_000_000, -2_000_000_000, -1, 3651] {
        let scenario = all_open(Changes {
            terms_days: Some(value),
            ..Changes::default()
        });
        let result = what_if(
            &model,
            sample(),
            &scenario,
            &Settings::default(),
            &[],
            &no_progress,
            &Cancel::new(),
        );
        match result {
            Err(WhatIfError::Invalid(e)) => {
                assert_eq!(e, InvalidChange::TermsDays { value });
                assert!(e.to_string().contains("0 to 3650 days"), "{e}");
            }
            other => panic!("terms {value}: {:?}", other.map(|w| w.invoices.len())),
        }
    }
    // The largest allowed terms run.
    let scenario = all_open(Changes {
        terms_days: Some(3650),
        ..Changes::default()
    });
    let w = what_if(
        &model,
        sample(),
        &scenario,
        &Settings::default(),
        &[],
        &no_progress,
        &Cancel::new(),
    )
    .unwrap();
    assert_eq!(w.invoices.len(), 1_921);
}

#[test]
fn a_policy_with_extreme_terms_leaves_due_dates_alone() {
    // Policies are checked where they are loaded (CLI, app); scoring itself must still not
    // panic on one that was not: the due date the calendar cannot hold is not set.
    let model = model();
    let settings = Settings::default();
    let plain = score_open(
        &model,
        sample(),
        &settings,
        &[],
        &no_progress,
        &Cancel::new(),
    )
    .unwrap();
    for terms in [2_000_000_000, -2_000_000_000] {
        let policy = Policy {
            name: "forever".to_string(),
            from: chrono::NaiveDate::MIN,
            filter: Filter::default(),
            changes: Changes {
                terms_days: Some(terms),
                ..Changes::default()
            },
            enabled: true,
        };
        let with = score_open(
            &model,
            sample(),
            &settings,
            &[policy],
            &no_progress,
            &Cancel::new(),
        )
        .unwrap();
        assert_eq!(with.predictions.len(), plain.predictions.len());
        for (a, b) in with.predictions.iter().zip(&plain.predictions) {
            assert_eq!(a.probs, b.probs, "terms {terms}, invoice {}", a.invoice);
        }
    }
}

#[test]
fn a_model_file_with_an_extreme_mean_days_late_predicts_explains_and_forecasts() {
    let settings = Settings::default();
    for mean in [1e300, -1e300] {
        let mut model = model();
        model.behaviour.mean_days_late = vec![mean; model.buckets.count()];
        // As in model files written before the per-day counts: the mean is all there is.
        model.behaviour.days_late_counts.clear();
        let scored = score_open(
            &model,
            sample(),
            &settings,
            &[],
            &no_progress,
            &Cancel::new(),
        )
        .unwrap();
        let total: f64 = portfolio(&scored.predictions, &model.buckets)
            .expected
            .iter()
            .sum();
        let f = forecast(
            sample(),
            &scored.predictions,
            &model.behaviour,
            &model.buckets,
        );
        let weeks: f64 = f.weeks.iter().flat_map(|w| &w.expected).sum();
        let later: f64 = f.later.iter().sum();
        if mean > 0.0 {
            // Paid centuries after the due date: after every forecast week.
            assert_eq!(weeks, 0.0);
            assert!((later - total).abs() < 1e-6 * total, "{later} vs {total}");
        } else {
            // Paid long before: as soon as possible, in the first week (or "later" for the
            // invoices past due longer than the mean, where the model cannot tell).
            let first: f64 = f.weeks[0].expected.iter().sum();
            assert!((first + later - total).abs() < 1e-6 * total);
            assert!(first > 0.0);
        }
        let p = &scored.predictions[0];
        let factors = explain(&model, sample(), p.invoice, scored.as_of, 3).unwrap();
        assert!(!factors.is_empty());
        let w = what_if(
            &model,
            sample(),
            &all_open(Changes {
                discount_pct: Some(2.0),
                ..Changes::default()
            }),
            &settings,
            &scored.predictions,
            &no_progress,
            &Cancel::new(),
        )
        .unwrap();
        assert!(w.invoices.iter().all(|e| e.days_to_cash_after.is_finite()));
        assert_eq!(
            export::rows(&model, sample(), &scored).unwrap().len(),
            scored.predictions.len()
        );
    }
}

// The CLI, run as a user runs it.

const CLI: &str = env!("CARGO_BIN_EXE_payment-insights-cli");

/// A model store holding the bundled sample model, published.
fn store() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        root().join("resources/sample-model.json"),
        dir.path().join("model-0001.json"),
    )
    .unwrap();
    std::fs::write(dir.path().join("published.json"), r#"{"published":[1]}"#).unwrap();
    dir
}

/// `payment-insights-cli <subcommand>` on the sample data and `store`.
fn cli(subcommand: &str, store: &Path) -> Command {
    let mut command = Command::new(CLI);
    command
        .arg(subcommand)
        .arg("--data")
        .arg(root().join("sample-data"))
        .arg("--store")
        .arg(store);
    command
}

#[test]
fn predict_into_a_closed_pipe_writes_its_file_and_ends_quietly() {
    let store = store();
    let out = store.path().join("predictions.csv");
    // `predict --out file | head -0`: the reader is gone before the first line is written.
    let mut child = cli("predict", store.path())
        .arg("--out")
        .arg(&out)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(output.status.success(), "{:?}: {stderr}", output.status);
    let text = std::fs::read_to_string(&out).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 1 + 1_921, "header and every open invoice");
    assert_eq!(lines[0], export::COLUMNS.join(","));
}

#[test]
fn the_cli_refuses_a_scenario_or_policy_out_of_range_in_words() {
    let store = store();
    let scenario = store.path().join("scenario.toml");
    std::fs::write(
        &scenario,
        "name = \"forever\"\n[scope.filter]\n[changes]\nterms_days = 2000000000\n",
    )
    .unwrap();
    let output = cli("whatif", store.path()).arg(&scenario).output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success());
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(
        stderr.contains(
            "Payment terms of 2000000000 days are outside the allowed range of 0 to 3650 days."
        ),
        "{stderr}"
    );
    assert!(stderr.contains("scenario.toml"), "{stderr}");

    let policy = store.path().join("policy.toml");
    std::fs::write(
        &policy,
        "name = \"odd\"\nfrom = \"2026-01-01\"\n[changes]\ndiscount_pct = 2.0\ndiscount_days = -5\n",
    )
    .unwrap();
    let output = cli("predict", store.path())
        .arg("--policy")
        .arg(&policy)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success());
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(
        stderr.contains("Discount days of -5 are outside the allowed range of 0 to 3650 days."),
        "{stderr}"
    );
}
