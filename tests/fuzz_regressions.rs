//! Every reproducer kept under `fuzz/regressions/<target>/` goes through the code its fuzz
//! target runs (fuzz/fuzz_targets/), on every `cargo test`: a fixed crash stays fixed. The
//! crashes still open (owned by another change) are listed in [`OPEN`] by file name with what
//! they do; the test fails when one of them stops crashing, so the entry is removed with the fix.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use payment_insights::data::import::{ImportPlan, import_files, plan, validate};
use payment_insights::data::mapping::TableRole;
use payment_insights::data::progress::{Cancel, no_progress};
use payment_insights::data::raw::{RawTable, read_csv_bytes, read_workbook_bytes};
use payment_insights::data::tables::Tables;
use payment_insights::insights::customer::forecast;
use payment_insights::insights::predict::{Settings, explain_with, score_open};
use payment_insights::insights::whatif::{Changes, Filter, Scenario, Scope, what_if};
use payment_insights::model::{Buckets, Catalogue, Model, Snapshot};

/// Reproducers that still crash, by target and file name, with what they do. Each is
/// replayed and must still panic; inputs that abort the process (memory, stack) instead of
/// panicking cannot run in a test and are listed in [`NOT_RUN`].
const OPEN: &[(&str, &str, &str)] = &[];

/// Reproducers that take the whole process down (out of memory, stack overflow): kept for
/// `cargo fuzz run`, not replayed here.
const NOT_RUN: &[(&str, &str, &str)] = &[];

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
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

fn import_csv(bytes: &[u8]) {
    if let Ok(table) = read_csv_bytes("fuzz.csv", Path::new("fuzz.csv"), bytes.to_vec()) {
        plan_and_validate(table);
    }
}

fn import_xlsx(bytes: &[u8]) {
    if let Ok(table) = read_workbook_bytes(Path::new("fuzz.xlsx"), bytes.to_vec(), None) {
        plan_and_validate(table);
    }
}

/// The model target's data: a slice of the sample data (fuzz/fixtures).
fn fixture_tables() -> &'static Tables {
    static TABLES: OnceLock<Tables> = OnceLock::new();
    TABLES.get_or_init(|| {
        let files: Vec<PathBuf> = ["customers.csv", "invoices.csv", "payments.csv"]
            .iter()
            .map(|f| root().join("fuzz/fixtures").join(f))
            .collect();
        import_files(&files, None, None, &no_progress, &Cancel::new())
            .unwrap()
            .1
            .tables
    })
}

fn model_load(bytes: &[u8]) {
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

/// A target's name and the code it runs on one input.
type Target = (&'static str, fn(&[u8]));

const TARGETS: [Target; 3] = [
    ("import_csv", import_csv),
    ("import_xlsx", import_xlsx),
    ("model_load", model_load),
];

fn listed(list: &[(&str, &str, &str)], target: &str, name: &str) -> bool {
    list.iter().any(|(t, n, _)| *t == target && *n == name)
}

#[test]
fn fuzz_reproducers_stay_fixed_and_open_ones_are_listed() {
    // The fixture is imported before the panic hook is silenced: its failure must be seen.
    let _ = fixture_tables();
    let mut problems = Vec::new();
    let mut replayed = 0;
    let mut seen = Vec::new();
    for (target, run) in TARGETS {
        let dir = root().join("fuzz/regressions").join(target);
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        let mut paths: Vec<PathBuf> = entries.map(|e| e.unwrap().path()).collect();
        paths.sort();
        for path in paths {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            seen.push((target, name.clone()));
            if listed(NOT_RUN, target, &name) {
                continue;
            }
            let bytes = std::fs::read(&path).unwrap();
            let hook = std::panic::take_hook();
            std::panic::set_hook(Box::new(|_| {}));
            let panicked = catch_unwind(AssertUnwindSafe(|| run(&bytes))).is_err();
            std::panic::set_hook(hook);
            replayed += 1;
            match (panicked, listed(OPEN, target, &name)) {
                (true, false) => problems.push(format!(
                    "{target}/{name} panics: `cargo +nightly fuzz run -a -s none {target} fuzz/regressions/{target}/{name}` shows where"
                )),
                (false, true) => problems.push(format!(
                    "{target}/{name} no longer panics: remove it from OPEN in tests/fuzz_regressions.rs"
                )),
                _ => {}
            }
        }
    }
    for (target, name, _) in OPEN.iter().chain(NOT_RUN) {
        if !seen.iter().any(|(t, n)| t == target && n == name) {
            problems.push(format!(
                "{target}/{name} is listed but not in fuzz/regressions/{target}/"
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    eprintln!("{replayed} fuzz reproducers replayed");
}

/// The workbooks that took the process down before the importer's fixes are refused in words:
/// a cell at XFD1048576 (calamine would allocate 550 GB for the sheet), a dimension reference
/// whose column letters overflow calamine's arithmetic, and one that ends before it starts
/// (calamine subtracts past zero).
#[test]
fn the_workbooks_that_crashed_are_refused_naming_the_file() {
    for (name, expected) in [
        ("cell-at-xfd1048576.xlsx", "fuzz.xlsx"),
        (
            "cell-reference-overflow.xlsx",
            "it is damaged, or not an Excel workbook",
        ),
    ] {
        let bytes = std::fs::read(root().join("fuzz/regressions/import_xlsx").join(name)).unwrap();
        let error = read_workbook_bytes(Path::new("fuzz.xlsx"), bytes, None).unwrap_err();
        let message = error.to_string();
        assert!(message.contains(expected), "{name}: {message}");
    }
}
