//! Arbitrary bytes as a model file, read as the model store reads one (UTF-8 text, then JSON
//! into a `Model`), then used as the app uses the published model on a small fixed data set
//! (fuzz/fixtures, a slice of the sample data): one invoice scored and explained, every open
//! invoice scored, the cash forecast, and a what-if. A damaged or absurd model file must give
//! an error or numbers, never a panic.

#![no_main]

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use payment_insights::data::import::import_files;
use payment_insights::data::progress::{Cancel, no_progress};
use payment_insights::data::tables::Tables;
use payment_insights::insights::customer::forecast;
use payment_insights::insights::predict::{Settings, explain_with, score_open};
use payment_insights::insights::whatif::{Changes, Filter, Scenario, Scope, what_if};
use payment_insights::model::{Catalogue, Model, Snapshot};

fn tables() -> &'static Tables {
    static TABLES: OnceLock<Tables> = OnceLock::new();
    TABLES.get_or_init(|| {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
        let files: Vec<PathBuf> = ["customers.csv", "invoices.csv", "payments.csv"]
            .iter()
            .map(|f| dir.join(f))
            .collect();
        match import_files(&files, None, None, &no_progress, &Cancel::new()) {
            Ok((_, imported)) => imported.tables,
            Err(e) => panic!("the fuzz fixtures do not import: {e:#}"),
        }
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(model) = serde_json::from_str::<Model>(text) else {
        return;
    };
    let tables = tables();
    let catalogue = Catalogue::build(tables, &model.buckets);
    let Some((first_open, _)) = tables.open_invoices().next() else {
        return;
    };
    let one = [Snapshot {
        invoice: first_open as u32,
        date: tables.as_of,
    }];
    if model.predict(tables, &catalogue, &one, None).is_err() {
        return;
    }
    let _ = explain_with(
        &model,
        tables,
        &catalogue,
        first_open as u32,
        tables.as_of,
        3,
    );
    let settings = Settings::default();
    let Ok(scored) = score_open(&model, tables, &settings, &[], &no_progress, &Cancel::new())
    else {
        return;
    };
    let _ = forecast(
        tables,
        &scored.predictions,
        &model.behaviour,
        &model.buckets,
    );
    let scenario = Scenario {
        name: "fuzz".to_string(),
        scope: Scope::Filter(Filter::default()),
        changes: Changes {
            discount_pct: Some(2.0),
            terms_days: Some(45),
            ..Changes::default()
        },
    };
    let _ = what_if(
        &model,
        tables,
        &scenario,
        &settings,
        &scored.predictions,
        &no_progress,
        &Cancel::new(),
    );
});
