//! Data: importing users' files (CSV, Excel), column mapping, validation with a report of every
//! problem, the canonical tables, and the sample-data generator. No GUI code here.

pub mod atomic;
pub mod csv_out;
pub mod format;
pub mod generate;
pub mod import;
pub mod json;
pub mod mapping;
pub mod parse;
pub mod plausible;
pub mod progress;
pub mod raw;
pub mod report;
pub mod tables;

pub use import::{ImportError, ImportPlan, Imported, import_files, plan, validate};
pub use progress::{Cancel, Progress};
pub use report::ImportReport;
pub use tables::Tables;
