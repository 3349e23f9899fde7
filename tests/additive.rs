//! The additive learner on the sample data beside the logistic regression: both fitted on the
//! same split and shown side by side, the better one kept (or the one asked for), exact
//! explanations, levers that never move the wrong way in a what-if, the model file (the new
//! format round trip, the previous format still loading, a damaged curve refused).

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::path::Path;
use std::sync::OnceLock;

use payment_insights::data::progress::{Cancel, no_progress};
use payment_insights::data::tables::Tables;
use payment_insights::insights::predict::{Settings, score_open};
use payment_insights::insights::whatif::{Changes, Filter, Scenario, Scope, WhatIf, what_if};
use payment_insights::model::additive::{Binning, Direction, Learner};
use payment_insights::model::explain::contributions;
use payment_insights::model::features::Snapshot;
use payment_insights::model::store::ModelStore;
use payment_insights::model::train::{TrainParams, TrainRun, train};
use payment_insights::model::{Catalogue, Invalid, MODEL_FORMAT, Model, ModelError};

fn sample() -> &'static Tables {
    common::sample_tables()
}

fn trained(learner: Option<Learner>) -> TrainRun {
    let params = TrainParams {
        max_rows: 40_000,
        learner,
        ..TrainParams::default()
    };
    train(sample(), &params, None, None, &no_progress, &Cancel::new()).unwrap()
}

/// The additive model of the sample data, trained once for the tests.
fn additive() -> &'static Model {
    static MODEL: OnceLock<Model> = OnceLock::new();
    MODEL.get_or_init(|| trained(Some(Learner::Additive)).model)
}

#[test]
fn both_learners_are_fitted_side_by_side_and_the_better_one_is_kept() {
    let run = trained(None);
    let model = &run.model;
    assert_eq!(model.candidates.len(), 2);
    let learners: Vec<Learner> = model.candidates.iter().map(|c| c.learner).collect();
    assert!(learners.contains(&Learner::Logistic) && learners.contains(&Learner::Additive));
    // The first candidate is the model itself, and it has the lower test log loss.
    assert_eq!(model.candidates[0].learner, model.learner);
    assert_eq!(model.candidates[0].evaluation, model.evaluation);
    assert!(model.candidates[0].evaluation.log_loss <= model.candidates[1].evaluation.log_loss);
    // Both on the same test invoices.
    assert_eq!(
        model.candidates[0].evaluation.rows,
        model.candidates[1].evaluation.rows
    );
    assert_eq!(run.fit_seconds.len(), 2);
    assert_eq!(model.additive.is_some(), model.learner == Learner::Additive);
    // The one asked for is kept, with the other beside it.
    let asked = trained(Some(Learner::Logistic)).model;
    assert_eq!(asked.learner, Learner::Logistic);
    assert!(asked.additive.is_none());
    assert_eq!(asked.candidates[0].learner, Learner::Logistic);
    assert_eq!(asked.candidates.len(), 2);
}

#[test]
fn the_terms_of_every_explained_invoice_sum_exactly_to_its_log_odds() {
    let tables = sample();
    let model = additive();
    assert_eq!(model.learner, Learner::Additive);
    let catalogue = Catalogue::build(tables, &model.buckets);
    let snapshots = Snapshot::all_on(tables.open_invoices().map(|(i, _)| i as u32), tables.as_of);
    let (_, x, _) = model.predict(tables, &catalogue, &snapshots, None).unwrap();
    let logits_all = model
        .additive
        .as_ref()
        .unwrap()
        .logits(&model.design, &model.intercept, &x);
    for (z, all) in x.rows().into_iter().zip(&logits_all) {
        let logits = model.logits(z);
        let parts = contributions(model, z);
        assert_eq!(parts.len(), model.design.fields.len());
        for (k, logit) in logits.iter().enumerate() {
            // The intercept plus the terms in the design's order: the logit, to the last bit.
            let sum = parts.iter().fold(model.intercept[k], |s, c| s + c[k]);
            assert_eq!(sum, *logit);
            assert_eq!(all[k], *logit);
        }
    }
    // The influence comes from the terms and sums to 100%.
    let shares: f64 = model.influence.iter().map(|i| i.share).sum();
    assert!((shares - 1.0).abs() < 1e-9);
}

/// P(on time) of every invoice not yet due under a what-if with `changes`.
fn on_time(model: &Model, changes: Changes) -> Vec<(u32, f64)> {
    let tables = sample();
    let scored = score_open(
        model,
        tables,
        &Settings::default(),
        &[],
        &no_progress,
        &Cancel::new(),
    )
    .unwrap();
    let scenario = Scenario {
        name: "lever".into(),
        scope: Scope::Filter(Filter::default()),
        changes,
    };
    let w: WhatIf = what_if(
        model,
        tables,
        &scenario,
        &Settings::default(),
        &scored.predictions,
        &no_progress,
        &Cancel::new(),
    )
    .unwrap();
    let mut rows: Vec<(u32, f64)> = w
        .invoices
        .iter()
        .filter(|e| e.before.days_overdue == 0)
        .map(|e| (e.invoice, e.after.probs[0]))
        .collect();
    rows.sort_by_key(|r| r.0);
    rows
}

#[test]
fn a_bigger_discount_or_longer_terms_never_lower_the_chance_of_paying_on_time() {
    let model = additive();
    // Every field the discount and terms levers move is kept monotone.
    for key in [
        "invoice.discount_pct",
        "invoice.discount_days",
        "invoice.terms_days",
    ] {
        if let Some(term) = model.additive.as_ref().unwrap().term(key) {
            assert_eq!(term.monotone, Some(Direction::Rising), "{key}");
        }
    }
    let discount = |pct: f64| {
        on_time(
            model,
            Changes {
                discount_pct: Some(pct),
                discount_days: Some(10),
                ..Changes::default()
            },
        )
    };
    let steps: Vec<Vec<(u32, f64)>> = [0.0, 1.0, 2.0, 3.0, 4.0].map(discount).to_vec();
    assert!(steps[0].len() > 100);
    for pair in steps.windows(2) {
        for (a, b) in pair[0].iter().zip(&pair[1]) {
            assert_eq!(a.0, b.0);
            assert!(b.1 >= a.1, "invoice {}: {} then {}", a.0, a.1, b.1);
        }
    }
    // And over the range a discount helps on the whole.
    let gain: f64 = steps[4].iter().zip(&steps[0]).map(|(b, a)| b.1 - a.1).sum();
    assert!(gain > 0.0);
    let terms = |days: i32| {
        on_time(
            model,
            Changes {
                terms_days: Some(days),
                ..Changes::default()
            },
        )
    };
    let (short, long) = (terms(14), terms(60));
    for (a, b) in short.iter().zip(&long) {
        assert!(
            b.1 >= a.1,
            "invoice {}: 14 days {} but 60 days {}",
            a.0,
            a.1,
            b.1
        );
    }
}

#[test]
fn a_reminder_never_lowers_the_chance_of_paying_on_time_of_an_invoice_not_yet_reminded() {
    let model = additive();
    let tables = sample();
    let before = on_time(model, Changes::default());
    let after = on_time(
        model,
        Changes {
            remind_days_before_due: Some(5),
            ..Changes::default()
        },
    );
    let mut compared = 0;
    for (a, b) in before.iter().zip(&after) {
        assert_eq!(a.0, b.0);
        if tables.invoices[a.0 as usize].reminder_date.is_none() {
            compared += 1;
            assert!(b.1 >= a.1 - 1e-12, "invoice {}: {} then {}", a.0, a.1, b.1);
        }
    }
    assert!(compared > 100);
}

#[test]
fn an_additive_model_file_round_trips_and_a_damaged_curve_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let store = ModelStore::open(dir.path()).unwrap();
    let mut model = additive().clone();
    let version = store.save(&mut model).unwrap();
    let loaded = store.load(version).unwrap();
    assert_eq!(loaded.format, MODEL_FORMAT);
    assert_eq!(loaded.learner, Learner::Additive);
    assert_eq!(loaded.additive, model.additive);
    assert!(loaded.validate().is_ok());

    let mut nan = model.clone();
    nan.additive.as_mut().unwrap().terms[0].scores[1][0] = f64::NAN;
    assert!(matches!(nan.validate(), Err(Invalid::NotFinite { .. })));
    let mut short = model.clone();
    short.additive.as_mut().unwrap().terms.pop();
    assert!(matches!(short.validate(), Err(Invalid::Shape { .. })));
    let mut unordered = model.clone();
    let number = unordered
        .additive
        .as_mut()
        .unwrap()
        .terms
        .iter_mut()
        .find_map(|t| match &mut t.binning {
            Binning::Number { edges } if edges.len() > 2 => Some(edges),
            _ => None,
        })
        .unwrap();
    number.swap(0, 1);
    assert!(matches!(
        unordered.validate(),
        Err(Invalid::Unexpected { .. })
    ));
    let mut missing = model.clone();
    missing.additive = None;
    assert!(matches!(missing.validate(), Err(Invalid::Missing { .. })));
    // A damaged file is refused by the store with the reason.
    let path = dir.path().join(format!("model-{version:04}.json"));
    let text = std::fs::read_to_string(&path).unwrap();
    let damaged = text.replacen("\"learner\":\"additive\"", "\"learner\":\"logistic\"", 1);
    assert_ne!(damaged, text);
    std::fs::write(&path, damaged).unwrap();
    assert!(matches!(
        store.load(version),
        Err(ModelError::Invalid { .. })
    ));
}

#[test]
fn a_model_file_of_the_previous_format_loads_as_a_logistic_regression() {
    // The model the app shipped for the sample data before the additive learner.
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/model-format-1.json");
    let text = std::fs::read_to_string(path).unwrap();
    let model: Model = serde_json::from_str(&text).unwrap();
    assert_eq!(
        model.format, 1,
        "the bundled model is a file of the previous format"
    );
    assert!(model.validate().is_ok());
    assert_eq!(model.learner, Learner::Logistic);
    assert!(model.additive.is_none() && model.candidates.is_empty());
    let tables = sample();
    let catalogue = Catalogue::build(tables, &model.buckets);
    let snapshots = Snapshot::all_on(
        tables.open_invoices().map(|(i, _)| i as u32).take(200),
        tables.as_of,
    );
    let (_, _, probs) = model.predict(tables, &catalogue, &snapshots, None).unwrap();
    for p in probs {
        assert!((p.iter().sum::<f64>() - 1.0).abs() < 1e-9);
    }
}

#[test]
fn the_curves_of_the_model_screen_read_in_the_fields_units() {
    let model = additive();
    let curve = model.curve("history.avg_days_late").unwrap();
    assert!(!curve.category);
    assert!(curve.bins.len() > 5);
    // The bins cover increasing values, and their rows add up to the training rows.
    assert!(curve.bins.windows(2).all(|w| w[0].to <= w[1].from + 1e-9));
    let rows: u32 = curve.bins.iter().map(|b| b.rows).sum::<u32>()
        + curve.missing.as_ref().map_or(0, |m| m.rows);
    assert_eq!(rows as usize, model.training_rows);
    // Customers who paid later before pay on time less often: over the bins of customers who
    // paid more than 20 days late on average, P(on time) moves down against those who paid
    // early (weighted by their rows: the thin end bins alone say little).
    let mean = |keep: &dyn Fn(&payment_insights::model::additive::CurveBin) -> bool| {
        let (mut n, mut sum) = (0.0, 0.0);
        for bin in curve.bins.iter().filter(|b| keep(b)) {
            n += f64::from(bin.rows);
            sum += f64::from(bin.rows) * bin.probability[0];
        }
        sum / n
    };
    let (early, late) = (mean(&|b| b.to <= 0.0), mean(&|b| b.from >= 20.0));
    assert!(
        late < early - 0.05,
        "P(on time) {early} paying early, {late} paying late"
    );
    // Each bin's changes of probability sum to zero across the buckets.
    for bin in &curve.bins {
        assert!(bin.probability.iter().sum::<f64>().abs() < 1e-9);
    }
    // A category reads as its levels.
    if let Some(group) = model.curve("customer.group") {
        assert!(group.category);
        assert!(group.bins.iter().all(|b| b.level.is_some()));
    }
}
