//! The size limits: the most columns and cells a table may have, and the largest file the
//! memory allows, checked before a file is read.

use super::*;
use std::path::Path;

/// The most columns a table may have. No invoice export comes near it (wide ERP exports have a
/// few hundred); it is below Excel's own 16,384, so a sheet with a stray cell in its last
/// column (XFD) is refused rather than read as thousands of empty columns.
pub const MAX_COLUMNS: usize = 10_000;

/// The most cells (rows × columns) a sheet may fill: about 50 bytes each once read, so ~2.5 GB.
pub const MAX_CELLS: u64 = 50_000_000;

/// Memory the import needs per byte of a CSV file: measured, a 1 GB CSV took 9 GB (the bytes,
/// the decoded text, polars' columns, the trimmed copies validation works on); the 2.9 MB
/// sample invoices take about 30 MB.
pub const CSV_MEMORY_FACTOR: u64 = 9;

/// Memory per byte of a workbook, whose XML is compressed inside the file: measured about 21x
/// (the sample invoices saved as a 2 MB xlsx took 43 MB more than without them); 25 leaves a
/// margin.
pub const WORKBOOK_MEMORY_FACTOR: u64 = 25;

/// Limits checked before a file is read into memory: a setting (Settings screen, CLI flag).
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct ReadLimits {
    /// Files larger than this are refused, with their size and the memory they would need.
    pub max_file_mb: u64,
}

impl ReadLimits {
    /// The default: 500 MB, about 4.5 GB of memory for a CSV; a million invoice rows export to
    /// about 200 MB.
    pub const DEFAULT_MAX_FILE_MB: u64 = 500;

    /// The largest limit that can be set: 64 GB, beyond any memory the app could use.
    pub const MAX_FILE_MB: u64 = 65_536;

    /// Whether the limit is one that can be set (1 MB to [`ReadLimits::MAX_FILE_MB`]).
    pub fn is_valid(self) -> bool {
        (1..=Self::MAX_FILE_MB).contains(&self.max_file_mb)
    }

    pub fn max_file_bytes(self) -> u64 {
        self.max_file_mb.saturating_mul(1024 * 1024)
    }
}

impl Default for ReadLimits {
    fn default() -> Self {
        ReadLimits {
            max_file_mb: Self::DEFAULT_MAX_FILE_MB,
        }
    }
}

/// Refuses a file over the size limit before it is read, saying what it would need.
pub(super) fn check_size(
    file: &str,
    path: &Path,
    factor: u64,
    limits: ReadLimits,
) -> Result<(), ReadError> {
    let size_bytes = std::fs::metadata(path)
        .map_err(|error| ReadError::Io {
            file: file.to_string(),
            error,
        })?
        .len();
    if size_bytes > limits.max_file_bytes() {
        return Err(ReadError::TooLarge {
            file: file.to_string(),
            size_bytes,
            memory_bytes: size_bytes.saturating_mul(factor),
            limit_bytes: limits.max_file_bytes(),
        });
    }
    Ok(())
}
