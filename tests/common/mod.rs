//! Helpers shared by the integration tests: fixture files in a temporary folder, the import
//! call, the check that no row disappears without an issue in the report, and a dropped file.

#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use payment_insights::data::import::{ImportError, ImportPlan, Imported, import_files};
use payment_insights::data::mapping::MappingFile;
use payment_insights::data::progress::{Cancel, no_progress};
use payment_insights::data::report::{Action, Issue, Problem};
use std::path::{Path, PathBuf};
use tempfile::TempDir;

/// Files written to a fresh temporary folder, imported in the order they were added.
pub struct Files {
    dir: TempDir,
    paths: Vec<PathBuf>,
}

impl Files {
    pub fn new() -> Files {
        Files {
            dir: tempfile::tempdir().unwrap(),
            paths: Vec::new(),
        }
    }

    /// Adds a text file (written as UTF-8 bytes, exactly as given).
    pub fn text(self, name: &str, text: &str) -> Files {
        self.bytes(name, text.as_bytes())
    }

    pub fn bytes(mut self, name: &str, bytes: &[u8]) -> Files {
        let path = self.dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        self.paths.push(path);
        self
    }

    /// Adds a file that exists elsewhere (a committed fixture) under its own path.
    pub fn existing(mut self, path: &Path) -> Files {
        self.paths.push(path.to_path_buf());
        self
    }

    /// A path in the folder that is imported without being written.
    pub fn absent(mut self, name: &str) -> Files {
        self.paths.push(self.dir.path().join(name));
        self
    }

    pub fn dir(&self) -> &Path {
        self.dir.path()
    }

    pub fn paths(&self) -> &[PathBuf] {
        &self.paths
    }

    pub fn import(&self) -> Result<(ImportPlan, Imported), ImportError> {
        import_files(&self.paths, None, None, &no_progress, &Cancel::new())
    }

    pub fn import_with(
        &self,
        mapping: &MappingFile,
    ) -> Result<(ImportPlan, Imported), ImportError> {
        import_files(
            &self.paths,
            Some(mapping),
            None,
            &no_progress,
            &Cancel::new(),
        )
    }

    /// Imports and expects success; checks that every row is imported or reported skipped.
    pub fn imported(&self) -> Imported {
        let imported = match self.import() {
            Ok((_, imported)) => imported,
            Err(error) => panic!("import failed: {error}"),
        };
        assert_no_silent_drops(&imported);
        imported
    }

    /// The issues of a successful import.
    pub fn issues(&self) -> Vec<Issue> {
        self.imported().report.issues
    }

    /// Imports and expects an error.
    pub fn error(&self) -> ImportError {
        match self.import() {
            Ok((_, imported)) => panic!(
                "import succeeded, expected an error; issues: {:#?}",
                imported.report.issues
            ),
            Err(error) => error,
        }
    }
}

/// An issue, as the report should hold it.
pub fn issue(
    file: &str,
    row: Option<usize>,
    column: Option<&str>,
    value: Option<&str>,
    problem: Problem,
    action: Action,
) -> Issue {
    Issue {
        file: file.to_string(),
        row,
        column: column.map(str::to_string),
        value: value.map(str::to_string),
        problem,
        action,
    }
}

/// Nothing is dropped silently: for each file, the rows imported plus the rows reported as
/// skipped are all the rows read.
pub fn assert_no_silent_drops(imported: &Imported) {
    for file in &imported.report.files {
        let skipped = imported
            .report
            .issues
            .iter()
            .filter(|i| i.file == file.file && i.action == Action::RowSkipped)
            .count();
        assert_eq!(
            file.rows_imported + skipped,
            file.rows_read,
            "{}: {} rows imported + {} skipped != {} read; issues: {:#?}",
            file.file,
            file.rows_imported,
            skipped,
            file.rows_read,
            imported.report.issues
        );
    }
}

/// A date for assertions.
pub fn date(y: i32, m: u32, d: u32) -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// A file dropped on the window, for UI tests.
#[derive(Debug)]
pub struct DroppedPath(pub PathBuf);

impl egui::DroppedFile for DroppedPath {
    fn path(&self) -> &Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

/// The Rust files under `dir`, its folders included, except the CLI's (`bin`: it speaks
/// English only), sorted.
pub fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut folders = vec![dir.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for entry in
            std::fs::read_dir(&folder).unwrap_or_else(|e| panic!("{}: {e}", folder.display()))
        {
            let path = entry
                .unwrap_or_else(|e| panic!("{}: {e}", folder.display()))
                .path();
            if path.is_dir() {
                if path.file_name().is_none_or(|n| n != "bin") {
                    folders.push(path);
                }
            } else if path.extension().is_some_and(|e| e == "rs") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

/// Steps the window until no job runs (a job may start the next one), for at most `limit`.
pub fn settle(
    harness: &mut egui_kittest::Harness<'static, payment_insights::ui::PaymentInsightsApp>,
    limit: std::time::Duration,
) {
    // Two frames: one turns a click into a command, the next acts on it and starts the job.
    harness.step();
    harness.step();
    step_until(harness, limit, "the job did not finish in time", |h| {
        !h.state().is_busy()
    });
}

/// Steps the window (its jobs answer on later frames) until `done`, failing with `what` after
/// `limit`, then lets it settle.
pub fn step_until(
    harness: &mut egui_kittest::Harness<'static, payment_insights::ui::PaymentInsightsApp>,
    limit: std::time::Duration,
    what: &str,
    done: impl Fn(&egui_kittest::Harness<'static, payment_insights::ui::PaymentInsightsApp>) -> bool,
) {
    let started = std::time::Instant::now();
    while !done(harness) {
        assert!(started.elapsed() < limit, "{what}");
        harness.step();
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    harness.run();
}

/// Clicks and waits: a click may start a job (training, the look-back), whose progress keeps
/// asking for frames, so `Harness::run` alone would give up after its few steps on a busy
/// machine.
pub fn click(
    harness: &mut egui_kittest::Harness<'static, payment_insights::ui::PaymentInsightsApp>,
    role: egui::accesskit::Role,
    label: &str,
) {
    use egui_kittest::kittest::Queryable;
    harness.get_by_role_and_label(role, label).click();
    settle(harness, std::time::Duration::from_secs(300));
}

/// The bundled sample data, imported once per test binary.
pub fn sample_tables() -> &'static payment_insights::data::tables::Tables {
    static TABLES: std::sync::OnceLock<payment_insights::data::tables::Tables> =
        std::sync::OnceLock::new();
    TABLES.get_or_init(|| {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-data");
        let files: Vec<PathBuf> = ["customers.csv", "invoices.csv", "payments.csv"]
            .iter()
            .map(|f| dir.join(f))
            .collect();
        import_files(
            &files,
            None,
            None,
            &payment_insights::data::progress::no_progress,
            &payment_insights::data::progress::Cancel::new(),
        )
        .unwrap()
        .1
        .tables
    })
}
