//! Import: from read files to validated [`Tables`] and an [`ImportReport`].
//!
//! Two steps, so a screen can show and change what is decided in between:
//! [`plan`] decides each file's role and column mapping (automatic, from a mapping file, or
//! remembered for the layout); [`validate`] reads every value, repairs or skips what it must,
//! settles invoices from their payments and reports every problem with file, row, column and
//! value. Nothing is dropped without an issue in the report.

mod columns;
mod customers;
mod error;
mod invoices;
mod payments;
mod plan;
mod validate;

use crate::i18n::Message;
use columns::{Cell, Columns, DateTrouble, extra_column, text_values};
pub use error::{AmbiguousColumn, ImportError};
pub use plan::{
    FileSummaryOfPlan, ImportPlan, MappedField, PlanSummary, PlannedFile, plan, read_files,
};
pub use validate::validate;
use validate::{Builder, Origin, optional, summary};

use super::mapping::{MappingFile, MappingMemory};
use super::progress::{Cancel, Progress};
use super::raw::ReadLimits;
use super::report::ImportReport;
use super::tables::Tables;
use std::path::PathBuf;

/// Payments within this much of the invoice amount settle it (rounding, bank charges of cents).
pub fn settle_tolerance(amount: f64) -> f64 {
    (amount.abs() * 0.001).max(0.01)
}

/// The result of an import.
#[derive(Clone, Debug)]
pub struct Imported {
    pub tables: Tables,
    pub report: ImportReport,
}

/// Reads, plans and validates in one go (the CLI's path, and the GUI's for known layouts), with
/// the default [`ReadLimits`].
pub fn import_files(
    paths: &[PathBuf],
    mapping_file: Option<&MappingFile>,
    memory: Option<&MappingMemory>,
    progress: &dyn Fn(Progress),
    cancel: &Cancel,
) -> Result<(ImportPlan, Imported), ImportError> {
    import_files_limited(
        paths,
        mapping_file,
        memory,
        ReadLimits::default(),
        progress,
        cancel,
    )
}

/// [`import_files`] with the size limit the user set.
pub fn import_files_limited(
    paths: &[PathBuf],
    mapping_file: Option<&MappingFile>,
    memory: Option<&MappingMemory>,
    limits: ReadLimits,
    progress: &dyn Fn(Progress),
    cancel: &Cancel,
) -> Result<(ImportPlan, Imported), ImportError> {
    progress(Progress::new(Message::new("Reading files"), 0.0));
    let tables = read_files(paths, mapping_file, limits)?;
    if cancel.is_cancelled() {
        return Err(ImportError::Cancelled);
    }
    let plan = plan(tables, mapping_file, memory);
    let imported = validate(&plan, progress, cancel)?;
    Ok((plan, imported))
}
