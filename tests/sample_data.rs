//! The committed sample data is exactly what the generator writes, and imports cleanly.

use payment_insights::data::generate::{GenParams, generate, write_csv};
use payment_insights::data::import::import_files;
use payment_insights::data::progress::{Cancel, no_progress};
use std::path::{Path, PathBuf};

fn sample_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-data")
}

#[test]
fn committed_sample_data_is_regenerated_bit_for_bit() {
    let out = tempfile::tempdir().unwrap();
    let written = write_csv(&generate(&GenParams::sample()), out.path()).unwrap();
    assert_eq!(written.len(), 4);
    for path in written {
        let name = path.file_name().unwrap();
        let committed = std::fs::read(sample_dir().join(name)).unwrap();
        let regenerated = std::fs::read(&path).unwrap();
        assert!(
            committed == regenerated,
            "{name:?} differs from the generator's output: run `payment-insights-cli generate --out sample-data`"
        );
    }
}

#[test]
fn sample_data_imports_with_an_empty_report_and_stays_small() {
    let files: Vec<PathBuf> = ["customers.csv", "invoices.csv", "payments.csv"]
        .iter()
        .map(|f| sample_dir().join(f))
        .collect();
    let (_, imported) = import_files(&files, None, None, &no_progress, &Cancel::new()).unwrap();
    assert!(
        imported.report.issues.is_empty(),
        "{:?}",
        imported.report.issues.first()
    );
    let tables = &imported.tables;
    assert_eq!(tables.customers.len(), 250);
    assert_eq!(tables.invoices.len(), 40_000);
    let open = tables.open_invoices().count();
    assert!((1_500..=2_500).contains(&open), "{open} open invoices");
    assert_eq!(tables.as_of.to_string(), "2026-09-30");
    let bytes: u64 = std::fs::read_dir(sample_dir())
        .unwrap()
        .map(|e| e.unwrap().metadata().unwrap().len())
        .sum();
    assert!(bytes < 10_000_000, "sample-data is {bytes} bytes");
}
