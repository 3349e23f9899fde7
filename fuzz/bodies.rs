//! What each fuzz target runs on one input, shared by the targets (`fuzz_targets/*.rs`
//! include it with `#[path]`) and by the main crate's `tests/fuzz_regressions.rs`, which
//! replays every kept reproducer through exactly the same code.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use payment_insights::data::import::{ImportPlan, import_files, plan, validate};
use payment_insights::data::mapping::TableRole;
use payment_insights::data::progress::{Cancel, no_progress};
use payment_insights::data::raw::{RawTable, read_csv_bytes, read_workbook_bytes_all};
use payment_insights::data::tables::Tables;
use payment_insights::insights::customer::forecast;
use payment_insights::insights::predict::{Settings, explain_with, score_open};
use payment_insights::insights::whatif::{Changes, Filter, Scenario, Scope, what_if};
use payment_insights::model::{Buckets, Catalogue, Model, Snapshot};

/// fuzz/fixtures, from the fuzz crate (its manifest is in fuzz/) or the main crate's tests.
fn fixtures_dir() -> PathBuf {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let here = manifest.join("fixtures");
    if here.join("invoices.csv").exists() {
        here
    } else {
        manifest.join("fuzz/fixtures")
    }
}

/// What `import_csv` and `import_xlsx` do after reading: validate the guessed plan, then the
/// same file as a one-file ledger; an imported file gets a field catalogue.
fn plan_and_validate(table: RawTable) {
    fn import(plan: &ImportPlan) {
        let _ = plan.to_string();
        if let Ok(imported) = validate(plan, &no_progress, &Cancel::new()) {
            let _ = imported.report.grouped();
            let _ = Catalogue::build(&imported.tables, &Buckets::default());
        }
    }
    let _ = table.preview(5);
    let mut plan = plan(vec![table], None, None);
    import(&plan);
    if let Some(file) = plan.files.first_mut()
        && file.role != TableRole::Ledger
    {
        file.set_role(TableRole::Ledger);
        import(&plan);
    }
}

pub fn import_csv(bytes: &[u8]) {
    if let Ok(table) = read_csv_bytes("fuzz.csv", Path::new("fuzz.csv"), bytes.to_vec()) {
        plan_and_validate(table);
    }
}

/// Every sheet of the workbook (merged ranges filled, headers found), each planned and
/// validated as a file of its own.
pub fn import_xlsx(bytes: &[u8]) {
    if let Ok(read) = read_workbook_bytes_all(Path::new("fuzz.xlsx"), bytes.to_vec(), &[]) {
        for table in read.tables {
            plan_and_validate(table);
        }
    }
}

/// The model target's data: a slice of the sample data (fuzz/fixtures).
pub fn fixture_tables() -> &'static Tables {
    static TABLES: OnceLock<Tables> = OnceLock::new();
    TABLES.get_or_init(|| {
        let files: Vec<PathBuf> = ["customers.csv", "invoices.csv", "payments.csv"]
            .iter()
            .map(|f| fixtures_dir().join(f))
            .collect();
        match import_files(&files, None, None, &no_progress, &Cancel::new()) {
            Ok((_, imported)) => imported.tables,
            Err(e) => panic!("the fuzz fixtures do not import: {e:#}"),
        }
    })
}

pub fn model_load(bytes: &[u8]) {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return;
    };
    let Ok(model) = serde_json::from_str::<Model>(text) else {
        return;
    };
    let tables = fixture_tables();
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
}
