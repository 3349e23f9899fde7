//! Reminders end to end: the features see a reminder only from the day it went out, "remind N
//! days before due" raises the chance of paying on time on the sample data (whose generator
//! gives reminders a modest true effect), and on a ledger without reminders the what-if says
//! the model cannot tell.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use chrono::{Duration, NaiveDate};
use payment_insights::data::import::import_files;
use payment_insights::data::progress::{Cancel, no_progress};
use payment_insights::data::tables::Tables;
use payment_insights::insights::predict::{Settings, score_open};
use payment_insights::insights::whatif::{Changes, Filter, Scenario, Scope, WhatIf, what_if};
use payment_insights::model::design::NEVER_VARIED;
use payment_insights::model::features::{self, RawColumn, Snapshot};
use payment_insights::model::layout;
use payment_insights::model::train::{TrainParams, train};
use payment_insights::model::{Buckets, Catalogue, Model};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn import(paths: &[PathBuf]) -> Tables {
    import_files(paths, None, None, &no_progress, &Cancel::new())
        .unwrap()
        .1
        .tables
}

fn sample() -> &'static Tables {
    static TABLES: OnceLock<Tables> = OnceLock::new();
    TABLES.get_or_init(|| {
        let files: Vec<PathBuf> = ["customers.csv", "invoices.csv", "payments.csv"]
            .iter()
            .map(|f| root().join("sample-data").join(f))
            .collect();
        import(&files)
    })
}

fn quick_model(tables: &Tables, buckets: Buckets) -> Model {
    let params = TrainParams {
        buckets,
        max_rows: 30_000,
        lambdas: vec![1e-4],
        ..TrainParams::default()
    };
    train(tables, &params, None, None, &no_progress, &Cancel::new())
        .unwrap()
        .model
}

fn remind(tables: &Tables, model: &Model, days: i32) -> WhatIf {
    let scenario = Scenario {
        name: format!("remind {days} days before due"),
        scope: Scope::Filter(Filter::default()),
        changes: Changes {
            remind_days_before_due: Some(days),
            ..Changes::default()
        },
    };
    let scored = score_open(
        model,
        tables,
        &Settings::default(),
        &[],
        &no_progress,
        &Cancel::new(),
    )
    .unwrap();
    what_if(
        model,
        tables,
        &scenario,
        &Settings::default(),
        &scored.predictions,
        &no_progress,
        &Cancel::new(),
    )
    .unwrap()
}

fn column<'a>(table: &'a features::FeatureTable, catalogue: &Catalogue, key: &str) -> &'a [f64] {
    let index = catalogue.fields.iter().position(|f| f.key == key).unwrap();
    match &table.columns[index] {
        RawColumn::Number(values) => values,
        RawColumn::Category(_) => panic!("{key} is a category"),
    }
}

#[test]
fn features_do_not_see_reminders_after_the_snapshot() {
    let tables = sample();
    let buckets = Buckets::default();
    let catalogue = Catalogue::build(tables, &buckets);
    let t = NaiveDate::from_ymd_opt(2025, 6, 2).unwrap();
    // The invoices open on t, looked at on t.
    let open_then: Vec<u32> = tables
        .invoices
        .iter()
        .enumerate()
        .filter(|(_, inv)| inv.invoice_date <= t && inv.settled_date.is_none_or(|s| s > t))
        .map(|(i, _)| i as u32)
        .collect();
    let snapshots = Snapshot::all_on(open_then.iter().copied(), t);
    let before = features::compute(tables, &catalogue, &buckets, &snapshots, None);

    // Every reminder sent after t moved to another day after t, or dropped: nothing changes.
    let mut moved = tables.clone();
    let mut later = 0;
    for (k, inv) in moved.invoices.iter_mut().enumerate() {
        if inv.reminder_date.is_some_and(|r| r > t) {
            later += 1;
            inv.reminder_date = (k % 2 == 0).then_some(t + Duration::days(1 + k as i64 % 9));
        }
    }
    assert!(later > 100, "{later} reminders after t");
    let after = features::compute(&moved, &catalogue, &buckets, &snapshots, None);
    for key in ["invoice.reminded", "invoice.reminder_days_before_due"] {
        let (a, b) = (
            column(&before, &catalogue, key),
            column(&after, &catalogue, key),
        );
        assert!(
            a.iter()
                .zip(b)
                .all(|(x, y)| x == y || (x.is_nan() && y.is_nan())),
            "{key} saw a reminder sent after the snapshot"
        );
    }

    // The check can fail: a reminder sent by t is seen, with its days before due, while the
    // invoice is not yet past due (after that no reminder is seen).
    let reminded = column(&before, &catalogue, "invoice.reminded");
    let days = column(&before, &catalogue, "invoice.reminder_days_before_due");
    let sent_by_t = |i: usize| {
        let inv = &tables.invoices[i];
        inv.reminder_date.is_some_and(|r| r <= t) && t <= inv.due_date
    };
    let mut past_due = snapshots
        .iter()
        .zip(reminded)
        .filter(|(s, _)| tables.invoices[s.invoice as usize].due_date < t);
    assert!(past_due.clone().count() > 100);
    assert!(past_due.all(|(_, &flag)| flag == 0.0));
    let seen = snapshots
        .iter()
        .zip(reminded.iter().zip(days))
        .filter(|(s, _)| sent_by_t(s.invoice as usize));
    let mut n = 0;
    for (s, (&flag, &days)) in seen {
        let inv = &tables.invoices[s.invoice as usize];
        assert_eq!(flag, 1.0);
        assert_eq!(
            days,
            (inv.due_date - inv.reminder_date.unwrap()).num_days() as f64
        );
        n += 1;
    }
    assert!(n > 10, "{n} open invoices reminded by t");
    let mut earlier = tables.clone();
    let first = open_then
        .iter()
        .map(|&i| i as usize)
        .find(|&i| sent_by_t(i))
        .unwrap();
    earlier.invoices[first].reminder_date = None;
    let changed = features::compute(&earlier, &catalogue, &buckets, &snapshots, None);
    assert_ne!(
        column(&before, &catalogue, "invoice.reminded"),
        column(&changed, &catalogue, "invoice.reminded")
    );
}

#[test]
fn a_reminder_five_days_before_due_raises_the_chance_of_paying_on_time_a_little() {
    let tables = sample();
    let model = quick_model(tables, Buckets::default());
    assert!(model.design.field("invoice.reminded").is_some());
    assert!(
        model
            .design
            .field("invoice.reminder_days_before_due")
            .is_some()
    );
    let w = remind(tables, &model, 5);
    assert!(
        w.warnings
            .iter()
            .all(|m| !m.to_string().contains("cannot tell the effect")),
        "{:?}",
        w.warnings
    );
    // Invoices not yet due and not reminded yet: the reminder helps each of them, modestly.
    let not_due: Vec<_> = w
        .invoices
        .iter()
        .filter(|e| {
            e.before.days_overdue == 0
                && tables.invoices[e.invoice as usize]
                    .reminder_date
                    .is_none_or(|r| r > tables.as_of)
        })
        .collect();
    assert!(not_due.len() > 200, "{} invoices", not_due.len());
    let gain: f64 = not_due
        .iter()
        .map(|e| e.after.probs[0] - e.before.probs[0])
        .sum::<f64>()
        / not_due.len() as f64;
    assert!(
        (0.01..0.2).contains(&gain),
        "mean gain in P(on time) {gain}"
    );
    assert!(not_due.iter().all(|e| e.after.probs[0] > e.before.probs[0]));
    // Overdue invoices can still not be paid on time.
    assert!(
        w.invoices
            .iter()
            .filter(|e| e.before.days_overdue > 0)
            .all(|e| e.after.probs[0] == 0.0)
    );
    // Sixty days before due is far outside what the sample's reminders did: said so.
    let far = remind(tables, &model, 60);
    assert!(
        far.warnings
            .iter()
            .any(|m| m.to_string().contains("Reminder days before due = 60")),
        "{:?}",
        far.warnings
    );
}

#[test]
fn without_reminders_in_the_data_the_what_if_says_the_model_cannot_tell() {
    let ledger = import(&[root().join("tests/fixtures/ar_ledger_all_paid.csv")]);
    assert!(ledger.invoices.iter().all(|i| i.reminder_date.is_none()));
    let buckets = layout::choose(&ledger, Buckets::default()).buckets;
    let catalogue = Catalogue::build(&ledger, &buckets);
    // The flag is offered (no reminder reads as "not reminded") but never varies; the timing
    // has no values at all.
    assert!(
        catalogue
            .default_selection()
            .contains(&"invoice.reminded".to_string())
    );
    assert!(
        catalogue
            .field("invoice.reminder_days_before_due")
            .unwrap()
            .unusable
            .is_some()
    );
    let model = quick_model(&ledger, buckets);
    assert!(model.design.field("invoice.reminded").is_none());
    assert!(
        model
            .dropped
            .contains(&("invoice.reminded".to_string(), NEVER_VARIED.to_string())),
        "{:?}",
        model.dropped
    );
    // Every invoice is paid: look at the ledger as it was known half way, with invoices open.
    let mut dates: Vec<NaiveDate> = ledger.invoices.iter().map(|i| i.invoice_date).collect();
    dates.sort_unstable();
    let then = ledger.as_known_on(dates[dates.len() / 2]);
    assert!(then.open_invoices().count() > 50);
    let w = remind(&then, &model, 5);
    let said: Vec<String> = w
        .warnings
        .iter()
        .map(ToString::to_string)
        .filter(|m| m.contains("cannot tell the effect of changing the reminder"))
        .collect();
    assert_eq!(said.len(), 1, "{:?}", w.warnings);
    assert!(said[0].contains("\"Reminded\""), "{}", said[0]);
    assert!(w.invoices.iter().all(|e| e.after.probs == e.before.probs));
}

#[test]
fn an_exported_dunning_level_is_offered_only_as_a_field_that_gives_the_outcome_away() {
    let sap = import(&[root().join("tests/fixtures/exports/sap/FBL5N customer line items.csv")]);
    let catalogue = Catalogue::build(&sap, &Buckets::default());
    let level = catalogue.field("invoice.dunning_level").unwrap();
    assert!(level.leak.is_some(), "{level:?}");
    assert!(
        !catalogue
            .default_selection()
            .contains(&"invoice.dunning_level".to_string())
    );
    // Without dunning levels in the data there is nothing to give away: just no values.
    let none = Catalogue::build(sample(), &Buckets::default());
    let level = none.field("invoice.dunning_level").unwrap();
    assert!(
        level.leak.is_none() && level.unusable.is_some(),
        "{level:?}"
    );
}
