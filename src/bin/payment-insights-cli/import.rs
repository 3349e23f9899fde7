//! The data commands: `import` (read files, print the mapping used and the import report,
//! save the mapping and the report) and `generate` (write the sample or benchmark data set).
//! They read and write files only: no model, no analysis.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{Context, Result, bail};
use payment_insights::data::atomic::write_atomic;
use payment_insights::data::generate::{GenParams, generate, write_csv};
use payment_insights::data::import::{ImportError, import_files_limited};
use payment_insights::data::mapping::MappingFile;
use payment_insights::data::progress::{Cancel, no_progress};
use payment_insights::data::raw::ReadLimits;
use payment_insights::data::report::ImportReport;

/// Imports `files`, writes the mapping and the report when asked, prints both.
pub fn import(
    files: &[PathBuf],
    mapping: Option<&Path>,
    save_mapping: Option<&Path>,
    report_csv: Option<&Path>,
    show: usize,
    limits: ReadLimits,
) -> Result<ExitCode> {
    let mapping_file = match mapping {
        Some(path) => Some(MappingFile::load(path)?),
        None => None,
    };
    let started = Instant::now();
    let result = import_files_limited(
        files,
        mapping_file.as_ref(),
        None,
        limits,
        &no_progress,
        &Cancel::new(),
    );
    let (plan, imported) = match result {
        Ok(ok) => ok,
        Err(ImportError::NothingUsable { report, .. }) if report_csv.is_some() => {
            if let Some(path) = report_csv {
                write_report_csv(&report, path)?;
            }
            bail!(
                "nothing usable was imported; the report is in {}",
                path_text(report_csv)
            );
        }
        Err(error) => return Err(error.into()),
    };
    // Files first, then the terminal: a reader that stops early (`| head`) cannot cost a file.
    if let Some(path) = save_mapping {
        write_atomic(path, plan.mapping_file().to_toml().as_bytes())
            .with_context(|| format!("cannot write the mapping to {}", path.display()))?;
    }
    let tables = &imported.tables;
    let report = &imported.report;
    if let Some(path) = report_csv {
        write_report_csv(report, path)?;
    }
    outln!("Mapping used:");
    out!("{plan}");
    outln!();
    outln!("As a mapping file (save with --save-mapping, edit, pass back with --mapping):");
    outln!("{}", plan.mapping_file().to_toml());
    if let Some(path) = save_mapping {
        outln!("Mapping written to {}", path.display());
    }
    outln!("Files:");
    for file in &report.files {
        outln!(
            "  {}: {} ({}), {} of {} rows imported{}",
            file.file,
            file.role,
            file.format,
            file.rows_imported,
            file.rows_read,
            if file.header_row > 1 {
                format!(", header on row {}", file.header_row)
            } else {
                String::new()
            }
        );
        for (column, how) in &file.column_formats {
            outln!("    {column}: {how}");
        }
    }
    let open = tables.open_invoices().count();
    outln!();
    outln!(
        "Imported {} customers, {} invoices ({} settled, {} open), {} payments; data as of {} ({:.2} s).",
        tables.customers.len(),
        tables.invoices.len(),
        tables.invoices.len() - open,
        open,
        tables.payments.len(),
        tables.as_of,
        started.elapsed().as_secs_f64()
    );
    if report.issues.is_empty() {
        outln!("Import report: no problems found.");
    } else {
        outln!("Import report: {} issues.", report.issues.len());
        for (action, count) in report.action_counts() {
            outln!("  {count} × {action}");
        }
        outln!("By file, column and problem (count, first occurrence):");
        for (count, issue) in report.grouped().into_iter().take(show) {
            outln!("  {count:>6} × {issue}");
        }
    }
    if let Some(path) = report_csv {
        outln!("Every issue written to {}", path.display());
    }
    let heavy = report.heavy_skips();
    if heavy.is_empty() {
        return Ok(ExitCode::SUCCESS);
    }
    for skip in &heavy {
        errln!("Warning: {skip}");
    }
    Ok(ExitCode::from(SKIPPED_ROWS_STATUS))
}

/// The exit status of an import that skipped more than 5% of a table's rows: the data was
/// imported, but a script must not take it for a clean import.
pub const SKIPPED_ROWS_STATUS: u8 = 3;

/// The path as text, or nothing.
fn path_text(path: Option<&Path>) -> String {
    path.map(|p| p.display().to_string()).unwrap_or_default()
}

/// Writes the report as CSV with stable columns: file,row,column,value,problem,action.
fn write_report_csv(report: &ImportReport, path: &Path) -> Result<()> {
    report
        .write_csv(path)
        .with_context(|| format!("cannot write {}", path.display()))
}

/// Writes the sample data set (or the benchmark set) as CSV files in `out`.
pub fn generate_files(out: &Path, benchmark: bool, seed: Option<u64>) -> Result<ExitCode> {
    let mut params = if benchmark {
        GenParams::benchmark()
    } else {
        GenParams::sample()
    };
    if let Some(seed) = seed {
        params.seed = seed;
    }
    let started = Instant::now();
    let data = generate(&params);
    let written = write_csv(&data, out)
        .with_context(|| format!("cannot write the generated files to {}", out.display()))?;
    outln!(
        "Generated {} customers, {} invoices, {} payments (as of {}) in {:.1} s:",
        data.customers.len(),
        data.invoices.len(),
        data.payments.len(),
        data.as_of,
        started.elapsed().as_secs_f64()
    );
    for path in written {
        let size = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
        outln!("  {} ({:.1} MB)", path.display(), size as f64 / 1e6);
    }
    Ok(ExitCode::SUCCESS)
}
